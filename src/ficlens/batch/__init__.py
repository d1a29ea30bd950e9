"""Corpus-scale analysis: `ficlens batch INPUT... --out OUT`, locally or on a Dask cluster.

Works stream from the inputs, largest first, in chunks sized by words and by the number of workers
(`chunks.py`; or of `batch_size` works when asked); each finished chunk is written at once (one
Parquet part file, or one fsynced JSON Lines append), so a killed batch keeps every finished work
exactly once and a re-run skips them. Memory depends on the chunk size, not the corpus size (except
for the set of done ids, a few dozen bytes per work).
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import FiclensError
from ..pipeline import DEFAULT_MAX_WORDS, MAX_WORDS_HELP, PipelineSpec
from .chunks import MAX_CHUNK_WORKS, chunk_target, estimated_chars, largest_first, sized_chunks
from .inputs import count_items, expand, iter_items
from .sinks import OutputError, iter_rows, open_sink, output_format

__all__ = ["run_batch", "BatchSummary", "OutputError", "iter_rows", "register"]


@dataclass
class BatchSummary:
    """What one run did: counts, words, wall time and the workers' memory high-water marks."""

    out: str
    format: str
    done: int = 0
    failed: int = 0
    skipped: int = 0
    words: int = 0
    seconds: float = 0.0
    worker_cpu_seconds: float = 0.0
    worker_cpu_by_pid: dict[int, float] = field(default_factory=dict)
    worker_peak_rss: dict[int, int] = field(default_factory=dict)

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    @property
    def max_worker_peak_rss(self) -> int:
        return max(self.worker_peak_rss.values(), default=0)


def _without_output(files: list[str], out: str) -> list[str]:
    """The inputs minus the output itself (e.g. `ficlens batch . --out ./analysis.jsonl`)."""
    out_real = os.path.realpath(out)
    return [f for f in files if not (os.path.realpath(f) + os.sep).startswith(out_real + os.sep)]


def run_batch(
    inputs: list[str],
    out: str,
    *,
    fmt: str | None = None,
    text_field: str = "text",
    id_field: str | None = None,
    batch_size: int | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    stages: tuple[str, ...] | None = None,
    fandom_dirs: tuple[str, ...] | None = None,
    max_words: int | None = DEFAULT_MAX_WORDS,
    progress: bool = False,
) -> BatchSummary:
    """Analyse every work of `inputs` not already in `out` and append their rows to `out`.
    Chunks are sized by words and workers, or hold `batch_size` works when it is given."""
    from .engines import DaskEngine, LocalEngine

    if batch_size is not None and batch_size < 1:
        raise FiclensError(None, "--batch-size must be at least 1")
    files = largest_first(_without_output(expand([os.fspath(p) for p in inputs]), out))
    summary = BatchSummary(out=out, format=output_format(out, fmt))
    spec = PipelineSpec(stages, fandom_dirs, max_words)
    spec.check()  # an unknown stage, a bad limit or a bad pack is refused here, before any worker starts
    engine = DaskEngine(scheduler, spec) if scheduler else LocalEngine(workers, spec)
    sink = open_sink(out, fmt)
    started = time.perf_counter()
    try:
        total = count_items(files)
        chars = estimated_chars(files, sink.done_ids)
        bar = _progress_bar(progress)
        works_total = "?" if total is None else f"{max(0, total - len(sink.done_ids)):,}"
        task = bar.add_task("analysing", total=chars or None, works=f"0/{works_total} works", words="")
        with bar:

            def target(remaining: int) -> int:  # asked as each chunk starts, once the engine knows its workers
                return chunk_target(remaining, engine.workers) if batch_size is None else sys.maxsize

            def skip(_item) -> None:
                summary.skipped += 1

            chunks = sized_chunks(iter_items(files, text_field, id_field), sink.done_ids, chars, target,
                                  batch_size or MAX_CHUNK_WORKS, on_skip=skip)
            for chunk, result in engine.run(chunks):
                rows = result["rows"]
                sink.write(rows)
                failed = sum(1 for r in rows if r["error_type"])
                summary.done += len(rows) - failed
                summary.failed += failed
                summary.words += sum(r["words"] or 0 for r in rows)
                summary.worker_cpu_seconds += result["cpu_seconds"]
                if result["pid"] is not None:
                    pid = result["pid"]
                    summary.worker_peak_rss[pid] = max(summary.worker_peak_rss.get(pid, 0), result["peak_rss"])
                    summary.worker_cpu_by_pid[pid] = summary.worker_cpu_by_pid.get(pid, 0.0) + result["cpu_seconds"]
                summary.seconds = time.perf_counter() - started
                bar.update(task, advance=sum(item.size for item in chunk),
                           works=f"{summary.done + summary.failed:,}/{works_total} works",
                           words=f"{summary.words:,} words, {summary.words_per_second:,.0f} words/s")
    finally:
        sink.close()
        summary.seconds = time.perf_counter() - started
    return summary


