"""Fandom knowledge packs: loading, validation and the one combined alias matcher.

A pack is one JSON file per fandom (format in docs/packs.md). Packs ship in
`ficlens/fandoms/packs/`; users add directories (`--fandoms`, `FandomsStage(pack_dirs=...)`) or the
`FICLENS_FANDOMS` environment variable (paths separated by os.pathsep). Everything
is loaded and compiled once per process, then reused for every work.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import FiclensError
from .names import COMMON_NAMES, COMMON_WORDS

PACK_FORMAT = "ficlens.pack/1"
BUILTIN_DIR = Path(__file__).resolve().parent / "packs"
ENV_VAR = "FICLENS_FANDOMS"
MEDIA = (
    "TV Shows",
    "Movies",
    "Books & Literature",
    "Anime & Manga",
    "Video Games",
    "Celebrities & Real People",
    "Cartoons & Comics & Graphic Novels",
    "Theater",
    "Music & Bands",
    "Other Media",
)
GENDERS = ("female", "male", "nonbinary", None)
_DISAMBIGUATION_RE = re.compile(r"\s*\([^)]*\)\s*$")


class PackError(FiclensError):
    """A fandom pack file is missing, unreadable or malformed."""

    type = "pack_error"


@dataclass
class PackCharacter:
    name: str  # AO3 canonical character tag
    gender: str | None
    aliases: list[str]  # names that identify the character (signals for detection unless common)
    weak_aliases: list[str]  # names that resolve in the fandom's context but never claim it
    epithets: list[str]  # titles such as "the Slayer": resolve in context only


@dataclass
class Pack:
    name: str
    other_names: list[str]
    media: str
    characters: list[PackCharacter]
    vocabulary: list[str]
    pairings: list[str]
    path: str = ""


@dataclass
class Entry:
    """What one surface form means in one pack."""

    pack: int
    character: int  # index into pack.characters, or -1 for vocabulary
    strong: bool  # counts as a detection signal


@dataclass
class PackSet:
    packs: list[Pack]
    matcher: re.Pattern | None
    surfaces: dict[str, list[Entry]] = field(default_factory=dict)


def display_name(canonical: str) -> str:
    """The name as written in prose: AO3's disambiguation in parentheses removed."""
    return _DISAMBIGUATION_RE.sub("", canonical).strip()


def _fail(path: str, where: str, reason: str) -> PackError:
    return PackError(path, f"invalid fandom pack: field '{where}' {reason}")


def _strings(data: dict, key: str, path: str, where: str, required: bool = False) -> list[str]:
    value = data.get(key, [] if not required else None)
    if value is None:
        raise _fail(path, f"{where}{key}", "is missing")
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(path, f"{where}{key}", "must be a list of non-empty strings")
    return [v.strip() for v in value]


def parse_pack(data: object, path: str) -> Pack:
    """Validate one pack's JSON data; the error names the file and the field."""
    if not isinstance(data, dict):
        raise PackError(path, "invalid fandom pack: the file must hold a JSON object")
    if data.get("format", PACK_FORMAT) != PACK_FORMAT:
        raise _fail(path, "format", f"must be '{PACK_FORMAT}'")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _fail(path, "name", "must be a non-empty string")
    media = data.get("media")
    if media not in MEDIA:
        raise _fail(path, "media", f"must be one of: {', '.join(MEDIA)}")
    raw_chars = data.get("characters")
    if not isinstance(raw_chars, list) or not raw_chars:
        raise _fail(path, "characters", "must be a non-empty list")
    characters = []
    for i, ch in enumerate(raw_chars):
        where = f"characters[{i}]."
        if not isinstance(ch, dict):
            raise _fail(path, f"characters[{i}]", "must be an object")
        cname = ch.get("name")
        if not isinstance(cname, str) or not cname.strip():
            raise _fail(path, f"{where}name", "must be a non-empty string")
        gender = ch.get("gender")
        if gender not in GENDERS:
            raise _fail(path, f"{where}gender", "must be female, male, nonbinary or null")
        characters.append(
            PackCharacter(
                cname.strip(),
                gender,
                _strings(ch, "aliases", path, where),
                _strings(ch, "weak_aliases", path, where),
                _strings(ch, "epithets", path, where),
            )
        )
    pairings = _strings(data, "pairings", path, "")
    known = {c.name for c in characters} | {"Reader"}
    for i, p in enumerate(pairings):
        names = re.split(r"/| & ", p)
        if len(names) < 2 or any(n.strip() not in known for n in names):
            reason = f"'{p}' must join two or more of the pack's character names with '/' or ' & '"
            raise _fail(path, f"pairings[{i}]", reason)
    return Pack(
        name.strip(),
        _strings(data, "other_names", path, ""),
        media,
        characters,
        _strings(data, "vocabulary", path, ""),
        pairings,
        path,
    )


