"""Batch inputs, streamed lazily: files of works, folders of them, JSON Lines and Parquet collections.

Each work becomes an `Item` with a stable id, the key that makes a batch resumable:
a file's path as given; ``PATH#LINE`` (1-based) for a JSON Lines record; ``PATH#ROW``
(0-based) for a Parquet row; or the record's own id when ``id_field`` is given.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from typing import NamedTuple

from ..pipeline import iter_inputs

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
PARQUET_SUFFIXES = (".parquet", ".pq")
PARQUET_READ_ROWS = 256


class Item(NamedTuple):
    """One work to analyse: a file to read, text already in memory, or an input error to record.
    `size` estimates its text in characters (a file's size in bytes), to size the chunks."""

    id: str
    path: str | None = None
    text: str | None = None
    error_type: str | None = None
    error: str | None = None
    size: int = 0


def is_jsonl(path: str) -> bool:
    return path.lower().endswith(JSONL_SUFFIXES)


def is_parquet(path: str) -> bool:
    """A Parquet file, or a folder of part files named like one (e.g. a previous batch's output)."""
    return path.lower().rstrip("/").endswith(PARQUET_SUFFIXES)


def expand(inputs: list[str]) -> list[str]:
    """Files in order: folders walked sorted (a folder named *.parquet is one Parquet collection)."""
    out: list[str] = []
    for p in inputs:
        if os.path.isdir(p) and is_parquet(p):
            out.append(p)
        else:
            out.extend(iter_inputs([p]))
    return out


def count_items(files: list[str]) -> int | None:
    """How many works the inputs hold, when that is cheap to know (None when a JSON Lines file is among them)."""
    total = 0
    for f in files:
        if is_jsonl(f):
            return None
        if is_parquet(f):
            try:
                import pyarrow.dataset as ds

                total += ds.dataset(f, format="parquet").count_rows()
            except Exception:
                total += 1
        else:
            total += 1
    return total


def iter_items(files: list[str], text_field: str = "text", id_field: str | None = None) -> Iterator[Item]:
    """Every work of the expanded inputs, one at a time (collections are read record by record)."""
    for f in files:
        if is_jsonl(f):
            yield from _jsonl_items(f, text_field, id_field)
        elif is_parquet(f):
            yield from _parquet_items(f, text_field, id_field)
        else:
            yield Item(id=f, path=f, size=file_size(f))


def _record_item(default_id: str, record, text_field: str, id_field: str | None) -> Item:
    if not isinstance(record, dict):
        return Item(default_id, error_type="bad_record", error="record is not a JSON object")
    item_id = default_id
    if id_field:
        value = record.get(id_field)
        if value is None or value == "":
            return Item(default_id, error_type="bad_record", error=f"no field '{id_field}' in the record")
        item_id = str(value)
    text = record.get(text_field)
    if not isinstance(text, str):
        reason = f"no text field '{text_field}'" if text is None else f"field '{text_field}' is not a string"
        return Item(item_id, error_type="bad_record", error=reason)
    if not text.strip():
        return Item(item_id, error_type="empty", error=f"field '{text_field}' is empty")
    return Item(item_id, text=text, size=len(text))


def file_size(path: str) -> int:
    """Bytes on disk, 0 when the file cannot be read (the reader then says why)."""
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _jsonl_items(path: str, text_field: str, id_field: str | None) -> Iterator[Item]:
    opener = gzip.open if path.lower().endswith(".gz") else open
    try:
        fh = opener(path, "rb")
    except OSError as exc:
        yield Item(path, error_type="unreadable", error=f"cannot open file ({exc.strerror or exc})")
        return
    with fh:
        line_no = 0
        try:
            for raw in fh:
                line_no += 1
                if not raw.strip():
                    continue
                default_id = f"{path}#{line_no}"
                try:
                    record = json.loads(raw)
                except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                    yield Item(default_id, error_type="bad_record", error=f"not valid JSON ({exc})")
                    continue
                yield _record_item(default_id, record, text_field, id_field)
        except (OSError, EOFError) as exc:  # truncated or corrupt gzip
            yield Item(f"{path}#{line_no + 1}", error_type="unreadable", error=f"cannot read on: {exc}")


def _parquet_items(path: str, text_field: str, id_field: str | None) -> Iterator[Item]:
    import pyarrow.dataset as ds

    try:
        dataset = ds.dataset(path, format="parquet")
        names = dataset.schema.names
    except Exception as exc:
        yield Item(path, error_type="unreadable", error=f"not a readable Parquet file ({exc})")
        return
    missing = [f for f in (text_field, id_field) if f and f not in names]
    if missing:
        yield Item(path, error_type="bad_record", error=f"no column '{missing[0]}' (columns: {', '.join(names)})")
        return
    columns = [text_field] + ([id_field] if id_field and id_field != text_field else [])
    row = 0
    try:
        for batch in dataset.to_batches(columns=columns, batch_size=PARQUET_READ_ROWS):
            for record in batch.to_pylist():
                yield _record_item(f"{path}#{row}", record, text_field, id_field)
                row += 1
    except Exception as exc:
        yield Item(f"{path}#{row}", error_type="unreadable", error=f"cannot read on: {exc}")
