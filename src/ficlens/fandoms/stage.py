"""The fandoms stage: fandom, canonical characters, relationships and category for one work."""

from __future__ import annotations

import bisect
import re
from collections import Counter

from ..model import Character, Evidence, Relationship, Tag, Work
from ..text import count_words, excerpt
from .detect import Hit, claim_fandoms, scan
from .packs import PackSet, display_name
from .relations import category_of, find_bonds

READER_TAG = "Reader"
_YN_RE = re.compile(r"\(?\b[YyLlEe]/[Nn]\b\)?")
_YOU_RE = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself)\b")
_QUOTED_RE = re.compile(r"\"[^\"\n]*\"|“[^”]*”")
_ID_RE = re.compile(r"c\d+")
MAX_TAG_EVIDENCE = 3
ORIGINAL_SHARE = 0.15  # an original character is tagged when this prominent relative to the lead

Canon = tuple[int, int]  # (pack index, character index)


def run(work: Work, pack_set: PackSet) -> Work:
    words = work.stats.words or sum(count_words(work.text, s.start, s.end) for s in work.story_spans())
    hits = scan(work, pack_set)
    claimed = claim_fandoms(hits, words, pack_set)
    work.detected.fandoms = [_fandom_tag(work, pack_set, p, conf, ev) for p, conf, ev in claimed]
    rank = {p: i for i, (p, _, _) in enumerate(claimed)}
    resolved = _resolve_hits(hits, rank)
    positions = _map_characters(work, pack_set, resolved)
    _add_reader(work, positions)
    terms = [(h.start, h.end) for h in hits if any(e.character < 0 for e in h.entries)]
    work.detected.characters, tagged = _character_tags(work, positions, terms)
    _fill_relationships(work, pack_set, rank, {cid: offs for cid, offs in positions.items() if cid in tagged})
    return work


def _fandom_tag(work: Work, pack_set: PackSet, pack: int, confidence: float, ev) -> Tag:
    p = pack_set.packs[pack]
    evidence = []
    for key, (start, end) in list(ev.first_spans.items())[:5]:
        what = p.characters[int(key[1:])].name if key[0] == "c" else key[1:]
        kind = "character" if key[0] == "c" else "term"
        evidence.append(Evidence(start, end, f"{p.name} {kind}: {what}", excerpt(work.text, start, end)))
    return Tag(p.name, "fandom", confidence, evidence)


def _resolve_hits(hits: list[Hit], rank: dict[int, int]) -> list[tuple[int, int, Canon]]:
    """Hits that name a character of a claimed fandom, each resolved to one canonical character.

    A surface shared by several characters of the fandom ('Winchester') goes to the one named
    most often unambiguously; with no such evidence it stays unresolved.
    """
    candidates: list[tuple[Hit, list[Canon]]] = []
    unambiguous: Counter = Counter()
    for hit in hits:
        options = [(e.pack, e.character) for e in hit.entries if e.pack in rank and e.character >= 0]
        if not options:
            continue
        best = min(rank[p] for p, _ in options)
        options = [o for o in options if rank[o[0]] == best]
        candidates.append((hit, options))
        if len(options) == 1:
            unambiguous[options[0]] += 1
    resolved = []
    for hit, options in candidates:
        if len(options) > 1:
            options = sorted(options, key=lambda o: -unambiguous[o])
            if unambiguous[options[0]] == unambiguous[options[1]]:
                continue
        resolved.append((hit.start, hit.end, options[0]))
    return resolved


