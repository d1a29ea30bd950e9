"""Scene breaks and the scenes between them.

Scene-break lines (``* * *``, ``~~~``, ``oOo``...) belong to no scene, no paragraph and no
paratext: a scene ends before the break line and the next starts after it, and the break's
characters are not counted as words.
"""

from __future__ import annotations

from bisect import bisect_left

from ..model import Chapter, Scene
from .layout import LinePattern, strip_span

_BREAK_SYMBOL = r"[^\w\s\"'“”‘’«»()\[\]{}.,;:!?…]|_"
_ALTERNATION = r"(?:o?(?:Oo)+O?|O?(?:oO)+o?|x?(?:Xx)+X?|X?(?:xX)+x?)"
SCENE_BREAK_RE = LinePattern(
    rf"[ \t]*(?:"
    rf"(?:(?:{_BREAK_SYMBOL})[ \t]*)++(?:(?:[xXoO]|{_ALTERNATION})(?:[ \t]*(?:{_BREAK_SYMBOL}))++)?"
    rf"|(?:(?:{_BREAK_SYMBOL})[ \t]*)*+{_ALTERNATION}(?:[ \t]*(?:{_BREAK_SYMBOL}))*+"
    rf")[ \t]*\r?$"
)


def find_breaks(text: str) -> list[tuple[int, int]]:
    """The trimmed spans of scene-break lines."""
    breaks = [strip_span(text, s, e) for s, e, _ in SCENE_BREAK_RE.finditer(text)]
    return [b for b in breaks if b[1] > b[0]]


def scenes(chapters: list[Chapter], breaks: list[tuple[int, int]], paragraphs: list[tuple[int, int]]) -> list[Scene]:
    """Scenes: stretches of story paragraphs between breaks, within each chapter."""
    para_starts = [s for s, _ in paragraphs]
    break_starts = [s for s, _ in breaks]
    out: list[Scene] = []
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
                out.append(Scene(len(out), para_starts[p0], paragraphs[p1 - 1][1], chapter=ci))
                added = True
        if not added:
            out.append(Scene(len(out), chapter.start, chapter.end, chapter=ci))
    return out
