"""Sentences: the one sentence splitter. The structure stage runs it once over the story paragraphs
(`Work.sentences`); every later stage reads that layer instead of splitting the text again."""

from __future__ import annotations

import re
from bisect import bisect_right

from ..lexicon import ABBREVIATED_TITLES

# Words whose full stop ends no sentence: the abbreviated titles ("Mr.", "Mme.", "Fr.") and a few others.
_ABBREVIATIONS = sorted({t.capitalize() for t in ABBREVIATED_TITLES if len(t) > 1} | {"Jr", "Sr", "Mt", "Gen", "vs", "etc"})
# The marks that close a sentence, with the closing quotes and brackets after them: not the full
# stop of an abbreviation or of an initial ("J."). Only the first mark of a run ("?!", "...") starts
# a match, which keeps long runs linear; the character class first lets the engine skip quickly to
# candidates. Other patterns that must see a sentence end (the dialogue stage's action beats) use it.
SENTENCE_END = (
    r"[.!?…](?<![.!?…][.!?…])"
    + "".join(rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS)
    + r"(?<!\b[A-Z]\.)[.!?…]*+[\"'”’»)\]_*]*+"
)
SENTENCE_END_RE = re.compile(SENTENCE_END + r"(\s++)(?=[\"'“‘«(\[_*]*[A-Z0-9À-ÖØ-Þ])")


def split_sentences(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences within paragraphs, from one regex pass over the text."""
    ends: list[int] = []
    next_starts: list[int] = []
    for m in SENTENCE_END_RE.finditer(text):
        ends.append(m.start(1))
        next_starts.append(m.end(1))
    sentences: list[tuple[int, int]] = []
    append = sentences.append
    for start, end in paragraphs:
        i = bisect_right(ends, start)
        pos = start
        while i < len(ends) and next_starts[i] < end:
            append((pos, ends[i]))
            pos = next_starts[i]
            i += 1
        append((pos, end))
    return sentences
