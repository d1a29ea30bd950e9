"""The text layer of a short test text as the structure stage gives it for hard-wrapped prose:
paragraphs between blank lines (a single line break joins lines), their sentences and quotations. Dialogue
tests use it to keep a tag split over a line break inside one paragraph."""

from __future__ import annotations

import re

from ficlens.model import Span, Work
from ficlens.structure.quotations import find_quotations
from ficlens.structure.sentences import split_sentences

BLANK_LINE_RE = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def with_text_layer(work: Work) -> Work:
    paragraphs: list[tuple[int, int]] = []
    for story in work.story_spans():
        pos = story.start
        for m in [*BLANK_LINE_RE.finditer(work.text, story.start, story.end), None]:
            end = m.start() if m else story.end
            piece = work.text[pos:end]
            if piece.strip():
                start = pos + len(piece) - len(piece.lstrip())
                paragraphs.append((start, start + len(piece.strip())))
            if m:
                pos = m.end()
    work.paragraphs = [Span(a, b) for a, b in paragraphs]
    work.sentences = [Span(a, b) for a, b in split_sentences(work.text, paragraphs)]
    work.quotations = find_quotations(work.text, paragraphs)
    return work
