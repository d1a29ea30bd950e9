"""Chunks of works for the workers, sized by words and by the number of workers.

A chunk is what one worker analyses at a time and what is written at once. Sized by a count of
works, ten novels made one chunk for one worker; sized by text, each chunk holds a share of the text
still to send (guided scheduling: CHUNKS_PER_WORKER chunks per worker of what remains), so a big
work goes alone, small works go together, and the chunks shrink towards the end. The inputs are
read largest first (`largest_first`): the long works start early, the short ones fill the end, and
no worker is left alone with a long tail.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator

from .inputs import Item, file_size, is_jsonl, is_parquet

# Chunks per worker: enough for the last ones to even out the workers' finishing times.
CHUNKS_PER_WORKER = 4
# At most ~350,000 words (about 15 s of one core) per chunk: bounds what a chunk's rows hold in
# memory and what a killed batch loses; and at most this many works.
MAX_CHUNK_CHARS = 2_000_000
MAX_CHUNK_WORKS = 1_000


def input_size(path: str) -> int:
    """A file's size in bytes (a Parquet folder: its part files'), 0 when it cannot be read."""
    if not os.path.isdir(path):
        return file_size(path)
    try:
        return sum(e.stat().st_size for e in os.scandir(path) if e.is_file() and not e.name.startswith("."))
    except OSError:
        return 0


def largest_first(files: list[str]) -> list[str]:
    """Works and collections by decreasing size (ties in the order given)."""
    return sorted(files, key=input_size, reverse=True)


def estimated_chars(files: list[str], done_ids: set[str]) -> int:
    """The text still to analyse, estimated from sizes on disk (a finished work file counts nothing)."""
    return sum(input_size(f) for f in files if is_jsonl(f) or is_parquet(f) or f not in done_ids)


def chunk_target(remaining_chars: int, workers: int) -> int:
    """Characters of text for the next chunk: what remains shared into CHUNKS_PER_WORKER chunks per worker."""
    return max(1, min(MAX_CHUNK_CHARS, remaining_chars // (max(1, workers) * CHUNKS_PER_WORKER)))


def sized_chunks(items: Iterable[Item], done_ids: set[str], total_chars: int, target: Callable[[int], int],
                 max_works: int = MAX_CHUNK_WORKS, on_skip: Callable[[Item], None] = lambda item: None,
                 ) -> Iterator[list[Item]]:
    """Items not done yet (nor seen earlier in this run), grouped until the next would pass
    `target(characters still to send)` characters or `max_works` works. `target` is asked as each
    chunk starts (so, for the first, once the engine knows its workers)."""
    chunk: list[Item] = []
    chars = 0
    sent = 0
    limit = 0
    for item in items:
        if item.id in done_ids:
            on_skip(item)
            continue
        done_ids.add(item.id)
        if chunk and (chars + item.size > limit or len(chunk) >= max_works):
            yield chunk
            sent += chars
            chunk, chars = [], 0
        if not chunk:
            limit = target(max(0, total_chars - sent))
        chunk.append(item)
        chars += item.size
    if chunk:
        yield chunk
