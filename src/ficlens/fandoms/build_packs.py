"""Compile the pack sources (pack_sources/*.txt) into the shipped packs (packs/*.json + index).

Run `make packs` (or `python -m ficlens.fandoms.build_packs`) after editing a source file;
`--check` only says whether the shipped files are up to date. The build stops, naming the
file and line, on anything a contributor can get wrong: an unknown record, a bad gender, a
character given twice, an alias two characters share as a strong alias, a pairing whose
names are not the pack's characters (never silently dropped), a fandom name used twice.
The format is described in docs/packs.md:

    @AO3 fandom tag|other name; other name|about how many works AO3 has
    c AO3 character tag|gender f/m/n/-|aliases; ...|weak aliases; ...|epithets; ...
    v vocabulary term; term; ...
    p AO3 relationship tag = ship name = ship name; tag; ...

The media type of every pack in a file comes from the file's name: `tv.txt`, `tv-2000s.txt`.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from .pack_index import BUILTIN_DIR, INDEX_FILE, INDEX_FORMAT, Entry, add_forms
from .packs import KINDS, PACK_FORMAT, Pack, PackError, fold, name_parts, pack_to_json, parse_pack

HERE = Path(__file__).resolve().parent
SOURCE_DIR = HERE / "pack_sources"
BUILT_DIR = BUILTIN_DIR
MEDIA_FILES = {
    "tv": "TV Shows",
    "movies": "Movies",
    "books": "Books & Literature",
    "anime": "Anime & Manga",
    "games": "Video Games",
    "people": "Celebrities & Real People",
    "comics": "Cartoons & Comics & Graphic Novels",
    "theater": "Theater",
    "music": "Music & Bands",
    "other": "Other Media",
}
GENDER_CODES = {"f": "female", "m": "male", "n": "nonbinary", "-": None}
# Field separator: a bar without spaces around it (AO3 names themselves contain " | ").
FIELD_SEP_RE = re.compile(r"(?<! )\|(?! )")


class SourceError(Exception):
    """One mistake in a pack source file: 'file:line: reason'."""


@dataclass
class SourcePack:
    file: str
    line: int
    name: str
    other_names: list[str]
    works: int | None
    media: str
    characters: list[dict]
    character_lines: list[int]
    vocabulary: list[str]
    pairings: list[tuple[int, str]]


def _items(field: str) -> list[str]:
    return [x.strip() for x in field.split(";") if x.strip()]


def _check_name(name: str, where: str) -> None:
    """A canonical tag as AO3 writes it: no stray bars or semicolons, parentheses closed."""
    if not name:
        raise SourceError(f"{where}: the name is empty")
    if ";" in name or re.search(r"(?<! )\||\|(?! )", name):
        raise SourceError(f"{where}: '{name}' holds ';' or a '|' without spaces around it (fields are separated by '|')")
    if name.count("(") != name.count(")"):
        raise SourceError(f"{where}: '{name}' has unbalanced parentheses")


def media_of(path: Path) -> str:
    stem = path.stem.split("-")[0]
    if stem not in MEDIA_FILES:
        raise SourceError(f"{path.name}: the file name must start with a media type: {', '.join(MEDIA_FILES)}")
    return MEDIA_FILES[stem]


def parse_source(path: Path) -> list[SourcePack]:
    """The packs of one source file; SourceError names the line of the first mistake."""
    media = media_of(path)
    packs: list[SourcePack] = []
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{lineno}"
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            name, *rest = FIELD_SEP_RE.split(line[1:])
            name = name.strip()
            _check_name(name, where)
            if len(rest) > 2:
                raise SourceError(f"{where}: a fandom line has at most 3 fields (name|other names|works)")
            others, works = (rest + ["", ""])[:2]
            if works.strip() and not works.strip().isdigit():
                raise SourceError(f"{where}: the works count '{works.strip()}' must be a whole number")
            number = int(works) if works.strip() else None
            packs.append(SourcePack(path.name, lineno, name, _items(others), number, media, [], [], [], []))
            continue
        kind, _, body = line.partition(" ")
        if not packs:
            raise SourceError(f"{where}: a '{kind}' line before the first '@fandom' line")
        pack = packs[-1]
        if kind == "c":
            fields = FIELD_SEP_RE.split(body)
            if len(fields) > 5:
                raise SourceError(f"{where}: a character line has at most 5 fields (name|gender|aliases|weak|epithets)")
            fields += [""] * (5 - len(fields))
            name = fields[0].strip()
            _check_name(name, where)
            gender = fields[1].strip() or "-"
            if gender not in GENDER_CODES:
                raise SourceError(f"{where}: gender '{gender}' must be f, m, n or -")
            pack.characters.append(
                {
                    "name": name,
                    "gender": GENDER_CODES[gender],
                    "aliases": _items(fields[2]),
                    "weak_aliases": _items(fields[3]),
                    "epithets": _items(fields[4]),
                }
            )
            pack.character_lines.append(lineno)
        elif kind == "v":
            pack.vocabulary.extend(_items(body))
        elif kind == "p":
            pack.pairings.extend((lineno, p) for p in _items(body))
        else:
            raise SourceError(f"{where}: unknown record '{kind}' (lines start with @, c, v, p or #)")
    return packs


def compile_pack(src: SourcePack) -> Pack:
    """Validate one source pack and give its JSON form's Pack; SourceError on any mistake."""
    where = f"{src.file}:{src.line}"
    if not src.characters:
        raise SourceError(f"{where}: fandom '{src.name}' has no characters")
    seen: dict[str, int] = {}
    strong_owner: dict[str, str] = {}
    for ch, lineno in zip(src.characters, src.character_lines):
        if ch["name"] in seen:
            raise SourceError(f"{src.file}:{lineno}: character '{ch['name']}' is given twice (line {seen[ch['name']]})")
        seen[ch["name"]] = lineno
        for form in [*name_parts(ch["name"]), *ch["aliases"]]:
            if form in ch["weak_aliases"]:
                continue
            other = strong_owner.setdefault(form, ch["name"])
            if other != ch["name"]:
                raise SourceError(
                    f"{src.file}:{lineno}: '{form}' names both '{other}' and '{ch['name']}': "
                    "list it as a weak alias of each (fourth field) instead"
                )
    data = {
        "format": PACK_FORMAT,
        "name": src.name,
        "other_names": src.other_names,
        "media": src.media,
        "characters": src.characters,
        "vocabulary": src.vocabulary,
        "works": src.works,
        "pairings": [],
    }
    try:
        pack = parse_pack(data, where)
    except PackError as exc:
        raise SourceError(str(exc)) from None
    keys: dict[tuple[str, frozenset], str] = {}
    for lineno, written in src.pairings:
        tag, *aliases = [x.strip() for x in written.split(" = ")]
        try:
            pairing = parse_pack({**data, "pairings": [{"tag": tag, "aliases": aliases}]}, where).pairings[0]
        except PackError:
            raise SourceError(
                f"{src.file}:{lineno}: pairing '{tag}' does not name two or more of the pack's characters "
                "(canonical tag, name without its disambiguation, or an alias of one character only)"
            ) from None
        key = (pairing.joiner, frozenset(pairing.members))
        if key in keys:
            raise SourceError(f"{src.file}:{lineno}: pairing '{tag}' repeats '{keys[key]}'")
        keys[key] = tag
        pack.pairings.append(pairing)
    return pack


