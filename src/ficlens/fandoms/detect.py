"""Fandom detection: the packs' names found in a work, weighed as evidence for each fandom.

One pass of the name scanner over the story and its header (title, header fields, summary;
not the author's notes, which name other fandoms freely) finds every form of every pack. Each
fandom then gets a score, a sum of log-likelihood ratios: how much more likely its names are
in one of its works than in any other story. A distinctive name ('Castiel') is worth much, a
common first name little and less the commoner it is ('Dean' more than 'John'), an everyday
word ('Angel') less still; distinctive vocabulary ('Sunnydale') counts too, everyday words
('vampire') only a little. A fandom is claimed from two distinct signals or more and a score
past CLAIM_SCORE, so one name alone never decides, and "Sam" and "John" never do. What the
work declares decides at once: a `Fandom:` header, a site category path, a fandom named in
the title, summary or a disclaimer ("I don't own Supernatural").

Crossovers: packs are taken best first, and a later pack counts only the names no claimed
pack explains, so 'Sherlock Holmes' in a BBC story does not also claim the ACD books.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ..model import Work
from .lexicon import SURNAMES, is_everyday_word, name_share
from .pack_index import TOKEN_RE, Entry, PackIndex
from .packs import EPITHET, FIRST, KINDS, NAME, NOT_FIRST_NAMES, TERM, WEAK, WORD, fold, normalise_surface

CLAIM_SCORE = 8.0  # the summed evidence a fandom needs
MIN_SIGNALS = 1.5  # distinct signals a fandom needs (a character, a distinctive term, a quarter per support form)
NAME_LLR = 5.0  # a distinctive one-word name or alias
FULL_NAME_LLR = 7.0  # a distinctive name of two words or more: 'Fox Mulder'
MAX_SUPPORT_SIGNALS = 1.0
WORD_LLR = 1.0  # a name that is also an everyday word
WEAK_LLR = 0.5  # a weak alias or an epithet: support
TERM_LLR = 3.0  # a distinctive vocabulary term
VOCAB_LLR = 0.5  # an everyday vocabulary word: support
MAX_SUPPORT = 1.5  # weak forms and everyday vocabulary together add at most this much
PRIOR_WEIGHT = 1.0  # ranking only: per tenfold more AO3 works, between packs sharing names
NAMED_LLR = 8.0  # the fandom's own name in the header, summary or a disclaimer
TITLE_LINES = 3  # the first lines of a work read for a fandom name in any case
STORY_CAST = 8  # named characters in a typical story: how often a first name turns up by chance
MIN_SHARE = 0.15  # share of the work's name mentions the fandom must explain (long works)
MIN_CAST_SHARE = 0.35  # share of the work's named characters the fandom must explain ...
MIN_CAST = 3  # ... when the work names this many (a novel's chapter naming Lucy, George, Cecil,
SURE_SCORE = 16.0  # Charlotte and Freddy is no Five Nights at Freddy's), unless the evidence is this strong
SHARE_FROM = 40  # name mentions from which the share test applies
# Paratext that tells what the work is; author's notes and credits name other things.
HEADER_KINDS = frozenset({"title", "header", "summary", "disclaimer", "chapter_heading"})
NAMING_KINDS = HEADER_KINDS | {"author_note"}
# Kinds of form that name a character alone; a surname or weak alias ('Emerson') names one only in
# context, so it explains no one of a work's cast.
_NAMING = frozenset(KINDS.index(k) for k in (NAME, FIRST, WORD))
_UNUSUAL_RE = re.compile(r"[’‘‐\n\t]|  ")  # what normalise_surface would change
_FULL_NAME_AFTER_RE = re.compile(r" ([A-Z][a-z]+)(?![\w'’-])")
_CLAIM_LINE_RE = re.compile(
    r"\b(?:(?:do|does|did)(?:n['’]t| not) own|own nothing|not mine|belongs? to|property of|copyright|"
    r"disclaimer|fanfic|fanfics|fanfiction|fan fiction|fandom|crossover)\b|©|»",
    re.IGNORECASE,
)


@dataclass
class Hit:
    start: int
    end: int
    form: str
    entries: list[Entry]
    header: bool = False  # found in the work's header rather than its story text


@dataclass
class Evidence:
    """What one pack's forms matched in one work."""

    pack: int
    characters: dict[int, float] = field(default_factory=dict)  # character -> best log-likelihood ratio
    terms: dict[str, float] = field(default_factory=dict)  # distinctive term -> ratio
    support: float = 0.0  # weak forms and everyday vocabulary
    support_forms: set[str] = field(default_factory=set)
    named: bool = False  # the fandom's own name was found
    declared: bool = False  # the work declares the fandom
    declared_cast: set[int] = field(default_factory=set)  # characters the work's declared pairings name in full
    hits: int = 0
    first_spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # signal -> first span

    @property
    def signals(self) -> float:
        """Distinct signals: a character or a distinctive term is one, a character known only by
        an everyday word ('Link', 'One') half, each supporting form a quarter (one at most), the
        fandom's name two."""
        people = sum(1.0 if v > WORD_LLR else 0.5 for v in self.characters.values())
        support = min(MAX_SUPPORT_SIGNALS, len(self.support_forms) / 4)
        named = 2 if self.named or self.declared else 0
        return people + len(self.terms) + support + named + len(self.declared_cast)

    @property
    def only_common_names(self) -> bool:
        """Nothing but common first names or everyday words ('John', 'Sam', 'Will') were found:
        an original story's cast could be that, so support must come from somewhere else."""
        sure = self.terms or self.named or self.declared or self.declared_cast
        return not sure and all(v < NAME_LLR for v in self.characters.values())

    def score(self) -> float:
        return (
            sum(self.characters.values())
            + sum(self.terms.values())
            + min(self.support, MAX_SUPPORT)
            + (NAMED_LLR if self.named else 0.0)
        )

    def confidence(self, share: float) -> float:
        """0.5 at the claim score, rising towards 1 with more evidence; a declared fandom is near certain."""
        if self.declared:
            return 0.97
        if self.named:
            share = 1.0
        strength = 1.0 - 0.5 * math.exp(-(self.score() - CLAIM_SCORE) / 4.0)
        return round(max(0.0, min(0.99, strength * min(1.0, 0.6 + share))), 3)


