"""The structure stage: paratext, chapters, scenes, paragraphs, sentences, quotations, declared headers, stats.

Everything is found with whole-text regexes and `bisect` so the stage keeps up with
1 M words/s; per-line Python work happens only in the few blocks at chapter starts and
ends where author headers and notes live.

Scene-break lines (``* * *``, ``~~~``, ``oOo``...) belong to no scene, no paragraph and
no paratext: a scene ends before the break line and the next starts after it, and the
break's characters are not counted as words.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..model import Chapter, Declared, Paratext, Scene, Span, Work
from ..stages import stage_version
from ..text import count_words
from .quotations import find_quotations
from .sentences import split_sentences

VERSION = "3"

class LinePattern:
    """A pattern over whole lines, searched through each line's leading newline so that the
    regex engine jumps from newline to newline instead of testing every character."""

    def __init__(self, body: str, flags: int = 0):
        self.first_line = re.compile(body, flags | re.MULTILINE)
        self.other_lines = re.compile(r"\n" + body, flags | re.MULTILINE)

    def finditer(self, text: str):
        """(line start, line end, match) for every matching line."""
        m = self.first_line.match(text)
        if m:
            yield 0, m.end(), m
        for m in self.other_lines.finditer(text):
            yield m.start() + 1, m.end(), m


# --- layout -------------------------------------------------------------------------------

# A paragraph of hard-wrapped text: lines joined until a blank line or an indented line.
WRAPPED_PARAGRAPH_RE = re.compile(
    r"[^\s](?:[^\n]*[^\s])?(?:[ \t\r]*\n(?![ \t]*(?:\r?\n|$)|[ \t])[^\n]*[^\s])*"
)
# A paragraph of unwrapped text: one line.
LINE_PARAGRAPH_RE = re.compile(r"[^\s](?:[^\n]*[^\s])?")
LINE_RE = re.compile(r"[^\r\n]+")

# Lines longer than this are not hard-wrapped (Gutenberg wraps at ~70-75 columns).
WRAP_WIDTH = 100
# A line at least this long that ends a line was probably broken by wrapping, not by the author.
WRAPPED_LINE_MIN = 45

# --- scene breaks -------------------------------------------------------------------------

_BREAK_SYMBOL = r"[^\w\s\"'“”‘’«»()\[\]{}.,;:!?…]|_"
_ALTERNATION = r"(?:o?(?:Oo)+O?|O?(?:oO)+o?|x?(?:Xx)+X?|X?(?:xX)+x?)"
SCENE_BREAK_RE = LinePattern(
    rf"[ \t]*(?:"
    rf"(?:(?:{_BREAK_SYMBOL})[ \t]*)++(?:(?:[xXoO]|{_ALTERNATION})(?:[ \t]*(?:{_BREAK_SYMBOL}))++)?"
    rf"|(?:(?:{_BREAK_SYMBOL})[ \t]*)*+{_ALTERNATION}(?:[ \t]*(?:{_BREAK_SYMBOL}))*+"
    rf")[ \t]*\r?$"
)

# --- chapter headings ---------------------------------------------------------------------

_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUMBER_WORD = rf"(?:(?:{_TENS})(?:[- ]?(?:{_UNITS}))?|{_TEENS}|{_UNITS}|hundred)"
HEADING_RE = LinePattern(
    rf"[ \t]*(?:[#*_=~\[]+[ \t]*)?"
    rf"(?:(?P<key>chapter|chap\.|ch\.|part|book|volume|vol\.)[ \t]*(?P<num>\d{{1,4}}|[ivxlcdm]{{1,9}}|{_NUMBER_WORD})\b"
    rf"|(?P<special>prologue|epilogue|interlude|afterword|foreword|introduction))"
    rf"(?P<rest>[^\n]{{0,100}})$",
    re.IGNORECASE,
)
# A line holding only a chapter number ("IV", "12."), used when no worded heading exists.
NUMBER_HEADING_RE = LinePattern(r"[ \t]*(?P<num>[IVXLC]{1,7}|\d{1,3})\.?[ \t]*\r?$")
_ROMAN_RE = re.compile(r"^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$", re.IGNORECASE)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_WORD_VALUES = {w: i for i, w in enumerate(_UNITS.split("|"), 1)}
_WORD_VALUES.update({w: i for i, w in enumerate(_TEENS.split("|"), 10)})
_WORD_VALUES.update({w: 10 * i for i, w in enumerate(_TENS.split("|"), 2)})
_WORD_VALUES["hundred"] = 100
_CHAPTER_KEYS = {"chapter", "chap.", "ch."}

# --- in-text author headers ---------------------------------------------------------------

# Label -> field. Order matters where labels share a prefix (longer first).
_LABEL_FIELDS: list[tuple[str, str]] = [
    (r"title", "title"),
    (r"authors?|author\(s\)|written by|writer|pen ?name", "authors"),
    (r"rating|rated", "rating"),
    (r"pairings?|ships?|relationships?", "relationships"),
    (r"characters?", "characters"),
    (r"fandoms?|crossover", "fandoms"),
    (r"(?:archive |content |trigger )?warnings?|tw|cw", "warnings"),
    (r"genres?", "genre"),
    (r"(?:additional |freeform )?tags", "tags"),
    (r"categor(?:y|ies)", "categories"),
    (r"words|word ?count|length", "words"),
    (r"summary|blurb", "summary"),
    (r"disclaimers?", "disclaimer"),
    (r"a/ ?n|an|author'?s'? notes?|authors? notes?|(?:chapter |end )?notes?", "author_note"),
    (r"beta(?:'?d|ed)?(?: by)?|beta[- ]?readers?|betas", "beta"),
    (r"language", "language"),
    (r"series", "series"),
    (r"chapters", "chapters"),
    (r"status", "status"),
    (r"spoilers?|timeline|setting|dedication|dedicated to|prompt|feedback|archiving|season|universe"
     r"|tag ?list|masterlist|requested by|request", "extra"),
]
_LABEL_GROUPS = {f"f{i}": name for i, (_, name) in enumerate(_LABEL_FIELDS)}
_LABEL_ALTERNATION = "|".join(f"(?P<f{i}>{pattern})" for i, (pattern, _) in enumerate(_LABEL_FIELDS))
LABEL_LINE_RE = re.compile(
    rf"^[ \t]*[*_#>\[(]*[ \t]*(?:{_LABEL_ALTERNATION})[ \t]*[*_\])]*"
    rf"[ \t]*(?:\((?P<qualifier>[^)\n]{{0,40}})\))?[ \t]*[*_]*[ \t]*[:：][ \t]*[*_]*[ \t]*(?P<value>[^\r\n]*)$",
    re.IGNORECASE,
)
# "A/N - text" and "A/N text": an author's note without a colon.
AUTHOR_NOTE_LINE_RE = re.compile(r"^[ \t]*[*_(\[]*(?:A/N|a/n|A/n|AN(?=[ \t]*[-–—]))[ \t]*[-–—.]?[ \t]*(?P<value>[^\r\n]*)$")
# A label standing alone on its line: its value is the next block.
LABEL_ONLY_RE = re.compile(
    r"^[\W_]*(?P<label>author'?s'? notes?|authors? notes?|a/n|notes|chapter notes|end notes|chapter end notes"
    r"|summary|disclaimer)[\W_]*$",
    re.IGNORECASE,
)
BY_LINE_RE = re.compile(r"^[ \t]*(?:[Bb]y|BY)[ \t:]+(?P<value>\S[^\r\n]{0,60})$")

END_MARK_RE = re.compile(
    r"^[\W_]*+(?:the end|fin|finis|tbc|t\.b\.c|to be continued|end|end of (?:chapter|part|story)(?: \w+)?"
    r"|end chapter(?: \w+)?)[\W_]*$",
    re.IGNORECASE,
)
REVIEW_REQUEST_RE = re.compile(
    r"\b(?:please,? (?:read (?:and|&) )?(?:review|comment|leave a (?:review|comment))|r ?(?:&|and) ?r\b"
    r"|reviews? (?:are|is|=|make)|kudos (?:and|&) comments|comments? (?:and|&) kudos"
    r"|(?:leave|drop) (?:a |me )?(?:review|comment|kudos)|feedback is (?:love|appreciated|welcome)"
    r"|review (?:please|pls|plz)|let me know what you think)",
    re.IGNORECASE,
)
CREDIT_RE = re.compile(
    r"^[\W_]*+(?:beta(?:'?d|ed)?(?:[- ]read)? by\b|beta[- ]read(?:ing)? by\b"
    r"|(?:many |huge |big |special )?thanks? (?:you )?to\b.{0,80}?\bfor (?:the |my |this |her |his |their )?"
    r"(?:beta|banner|art|cover|fanart|edit|proof|help|read|look)"
    r"|(?:banner|art|cover(?: art)?|fan ?art|artwork|podfic) (?:by|made by|courtesy of)\b"
    r"|(?:translated|illustrated|edited|proofread) by\b)",
    re.IGNORECASE,
)
DISCLAIMER_RE = re.compile(
    r"^[\W_]*+(?:disclaimer\b|i (?:do not|don'?t|dont|didn'?t) own\b|(?:i )?own nothing\b|not mine\b"
    r"|nothing (?:here )?(?:is|belongs to) me\b|all (?:characters|rights)\b.{0,80}\b(?:belong|reserved|property)"
    r"|.{0,100}\bbelongs? to (?:their|the|its) (?:respective |rightful )?(?:owners?|creators?|authors?))",
    re.IGNORECASE,
)
BOILERPLATE_RE = re.compile(
    r"^[ \t]*(?:work header|chapter text|chapter end notes|chapter notes|end notes|notes|afterword|preface"
    r"|posted originally on .{0,200}|please drop by the archive and comment.{0,200}"
    r"|\(?see the end of the (?:chapter|work) for (?:more )?notes\.?\)?)[ \t]*$",
    re.IGNORECASE,
)
_NOTE_OPENERS = {"notes", "chapter notes", "end notes", "chapter end notes"}

# How far into a chapter (from either end) headers and notes are looked for, in blocks.
HEAD_SCAN_BLOCKS = 40
TAIL_SCAN_BLOCKS = 15
_SHORT_BLOCK = 400

_FIELD_KIND = {"summary": "summary", "disclaimer": "disclaimer", "author_note": "author_note", "beta": "credit"}
_LIST_SPLIT_RE = re.compile(r"\s*[,;|]\s*")
_GENRE_SPLIT_RE = re.compile(r"\s*[,;|/]\s*")
_AUTHOR_SPLIT_RE = re.compile(r"\s*(?:,|&|\band\b)\s*")
_WORDS_RE = re.compile(r"(\d+(?:[.,]\d+)*)\s*(k|thousand)?", re.IGNORECASE)
_RATING_TAIL_RE = re.compile(r"\s+(?:for\b|-|–|—|\()")


@dataclass
class _Field:
    """One header field found in the text: its span, kind, label and value."""

    start: int
    end: int
    kind: str
    name: str = ""
    value: str = ""
    label: str = ""


def is_hard_wrapped(text: str) -> bool:
    """Whether lines are wrapped at a fixed width (so single newlines join lines): almost no
    line is longer than ~100 columns and most lines are near the width, unlike fan fiction
    that puts one short paragraph per line."""
    lengths = [len(line) for line in text.split("\n") if line.strip()]
    if len(lengths) < 4:
        return False
    long_lines = sum(1 for n in lengths if n > WRAP_WIDTH)
    full_lines = sum(1 for n in lengths if WRAPPED_LINE_MIN <= n <= WRAP_WIDTH)
    return long_lines <= len(lengths) * 0.02 and full_lines >= len(lengths) * 0.5


def find_blocks(text: str, wrapped: bool) -> list[tuple[int, int]]:
    """Paragraph candidates: trimmed spans between blank lines (and indents, and newlines
    of unwrapped text)."""
    pattern = WRAPPED_PARAGRAPH_RE if wrapped else LINE_PARAGRAPH_RE
    return [m.span() for m in pattern.finditer(text)]


def _number(num: str) -> int | None:
    if num.isdecimal():
        return int(num)
    low = num.lower()
    if low in _WORD_VALUES:
        return _WORD_VALUES[low]
    parts = re.split(r"[- ]", low)
    if len(parts) == 2 and parts[0] in _WORD_VALUES and parts[1] in _WORD_VALUES:
        return _WORD_VALUES[parts[0]] + _WORD_VALUES[parts[1]]
    if _ROMAN_RE.match(num):
        total = 0
        values = [_ROMAN_VALUES[c] for c in num.upper()]
        for i, v in enumerate(values):
            total += -v if i + 1 < len(values) and values[i + 1] > v else v
        return total or None
    return None


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding whitespace."""
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return start, start
    start += len(piece) - len(piece.lstrip())
    return start, start + len(stripped)


