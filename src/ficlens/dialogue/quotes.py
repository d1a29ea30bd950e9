"""Quotation detection: which stretches of story text are spoken, grouped into utterances.

Works paragraph by paragraph with one precompiled regex per quoting style, so a whole
novel is scanned in C and only the quotation marks are visited in Python.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Blank lines separate paragraphs when the structure stage has not given any.
PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t\r\f\v]*\n\s*")

DOUBLE_MARK_RE = re.compile(r"[\"“”„]")
SINGLE_MARK_RE = re.compile(r"['‘’]")
# A paragraph of em-dash dialogue starts with a dash; an inner dash after a space ends the speech.
DASH_OPEN_RE = re.compile(r"[ \t]*[—―–][ \t]*(?=\S)")
DASH_CLOSE_RE = re.compile(r"\s[—―–]\s*")

# Words that start with an elided letter, whose apostrophe opens nothing ('tis, 'em).
ELISIONS = frozenset(
    "tis twas twere twill em cause cos til till n nuff bout round fraid ere im ave e ow alf ome".split()
)
OPEN_CONTEXT = set(" \t\n([{—–-“\"‘'/*_")
CLOSE_CONTEXT = set(" \t\n)]}.,;:!?—–-…”\"’'/*_")
UNFINISHED_END = set(",;:—–-…")


@dataclass
class Utterance:
    """A quote before attribution: its parts (quote marks excluded) and its paragraph."""

    parts: list[tuple[int, int]] = field(default_factory=list)
    paragraph: int = 0
    last_paragraph: int = 0  # differs from `paragraph` for a quotation over several paragraphs

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def split_paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Non-blank stretches of text[start:end] separated by blank lines, trimmed."""
    out: list[tuple[int, int]] = []
    pos = start
    for m in PARAGRAPH_BREAK_RE.finditer(text, start, end):
        _add_trimmed(text, pos, m.start(), out)
        pos = m.end()
    _add_trimmed(text, pos, end, out)
    return out


def _add_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def quoting_style(text: str) -> str:
    """'double', 'single' or 'dash': the convention the work mostly uses for dialogue."""
    doubles = text.count("“") + text.count('"') // 2 + text.count("„")
    singles = text.count("‘") + len(re.findall(r"(?:^|[\s(—])'(?=[A-Za-z])", text[:200_000]))
    if doubles >= 3 or singles >= 3:
        return "double" if doubles >= singles * 0.5 else "single"
    dashes = len(re.findall(r"(?m)^[ \t]*[—―–]", text[:200_000]))
    return "dash" if dashes >= 3 else "double"


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _classify_double(text: str, i: int, lo: int, hi: int) -> str:
    """'open', 'close' or 'either' for the double quotation mark at i."""
    ch = text[i]
    if ch in "“„":
        return "open"
    if ch == "”":
        return "close"
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    opens = before in OPEN_CONTEXT and not after.isspace()
    closes = after in CLOSE_CONTEXT and not before.isspace()
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _classify_single(text: str, i: int, lo: int, hi: int) -> str:
    """'open', 'close' or 'none' (an apostrophe) for the single mark at i."""
    ch = text[i]
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    if before.isalnum() and after.isalnum():
        return "none"  # don't, o'clock
    if ch == "‘" or (ch == "'" and before in OPEN_CONTEXT and not after.isspace()):
        if ch == "'" or before in OPEN_CONTEXT:
            m = re.match(r"[A-Za-z]+", text[i + 1 : i + 8])
            if m and m.group(0).lower() in ELISIONS and ch != "‘":
                return "none"
            return "open"
    if after in CLOSE_CONTEXT and not before.isspace():
        # Giles' book: a plural/possessive s followed by a lower-case word is an apostrophe.
        if before in "sS" and after == " " and i + 2 < hi and text[i + 2].islower():
            return "none"
        return "close"
    if ch == "’" and before in OPEN_CONTEXT and not after.isspace():
        return "none"  # ’tis
    return "none"