def first_name_llr(share_percent: float) -> float:
    """How much more likely a fandom's character name is in its works than in any story: a first
    name borne by `share_percent` % of people turns up in about STORY_CAST times that share of stories."""
    chance = min(0.5, STORY_CAST * share_percent / 100.0 + 0.002)
    return max(0.0, math.log(0.5 / chance))


def form_llr(form: str, kind: str) -> float:
    if kind == NAME:
        return FULL_NAME_LLR if " " in form else NAME_LLR
    if kind == FIRST:
        return min(NAME_LLR, first_name_llr(name_share(form) or 0.1))
    if kind == WORD:
        return WORD_LLR
    if kind == TERM:
        return TERM_LLR
    return WEAK_LLR if kind in (WEAK, EPITHET) else VOCAB_LLR


def zones(work: Work) -> list[tuple[int, int, bool]]:
    """(start, end, is header) of the text the scanner reads: story spans and header paratext."""
    out = [(s.start, s.end, False) for s in work.story_spans()]
    out += [(p.start, p.end, True) for p in work.paratext if p.kind in HEADER_KINDS]
    return sorted(out)


def scan(text: str, spans: list[tuple[int, int, bool]], index: PackIndex) -> list[Hit]:
    """Every pack form in the spans, longest first at each word, in text order. A possessive
    is tried as written first ("Bart's"), then without its ending ("Dean's")."""
    forms = index.forms
    first = index.first_tokens
    second = index.second_tokens
    hits: list[Hit] = []
    for start, end, header in spans:
        matches = list(TOKEN_RE.finditer(text, start, end))
        words = list(map(re.Match.group, matches))
        n = len(words)
        free = 0  # the first word no hit holds
        for i in _form_starts(words, index):
            if i < free:
                continue
            m = matches[i]
            word = words[i]
            possessive = word.endswith(("'s", "’s")) and len(word) > 3
            found = 0
            for w_end in (m.end(), m.end() - 2) if possessive else (m.end(),):
                word = text[m.start() : w_end]
                key = word if word in first else word.replace("’", "'")
                lengths = first.get(key, ())
                if lengths and lengths[0] > 1 and (i + 1 >= n or _second_word(words[i + 1]) not in second[key]):
                    lengths = (1,) if 1 in lengths else ()  # 'the' not followed by a form's second word
                for length in lengths:
                    if length > n - i:
                        continue
                    span_end = w_end if length == 1 else _strip_possessive(matches[i + length - 1])
                    surface = text[m.start() : span_end]
                    entries = forms.get(surface)
                    if entries is None and _UNUSUAL_RE.search(surface):
                        entries = forms.get(normalise_surface(surface))
                    if entries:
                        form = surface if length == 1 and "’" not in surface else normalise_surface(surface)
                        hits.append(Hit(m.start(), span_end, form, entries, header))
                        found = length
                        break
                if found:
                    break
            free = i + found
    hits = _drop_other_people(text, hits)
    lower = [h for start, end, header in spans if header for h in _lower_case_names(text, start, end, index)]
    return sorted(hits + lower, key=lambda h: h.start) if lower else hits