def _line_is_blank_before(text: str, line_start: int) -> bool:
    if line_start == 0:
        return True
    prev_start = text.rfind("\n", 0, line_start - 1) + 1
    return not text[prev_start : line_start - 1].strip()


def _line_is_blank_after(text: str, line_end: int) -> bool:
    nl = text.find("\n", line_end)
    if nl < 0:
        return True
    next_end = text.find("\n", nl + 1)
    return not text[nl + 1 : next_end if next_end >= 0 else len(text)].strip()


def _subtitle_end(text: str, heading_end: int) -> int | None:
    """End of one or two short title lines right under a heading and followed by a blank line."""
    pos = heading_end
    for _ in range(2):
        nl = text.find("\n", pos)
        if nl < 0:
            return None
        line_end = text.find("\n", nl + 1)
        line_end = len(text) if line_end < 0 else line_end
        line = text[nl + 1 : line_end].strip()
        if not line or len(line) > 80 or line[-1] in ".!?\"”,;:":
            return None
        pos = nl + 1 + len(text[nl + 1 : line_end].rstrip())
        if _line_is_blank_after(text, pos):
            return pos
    return None


@dataclass
class _Heading:
    start: int
    end: int
    title: str | None
    number: int | None
    is_chapter: bool


def find_headings(text: str, wrapped: bool) -> list[_Heading]:
    """Chapter/part headings: short lines of their own paragraph, never mid-sentence."""
    headings = []
    for line_start, line_end, m in HEADING_RE.finditer(text):
        rest = m.group("rest").strip().strip("*_#=~]").strip()
        number = None
        if m.group("key"):
            number = _number(m.group("num"))
            if number is None:
                continue
        if rest:
            if rest[0] in ":.-–—)":
                rest = rest[1:].strip(" .:-–—\t")
            elif m.group("special") and rest[0].isalnum():
                continue
            elif not (rest[0].isupper() or rest[0] in "\"'“‘(") or rest[-1] in ",;" or len(rest) > 60:
                continue
            if rest and rest[-1] in ",;":
                continue
        start, end = _strip_span(text, line_start, line_end)
        label = text[start:end].strip("*_#=~[] \t\r")
        if wrapped:
            if not _line_is_blank_before(text, line_start):
                continue
            if not _line_is_blank_after(text, line_end):
                subtitle_end = _subtitle_end(text, line_end)
                if subtitle_end is None or rest:
                    continue
                rest = " ".join(text[line_end:subtitle_end].split())
                end = subtitle_end
        key = (m.group("key") or m.group("special")).lower()
        title = rest or (m.group("special").capitalize() if m.group("special") else label)
        headings.append(_Heading(start, end, title or label, number, key in _CHAPTER_KEYS or bool(m.group("special"))))
    return headings


