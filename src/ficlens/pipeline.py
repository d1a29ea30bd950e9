"""The pipeline: a reader, then stages in order, each taking the work and returning it enriched."""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from types import ModuleType

from . import __version__
from .errors import FiclensError, StageError
from .model import Work
from .readers import read_path, read_text

# Order matters: each stage may read what earlier stages filled, through the Work only.
STAGES = ("structure", "characters", "dialogue", "fandoms", "content")

_loaded: dict[str, ModuleType] = {}


def stage_module(name: str) -> ModuleType:
    """The stage's module, imported once per process (stages load their resources lazily, once)."""
    if name not in _loaded:
        _loaded[name] = importlib.import_module(f"ficlens.{name}")
    return _loaded[name]


def run_stages(work: Work, stages: tuple[str, ...] | list[str] | None = None) -> Work:
    """Run the named stages (default: all) over a work that a reader produced."""
    work.pipeline["ficlens"] = __version__
    for name in stages or STAGES:
        module = stage_module(name)
        try:
            work = module.run(work)
        except FiclensError:
            raise
        except RecursionError:
            raise StageError(work.source.path, f"{name} stage: input too deeply nested") from None
        except MemoryError:
            raise StageError(work.source.path, f"{name} stage: out of memory") from None
        except Exception as exc:  # a bug must not lose the other inputs; say where it happened
            raise StageError(work.source.path, f"{name} stage failed: {type(exc).__name__}: {exc}") from exc
        work.pipeline[name] = getattr(module, "VERSION", "1")
    return work


def load(text_or_path: str | os.PathLike) -> Work:
    """Read a path (a `Path`, or a string naming an existing file) or wrap a string of text."""
    if isinstance(text_or_path, os.PathLike):
        return read_path(text_or_path)
    if "\n" not in text_or_path and len(text_or_path) < 4096 and os.path.isfile(text_or_path):
        return read_path(text_or_path)
    return read_text(text_or_path)


def analyze(text_or_path: str | os.PathLike, stages: tuple[str, ...] | list[str] | None = None) -> Work:
    """Read and analyse one work. Raises `FiclensError` subclasses with one-line messages."""
    return run_stages(load(text_or_path), stages)


def iter_inputs(paths: list[str]) -> list[str]:
    """Expand directories into their files in sorted path order (hidden entries skipped);
    keep files and missing paths as given, so each input is reported in the order named."""
    out: list[str] = []
    for p in paths:
        if os.path.isdir(p):
            found: list[tuple[str, ...]] = []
            for root, dirs, files in os.walk(p):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                rel = Path(root).relative_to(p).parts
                found.extend((*rel, f) for f in files if not f.startswith("."))
            out.extend(str(Path(p, *parts)) for parts in sorted(found))
        else:
            out.append(p)
    return out
