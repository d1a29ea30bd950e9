"""The one quotation finder: which stretches of story text are quoted, paragraph by paragraph.

The structure stage runs it once per work and stores the spans (quotation marks excluded) as
`Work.quotations`; every later stage reads them from there. One precompiled regex per quoting
style visits only the quotation marks in Python. The marks of each style are data
(`QUOTE_MARKS`, `DASHES`): a mark that only opens, one that only closes, or one that does
either, told apart by the characters around it.
"""

from __future__ import annotations

import re

from ..lexicon import NAME, VERBS
from ..model import Quotation

# Quotation marks by style: those that only open, only close, or do either.
QUOTE_MARKS = {
    "double": {"open": "“„", "close": "”", "either": '"'},
    "single": {"open": "‘", "close": "’", "either": "'"},
}
# A paragraph of dash dialogue starts with one of these; one after a space ends the speech.
DASHES = "—―–"


def _mark_re(style: str) -> re.Pattern:
    marks = QUOTE_MARKS[style]
    return re.compile("[" + re.escape(marks["open"] + marks["close"] + marks["either"]) + "]")


MARK_RE = {style: _mark_re(style) for style in QUOTE_MARKS}
DASH_OPEN_RE = re.compile(rf"[ \t]*[{DASHES}][ \t]*(?=\S)")
DASH_CLOSE_RE = re.compile(rf"\s[{DASHES}]\s*")

# Words that start with an elided letter, whose apostrophe opens nothing ('tis, 'em).
ELISIONS = frozenset(
    "tis twas twere twill em cause cos til till n nuff bout round fraid ere im ave e ow alf ome".split()
)
OPEN_CONTEXT = set(" \t\n([{—–-“\"‘'/*_")
CLOSE_CONTEXT = set(" \t\n)]}.,;:!?—–-…”\"’'/*_")
# A speech tag inside a quotation that was never closed: "Hello, said Buffy.
UNCLOSED_TAG_RE = re.compile(
    rf"(?<=[,!?])(?=[ \t\n]+(?:(?:{VERBS})[ \t\n]+(?:{NAME}|he|she)\b|(?:{NAME}|he|she)[ \t\n]+(?:{VERBS})\b))"
)


def quoting_style(text: str) -> str:
    """'double', 'single' or 'dash': the convention the work mostly uses for dialogue."""
    doubles = text.count("“") + text.count('"') // 2 + text.count("„")
    singles = text.count("‘") + len(re.findall(r"(?:^|[\s(—])'(?=[A-Za-z])", text[:200_000]))
    if doubles >= 3 or singles >= 3:
        return "double" if doubles >= singles * 0.5 else "single"
    dashes = len(re.findall(rf"(?m)^[ \t]*[{DASHES}]", text[:200_000]))
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
    marks = QUOTE_MARKS["double"]
    if ch in marks["open"]:
        return "open"
    if ch in marks["close"]:
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
    marks = QUOTE_MARKS["single"]
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    if before.isalnum() and after.isalnum():
        return "none"  # don't, o'clock
    if ch in marks["open"] or (ch in marks["either"] and before in OPEN_CONTEXT and not after.isspace()):
        if ch in marks["either"] or before in OPEN_CONTEXT:
            m = re.match(r"[A-Za-z]+", text[i + 1 : i + 8])
            if m and m.group(0).lower() in ELISIONS and ch not in marks["open"]:
                return "none"
            return "open"
    if after in CLOSE_CONTEXT and not before.isspace():
        # Giles' book: a plural/possessive s followed by a lower-case word is an apostrophe.
        if before in "sS" and after == " " and i + 2 < hi and text[i + 2].islower():
            return "none"
        return "close"
    if ch in marks["close"] and before in OPEN_CONTEXT and not after.isspace():
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
    classify = _classify_double if style == "double" else _classify_single
    open_pos = lo if open_at_start else None
    for m in MARK_RE[style].finditer(text, lo, hi):
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
    if style == "dash":
        return False
    marks = QUOTE_MARKS[style]
    if style == "double":
        return text[lo] in marks["open"] or (text[lo] in marks["either"] and _classify_double(text, lo, lo, hi) != "close")
    return text[lo] in marks["open"] + marks["either"] and _classify_single(text, lo, lo, hi) == "open"


def find_quotations(text: str, paragraphs: list[tuple[int, int]]) -> list[Quotation]:
    """Quoted spans of the paragraphs in text order, quotation marks excluded.

    A quotation left open at a paragraph's end goes on in the next paragraph when that one opens
    with a mark (its first span is `continues`), unless a speech tag stands inside it ("Hello,
    said Buffy."): then the closing mark was forgotten and the quotation ends at the tag.
    """
    style = quoting_style(text)
    quotations: list[Quotation] = []
    open_before = False
    for lo, hi in paragraphs:
        continuing = open_before and _starts_with_opening(text, lo, hi, style)
        start_lo = lo + 1 if continuing else lo
        parts, still_open = _paragraph_parts(text, start_lo, hi, style, continuing)
        if still_open and parts:
            a, b = parts[-1]
            m = UNCLOSED_TAG_RE.search(text, a, b)
            if m:
                parts[-1] = (a, m.start())
                still_open = False
        for k, (a, b) in enumerate(parts):
            quotations.append(Quotation(a, b, continues=continuing and k == 0 and a <= start_lo + 2))
        open_before = still_open and bool(parts)
    return quotations