def find_number_headings(text: str) -> list[_Heading]:
    """Bare chapter numbers on their own paragraph ("I", "II", ... or "1", "2", ...), accepted
    only as a run counting up from 1, so a stray numeral line is never a chapter."""
    headings: list[_Heading] = []
    for line_start, line_end, m in NUMBER_HEADING_RE.finditer(text):
        number = _number(m.group("num"))
        if number != len(headings) + 1:
            continue
        if not (_line_is_blank_before(text, line_start) and _line_is_blank_after(text, line_end)):
            continue
        start, end = _strip_span(text, line_start, line_end)
        headings.append(_Heading(start, end, text[start:end], number, True))
    return headings if len(headings) >= 2 else []


def chapters_from_headings(text: str, headings: list[_Heading]) -> list[Chapter]:
    """Chapters that tile the text, one per heading; headings with nothing but headings
    after them (a part title over a chapter title, a contents list) join the next."""
    n = len(text)
    if not headings:
        return [Chapter(index=0, start=0, end=n)]
    groups: list[list[_Heading]] = []
    for h in headings:
        if groups and not text[groups[-1][-1].end : h.start].strip():
            groups[-1].append(h)
        else:
            groups.append([h])
    chapters = []
    for i, group in enumerate(groups):
        main = next((h for h in reversed(group) if h.is_chapter), group[-1])
        start = 0 if i == 0 and not text[: group[0].start].strip() else group[0].start
        end = groups[i + 1][0].start if i + 1 < len(groups) else n
        chapters.append(Chapter(index=0, start=start, end=end, title=main.title, number=main.number))
    if chapters[0].start > 0:
        chapters.insert(0, Chapter(index=0, start=0, end=chapters[0].start))
    for i, c in enumerate(chapters):
        c.index = i
    return chapters


