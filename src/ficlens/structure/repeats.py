"""Lines a work repeats at its chapter boundaries: a disclaimer, a story title and by-line, a sign-off
or a review plea written out again at the start or end of every chapter, and a contents list that
names the chapter headings. A story's own paragraphs seldom repeat word for word at chapter
starts and ends, so such a line is paratext whatever its wording."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from ..model import Chapter
from .headings import Heading

# How many blocks from each end of a chapter are compared.
EDGE_BLOCKS = 6
# A line counts as repeated in at least this many chapters and this share of them.
REPEAT_MIN_CHAPTERS = 3
REPEAT_MIN_SHARE = 0.25
REPEAT_MIN_CHARS = 4
# A line of dialogue ('"No."') may well open or close several chapters.
_QUOTES = "\"“”'‘’«»„「『—"


def boundary_lines(text: str, blocks: list[tuple[int, int]], block_starts: list[int], chapters: list[Chapter],
                   skip: set[int], headings: list[Heading]) -> dict[str, str]:
    """Block text -> paratext kind, for blocks repeated at chapter boundaries ('boilerplate') and
    for lines that repeat a chapter heading elsewhere (a contents list: 'navigation')."""
    known = {text[h.start : h.end].strip(): "navigation" for h in headings}
    if len(chapters) < REPEAT_MIN_CHAPTERS:
        return known
    seen: Counter[str] = Counter()
    for chapter in chapters:
        lo = bisect_left(block_starts, chapter.start)
        hi = bisect_left(block_starts, chapter.end)
        inside = [i for i in range(lo, hi) if i not in skip]
        edge = inside[:EDGE_BLOCKS] + inside[max(EDGE_BLOCKS, len(inside) - EDGE_BLOCKS):]
        seen.update({line for i in edge if (line := text[blocks[i][0] : blocks[i][1]].strip())[:1] not in _QUOTES})
    least = max(REPEAT_MIN_CHAPTERS, REPEAT_MIN_SHARE * len(chapters))
    for line, count in seen.items():
        if count >= least and len(line) >= REPEAT_MIN_CHARS:
            known.setdefault(line, "boilerplate")
    return known
