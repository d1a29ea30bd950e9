"""What one line or block is when it is not story: a labelled header field ("Rating: M"), a label
whose value follows ("Summary:"), a site's landmark or chrome, a credit, a disclaimer, an end mark,
a review request, navigation, a by-line, a date, a title-like line, or an author talking about the
work. The label names, landmarks, chrome and word lists live in paratext.json, loaded once.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..lexicon import TITLE_RE
from .labels import PATH_SPLIT_RE
from .layout import LINE_RE, WRAPPED_LINE_MIN, strip_span

_DATA = json.loads((Path(__file__).with_name("paratext.json")).read_text(encoding="utf-8"))

LABEL_FIELDS: list[tuple[str, str]] = [(name, pattern) for name, pattern in _DATA["labels"]]
_LABEL_GROUPS = {f"f{i}": name for i, (name, _) in enumerate(LABEL_FIELDS)}
_LABEL_ALTERNATION = "|".join(f"(?P<f{i}>{pattern})" for i, (_, pattern) in enumerate(LABEL_FIELDS))
_PLAIN_LABELS = "|".join(pattern for _, pattern in LABEL_FIELDS)
# Bullets and markup that may open a header line ("▹ — warnings:", "**Rating:**", "[Title]:").
_LEAD = r"[ \t]*(?:[^\w\s\"“”‘’'][ \t]*)*"
# "Story Rating:", "Overall rating:", "Fic title:".
_LABEL_PREFIX = r"(?:(?:story|fic|overall|chapter|series|main|this chapter'?s?)[ \t]+)?"
# A post date run into the first label ("May. 25th, 2006 09:36 amTitle: Seduction").
_DATE = (
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4})"
    r"(?:[ ,]+(?:at )?\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:[ap]\.?m\.?)?)?"
)
LABEL_LINE_RE = re.compile(
    rf"^{_LEAD}(?:{_DATE}[ \t]*)?{_LABEL_PREFIX}(?:{_LABEL_ALTERNATION})[ \t]*[*_\])]*"
    rf"[ \t]*(?:\((?P<qualifier>[^)\n]{{0,40}})\))?[ \t]*[*_]*[ \t]*(?:[:：=]|[ \t]+[-–—~]+(?=[ \t]+\S))[ \t]*[*_]*[ \t]*"
    rf"(?P<value>[^\r\n]*)$",
    re.IGNORECASE,
)
# A label glued to the value of the label before it, where a user link was lost ("arysteiaBeta:");
# not a word in capitals that ends like a label ("DEAN: Cas!" is no "DE" glued to "AN:").
GLUED_LABEL_RE = re.compile(rf"^(?P<glue>[\w.-]{{2,40}}?)(?<![A-Z])(?=[A-Z])(?P<rest>(?i:{_PLAIN_LABELS})[ \t]*[:：].*)$")
# More labels further along one line ("title: x pairing: y genre: z").
_INLINE_LABEL_RE = re.compile(rf"(?<=\s)(?:{_PLAIN_LABELS})[ \t]*:(?=\s)", re.IGNORECASE)
# One further label after a separator ("Dean x Reader | warnings: angst").
_SEPARATED_LABEL_RE = re.compile(rf"(?:[|•·/—–]|\s-|\s\s)\s*(?=(?:{_PLAIN_LABELS})[ \t]*:\s)", re.IGNORECASE)
# What separates labelled values run on one line ("pairing: x | rating: m").
_SEPARATORS = " \t|/•·—–-"
# "Rated M for language" without a colon.
RATED_RE = re.compile(r"^[\W_]*(?:rated[ \t]+|(?=fiction[ \t]+(?:K\+?|T|M|MA)[ \t]+-[ \t]))(?P<value>(?:fiction[ \t]+)?(?:NC-?17|PG-?1[35]|PG|MA|K\+?|T|M|R|G|FR\w{1,2}|E)\b[^\r\n]{0,400})$",
                      re.IGNORECASE)
# A site's rating banner: "[ T - Teen: Not suitable for readers under 13 ]".
RATING_BANNER_RE = re.compile(r"^[ \t]*\[[ \t]*(?P<value>(?:K\+?|T|M|MA|G|PG(?:-13)?|R|NC-17|FR\w{1,2})[ \t]+-[^\]\n]{1,80})\][ \t]*$")
# "A/N - text" and "A/N text": an author's note without a colon.
AUTHOR_NOTE_LINE_RE = re.compile(r"^[ \t]*[*_(\[]*(?:A/N|a/n|A/n|AN(?=[ \t]*[-–—]))[ \t]*[-–—.]?[ \t]*(?P<value>[^\r\n]*)$")
_OPENER_RE = re.compile(r"^[\W_]*(?P<label>" + "|".join(_DATA["openers"]) + r")[\W_]*$", re.IGNORECASE)
_END_NOTE_OPENER_RE = re.compile(r"^(?:" + "|".join(_DATA["end_note_openers"]) + r")$", re.IGNORECASE)
BY_LINE_RE = re.compile(r"^[ \t]*(?:(?:chapter |story |written |posted )?by|BY)[ \t:]+(?P<value>\S[^\r\n]{0,60})$",
                        re.IGNORECASE)
# An author's closing line: "Thanks for reading!", "Until next time!", "Stay tuned for chapter 4".
SIGN_OFF_RE = re.compile(r"^[\W_]*(?:" + "|".join(f"(?:{c})" for c in _DATA["sign_offs"]) + r")$", re.IGNORECASE)
# The label of an author's answers to reviewers, and one answer ("Guest: Thank you!", "To seaglass - yes!").
REVIEW_REPLY_LABEL_RE = re.compile(r"^(?:" + "|".join(_DATA["review_reply_openers"]) + r")$", re.IGNORECASE)
REPLY_LINE_RE = re.compile(r"^[\W_]*(?:to |@)?[\w.'’ -]{2,30}?[ \t]*(?::|[-–—](?= ))[ \t]+\S")
# An author's name signing a note off: "~quillfeather", "- inkfox", "xoxo, Mina".
SIGNATURE_RE = re.compile(
    r"^[ \t]*(?:[~\-–—*]+[ \t]*|(?:xoxo|xx|love|cheers|hugs|much love|best wishes|regards|yours)[,!.]?[ \t]*[~\-–—]*[ \t]*)"
    r"[\w.@'’]{2,30}(?: [\w.@'’]{2,20})?[ \t~\-–—*]*$",
    re.IGNORECASE,
)
_BARE_RATING_RE = re.compile(r"^[\W_]*(?:" + "|".join(_DATA["bare_ratings"]) + r")[\W_]*$", re.IGNORECASE)
LANDMARKS = frozenset(_DATA["landmarks"])
STORY_STARTS = frozenset(_DATA["story_starts"])
CHROME_RE = re.compile(r"^[ \t]*(?:" + "|".join(f"(?:{c})" for c in _DATA["chrome"]) + r")[ \t]*$", re.IGNORECASE)


def _alternation(words: list[str]) -> str:
    """A regex matching any of `words` (case-insensitively), the longest first, written as a trie
    so that the engine tests one branch per character rather than every word at every position."""
    trie: dict = {}
    for w in words:
        node = trie
        for c in w.lower():
            node = node.setdefault(c, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(c) + _trie_regex(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
    if ends:
        body = (body if body.startswith("(?:") else "(?:" + body + ")") + "?"
    return body


_NAV_WORDS = _alternation(_DATA["navigation_words"])
# Series and chapter navigation: short parts between | // • « » < > arrows, naming parts or pages.
# Each part after the first is atomic and holds no separator, so a failing line is read once, not
# in every way its separators and spaces could be shared out (a fuzzed line took minutes).
NAVIGATION_RE = re.compile(
    rf"^[\W_]*(?:(?:«|<<?|←|‹)[ \t]*)?(?:(?:{_NAV_WORDS})\b[^|/•\n]{{0,30}}|\S[^|/•\n]{{0,40}})"
    rf"(?>[ \t]*(?:\||//|•|·|~|>>?|»|→|›)[ \t]*[^|/•·~>»→›\n]{{0,40}})+$",
    re.IGNORECASE,
)
# Single guillemets are no sign: French and German dialogue is written between them.
_NAV_WORD_RE = re.compile(rf"(?<!\w)(?:{_NAV_WORDS}|<<|>>|←|→)(?!\w)", re.IGNORECASE)
_TALK_RE = re.compile(r"(?<![\w'])" + _alternation(_DATA["author_talk"]) + r"(?![\w'])", re.IGNORECASE)
_TALK_WEAK_RE = re.compile(r"(?<![\w'])" + _alternation(_DATA["author_talk_weak"]) + r"(?![\w'])", re.IGNORECASE)
_FIRST_PERSON_RE = re.compile(r"(?<![\w'])(?:I|I'm|I've|I'd|I'll|my|me)(?![\w'])")
# A chapter's heading run into its first paragraph ("CHAPTER I When Farmer Oak smiled", "BOOK ONE
# CHAPTER I"): its "chapter" and its "I" are no author talking about the work.
_HEADING_LEAD_RE = re.compile(
    r"[\s_*]*(?:(?:book|volume|part)\s+\w+\.?\s+)?chapter\s+(?:[ivxlc]+|\d+)\b\.?[\s_*]*", re.IGNORECASE)
DATE_LINE_RE = re.compile(rf"^[ \t]*{_DATE}[ \t]*$", re.IGNORECASE)
POV_RE = re.compile(r"^[\W_]*(?:[\w.' ]{1,30}?'?s?|y/n'?s?|your)[ \t]*(?:point of view|p\.?o\.?v\.?)[\W_]*$", re.IGNORECASE)
# An epigraph's attribution: "- Joseph Addison", "— Full Blown Rose “Somebody Help Me”".
ATTRIBUTION_RE = re.compile(r"^[ \t]*[-–—~]+[ \t]*[A-Z\"“][^\n]{1,80}$")
_TRAILING_ATTRIBUTION_RE = re.compile(r"\s[-–—~]{1,2}[ \t]*[A-Z][\w.'’]+(?: [A-Z][\w.'’]+){0,3}[ \t]*$")

END_MARK_RE = re.compile(
    r"^[\W_]*+(?:the end|fin|finis|tbc|t\.b\.c|to be continued|end|end of (?:chapter|part|story)(?: \w+)?"
    r"|end chapter(?: \w+)?)[\W_]*$",
    re.IGNORECASE,
)
REVIEW_REQUEST_RE = re.compile(
    r"\b(?:please,? (?:read (?:and|&) )?(?:review|comment|leave a (?:review|comment))|r ?(?:&|and) ?r\b"
    r"|reviews? (?:are|is|=|make)|kudos (?:and|&) comments|comments? (?:and|&) kudos"
    r"|(?:leave|drop) (?:a |me )?(?:review|comment|kudos)|feedback is (?:love|appreciated|welcome)"
    r"|review (?:please|pls|plz)|let me know what you think|let me know in the (?:reviews?|comments?)"
    r"|read (?:and|&|n'?) review|(?:don'?t forget|remember) to (?:review|vote|comment|leave)|reviews? (?:equals?|=))",
    re.IGNORECASE,
)
CREDIT_RE = re.compile(
    r"^[\W_]*+(?:beta(?:'?d|ed)?(?:[- ]read)? by\b|beta[- ]read(?:ing)? by\b|un-?beta(?:'?d|ed)\b|not beta[- ]?read"
    r"|(?:many |huge |big |special |a (?:big |huge )?)?thanks? (?:you )?(?:so much )?to\b.{0,80}?\bfor (?:the |my |this |her |his "
    r"|their |being (?:my |the )?)?(?:beta|banner|art|cover|fanart|edit|proof|help|read|look|prompt|idea)"
    r"|(?:many |huge |big |special )?thanks? (?:you )?to (?:my |our |the )?(?:wonderful |amazing |lovely )?(?:betas?|beta-?readers?|editors?)\b"
    r"|(?:the |this |my )?(?:\w+ ){0,3}(?:banner|cover(?: art)?|art(?:work)?|fan ?art|header|graphics?|moodboard|aesthetic|podfic)s? "
    r"(?:is |was |are |were )?(?:made |drawn |done |created |courtesy )?(?:by|of)\b"
    r"|(?:translated|illustrated|edited|proofread) by\b|written for\b|(?:a )?gift for\b|inspired by\b|prompt(?:ed)? by\b"
    r"|(?:the )?(?:title|section headings?|chapter titles?|epigraphs?|lyrics)(?: (?:is|are|was|were|comes?|came|taken|borrowed|adapted))*"
    r" from\b)",
    re.IGNORECASE,
)
# First words of a sentence about things in the story rather than about the work ("The house belongs to ...").
_NOT_A_WORK = "(?-i:" + "|".join(_DATA["not_work_names"]) + ")"
DISCLAIMER_RE = re.compile(
    r"^[\W_]*+(?:disclaimer\b|i (?:do not|don'?t|dont|didn'?t) own\b|(?:i )?own nothing\b|not mine\b"
    r"|nothing (?:here )?(?:is|belongs to) me\b|all (?:characters|rights)\b.{0,80}\b(?:belong|reserved|property)"
    r"|.{0,100}\bbelongs? to (?:their|the|its) (?:respective |rightful )?(?:owners?|creators?|authors?)"
    r"|.{0,120}(?:©|\(c\) ?\d{4}|copyright \d{4})"
    r"|.{0,80}\b(?:characters?|rights|this (?:fandom|universe|world|series)|everything you recogni[sz]e|all (?:recogni[sz]able|familiar) .{0,40})"
    r"\s+(?:belongs?|are|is)\s+(?:(?:the )?property of|owned by|to)\b"
    r"|.{0,80}\b(?:is|are) (?:the )?(?:sole )?property of\b"
    r"|.{0,120}\b(?:no (?:money|profit) is (?:being )?made|(?:i(?:'m| am) )?not making (?:any )?(?:money|profit)|no copyright infringement"
    r"|for entertainment purposes only|no infringement intended|(?:i )?make no (?:money|profit)|for fun,? not (?:for )?profit)"
    r"|(?:the )?(?:standard|usual) disclaimers? appl"
    # "I am not Jane Marlow, and I make no money from this", "If I owned it, ..."
    r"|(?:sadly,? |unfortunately,? )?(?:i(?:'m| am) not|if i (?:were|was|owned|owns?))\b(?=.{0,200}\b(?:own|owns|owned|property|profit|money|rights|belongs?)\b)"
    # "Harbour Tales belongs to Jane Marlow.", "J.K. Rowling owns everything.": a work's name, not "The house",
    # owned by a creator's name, not "Aunt Mina"
    rf"|(?!{_NOT_A_WORK}\b)(?-i:[A-Z][\w.'’&:-]*(?: [\w.'’&:-]+){{0,6}}) (?:belongs?|belonged) to (?:the (?:amazing |wonderful |brilliant )?)?"
    rf"(?-i:(?:[A-Z]\.[ ]?)+[A-Z]|[A-Z]{{2,4}}\b|(?!{TITLE_RE}\b)[A-Z][\w'’-]+ [A-Z])"
    rf"|(?!{_NOT_A_WORK}\b)(?-i:[A-Z][\w.'’ -]{{1,40}}) owns? (?:everything|it all|all|the (?:characters|rights|world|universe|franchise)|(?-i:[A-Z])))",
    re.IGNORECASE,
)

# Paratext kind of a labelled field's Declared name.
_FIELD_KIND = {"summary": "summary", "disclaimer": "disclaimer", "author_note": "author_note", "credit": "credit"}
_SHORT_BLOCK = 400
_SENTENCE_INSIDE_RE = re.compile(r"[a-z]{2}[.!?] +[A-Z]|[。！？]")
# Closing marks of every quoting convention the quotation finder reads (French puts a space before »).
_DIALOGUE_CLOSE_RE = re.compile(r"[,.!?…—-][\"”’'“»«」』]|[.!?…] [»«]")
TITLE_MAX = 120
_QUOTES = "\"“”'‘’«»„‚「」『』"


@dataclass
class Field:
    """One paratext span found in the text: its kind and, for a header field, the Declared
    field it fills, the label as written and its value."""

    start: int
    end: int
    kind: str
    name: str = ""
    value: str = ""
    label: str = ""


@dataclass
class Block:
    """What a block is: `role` is 'fields', 'opener', 'landmark', 'strong' (a paratext kind of its
    own: credit, disclaimer, chrome, navigation...), 'weak' (a title-like line, a date, a user line:
    paratext only beside other paratext) or 'story'."""

    role: str
    fields: list[Field] = field(default_factory=list)
    kind: str = ""
    opener: str = ""
    story_start: bool = False

    @property
    def is_paratext(self) -> bool:
        return self.role in ("fields", "opener", "landmark", "strong")


STORY = Block("story")


@lru_cache(maxsize=4096)
def label_match(line: str) -> tuple[str, str, str] | None:
    """(field, label, value) of a labelled header line."""
    m = LABEL_LINE_RE.match(line)
    if m:
        group = next(g for g, v in m.groupdict().items() if v is not None and g in _LABEL_GROUPS)
        return _LABEL_GROUPS[group], m.group(group).lower(), m.group("value").strip().strip("*_").strip()
    m = AUTHOR_NOTE_LINE_RE.match(line)
    if m:
        return "author_note", "a/n", m.group("value").strip()
    return None


def _inline_fields(name: str, label: str, value: str) -> list[tuple[str, str, str]]:
    """A labelled value holding two or more further labels is split at them."""
    if name == "rating" and " - " in value:  # fanfiction.net's story line: "T - English - ... - Words: 1,234"
        return [(name, label, value)]
    cuts = list(_INLINE_LABEL_RE.finditer(value))
    if len(cuts) == 1 and value[cuts[0].start()].isupper():  # "Categories: Harry Potter Characters: Harry, Snape"
        found = label_match(value[cuts[0].start() :].strip())
        return [(name, label, value[: cuts[0].start()].strip())] + ([found] if found else [])
    if len(cuts) < 2:
        separated = _SEPARATED_LABEL_RE.search(value)
        if separated is None:
            return [(name, label, value)]
        cuts = [m for m in _INLINE_LABEL_RE.finditer(value) if m.start() >= separated.end()][:1]
        if not cuts:
            return [(name, label, value)]
        head = value[: separated.start()].strip()
        found = label_match(value[cuts[0].start() :].strip())
        return [(name, label, head.rstrip(_SEPARATORS))] + ([found] if found else [])
    out = [(name, label, value[: cuts[0].start()].strip())]
    for k, m in enumerate(cuts):
        piece = value[m.start() : cuts[k + 1].start() if k + 1 < len(cuts) else len(value)]
        found = label_match(piece.strip())
        if found:
            out.append(found)
    return [(n, lab, v.rstrip(_SEPARATORS)) for n, lab, v in out]


def classify_line(line: str, top_of_work: bool) -> tuple[str, str, str, str] | None:
    """(kind, field, label, value) for a header line, or None."""
    banner = RATING_BANNER_RE.match(line) or RATED_RE.match(line)
    if banner:
        return "header", "rating", "rating", banner.group("value").strip()
    labelled = label_match(line)
    if labelled:
        name, label, value = labelled
        return _FIELD_KIND.get(name, "header"), name, label, value
    if CREDIT_RE.match(line):
        return "credit", "credit", "credit", line.strip()
    if DISCLAIMER_RE.match(line):
        return "disclaimer", "disclaimer", "disclaimer", line.strip()
    m = BY_LINE_RE.match(line)
    if m and (top_of_work or line.lstrip().lower().startswith("chapter by")):
        return "header", "authors", "by", m.group("value").strip()
    return None


def is_title_like(line: str) -> bool:
    """A short line that could be a title: no sentence end, no quotation, some letters."""
    line = line.strip().strip("*_#")
    return (
        0 < len(line) <= TITLE_MAX
        and "\n" not in line
        and line[-1] not in ".,;:!?。，？！" + _QUOTES
        and _DIALOGUE_CLOSE_RE.search(line) is None
        and any(c.isalpha() for c in line)
        and _SENTENCE_INSIDE_RE.search(line) is None
    )


def author_talk(block: str) -> int:
    """How much a block reads as an author talking about the work: two for each distinct word
    of fan-fiction talk ('fic', 'chapter', 'beta', ':)'), one for each weaker one ('story',
    'wrote'), one more in the first person; 0 when it opens with a quotation mark (dialogue)."""
    if block.lstrip()[:1] in _QUOTES:
        return 0
    heading = _HEADING_LEAD_RE.match(block)
    if heading:
        block = block[heading.end():]
    strong = {m.group().lower() for m in _TALK_RE.finditer(block)}
    weak = {m.group().lower() for m in _TALK_WEAK_RE.finditer(block)}
    score = 2 * len(strong) + len(weak)
    if score and _FIRST_PERSON_RE.search(block):
        score += 1
    return score


def is_navigation(line: str) -> bool:
    return len(line) <= 200 and NAVIGATION_RE.match(line) is not None and _NAV_WORD_RE.search(line) is not None


def _landmark_key(line: str) -> str:
    return " ".join(line.strip().strip("*_#").lower().split()).rstrip(":").strip()


def classify_block(text: str, start: int, end: int, top_of_work: bool) -> Block:
    """What the block text[start:end] is."""
    block = text[start:end]
    if "\n" not in block:
        key = _landmark_key(block)
        opener = _OPENER_RE.match(block)
        if opener:
            label = " ".join(opener.group("label").lower().split())
            kind = "end_note" if _END_NOTE_OPENER_RE.match(label) else "author_note"
            if label in ("summary", "disclaimer"):
                kind = label
            return Block("opener", [Field(start, end, "boilerplate" if key in LANDMARKS else kind, "", "", label)],
                         kind=kind, opener=label)
        if key in LANDMARKS:
            return Block("landmark", [Field(start, end, "boilerplate")], kind="boilerplate", story_start=key in STORY_STARTS)
        if len(block) < 60 and END_MARK_RE.match(block):
            return Block("strong", [Field(start, end, "end_mark")], kind="end_mark")
        if len(block) <= 300 and block.lstrip()[:1] not in _QUOTES and SIGN_OFF_RE.match(block):
            return Block("strong", [Field(start, end, "end_note")], kind="end_note")
        if len(block) <= 300 and CHROME_RE.match(block):
            path = PATH_SPLIT_RE.search(block) is not None
            return Block("strong", [Field(start, end, "boilerplate", "path" if path else "", block.strip() if path else "")],
                         kind="boilerplate")
        if is_navigation(block):
            return Block("strong", [Field(start, end, "navigation")], kind="navigation")
        if len(block) <= 40 and _BARE_RATING_RE.match(block):  # a site's rating badge
            return Block("weak", [Field(start, end, "header", "rating", block.strip(" \t*_[]()"), "rating")], kind="header")
        if len(block) <= 60 and POV_RE.match(block):
            return Block("weak", [Field(start, end, "header")], kind="header")
    else:
        lines = [line for line in block.split("\n") if line.strip()]
        if all(_landmark_key(line) in LANDMARKS for line in lines):
            return Block("landmark", [Field(start, end, "boilerplate")], kind="boilerplate",
                         story_start=any(_landmark_key(line) in STORY_STARTS for line in lines))
    fields = _header_fields(text, start, end, top_of_work)
    if fields:
        return Block("fields", fields)
    if len(block) < _SHORT_BLOCK and REVIEW_REQUEST_RE.search(block) and not any(q in block for q in "\"“"):
        return Block("strong", [Field(start, end, "review_request")], kind="review_request")
    if "\n" not in block:
        if DATE_LINE_RE.match(block):
            return Block("weak", [Field(start, end, "header")], kind="header")
        if is_title_like(block):
            return Block("weak", [Field(start, end, "title", "title", block.strip().strip("*_#").strip(), "line")],
                         kind="title")
    return STORY


def _header_fields(text: str, start: int, end: int, top_of_work: bool) -> list[Field]:
    """The labelled lines of a block, each with its value (a wrapped value's next lines, a glued
    label's value); empty when the block does not start with one."""
    block = text[start:end]
    fields: list[Field] = []
    previous_length = 0
    for m in LINE_RE.finditer(block):
        line = m.group(0)
        if not line.strip():
            continue
        s, e = strip_span(text, start + m.start(), start + m.end())
        found = classify_line(line, top_of_work)
        if found is None and (not fields or not fields[-1].value):
            glued = GLUED_LABEL_RE.match(line.strip())
            if glued and label_match(glued.group("rest")):
                if fields:
                    fields[-1].value = glued.group("glue")
                found = classify_line(glued.group("rest"), top_of_work)
        if found is None and not fields and m.start() == 0 and is_title_like(line) and "\n" in block.strip():
            second = block[m.end():].strip().split("\n", 1)[0]
            if classify_line(second, top_of_work):
                fields.append(Field(s, e, "title", "title", line.strip().strip("*_#").strip(), "title"))
                previous_length = 0
                continue
        if found:
            kind, name, label, value = found
            for name, label, value in _inline_fields(name, label, value):
                fields.append(Field(s, e, _FIELD_KIND.get(name, kind if name == found[1] else "header"), name, value, label))
        elif fields and (previous_length >= WRAPPED_LINE_MIN or not fields[-1].value):
            fields[-1].end = e
            fields[-1].value = (fields[-1].value + " " + line.strip()).strip()
        else:
            break
        previous_length = len(line.rstrip())
    return fields


def may_label_a_note(block: str) -> bool:
    """A cheap test that a block may be a note's label (an opener or a labelled line): false only
    when `classify_block` cannot make it one."""
    first = block.lstrip().split("\n", 1)[0]
    return bool(_OPENER_RE.match(block) or label_match(first) or GLUED_LABEL_RE.match(first.strip()))


def is_epigraph_end(line: str) -> bool:
    """An attribution line, or a line ending in one ("... our duty - Joseph Addison")."""
    return bool(ATTRIBUTION_RE.match(line) or _TRAILING_ATTRIBUTION_RE.search(line))


def quoted_block(block: str) -> bool:
    """A block that is one quotation and nothing else."""
    block = block.strip()
    return len(block) > 2 and block[0] in "\"“" and block[-1] in "\"”" and block.count("\"") + block.count("“") <= 2
