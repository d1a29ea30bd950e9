"""The characters stage: name mentions, alias clusters, pronouns, narrator, reader and point of view.

Everything is regex passes over whole story spans plus light per-mention bookkeeping, so the
stage stays far above the pipeline's 10,000 words/s budget. Three learned parts, all fitted on
LitBank by ``python -m ficlens.training.characters``: a small linear pronoun ranker
(``pronoun_ranker.json``), a PER mention tagger (``tagger.py``, ``mention_tagger.npz``) that adds
common-noun person phrases ("the old man who kept the inn", "her daughter") as epithet mentions,
and a boundary ranker (``boundaries.py``, ``mention_boundaries.json``) that moves the ends of those
phrases or drops them.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..model import Character, Narration, Work
from ..model import Mention as WorkMention
from . import boundaries as _boundaries
from . import lexicon as lx
from . import tagger as _tagger
from .aliases import AliasClusters, display_name
from .mention_checks import place_clusters, rule_spans, tagged_mentions, unconfirmed_clusters, unread_names
from .mentions import Mention
from .names import (
    FEMALE,
    MALE,
    VOCATIVE_AFTER_RE,
    VOCATIVE_BEFORE_RE,
    find_names,
    form_text,
    norm_title,
    parse_form,
    person_filter,
    sister_surnames,
    title_gender,
)
from .narration import READER_CLUSTER, UNNAMED_NARRATOR, NarrativePerson, scene_pov
from .pronouns import resolve_pronouns
from .story import StoryText

READER_RE = re.compile(
    r"\(\s*[yY]/[nN]\s*\)|\[\s*[yY]/[nN]\s*\]|\b[yY]/[nN]\b|\[\s*[Yy]our [Nn]ame\s*\]|\(\s*[Yy]our [Nn]ame\s*\)"
)
PRONOUN_RE = re.compile(
    r"\b(?:(?P<m>he|him|his|himself|He|Him|His|Himself)|(?P<f>she|her|hers|herself|She|Her|Hers|Herself)"
    r"|(?P<first>I|me|my|mine|myself|Me|My|Mine|Myself)|(?P<second>you|your|yours|yourself|You|Your|Yours|Yourself))\b"
)
_DETS = (
    "the a an this that these those his her my your our their its some any every no each one another two three "
    "several many all both"
).split()
_FUNCTION = (
    "and or but nor of in on at to for from with by as than then that which who whom whose was were is are be been "
    "had has have did does do not no so if when while the a an his her my your our their its this these those it "
    "he she they we you i me him them us there here very"
).split()
_NOUNS = "|".join(sorted(lx.PERSON_NOUNS, key=len, reverse=True))
_BARE = "|".join(sorted(lx.BARE_PERSON_NOUNS, key=len, reverse=True))
# A common noun phrase naming a person: "the old man", "her youngest daughter", "Darcy's sister", "no one", "sir".
PERSON_NP_RE = re.compile(
    r"(?<![\w'’-])(?:(?:[Nn]o|[Aa]ny|[Ss]ome|[Ee]very)[ \t]+one\b|(?:(?:"
    + "|".join(f"[{d[0].upper()}{d[0]}]{d[1:]}" for d in _DETS)
    + r"|(?:Mr|Mrs|Miss|Dr|Lady|Sir)\.?[ \t]+[A-Z][a-z]+[ \t]?['’]s|[A-Z][a-z]+[ \t]?['’]s)[ \t]+"
    r"(?:(?!(?:" + "|".join(_FUNCTION) + r")\b)[a-z][a-z'’-]*[ \t]+){0,3}(?:" + _NOUNS + r")"
    r"|(?:" + _BARE + r")))(?![\w'’-])"
)
# "the daughter of James Stevenson", "the wife of the vicar": relational heads take their "of" phrase.
RELATIONAL_RE = re.compile(
    r"\b(?:daughters?|sons?|wife|wives|husbands?|mothers?|fathers?|sisters?|brothers?|friends?|widow|heirs?|"
    r"servants?|masters?|mistress|children|child|niece|nephew|cousins?|uncle|aunt|parents?|members?|owner|keeper)$"
)
OF_PHRASE_RE = re.compile(
    r"[ \t]+of[ \t]+(?:(?:(?:Mr|Mrs|Miss|Dr|Sir|Lady|Lord)\.?[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)*"
    r"|(?:the|a|an|his|her|my|your|our|their)[ \t]+(?:[a-z][a-z'’-]*[ \t]+){0,2}[a-z][a-z'’-]*)(?![\w'’-])"
)
ENDEARMENT_RE = re.compile(
    r"(?:,\s+|[“\"])(?P<word>(?:[Mm]y\s+)?(?:"
    + "|".join(sorted(lx.ENDEARMENTS, key=len, reverse=True))
    + r"))(?=\s*[,.!?]\s*[”\"]|,)"
)



@dataclass(frozen=True)
class Models:
    """The stage's learned parts; None leaves one out (the pronoun ranker then ranks by salience)."""

    tagger: _tagger.Model | None
    boundary_ranker: _boundaries.Ranker | None
    pronoun_weights: tuple[float, ...] | None


