"""Relationship tags as AO3 writes them, and the pairings a work declares, read into them.

A pack's own relationship tag wins ('Sherlock Holmes/John Watson' in the ACD pack, 'John
Watson/Sherlock Holmes' in BBC Sherlock's). Otherwise names go in alphabetical order (accents
ignored), Reader and original characters last, each without its disambiguation, which the tag
gives once at its end when every character shares it ('Keith/Lance (Voltron)').
"""

from __future__ import annotations

import re

from .pack_index import PackIndex
from .packs import OUTSIDE_NAMES, READER, display_name, fold

_SUFFIX_RE = re.compile(r"\s*(\([^()]*\))\s*$")
# Separators between the pairings of a declared list, and between the names of one pairing.
_LIST_SPLIT_RE = re.compile(r"[,;]|\s+and\s+|\s+\+\s+|\n")
_NAME_SPLIT_RE = re.compile(r"\s*/\s*|\s+[xX×]\s+|\s*&\s*")


def relationship_tag(members: list[str], joiner: str, index: PackIndex, packs: list[int]) -> str:
    """The AO3 tag for these canonical characters joined by '/' or ' & '."""
    wanted = set(members)
    for p in packs:
        for pairing in index.pack(p).pairings:
            if pairing.joiner == joiner and set(pairing.members) == wanted:
                return pairing.tag
    ordered = sorted(members, key=lambda m: (m in OUTSIDE_NAMES, fold(display_name(m))))
    suffixes = {_SUFFIX_RE.search(m).group(1) if _SUFFIX_RE.search(m) else None for m in ordered}
    names = joiner.join(display_name(m) for m in ordered)
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
    """(members, joiner, tag) of each pairing a work declares ('Dean/Cas', 'Spuffy',
    'Vampire!Yoongi x Witch!Reader'), with names resolved to canonical tags where the packs
    know them and kept as written where not."""
    out: list[tuple[list[str], str, str]] = []
    seen: set[tuple[str, frozenset]] = set()
    for raw in declared:
        for part in _LIST_SPLIT_RE.split(raw):
            part = part.strip(" .")
            found = _ship_name(part, index, packs)
            if found is None:
                found = _named_pairing(part, index, packs, resolve)
            if found is None:
                continue
            members, joiner = found
            key = (joiner, frozenset(members))
            if key not in seen:
                seen.add(key)
                out.append((members, joiner, relationship_tag(members, joiner, index, packs)))
    return out


def _ship_name(part: str, index: PackIndex, packs: list[int]) -> tuple[list[str], str] | None:
    """A pairing named by its portmanteau or other alias in a pack ('Spuffy', 'Destiel')."""
    key = fold(part)
    for p in packs:
        for pairing in index.pack(p).pairings:
            if any(fold(a) == key for a in pairing.aliases) or fold(pairing.tag) == key:
                return list(pairing.members), pairing.joiner
    return None


def _named_pairing(part: str, index: PackIndex, packs: list[int], resolve) -> tuple[list[str], str] | None:
    if not re.search(r"/|\s[xX×]\s|&", part):
        return None
    joiner = " & " if "&" in part and "/" not in part else "/"
    words = re.split(r"\s+", part)
    # 'mentions of John/Mary' and 'Hotch/Reid pre-slash': keep the words around the separator.
    core = " ".join(w for w in words if w[:1].isupper() or "/" in w or w in ("x", "X", "×", "&") or w[:1] in "!")
    names = [n for n in _NAME_SPLIT_RE.split(core) if n.strip()]
    if len(names) < 2:
        return None
    members = []
    for name in names:
        canonical = resolve(name, index, packs)
        members.append(canonical or re.sub(r"^(?:[\w-]+!)+", "", name).strip())
    if len(set(members)) != len(members) or all(m in (READER,) for m in members):
        return None
    return members, joiner
