"""Batch outputs that survive being killed at any instant, and know which works they already hold.

Parquet: a folder of ``part-NNNNN.parquet`` files, each written under a hidden temporary
name, fsynced, then atomically renamed; a reader never sees a partial part (readers skip
names starting with '.'). JSON Lines: each chunk appended in one write and fsynced; a
torn last line (no newline) is cut off when the batch resumes, and ignored by `iter_rows`.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
from collections.abc import Iterator
from json.decoder import scanstring

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import FiclensError

_strings = pa.list_(pa.string())
ROW_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("source_path", pa.string()),
        ("format", pa.string()),
        ("sha256", pa.string()),
        ("title", pa.string()),
        ("authors", _strings),
        ("rating", pa.string()),
        ("warnings", _strings),
        ("categories", _strings),
        ("fandoms", _strings),
        ("relationships", _strings),
        ("language", pa.string()),
        ("words", pa.int64()),
        ("chapters", pa.int64()),
        ("quotes", pa.int64()),
        ("characters", pa.int64()),
        ("detected_rating", pa.string()),
        ("detected_warnings", _strings),
        ("detected_fandoms", _strings),
        ("detected_relationships", _strings),
        ("detected_tags", _strings),
        ("document", pa.string()),
        ("error_type", pa.string()),
        ("error", pa.string()),
    ]
)
PART_RE = re.compile(r"^part-(\d+)\.parquet$")
JSONL_ID_PREFIX = '{"id":"'


class OutputError(FiclensError):
    """The batch output cannot be opened or written."""

    type = "output_error"


def output_format(out: str, fmt: str | None = None) -> str:
    """'jsonl' or 'parquet': as asked, else by the output's extension (Parquet unless .jsonl/.ndjson)."""
    if fmt:
        if fmt not in ("jsonl", "parquet"):
            raise OutputError(out, f"unknown format '{fmt}'; choose jsonl or parquet")
        return fmt
    return "jsonl" if out.lower().endswith((".jsonl", ".ndjson")) else "parquet"


def _lock(fd: int, out: str) -> None:
    """Refuse a second batch writing the same output at once (it would record works twice).
    The lock dies with the process, so a killed batch never leaves it stale."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise OutputError(out, "another batch is writing this output now") from None


def _fsync_dir(path: str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class ParquetSink:
    """A folder of atomically renamed part files."""

    def __init__(self, out: str):
        self.out = out
        if os.path.exists(out) and not os.path.isdir(out):
            raise OutputError(out, "exists and is not a folder (Parquet output is a folder of part files)")
        try:
            os.makedirs(out, exist_ok=True)
        except OSError as exc:
            raise OutputError(out, f"cannot create output folder ({exc.strerror or exc})") from None
        self.lock_fd = os.open(os.path.join(out, ".lock"), os.O_RDWR | os.O_CREAT, 0o644)
        _lock(self.lock_fd, out)
        self.next_part = 0
        self.done_ids: set[str] = set()
        for name in sorted(os.listdir(out)):
            if name.startswith(".part-") and name.endswith(".tmp"):
                os.unlink(os.path.join(out, name))  # left by a killed run; its works were never recorded
                continue
            m = PART_RE.match(name)
            if not m:
                continue
            self.next_part = max(self.next_part, int(m.group(1)) + 1)
            try:
                ids = pq.read_table(os.path.join(out, name), columns=["id"]).column("id").to_pylist()
            except Exception as exc:
                os.close(self.lock_fd)
                raise OutputError(os.path.join(out, name), f"existing part is unreadable ({exc})") from None
            self.done_ids.update(ids)

    def write(self, rows: list[dict]) -> None:
        table = pa.Table.from_pylist(rows, schema=ROW_SCHEMA)
        name = f"part-{self.next_part:05d}.parquet"
        tmp = os.path.join(self.out, f".{name}.tmp")
        with open(tmp, "wb") as fh:
            pq.write_table(table, fh, compression="zstd")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, os.path.join(self.out, name))
        _fsync_dir(self.out)
        self.next_part += 1

    def close(self) -> None:
        os.close(self.lock_fd)


def _jsonl_line_id(line: bytes) -> str:
    """The id of a complete output line, read from its start without parsing the document."""
    text = line.decode("utf-8")
    if text.startswith(JSONL_ID_PREFIX):
        return scanstring(text, len(JSONL_ID_PREFIX))[0]
    return json.loads(text)["id"]


class JsonlSink:
    """One JSON object per line, appended chunk by chunk with fsync."""

    def __init__(self, out: str):
        self.out = out
        self.done_ids: set[str] = set()
        if os.path.isdir(out):
            raise OutputError(out, "is a folder (JSON Lines output is a file)")
        try:
            os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
            self.fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        except OSError as exc:
            raise OutputError(out, f"cannot open output ({exc.strerror or exc})") from None
        _lock(self.fd, out)
        complete = 0
        try:
            fh = open(out, "rb")
        except OSError as exc:
            os.close(self.fd)
            raise OutputError(out, f"cannot read existing output ({exc.strerror or exc})") from None
        with fh:
            for line in fh:
                if not line.endswith(b"\n"):
                    break  # torn by a kill mid-write: never finished, so never counted
                try:
                    self.done_ids.add(_jsonl_line_id(line))
                except (ValueError, KeyError, TypeError, UnicodeDecodeError):
                    os.close(self.fd)
                    raise OutputError(out, f"line at byte {complete} is not a batch record") from None
                complete += len(line)
        if os.fstat(self.fd).st_size > complete:
            os.ftruncate(self.fd, complete)
            os.fsync(self.fd)

    def write(self, rows: list[dict]) -> None:
        data = "".join(jsonl_line(row) for row in rows).encode("utf-8")
        view = memoryview(data)
        while view:
            written = os.write(self.fd, view)
            view = view[written:]
        os.fsync(self.fd)

    def close(self) -> None:
        os.close(self.fd)


def jsonl_line(row: dict) -> str:
    """A row as one JSON line, id first, the document spliced in as an object (not re-serialised)."""
    meta = {k: v for k, v in row.items() if k != "document"}
    document = row.get("document") or "null"
    return json.dumps(meta, ensure_ascii=False, separators=(",", ":"))[:-1] + ',"document":' + document + "}\n"


def open_sink(out: str, fmt: str | None = None) -> ParquetSink | JsonlSink:
    return JsonlSink(out) if output_format(out, fmt) == "jsonl" else ParquetSink(out)


def iter_rows(out: str, fmt: str | None = None) -> Iterator[dict]:
    """The rows a batch output holds, documents as dicts (a torn last JSON line is ignored)."""
    if output_format(out, fmt) == "jsonl":
        with open(out, "rb") as fh:
            for line in fh:
                if not line.endswith(b"\n"):
                    return
                yield json.loads(line)
        return
    for name in sorted(os.listdir(out)):
        if PART_RE.match(name):
            for row in pq.read_table(os.path.join(out, name)).to_pylist():
                row["document"] = json.loads(row["document"]) if row["document"] else None
                yield row