# --- header parsing -----------------------------------------------------------------------


def _label_match(line: str) -> tuple[str, str, str] | None:
    """(field, label, value) of a labelled header line."""
    m = LABEL_LINE_RE.match(line)
    if m:
        name = next(_LABEL_GROUPS[g] for g, v in m.groupdict().items() if v is not None and g in _LABEL_GROUPS)
        label = next(v for g, v in m.groupdict().items() if v is not None and g in _LABEL_GROUPS)
        return name, label.lower(), m.group("value").strip().strip("*_").strip()
    m = AUTHOR_NOTE_LINE_RE.match(line)
    if m:
        return "author_note", "a/n", m.group("value").strip()
    return None


def _classify_line(line: str, top_of_work: bool) -> tuple[str, str, str, str] | None:
    """(kind, field, label, value) for a paratext line, or None for story."""
    labelled = _label_match(line)
    if labelled:
        name, label, value = labelled
        return _FIELD_KIND.get(name, "header"), name, label, value
    if CREDIT_RE.match(line):
        return "credit", "beta", "credit", line.strip()
    if DISCLAIMER_RE.match(line):
        return "disclaimer", "disclaimer", "disclaimer", line.strip()
    if top_of_work:
        m = BY_LINE_RE.match(line)
        if m:
            return "header", "authors", "by", m.group("value").strip()
    return None


