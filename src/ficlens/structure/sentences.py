"""Sentences: the one sentence splitter. The structure stage runs it once over the story paragraphs
(`Work.sentences`); every later stage reads that layer instead of splitting the text again."""

from __future__ import annotations

import re
from bisect import bisect_right

_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Mt", "Prof", "Rev", "Capt", "Col", "Gen", "Lt", "Sgt", "vs", "etc")
# Starts with a character class (so the engine skips quickly to candidates); only the first
# mark of a run ("?!", "...") starts a match, which keeps long runs linear.
SENTENCE_END_RE = re.compile(
    r"[.!?…](?<![.!?…][.!?…])"
    + "".join(rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS)
    + r"(?<!\b[A-Z]\.)[.!?…]*+[\"'”’»)\]_*]*+"
    r"(\s++)(?=[\"'“‘«(\[_*]*[A-Z0-9À-ÖØ-Þ])"
)


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
