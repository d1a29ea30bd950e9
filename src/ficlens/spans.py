"""Bisect over one layer of the `Work` (sentences, paragraphs, quotations): how a stage asks which
sentence or quotation holds an offset, instead of splitting or searching the text again."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Protocol


class _HasSpan(Protocol):
    start: int
    end: int


class SpanIndex:
    """Sorted, non-overlapping spans of the text."""

    def __init__(self, spans: Iterable[_HasSpan]):
        spans = list(spans)
        self.starts = [s.start for s in spans]
        self.ends = [s.end for s in spans]

    def __len__(self) -> int:
        return len(self.starts)

    def containing(self, pos: int) -> int:
        """Index of the span that holds offset pos, or -1."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return i if i >= 0 and pos < self.ends[i] else -1

    def last_started(self, pos: int) -> int:
        """Index of the last span that starts at or before pos (-1 before the first): the sentence
        an offset belongs to, or follows when it lies between two."""
        return bisect.bisect_right(self.starts, pos) - 1