def _progress_bar(enabled: bool):
    """The bar fills with the text analysed (a novel moves it more than a drabble); beside it, works
    and words done and the words per second so far."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[works]}"),
        TextColumn("{task.fields[words]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        disable=not enabled,
        transient=True,
    )


def register(app: typer.Typer) -> None:
    """Add the `batch` command to the `ficlens` app."""

    @app.command()
    def batch(
        inputs: List[Path] = typer.Argument(
            ..., help="Works (.txt, .html, .epub), folders of them, JSON Lines (.jsonl[.gz]) or Parquet files.",
            show_default=False,
        ),
        out: Path = typer.Option(..., "--out", "-o", help="Output: a .jsonl file, or a Parquet folder of part files."),
        fmt: Optional[str] = typer.Option(None, "--format", help="jsonl or parquet (default: from --out's extension)."),
        text_field: str = typer.Option("text", "--text-field", help="Field holding the text in JSON Lines/Parquet."),
        id_field: Optional[str] = typer.Option(
            None, "--id-field", help="Field holding a work's id (default: PATH#LINE or PATH#ROW)."
        ),
        batch_size: Optional[int] = typer.Option(
            None, "--batch-size", help="Works per chunk sent to a worker and written at once "
            "(default: chunks sized by words and workers: a long work alone, short works together).",
        ),
        workers: Optional[int] = typer.Option(
            None, "--workers", help="Local worker processes (default: number of cores)."
        ),
        scheduler: Optional[str] = typer.Option(
            None, "--scheduler", help="Run on a Dask cluster: tcp://HOST:PORT of its scheduler."
        ),
        stages: Optional[str] = typer.Option(None, "--stages", help="Comma-separated stages to run (default: all)."),
        fandom_packs: List[Path] = typer.Option(
            [], "--fandoms", help="A folder of your own fandom packs (repeatable; also FICLENS_FANDOMS). See docs/packs.md.",
            file_okay=False, exists=True,
        ),
        max_words: int = typer.Option(DEFAULT_MAX_WORDS, "--max-words", help=MAX_WORDS_HELP),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    ) -> None:
        """Analyse a corpus into one row per work (metadata columns + the ficlens.work/1 document).

        Works that fail are recorded with their error; the batch goes on.
        Re-running the same command skips the works already in OUT, so an interrupted batch resumes.
        """
        from ..console import fail_line
        from ..pipeline import STAGES, unknown_stages

        chosen = tuple(s.strip() for s in stages.split(",") if s.strip()) if stages else None
        unknown = unknown_stages(chosen or ())
        if unknown:
            fail_line(f"unknown stage {', '.join(unknown)}; choose from {', '.join(STAGES)}")
            raise typer.Exit(2)
        if workers is not None and workers < 1:
            fail_line("--workers must be at least 1")
            raise typer.Exit(2)
        try:
            summary = run_batch(
                [str(p) for p in inputs], str(out), fmt=fmt, text_field=text_field, id_field=id_field,
                batch_size=batch_size, workers=workers, scheduler=scheduler, stages=chosen,
                fandom_dirs=tuple(str(p) for p in fandom_packs) or None, max_words=max_words, progress=not quiet,
            )
        except FiclensError as exc:
            fail_line(str(exc))
            raise typer.Exit(1)
        typer.echo(
            f"ficlens batch: {summary.done + summary.failed} works analysed ({summary.failed} failed, "
            f"{summary.skipped} already done), {summary.words:,} words in {summary.seconds:.1f} s "
            f"({summary.words_per_second:,.0f} words/s) -> {summary.out}",
            err=True,
        )
