"""Corpus-scale analysis: `ficlens batch INPUT... --out OUT`, locally or on a Dask cluster.

Works stream from the inputs in chunks of `batch_size`; each finished chunk is written at once
(one Parquet part file, or one fsynced JSON Lines append), so a killed batch keeps every finished
work exactly once and a re-run skips them. Memory depends on the batch size, not the corpus size
(except for the set of done ids, a few dozen bytes per work).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import FiclensError
from ..pipeline import PipelineSpec
from .inputs import Item, count_items, expand, iter_items
from .sinks import OutputError, iter_rows, open_sink, output_format

__all__ = ["run_batch", "BatchSummary", "OutputError", "iter_rows", "register"]

DEFAULT_BATCH_SIZE = 32


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
    worker_peak_rss: dict[int, int] = field(default_factory=dict)

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    @property
    def max_worker_peak_rss(self) -> int:
        return max(self.worker_peak_rss.values(), default=0)


def _chunks(items: Iterable[Item], done_ids: set[str], size: int, summary: BatchSummary) -> Iterator[list[Item]]:
    """Items not done yet (nor seen earlier in this run), grouped by `size`."""
    chunk: list[Item] = []
    for item in items:
        if item.id in done_ids:
            summary.skipped += 1
            continue
        done_ids.add(item.id)
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


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
    batch_size: int = DEFAULT_BATCH_SIZE,
    workers: int | None = None,
    scheduler: str | None = None,
    stages: tuple[str, ...] | None = None,
    fandom_dirs: tuple[str, ...] | None = None,
    progress: bool = False,
) -> BatchSummary:
    """Analyse every work of `inputs` not already in `out` and append their rows to `out`."""
    from .engines import DaskEngine, LocalEngine

    if batch_size < 1:
        raise FiclensError(None, "--batch-size must be at least 1")
    files = _without_output(expand([os.fspath(p) for p in inputs]), out)
    summary = BatchSummary(out=out, format=output_format(out, fmt))
    spec = PipelineSpec(stages, fandom_dirs)
    spec.check()  # an unknown stage or a bad pack is refused here, before any worker starts
    engine = DaskEngine(scheduler, spec) if scheduler else LocalEngine(workers, spec)
    sink = open_sink(out, fmt)
    started = time.perf_counter()
    try:
        total = count_items(files)
        bar = _progress_bar(progress)
        task = bar.add_task("analysing", total=None if total is None else max(0, total - len(sink.done_ids)), wps="")
        with bar:
            chunks = _chunks(iter_items(files, text_field, id_field), sink.done_ids, batch_size, summary)
            for _, result in engine.run(chunks):
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
                summary.seconds = time.perf_counter() - started
                bar.update(task, advance=len(rows), wps=f"{summary.words_per_second:,.0f} words/s")
    finally:
        sink.close()
        summary.seconds = time.perf_counter() - started
    return summary


def _progress_bar(enabled: bool):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[wps]}"),
        TimeElapsedColumn(),
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
        batch_size: int = typer.Option(
            DEFAULT_BATCH_SIZE, "--batch-size", help="Works per chunk sent to a worker and written at once."
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
                fandom_dirs=tuple(str(p) for p in fandom_packs) or None, progress=not quiet,
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
