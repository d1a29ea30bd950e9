"""The one quotation finder: which stretches of story text are quoted, paragraph by paragraph.

The structure stage runs it once per work and stores the spans (quotation marks excluded) as
`Work.quotations`; every later stage reads them from there. One precompiled regex per quoting
style visits only the quotation marks in Python. The marks of each style are data
(`QUOTE_MARKS`, `DASHES`): a mark that only opens, one that only closes, or one that does
either, told apart by the characters around it. Other languages' marks (`PAIRED_MARKS`:
guillemets both ways, German low quotes, CJK corner brackets) open and close unambiguously:
a quotation runs from an opening mark to the first mark that closes it, so marks of another
kind nested inside („…‚…‘…“, 「…『…』…」) stay in the quotation.
"""

from __future__ import annotations

import re

from ..lexicon import NAME, VERBS
from ..model import Quotation
from ..text import trim_span

# Quotation marks by style: those that only open, only close, or do either.
QUOTE_MARKS = {
    "double": {"open": "“„", "close": "”", "either": '"'},
    "single": {"open": "‘", "close": "’", "either": "'"},
}
# A paragraph of dash dialogue starts with one of these; one after a space ends the speech.
DASHES = "—―–"
# Other languages' conventions: opening mark -> the marks that close it; "opening" counts a work's
# openings of the convention (see quoting_style); "turns": a paragraph opening with one of these
# inside a quotation still open is the next speaker's turn of it (« Tu viens ? / — Non. »).
PAIRED_MARKS = {
    "cjk": {"pairs": {"「": "」", "『": "』"}, "opening": "[「『]"},
    "german": {"pairs": {"„": "“\"”", "‚": "‘'"}, "opening": "„"},
    "german-single": {"pairs": {"‚": "‘'"}, "opening": "‚"},
    "guillemets": {"pairs": {"«": "»"}, "opening": r"«\s?\w", "turns": DASHES},
    "guillemets-reversed": {"pairs": {"»": "«"}, "opening": r"»\w"},
}
# A convention of PAIRED_MARKS needs this many openings (and no fewer than English opening quotes).
MIN_PAIRED_MARKS = 3
# Quotations inside the narration of a dash work: «Ещё одна ошибка», „Nein“.
DASH_NARRATION_PAIRS = {"«": "»", "„": "“\"”"}


def _mark_re(style: str) -> re.Pattern:
    marks = QUOTE_MARKS[style]
    return re.compile("[" + re.escape(marks["open"] + marks["close"] + marks["either"]) + "]")


def _any_of(marks) -> re.Pattern:
    return re.compile("[" + re.escape("".join(marks)) + "]")


MARK_RE = {style: _mark_re(style) for style in QUOTE_MARKS}
OPENING_RE = {style: re.compile(marks["opening"]) for style, marks in PAIRED_MARKS.items()}
PAIRED_OPEN_RE = {style: _any_of(marks["pairs"]) for style, marks in PAIRED_MARKS.items()}
DASH_NARRATION_OPEN_RE = _any_of(DASH_NARRATION_PAIRS)
CLOSE_RE = {closers: _any_of(closers) for pairs in (*(m["pairs"] for m in PAIRED_MARKS.values()), DASH_NARRATION_PAIRS)
            for closers in pairs.values()}
DASH_OPEN_RE = re.compile(rf"[ \t]*[{DASHES}][ \t]*(?=\S)")
DASH_CLOSE_RE = re.compile(rf"\s[{DASHES}]\s*")
# The dash that ends a tag written against the tag's last word ("—dijo Ron—. Ya.").
DASH_RESUME_RE = re.compile(rf"(?<=\S)[{DASHES}][.,;:]?[ \t]+(?=\S)")

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
    """'double', 'single' or 'dash', or one of PAIRED_MARKS: the convention the work mostly uses
    for dialogue."""
    paired = paired_style(text[:200_000])
    if paired:
        return paired
    doubles = text.count("“") + text.count('"') // 2 + text.count("„")
    singles = text.count("‘") + len(re.findall(r"(?:^|[\s(—])'(?=[A-Za-z])", text[:200_000]))
    if doubles >= 3 or singles >= 3:
        return "double" if doubles >= singles * 0.5 else "single"
    dashes = len(re.findall(rf"(?m)^[ \t]*[{DASHES}]", text[:200_000]))
    return "dash" if dashes >= 3 else "double"


