"""Chapter headings ("Chapter 3: The Fall", "Prologue", "IV") and the chapters they start."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..model import Chapter
from .layout import LinePattern, line_is_blank_after, line_is_blank_before, strip_span

_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUMBER_WORD = rf"(?:(?:{_TENS})(?:[- ]?(?:{_UNITS}))?|{_TEENS}|{_UNITS}|hundred)"
HEADING_RE = LinePattern(
    rf"[ \t]*(?:[#*_=~\[(<+|.:•·-]+[ \t]*|[–—]+[ \t]*)?"
    rf"(?:(?P<key>chapter|(?:chapt|chap|chpt|chp|ch)\.|(?:chapt|chpt|chp|ch)(?=[ \t]*#?\d)|part|book|volume|vol\.|season|year|act)"
    rf"[ \t]*(?:#|no\.)?[ \t]*(?P<num>\d{{1,4}}|[ivxlcdm]{{1,9}}|{_NUMBER_WORD})\b"
    rf"|(?P<special>prologue|epilogue|interlude|afterword|foreword|introduction))"
    rf"(?P<rest>[^\n]{{0,100}})$",
    re.IGNORECASE,
)
# A numbered title line of an ebook's chapter list ("1. Prologue", "2. The Letter"), accepted only as a
# run counting up from 1 with whole chapters between.
NUMBERED_TITLE_RE = LinePattern(r"[ \t]*(?P<num>\d{1,3})\.[ \t]+(?P<title>\S[^\n]{0,78}(?:[^\s.,;:!?]|[^\s.,;:!?][!?…]+))[ \t]*\r?$")
NUMBERED_TITLE_RUN = 3
NUMBERED_TITLE_GAP = 1000
NUMBERED_TITLE_STARTS = 20
# A line holding only a chapter number ("IV", "12."), used when no worded heading exists.
NUMBER_HEADING_RE = LinePattern(
    r"[ \t]*(?:[-~*=#\[(<•·—–_+][ \t]*){0,6}(?P<num>[IVXLC]{1,7}|\d{1,3})\.?[ \t]*(?:[-~*=#\])>•·—–_+][ \t]*){0,6}\r?$")
_ROMAN_RE = re.compile(r"^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$", re.IGNORECASE)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_WORD_VALUES = {w: i for i, w in enumerate(_UNITS.split("|"), 1)}
_WORD_VALUES.update({w: i for i, w in enumerate(_TEENS.split("|"), 10)})
_WORD_VALUES.update({w: 10 * i for i, w in enumerate(_TENS.split("|"), 2)})
_WORD_VALUES["hundred"] = 100
# A heading that names a chapter ("Chapter 3", "~Ch. 4~"), not only a part or a prologue.
_CHAPTER_WORD_RE = re.compile(r"[^\w\n]*ch", re.IGNORECASE)
# What may stand between a heading's number and its title: "Chapter 3 | The Inn", "Chapter 6 // Lanterns".
_TITLE_SEPARATORS = ":.-–—)|~/>•·"
# "Chapter 9 of 12": the count of chapters, no title.
_OF_TOTAL_RE = re.compile(r"^of \d{1,4}\b[)\]]?")
# "Interlude IV", "Epilogue 2": a special heading's own number.
_SPECIAL_NUMBER_RE = re.compile(rf"^(\d{{1,3}}|[IVXLC]{{1,7}}|{_NUMBER_WORD})\b", re.IGNORECASE)


def number_value(num: str) -> int | None:
    """1 from '1', 'one', 'I'; None for anything else."""
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
        if line_is_blank_after(text, pos):
            return pos
    return None


@dataclass
class Heading:
    start: int
    end: int
    title: str | None
    number: int | None
    is_chapter: bool


def find_headings(text: str, wrapped: bool) -> list[Heading]:
    """Chapter/part headings: short lines of their own paragraph, never mid-sentence."""
    headings = []
    for line_start, line_end, m in HEADING_RE.finditer(text):
        rest = m.group("rest").strip().strip("*_#=~]").strip()
        number = None
        if m.group("key"):
            number = number_value(m.group("num"))
            if number is None:
                continue
        if m.group("rest").rstrip().endswith(":") and not rest.strip(":"):
            continue  # "BOOK 2:" introduces what follows, like a label
        numbered_special = m.group("special") and _SPECIAL_NUMBER_RE.match(rest)
        if numbered_special:
            number = number_value(numbered_special.group(1))
            rest = rest[numbered_special.end() :].strip(" .:-–—\t")
        if _OF_TOTAL_RE.match(rest):
            rest = rest[_OF_TOTAL_RE.match(rest).end() :].strip()
        if rest:
            if rest[0] in _TITLE_SEPARATORS:
                rest = rest.lstrip(_TITLE_SEPARATORS + " \t").rstrip(" .:-–—|~/<>•·\t")
            elif m.group("special") and rest[0].isalnum() and not numbered_special:
                continue
            elif not (rest[0].isupper() or rest[0] in "\"'“‘(") or rest[-1] in ",;" or len(rest) > 60:
                continue
            if rest and rest[-1] in ",;":
                continue
        start, end = strip_span(text, line_start, line_end)
        label = text[start:end].strip("*_#=~[] \t\r")
        if wrapped:
            if not line_is_blank_before(text, line_start):
                continue
            if not line_is_blank_after(text, line_end):
                subtitle_end = _subtitle_end(text, line_end)
                if subtitle_end is None or rest:
                    continue
                rest = " ".join(text[line_end:subtitle_end].split())
                end = subtitle_end
        key = (m.group("key") or m.group("special")).lower()
        title = rest or (label if numbered_special or not m.group("special") else m.group("special").capitalize())
        headings.append(Heading(start, end, title or label, number, key.startswith("ch") or bool(m.group("special"))))
    return headings


def find_number_headings(text: str) -> list[Heading]:
    """Bare chapter numbers on their own paragraph ("I", "II", ... or "1", "2", ...), accepted
    only as a run counting up from 1, so a stray numeral line is never a chapter."""
    runs: list[list[Heading]] = []
    for line_start, line_end, m in NUMBER_HEADING_RE.finditer(text):
        number = number_value(m.group("num"))
        if number is None or not (line_is_blank_before(text, line_start) and line_is_blank_after(text, line_end)):
            continue
        start, end = strip_span(text, line_start, line_end)
        heading = Heading(start, end, text[start:end], number, True)
        if number == 1 and len(runs) < NUMBERED_TITLE_STARTS:
            runs.append([heading])
            continue
        for run in runs:
            if number == len(run) + 1:
                run.append(heading)
    best = max(reversed(runs), key=len, default=[])
    return best if len(best) >= 2 else []


def chapters_from_headings(text: str, headings: list[Heading]) -> list[Chapter]:
    """Chapters that tile the text, one per heading; headings with nothing but headings
    after them (a part title over a chapter title, a contents list) join the next."""
    n = len(text)
    if not headings:
        return [Chapter(index=0, start=0, end=n)]
    groups: list[list[Heading]] = []
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


def find_all_headings(text: str, wrapped: bool) -> list[Heading]:
    """Worded headings (else bare numbers), with an ebook's numbered title lines among them."""
    headings = find_headings(text, wrapped)
    if not any(_CHAPTER_WORD_RE.match(text, h.start) for h in headings):  # none, or only 'Prologue', 'Part One'...
        starts = {h.start for h in headings}
        headings = sorted(headings + [h for h in find_number_headings(text) if h.start not in starts], key=lambda h: h.start)
    numbered = find_numbered_titles(text)
    if not numbered:
        return headings
    starts = {h.start for h in headings}
    return sorted(headings + [h for h in numbered if h.start not in starts], key=lambda h: h.start)


