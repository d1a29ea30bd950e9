"""The pipeline: a reader, then stage objects in order, each taking the work and returning it enriched.

Stages are built once per process (`default_pipeline`, or `Pipeline` with settings such as user
fandom pack folders) and then called on any number of works. A pipeline orders its stages by what
they require and provide, and adds the stages a requested one needs (`--stages dialogue` runs
structure and characters first), except those a work has already been through.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import FiclensError, ReadError, StageError
from .language.names import english_name, work_language
from .model import Check, Work
from .readers import read_path, read_text
from .stages import Stage
from .text import count_words
from .version import __version__

# Longer inputs are refused (`--max-words`): the longest works on AO3 hold a few million words, and
# the stages' memory grows with the text.
DEFAULT_MAX_WORDS = 5_000_000
MAX_WORDS_HELP = "Refuse a work of more words than this (one line naming it; the others go on). 0: no limit."

# Stage name -> (module, class). The order is the canonical one; it agrees with what each stage
# requires and provides (a test checks it).
STAGE_CLASSES = {
    "structure": ("ficlens.structure", "StructureStage"),
    "language": ("ficlens.language", "LanguageStage"),
    "characters": ("ficlens.characters", "CharactersStage"),
    "dialogue": ("ficlens.dialogue", "DialogueStage"),
    "fandoms": ("ficlens.fandoms", "FandomsStage"),
    "content": ("ficlens.content", "ContentStage"),
}
STAGES = tuple(STAGE_CLASSES)


def stage_class(name: str) -> type:
    if name not in STAGE_CLASSES:
        raise FiclensError(None, f"unknown stage {name}; choose from {', '.join(STAGES)}")
    module, cls = STAGE_CLASSES[name]
    return getattr(importlib.import_module(module), cls)


def unknown_stages(names: Iterable[str]) -> list[str]:
    return [n for n in names if n not in STAGE_CLASSES]


def requirements(cls: type) -> tuple[str, ...]:
    """The layers a stage reads: those it names, and the work's language when it supports only some."""
    return tuple(cls.requires) + (("language",) if cls.languages is not None else ())


def with_prerequisites(names: Iterable[str], done: Iterable[str] = ()) -> list[str]:
    """The named stages plus every stage that provides a layer they require (directly or through
    another), except the stages in `done`; in canonical order."""
    provider = {layer: name for name in STAGES for layer in stage_class(name).provides}
    wanted = list(dict.fromkeys(names))
    done = set(done)
    for name in wanted:  # grows while it is walked
        for layer in requirements(stage_class(name)):
            needed = provider[layer]
            if needed not in wanted and needed not in done:
                wanted.append(needed)
    return [n for n in STAGES if n in wanted]


class Pipeline:
    """Stages built once, with their settings and models, and run over works in order.

    names: the stages to run (default: all), prerequisites added;
    fandom_dirs: folders of the user's own fandom packs (default: $FICLENS_FANDOMS);
    max_words: a work of more words is refused before any stage runs (0 or None: no limit).
    """

    def __init__(self, names: Sequence[str] | None = None, fandom_dirs: Sequence[str | os.PathLike] | None = None,
                 max_words: int | None = DEFAULT_MAX_WORDS):
        unknown = unknown_stages(names or ())
        if unknown:
            raise FiclensError(None, f"unknown stage {', '.join(unknown)}; choose from {', '.join(STAGES)}")
        check_max_words(max_words)
        self.names = with_prerequisites(names or STAGES)
        self.fandom_dirs = [str(d) for d in fandom_dirs] if fandom_dirs else None
        self.max_words = max_words or None
        self.stages: dict[str, Stage] = {}
        for name in self.names:
            cls = stage_class(name)
            self.stages[name] = cls(pack_dirs=self.fandom_dirs) if name == "fandoms" else cls()

    def versions(self) -> dict[str, str]:
        """What `work.pipeline` records when this pipeline analyses a work."""
        return {"ficlens": __version__, **{name: stage.version for name, stage in self.stages.items()}}

    def run(self, work: Work, names: Sequence[str] | None = None) -> Work:
        """Run the named stages (default: all of this pipeline's) and those they need that the
        work has not been through, in order."""
        chosen = self.names if names is None else with_prerequisites(names, done=work.pipeline)
        missing = [n for n in chosen if n not in self.stages]
        if missing:
            raise FiclensError(None, f"this pipeline was built without the {', '.join(missing)} stage")
        self.refuse_too_long(work)
        work.pipeline["ficlens"] = __version__
        for name in chosen:
            stage = self.stages[name]
            if unsupported(stage, work):
                record_not_run(stage, work)
                continue
            try:
                work = stage(work)
            except FiclensError:
                raise
            except RecursionError:
                raise StageError(work.source.path, f"{name} stage: input too deeply nested") from None
            except MemoryError:
                raise StageError(work.source.path, f"{name} stage: out of memory") from None
            except Exception as exc:  # a bug must not lose the other inputs; say where it happened
                raise StageError(work.source.path, f"{name} stage failed: {type(exc).__name__}: {exc}") from exc
            work.pipeline[name] = stage.version
        return work

    def analyze(self, text_or_path: str | os.PathLike) -> Work:
        return self.run(load(text_or_path))

    def is_current(self, recorded: dict[str, str]) -> bool:
        """Whether a work analysed with these recorded versions would be analysed the same now
        (a stage that did not run for the work's language counts with its version)."""
        return {name: version.split(NOT_RUN)[0] for name, version in recorded.items()} == self.versions()

    def refuse_too_long(self, work: Work) -> None:
        """A `too_large` error when the work's text holds more than `max_words` words (AO3's count,
        paratext included, counted before the stages so that their memory never grows with it)."""
        if self.max_words is None or len(work.text) <= self.max_words:
            return  # a word holds at least one character
        words = count_words(work.text)
        if words > self.max_words:
            raise ReadError(work.source.path, f"{words:,} words, more than the limit of {self.max_words:,} "
                            "(--max-words)", "too_large")