def _form_starts(words: list[str], index: PackIndex) -> list[int]:
    """The words a form can start at, read one by one by the scanner: a form's first word ('the' only
    before a second word of a form), a possessive or a word with a curly apostrophe. Each distinct
    word is classed once (1: a start, 2: a start before the right second word)."""
    first, second, only_longer = index.first_tokens, index.second_tokens, index.only_longer
    kind = {}
    for w in set(words):
        if "’" in w or (len(w) > 3 and w.endswith(("'s", "’s"))):
            kind[w] = 1
        elif w in first:
            kind[w] = 2 if w in only_longer else 1
        else:
            kind[w] = 0
    n = len(words)
    return [i for i, k in enumerate(map(kind.__getitem__, words))
            if k == 1 or (k == 2 and i + 1 < n and _second_word(words[i + 1]) in second[words[i]])]


_WORD_START_RE = re.compile(r"\b[a-z]")


def _lower_case_names(text: str, start: int, end: int, index: PackIndex) -> list[Hit]:
    """Characters' full names written in lower case in a header ('joel miller x reader', as
    Tumblr posts tag them): a full name of two words or more only, since a lower-case single
    word is a word."""
    line = text[start:end]
    if not _WORD_START_RE.search(line):
        return []
    capitalised = _WORD_START_RE.sub(lambda m: m.group().upper(), line)
    found = []
    for hit in scan(capitalised, [(0, len(line), False)], index):
        if " " not in hit.form or line[hit.start : hit.end] == capitalised[hit.start : hit.end]:
            continue
        entries = [e for e in hit.entries if e[1] >= 0 and KINDS[e[2]] == NAME]
        if entries:
            found.append(Hit(start + hit.start, start + hit.end, hit.form, entries, True))
    return found


def _drop_other_people(text: str, hits: list[Hit]) -> list[Hit]:
    """A one-word name written with a surname the pack does not give ('Dorian Gray' for Throne
    of Glass's Dorian Havilliard) is someone else: that name stops standing for that character
    anywhere in the work."""
    other: set[tuple[str, int, int]] = set()
    size = len(text)
    for hit in hits:
        if hit.end + 2 > size or text[hit.end] != " " or not text[hit.end + 1].isupper() or " " in hit.form:
            continue
        after = _FULL_NAME_AFTER_RE.match(text, hit.end)
        surname = after.group(1) if after else ""
        if surname and surname not in NOT_FIRST_NAMES and (surname in SURNAMES or not is_everyday_word(surname)):
            other.update((hit.form, p, ci) for p, ci, _ in hit.entries if ci >= 0)
    other_forms = {form for form, _, _ in other}
    if not other:
        return hits
    kept = []
    for hit in hits:
        if hit.form not in other_forms:
            kept.append(hit)
            continue
        entries = [e for e in hit.entries if (hit.form, e[0], e[1]) not in other]
        if entries:
            kept.append(Hit(hit.start, hit.end, hit.form, entries, hit.header))
    return kept


def _second_word(word: str) -> str:
    word = word.replace("’", "'")
    return word[:-2] if len(word) > 3 and word.endswith("'s") else word


def _strip_possessive(m: re.Match) -> int:
    """The end of a word without its possessive ending ("Dean's" ends after 'Dean')."""
    word = m.group()
    return m.end() - 2 if len(word) > 3 and word[-2] in "'’" and word[-1] == "s" else m.end()


