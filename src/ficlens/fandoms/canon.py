"""Characters resolved in context: once the fandom is known, the names found in the work map to
AO3's canonical character tags ('Cas' is Castiel, 'Stiles' is Stiles Stilinski, 'the Watcher'
is Rupert Giles); original characters keep the names the characters stage found."""

from __future__ import annotations

import bisect
import re
from collections import Counter

from ..model import Character, Evidence, Tag, Work
from ..text import excerpt
from .detect import Hit
from .pack_index import PackIndex
from .packs import FIRST, KINDS, NAME, ORIGINAL_FORMS, READER, WORD, display_name, fold, name_parts, normalise_surface

MAX_TAG_EVIDENCE = 3
ORIGINAL_SHARE = 0.15  # an original character is tagged when this prominent relative to the lead
_ID_RE = re.compile(r"c\d+")
_TITLE_RE = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Doctor|Prof|Professor|Agent|Detective|Captain|Sir|Lady|Lord|Officer|Sergeant|"
    r"Lieutenant|Inspector|Father|Uncle|Aunt)\.?\s+)+"
)
_READER_FORMS = frozenset({"reader", "y n", "yn", "you", "oc", "f reader", "m reader"})

Canon = tuple[int, int]  # (pack, character index)
NAMING_KINDS = frozenset({NAME, FIRST, WORD})


def resolve_hits(hits: list[Hit], rank: dict[int, int]) -> list[tuple[int, int, Canon, bool]]:
    """Hits naming a character of a claimed fandom, each resolved to one canonical character, and
    whether the hit names the character (a weak alias or an epithet only resolves it).

    A form shared by several characters of the fandom ('Winchester') goes to the one named
    most often unambiguously; with no such evidence it stays unresolved.
    """
    candidates: list[tuple[Hit, list[Canon], bool]] = []
    unambiguous: Counter = Counter()
    for hit in hits:
        options = [(p, c) for p, c, _ in hit.entries if p in rank and c >= 0]
        if not options:
            continue
        best = min(rank[p] for p, _ in options)
        naming = any(KINDS[k] in NAMING_KINDS for p, c, k in hit.entries if p in rank and rank[p] == best and c >= 0)
        options = sorted({o for o in options if rank[o[0]] == best})
        candidates.append((hit, options, naming))
        if len(options) == 1:
            unambiguous[options[0]] += 1
    resolved = []
    for hit, options, naming in candidates:
        if len(options) > 1:
            options = sorted(options, key=lambda o: -unambiguous[o])
            if unambiguous[options[0]] == unambiguous[options[1]]:
                continue
        resolved.append((hit.start, hit.end, options[0], naming))
    return resolved


def next_id(work: Work) -> int:
    """The next free number for a character id 'cN'."""
    return 1 + max((int(c.id[1:]) for c in work.characters if _ID_RE.fullmatch(c.id)), default=-1)


def map_characters(work: Work, index: PackIndex, resolved: list[tuple[int, int, Canon, bool]]) -> dict[str, list[int]]:
    """Give clustered characters their canonical tags and add canonical ones nobody clustered
    (only those the work names: 'God' alone makes no Chuck Shurley).

    Returns each character id's mention offsets (the characters stage's mentions plus the
    pack hits), which the relationship scoring reads.
    """
    hit_starts = [start for start, _, _, _ in resolved]
    votes: dict[str, Counter] = {}
    for m in work.mentions:  # a mention overlapping a resolved hit ('Slayer' in 'The Slayer')
        if m.character is None:
            continue
        i = bisect.bisect_left(hit_starts, m.start)  # the hit the mention starts with, else the one it overlaps
        if not (i < len(resolved) and resolved[i][0] < m.end):
            i -= 1
        if i >= 0 and resolved[i][0] < m.end and resolved[i][1] > m.start:
            votes.setdefault(m.character, Counter())[resolved[i][2]] += 1
    surface_canon: dict[str, Counter] = {}
    for start, end, canon, _ in resolved:
        surface_canon.setdefault(normalise_surface(work.text[start:end]).lower(), Counter())[canon] += 1
    for ch in work.characters:
        if ch.reader:
            ch.canonical = READER
            continue
        for form in {normalise_surface(f).lower() for f in (ch.name, *ch.aliases)}:
            for canon, n in surface_canon.get(form, {}).items():
                votes.setdefault(ch.id, Counter())[canon] += n
    owner: dict[Canon, str] = {}
    for ch in sorted(work.characters, key=lambda c: -c.mentions):
        if ch.id in votes and not ch.reader:
            canon = votes[ch.id].most_common(1)[0][0]
            pc = index.pack(canon[0]).characters[canon[1]]
            ch.canonical = pc.name
            if ch.gender is None:
                ch.gender = pc.gender
            owner.setdefault(canon, ch.id)
    # Characters the characters stage kept apart but the pack knows as one ('Castiel', 'Cas')
    # are counted as the first (most mentioned) of them.
    same = {
        ch.id: owner[votes[ch.id].most_common(1)[0][0]]
        for ch in work.characters
        if ch.id in votes and not ch.reader
    }
    positions: dict[str, list[int]] = {}
    for m in work.mentions:
        if m.character is not None:
            positions.setdefault(same.get(m.character, m.character), []).append(m.start)
    counts = Counter(canon for _, _, canon, _ in resolved)
    named = {canon for _, _, canon, naming in resolved if naming}
    surfaces: dict[Canon, set[str]] = {}
    for start, end, canon, _ in resolved:
        surfaces.setdefault(canon, set()).add(normalise_surface(work.text[start:end]))
    total = sum(c.mentions for c in work.characters) + sum(counts.values())
    number = next_id(work)
    for canon, n in counts.most_common():
        if canon in owner or canon not in named:
            continue
        pc = index.pack(canon[0]).characters[canon[1]]
        cid = f"c{number}"
        number += 1
        work.characters.append(
            Character(
                cid, display_name(pc.name), sorted(surfaces[canon]), pc.gender, n, round(n / max(total, 1), 4),
                canonical=pc.name,
            )
        )
        owner[canon] = cid
    for start, _, canon, _ in resolved:
        if canon in owner:
            positions.setdefault(owner[canon], []).append(start)
    for cid, offs in positions.items():
        positions[cid] = sorted(set(offs))
    return positions