def _classify_block(text: str, start: int, end: int, top_of_work: bool) -> list[_Field] | str | None:
    """Fields of a header block, a single paratext kind for an unlabelled block, or None."""
    block = text[start:end]
    if "\n" not in block:
        only = LABEL_ONLY_RE.match(block)
        if only:
            return "opener:" + only.group("label").lower()
        if BOILERPLATE_RE.match(block):
            return "boilerplate"
        if len(block) < 60 and END_MARK_RE.match(block):
            return "end_mark"
    fields: list[_Field] = []
    lines = [m for m in LINE_RE.finditer(block) if m.group(0).strip()]
    previous_length = 0
    for k, m in enumerate(lines):
        line = m.group(0)
        found = _classify_line(line, top_of_work)
        s, e = _strip_span(text, start + m.start(), start + m.end())
        if found:
            kind, name, label, value = found
            fields.append(_Field(s, e, kind, name, value, label))
        elif fields and previous_length >= WRAPPED_LINE_MIN:
            fields[-1].end = e
            fields[-1].value = (fields[-1].value + " " + line.strip()).strip()
        elif (top_of_work and k == 0 and len(lines) > 1 and _is_title_candidate(text, s, e)
              and _classify_line(lines[1].group(0), True)):
            fields.append(_Field(s, e, "title", "title", line.strip().strip("*_#").strip(), "title"))
        else:
            break
        previous_length = len(line.rstrip())
    if fields:
        return fields
    if len(block) < _SHORT_BLOCK and REVIEW_REQUEST_RE.search(block) and '"' not in block and "“" not in block:
        return "review_request"
    return None


def _scan_chapter(text: str, blocks: list[tuple[int, int]], lo: int, hi: int,
                  skip: set[int], top_of_work: bool) -> tuple[list[_Field], int]:
    """Paratext at a chapter's start: header blocks, notes and credits until the first story block.

    Returns the fields and the index of the first story block."""
    fields: list[_Field] = []
    i = lo
    story_seen = False
    while i < hi and i < lo + HEAD_SCAN_BLOCKS:
        if i in skip:
            i += 1
            continue
        start, end = blocks[i]
        found = _classify_block(text, start, end, top_of_work and i - lo < 8)
        if found is None:
            if top_of_work and i == lo and not fields and i + 1 < hi and _is_title_candidate(text, start, end):
                following = _classify_block(text, *blocks[i + 1], True)
                if isinstance(following, list) and following[0].kind == "header":
                    fields.append(_Field(start, end, "title", "title", text[start:end].strip("*_# \t"), "title"))
                    i += 1
                    continue
            story_seen = True
            break
        if isinstance(found, list):
            fields.extend(found)
            last = found[-1]
            if last.end < end:  # story follows the header lines in the same block
                story_seen = True
                break
            if not last.value and last.name in ("summary", "author_note", "disclaimer") and i + 1 < hi:
                value_block = blocks[i + 1]
                last.end = value_block[1]
                last.value = text[value_block[0] : value_block[1]].strip()
                i += 1
        elif found.startswith("opener:"):
            opener = found[7:]
            kind = "summary" if opener == "summary" else "disclaimer" if opener == "disclaimer" else "author_note"
            fields.append(_Field(start, end, "boilerplate" if opener in _NOTE_OPENERS else kind, "", "", opener))
            body_end = _note_body_end(text, blocks, i + 1, hi) if opener in _NOTE_OPENERS else min(i + 2, hi)
            for j in range(i + 1, body_end):
                if j not in skip:
                    fields.append(_Field(*blocks[j], kind, kind, text[blocks[j][0] : blocks[j][1]].strip(), opener))
            i = body_end
            continue
        else:
            fields.append(_Field(start, end, found))
        i += 1
    return fields, (i if story_seen or i < hi else hi)


