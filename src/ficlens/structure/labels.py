"""Declared labels in AO3's vocabulary: ratings from every scheme, free-text warnings that clearly
name an archive warning, pairing notations as relationships, categories and category paths.

These are public: the fandoms stage can call `pairing_relationships` with a resolver once it
knows the fandom, to turn written names ("Hotch", "W") into canonical ones. The tables live in
labels.json, loaded once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

_DATA = json.loads(Path(__file__).with_name("labels.json").read_text(encoding="utf-8"))

AO3_RATINGS = ("General Audiences", "Teen And Up Audiences", "Mature", "Explicit")
NOT_RATED = "Not Rated"
ARCHIVE_WARNINGS = (
    "Graphic Depictions Of Violence", "Major Character Death", "No Archive Warnings Apply", "Rape/Non-Con",
    "Underage Sex", "Creator Chose Not To Use Archive Warnings",
)
NO_WARNINGS = "No Archive Warnings Apply"
AO3_CATEGORIES = tuple(_DATA["categories"])

_RATING_WORDS: dict[str, int] = _DATA["rating_words"]
_LETTERS = "".join(_DATA["rating_letters"])
# Codes and words, first one wins: "PG this part", "R for language", "M 15+", "T - Teen: ...", "PG-13ish".
_RATING_KEYS = sorted((k for k in _RATING_WORDS if len(k) > 1), key=len, reverse=True)
_RATING_TOKEN_RE = re.compile(
    r"(?<![\w+-])(?:(?i:" + "|".join(re.escape(k).replace("\\ ", "[ -]?").replace("\\-", "[- ]?") for k in _RATING_KEYS)
    + rf")|[{_LETTERS}])(?:-?ish|\+)?(?![\w+]|-\w)"
)
_RATING_RANGE_RE = re.compile(r"\s*(?:/|to|or|-|–|—|→|>)\s*", re.IGNORECASE)
_RATING_CLEAN_RE = re.compile(r"^(?:rated|rating)\s*:?\s*", re.IGNORECASE)
_AO3_BY_KEY = {r.lower(): r for r in (*AO3_RATINGS, NOT_RATED)}

_WARNING_RES = [(name, re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE))
                for name, patterns in _DATA["warnings"].items()]
_NEGATION_RE = re.compile(r"(?:\bno|\bnot|\bwithout|\bnon|\bisn'?t|\bnothing)\W+(?:\w+\W+){0,1}$", re.IGNORECASE)
_NO_WARNINGS = frozenset(_DATA["no_warnings"])
_AO3_WARNING_BY_KEY = {w.lower(): w for w in ARCHIVE_WARNINGS} | {"underage": "Underage Sex"}

_CATEGORY_BY_WORD = {w: name for name, words in _DATA["categories"].items() for w in [name.lower(), *words]}
_GENRES = frozenset(_DATA["genres"])
_PATH_ROOTS = frozenset(_DATA["path_roots"])
PATH_SPLIT_RE = re.compile(r"\s*(?:»|›|❯|>|→)\s*")
_FANFICTION_SUFFIX_RE = re.compile(r"\s+(?:fan ?fiction|fanfic|fic)s?$", re.IGNORECASE)

_QUALIFIERS = sorted(_DATA["pairing_qualifiers"], key=len, reverse=True)
_QUALIFIER_RE = re.compile(r"^(?:(?:" + "|".join(re.escape(q) for q in _QUALIFIERS) + r")\b[\s:,-]*)+", re.IGNORECASE)
_TRAILING_QUALIFIER_RE = re.compile(r"[\s,-]*\b(?:" + "|".join(re.escape(q) for q in _QUALIFIERS) + r")[\s.!?]*$",
                                    re.IGNORECASE)
_READER_NAMES = frozenset(_DATA["reader_names"])
_ORIGINAL = _DATA["original_characters"]
_ITEM_SPLIT_RE = re.compile(r"\s*(?:[,;]|\band\b(?=\s+\S+\s*(?:/| x |&)))\s*", re.IGNORECASE)
_PAREN_RE = re.compile(r"\(([^()]*)\)")
_ROMANTIC_SPLIT_RE = re.compile(r"\s*/\s*|\s+[xX×]\s+")
_PLATONIC_SPLIT_RE = re.compile(r"\s+&\s+")
_BANG_RE = re.compile(r"^(?:[\w-]+!)+")
_NAME_RE = re.compile(r"^[\w][\w .'’\"|()-]{0,58}$")
NOT_PAIRINGS = frozenset(_DATA["not_pairings"])
_NOT_NAME_WORDS = frozenset(_DATA["not_name_words"])


def normalise_rating(value: str | None) -> str | None:
    """AO3's rating for a declared one in any scheme (fanfiction.net K/K+/T/M/MA, film-style
    G/PG/PG-13/R/NC-17, Twisting the Hellmouth FRAO/FR7..FR18, words such as 'Mature' or
    'Adult', phrases such as 'PG this part'), 'Not Rated', or None when it names none."""
    if not value:
        return None
    text = _RATING_CLEAN_RE.sub("", " ".join(value.split())).strip()
    whole = text.strip(" ()[]{}.,:;!*_\"'").lower()
    if whole.startswith("fiction "):
        whole = whole[8:]
    if whole in _AO3_BY_KEY:
        return _AO3_BY_KEY[whole]
    if whole in _RATING_WORDS:
        return _level_name(_RATING_WORDS[whole])
    m = _RATING_TOKEN_RE.search(text)
    if m is None:
        return None
    level = _token_level(m.group())
    # A range or a choice ("PG-13 to R", "G/PG", "M/E") is rated for its highest, as AO3 asks.
    while level is not None and (joined := _RATING_RANGE_RE.match(text, m.end())):
        m = _RATING_TOKEN_RE.match(text, joined.end())
        if m is None or (upper := _token_level(m.group())) is None:
            break
        level = max(level, upper)
    return None if level is None else _level_name(level)


def _token_level(token: str) -> int | None:
    key = token.lower().removesuffix("ish").removesuffix("-")
    for candidate in (key, key.replace(" ", "-"), key.replace("-", " "), key.replace(" ", "").replace("-", ""),
                      key.removesuffix("+")):  # "17+", "PG-13+": an age or a code and up
        if candidate in _RATING_WORDS:
            return _RATING_WORDS[candidate]
    return None


def _level_name(level: int) -> str:
    return NOT_RATED if level < 0 else AO3_RATINGS[level]


def normalise_warnings(values: list[str]) -> list[str]:
    """The AO3 archive warnings declared values clearly name (an AO3 name as such; free text
    only by an unnegated phrase such as 'major character death', 'non-con', 'graphic violence';
    'None' as no archive warnings), in a stable order."""
    found: list[str] = []
    for value in values:
        text = " ".join(value.split())
        key = text.strip(" .!:;,*_").lower()
        if key in _AO3_WARNING_BY_KEY:
            found.append(_AO3_WARNING_BY_KEY[key])
            continue
        if key in _NO_WARNINGS:
            found.append(NO_WARNINGS)
            continue
        for name, pattern in _WARNING_RES:
            for m in pattern.finditer(text):
                if not _NEGATION_RE.search(text[max(0, m.start() - 24) : m.start()]):
                    found.append(name)
                    break
    return [w for w in ARCHIVE_WARNINGS if w in found]


def pairing_relationships(value: str, resolve: Callable[[str], str | None] | None = None) -> tuple[list[str], list[str]]:
    """(relationships, characters) of a declared pairing: 'Kirk/Spock', 'Dean x Reader',
    'Sam & Dean', 'Legolas/OMC (brief Aragorn/Arwen)', 'Sam/Demon!Dean'. Names stay as written
    unless `resolve` (name -> canonical name or None) knows them; a resolver that knows ship names
    gives a relationship for one ('Spuffy' -> 'Buffy Summers/Spike'); other items without a
    pairing sign are characters."""
    relationships: list[str] = []
    characters: list[str] = []
    for item in _pairing_items(value):
        item = _TRAILING_QUALIFIER_RE.sub("", _QUALIFIER_RE.sub("", item)).strip(" .,;:!?*_\"'")
        if not item:
            continue
        platonic = "platonic" in item.lower()
        romantic_parts = _ROMANTIC_SPLIT_RE.split(item)
        parts = romantic_parts if len(romantic_parts) > 1 else _PLATONIC_SPLIT_RE.split(item)
        if len(parts) == 1:
            name = _name(item, resolve)
            if name and "/" in name:  # a ship name the resolver knows ("Spuffy")
                _add(relationships, name)
            elif name and len(name.split()) <= 4 and name[0].isupper():
                _add(characters, name)
            continue
        platonic = platonic or len(romantic_parts) == 1
        names = [_name(p, resolve) for p in parts]
        if all(names):
            _add(relationships, (" & " if platonic else "/").join(names))
    return relationships, characters


def _pairing_items(value: str) -> list[str]:
    """The pairing items of a value: split at commas, semicolons and 'and'; a parenthesised
    group that qualifies ('brief ...', 'past ...') or spells out a ship name is items of its own, any
    other is dropped; a list's bullets go."""
    items: list[str] = []
    outside = _PAREN_RE.sub(" ", value)
    for group in _PAREN_RE.findall(value):
        # "Minrob (Mina/Rob)" spells a ship name out; "Steve/Tony (Captain America/Iron Man)" only repeats it
        if _QUALIFIER_RE.match(group.strip()) or (_ROMANTIC_SPLIT_RE.search(group) and not _ROMANTIC_SPLIT_RE.search(outside)):
            items.extend(_ITEM_SPLIT_RE.split(group))
    items[:0] = _ITEM_SPLIT_RE.split(outside)
    return [i.strip().lstrip("-–—•·*▹►~ ") for i in items if i.strip()]


