"""Errors a user can act on: each names the input and the reason in one line."""

from __future__ import annotations


class FiclensError(Exception):
    """Base class: an error with a one-line, user-facing message."""

    type = "error"

    def __init__(self, source: str | None, reason: str):
        super().__init__(f"{source}: {reason}" if source else reason)
        self.source = source
        self.reason = reason

    def to_dict(self) -> dict:
        return {"source": self.source, "error": {"type": self.type, "message": self.reason}}


class ReadError(FiclensError):
    """The input could not be read as a work (missing, empty, binary, corrupt, too large...)."""

    type = "read_error"

    def __init__(self, source: str | None, reason: str, type: str | None = None):
        super().__init__(source, reason)
        if type:
            self.type = type


class StageError(FiclensError):
    """A stage failed on an input; other inputs go on."""

    type = "stage_error"


class ModelError(FiclensError):
    """A model or data file that ships inside the package is missing or unreadable: a broken install."""

    type = "model_error"
