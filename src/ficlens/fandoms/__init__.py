"""The fandoms stage: which fandom a work belongs to, its canonical characters, relationships
and AO3 category, from knowledge packs (one JSON file per fandom, see docs/packs.md)."""

from .packs import PackError, current_pack_set, load_pack_file, set_pack_dirs
from .stage import run

VERSION = "1"

__all__ = ["run", "VERSION", "set_pack_dirs", "current_pack_set", "load_pack_file", "PackError"]
