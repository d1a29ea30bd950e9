"""`ficlens calibre-tags`: ficlens's detected labels written into a calibre custom column.

Every write goes through calibre's own `calibredb` (`add_custom_column`, `set_custom`), never into
metadata.db, which ficlens only reads. The labels come from the ficlens library, where
`ficlens add --calibre` stored each book under its calibre id; books whose column already holds
exactly these labels are left alone, so a second run changes nothing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from dataclasses import dataclass, field

from .calibre import OWN_COLUMN_PREFIX, CalibreError, connect, database_error, external_prefix, read_library
from .storage import Library

DEFAULT_COLUMN = "ficlens"
CALIBREDB_TIMEOUT_SECONDS = 300
# calibredb refuses to run while another calibre program holds calibre's per-user lock (the calibre
# window, calibre-server, or another calibredb a moment earlier): wait this long for it, then give up.
CALIBRE_BUSY_WAIT_SECONDS = 30
CALIBRE_BUSY_MESSAGE = "Another calibre program"
_LABEL_RE = re.compile(rf"^{OWN_COLUMN_PREFIX}[a-z0-9_]*$")
# The blurb's detected fields, in the order their labels are written.
DETECTED_FIELDS = ("rating", "warnings", "categories", "fandoms", "relationships", "characters", "additional_tags")


@dataclass
class TagPlan:
    """What a run does (or, with --dry-run, would do)."""

    create_column: bool = False
    changes: list[tuple[int, str, list[str]]] = field(default_factory=list)  # (book id, title, labels)
    unchanged: int = 0
    not_analysed: list[int] = field(default_factory=list)


def detected_labels(blurb: dict) -> list[str]:
    """A work's detected labels, deduplicated; commas become ';' (calibre splits tag-like values on commas)."""
    detected = blurb.get("detected") or {}
    labels: list[str] = []
    seen: set[str] = set()
    for name in DETECTED_FIELDS:
        values = detected.get(name)
        for value in [values] if isinstance(values, str) else values or []:
            label = " ".join(str(value).replace(",", ";").split())
            if label and label.lower() not in seen:
                seen.add(label.lower())
                labels.append(label)
    return labels


def plan(library: Library, library_dir: str, column: str) -> TagPlan:
    """Compare the ficlens library's detected labels with the column's current values (read-only)."""
    if not _LABEL_RE.match(column):
        raise CalibreError(None, f"--column {column!r}: a lookup name starting with '{OWN_COLUMN_PREFIX}', "
                                 "in lower-case letters, digits and '_' (so ficlens never reads it back as declared)")
    books = read_library(library_dir)
    current, exists = _column_values(library_dir, column)
    result = TagPlan(create_column=not exists)
    if not books:
        return result
    stored = library.external_blurbs(external_prefix(books[0].library_uuid))
    for book in books:
        blurb = stored.get(book.external_id)
        if blurb is None:
            result.not_analysed.append(book.id)
            continue
        labels = detected_labels(blurb)
        if sorted(map(str.lower, labels)) == sorted(map(str.lower, current.get(book.id, []))):
            result.unchanged += 1
        else:
            result.changes.append((book.id, book.title, labels))
    return result


def _column_values(library_dir: str, column: str) -> tuple[dict[int, list[str]], bool]:
    """The column's values per book, and whether it exists; refuses a column that is not tag-like text."""
    import sqlite3

    c = connect(library_dir)
    try:
        row = c.execute(
            "SELECT id, datatype, is_multiple FROM custom_columns WHERE label = ? AND mark_for_delete = 0", [column]
        ).fetchone()
        if row is None:
            return {}, False
        column_id, datatype, is_multiple = row
        if datatype != "text" or not is_multiple:
            raise CalibreError(library_dir, f"custom column #{column} exists but is not a tag-like text column "
                                            f"(it is {datatype}{', multiple' if is_multiple else ''}); choose another --column")
        values: dict[int, list[str]] = {}
        for book_id, value in c.execute(
            f"SELECT l.book, v.value FROM books_custom_column_{int(column_id)}_link l "
            f"JOIN custom_column_{int(column_id)} v ON v.id = l.value"
        ):
            values.setdefault(book_id, []).append(value)
        return values, True
    except sqlite3.Error as exc:
        raise database_error(library_dir, exc) from None
    finally:
        c.close()


def calibredb_path() -> str:
    path = shutil.which("calibredb")
    if path is None:
        raise CalibreError(None, "calibredb not found: install calibre (Debian/Ubuntu: apt-get install calibre)")
    return path


def calibredb(library_dir: str, *args: str) -> str:
    """Run one calibredb command on the library (waiting while another calibre program runs); its failure
    becomes a one-line error."""
    deadline = time.monotonic() + CALIBRE_BUSY_WAIT_SECONDS
    while True:
        try:
            done = subprocess.run(
                [calibredb_path(), "--library-path", library_dir, *args], capture_output=True, text=True,
                timeout=CALIBREDB_TIMEOUT_SECONDS,
            )
        except subprocess.TimeoutExpired:
            raise CalibreError(library_dir, f"calibredb {args[0]} did not finish in {CALIBREDB_TIMEOUT_SECONDS} s") from None
        busy = done.returncode != 0 and CALIBRE_BUSY_MESSAGE in done.stderr + done.stdout
        if not busy or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    if busy:
        raise CalibreError(library_dir, f"calibre is running (the calibre window, calibre-server or calibredb); "
                                        f"close it and run again (waited {CALIBRE_BUSY_WAIT_SECONDS} s)")
    if done.returncode != 0:
        lines = [line.strip() for line in (done.stderr or done.stdout).splitlines() if line.strip()]
        raise CalibreError(library_dir, f"calibredb {args[0]} failed: {lines[-1] if lines else done.returncode}")
    return done.stdout


def apply(library_dir: str, column: str, tag_plan: TagPlan) -> None:
    """Create the column if needed, then set each changed book's labels (one calibredb call per book)."""
    if tag_plan.create_column:
        calibredb(library_dir, "add_custom_column", "--is-multiple", column, "ficlens detected labels", "text")
    for book_id, _title, labels in tag_plan.changes:
        calibredb(library_dir, "set_custom", column, str(book_id), ",".join(labels))
