"""Fandom knowledge packs: the JSON format, its validation, and the name forms a pack contributes.

A pack is one JSON file per fandom (format in docs/packs.md). The built-in packs are compiled
from data files (`pack_sources/`, see build_packs.py); users add their own directories of JSON
packs. The same validation applies to both, and the same function lists the forms (names,
aliases, vocabulary) by which a pack is recognised in text.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..errors import FiclensError
from .lexicon import FIRST_NAMES, is_common_name, is_everyday_word

PACK_FORMAT = "ficlens.pack/1"
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
READER = "Reader"
# Names a relationship tag may use without a pack character behind them.
OUTSIDE_NAMES = frozenset(
    {READER, "Original Character(s)", "Original Female Character(s)", "Original Male Character(s)"}
)
# How works write original characters in their pairings and character lists (lower case).
ORIGINAL_FORMS = {
    **dict.fromkeys(("oc", "ocs", "original character", "original characters"), "Original Character(s)"),
    **dict.fromkeys(("omc", "omcs", "original male character"), "Original Male Character(s)"),
    **dict.fromkeys(("ofc", "ofcs", "original female character"), "Original Female Character(s)"),
}
_DISAMBIGUATION_RE = re.compile(r"\s*\([^()]*\)\s*$")
_PAIRING_SPLIT_RE = re.compile(r"/| & ")

# What a form is worth as evidence for its fandom (see detect.py for the weights).
NAME = "name"  # a distinctive name or alias: 'Castiel', 'Hermione Granger'
FIRST = "first"  # a common first name or surname: 'Dean', 'Sam', 'Watson'; weighed by how common
WORD = "word"  # a name that is also an everyday word: 'Link', 'Angel'
WEAK = "weak"  # resolves a character once the fandom is known, never claims it: 'Summers'
EPITHET = "epithet"  # 'the Slayer': resolves in context only
TERM = "term"  # a distinctive vocabulary term: 'Sunnydale', 'Hogwarts'
VOCAB = "vocab"  # an everyday vocabulary word: 'vampire', 'stake'; supports only
KINDS = (NAME, FIRST, WORD, WEAK, EPITHET, TERM, VOCAB)

# Words that open a full name without being a name: never indexed on their own.
NOT_FIRST_NAMES = frozenset(
    "The A An He She It In On Of To Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sir Lady Lord Miss Master Captain Colonel "
    "General Doctor Professor King Queen Prince Princess Father Mother Uncle Aunt Saint St St. Coach Detective "
    "Inspector Commander Lieutenant Sergeant Agent Young Old Little Big Dark Black White Red Green Blue".split()
)


class PackError(FiclensError):
    """A fandom pack file is missing, unreadable or malformed."""

    type = "pack_error"


@dataclass
class PackCharacter:
    name: str  # AO3 canonical character tag
    gender: str | None
    aliases: list[str]  # names that identify the character
    weak_aliases: list[str]  # names that resolve in the fandom's context but never claim it
    epithets: list[str]  # titles such as "the Slayer": resolve in context only


@dataclass
class Pairing:
    tag: str  # the AO3 relationship tag as the pack writes it: 'Buffy Summers/Spike'
    joiner: str  # '/' romantic or sexual, ' & ' platonic
    members: tuple[str, ...]  # canonical character tags (or 'Reader'), in the tag's order
    aliases: tuple[str, ...] = ()  # what fans call the pairing: 'Spuffy', 'Destiel'


@dataclass
class Pack:
    name: str
    other_names: list[str]
    media: str
    characters: list[PackCharacter]
    vocabulary: list[str]
    pairings: list[Pairing]
    works: int | None = None  # about how many works AO3 has in the fandom: breaks ties between related packs
    path: str = ""

    def character(self, canonical: str) -> PackCharacter | None:
        return next((c for c in self.characters if c.name == canonical), None)


def display_name(canonical: str) -> str:
    """The name as written in prose: AO3's disambiguation in parentheses removed."""
    return _DISAMBIGUATION_RE.sub("", canonical).strip()


def name_parts(canonical: str) -> list[str]:
    """The names a canonical tag holds: 'Min Yoongi | Suga' is 'Min Yoongi' and 'Suga'."""
    return [p.strip() for p in display_name(canonical).split(" | ") if p.strip()]


def normalise_surface(text: str) -> str:
    """A form as indexed: straight apostrophes, plain hyphens, single spaces."""
    return " ".join(text.replace("’", "'").replace("‘", "'").replace("‐", "-").split())