def _note_body_end(text: str, blocks: list[tuple[int, int]], i: int, hi: int) -> int:
    """End of an AO3 'Notes' body: the 'Chapter Text' marker if one follows soon, else one block."""
    for j in range(i, min(hi, i + 12)):
        if text[blocks[j][0] : blocks[j][1]].strip().lower() == "chapter text":
            return j
    return min(i + 1, hi)


def _is_title_candidate(text: str, start: int, end: int) -> bool:
    line = text[start:end].strip()
    return "\n" not in line and 0 < len(line) <= 120 and line[-1] not in ".,;!?\"”'’" and '"' not in line


def _scan_chapter_end(text: str, blocks: list[tuple[int, int]], lo: int, hi: int, skip: set[int]) -> list[_Field]:
    """Paratext at a chapter's end: notes, review requests, end marks, credits, boilerplate."""
    fields: list[_Field] = []
    i = hi - 1
    while i >= lo and i >= hi - TAIL_SCAN_BLOCKS:
        if i in skip:
            i -= 1
            continue
        start, end = blocks[i]
        found = _classify_block(text, start, end, False)
        if found is None:
            opener = _note_opener_before(text, blocks, i, lo, skip)
            if opener is None:
                break
            for j in range(opener + 1, i + 1):
                if j not in skip:
                    fields.append(_Field(*blocks[j], "author_note", "author_note",
                                         text[blocks[j][0] : blocks[j][1]].strip(), "a/n"))
            i = opener
            continue
        if isinstance(found, list):
            if found[-1].end < end:
                break
            fields.extend(found)
        elif found.startswith("opener:"):
            fields.append(_Field(start, end, "boilerplate" if found[7:] in _NOTE_OPENERS else "author_note"))
        else:
            fields.append(_Field(start, end, found))
        i -= 1
    return fields


def _note_opener_before(text: str, blocks: list[tuple[int, int]], i: int, lo: int, skip: set[int]) -> int | None:
    """Index of an author's-note opener a few blocks before block i, if the blocks between are its body."""
    for j in range(i - 1, max(lo, i - 4) - 1, -1):
        if j in skip:
            return None
        found = _classify_block(text, *blocks[j], False)
        if isinstance(found, str) and found.startswith("opener:") and found[7:] != "summary":
            return j
        if isinstance(found, list) and found[-1].kind == "author_note":
            return j
        if found is not None:
            return None
    return None


# --- declared -----------------------------------------------------------------------------


def _parse_words(value: str) -> int | None:
    m = _WORDS_RE.search(value)
    if not m:
        return None
    digits, multiplier = m.group(1), m.group(2)
    if multiplier:
        if re.fullmatch(r"\d+,\d{1,2}", digits):  # European decimal comma: "2,3k"
            digits = digits.replace(",", ".")
        return int(round(float(digits.replace(",", "")) * 1000))
    return int(re.sub(r"[.,]", "", digits))


def _split(value: str, pattern: re.Pattern) -> list[str]:
    return [v.strip(" .*_") for v in pattern.split(value) if v.strip(" .*_")]


