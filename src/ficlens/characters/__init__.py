"""The characters stage: who is in the story, how they are named, and whose eyes it is told through."""

from .core import run

VERSION = "3"

__all__ = ["run", "VERSION"]
