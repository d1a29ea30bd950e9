"""The author's own labels: a declared rating and declared archive warnings, read as labels.

The structure stage reads them from headers (AO3 tag blocks, "Rating: R" lines, an author's
"Warning: character death" note) into `work.declared`. An author who has read the whole work
knows more than an excerpt shows, so a declared label counts as found; its evidence is the
declaration itself, located in the work's text.
"""

from __future__ import annotations

import re

from ..model import Evidence, Work
from ..text import excerpt
from .checks import rating_level, warning_name
from .findings import CHOSE_NOT_TO_WARN, DEATH, NO_WARNINGS, NONCON, TEEN, UNDERAGE, VIOLENCE, WARNINGS

# An author's content notes ("Warnings: smut, dom!ten", "Genre: fluff, smut", "18+ only") that
# stand for a rating; 'no smut' and 'non-explicit' say the opposite and are skipped.
EXPLICIT_NOTE_RE = re.compile(
    r"(?<!\bno )(?<!\bnot )(?<!non-)\b(?:smut|smutty|explicit sex\w*|explicit sexual content|lemons?|pwp|porn|"
    r"sex scenes?|oral sex|oral \(|blow ?jobs?|cumshot|squirting|fingering|penetration|unprotected sex|"
    r"rough sex|anal sex|explicit content|filth|porny|kink meme|bdsm|bondage|threesomes?|foursomes?|orgasm denial|edging|"
    r"overstimulation|dirty talk|praise kink|daddy kink|size kink|breeding kink|cock ?warming|face ?sitting|sex toys?|"
    r"vibrators?|dildos?|masturbation|hand ?jobs?|rimming|p in v|piv|creampie|first time sex|spanking)\b",
    re.IGNORECASE,
)
MATURE_NOTE_RE = re.compile(
    r"(?<!\bno )(?<!\bnot )\b(?:18 ?\+|not for minors|minors (?:dni|do not interact)|nsfw|mature (?:themes|content)|"
    r"sexual assault|rape|non-?con\w*|graphic (?:violence|depictions)|gore|torture|self[- ]harm|suicide|"
    r"sexual content|drug (?:use|abuse)|dub-?con\w*|limes?|sexual themes|sexual situations|implied sex|non-explicit sex|nudity)\b",
    re.IGNORECASE,
)
NOTE_FIELDS = ("warnings", "additional_tags")
# Paratext where an author warns in prose ("Warning! This fic contains explicit content", "In case you
# missed the tags: Mia dies"); a summary only for explicit content (it retells the plot's darkness).
NOTE_KINDS = frozenset(("author_note", "end_note", "header"))
SUMMARY_KIND = "summary"
NOTE_WARNING_RES = (
    (VIOLENCE, re.compile(
        r"\bgraphic (?:violence|depictions? of violence|gore|torture|injur\w+|wounds?|deaths?|murders?|descriptions? of "
        r"(?:violence|injur\w+|wounds?|death|torture|gore))\b|\bgore\b|\bgory\b|\bbody horror\b|\bmutilation\b|"
        r"\bdismemberment\b", re.IGNORECASE)),
    (DEATH, re.compile(
        r"\b(?:major )?character deaths?\b|\bmcd\b|\b[A-Z][\w'’-]+ (?:dies|is killed|gets killed)\b|"
        r"\b(?:[Mm]ain|[Mm]ajor) characters? (?:dies|die|death)\b|\bdeath of (?:a |the )?(?:main|major) character|"
        r"\b[Kk]illing off\b")),
    (NONCON, re.compile(
        r"\b(?:rape|non-?con(?:sensual)?|sexual assault|sexual violence|sexual abuse|dub-?con\w*|dubious consent|"
        r"forced sex|molest\w*)\b", re.IGNORECASE)),
    (UNDERAGE, re.compile(
        r"\bunderage\b|\bchild (?:rape|molest\w*|sexual abuse)\b|\bp(?:a)?edophil\w*|\bstatutory rape\b|"
        r"\bsex(?:ual (?:content|activity))? (?:between|involving|with) (?:minors?|teens|teenagers|children)\b", re.IGNORECASE)),
)
# A warnings note that names nothing: 'None', 'n/a', 'no warnings', 'spoilers for season 2'.
EMPTY_WARNING_NOTE_RE = re.compile(r"^\W*(?:none|no (?:archive )?warnings?|n/?a\b|nothing|not really|spoilers?\b)", re.IGNORECASE)
NOTE_NEGATION_RE = re.compile(r"\b(?:no|not|never|nobody|no one|don't|doesn't|isn't|won't|without)\b[^.!?\n]*$", re.IGNORECASE)
# 'mentions of past rape', 'implied character death': referred to, not shown, so no archive warning.
NOTE_REFERENCE_RE = re.compile(
    r"\b(?:mentions?|mentioned|past|referenced|references? to|implied|allusions? to|discussions? of|talk of)\b[^,;.\n]{0,20}$",
    re.IGNORECASE,
)