def fold(text: str, lower: bool = True) -> str:
    """Without accents or punctuation (and in lower case), for matching names written loosely."""
    decomposed = unicodedata.normalize("NFKD", text.lower() if lower else text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


def _fail(path: str, where: str, reason: str) -> PackError:
    return PackError(path, f"invalid fandom pack: field '{where}' {reason}")


def _strings(data: dict, key: str, path: str, where: str, required: bool = False) -> list[str]:
    value = data.get(key, [] if not required else None)
    if value is None:
        raise _fail(path, f"{where}{key}", "is missing")
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(path, f"{where}{key}", "must be a list of non-empty strings")
    return [v.strip() for v in value]


def resolve_member(characters: list[PackCharacter], name: str, suffix: str = "") -> str | None:
    """The canonical tag a name in a relationship tag stands for, or None if none or several.

    AO3 relationship tags drop a character's disambiguation ('Buffy Summers/Spike') or give
    it once for the whole tag ('Keith/Lance (Voltron)'); a unique alias is accepted too.
    """
    name = name.strip()
    if name in OUTSIDE_NAMES:
        return name
    for candidate in (name, f"{name} {suffix}".strip()):
        if any(c.name == candidate for c in characters):
            return candidate
    bare = display_name(name)
    for forms in (lambda c: name_parts(c.name) + [display_name(c.name)], lambda c: c.aliases):
        found = {c.name for c in characters if bare in forms(c) or name in forms(c)}
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    return None


def parse_pairing(characters: list[PackCharacter], tag: str) -> Pairing | None:
    """A relationship tag resolved to the pack's characters; None when a name does not resolve."""
    tag = " ".join(tag.split())
    joiners = {j for j in ("/", " & ") if j in tag}
    if len(joiners) != 1:
        return None
    suffix_match = _DISAMBIGUATION_RE.search(tag)
    suffix = suffix_match.group().strip() if suffix_match else ""
    members = [resolve_member(characters, n, suffix) for n in _PAIRING_SPLIT_RE.split(tag)]
    if len(members) < 2 or None in members or len(set(members)) != len(members):
        return None
    return Pairing(tag, joiners.pop(), tuple(members))  # type: ignore[arg-type]


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
    characters: list[PackCharacter] = []
    for i, ch in enumerate(raw_chars):
        where = f"characters[{i}]."
        if not isinstance(ch, dict):
            raise _fail(path, f"characters[{i}]", "must be an object")
        cname = ch.get("name")
        if not isinstance(cname, str) or not cname.strip():
            raise _fail(path, f"{where}name", "must be a non-empty string")
        if any(c.name == cname.strip() for c in characters):
            raise _fail(path, f"{where}name", f"'{cname.strip()}' is given twice")
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
    raw_pairings = data.get("pairings", [])
    if not isinstance(raw_pairings, list):
        raise _fail(path, "pairings", "must be a list")
    pairings = []
    for i, item in enumerate(raw_pairings):
        where = f"pairings[{i}]"
        if isinstance(item, dict):
            tag = item.get("tag")
            aliases = _strings(item, "aliases", path, f"{where}.")
        else:
            tag, aliases = item, []
        if not isinstance(tag, str) or not tag.strip():
            raise _fail(path, where, "must be a relationship tag, or an object with 'tag' and 'aliases'")
        pairing = parse_pairing(characters, tag)
        if pairing is None:
            reason = (
                f"'{tag}' must join two or more of the pack's characters (each named once, by its canonical "
                "tag, its name without the disambiguation, or an alias of one character only) with '/' or ' & '"
            )
            raise _fail(path, where, reason)
        pairing.aliases = tuple(aliases)
        pairings.append(pairing)
    works = data.get("works")
    if works is not None and (not isinstance(works, int) or isinstance(works, bool) or works < 0):
        raise _fail(path, "works", "must be a whole number of works, or null")
    return Pack(
        name.strip(),
        _strings(data, "other_names", path, ""),
        media,
        characters,
        _strings(data, "vocabulary", path, ""),
        pairings,
        works,
        path,
    )


def pack_to_json(pack: Pack) -> dict:
    """The JSON form of a pack (what the build writes and users write by hand)."""
    return {
        "format": PACK_FORMAT,
        "name": pack.name,
        "other_names": pack.other_names,
        "media": pack.media,
        "characters": [
            {
                "name": c.name,
                "gender": c.gender,
                "aliases": c.aliases,
                "weak_aliases": c.weak_aliases,
                "epithets": c.epithets,
            }
            for c in pack.characters
        ],
        "vocabulary": pack.vocabulary,
        "works": pack.works,
        "pairings": [{"tag": p.tag, "aliases": list(p.aliases)} if p.aliases else p.tag for p in pack.pairings],
    }


def load_pack_file(path: Path) -> Pack:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PackError(str(path), f"cannot read fandom pack: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackError(str(path), f"invalid fandom pack: not valid UTF-8 JSON ({exc})") from None
    return parse_pack(data, str(path))


def _usable_first_name(word: str) -> bool:
    """A full name's first word works as a name alone unless it is a title, article or pronoun."""
    return len(word) >= 3 and word[:1].isupper() and word not in NOT_FIRST_NAMES


def name_kind(form: str) -> str:
    """How much a character's name or alias says about its fandom when read in a text."""
    if " " in form:
        words = form.replace(".", "").split()
        plain = all(w[:1].islower() or w in NOT_FIRST_NAMES or is_everyday_word(w) for w in words)
        return WORD if plain else NAME  # 'the Professor', 'Big Bad' are words; 'Fox Mulder' a name
    if form.lower() == form or len(form) < 3 or is_everyday_word(form):
        return WORD  # 'Will', 'Rose', 'Link': a word first, whatever else
    return FIRST if is_common_name(form) else NAME


def term_kind(term: str) -> str:
    """A vocabulary term is distinctive when it is a name: a capitalised word that is no everyday
    word or first name ('Hogwarts'), or a phrase with a capitalised word ('Baker Street', 'the
    Bronze', 'Order 66'); 'vampire', 'Heaven' and 'Slayer' only support."""
    words = term.split()
    if len(term) < 4:
        return VOCAB
    if len(words) > 1 and any(w[:1].isupper() and w not in NOT_FIRST_NAMES for w in words):
        return TERM
    for word in words:
        if word[:1].isupper() and word not in NOT_FIRST_NAMES and word not in FIRST_NAMES and not is_everyday_word(word):
            return TERM
    return VOCAB


def _variants(form: str) -> list[str]:
    """The form as indexed, plus a sentence-initial capital for lower-case forms ('the Slayer')."""
    form = normalise_surface(form)
    return [form, form[0].upper() + form[1:]] if form[:1].islower() else [form]


def pack_forms(pack: Pack) -> list[tuple[str, int, str]]:
    """(form, character index or -1 for vocabulary, kind) of every form the pack is known by.

    A character is known by its canonical name without the disambiguation (each part of a
    'Min Yoongi | Suga' tag), its aliases, and the first word of its full name unless the pack
    lists that word elsewhere ('Spock Prime' is no 'Spock'); its last name and weak aliases
    resolve it in context only, its epithets too.
    """
    out: list[tuple[str, int, str]] = []
    listed = {
        f for ch in pack.characters for f in (*name_parts(ch.name), *ch.aliases, *ch.weak_aliases, *ch.epithets)
    }
    for ci, ch in enumerate(pack.characters):
        parts = name_parts(ch.name)
        strong = [(f, name_kind(f)) for f in (*parts, *ch.aliases) if f not in ch.weak_aliases]
        weak = [(f, WEAK) for f in ch.weak_aliases]
        for full in parts:
            words = full.split()
            if len(words) > 1 and words[0] not in listed and _usable_first_name(words[0]):
                strong.append((words[0], name_kind(words[0])))
            if len(words) > 1 and words[-1] not in listed and _usable_first_name(words[-1]):
                weak.append((words[-1], WEAK))
        seen: set[str] = set()
        for form, kind in [*strong, *weak, *((e, EPITHET) for e in ch.epithets)]:
            for variant in _variants(form):
                if variant not in seen:
                    seen.add(variant)
                    out.append((variant, ci, kind))
    character_forms = {form for form, _, _ in out}
    names = []
    for name in (pack.name, *pack.other_names):
        for part in name.split(" | "):
            part = re.sub(r"\s*\([^()]*\)\s*$|\s+-\s+.*$", "", part).strip()
            if " " in part and normalise_surface(part) not in character_forms:
                names.append(part)
    for term in dict.fromkeys([*pack.vocabulary, *names]):  # 'Twisted Wonderland' in the story is evidence too
        for variant in _variants(term):
            out.append((variant, -1, term_kind(term)))
    return out