def _paragraph_parts(text: str, lo: int, hi: int, style: str, open_at_start: bool) -> tuple[list, bool]:
    """Quoted spans of one paragraph and whether a quotation is still open at its end."""
    parts: list[tuple[int, int]] = []
    if style == "dash":
        m = DASH_OPEN_RE.match(text, lo, hi)
        if not m:
            return parts, False
        start = m.end()
        close = DASH_CLOSE_RE.search(text, start, hi)
        span = _trim(text, start, close.start() if close else hi)
        if span:
            parts.append(span)
        if close:
            # "—Fine, —she said—. Then more." : speech resumes after the second inner dash.
            again = DASH_CLOSE_RE.search(text, close.end(), hi)
            if again and again.end() < hi:
                span = _trim(text, again.end(), hi)
                if span:
                    parts.append(span)
        return parts, False
    mark_re = DOUBLE_MARK_RE if style == "double" else SINGLE_MARK_RE
    classify = _classify_double if style == "double" else _classify_single
    open_pos = lo if open_at_start else None
    for m in mark_re.finditer(text, lo, hi):
        i = m.start()
        kind = classify(text, i, lo, hi)
        if kind == "none":
            continue
        if open_pos is None:
            if kind in ("open", "either"):
                open_pos = i + 1
            continue
        if kind in ("close", "either"):
            span = _trim(text, open_pos, i)
            if span:
                parts.append(span)
            open_pos = None
        else:
            # Two openings in a row: the first quotation was never closed; end it before this one.
            span = _trim(text, open_pos, i)
            if span:
                parts.append(span)
            open_pos = i + 1
    still_open = open_pos is not None
    if still_open:
        span = _trim(text, open_pos, hi)
        if span:
            parts.append(span)
    return parts, still_open


def _starts_with_opening(text: str, lo: int, hi: int, style: str) -> bool:
    if style == "double":
        return text[lo] in "“„" or (text[lo] == '"' and _classify_double(text, lo, lo, hi) != "close")
    if style == "single":
        return text[lo] in "‘'" and _classify_single(text, lo, lo, hi) == "open"
    return False


SENTENCE_BREAK_RE = re.compile(r"[.!?][\"”’')]*\s+(?=[A-Z])")
# Verbs of speech tags; the checks below for a new speech share them.
_TAG_VERBS = (
    r"said|added|cried|replied|answered|asked|returned|rejoined|retorted|exclaimed|continued|observed|remarked|"
    r"whispered|called|shouted|inquired|enquired|interposed|resumed|murmured|muttered|stammered|faltered|"
    r"demanded|protested|interrupted|explained|declared|insisted|pleaded|begged|urged|interjected"
)
SPEECH_VERB_RE = re.compile(rf"\b(?:{_TAG_VERBS}|says|say|began|went on)\b")
REPLY_VERB_RE = re.compile(r"\b(?:replied|answered|returned|rejoined|retorted|responded)\b")
_NAMING_VERBS = rf"{_TAG_VERBS}|quoted|repeated"
_TAG_NAME = r"[A-Z][\w’'.-]*(?:[ \t\n]+[A-Z][\w’'.-]*)*"
# The speech tag that opens narration, with a named subject: "said the gentle Mrs. Thorpe", "Marilla said".
NAMED_TAG_RE = re.compile(
    rf"[\"”’'\s,]*(?:(?:{_NAMING_VERBS})[ \t\n]+(?:the[ \t\n]+)?(?:[a-z]+[ \t\n]+)?(?P<after>{_TAG_NAME})"
    rf"|(?P<before>{_TAG_NAME})[ \t\n]+(?:{_NAMING_VERBS}))\b"
)
# What a person's words are called in "was Charles's language", "Mary's declaration was,".
SPEECH_NOUNS = (
    r"reply|answer|language|response|remark|rejoinder|comment|retort|explanation|summing|way|thought|"
    r"exclamation|question|greeting|verdict|conclusion|observation|objection|cry|advice|protest|excuse|"
    r"declaration|reasoning|assurance|words|address|reproach|inquiry|enquiry"
)
SPEECH_NOUN_RE = re.compile(rf"\b(?:{SPEECH_NOUNS})\b")
# A second named subject that speaks after the tag between two quotations.
NEXT_SPEAKER_RE = re.compile(
    rf"(?:\b(?:and|but|then|while|when|that|which|whereupon)[ \t\n]+(?:[a-z]+[ \t\n]+)?"
    rf"(?:{_TAG_NAME}\b[^\"“”]*?\b(?:{_NAMING_VERBS}|began|went on|thought|saying)\b"
    rf"|{_TAG_NAME}[’']s[ \t\n]+(?:{SPEECH_NOUNS})[ \t\n]+was\b)"  # "and Elizabeth's reply was,"
    rf"|\b(?:and|but|then)\b[^\"“”]*?\bthus[ \t\n]+(?:spoke|said|began)[ \t\n]+{_TAG_NAME})"  # "and, in a bad mood, thus spoke Mary:"
    r"[^\"“”]*[,:—–]\s*[\"“]?$"
)