def declared_level(work: Work) -> int | None:
    """The AO3 level (0..3) of the declared rating, or None when none is declared."""
    return rating_level(work.declared.rating)


def noted_level(work: Work) -> tuple[int, list[Evidence]]:
    """The level the author's own content notes stand for (Explicit for smut, Mature for '18+' or
    sexual assault), with the note as evidence; (0, []) when the notes name nothing of the kind."""
    for level, pattern in ((3, EXPLICIT_NOTE_RE), (2, MATURE_NOTE_RE)):
        for field in NOTE_FIELDS:
            # Free-text warnings stay as written in declared.raw (declared.warnings holds AO3's only).
            for note in [*getattr(work.declared, field), work.declared.raw.get(field, "")]:
                m = pattern.search(note)
                if m:
                    return level, declaration(work, field, m.group())
        kinds = NOTE_KINDS | {SUMMARY_KIND} if level == 3 else NOTE_KINDS
        for p in work.paratext:
            m = pattern.search(work.text, p.start, p.end) if p.kind in kinds else None
            if m:
                return level, [_note_evidence(work, p, m)]
    return 0, []


def noted_warnings(work: Work) -> dict[str, Evidence]:
    """Archive warnings an author gives in the prose of a note ('Warning: graphic violence', 'Mia
    dies'), not negated ('nobody dies', 'no rape') nor only referred to ('mentions of past rape'),
    each with the note as evidence."""
    found: dict[str, Evidence] = {}
    for p in work.paratext:
        if p.kind not in NOTE_KINDS:
            continue
        for name, pattern in NOTE_WARNING_RES:
            for m in pattern.finditer(work.text, p.start, p.end):
                before = work.text[max(p.start, m.start() - 40) : m.start()]
                if name not in found and not NOTE_NEGATION_RE.search(before) and not NOTE_REFERENCE_RE.search(before):
                    found[name] = _note_evidence(work, p, m)
    return found


def _note_evidence(work: Work, note, m: re.Match) -> Evidence:
    reason = f"declared by the author: '{excerpt(work.text, m.start(), m.end(), 80)}'"
    return Evidence(note.start, note.end, reason, excerpt(work.text, note.start, note.end))


def warned_level(work: Work) -> tuple[int, list[Evidence]]:
    """Teen And Up when the author warns (an archive warning declared or given in a note, or a warnings
    note naming anything: 'angst, arguments', 'this is a darker story'), with the warning as evidence;
    (0, []) when the author warns of nothing ('Warnings: none', 'spoilers')."""
    declared = declared_warnings(work)
    for name in WARNINGS:
        if name in declared:
            return TEEN, declaration(work, "warnings", declared[name])
    noted = noted_warnings(work)
    for name in WARNINGS:
        if name in noted:
            return TEEN, [noted[name]]
    raw = work.declared.raw.get("warnings", "")
    if raw.strip() and NO_WARNINGS not in declared and not EMPTY_WARNING_NOTE_RE.match(raw):
        evidence = declaration(work, "warnings", raw)
        if evidence:
            return TEEN, evidence
    return 0, []


def declared_warnings(work: Work) -> dict[str, str]:
    """The declared archive warnings (with No Archive Warnings Apply and Chose Not To Warn) by AO3
    name, each with the declared words that name it."""
    named: dict[str, str] = {}
    for declared in work.declared.warnings:
        name = warning_name(declared)
        if name in WARNINGS or name in (NO_WARNINGS, CHOSE_NOT_TO_WARN):
            named.setdefault(name, declared)
    return named


def declaration(work: Work, field: str, value: str | None) -> list[Evidence]:
    """Where the text states a declared field: the line holding its raw value (or its normalised
    one), looked for in paratext first, as evidence naming the declaration; empty when the text
    does not hold it (a declaration from a file's metadata)."""
    raw = work.declared.raw.get(field)
    text = work.text
    regions = [(p.start, p.end) for p in sorted(work.paratext, key=lambda p: p.start)] + [(0, len(text))]
    for needle in (raw, value):
        if not needle or not needle.strip():
            continue
        pattern = re.compile(r"\s+".join(re.escape(w) for w in needle.split()), re.IGNORECASE)
        for lo, hi in regions:
            m = pattern.search(text, lo, hi)
            if m:
                start = max(lo, text.rfind("\n", lo, m.start()) + 1)
                end = text.find("\n", m.end(), hi)
                end = hi if end < 0 else end
                reason = f"declared by the author: '{excerpt(text, m.start(), m.end(), 80)}'"
                return [Evidence(start, end, reason, excerpt(text, start, end))]
    return []
