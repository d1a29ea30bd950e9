"""What a stage is: an object built once with its settings and models, then called on works.

A stage reads some layers of the `Work` (`requires`), fills others (`provides`) and supports
some languages (`languages`, None for any). Its `version` joins the version of its code with a
short hash of the model files it loaded, so a retrained model or an edited pack changes the
version that `work.pipeline` records, and `ficlens reindex` re-analyses the works it touched.
Models that ship inside the package are loaded when the stage is built: a missing one is an
error then (`ModelError`), never a silent fallback inside a work.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Protocol, runtime_checkable

from .errors import ModelError
from .model import Work


@runtime_checkable
class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    languages: frozenset[str] | None
    version: str

    def __call__(self, work: Work) -> Work: ...


def shipped_file(package: str, filename: str) -> Traversable:
    """A model or data file shipped in `package`; a missing one is a `ModelError`."""
    path = resources.files(package).joinpath(filename)
    if not path.is_file():
        where = f"{package.replace('.', '/')}/{filename}"
        raise ModelError(where, "shipped model file missing: reinstall ficlens (or `make train` in a checkout)")
    return path


def files_hash(files: Iterable[Traversable | Path]) -> str:
    """Short hash of the files' names and bytes, in the order given."""
    digest = hashlib.sha256()
    for f in files:
        digest.update(f.name.encode("utf-8") + b"\0")
        digest.update(f.read_bytes())
    return digest.hexdigest()[:8]


def stage_version(code_version: str, model_files: Iterable[Traversable | Path] = ()) -> str:
    """'CODE' for a stage without models, else 'CODE+HASH' of its model files."""
    files = list(model_files)
    return f"{code_version}+{files_hash(files)}" if files else code_version


class _Shipped:
    """Marker for a stage argument: load the model file that ships in the package."""

    def __repr__(self) -> str:
        return "SHIPPED"


SHIPPED = _Shipped()
