"""The work's story text as the characters stage reads it: its story spans, and the sentence and
quotation layers of the structure stage."""

from __future__ import annotations

import re
from collections import Counter

from ..model import Work
from ..spans import SpanIndex

LOWER_WORD_RE = re.compile(r"\b[a-z][a-z'’]*\b")


class StoryText:
    """The work's story text and its sentence and quotation layers (from the structure stage)."""

    def __init__(self, work: Work):
        self.text = work.text
        self.spans = [(s.start, s.end) for s in work.story_spans()]
        self.quotes = SpanIndex(work.quotations)
        self.sentences = SpanIndex(work.sentences)
        self.lower = Counter(LOWER_WORD_RE.findall(self.text))

    def quote_at(self, pos: int) -> int:
        """Index of the quotation holding pos, or -1."""
        return self.quotes.containing(pos)

    def sentence_at(self, pos: int) -> int:
        return self.sentences.last_started(pos)

    def sentence_start(self, index: int) -> int:
        return self.sentences.starts[index] if index >= 0 else -1

    def capital_expected(self, pos: int) -> bool:
        """True when a capital at pos says little about a name: only quote marks, brackets or dashes
        stand between pos and a full stop, a colon, a list number or an opening quotation."""
        i = pos - 1
        text = self.text
        while i >= 0 and text[i] in " \t\r\n“\"'‘([—-*_":
            i -= 1
        return i < 0 or text[i] in ".!?…:#" or text[i].isdigit() or ("“" in text[i + 1 : pos] and text[i] != ",")
