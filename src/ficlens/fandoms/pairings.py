"""Relationship tags as AO3 writes them, and the pairings a work declares, read into them.

A pack's own relationship tag wins ('Sherlock Holmes/John Watson' in the ACD pack, 'John
Watson/Sherlock Holmes' in BBC Sherlock's). Otherwise names go in alphabetical order (accents
ignored), Reader and original characters last, each without its disambiguation, which the tag
gives once at its end when every character shares it ('Keith/Lance (Voltron)').
"""

from __future__ import annotations

import re

from .lexicon import is_everyday_word
from .pack_index import PackIndex
from .packs import ORIGINAL_FORMS, OUTSIDE_NAMES, READER, display_name, fold

_SUFFIX_RE = re.compile(r"\s*(\([^()]*\))\s*$")
# Separators between the pairings of a declared list, and between the names of one pairing.
_LIST_SPLIT_RE = re.compile(r"[,;]|\s+and\s+|\s+\+\s+|\n")
_NAME_SPLIT_RE = re.compile(r"\s*/\s*|\s+[xX×]\s+|\s*&\s*")
_SEPARATOR_RE = re.compile(r"/|\s[xX×]\s|&")


def relationship_tag(members: list[str], joiner: str, index: PackIndex, packs: list[int]) -> str:
    """The AO3 tag for these canonical characters joined by '/' or ' & '."""
    wanted = set(members)
    for p in packs:
        for pairing in index.pack(p).pairings:
            if pairing.joiner == joiner and set(pairing.members) == wanted:
                return pairing.tag
    ordered = sorted(members, key=lambda m: (m in OUTSIDE_NAMES, fold(display_name(m))))
    inside = [m for m in ordered if m not in OUTSIDE_NAMES]
    suffixes = {_SUFFIX_RE.search(m).group(1) if _SUFFIX_RE.search(m) else None for m in inside}
    names = joiner.join(m if m in OUTSIDE_NAMES else display_name(m) for m in ordered)
    if len(suffixes) == 1 and None not in suffixes:
        return f"{names} {suffixes.pop()}"
    return names


def member_order(members: list[str], joiner: str, index: PackIndex, packs: list[int]) -> list[str]:
    """The members in the order their tag names them."""
    tag = relationship_tag(members, joiner, index, packs)
    for p in packs:
        for pairing in index.pack(p).pairings:
            if pairing.tag == tag:
                return list(pairing.members)
    return sorted(members, key=lambda m: (m in OUTSIDE_NAMES, fold(display_name(m))))


def declared_pairings(
    declared: list[str], index: PackIndex, packs: list[int], resolve
) -> list[tuple[list[str], str, str]]:
    """(members, joiner, tag) of each pairing a work declares ('Dean/Cas', 'Spuffy', 'W/S',
    'Vampire!Yoongi x Witch!Reader', 'Legolas/OMC (brief Aragorn/Arwen)'), with names resolved
    to canonical tags where the packs know them and kept as written where not."""
    out: list[tuple[list[str], str, str]] = []
    seen: set[tuple[str, frozenset]] = set()
    for raw in declared:
        for part in _parts(raw):
            found = _ship_name(part, index, packs) or _named_pairing(part, index, packs, resolve)
            if found is None:
                continue
            members, joiner = found
            key = (joiner, frozenset(members))
            if key not in seen:
                seen.add(key)
                out.append((members, joiner, relationship_tag(members, joiner, index, packs)))
    return out


def _parts(raw: str) -> list[str]:
    """The pairings of a declared list; what parentheses hold is read on its own ('(brief
    Aragorn/Arwen)'), so a name's disambiguation drops out ('Levi (Shingeki no Kyojin)/Reader')."""
    chunks = [re.sub(r"\s*\([^()]*\)", " ", raw), *re.findall(r"\(([^()]*)\)", raw)]
    return [p.strip(" .") for chunk in chunks for p in _LIST_SPLIT_RE.split(chunk) if p.strip(" .")]