def paired_style(sample: str) -> str | None:
    """The convention of PAIRED_MARKS with the most openings in the sample, if it has at least
    MIN_PAIRED_MARKS and no fewer than the English opening quotes that are not its closing marks."""
    counts = {style: len(pattern.findall(sample)) for style, pattern in OPENING_RE.items()}
    best = max(counts, key=counts.get)
    if counts[best] < MIN_PAIRED_MARKS:
        return None
    closers = "".join(PAIRED_MARKS[best]["pairs"].values())
    english = (sample.count("“") if "“" not in closers else 0) + (sample.count('"') // 2 if '"' not in closers else 0)
    return best if counts[best] >= english else None


def _paired_parts(text: str, lo: int, hi: int, pairs: dict[str, str], opener: str | None,
                  open_re: re.Pattern) -> tuple[list[tuple[int, int]], bool]:
    """Quoted spans between opening and closing marks of `pairs` in text[lo:hi], and whether one
    is still open at hi; `opener` is the mark of a quotation already open at lo."""
    parts: list[tuple[int, int]] = []
    start = pos = lo
    while True:
        if opener is None:
            m = open_re.search(text, pos, hi)
            if not m:
                return parts, False
            opener, start = m.group(), m.end()
        close = _closing(text, start, hi, pairs[opener])
        span = trim_span(text, start, hi if close < 0 else close)
        if span:
            parts.append(span)
        if close < 0:
            return parts, True
        pos, opener = close + 1, None


def _closing(text: str, start: int, hi: int, closers: str) -> int:
    """Offset of the first closing mark from `start`, or -1; an apostrophe inside a word closes nothing."""
    for m in CLOSE_RE[closers].finditer(text, start, hi):
        i = m.start()
        if text[i] == "'" and 0 < i < hi - 1 and text[i - 1].isalnum() and text[i + 1].isalnum():
            continue
        return i
    return -1


def _before_unopened_close(text: str, lo: int, hi: int) -> int:
    """Where a dash line's speech ends: before a closing mark it never opened, which ends a
    quotation opened paragraphs before (« Tu viens ? / — Non. »)."""
    end = hi
    while end > lo and text[end - 1].isspace():
        end -= 1
    last = text[end - 1] if end > lo else ""
    openers = [o for o, closers in DASH_NARRATION_PAIRS.items() if last in closers]
    return end - 1 if openers and not any(o in text[lo:end] for o in openers) else hi


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
    if style in PAIRED_MARKS:
        pairs = PAIRED_MARKS[style]["pairs"]
        # A quotation open at lo was opened by the mark before it, or before a turn's dash.
        opener = (text[lo - 1] if text[lo - 1] in pairs else next(iter(pairs))) if open_at_start else None
        return _paired_parts(text, lo, hi, pairs, opener, PAIRED_OPEN_RE[style])
    if style == "dash":
        m = DASH_OPEN_RE.match(text, lo, hi)
        if not m:
            # Narration of a dash work quotes with guillemets or low quotes: «Ещё одна ошибка».
            parts, _ = _paired_parts(text, lo, hi, DASH_NARRATION_PAIRS, None, DASH_NARRATION_OPEN_RE)
            return parts, False
        start = m.end()
        hi = _before_unopened_close(text, start, hi)
        close = DASH_CLOSE_RE.search(text, start, hi)
        span = trim_span(text, start, close.start() if close else hi)
        if span:
            parts.append(span)
        if close:
            # "—Fine, —she said—. Then more." : speech resumes after the second inner dash, spaced or
            # written against the tag ("—dijo Ron—. Ya.").
            spaced = DASH_CLOSE_RE.search(text, close.end(), hi)
            attached = DASH_RESUME_RE.search(text, close.end(), hi)
            again = min((m for m in (spaced, attached) if m), key=lambda m: m.start(), default=None)
            if again and again.end() < hi:
                span = trim_span(text, again.end(), hi)
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
            span = trim_span(text, open_pos, i)
            if span:
                parts.append(span)
            open_pos = None
        else:
            # Two openings in a row: the first quotation was never closed; end it before this one.
            span = trim_span(text, open_pos, i)
            if span:
                parts.append(span)
            open_pos = i + 1
    still_open = open_pos is not None
    if still_open:
        span = trim_span(text, open_pos, hi)
        if span:
            parts.append(span)
    return parts, still_open


def _starts_with_opening(text: str, lo: int, hi: int, style: str) -> bool:
    if style in PAIRED_MARKS:
        return text[lo] in PAIRED_MARKS[style]["pairs"]
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
    turn_marks = PAIRED_MARKS.get(style, {}).get("turns", "")
    quotations: list[Quotation] = []
    open_before = False
    for lo, hi in paragraphs:
        # « Tu viens ? / — Non. »: a dash opening a paragraph inside an open quotation is the next turn.
        turn = open_before and text[lo] in turn_marks
        continuing = open_before and (turn or _starts_with_opening(text, lo, hi, style))
        start_lo = lo + 1 if continuing else lo
        parts, still_open = _paragraph_parts(text, start_lo, hi, style, continuing)
        if still_open and parts:
            a, b = parts[-1]
            m = UNCLOSED_TAG_RE.search(text, a, b)
            if m:
                parts[-1] = (a, m.start())
                still_open = False
        for k, (a, b) in enumerate(parts):
            quotations.append(Quotation(a, b, continues=continuing and not turn and k == 0 and a <= start_lo + 2))
        open_before = still_open and bool(parts)
    return quotations
