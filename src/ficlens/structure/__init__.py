"""The structure stage: paratext, chapters, scenes, paragraphs, sentences, quotations, declared headers, stats.

Each step lives in its own module: layout (blocks, wrapping, spans), breaks (scene breaks,
scenes), headings (chapters), headers (labelled lines and blocks), paratext (chapter starts and
ends), declared (header values into `Declared`), sentences (the one sentence splitter) and quotations
(the one quotation finder). Everything is found with
whole-text regexes and `bisect` so the stage keeps up with 1 M words/s; per-line Python work
happens only in the few blocks at chapter starts and ends where headers and notes live.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..model import Paratext, Span, Work
from ..stages import stage_version
from ..text import count_words
from .anchors import TITLE_LINES_BEFORE, anchor_blocks
from .breaks import find_breaks, scenes
from .declared import fill_declared, normalise_declared, preset_fields
from .headers import Field, is_title_like
from .headings import chapters_from_headings, find_all_headings, merge_empty_chapters
from .layout import find_blocks, is_hard_wrapped, merge, overlaps, subtract
from .paratext import front_matter, scan_chapter, scan_chapter_end
from .quotations import find_quotations
from .repeats import boundary_lines
from .sentences import split_sentences

__all__ = ["VERSION", "run", "is_hard_wrapped", "split_sentences"]

VERSION = "12"
# Paratext where a rating or pairing may be given without a label.
_NOTE_KINDS = frozenset({"summary", "author_note", "end_note", "title"})


def run(work: Work) -> Work:
    text = work.text
    n = len(text)
    wrapped = is_hard_wrapped(text)

    reader_spans = sorted((p.start, p.end) for p in work.paratext)
    reader_starts = [s for s, _ in reader_spans]
    preset = preset_fields(work.declared)

    breaks = [b for b in find_breaks(text) if not overlaps(reader_starts, reader_spans, *b)]
    headings = find_all_headings(text, wrapped)
    headings = [h for h in headings if not overlaps(reader_starts, reader_spans, h.start, h.end)]
    chapters_from_text = not work.chapters
    if chapters_from_text:
        work.chapters = chapters_from_headings(text, headings)

    blocks = find_blocks(text, wrapped)
    block_starts = [s for s, _ in blocks]
    heading_starts = {h.start for h in headings}
    break_starts = {s for s, _ in breaks}
    skip = {i for i, (s, e) in enumerate(blocks)
            if s in heading_starts or s in break_starts or overlaps(reader_starts, reader_spans, s, e)}
    break_blocks = {i for i, (s, _) in enumerate(blocks) if s in break_starts}

    known = boundary_lines(text, blocks, block_starts, work.chapters, skip, headings)
    mine: list[tuple[int, int, str]] = [(h.start, h.end, "chapter_heading") for h in headings]
    fields_found: list[Field] = []
    story_starts: list[int] = []
    for ci, chapter in enumerate(work.chapters):
        lo = bisect_left(block_starts, chapter.start)
        hi = bisect_left(block_starts, chapter.end)
        head, first_story = scan_chapter(text, blocks, lo, hi, skip, break_blocks, ci == 0, known)
        if ci == 0 and chapters_from_text and chapter.title is None and len(work.chapters) > 1:
            extra, first_story = front_matter(text, blocks, first_story, hi, skip, work.chapters[1].number, bool(head))
            head.extend(extra)
        story_starts.append(max(first_story, lo))
        tail = scan_chapter_end(text, blocks, story_starts[-1], hi, skip, known)
        fields_found.extend(head)
        fields_found.extend(reversed(tail))
    fields_found.extend(_unmarked_boundaries(text, blocks, block_starts, story_starts, skip, break_blocks, known,
                                             fields_found))
    for f in fields_found:
        mine.append((f.start, f.end, f.kind))
    notes = [text[f.start : f.end] for f in fields_found if f.kind in _NOTE_KINDS]
    fill_declared(work.declared, [f for f in fields_found if f.name], preset, notes)
    normalise_declared(work.declared)

    paratext = list(work.paratext)
    last_end = -1
    for s, e, kind in sorted(mine, key=lambda m: (m[0], -m[1])):
        if e > s and s >= last_end and not overlaps(reader_starts, reader_spans, s, e):
            paratext.append(Paratext(s, e, kind))
            last_end = e
    paratext.sort(key=lambda p: (p.start, p.end))
    work.paratext = paratext

    cuts = merge([(p.start, p.end) for p in paratext] + breaks)
    paragraphs = subtract(text, blocks, cuts)
    work.paragraphs = [Span(s, e) for s, e in paragraphs]
    sentences = split_sentences(text, paragraphs)
    work.sentences = [Span(s, e) for s, e in sentences]
    work.quotations = find_quotations(text, paragraphs)
    if chapters_from_text:
        merge_empty_chapters(work.chapters, paragraphs)
    work.scenes = scenes(work.chapters, breaks, paragraphs)

    story = subtract(text, [(0, n)], cuts) if n else []
    work.stats.words = sum(count_words(text, s, e) for s, e in story)
    work.stats.chapters = len(work.chapters)
    work.stats.scenes = len(work.scenes)
    work.stats.paragraphs = len(paragraphs)
    work.stats.sentences = len(sentences)
    return work


def _unmarked_boundaries(text: str, blocks: list[tuple[int, int]], block_starts: list[int], story_starts: list[int],
                         skip: set[int], break_blocks: set[int], known: dict[str, str], found: list[Field]) -> list[Field]:
    """Paratext around the chapter boundaries a note's or a disclaimer's label marks inside a
    chapter's story (see anchors; `story_starts`: each chapter's first story block): the end of
    what came before, then a chapter's start from the title-like lines before the label on."""
    taken = sorted((f.start, f.end) for f in found)
    taken_starts = [s for s, _ in taken]
    fields: list[Field] = []
    previous = -1
    for k in anchor_blocks(text, block_starts, skip):
        ci = bisect_right(story_starts, k) - 1
        if ci < 0 or k <= previous or overlaps(taken_starts, taken, *blocks[k]):
            continue
        lo = max(story_starts[ci], previous)
        hi = story_starts[ci + 1] if ci + 1 < len(story_starts) else len(blocks)
        boundary = k
        while boundary - 1 > lo and k - boundary < TITLE_LINES_BEFORE and boundary - 1 not in skip \
                and is_title_like(text[blocks[boundary - 1][0] : blocks[boundary - 1][1]].rstrip("?!")):
            boundary -= 1
        fields.extend(reversed(scan_chapter_end(text, blocks, lo, boundary, skip, known)))
        head, previous = scan_chapter(text, blocks, boundary, hi, skip, break_blocks, False, known)
        fields.extend(head)
    return fields


class StructureStage:
    """Paratext, chapters, scenes, paragraphs, sentences, declared headers and counts; no models."""

    name = "structure"
    requires: tuple[str, ...] = ()
    provides = ("paratext", "chapters", "scenes", "paragraphs", "sentences", "quotations")
    languages = None
    version = stage_version(VERSION)

    def __call__(self, work: Work) -> Work:
        return run(work)