# What `work.pipeline` adds to a stage's version when the stage did not run for the work's language.
NOT_RUN = "; not run: "
# What the card says was not analysed, for stages whose output has a name of its own.
OUTPUT_NAMES = {"content": "content labels", "dialogue": "dialogue", "characters": "characters"}


def unsupported(stage: Stage, work: Work) -> bool:
    """Whether the work is in a language the stage does not support (an unknown language is supported)."""
    if stage.languages is None:
        return False
    language = work_language(work)
    return language is not None and language.code not in stage.languages


def record_not_run(stage: Stage, work: Work) -> None:
    """Say in `work.pipeline` and in a check that the stage left the work alone, and why."""
    language = work_language(work)
    only = " and ".join(sorted(english_name(code) for code in stage.languages or ())) + " only"
    work.pipeline[stage.name] = f"{stage.version}{NOT_RUN}{language.name} ({only})"
    message = f"{OUTPUT_NAMES.get(stage.name, stage.name + ' stage')}: {only}; not analysed"
    work.checks = [c for c in work.checks if c.message != message]
    work.checks.append(Check(field="language", declared=work.declared.language, detected=language.name, message=message))


def check_max_words(max_words: int | None) -> None:
    if max_words is not None and max_words < 0:
        raise FiclensError(None, "--max-words must be 0 (no limit) or more")


@dataclass(frozen=True)
class PipelineSpec:
    """What a pipeline is built from, small enough to send to worker processes (batch, Dask)."""

    stages: tuple[str, ...] | None = None
    fandom_dirs: tuple[str, ...] | None = None
    max_words: int | None = DEFAULT_MAX_WORDS

    def build(self) -> Pipeline:
        return Pipeline(self.stages, fandom_dirs=self.fandom_dirs, max_words=self.max_words)

    def check(self) -> None:
        """Refuse an unknown stage, a bad limit or a bad pack without building the stages."""
        unknown = unknown_stages(self.stages or ())
        if unknown:
            raise FiclensError(None, f"unknown stage {', '.join(unknown)}; choose from {', '.join(STAGES)}")
        check_max_words(self.max_words)
        if self.fandom_dirs:
            from .fandoms import load_pack_index

            load_pack_index(list(self.fandom_dirs))


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """Every stage with its shipped models and $FICLENS_FANDOMS packs, built once per process."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default


def run_stages(work: Work, stages: Sequence[str] | None = None) -> Work:
    """Run the named stages (default: all) of the default pipeline over a work a reader produced."""
    return default_pipeline().run(work, stages)


def load(text_or_path: str | os.PathLike) -> Work:
    """Read a path (a `Path`, or a string naming an existing file) or wrap a string of text."""
    if isinstance(text_or_path, os.PathLike):
        return read_path(text_or_path)
    if "\n" not in text_or_path and len(text_or_path) < 4096 and os.path.isfile(text_or_path):
        return read_path(text_or_path)
    return read_text(text_or_path)


def analyze(text_or_path: str | os.PathLike, stages: Sequence[str] | None = None) -> Work:
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