def _map_characters(work: Work, pack_set: PackSet, resolved: list[tuple[int, int, Canon]]) -> dict[str, list[int]]:
    """Give clustered characters their canonical tags, add canonical ones nobody clustered.

    Returns each character id's mention offsets (the characters stage's mentions plus the
    pack hits), which the relationship scoring reads.
    """
    hit_starts = [start for start, _, _ in resolved]
    votes: dict[str, Counter] = {}
    for m in work.mentions:  # a mention overlapping a resolved hit ('Slayer' in 'The Slayer')
        if m.character is None:
            continue
        i = bisect.bisect_right(hit_starts, m.end - 1) - 1
        if i >= 0 and resolved[i][1] > m.start:
            votes.setdefault(m.character, Counter())[resolved[i][2]] += 1
    surface_canon: dict[str, Counter] = {}
    for start, end, canon in resolved:
        surface_canon.setdefault(" ".join(work.text[start:end].split()).lower(), Counter())[canon] += 1
    for ch in work.characters:
        if ch.reader:
            ch.canonical = READER_TAG
            continue
        for form in {f.lower() for f in (ch.name, *ch.aliases)}:
            for canon, n in surface_canon.get(form, {}).items():
                votes.setdefault(ch.id, Counter())[canon] += n
    owner: dict[Canon, str] = {}
    for ch in sorted(work.characters, key=lambda c: -c.mentions):
        if ch.id in votes and not ch.reader:
            canon = votes[ch.id].most_common(1)[0][0]
            pc = pack_set.packs[canon[0]].characters[canon[1]]
            ch.canonical = pc.name
            if ch.gender is None:
                ch.gender = pc.gender
            owner.setdefault(canon, ch.id)
    # Characters the characters stage kept apart but the pack knows as one ('Castiel', 'Cas')
    # are counted as the first (most mentioned) of them.
    same = {ch.id: owner[canon] for ch in work.characters if ch.id in votes and not ch.reader
            for canon in [votes[ch.id].most_common(1)[0][0]]}
    positions: dict[str, list[int]] = {}
    for m in work.mentions:
        if m.character is not None:
            positions.setdefault(same.get(m.character, m.character), []).append(m.start)
    counts = Counter(canon for _, _, canon in resolved)
    surfaces: dict[Canon, set[str]] = {}
    for start, end, canon in resolved:
        surfaces.setdefault(canon, set()).add(" ".join(work.text[start:end].split()))
    total = sum(c.mentions for c in work.characters) + sum(counts.values())
    next_id = _next_id(work)
    for canon, n in counts.most_common():
        if canon in owner:
            continue
        pc = pack_set.packs[canon[0]].characters[canon[1]]
        cid = f"c{next_id}"
        next_id += 1
        work.characters.append(
            Character(
                cid, display_name(pc.name), sorted(surfaces[canon]), pc.gender, n, round(n / max(total, 1), 4),
                canonical=pc.name,
            )
        )
        owner[canon] = cid
    for start, _, canon in resolved:
        cid = owner[canon]
        offs = positions.setdefault(cid, [])
        offs.append(start)
    for cid, offs in positions.items():
        positions[cid] = sorted(set(offs))
    return positions


def _next_id(work: Work) -> int:
    """The next free number for a character id 'cN'."""
    return 1 + max((int(c.id[1:]) for c in work.characters if _ID_RE.fullmatch(c.id)), default=-1)


def _add_reader(work: Work, positions: dict[str, list[int]]) -> None:
    """A reader-insert the characters stage missed: 'Y/N' in the story makes a Reader."""
    if any(c.reader for c in work.characters):
        return
    text = work.text
    spans = work.story_spans()
    marks = [m.start() for s in spans for m in _YN_RE.finditer(text, s.start, s.end)]
    if len(marks) < 2:
        return
    quoted = [(m.start(), m.end()) for s in spans for m in _QUOTED_RE.finditer(text, s.start, s.end)]
    quote_starts = [a for a, _ in quoted]

    def in_quote(off: int) -> bool:
        i = bisect.bisect_right(quote_starts, off) - 1
        return i >= 0 and off < quoted[i][1]

    yous = [m.start() for s in spans for m in _YOU_RE.finditer(text, s.start, s.end) if not in_quote(m.start())]
    cid = f"c{_next_id(work)}"
    n = len(marks) + len(yous)
    work.characters.append(Character(cid, READER_TAG, ["Y/N", "you"], None, n, 0.0, reader=True, canonical=READER_TAG))
    work.narration.reader_insert = True
    positions[cid] = sorted(set(marks + yous))


