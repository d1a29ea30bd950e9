"""Fandom detection: one pass of the combined alias matcher over story text, then scoring.

A fandom is claimed from distinct signals (distinct canonical characters named by a
distinctive alias, distinct vocabulary terms), never from one name alone, and never from
a common first name alone. Hits are normalised by length so that a long novel does not
collect a fandom from scattered coincidences.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from ..model import Work
from .packs import Entry, PackSet, normalise_surface

# Claim thresholds (calibrated on the test stories and the PDNC novels).
MIN_SIGNALS = 2  # distinct strong signals
MIN_CONFIDENCE = 0.35
VOCAB_WEIGHT = 0.6  # a vocabulary term is weaker evidence than a canonical character
DENSITY_SCALE = 3.0  # pack hits per 1,000 words at which density stops limiting confidence


@dataclass
class Hit:
    start: int
    end: int
    surface: str
    entries: list[Entry]


@dataclass
class PackEvidence:
    """What one pack's aliases and vocabulary matched in one work."""

    pack: int
    strong_characters: dict[int, int] = field(default_factory=dict)  # character index -> strong hits
    vocabulary: dict[str, int] = field(default_factory=dict)  # strong term -> hits
    hits: int = 0  # every hit of the pack, weak ones included
    strong_hits: int = 0
    first_spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # signal -> first span

    @property
    def signals(self) -> int:
        return len(self.strong_characters) + len(self.vocabulary)

    def score(self) -> float:
        return len(self.strong_characters) + VOCAB_WEIGHT * len(self.vocabulary)

    def confidence(self, words: int) -> float:
        """Grows with distinct signals; damped when hits are sparse for the text's length."""
        strength = 1.0 - math.exp(-self.score() / 2.5)
        density = self.strong_hits * 1000.0 / max(words, 1)
        return round(strength * min(1.0, density / DENSITY_SCALE), 3)


def scan(work: Work, pack_set: PackSet) -> list[Hit]:
    """Every alias or vocabulary hit in story text (paratext skipped), in text order."""
    if pack_set.matcher is None:
        return []
    text = work.text
    surfaces = pack_set.surfaces
    finditer = pack_set.matcher.finditer
    hits: list[Hit] = []
    for span in work.story_spans():
        for m in finditer(text, span.start, span.end):
            form = m.group()
            entries = surfaces.get(form) or surfaces.get(normalise_surface(form))
            if entries:
                hits.append(Hit(m.start(), m.end(), form, entries))
    return hits


def gather(hits: list[Hit], excluded_surfaces: set[str] | None = None) -> dict[int, PackEvidence]:
    """Per-pack evidence from the hits, skipping surfaces already explained elsewhere."""
    by_pack: dict[int, PackEvidence] = {}
    for hit in hits:
        if excluded_surfaces and hit.surface in excluded_surfaces:
            continue
        for e in hit.entries:
            ev = by_pack.get(e.pack)
            if ev is None:
                ev = by_pack[e.pack] = PackEvidence(e.pack)
            ev.hits += 1
            if not e.strong:
                continue
            ev.strong_hits += 1
            if e.character >= 0:
                ev.strong_characters[e.character] = ev.strong_characters.get(e.character, 0) + 1
                key = f"c{e.character}"
            else:
                term = normalise_surface(hit.surface)
                ev.vocabulary[term] = ev.vocabulary.get(term, 0) + 1
                key = f"v{term}"
            ev.first_spans.setdefault(key, (hit.start, hit.end))
    return by_pack


def claim_fandoms(hits: list[Hit], words: int, pack_set: PackSet) -> list[tuple[int, float, PackEvidence]]:
    """(pack index, confidence, evidence) of each fandom claimed, most likely first.

    Packs are taken best first; a later pack counts only the surfaces that no claimed pack
    explains, so 'Sherlock Holmes' in a BBC story does not also claim the ACD books.
    """
    claimed: list[tuple[int, float, PackEvidence]] = []
    evidence = gather(hits)
    ranked = sorted(evidence.values(), key=lambda ev: (-ev.score(), -ev.hits, ev.pack))
    explained: set[str] = set()
    for ev in ranked:
        if ev.signals < MIN_SIGNALS:
            continue
        if claimed:
            ev = gather([h for h in hits if any(e.pack == ev.pack for e in h.entries)], explained).get(ev.pack)
            if ev is None or ev.signals < MIN_SIGNALS:
                continue
        confidence = ev.confidence(words)
        if confidence < MIN_CONFIDENCE:
            continue
        claimed.append((ev.pack, confidence, ev))
        explained.update(h.surface for h in hits if any(e.pack == ev.pack for e in h.entries))
    return claimed
