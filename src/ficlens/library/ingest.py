"""Filling the library: `add` (analyse and store, resumable; files or calibre libraries) and `reindex`
(re-analyse stale works)."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from ..errors import FiclensError
from ..model import Work
from .storage import Library

if TYPE_CHECKING:
    from ..pipeline import Pipeline

PROGRESS_MIN_ITEMS = 5


@dataclass
class Report:
    added: int = 0
    skipped: int = 0
    failed: int = 0
    updated: int = 0


def file_sha256(path: str) -> str | None:
    """The file's content hash (what the readers store in `source.sha256`), or None if it cannot be read."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    except OSError:
        return None
    return h.hexdigest()


def _progress(total: int, description: str):
    """A progress bar on stderr for long runs at a terminal; silent otherwise."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    return Progress(
        TextColumn(description), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=console, transient=True, disable=total < PROGRESS_MIN_ITEMS or not console.is_terminal,
    )


def add_paths(library: Library, paths: Iterable[str], on_error: Callable[[str], None],
              pipeline: Pipeline | None = None, report: Report | None = None) -> Report:
    """Analyse and store each file; files whose hash is stored are skipped before any analysis.
    A folder holding a calibre library (metadata.db) is added as one (`add_calibre`)."""
    from ..pipeline import default_pipeline, iter_inputs
    from .calibre import is_calibre_library

    pipeline = pipeline or default_pipeline()
    report = report or Report()
    files: list[str] = []
    for path in paths:
        if is_calibre_library(path):
            add_files(library, files, on_error, pipeline, report)
            files = []
            add_calibre(library, path, on_error, pipeline, report)
        else:
            files.extend(iter_inputs([path]))
    add_files(library, files, on_error, pipeline, report)
    return report


def add_files(library: Library, inputs: list[str], on_error: Callable[[str], None], pipeline: Pipeline,
              report: Report) -> None:
    """Analyse and store files, counting into `report`."""
    with _progress(len(inputs), "adding") as progress:
        task = progress.add_task("add", total=len(inputs))
        for path in inputs:
            progress.advance(task)
            sha = file_sha256(path) if os.path.isfile(path) else None
            if sha and library.has(sha) is not None:
                report.skipped += 1
                continue
            try:
                work = pipeline.analyze(Path(path))
                _, added = library.add(work)
            except FiclensError as exc:
                report.failed += 1
                on_error(str(exc))
                continue
            if added:
                report.added += 1
            else:
                report.skipped += 1


def add_calibre(library: Library, library_dir: str, on_error: Callable[[str], None],
                pipeline: Pipeline | None = None, report: Report | None = None) -> Report:
    """Store every book of a calibre library once, under its calibre id: a book already stored with the same
    file and the same declared labels is skipped before analysis; one whose file or calibre metadata changed
    is re-analysed and replaced (same ficlens id). A library that cannot be read fails as a whole."""
    from ..pipeline import default_pipeline
    from .calibre import read_book, read_library

    pipeline = pipeline or default_pipeline()
    report = report or Report()
    try:
        books = read_library(library_dir)
    except FiclensError as exc:
        report.failed += 1
        on_error(str(exc))
        return report
    with _progress(len(books), "adding calibre books") as progress:
        task = progress.add_task("add", total=len(books))
        for book in books:
            progress.advance(task)
            try:
                work = read_book(book, library_dir)
                stored_id = _stored_as(library, work)
                if stored_id is not None and _unchanged(library, stored_id, work):
                    report.skipped += 1
                    continue
                work = pipeline.run(work)
                if stored_id is None:
                    _, added = library.add(work)
                    report.added += int(added)
                    report.skipped += int(not added)
                else:
                    library.replace(stored_id, work)
                    report.updated += 1
            except FiclensError as exc:
                report.failed += 1
                on_error(str(exc))
    return report


def _stored_as(library: Library, work: Work) -> int | None:
    """The id this calibre book is stored under: by its calibre id, else (added before as a plain file) by
    its file's hash when that work belongs to no other book."""
    stored = library.by_external_id(work.source.external_id or "")
    if stored is not None:
        return stored[0]
    same_file = library.has(work.source.sha256)
    if same_file is not None:
        document = library.get_document(same_file) or {}
        if not document.get("work", {}).get("source", {}).get("external_id"):
            return same_file
    return None


def _unchanged(library: Library, work_id: int, work: Work) -> bool:
    """Whether the stored work has this file, this calibre id and these declared labels."""
    document = (library.get_document(work_id) or {}).get("work", {})
    fresh = work.to_dict()
    return (document.get("source", {}).get("sha256") == fresh["source"]["sha256"]
            and document.get("source", {}).get("external_id") == fresh["source"]["external_id"]
            and document.get("declared") == fresh["declared"])


def reanalyse(stored: Work, path: str | None, pipeline: Pipeline) -> Work:
    """From the original file when it is unchanged (full reader metadata), else from the stored text;
    a calibre book always from the stored text, whose declared labels hold calibre's metadata."""
    if path and not stored.source.external_id and os.path.isfile(path) and file_sha256(path) == stored.source.sha256:
        return pipeline.analyze(Path(path))
    fresh = Work(
        text=stored.text, source=stored.source, declared=stored.declared,
        paratext=stored.paratext, chapters=stored.chapters,
    )
    return pipeline.run(fresh)


def reindex_library(library: Library, force: bool, on_error: Callable[[str], None], pipeline: Pipeline | None = None) -> Report:
    """Re-analyse every work whose recorded versions (ficlens and each stage's code and models)
    differ from those the pipeline would record now."""
    from ..pipeline import default_pipeline

    pipeline = pipeline or default_pipeline()
    report = Report()
    stale = [(i, p) for i, versions, p, _ in library.pipelines() if force or not pipeline.is_current(versions)]
    report.skipped = library.count() - len(stale)
    with _progress(len(stale), "reindexing") as progress:
        task = progress.add_task("reindex", total=len(stale))
        for work_id, path in stale:
            progress.advance(task)
            stored = library.get(work_id)
            if stored is None:
                continue
            try:
                work = reanalyse(stored, path, pipeline)
                library.replace(work_id, work)
            except FiclensError as exc:
                report.failed += 1
                on_error(str(exc))
                continue
            report.added += 1
    return report