def named_fandoms(work: Work, index: PackIndex) -> dict[int, tuple[int, int]]:
    """Packs whose fandom name the work's header paratext, or a disclaimer-like line of its
    text ("I don't own Supernatural", "Books » Harry Potter"), gives; with the first span naming
    each. A name that is an everyday word ('Supernatural', 'Castle') counts only on such a line."""
    text = work.text
    lines: list[tuple[int, int, bool]] = []  # (start, end, is a claim-like line)
    for start, end in [(p.start, p.end) for p in work.paratext if p.kind in NAMING_KINDS]:
        lines.append((start, end, bool(_CLAIM_LINE_RE.search(text, start, end))))
    for s in work.story_spans():
        for m in _CLAIM_LINE_RE.finditer(text, s.start, s.end):
            line_start = text.rfind("\n", s.start, m.start()) + 1 or s.start
            line_end = text.find("\n", m.end(), s.end)
            line_end = s.end if line_end < 0 else line_end
            if line_end - line_start < 300 and (not lines or lines[-1][0] != line_start):
                lines.append((line_start, line_end, True))
    found: dict[int, tuple[int, int]] = {}
    names = index.written_names  # case kept: 'ME' is Mass Effect, 'me' is not
    longest = max((len(k.split()) for k in names), default=0)
    for start, end, claim_line in lines:
        words = [(m.start(), m.end(), fold(m.group(), lower=False)) for m in TOKEN_RE.finditer(text, start, end)]
        for i in range(len(words)):
            for length in range(min(longest, len(words) - i), 0, -1):
                key = " ".join(w[2] for w in words[i : i + length])
                pack = names.get(key)
                if pack is not None and (claim_line or key not in index.plain_word_names):
                    found.setdefault(pack, (words[i][0], words[i + length - 1][1]))
                    break
    return found


def title_line_fandoms(text: str, index: PackIndex) -> dict[int, tuple[int, int]]:
    """Fandom names in the first short lines of a work, written in any case ('hetalia -- america',
    'Stargate SG-1 fic: ...'). A title is often just words, so a one-word name counts only for a
    pack that has characters in the work too ('Title: Sanctuary' is no Sanctuary (TV))."""
    found: dict[int, tuple[int, int]] = {}
    pos = 0
    lines = 0
    for line in text.split("\n"):
        if lines == TITLE_LINES or len(line) > 200:
            break
        if line.strip():
            lines += 1
            words = [(m.start() + pos, m.end() + pos, fold(m.group())) for m in TOKEN_RE.finditer(line)]
            for i in range(len(words)):
                for length in range(min(6, len(words) - i), 0, -1):
                    key = " ".join(w[2] for w in words[i : i + length])
                    pack = index.fandom_names.get(key)
                    if pack is not None and len(key) >= 5 and not is_everyday_word(key):
                        found.setdefault(pack, (words[i][0], words[i + length - 1][1]))
                        break
        pos += len(line) + 1
    return found


def declared_fandoms(work: Work, index: PackIndex) -> tuple[list[int], list[str]]:
    """The declared fandoms the packs know, and those they do not (kept as written)."""
    known: list[int] = []
    unknown: list[str] = []
    for raw in work.declared.fandoms:
        for name in _split_fandoms(raw):
            pack = _match_fandom_name(name, index)
            if pack is None:
                unknown.append(name)
            elif pack not in known:
                known.append(pack)
    return known, unknown


def _split_fandoms(raw: str) -> list[str]:
    raw = raw.strip().strip('"“”')
    parts = [p.strip().strip('"“”') for p in re.split(r",|;| / | x | & |\s+and\s+(?=[A-Z])", raw)]
    return [p for p in parts if p] or [raw]


def _match_fandom_name(name: str, index: PackIndex) -> int | None:
    key = fold(name)
    if key in index.fandom_names:
        return index.fandom_names[key]
    stripped = fold(re.sub(r"\s*\([^()]*\)\s*$|\s+-\s+.*$", "", name))
    return index.fandom_names.get(stripped)


def declared_cast(work: Work, index: PackIndex) -> list[tuple[int, int]]:
    """(pack, character) of each character the work's declared pairings and characters name by a
    full name, in any case ('joel miller x platonic!f!reader'): the work says who is in it."""
    found: list[tuple[int, int]] = []
    for value in (*work.declared.relationships, *work.declared.characters):
        line = value.replace("!", " ")
        hits = scan(line, [(0, len(line), False)], index) + _lower_case_names(line, 0, len(line), index)
        for hit in hits:
            if " " in hit.form:
                found += [(p, ci) for p, ci, k in hit.entries if ci >= 0 and KINDS[k] == NAME]
    return found


