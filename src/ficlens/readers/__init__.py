"""Readers turn a file into a `Work` with its text, source, declared metadata and the
paratext and chapters that the file's markup makes certain.

Each format is one module exposing:

- ``FORMAT``: short name;
- ``sniff(path: str, head: bytes) -> bool``: whether the module reads this file;
- ``read(path: str, data: bytes) -> Work``: the work (raises `ReadError` on bad input).

Modules are tried in `READERS` order; the plain-text reader accepts anything left.
"""

from __future__ import annotations

import hashlib
import importlib
import os
from types import ModuleType

from ..errors import ReadError
from ..model import Source, Work

READERS = ("epub", "html", "plaintext")
MAX_FILE_BYTES = 200 * 1024 * 1024

_modules: list[ModuleType] | None = None


def reader_modules() -> list[ModuleType]:
    global _modules
    if _modules is None:
        _modules = [importlib.import_module(f"{__name__}.{name}") for name in READERS]
    return _modules


def read_path(path: str | os.PathLike) -> Work:
    """Read one file into a Work, choosing the reader by content and extension."""
    path = os.fspath(path)
    if not os.path.exists(path):
        raise ReadError(path, "no such file", "not_found")
    if os.path.isdir(path):
        raise ReadError(path, "is a directory", "is_directory")
    size = os.path.getsize(path)
    if size == 0:
        raise ReadError(path, "file is empty", "empty")
    if size > MAX_FILE_BYTES:
        raise ReadError(path, f"file is too large ({size // (1024 * 1024)} MB; the limit is 200 MB)", "too_large")
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise ReadError(path, f"cannot open file ({exc.strerror or exc})", "unreadable") from None
    head = data[:4096]
    for module in reader_modules():
        if module.sniff(path, head):
            work = _read_with(module, path, data)
            break
    else:  # pragma: no cover - plaintext accepts everything
        raise ReadError(path, "unknown format", "unknown_format")
    work.source.path = path
    work.source.size = size
    work.source.sha256 = hashlib.sha256(data).hexdigest()
    return work


def _read_with(module: ModuleType, path: str, data: bytes) -> Work:
    """Run one reader; anything but a ReadError becomes one (a malformed file must never show a traceback)."""
    try:
        return module.read(path, data)
    except ReadError:
        raise
    except MemoryError:
        raise ReadError(path, "out of memory while reading", "too_large") from None
    except RecursionError:
        raise ReadError(path, "markup nested too deeply to read", "too_deep") from None
    except Exception as exc:
        raise ReadError(path, f"cannot read as {module.FORMAT} ({type(exc).__name__}: {exc})", "unreadable") from exc


def read_text(text: str, path: str | None = None) -> Work:
    """A Work from text already in memory (no decoding, offsets index `text` as given)."""
    data = text.encode("utf-8", "surrogatepass")
    return Work(
        text=text,
        source=Source(path=path, format="text", encoding=None, sha256=hashlib.sha256(data).hexdigest(), size=len(data)),
    )
