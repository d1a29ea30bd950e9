"""Chapter boundaries no heading marks: a note's or a disclaimer's label in the middle of a work.

A story copied chapter by chapter whose chapters carry only their titles ('The Ferry'), or none,
has no heading to find; but its authors' notes and disclaimers still open chapters ('A/N: ...',
'Disclaimer: ...') and close them. Each such label inside a chapter is read as a boundary: the end
of what came before is read backwards for end notes and pleas, and from the title-like lines just
before the label on, the boundary is read as a chapter's start."""

from __future__ import annotations

import re
from bisect import bisect_right

from .layout import LinePattern

# A line opening with a note's or a disclaimer's label: "A/N:", "(AN - ", "Author's Note", "Disclaimer".
ANCHOR_RE = LinePattern(
    r"[ \t]*[*_(\[]*(?:a/ ?n\b|a\.n\.|an(?=[ \t]*[:\-–—])|authors?['’]?s?['’]? ?(?:end)?notes?\b|disclaimer\b)",
    re.IGNORECASE,
)
# Title-like lines just before a label that may be the chapter's title.
TITLE_LINES_BEFORE = 2


def anchor_blocks(text: str, block_starts: list[int], skip: set[int]) -> list[int]:
    """Indices of the blocks that open with a note's or a disclaimer's label, one per run of
    consecutive such blocks (the first)."""
    found: list[int] = []
    for line_start, _, _ in ANCHOR_RE.finditer(text):
        i = bisect_right(block_starts, line_start) - 1
        if i < 0 or block_starts[i] != line_start or i in skip:
            continue
        if found and i - found[-1] <= 2:
            continue
        found.append(i)
    return found