def gather(hits: list[Hit], excluded: set[str] | None = None) -> dict[int, Evidence]:
    """Per-pack evidence from the hits, skipping forms already explained by a claimed pack."""
    by_pack: dict[int, Evidence] = {}
    for hit in hits:
        if excluded and hit.form in excluded:
            continue
        for pack, ci, kind_index in hit.entries:
            ev = by_pack.get(pack)
            if ev is None:
                ev = by_pack[pack] = Evidence(pack)
            ev.hits += 1
            kind = KINDS[kind_index]
            llr = form_llr(hit.form, kind)
            if ci >= 0 and kind in (NAME, FIRST, WORD):
                if llr > ev.characters.get(ci, 0.0):
                    ev.characters[ci] = llr
                key = f"c{ci}"
            elif kind == TERM:
                ev.terms[hit.form] = llr
                key = f"v{hit.form}"
            else:
                if hit.form not in ev.support_forms:
                    ev.support_forms.add(hit.form)
                    ev.support += llr / (1 + ev.support)  # diminishing: ten 'vampire's are not ten signals
                continue
            ev.first_spans.setdefault(key, (hit.start, hit.end))
    return by_pack


def explained_share(hits: list[Hit], pack: int, name_mentions: int) -> float:
    """The share of the work's name mentions that the pack's character names explain."""
    explained = sum(1 for h in hits if any(e[0] == pack and e[1] >= 0 for e in h.entries))
    total = max(name_mentions, explained)
    return explained / total if total else 0.0


def cast_of(work: Work) -> list[set[str]]:
    """The names of each character the characters stage found named at least twice, with the
    last word of each longer name ('Agent Mulder' is the Mulder a pack knows)."""
    cast = []
    for c in work.characters:
        if c.narrator or c.reader or c.mentions < 2 or not c.name[:1].isupper():
            continue
        names = {normalise_surface(n) for n in (c.name, *c.aliases)}
        cast.append(names | {n.split()[-1] for n in names if " " in n})
    return cast


def claim_fandoms(
    work: Work, hits: list[Hit], index: PackIndex, name_mentions: int
) -> list[tuple[int, float, Evidence]]:
    """(pack, confidence, evidence) of each fandom claimed, most likely first."""
    declared, _ = declared_fandoms(work, index)
    named = named_fandoms(work, index)
    evidence = gather(hits)
    for pack, span in title_line_fandoms(work.text, index).items():
        one_word = " " not in work.text[span[0] : span[1]].strip()
        if pack not in named and (not one_word or (evidence.get(pack) and evidence[pack].characters)):
            named[pack] = span
    for pack, span in named.items():
        ev = evidence.setdefault(pack, Evidence(pack))
        ev.named = True
        ev.first_spans = {"n": span, **ev.first_spans}
    for pack in declared:
        evidence.setdefault(pack, Evidence(pack)).declared = True
    for pack, ci in declared_cast(work, index):
        ev = evidence.setdefault(pack, Evidence(pack))
        ev.characters[ci] = NAMED_LLR
        ev.declared_cast.add(ci)

    def prior(pack: int) -> float:
        return PRIOR_WEIGHT * math.log10(max(index.infos[pack].works or 1000, 100))

    ranked = sorted(
        evidence.values(),
        key=lambda ev: (not ev.declared, -(ev.score() + prior(ev.pack)), -len(ev.characters), -ev.hits, ev.pack),
    )
    cast = cast_of(work)
    by_pack: dict[int, list[Hit]] = {}
    for hit in hits:
        for p in {e[0] for e in hit.entries}:
            by_pack.setdefault(p, []).append(hit)
    claimed: list[tuple[int, float, Evidence]] = []
    explained: set[str] = set()
    for ev in ranked:
        if not ev.declared and (ev.signals < MIN_SIGNALS or ev.score() < CLAIM_SCORE):
            continue
        pack_hits = by_pack.get(ev.pack, [])
        if claimed and not ev.declared:
            ev = gather(pack_hits, explained).get(ev.pack, Evidence(ev.pack))
            ev.named = ev.pack in named
            if ev.signals < MIN_SIGNALS or ev.score() < CLAIM_SCORE:
                continue
        sure = ev.declared or ev.named or bool(ev.declared_cast)
        if ev.only_common_names and ev.support < WEAK_LLR:
            continue
        forms = {h.form for h in pack_hits if any(e[0] == ev.pack and e[1] >= 0 and e[2] in _NAMING for e in h.entries)}
        unexplained = [names for names in cast if not names & explained]
        cast_share = sum(1 for names in unexplained if names & forms) / max(len(unexplained), 1)
        if not sure and ev.score() < SURE_SCORE and len(unexplained) >= MIN_CAST and cast_share < MIN_CAST_SHARE:
            continue
        share = explained_share(pack_hits, ev.pack, name_mentions)
        if not sure and name_mentions >= SHARE_FROM and share < MIN_SHARE:
            continue
        claimed.append((ev.pack, ev.confidence(share), ev))
        explained.update(h.form for h in pack_hits)
    return claimed
