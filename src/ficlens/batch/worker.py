"""What runs inside a worker process (local pool or Dask): analyse a chunk of works into output rows.

The pipeline (stages and their models) is built once per process (`load_stages`), either by the
pool's initializer, a Dask worker plugin, or lazily by the first chunk; the same function
serves both engines so their outputs are identical.
"""

from __future__ import annotations

import os
import resource
import signal
import time
from pathlib import Path

from ..errors import FiclensError
from ..pipeline import Pipeline, PipelineSpec
from ..readers import read_path, read_text
from .inputs import Item

WARM_UP_TEXT = 'The kettle sang. "Tea?" Mara asked.\n\n"Please," said Tom.\n'

_pipelines: dict[PipelineSpec, Pipeline] = {}


def load_stages(spec: PipelineSpec) -> Pipeline:
    """The pipeline of `spec`, built once per process and warmed up on a short text, not inside the first work."""
    if spec not in _pipelines:
        pipeline = spec.build()
        try:
            pipeline.run(read_text(WARM_UP_TEXT))
        except Exception:  # a stage failing on the warm-up text will fail on works too, and be recorded there
            pass
        _pipelines[spec] = pipeline
    return _pipelines[spec]


def _die_with_parent(parent_pid: int) -> None:
    """Ask Linux to kill this worker when the batch process dies (e.g. SIGKILL), so no orphan keeps running."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)


def init_local_worker(parent_pid: int, spec: PipelineSpec) -> None:
    """Initializer of the local process pool."""
    _die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    load_stages(spec)


def peak_rss_bytes() -> int:
    """This process's resident-set high-water mark."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _names(tags) -> list[str]:
    return [t.name for t in tags]


def work_row(item_id: str, work) -> dict:
    """The output row of an analysed work: metadata columns plus the whole ficlens.work/1 document."""
    declared, detected, stats = work.declared, work.detected, work.stats
    return {
        "id": item_id,
        "source_path": work.source.path,
        "format": work.source.format,
        "sha256": work.source.sha256,
        "title": declared.title,
        "authors": list(declared.authors),
        "rating": declared.rating,
        "warnings": list(declared.warnings),
        "categories": list(declared.categories),
        "fandoms": list(declared.fandoms),
        "relationships": list(declared.relationships),
        "language": declared.language,
        "words": stats.words,
        "chapters": stats.chapters,
        "quotes": stats.quotes,
        "characters": len(work.characters),
        "detected_rating": detected.rating.name if detected.rating else None,
        "detected_warnings": _names(detected.warnings),
        "detected_fandoms": _names(detected.fandoms),
        "detected_relationships": _names(detected.relationships),
        "detected_tags": _names(detected.additional_tags),
        "document": "".join(work.json_chunks(separators=(",", ":"))),
        "error_type": None,
        "error": None,
    }


def error_row(item_id: str, source_path: str | None, error_type: str, message: str) -> dict:
    """The output row of a work that could not be analysed: the error, and empty metadata."""
    return {
        "id": item_id,
        "source_path": source_path,
        "format": None,
        "sha256": None,
        "title": None,
        "authors": [],
        "rating": None,
        "warnings": [],
        "categories": [],
        "fandoms": [],
        "relationships": [],
        "language": None,
        "words": 0,
        "chapters": 0,
        "quotes": 0,
        "characters": 0,
        "detected_rating": None,
        "detected_warnings": [],
        "detected_fandoms": [],
        "detected_relationships": [],
        "detected_tags": [],
        "document": None,
        "error_type": error_type,
        "error": message,
    }


def analyze_item(item: Item, pipeline: Pipeline) -> dict:
    """One work's row; every failure becomes an error row, never an exception."""
    if item.error_type:
        return error_row(item.id, item.path, item.error_type, item.error or item.error_type)
    try:
        work = read_path(Path(item.path)) if item.path is not None else read_text(item.text or "")
        return work_row(item.id, pipeline.run(work))
    except FiclensError as exc:
        return error_row(item.id, item.path, exc.type, exc.reason)
    except RecursionError:
        return error_row(item.id, item.path, "internal_error", "input too deeply nested")
    except MemoryError:
        return error_row(item.id, item.path, "internal_error", "out of memory")
    except Exception as exc:  # a reader bug must not lose the rest of the chunk
        return error_row(item.id, item.path, "internal_error", f"{type(exc).__name__}: {exc}")


def analyze_chunk(items: list[Item], spec: PipelineSpec) -> dict:
    """Rows for a chunk of works, with the worker's pid, CPU seconds and memory high-water mark."""
    pipeline = load_stages(spec)
    started = time.process_time()
    rows = [analyze_item(item, pipeline) for item in items]
    return {
        "rows": rows,
        "pid": os.getpid(),
        "cpu_seconds": time.process_time() - started,
        "peak_rss": peak_rss_bytes(),
    }