def _name(part: str, resolve: Callable[[str], str | None] | None) -> str | None:
    name = _BANG_RE.sub("", part.strip(" .,;:!?*_\"'")).strip()
    low = name.lower()
    if low in _READER_NAMES or low.endswith("!reader"):
        return "Reader"
    if low in _ORIGINAL:
        return _ORIGINAL[low]
    if not _NAME_RE.match(name) or len(name.split()) > 6:
        return None
    if resolve is not None:
        return resolve(name) or name
    return name


def _add(values: list[str], value: str) -> None:
    if value not in values:
        values.append(value)


def normalise_categories(values: list[str]) -> tuple[list[str], list[str], list[str]]:
    """(AO3 categories, fandoms, genres) of declared category values: 'Slash' is M/M, a site's
    category path ('Books » Harry Potter') or a bare fandom name is a fandom, a genre is a genre."""
    categories: list[str] = []
    fandoms: list[str] = []
    genres: list[str] = []
    for value in values:
        key = " ".join(value.split()).strip(" .").lower()
        if not key:
            continue
        if key in _CATEGORY_BY_WORD:
            _add(categories, _CATEGORY_BY_WORD[key])
        elif key in _GENRES:
            _add(genres, value.strip())
        else:
            fandom = path_fandom(value)
            if fandom:
                _add(fandoms, fandom)
    return categories, fandoms, genres


def path_fandom(value: str) -> str | None:
    """The fandom a category path or breadcrumb names: 'Books » Harry Potter' -> 'Harry Potter',
    'Sailor Moon Fan Fiction ❯ Sanctuary ❯ Chapter 2' -> 'Sailor Moon'."""
    parts = [p.strip() for p in PATH_SPLIT_RE.split(value.strip()) if p.strip()]
    for part in parts:
        if part.lower() in _PATH_ROOTS:
            continue
        stripped = _FANFICTION_SUFFIX_RE.sub("", part).strip()
        return stripped or None
    return None


def names_pairing(line: str) -> bool:
    """Whether 'A & B' names two characters rather than a title's things ('Bees & Other Stories')."""
    return not any(w in _NOT_NAME_WORDS for w in re.findall(r"[\w-]+", line.lower()))
