"""Filling the library: `add` (analyse and store, resumable) and `reindex` (re-analyse stale works)."""

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


def add_paths(library: Library, paths: Iterable[str], on_error: Callable[[str], None], pipeline: Pipeline | None = None) -> Report:
    """Analyse and store each file; files whose hash is stored are skipped before any analysis."""
    from ..pipeline import default_pipeline, iter_inputs

    pipeline = pipeline or default_pipeline()
    inputs = iter_inputs(list(paths))
    report = Report()
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
    return report


def reanalyse(stored: Work, path: str | None, pipeline: Pipeline) -> Work:
    """From the original file when it is unchanged (full reader metadata), else from the stored text."""
    if path and os.path.isfile(path) and file_sha256(path) == stored.source.sha256:
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
    now = pipeline.versions()
    report = Report()
    stale = [(i, p) for i, versions, p, _ in library.pipelines() if force or versions != now]
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
