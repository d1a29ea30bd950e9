"""Layout: lines, paragraph blocks, hard wrapping, and span arithmetic shared by the structure steps.

Everything works on whole-text regexes and sorted (start, end) spans so the stage keeps up with
1 M words/s.
"""

from __future__ import annotations

import re
from bisect import bisect_right


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


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding whitespace."""
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return start, start
    start += len(piece) - len(piece.lstrip())
    return start, start + len(stripped)


def line_is_blank_before(text: str, line_start: int) -> bool:
    if line_start == 0:
        return True
    prev_start = text.rfind("\n", 0, line_start - 1) + 1
    return not text[prev_start : line_start - 1].strip()


def line_is_blank_after(text: str, line_end: int) -> bool:
    nl = text.find("\n", line_end)
    if nl < 0:
        return True
    next_end = text.find("\n", nl + 1)
    return not text[nl + 1 : next_end if next_end >= 0 else len(text)].strip()


def overlaps(starts: list[int], spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, disjoint spans (`starts` their starts)."""
    i = bisect_right(starts, start) - 1
    if i >= 0 and spans[i][1] > start:
        return True
    return i + 1 < len(spans) and spans[i + 1][0] < end


def subtract(text: str, blocks: list[tuple[int, int]], cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
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


def merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted union of spans."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged
