"""The fandoms stage: fandom, canonical characters, relationships and category for one work."""

from __future__ import annotations

import re
from collections import Counter

from ..model import Character, Evidence, Relationship, Tag, Work
from ..spans import SpanIndex
from ..text import excerpt
from .canon import character_tags, map_characters, next_id, resolve_hits, resolve_name
from .detect import NAMING_KINDS, claim_fandoms, declared_fandoms, scan, zones
from .pack_index import PackIndex
from .packs import READER, fold
from .pairings import declared_pairings, is_ship_name, member_order, relationship_tag, ship_pairings
from .relations import category_of, find_bonds

_YN_RE = re.compile(r"\(?\b[YyLlEe]/[Nn]\b\)?")
_YOU_RE = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself)\b")
DECLARED_SCORE = 0.95  # a relationship the work declares
TITLED_SCORE = 0.6  # a reader-insert's romance with the one character its title names

def run(work: Work, index: PackIndex) -> Work:
    hits = scan(work.text, zones(work), index)
    name_mentions = sum(1 for m in work.mentions if m.kind in ("name", "nickname"))
    claimed = claim_fandoms(work, hits, index, name_mentions)
    _, unknown = declared_fandoms(work, index)
    packs = [p for p, _, _ in claimed]
    work.detected.fandoms = [_fandom_tag(work, index, p, conf, ev) for p, conf, ev in claimed]
    work.detected.fandoms += [Tag(name, "fandom", 0.9) for name in unknown if not _short_for(name, index, packs)]
    rank = {p: i for i, p in enumerate(packs)}
    # A disclaimer names the fandom's owner and cast ('Inuyasha & Inutaisho ©2000 Rumiko Takahashi'):
    # evidence for the fandom, not the work's characters.
    disclaimers = SpanIndex([p for p in work.paratext if p.kind == "disclaimer"])
    resolved = [h for h in resolve_hits(hits, rank) if disclaimers.containing(h[0]) < 0]
    positions = map_characters(work, index, resolved)
    _add_reader(work, positions)
    terms = [(h.start, h.end) for h in hits if any(e[1] < 0 for e in h.entries)]
    ships = [n for n in work.declared.characters if not resolve_name(n, index, packs) and is_ship_name(n, index, packs)]
    declared_characters = [
        c
        for c in (resolve_name(n, index, packs) or _as_written(n) for n in work.declared.characters if n not in ships)
        if c and c != READER
    ]
    declared = declared_pairings([*work.declared.relationships, *ships], index, packs, resolve_name)
    declared += ship_pairings([work.text[p.start : p.end] for p in work.paratext if p.kind in NAMING_KINDS], index, packs)
    declared_characters += [m for members, _, _ in declared for m in members]  # 'Levi/Reader' tags the Reader
    work.detected.characters, tagged = character_tags(work, positions, terms, declared_characters)
    chosen = {cid: offs for cid, offs in positions.items() if cid in tagged}
    _fill_relationships(work, index, packs, chosen, declared)
    return work


def _as_written(name: str) -> str:
    """A declared name no pack knows, with the brackets a list split at its commas broke
    ('Haggar (Voltron' -> 'Haggar (Voltron)', 'Thranduil (' -> 'Thranduil', 'OCs)' -> 'OCs')."""
    name = name.strip(" []")
    if name.count("(") > name.count(")"):
        name += ")"
    elif name.count(")") > name.count("("):
        name = name.rstrip(")")
    return re.sub(r"\s*\(\s*\)$", "", name).strip()


def _short_for(name: str, index: PackIndex, packs: list[int]) -> bool:
    """A declared fandom no pack knows that is a claimed fandom's name shortened ('Atlantis' for
    Stargate Atlantis): every word of it is a word of that fandom's name."""
    words = set(fold(name).split())
    return bool(words) and any(
        words <= set(fold(n).split()) for p in packs for n in (index.infos[p].name, *index.infos[p].other_names)
    )


def _fandom_tag(work: Work, index: PackIndex, pack: int, confidence: float, ev) -> Tag:
    info = index.infos[pack]
    evidence = []
    if ev.declared:
        evidence.append(Evidence(0, 0, f"declared fandom: {info.name}"))
    for key, (start, end) in list(ev.first_spans.items())[:5]:
        if key == "n":
            what, kind = info.name, "name"
        elif key[0] == "c":
            what, kind = index.pack(pack).characters[int(key[1:])].name, "character"
        else:
            what, kind = key[1:], "term"
        evidence.append(Evidence(start, end, f"{info.name} {kind}: {what}", excerpt(work.text, start, end)))
    return Tag(info.name, "fandom", confidence, evidence)