def load_pack_file(path: Path) -> Pack:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PackError(str(path), f"cannot read fandom pack: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackError(str(path), f"invalid fandom pack: not valid UTF-8 JSON ({exc})") from None
    return parse_pack(data, str(path))


def load_packs(dirs: list[Path]) -> list[Pack]:
    """Every pack in the directories, in order; a user pack with a built-in's name replaces it."""
    by_name: dict[str, Pack] = {}
    for d in dirs:
        if not d.is_dir():
            raise PackError(str(d), "fandom pack directory not found")
        for path in sorted(d.glob("*.json")):
            pack = load_pack_file(path)
            by_name[pack.name] = pack
    return list(by_name.values())


def _variants(surface: str) -> list[str]:
    """The form as given, plus a sentence-initial capital for lower-case forms ('the Slayer')."""
    out = [surface]
    if surface[:1].islower():
        out.append(surface[0].upper() + surface[1:])
    return out


def is_common(surface: str) -> bool:
    """A single common first name or word claims nothing by itself ('John', 'Will', 'Heaven')."""
    if " " in surface:
        return False
    return surface in COMMON_NAMES or surface in COMMON_WORDS or surface.lower() == surface or len(surface) < 3


def is_distinctive_term(term: str) -> bool:
    """A vocabulary term that points at a fandom: a proper name, not an everyday word or phrase.

    'Hogwarts' and 'Baker Street' count; 'vampire', 'the hero', 'Heaven' and 'Great Hall'
    (every capitalised word an everyday word) only support a fandom found otherwise.
    """
    words = term.split()
    if len(term) < 4 or term in COMMON_NAMES:
        return False
    capitalised = [w for w in words if w[:1].isupper()]
    return any(w not in COMMON_WORDS and w not in COMMON_NAMES and w not in _NOT_FIRST_NAMES for w in capitalised)


# Words that open a full name without being a name: never indexed on their own.
_NOT_FIRST_NAMES = frozenset(
    "The A An He She It In On Of To Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sir Lady Lord Miss Master Captain Colonel "
    "General Doctor Professor King Queen Prince Princess Father Mother Uncle Aunt Saint St St. Coach Detective "
    "Inspector Commander Lieutenant Sergeant Agent Young Old Little Big Dark Black White Red Green Blue".split()
)


def _usable_first_name(word: str) -> bool:
    """A full name's first word works as a name alone unless it is a title, article or pronoun."""
    return len(word) >= 3 and word[:1].isupper() and word not in _NOT_FIRST_NAMES and "|" not in word


def _trie_regex(words: list[str]) -> str:
    """A regex alternation shaped as a trie: fast on thousands of literals, longest match first."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def char(ch: str) -> str:
        if ch in "'’":
            return "['’]"
        if ch == " ":
            return r"\s+"
        if ch in "-‐":
            return "[-‐]"
        return re.escape(ch)

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [char(ch) + emit(child) for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie)


def build_pack_set(packs: list[Pack]) -> PackSet:
    """Index every surface form of every pack and compile one matcher over them all."""
    surfaces: dict[str, list[Entry]] = {}

    def add(surface: str, entry: Entry) -> None:
        for form in _variants(normalise_surface(surface)):
            bucket = surfaces.setdefault(form, [])
            if not any(e.pack == entry.pack and e.character == entry.character for e in bucket):
                bucket.append(entry)

    for pi, pack in enumerate(packs):
        explicit = {
            f for ch in pack.characters for f in (display_name(ch.name), *ch.aliases, *ch.weak_aliases, *ch.epithets)
        }
        for ci, ch in enumerate(pack.characters):
            full = display_name(ch.name)
            forms = [f for f in (full, *ch.aliases) if f not in ch.weak_aliases]
            first = full.split()[0] if " " in full else None
            if first and first not in explicit and _usable_first_name(first):  # 'Spock Prime' is no 'Spock'
                forms.append(first)
            for form in forms:
                add(form, Entry(pi, ci, not is_common(form)))
            for form in [*ch.weak_aliases, *ch.epithets]:
                add(form, Entry(pi, ci, False))
        for term in pack.vocabulary:
            add(term, Entry(pi, -1, is_distinctive_term(term)))
    if not surfaces:
        return PackSet(packs, None, surfaces)
    body = _trie_regex(sorted(surfaces))
    matcher = re.compile(r"(?<![\w'’-])" + body + r"(?![\w-]|['’][a-rt-z])")
    return PackSet(packs, matcher, surfaces)


def normalise_surface(matched: str) -> str:
    """Map a matched span back to its indexed form (curly apostrophes, line breaks)."""
    return " ".join(matched.replace("’", "'").replace("‐", "-").split())


_cache: dict[tuple, PackSet] = {}


def pack_dirs(extra_dirs: list[str | os.PathLike] | None = None) -> list[Path]:
    """The built-in packs' folder, then the user's (default: those of FICLENS_FANDOMS)."""
    if extra_dirs is None:
        env = os.environ.get(ENV_VAR, "")
        extra_dirs = [p.strip() for p in env.split(os.pathsep) if p.strip()]
    return [BUILTIN_DIR, *(Path(d).expanduser() for d in extra_dirs)]


def _listing(directory: Path) -> tuple:
    """Names, sizes and times of a user directory's packs: an edited pack is read again."""
    try:
        return tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(directory.glob("*.json")))
    except OSError:
        return ()


def load_pack_set(extra_dirs: list[str | os.PathLike] | None = None) -> PackSet:
    """The pack set of the built-in packs and the user's folders, loaded and compiled once per process."""
    dirs = pack_dirs(extra_dirs)
    key = tuple(str(d) for d in dirs) + tuple(_listing(d) for d in dirs[1:])
    if key not in _cache:
        _cache[key] = build_pack_set(load_packs(dirs))
    return _cache[key]


def pack_files(dirs: list[Path]) -> list[Path]:
    """The pack files of the folders, in load order."""
    return [path for d in dirs for path in sorted(d.glob("*.json"))]