def find_numbered_titles(text: str) -> list[Heading]:
    """'1. Prologue', '2. The Letter', ... on their own paragraphs, counting up from 1, whole
    chapters apart; of several such runs (a contents list's '1.' starts one too), the longest,
    the later on a tie."""
    runs: list[list[Heading]] = []
    for line_start, line_end, m in NUMBERED_TITLE_RE.finditer(text):
        number = int(m.group("num"))
        if not (line_is_blank_before(text, line_start) and line_is_blank_after(text, line_end)):
            continue
        start, end = strip_span(text, line_start, line_end)
        heading = Heading(start, end, m.group("title").strip(), number, True)
        if number == 1 and len(runs) < NUMBERED_TITLE_STARTS:
            runs.append([heading])
            continue
        for run in runs:
            if number == len(run) + 1 and line_start - run[-1].end >= NUMBERED_TITLE_GAP:
                run.append(heading)
    best = max(reversed(runs), key=len, default=[])
    return best if len(best) >= NUMBERED_TITLE_RUN else []


def merge_empty_chapters(chapters: list[Chapter], paragraphs: list[tuple[int, int]]) -> None:
    """A chapter that holds no story (front matter, or an ebook's chapter title over the author's
    notes and own heading) joins the next one."""
    starts = [s for s, _ in paragraphs]
    i = 0
    while i < len(chapters) - 1:
        c = chapters[i]
        k = bisect_left(starts, c.start)
        if k < len(starts) and starts[k] < c.end:
            i += 1
            continue
        chapters[i + 1].start = c.start
        if chapters[i + 1].title is None:
            chapters[i + 1].title, chapters[i + 1].number = c.title, c.number
        del chapters[i]
    for i, chapter in enumerate(chapters):
        chapter.index = i