def _add_reader(work: Work, positions: dict[str, list[int]]) -> None:
    """A reader-insert the characters stage missed: 'Y/N' in the story makes a Reader."""
    if any(c.reader for c in work.characters):
        return
    text = work.text
    spans = work.story_spans()
    marks = [m.start() for s in spans for m in _YN_RE.finditer(text, s.start, s.end)]
    if len(marks) < 2:
        return
    quotations = SpanIndex(work.quotations)
    yous = [m.start() for s in spans for m in _YOU_RE.finditer(text, s.start, s.end) if quotations.containing(m.start()) < 0]
    cid = f"c{next_id(work)}"
    n = len(marks) + len(yous)
    work.characters.append(Character(cid, READER, ["Y/N", "you"], None, n, 0.0, reader=True, canonical=READER))
    work.narration.reader_insert = True
    positions[cid] = sorted(set(marks + yous))


def _fill_relationships(
    work: Work, index: PackIndex, packs: list[int], positions: dict[str, list[int]],
    declared: list[tuple[list[str], str, str]],
) -> None:
    """Declared pairings first (as given, in canonical names; ship names in the header or notes
    too), then the bonds the text shows."""
    by_id = {c.id: c for c in work.characters}
    by_canonical = {c.canonical: c.id for c in work.characters if c.canonical}
    work.relationships = []
    work.detected.relationships = []
    categories: Counter = Counter()
    category_score: dict[str, float] = {}
    gender = {c.canonical or c.name: c.gender for c in work.characters}
    for p in packs:
        gender.update({pc.name: pc.gender for pc in index.pack(p).characters if gender.get(pc.name) is None})
    names_taken: set[str] = set()

    def add(members: list[str], joiner: str, tag: str, score: float, evidence: list[Evidence], ids=None) -> None:
        if tag in names_taken:
            return
        names_taken.add(tag)
        kind = "romantic" if joiner == "/" else "platonic"
        ids = ids or [by_canonical.get(m, "") for m in members]
        if all(ids):
            work.relationships.append(Relationship(ids, tag, kind, score, evidence))
        work.detected.relationships.append(Tag(tag, "relationship", score, evidence))
        if kind == "romantic":
            cat = category_of([gender.get(m) for m in members]) or "Other"
            categories[cat] += 1
            category_score[cat] = max(category_score.get(cat, 0.0), score)

    for members, joiner, tag in declared:
        add(members, joiner, tag, DECLARED_SCORE, [])
    if declared:
        return _fill_category(work, positions, categories, category_score)  # the author said
    ids_of: dict[str, list[str]] = {}
    for cid in positions:
        name = by_id[cid].canonical or by_id[cid].name
        ids_of.setdefault(name, []).append(cid)
    favoured = {
        frozenset((x, y))
        for p in packs
        for pairing in index.pack(p).pairings
        if pairing.joiner == "/" and len(pairing.members) == 2
        for x in ids_of.get(pairing.members[0], ())
        for y in ids_of.get(pairing.members[1], ())
    }
    reader = next((c.id for c in work.characters if c.reader and c.id in positions), "")
    for bond in find_bonds(work, positions, favoured, reader):
        id_of = {by_id[c].canonical or by_id[c].name: c for c in bond.characters}
        joiner = "/" if bond.kind == "romantic" else " & "
        members = member_order(list(id_of), joiner, index, packs)
        tag = relationship_tag(members, joiner, index, packs)
        add(members, joiner, tag, bond.score, bond.evidence, [id_of[m] for m in members])
    titled = _title_partner(work, positions, reader) if reader else None
    if titled and not any(r.kind == "romantic" and reader in r.characters for r in work.relationships):
        cid, (start, end) = titled
        members = member_order([by_id[cid].canonical, READER], "/", index, packs)
        evidence = [Evidence(start, end, "a reader-insert titled with the character", excerpt(work.text, start, end))]
        ids = [cid if m != READER else reader for m in members]
        add(members, "/", relationship_tag(members, "/", index, packs), TITLED_SCORE, evidence, ids)
    _fill_category(work, positions, categories, category_score)


def _title_partner(work: Work, positions: dict[str, list[int]], reader: str) -> tuple[str, tuple[int, int]] | None:
    """The one canonical character a reader-insert's title names ('Joel Miller | Survive', as
    x-Reader stories are titled), with the title's span; None when the title names none or several."""
    titles = [(p.start, p.end) for p in work.paratext if p.kind == "title"]
    by_id = {c.id: c for c in work.characters}
    named = {
        cid: span
        for cid, offs in positions.items()
        if cid != reader and by_id[cid].canonical
        for span in titles
        if any(span[0] <= o < span[1] for o in offs)
    }
    return next(iter(named.items())) if len(named) == 1 else None


def _fill_category(work: Work, positions: dict[str, list[int]], categories: Counter, category_score: dict) -> None:
    if not categories:
        # Gen needs people to be about; a text with no characters gets no category at all.
        work.detected.category = [Tag("Gen", "category", 0.6)] if positions else []
        return
    tags = [Tag(k, "category", category_score[k]) for k, _ in categories.most_common()]
    if len(tags) > 1:
        tags.insert(0, Tag("Multi", "category", min(t.confidence for t in tags)))
    work.detected.category = tags
