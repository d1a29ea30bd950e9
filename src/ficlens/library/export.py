"""Export the library: JSON lines of full documents, or one flat row per work as CSV or Parquet."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Any, Iterator

from ..errors import FiclensError
from .storage import Library

FORMATS = ("jsonl", "csv", "parquet")
FLAT_COLUMNS = (
    "id", "sha256", "added_at", "title", "authors", "summary", "rating", "warnings", "categories", "fandoms",
    "relationships", "characters", "additional_tags", "language", "words", "chapters", "complete",
    "detected_rating", "detected_warnings", "detected_fandoms", "detected_additional_tags",
)
LIST_SEPARATOR = ", "


def flat_row(work_id: int, sha: str, added: str, blurb: dict[str, Any], doc: dict[str, Any]) -> dict[str, Any]:
    det = blurb.get("detected") or {}
    row: dict[str, Any] = {"id": work_id, "sha256": sha, "added_at": added}
    for key in ("title", "summary", "rating", "language", "words", "chapters", "complete"):
        row[key] = blurb.get(key)
    for key in ("authors", "warnings", "categories", "fandoms", "relationships", "characters", "additional_tags"):
        row[key] = LIST_SEPARATOR.join(blurb.get(key) or [])
    row["detected_rating"] = det.get("rating")
    for key in ("warnings", "fandoms", "additional_tags"):
        row[f"detected_{key}"] = LIST_SEPARATOR.join(det.get(key) or [])
    if "text" in doc:
        row["text"] = doc["text"]
    return row


def export_library(library: Library, out: Path, fmt: str, include_text: bool = False) -> int:
    """Write every work to `out` (via a temp file renamed at the end, so a failed export leaves no half file)."""
    out = Path(out)
    tmp = out.with_name(f".{out.name}.part")
    rows = library.iter_rows(include_text=include_text)
    try:
        if fmt == "jsonl":
            n = _write_jsonl(rows, tmp)
        elif fmt == "csv":
            n = _write_csv(rows, tmp, include_text)
        elif fmt == "parquet":
            n = _write_parquet(rows, tmp, include_text)
        else:
            raise FiclensError(str(out), f"unknown export format {fmt!r}")
        os.replace(tmp, out)
    except OSError as exc:
        raise FiclensError(str(out), f"cannot write the export ({exc.strerror or exc})") from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return n


def _write_jsonl(rows: Iterator, path: Path) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for work_id, sha, added, _blurb, doc in rows:
            fh.write(json.dumps({"id": work_id, "added_at": added, "work": doc}, ensure_ascii=False) + "\n")
            n += 1
    return n


def _write_csv(rows: Iterator, path: Path, include_text: bool) -> int:
    columns = list(FLAT_COLUMNS) + (["text"] if include_text else [])
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns)
        writer.writeheader()
        for r in rows:
            writer.writerow(flat_row(*r))
            n += 1
    return n


def _write_parquet(rows: Iterator, path: Path, include_text: bool) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = list(FLAT_COLUMNS) + (["text"] if include_text else [])
    types = {"id": pa.int64(), "words": pa.int64(), "complete": pa.bool_()}
    schema = pa.schema([(c, types.get(c, pa.string())) for c in columns])
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict[str, Any]] = []
        for r in rows:
            batch.append(flat_row(*r))
            n += 1
            if len(batch) >= 500:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return n
