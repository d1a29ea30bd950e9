"""Paratext at chapter starts and ends: header blocks, notes, credits, end marks, boilerplate."""

from __future__ import annotations

from .headers import _NOTE_OPENERS, Field, classify_block, is_title_candidate

# How far into a chapter (from either end) headers and notes are looked for, in blocks.
HEAD_SCAN_BLOCKS = 40
TAIL_SCAN_BLOCKS = 15


def scan_chapter(text: str, blocks: list[tuple[int, int]], lo: int, hi: int,
                  skip: set[int], top_of_work: bool) -> tuple[list[Field], int]:
    """Paratext at a chapter's start: header blocks, notes and credits until the first story block.

    Returns the fields and the index of the first story block."""
    fields: list[Field] = []
    i = lo
    story_seen = False
    while i < hi and i < lo + HEAD_SCAN_BLOCKS:
        if i in skip:
            i += 1
            continue
        start, end = blocks[i]
        found = classify_block(text, start, end, top_of_work and i - lo < 8)
        if found is None:
            if top_of_work and i == lo and not fields and i + 1 < hi and is_title_candidate(text, start, end):
                following = classify_block(text, *blocks[i + 1], True)
                if isinstance(following, list) and following[0].kind == "header":
                    fields.append(Field(start, end, "title", "title", text[start:end].strip("*_# \t"), "title"))
                    i += 1
                    continue
            story_seen = True
            break
        if isinstance(found, list):
            fields.extend(found)
            last = found[-1]
            if last.end < end:  # story follows the header lines in the same block
                story_seen = True
                break
            if not last.value and last.name in ("summary", "author_note", "disclaimer") and i + 1 < hi:
                value_block = blocks[i + 1]
                last.end = value_block[1]
                last.value = text[value_block[0] : value_block[1]].strip()
                i += 1
        elif found.startswith("opener:"):
            opener = found[7:]
            kind = "summary" if opener == "summary" else "disclaimer" if opener == "disclaimer" else "author_note"
            fields.append(Field(start, end, "boilerplate" if opener in _NOTE_OPENERS else kind, "", "", opener))
            body_end = _note_body_end(text, blocks, i + 1, hi) if opener in _NOTE_OPENERS else min(i + 2, hi)
            for j in range(i + 1, body_end):
                if j not in skip:
                    fields.append(Field(*blocks[j], kind, kind, text[blocks[j][0] : blocks[j][1]].strip(), opener))
            i = body_end
            continue
        else:
            fields.append(Field(start, end, found))
        i += 1
    return fields, (i if story_seen or i < hi else hi)


def _note_body_end(text: str, blocks: list[tuple[int, int]], i: int, hi: int) -> int:
    """End of an AO3 'Notes' body: the 'Chapter Text' marker if one follows soon, else one block."""
    for j in range(i, min(hi, i + 12)):
        if text[blocks[j][0] : blocks[j][1]].strip().lower() == "chapter text":
            return j
    return min(i + 1, hi)



def scan_chapter_end(text: str, blocks: list[tuple[int, int]], lo: int, hi: int, skip: set[int]) -> list[Field]:
    """Paratext at a chapter's end: notes, review requests, end marks, credits, boilerplate."""
    fields: list[Field] = []
    i = hi - 1
    while i >= lo and i >= hi - TAIL_SCAN_BLOCKS:
        if i in skip:
            i -= 1
            continue
        start, end = blocks[i]
        found = classify_block(text, start, end, False)
        if found is None:
            opener = _note_opener_before(text, blocks, i, lo, skip)
            if opener is None:
                break
            for j in range(opener + 1, i + 1):
                if j not in skip:
                    fields.append(Field(*blocks[j], "author_note", "author_note",
                                         text[blocks[j][0] : blocks[j][1]].strip(), "a/n"))
            i = opener
            continue
        if isinstance(found, list):
            if found[-1].end < end:
                break
            fields.extend(found)
        elif found.startswith("opener:"):
            fields.append(Field(start, end, "boilerplate" if found[7:] in _NOTE_OPENERS else "author_note"))
        else:
            fields.append(Field(start, end, found))
        i -= 1
    return fields


def _note_opener_before(text: str, blocks: list[tuple[int, int]], i: int, lo: int, skip: set[int]) -> int | None:
    """Index of an author's-note opener a few blocks before block i, if the blocks between are its body."""
    for j in range(i - 1, max(lo, i - 4) - 1, -1):
        if j in skip:
            return None
        found = classify_block(text, *blocks[j], False)
        if isinstance(found, str) and found.startswith("opener:") and found[7:] != "summary":
            return j
        if isinstance(found, list) and found[-1].kind == "author_note":
            return j
        if found is not None:
            return None
    return None


