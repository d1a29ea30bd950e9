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
from .findings import CHOSE_NOT_TO_WARN, NO_WARNINGS, WARNINGS

# An author's content notes ("Warnings: smut, dom!ten", "Genre: fluff, smut", "18+ only") that
# stand for a rating; 'no smut' and 'non-explicit' say the opposite and are skipped.
EXPLICIT_NOTE_RE = re.compile(
    r"(?<!\bno )(?<!\bnot )(?<!non-)\b(?:smut|smutty|explicit sex\w*|explicit sexual content|lemons?|pwp|porn|"
    r"sex scenes?|oral sex|oral \(|blow ?jobs?|cumshot|squirting|fingering|penetration|unprotected sex|"
    r"rough sex|anal sex|explicit content)\b",
    re.IGNORECASE,
)
MATURE_NOTE_RE = re.compile(
    r"(?<!\bno )(?<!\bnot )\b(?:18 ?\+|not for minors|minors (?:dni|do not interact)|nsfw|mature (?:themes|content)|"
    r"sexual assault|rape|non-?con\w*|graphic (?:violence|depictions)|gore|torture|self[- ]harm|suicide|"
    r"sexual content|drug (?:use|abuse))\b",
    re.IGNORECASE,
)
NOTE_FIELDS = ("warnings", "additional_tags")


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