def _pairing_order(pack_set: PackSet, rank: dict[int, int], names: list[str], joiner: str) -> list[str] | None:
    """The order a pack's popular pairing gives these names (same kind of bond preferred)."""
    wanted = set(names)
    found: list[tuple[bool, list[str]]] = []
    for p in sorted(rank, key=rank.get):
        for pairing in pack_set.packs[p].pairings:
            parts = [n.strip() for n in re.split(r"/| & ", pairing)]
            if set(parts) == wanted and len(parts) == len(names):
                found.append((joiner.strip() not in pairing, parts))
    return min(found, key=lambda f: f[0])[1] if found else None


def _fill_relationships(work: Work, pack_set: PackSet, rank: dict[int, int], positions: dict[str, list[int]]) -> None:
    by_id = {c.id: c for c in work.characters}
    weight = {cid: len(offs) for cid, offs in positions.items()}
    work.relationships = []
    work.detected.relationships = []
    categories: Counter = Counter()
    category_score: dict[str, float] = {}
    for bond in find_bonds(work, positions):
        chars = [by_id[c] for c in bond.characters]
        chars.sort(key=lambda c: (c.reader, -weight.get(c.id, 0)))
        names = [c.canonical or c.name for c in chars]
        joiner = "/" if bond.kind == "romantic" else " & "
        order = _pairing_order(pack_set, rank, names, joiner)
        if order:
            chars = [next(c for c in chars if (c.canonical or c.name) == n) for n in order]
            names = order
        name = joiner.join(names)
        work.relationships.append(Relationship([c.id for c in chars], name, bond.kind, bond.score, bond.evidence))
        work.detected.relationships.append(Tag(name, "relationship", bond.score, bond.evidence))
        if bond.kind == "romantic":
            kind = category_of([c.gender for c in chars]) or "Other"
            categories[kind] += 1
            category_score[kind] = max(category_score.get(kind, 0.0), bond.score)
    if not categories:
        # Gen needs people to be about; a text with no characters gets no category at all.
        work.detected.category = [Tag("Gen", "category", 0.6)] if positions else []
        return
    tags = [Tag(k, "category", category_score[k]) for k, _ in categories.most_common()]
    if len(tags) > 1:
        tags.insert(0, Tag("Multi", "category", min(t.confidence for t in tags)))
    work.detected.category = tags


def _inside_terms(work: Work, terms: list[tuple[int, int]]) -> set[str]:
    """Ids of unknown characters named only inside a fandom term ('Baker' of 'Baker Street')."""
    starts = [s for s, _ in terms]
    named: dict[str, bool] = {}
    for m in work.mentions:
        if m.character is None or m.kind not in ("name", "nickname"):
            continue
        i = bisect.bisect_right(starts, m.start) - 1
        inside = i >= 0 and m.start < terms[i][1]  # overlaps the term ('Jedi Master')
        named[m.character] = named.get(m.character, False) or not inside
    return {cid for cid, outside in named.items() if not outside}


def _character_tags(
    work: Work, positions: dict[str, list[int]], terms: list[tuple[int, int]]
) -> tuple[list[Tag], set[str]]:
    """Canonical tags (and the names of prominent original characters), most prominent first,
    and the ids of the characters tagged: only they take part in relationships."""
    tags: list[Tag] = []
    tagged: set[str] = set()
    term_only = _inside_terms(work, terms)
    seen: set[str] = set()
    ranked = sorted(work.characters, key=lambda c: -max(c.mentions, len(positions.get(c.id, ()))))
    top = max((max(c.mentions, len(positions.get(c.id, ()))) for c in ranked), default=1) or 1
    for ch in ranked:
        count = max(ch.mentions, len(positions.get(ch.id, ())))
        original = count >= max(3, ORIGINAL_SHARE * top) and not ch.narrator and ch.id not in term_only
        name = ch.canonical or (ch.name if original else None)
        if not name or name in seen:
            continue
        seen.add(name)
        tagged.add(ch.id)
        offs = positions.get(ch.id, [])[:MAX_TAG_EVIDENCE]
        ends = [min(len(work.text), o + 60) for o in offs]
        evidence = [Evidence(o, e, f"mention of {ch.name}", excerpt(work.text, o, e)) for o, e in zip(offs, ends)]
        tags.append(Tag(name, "character", round(min(1.0, 0.5 + count / top / 2), 3), evidence))
    return tags, tagged