def fill_declared(declared: Declared, fields: list[_Field], preset: set[str]) -> None:
    """Copy header values into `declared`, leaving fields the reader set untouched."""

    def add_list(name: str, values: list[str]) -> None:
        if name in preset:
            return
        current = getattr(declared, name)
        current.extend(v for v in values if v not in current)

    def set_scalar(name: str, value) -> None:
        if name not in preset and getattr(declared, name) is None and value not in (None, ""):
            setattr(declared, name, value)

    for f in fields:
        value = f.value
        if f.name in ("rating", "warnings", "relationships") and value and f.name not in preset:
            declared.raw.setdefault(f.name, value)
        if f.name == "title":
            set_scalar("title", value.strip("\"'“”"))
        elif f.name == "authors":
            add_list("authors", _split(value, _AUTHOR_SPLIT_RE))
        elif f.name == "rating":
            set_scalar("rating", _RATING_TAIL_RE.split(value)[0].strip() if value else None)
        elif f.name in ("relationships", "characters", "fandoms", "warnings"):
            add_list(f.name, _split(value, _LIST_SPLIT_RE))
        elif f.name in ("genre", "tags"):
            slash_separated = f.name == "genre" and not re.search(r"[,;|]", value)
            add_list("additional_tags", _split(value, _GENRE_SPLIT_RE if slash_separated else _LIST_SPLIT_RE))
        elif f.name == "categories":
            add_list("categories", _split(value, _LIST_SPLIT_RE))
        elif f.name == "words":
            set_scalar("words", _parse_words(value))
        elif f.name == "summary":
            set_scalar("summary", value)
        elif f.name == "language":
            set_scalar("language", value)
        elif f.name == "series":
            add_list("series", [value] if value else [])
        elif f.name == "chapters":
            set_scalar("chapters", value)
        elif f.name == "status":
            low = value.lower()
            set_scalar("complete", True if low.startswith(("complete", "finished")) else
                       False if low.startswith(("wip", "in progress", "incomplete", "ongoing", "work in progress")) else None)
        elif f.name in ("disclaimer", "author_note", "beta", "extra") and value:
            key = {"disclaimer": "disclaimer", "author_note": "author_note", "beta": "beta"}.get(f.name, f.label)
            declared.extra.setdefault(key, value)


def _preset_fields(declared: Declared) -> set[str]:
    """Declared fields the reader already filled."""
    empty = Declared()
    return {name for name in vars(declared) if getattr(declared, name) != getattr(empty, name)}


# --- spans --------------------------------------------------------------------------------


