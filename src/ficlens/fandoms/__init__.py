"""The fandoms stage: which fandom a work belongs to, its canonical characters, relationships
and AO3 category, from knowledge packs (one JSON file per fandom, see docs/packs.md)."""

from __future__ import annotations

import os

from ..model import Work
from ..stages import stage_version
from .pack_index import load_pack_index, version_files
from .packs import PackError, load_pack_file
from .stage import run

VERSION = "2"


class FandomsStage:
    """Fandoms, canonical character tags, relationships and category from the packs.

    pack_dirs: folders of the user's own packs, read after the built-in ones (default: those of
    the FICLENS_FANDOMS environment variable); a bad pack is refused here, before any work.
    """

    name = "fandoms"
    requires = ("paragraphs", "sentences", "quotations", "scenes", "characters", "mentions", "narration", "quotes")
    provides = ("fandoms", "relationships")
    languages = None

    def __init__(self, pack_dirs: list[str | os.PathLike] | None = None):
        self.index = load_pack_index(pack_dirs)
        self.version = stage_version(VERSION, version_files(self.index))

    def __call__(self, work: Work) -> Work:
        return run(work, self.index)


__all__ = ["FandomsStage", "VERSION", "load_pack_index", "load_pack_file", "PackError"]