def _tag_subject(m: re.Match | None) -> str | None:
    return (m.group("after") or m.group("before")) if m else None


def _joins(text: str, prev_end: int, next_part: tuple[int, int], prev_part: tuple[int, int], limit: int) -> bool:
    """Whether two quoted parts of one paragraph are one utterance interrupted by a tag."""
    next_start = next_part[0]
    between = text[prev_end:next_start]
    if len(between) > 160 or "\n\n" in between:
        return False
    tag = NAMED_TAG_RE.match(text, prev_end, next_start)
    if tag:
        own = _tag_subject(NAMED_TAG_RE.match(text, next_part[1], min(limit, next_part[1] + 80)))
        if own and own != _tag_subject(tag):
            return False  # '"...," said Isabella. "...," said the gentle Mrs. Thorpe': each has its own speaker
    if NEXT_SPEAKER_RE.search(text, tag.end() if tag else prev_end, next_start):
        return False  # '"...," said Mary, and Katharine, after a moment, said: "..."'; '"..."; but Wenna said, "..."'
    last = text[prev_part[1] - 1]
    core = between.strip(" \t\n\"“”‘’'")
    breaks = list(SENTENCE_BREAK_RE.finditer(core))
    if breaks and SPEECH_VERB_RE.search(core, breaks[-1].end() - 1):
        return False  # '"...," said Lady Bertram. After a pause Sir Thomas added, "..."': a new speech
    if last in UNFINISHED_END or (last.isalnum()):
        return True
    if last in ".?!" and core[:1].isupper() and core.endswith((":", ",", "—", "–", "-")) and (
        SPEECH_VERB_RE.search(core) or SPEECH_NOUN_RE.search(core)
    ):
        # '"...at the last moment." But something ... and George whispered: "Or did she?"', '"Elizabeth." Lady
        # Russell listened, and made only this cautious reply:--"Elizabeth! very well."': a new speech
        return False
    if core.endswith(":") and last in ".?!" and REPLY_VERB_RE.search(core):
        return False  # '"Anything else?" Matthew took courage and replied: "Well now..."' is the answer
    return core.endswith((",", ":", "—", "–", "-"))


def find_utterances(
    text: str, paragraphs: list[tuple[int, int]], style: str, unclosed_tag_re: re.Pattern | None = None
) -> list[Utterance]:
    """Utterances in the given paragraphs, in text order.

    A quotation left open at a paragraph's end continues into the next paragraph when that
    one opens with a mark, unless `unclosed_tag_re` finds a speech tag inside it
    ("Hello, said Buffy."): then the closing mark was forgotten and the quote ends at the tag.
    """
    utterances: list[Utterance] = []
    carry: Utterance | None = None  # a multi-paragraph quotation still open
    for index, (lo, hi) in enumerate(paragraphs):
        continuing = carry is not None and _starts_with_opening(text, lo, hi, style)
        if carry is not None and not continuing:
            carry = None
        start_lo = lo + 1 if continuing else lo
        parts, still_open = _paragraph_parts(text, start_lo, hi, style, continuing)
        if still_open and parts and unclosed_tag_re is not None:
            a, b = parts[-1]
            m = unclosed_tag_re.search(text, a, b)
            if m:
                parts[-1] = (a, m.start())
                still_open = False
        if not parts:
            carry = None
            continue
        first = 0
        if continuing and carry is not None and parts[0][0] <= start_lo + 2:
            carry.parts.append(parts[0])
            carry.last_paragraph = index
            first = 1
            current = carry
        else:
            current = None
        for part in parts[first:]:
            if current is not None and current.last_paragraph == index and _joins(text, current.end, part, current.parts[-1], hi):
                current.parts.append(part)
                continue
            current = Utterance(parts=[part], paragraph=index, last_paragraph=index)
            utterances.append(current)
        carry = current if still_open else None
    return utterances
