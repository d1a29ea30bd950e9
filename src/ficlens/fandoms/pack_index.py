"""The packs a process uses: the built-in name index, the user's pack directories, packs on demand.

Start-up reads one file, `packs/index.json`, which the build writes: every name form of every
built-in pack with the pack and character it stands for. A pack's full JSON is read only when
the stage needs it (its fandom was claimed). Users' packs (directories given to the stage or
in FICLENS_FANDOMS, paths separated by os.pathsep) are read and indexed at start-up; a user
pack with a built-in pack's name replaces it.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .lexicon import is_everyday_word
from .packs import KINDS, Pack, PackError, fold, load_pack_file, pack_forms

BUILTIN_DIR = Path(__file__).resolve().parent / "packs"
INDEX_FILE = "index.json"
INDEX_FORMAT = "ficlens.pack-index/1"
ENV_VAR = "FICLENS_FANDOMS"
# A word of text as the scanner reads it: letters and digits, with inner apostrophes and hyphens.
TOKEN_RE = re.compile(r"[^\W_]+(?:['’\-‐][^\W_]+)*")
_DETAIL_RE = re.compile(r"\s*\([^()]*\)\s*$|\s+-\s+(?:all media types|[^-]+)$", re.IGNORECASE)

Entry = tuple[int, int, int]  # (pack, character index or -1 for vocabulary, index into KINDS)


@dataclass
class PackInfo:
    name: str
    media: str
    path: Path
    characters: int
    works: int | None
    other_names: list[str]


@dataclass
class PackIndex:
    infos: list[PackInfo]
    forms: dict[str, list[Entry]]
    first_tokens: dict[str, tuple[int, ...]] = field(default_factory=dict)  # a form's first word -> its forms' word counts, most first
    second_tokens: dict[str, set[str]] = field(default_factory=dict)  # a longer form's first word -> its second words
    only_longer: set[str] = field(default_factory=set)  # first words of longer forms only ('the')
    fandom_names: dict[str, int] = field(default_factory=dict)  # folded fandom name -> pack
    written_names: dict[str, int] = field(default_factory=dict)  # the same with case kept, for text
    plain_word_names: set[str] = field(default_factory=set)  # written names that are everyday words
    loaded: dict[int, Pack] = field(default_factory=dict)

    def pack(self, i: int) -> Pack:
        """The full pack, read from its JSON file the first time it is needed."""
        if i not in self.loaded:
            self.loaded[i] = load_pack_file(self.infos[i].path)
        return self.loaded[i]

    @property
    def packs(self) -> list[Pack]:
        """Every pack, fully loaded (for listing and tests; detection reads only the index)."""
        return [self.pack(i) for i in range(len(self.infos))]

    def finish(self) -> PackIndex:
        """Derive the scanner's first-word table and the fandom-name table from the forms."""
        lengths: dict[str, set[int]] = {}
        self.second_tokens = {}
        for form in self.forms:
            words = TOKEN_RE.findall(form)
            if words:
                lengths.setdefault(words[0], set()).add(len(words))
            if len(words) > 1:
                self.second_tokens.setdefault(words[0], set()).add(words[1])
        self.first_tokens = {w: tuple(sorted(n, reverse=True)) for w, n in lengths.items()}
        self.only_longer = {w for w, n in lengths.items() if 1 not in n}
        self.fandom_names = {}
        self.written_names = {}
        self.plain_word_names = set()
        for i, info in enumerate(self.infos):
            for name in (info.name, *info.other_names):
                for key in {fold(name), fold(_DETAIL_RE.sub("", name))}:
                    if key:
                        self.fandom_names.setdefault(key, i)
                written = fold(name, lower=False)
                if len(written) <= 3 and not written.isupper():
                    continue  # 'It' is no fandom name in running text; 'SPN' and 'HP' are
                self.written_names.setdefault(written, i)
                if " " not in written and is_everyday_word(written):
                    self.plain_word_names.add(written)  # 'Supernatural', 'Castle': only in a disclaimer
        return self


def read_builtin_index(directory: Path = BUILTIN_DIR) -> PackIndex:
    path = directory / INDEX_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PackError(str(path), f"the built-in pack index is missing ({exc.strerror or exc}): run 'make packs'") from None
    except ValueError as exc:
        raise PackError(str(path), f"the built-in pack index is not valid JSON ({exc}): run 'make packs'") from None
    if data.get("format") != INDEX_FORMAT or data.get("kinds") != list(KINDS):
        raise PackError(str(path), "the built-in pack index is from another version of ficlens: run 'make packs'")
    infos = [PackInfo(n, m, directory / f, c, w, o) for n, m, f, c, w, o in data["packs"]]
    forms = {form: [tuple(e) for e in entries] for form, entries in data["forms"].items()}
    return PackIndex(infos, forms)  # type: ignore[arg-type]


def add_user_packs(index: PackIndex, dirs: list[Path]) -> PackIndex:
    """The index with the packs of the user's directories added (same name: replaces the built-in)."""
    by_name = {info.name: i for i, info in enumerate(index.infos)}
    for d in dirs:
        if not d.is_dir():
            raise PackError(str(d), "fandom pack directory not found")
        for path in sorted(d.glob("*.json")):
            pack = load_pack_file(path)
            info = PackInfo(pack.name, pack.media, path, len(pack.characters), pack.works, pack.other_names)
            if pack.name in by_name:
                i = by_name[pack.name]
                index.infos[i] = info
                index.forms = {f: [e for e in es if e[0] != i] for f, es in index.forms.items()}
            else:
                i = by_name[pack.name] = len(index.infos)
                index.infos.append(info)
            index.loaded[i] = pack
            add_forms(index.forms, i, pack)
    return index


def add_forms(forms: dict[str, list[Entry]], i: int, pack: Pack) -> None:
    """Index pack i's forms (one entry per form and character)."""
    for form, ci, kind in pack_forms(pack):
        bucket = forms.setdefault(form, [])
        if not any(e[0] == i and e[1] == ci for e in bucket):
            bucket.append((i, ci, KINDS.index(kind)))


def user_pack_dirs(extra_dirs: list[str | os.PathLike] | None = None) -> list[Path]:
    """The user's pack folders: those given, else those of FICLENS_FANDOMS."""
    if extra_dirs is None:
        env = os.environ.get(ENV_VAR, "")
        extra_dirs = [p.strip() for p in env.split(os.pathsep) if p.strip()]
    return [Path(d).expanduser() for d in extra_dirs]


def _listing(directory: Path) -> tuple:
    """Names, sizes and times of a user folder's packs: an edited pack is read again."""
    try:
        return tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(directory.glob("*.json")))
    except OSError:
        return ()


_cache: dict[tuple, PackIndex] = {}


def load_pack_index(extra_dirs: list[str | os.PathLike] | None = None) -> PackIndex:
    """The built-in packs plus the user's, indexed for the scanner; once per process and folders."""
    dirs = user_pack_dirs(extra_dirs)
    key = tuple(str(d) for d in dirs) + tuple(_listing(d) for d in dirs)
    if key not in _cache:
        _cache[key] = add_user_packs(read_builtin_index(), dirs).finish()
    return _cache[key]


def version_files(index: PackIndex) -> list[Path]:
    """The files the stage's version hashes: the built-in index (which holds a digest of every
    built-in pack) and the user's pack files."""
    return [BUILTIN_DIR / INDEX_FILE, *(i.path for i in index.infos if i.path.parent != BUILTIN_DIR)]