def _overlaps(starts: list[int], spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_right(starts, start) - 1
    if i >= 0 and spans[i][1] > start:
        return True
    return i + 1 < len(spans) and spans[i + 1][0] < end


def _subtract(text: str, blocks: list[tuple[int, int]], cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Blocks minus the cut spans (both sorted), each piece trimmed of whitespace."""
    if not cuts:
        return blocks
    out: list[tuple[int, int]] = []
    k = 0
    ncuts = len(cuts)
    for start, end in blocks:
        while k < ncuts and cuts[k][1] <= start:
            k += 1
        if k >= ncuts or cuts[k][0] >= end:
            out.append((start, end))
            continue
        pos = start
        j = k
        while j < ncuts and cuts[j][0] < end:
            if cuts[j][0] > pos:
                out.append((pos, cuts[j][0]))
            pos = max(pos, cuts[j][1])
            j += 1
        if pos < end:
            out.append((pos, end))
    trimmed = []
    for start, end in out:
        if (start < end and text[start].isspace()) or text[end - 1].isspace():
            piece = text[start:end]
            stripped = piece.strip()
            if not stripped:
                continue
            start += len(piece) - len(piece.lstrip())
            end = start + len(stripped)
        trimmed.append((start, end))
    return trimmed


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def run(work: Work) -> Work:
    text = work.text
    n = len(text)
    wrapped = is_hard_wrapped(text)

    reader_spans = sorted((p.start, p.end) for p in work.paratext)
    reader_starts = [s for s, _ in reader_spans]
    preset = _preset_fields(work.declared)

    breaks = [_strip_span(text, s, e) for s, e, _ in SCENE_BREAK_RE.finditer(text)]
    breaks = [b for b in breaks if b[1] > b[0] and not _overlaps(reader_starts, reader_spans, *b)]
    headings = find_headings(text, wrapped) or find_number_headings(text)
    headings = [h for h in headings if not _overlaps(reader_starts, reader_spans, h.start, h.end)]
    chapters_from_text = not work.chapters
    if chapters_from_text:
        work.chapters = chapters_from_headings(text, headings)

    blocks = find_blocks(text, wrapped)
    block_starts = [s for s, _ in blocks]
    heading_starts = {h.start for h in headings}
    break_starts = {s for s, _ in breaks}
    skip = {i for i, (s, e) in enumerate(blocks)
            if s in heading_starts or s in break_starts or _overlaps(reader_starts, reader_spans, s, e)}

    mine: list[tuple[int, int, str]] = [(h.start, h.end, "chapter_heading") for h in headings]
    fields_found: list[_Field] = []
    for ci, chapter in enumerate(work.chapters):
        lo = bisect_left(block_starts, chapter.start)
        hi = bisect_left(block_starts, chapter.end)
        head, first_story = _scan_chapter(text, blocks, lo, hi, skip, top_of_work=ci == 0)
        tail = _scan_chapter_end(text, blocks, max(first_story, lo), hi, skip)
        fields_found.extend(head)
        fields_found.extend(reversed(tail))
    for f in fields_found:
        mine.append((f.start, f.end, f.kind))
    fill_declared(work.declared, [f for f in fields_found if f.name], preset)

    paratext = list(work.paratext)
    last_end = -1
    for s, e, kind in sorted(mine):
        if e > s and s >= last_end and not _overlaps(reader_starts, reader_spans, s, e):
            paratext.append(Paratext(s, e, kind))
            last_end = e
    paratext.sort(key=lambda p: (p.start, p.end))
    work.paratext = paratext

    cuts = _merge([(p.start, p.end) for p in paratext] + breaks)
    paragraphs = _subtract(text, blocks, cuts)
    work.paragraphs = [Span(s, e) for s, e in paragraphs]
    sentences = split_sentences(text, paragraphs)
    work.sentences = [Span(s, e) for s, e in sentences]
    work.quotations = find_quotations(text, paragraphs)
    if chapters_from_text:
        _merge_front_matter(work.chapters, paragraphs)
    work.scenes = _scenes(work.chapters, breaks, paragraphs)

    story = _subtract(text, [(0, n)], cuts) if n else []
    work.stats.words = sum(count_words(text, s, e) for s, e in story)
    work.stats.chapters = len(work.chapters)
    work.stats.scenes = len(work.scenes)
    work.stats.paragraphs = len(paragraphs)
    work.stats.sentences = len(sentences)
    return work


def _merge_front_matter(chapters: list[Chapter], paragraphs: list[tuple[int, int]]) -> None:
    """Text before the first heading that holds no story (headers, notes) joins the first chapter."""
    if len(chapters) > 1 and chapters[0].title is None:
        first_story = paragraphs[0][0] if paragraphs else chapters[-1].end
        if first_story >= chapters[1].start:
            chapters[1].start = 0
            del chapters[0]
            for i, chapter in enumerate(chapters):
                chapter.index = i


def _scenes(chapters: list[Chapter], breaks: list[tuple[int, int]], paragraphs: list[tuple[int, int]]) -> list[Scene]:
    """Scenes: stretches of story paragraphs between breaks, within each chapter."""
    para_starts = [s for s, _ in paragraphs]
    break_starts = [s for s, _ in breaks]
    scenes: list[Scene] = []
    for ci, chapter in enumerate(chapters):
        bounds = [chapter.start]
        b0 = bisect_left(break_starts, chapter.start)
        b1 = bisect_left(break_starts, chapter.end)
        for s, e in breaks[b0:b1]:
            bounds.extend((s, e))
        bounds.append(chapter.end)
        added = False
        for k in range(0, len(bounds), 2):
            lo, hi = bounds[k], bounds[k + 1]
            p0 = bisect_left(para_starts, lo)
            p1 = bisect_left(para_starts, hi)
            if p1 > p0:
                scenes.append(Scene(len(scenes), para_starts[p0], paragraphs[p1 - 1][1], chapter=ci))
                added = True
        if not added:
            scenes.append(Scene(len(scenes), chapter.start, chapter.end, chapter=ci))
    return scenes


class StructureStage:
    """Paratext, chapters, scenes, paragraphs, sentences, declared headers and counts; no models."""

    name = "structure"
    requires: tuple[str, ...] = ()
    provides = ("paratext", "chapters", "scenes", "paragraphs", "sentences", "quotations")
    languages = None
    version = stage_version(VERSION)

    def __call__(self, work: Work) -> Work:
        return run(work)
