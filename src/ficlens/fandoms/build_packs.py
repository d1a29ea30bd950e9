"""Generate the shipped fandom packs (packs/*.json) from compact source text.

The source is written from public knowledge of each canon (no database copied). Run
`python -m ficlens.fandoms.build_packs` after editing a source module; the JSON files
are what ships and what the stage reads.

Source format, one record per line:
  @AO3 fandom name|media code|other name;other name
  c Canonical character tag|gender f/m/n/-|aliases;...|weak aliases;...|epithets;...
  v vocabulary term;term;...
  p A/B;C & D          (AO3 relationship tags; names must be canonical tags above)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from .packs import BUILTIN_DIR, PACK_FORMAT, parse_pack

MEDIA_CODES = {
    "tv": "TV Shows",
    "film": "Movies",
    "book": "Books & Literature",
    "anime": "Anime & Manga",
    "game": "Video Games",
    "rpf": "Celebrities & Real People",
    "comic": "Cartoons & Comics & Graphic Novels",
    "theater": "Theater",
    "music": "Music & Bands",
    "other": "Other Media",
}
GENDER_CODES = {"f": "female", "m": "male", "n": "nonbinary", "-": None, "": None}
# Field separator: a bar without spaces around it (AO3 names themselves contain " | ").
FIELD_SEP_RE = re.compile(r"(?<! )\|(?! )")
SOURCE_MODULES = ("screen", "media", "books", "rpf", "games")


def _split(field: str) -> list[str]:
    return [x.strip() for x in field.split(";") if x.strip()]


def parse_source(source: str) -> list[dict]:
    """Pack dictionaries (the JSON form) from source text."""
    packs: list[dict] = []
    for lineno, raw in enumerate(source.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            name, media, *rest = (FIELD_SEP_RE.split(line[1:]) + [""])[:3]
            packs.append(
                {
                    "format": PACK_FORMAT,
                    "name": name.strip(),
                    "other_names": _split(rest[0]) if rest else [],
                    "media": MEDIA_CODES[media.strip()],
                    "characters": [],
                    "vocabulary": [],
                    "pairings": [],
                }
            )
            continue
        kind, _, body = line.partition(" ")
        pack = packs[-1]
        if kind == "c":
            fields = (FIELD_SEP_RE.split(body) + ["", "", "", ""])[:5]
            pack["characters"].append(
                {
                    "name": fields[0].strip(),
                    "gender": GENDER_CODES[fields[1].strip()],
                    "aliases": _split(fields[2]),
                    "weak_aliases": _split(fields[3]),
                    "epithets": _split(fields[4]),
                }
            )
        elif kind == "v":
            pack["vocabulary"].extend(_split(body))
        elif kind == "p":
            pack["pairings"].extend(_split(body))
        else:
            raise ValueError(f"line {lineno}: unknown record {kind!r}")
    return packs


def file_name(pack_name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", pack_name.lower()).strip("-")
    return f"{slug[:80]}.json"


def sources() -> str:
    import importlib

    return "\n".join(importlib.import_module(f"{__package__}.pack_sources_{m}").SOURCE for m in SOURCE_MODULES)


def clean_pairings(pack: dict) -> list[str]:
    """Pairings whose names are all the pack's canonical tags, one per set of characters.

    Source lines may use AO3's short forms ("A/B (Fandom)"); those are dropped with a note
    rather than shipped as pairings the stage could never match.
    """
    known = {c["name"] for c in pack["characters"]} | {"Reader"}
    by_short: dict[str, set[str]] = {}
    for c in pack["characters"]:
        for form in [re.sub(r"\s*\([^)]*\)$", "", c["name"]), *c["aliases"]]:
            by_short.setdefault(form, set()).add(c["name"])
    seen: set[tuple[str, frozenset[str]]] = set()
    kept = []
    for pairing in pack["pairings"]:
        joiner = "/" if "/" in pairing else " & "
        shared = re.search(r"\s*(\([^)]*\))$", pairing)
        names = []
        for raw in (n.strip() for n in re.split(r"/| & ", pairing)):
            bare = re.sub(r"\s*\([^)]*\)$", "", raw)
            options = [raw, f"{raw} {shared.group(1)}" if shared else raw]
            found = next((o for o in options if o in known), None)
            if found is None and len(by_short.get(bare, ())) == 1:
                found = next(iter(by_short[bare]))
            names.append(found)
        if len(names) < 2 or None in names:
            print(f"{pack['name']}: dropped pairing {pairing!r}", file=sys.stderr)
            continue
        key = (joiner, frozenset(names))
        if key not in seen:
            seen.add(key)
            kept.append(joiner.join(names))
    return kept


def main(out_dir: Path = BUILTIN_DIR) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    packs = parse_source(sources())
    names = [p["name"] for p in packs]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise SystemExit(f"duplicate packs: {', '.join(sorted(duplicates))}")
    for old in out_dir.glob("*.json"):
        old.unlink()
    for pack in packs:
        path = out_dir / file_name(pack["name"])
        pack["pairings"] = clean_pairings(pack)
        parse_pack(pack, str(path))  # the same validation users' packs get
        path.write_text(json.dumps(pack, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(packs)} packs to {out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