def is_ship_name(value: str, index: PackIndex, packs: list[int]) -> bool:
    """Whether a declared value is a claimed fandom's ship name ('Tabby' given as a character)."""
    return _ship_name(value, index, packs) is not None


def _ship_name(part: str, index: PackIndex, packs: list[int]) -> tuple[list[str], str] | None:
    """A pairing named by its portmanteau or other alias in a pack ('maybe a little Spuffy')."""
    return next(iter(_ship_names(part, index, packs, everyday=True)), None)


def _ship_names(text: str, index: PackIndex, packs: list[int], everyday: bool) -> list[tuple[list[str], str]]:
    """Every pairing whose ship name is in the text; with everyday=False a ship name that is an
    everyday word ('Stony') does not count."""
    words = f" {fold(text)} "
    return [
        (list(pairing.members), pairing.joiner)
        for p in packs
        for pairing in index.pack(p).pairings
        if any(
            f" {fold(a)} " in words and (everyday or not is_everyday_word(a))
            for a in pairing.aliases
            if len(a) > 3
        )
    ]


def ship_pairings(lines: list[str], index: PackIndex, packs: list[int]) -> list[tuple[list[str], str, str]]:
    """(members, joiner, tag) of the pairings a work's header or notes name by their ship names
    ('written for Obikin week', a title line ending '-- wincest'): the author's own tags."""
    found = {}
    for line in lines:
        for members, joiner in _ship_names(line, index, packs, everyday=False):
            found.setdefault((joiner, frozenset(members)), (members, joiner))
    return [(m, j, relationship_tag(m, j, index, packs)) for m, j in found.values()]


def _named_pairing(part: str, index: PackIndex, packs: list[int], resolve) -> tuple[list[str], str] | None:
    if not _SEPARATOR_RE.search(part):
        return None
    platonic = ("&" in part and "/" not in part) or bool(re.search(r"\bplatonic", part, re.IGNORECASE))
    sides = [_person(side) for side in _NAME_SPLIT_RE.split(part)]
    sides = [side for side in sides if side]
    if len(sides) < 2:
        return None
    members = []
    for side in sides:
        canonical = _initial(side, index, packs) if len(side) <= 2 else resolve(side, index, packs)
        if not canonical and side not in OUTSIDE_NAMES and not _may_be_name(side):
            return None
        members.append(canonical or side)
    if len(set(members)) != len(members) or set(members) == {READER}:
        return None
    return members, " & " if platonic else "/"


def _may_be_name(side: str) -> bool:
    """Whether a side no pack knows may still name someone: not a lone letter ('A/N' is an
    author's note) nor a phrase of everyday words ('Bees & Other Stories' is a title)."""
    words = side.split()
    return len(side) > 2 and (len(words) == 1 or not all(is_everyday_word(w) for w in words))


def _person(side: str) -> str:
    """One side of a declared pairing without its 'Vampire!' prefixes and the lower-case words
    around the name ('mentions of John', 'Reid pre-slash'), unless the name is all lower case."""
    side = re.sub(r"(?:[\w-]+!)+", "", side).strip(" .\"'“”")
    words = side.split()
    if any(w[:1].isupper() for w in words):
        while words and not words[0][:1].isupper():
            words.pop(0)
        while words and not words[-1][:1].isupper():
            words.pop()
    name = " ".join(words)
    return ORIGINAL_FORMS.get(name.lower(), name)


def _initial(letters: str, index: PackIndex, packs: list[int]) -> str | None:
    """The character an initial stands for ('W/S'): the one whose name starts with it among the
    claimed packs' characters in popular pairings, if only one does."""
    letter = letters[:1].upper()
    for p in packs:
        pack = index.pack(p)
        paired = {m for pairing in pack.pairings for m in pairing.members if m not in OUTSIDE_NAMES}
        found = {m for m in paired if display_name(m)[:1].upper() == letter}
        if len(found) == 1:
            return found.pop()
    return None