def annotate(work: Work, models: Models, pronoun_recorder: list | None = None) -> Work:
    """Fill mentions, characters, narration and each scene's person and focal character.

    pronoun_recorder (training only) receives each resolved pronoun's candidates and features.
    """
    first_names, formal_of = lx.names()
    tx = StoryText(work)
    text = work.text
    found = find_names(tx, first_names)
    occs = person_filter(found, tx, first_names)
    clusters = AliasClusters(occs, first_names, formal_of, sister_surnames(found))
    groups = clusters.groups()
    root_of = {f: clusters.find(f) for f in clusters.forms}

    # Surface forms as they appear, per cluster.
    surface: dict = defaultdict(Counter)
    for o in occs:
        surface[root_of[(norm_title(o.title), o.tokens)]][" ".join(text[o.start : o.end].split())] += 1

    # Gender: titles, first names, then pronoun votes after name mentions.
    votes: dict = defaultdict(Counter)
    for o in occs:
        if o.in_quote:
            continue
        m = PRONOUN_RE.search(text, o.end, min(len(text), o.end + 120))
        near = m is not None and tx.sentence_at(m.start()) - tx.sentence_at(o.start) <= 1
        if near and (m.group("m") or m.group("f")) and text[m.start() : m.end()].lower() != "her":
            votes[root_of[(norm_title(o.title), o.tokens)]][MALE if m.group("m") else FEMALE] += 1
    gender: dict = {}
    for root, forms in groups.items():
        tg = Counter(title_gender(t) for t, _ in forms if title_gender(t))
        fg = Counter(clusters._gender_of_first(toks[0]) for t, toks in forms if not t or t in lx.FIRST_NAME_TITLES)
        fg.pop(None, None)
        if tg:
            gender[root] = tg.most_common(1)[0][0]
        elif fg and len(fg) == 1:
            gender[root] = next(iter(fg))
        else:
            v = votes[root]
            if v and v.most_common(1)[0][1] >= 2 * (sum(v.values()) - v.most_common(1)[0][1]):
                gender[root] = v.most_common(1)[0][0]
            else:
                gender[root] = None

    # Mentions: names, vocatives, nicknames.
    mentions: list[Mention] = []
    vocatives: Counter = Counter()
    narrative: Counter = Counter()
    for o in occs:
        root = root_of[(norm_title(o.title), o.tokens)]
        before = text[max(0, o.start - 12) : o.start]
        after = text[o.end : o.end + 3]
        if o.in_quote and VOCATIVE_BEFORE_RE.search(before) and VOCATIVE_AFTER_RE.match(after):
            kind = "vocative"
            vocatives[root] += 1
        else:
            kind = "nickname" if o.tokens[0] in formal_of and not o.title else "name"
            if not o.in_quote:
                narrative[root] += 1
        mentions.append(Mention(o.start, o.end, kind, root))
    for a, b in tx.spans:
        for m in ENDEARMENT_RE.finditer(text, a, b):
            if tx.quote_at(m.start("word")) >= 0:
                mentions.append(Mention(m.start("word"), m.end("word"), "vocative"))
    named = {(o.start, o.end) for o in occs}
    for a, b in tx.spans:
        for m in PERSON_NP_RE.finditer(text, a, b):
            if (m.start(), m.end()) not in named:
                end = m.end()
                if text[m.end() - 1].isalpha() and RELATIONAL_RE.search(text, m.start(), m.end()):
                    tail = OF_PHRASE_RE.match(text, end)
                    if tail:
                        end = tail.end()
                mentions.append(Mention(m.start(), end, "epithet"))
    del found, occs, named  # a name occurrence per name is not read again: not held while the tagger runs

    # Narrative person: per span of the text, counts of first/second/third person outside quotes.
    person_hits: list[tuple[int, int, str, str]] = []
    for a, b in tx.spans:
        for m in PRONOUN_RE.finditer(text, a, b):
            kind = m.lastgroup
            if tx.quote_at(m.start()) >= 0:
                if kind in ("m", "f"):
                    person_hits.append((m.start(), m.end(), kind, "q"))
                continue
            person_hits.append((m.start(), m.end(), kind, "n"))
    reader_marks = [(m.start(), m.end()) for a, b in tx.spans for m in READER_RE.finditer(text, a, b)]

    narration_at: dict[str, list[int]] = defaultdict(list)
    for s, _, k, where in person_hits:
        if where == "n":
            narration_at[k].append(s)
    mark_at = [s for s, _ in reader_marks]

    person_of = NarrativePerson(text, narration_at, mark_at)

    lo = tx.spans[0][0] if tx.spans else 0
    hi = tx.spans[-1][1] if tx.spans else len(text)
    overall = person_of(lo, hi)
    reader_insert = overall == "second" or len(reader_marks) >= 2

    # Narrator (first person): named by the vocative most used for someone the narration never names.
    narrator_root = None
    if overall == "first":
        cands = [(v, r) for r, v in vocatives.items() if v >= 2 and narrative[r] <= v]
        if cands:
            narrator_root = max(cands, key=lambda x: (x[0], -narrative[x[1]]))[1]
        else:
            narrator_root = UNNAMED_NARRATOR
    NARRATOR = narrator_root
    READER = READER_CLUSTER if reader_insert else None

    for s, e, kind, where in person_hits:
        if kind == "first" and NARRATOR is not None and where == "n":
            mentions.append(Mention(s, e, "narrator", NARRATOR))
        elif kind == "second" and READER is not None and where == "n":
            mentions.append(Mention(s, e, "reader", READER))
    for s, e in reader_marks:
        if READER is not None:
            mentions.append(Mention(s, e, "reader", READER))

    model = models.tagger
    tokens = _tagger.tokenize(text, tx.spans, tx.sentences.starts) if model else None
    person_spans = model.spans(rule_spans(mentions), tokens) if model else []
    not_people = place_clusters(mentions, groups, text, first_names)
    unread: set = set()
    read_inside: set = set()
    if person_spans:
        not_people |= unconfirmed_clusters(mentions, person_spans, groups)
        unread, read_inside = unread_names(mentions, person_spans, text)
    if not_people or unread:  # their names are no character, and pronouns cannot go to them
        mentions = [m for m in mentions if m.cluster not in not_people and m.span not in unread]

    # Pronoun resolution, in text order.
    mentions.sort(key=lambda m: (m.start, -m.end))
    pron = [(s, e, k, w) for s, e, k, w in person_hits if k in ("m", "f")]
    resolved = resolve_pronouns(tx, mentions, pron, gender, models.pronoun_weights or None, pronoun_recorder)
    mentions.extend(resolved)
    if model:
        mentions[:] = tagged_mentions(person_spans, tx, mentions, read_inside)
        if models.boundary_ranker:
            mentions[:] = models.boundary_ranker.adjust(text, mentions, tokens)
    mentions.sort(key=lambda m: (m.start, -m.end))

    # Characters, most mentioned first.
    counts: Counter = Counter(m.cluster for m in mentions if m.cluster is not None)
    if NARRATOR is not None:
        counts[NARRATOR] += 0
    if READER is not None:
        counts[READER] += 0
    order = sorted(counts, key=lambda r: (-counts[r], str(r)))
    total = sum(counts.values()) or 1
    ids = {r: f"c{i}" for i, r in enumerate(order)}
    characters: list[Character] = []
    for r in order:
        if r == READER:
            forms = sorted({text[s:e] for s, e in reader_marks})
            ch = Character(ids[r], "Reader", forms, None, counts[r], round(counts[r] / total, 4), reader=True)
        elif r == UNNAMED_NARRATOR:
            ch = Character(ids[r], "Narrator", [], None, counts[r], round(counts[r] / total, 4), narrator=True)
        else:
            forms = groups[r]
            best = display_name(forms, clusters.forms)
            best_surface = max(
                (sf for sf in surface[r] if (norm_title(best[0]), best[1]) == parse_form(sf)),
                key=len,
                default=form_text(best[0], best[1]),
            )
            aliases = sorted(surface[r], key=lambda s: (-surface[r][s], s))
            share = round(counts[r] / total, 4)
            ch = Character(ids[r], best_surface, aliases, gender.get(r), counts[r], share, narrator=(r == NARRATOR))
        characters.append(ch)

    work.characters = characters
    if pronoun_recorder is not None:
        pronoun_recorder[:] = [(pos, [ids.get(c) for c in cands], feats) for pos, cands, feats in pronoun_recorder]
    work.mentions = [
        WorkMention(m.start, m.end, m.kind, ids.get(m.cluster) if m.cluster is not None else None) for m in mentions
    ]
    narrator_id = ids.get(NARRATOR) if NARRATOR else None
    work.narration = Narration(person=overall, narrator=narrator_id, reader_insert=reader_insert)
    scene_pov(work, tx, person_of)
    return work