def file_name(pack_name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(pack_name)).strip("-")
    return f"{slug[:80]}.json"


def build_index(packs: list[Pack], files: list[str], texts: list[str]) -> dict:
    """The name index read at start-up: every form of every pack, each pack's names, and a
    digest of all the packs' files (part of the stage's version)."""
    forms: dict[str, list[Entry]] = {}
    for pi, pack in enumerate(packs):
        add_forms(forms, pi, pack)
    return {
        "format": INDEX_FORMAT,
        "digest": hashlib.sha256("".join(texts).encode("utf-8")).hexdigest(),
        "kinds": list(KINDS),
        "packs": [[p.name, p.media, f, len(p.characters), p.works, p.other_names] for p, f in zip(packs, files)],
        "forms": dict(sorted(forms.items())),
    }


def compile_sources(source_dir: Path = SOURCE_DIR) -> tuple[list[Pack], dict[str, str]]:
    """Every pack of every source file, validated, and the text of each built file by name."""
    packs: list[Pack] = []
    names: dict[str, str] = {}
    for path in sorted(source_dir.glob("*.txt")):
        for src in parse_source(path):
            pack = compile_pack(src)
            for fandom_name in (pack.name, *pack.other_names):
                key = fold(fandom_name)
                if key in names and names[key] != pack.name:
                    raise SourceError(
                        f"{src.file}:{src.line}: fandom name '{fandom_name}' is already used by '{names[key]}'"
                    )
                names[key] = pack.name
            packs.append(pack)
    packs.sort(key=lambda p: p.name)
    files = [file_name(p.name) for p in packs]
    dupes = {f for f in files if files.count(f) > 1}
    if dupes:
        raise SourceError(f"two fandoms would share the file name {sorted(dupes)[0]}: rename one")
    out = {f: _dump(pack_to_json(p)) for p, f in zip(packs, files)}
    index = build_index(packs, files, list(out.values()))
    out[INDEX_FILE] = json.dumps(index, ensure_ascii=False, separators=(",", ":")) + "\n"
    return packs, out


def _dump(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def stale_files(built: dict[str, str], out_dir: Path = BUILT_DIR) -> list[str]:
    """Built files that differ from the shipped ones, missing ones, and shipped ones no source makes."""
    shipped = {p.name for p in out_dir.glob("*.json")}
    wrong = [n for n, text in built.items() if n not in shipped or (out_dir / n).read_text(encoding="utf-8") != text]
    return sorted(wrong + [n for n in shipped if n not in built])


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    try:
        packs, built = compile_sources()
    except SourceError as exc:
        print(f"build_packs: {exc}", file=sys.stderr)
        return 1
    if "--check" in args:
        stale = stale_files(built)
        for name in stale:
            print(f"build_packs: packs/{name} is not what the sources make", file=sys.stderr)
        return 1 if stale else 0
    BUILT_DIR.mkdir(parents=True, exist_ok=True)
    for old in BUILT_DIR.glob("*.json"):
        if old.name not in built:
            old.unlink()
    for name, text in built.items():
        (BUILT_DIR / name).write_text(text, encoding="utf-8")
    print(f"build_packs: wrote {len(packs)} packs and {INDEX_FILE} to {BUILT_DIR}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