def resolve_name(name: str, index: PackIndex, packs: list[int]) -> str | None:
    """The canonical tag a loosely written name stands for in the claimed packs ('Cas', 'Hotch',
    'Demon!Dean', 'Kowalski'); READER for the reader; None when no one or several fit."""
    name = re.sub(r"^(?:[\w-]+!)+", "", name.strip())  # 'Vampire!Yoongi'
    name = re.sub(r"\s*\([^()]*\)?\s*$", "", name).strip(" .\"'“”()[]")  # 'Haggar (Voltron', 'Thranduil ('
    key = fold(name)
    if key in _READER_FORMS or key.endswith(" reader"):
        return READER
    if key in ORIGINAL_FORMS:
        return ORIGINAL_FORMS[key]
    if not key:
        return None
    for p in packs:
        entries = [e for e in index.forms.get(normalise_surface(name), []) if e[0] == p and e[1] >= 0]
        if len({e[1] for e in entries}) == 1:
            return index.pack(p).characters[entries[0][1]].name
    for p in packs:
        pack = index.pack(p)
        found = {
            c.name
            for c in pack.characters
            for form in (*name_parts(c.name), *c.aliases, *c.weak_aliases, c.name)
            if fold(form) == key or key in fold(form).split() and len(key) > 2
        }
        if len(found) == 1:
            return found.pop()
    return None


def original_name(name: str) -> str:
    """An original character's name as AO3 would tag it: without 'Dr.' or 'Agent'."""
    return _TITLE_RE.sub("", name).strip() or name


def _inside_terms(work: Work, terms: list[tuple[int, int]]) -> set[str]:
    """Ids of unknown characters named only inside a fandom term ('Baker' of 'Baker Street')."""
    starts = [s for s, _ in terms]
    named: dict[str, bool] = {}
    for m in work.mentions:
        if m.character is None or m.kind not in ("name", "nickname"):
            continue
        i = bisect.bisect_right(starts, m.start) - 1
        inside = i >= 0 and m.start < terms[i][1]
        named[m.character] = named.get(m.character, False) or not inside
    return {cid for cid, outside in named.items() if not outside}


def character_tags(
    work: Work, positions: dict[str, list[int]], terms: list[tuple[int, int]], declared: list[str]
) -> tuple[list[Tag], set[str]]:
    """Canonical tags (and the names of prominent original characters), most prominent first,
    then declared characters the text does not name; and the ids of the characters tagged
    (only they take part in relationships)."""
    tags: list[Tag] = []
    tagged: set[str] = set()
    term_only = _inside_terms(work, terms)
    seen: set[str] = set()

    def count(c: Character) -> int:
        return max(c.mentions, len(positions.get(c.id, ())))

    ranked = sorted(work.characters, key=lambda c: -count(c))
    top = max((count(c) for c in ranked), default=1) or 1
    for ch in ranked:
        n = count(ch)
        original = n >= max(3, ORIGINAL_SHARE * top) and not ch.narrator and ch.id not in term_only
        name = ch.canonical or (original_name(ch.name) if original else None)
        if not name or name in seen:
            continue
        seen.add(name)
        tagged.add(ch.id)
        offs = positions.get(ch.id, [])[:MAX_TAG_EVIDENCE]
        ends = [min(len(work.text), o + 60) for o in offs]
        evidence = [Evidence(o, e, f"mention of {ch.name}", excerpt(work.text, o, e)) for o, e in zip(offs, ends)]
        tags.append(Tag(name, "character", round(min(1.0, 0.5 + n / top / 2), 3), evidence))
    for name in declared:
        if name not in seen:
            seen.add(name)
            tags.append(Tag(name, "character", 0.9))
    return tags, tagged
