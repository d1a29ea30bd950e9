"""Relationships between characters, scored from how they interact, and the AO3 category.

Every pair of the most mentioned characters gets features from the text: sentences and
paragraphs they share, quotes one speaks to the other, scenes they share, and romantic or
sexual cues (a kiss, "I love you", touch, sex, pet names, dating, marriage) in a sentence
that names both or in the sentence before it. Romance makes "A/B"; a strong bond without it
makes "A & B".
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field

from ..model import Evidence, Work
from ..text import excerpt

MAX_CHARACTERS = 15  # pairs are scored among the most mentioned characters only
MIN_ROMANCE = 3.0  # cue weight that makes a pair romantic (a kiss and one touch)
READER_ROMANCE = 2.0  # with the reader of a reader-insert, written to be courted: one strong cue
MIN_BOND = 6.0  # interaction weight that makes a close platonic bond
MIN_FAVOURED = 3.0  # interaction weight that makes a pack's popular pairing the work's romance
PLATONIC_FROM_WORDS = 5000  # a sustained bond needs a long work ...
MIN_SHARED_SCENES = 3  # ... and scenes shared
MAX_PLATONIC = 2
MAX_EVIDENCE = 3
LOOKBACK = 3  # sentences searched for the other person of a cue that names one

_STRONG = 2.0
_MEDIUM = 1.0
# (pattern, weight, reason); one regex per weight so a sentence is scanned once per weight.
ROMANCE_CUES = [
    (
        re.compile(
            r"\b(?:kiss(?:ed|es|ing)?|snogg?(?:ed|ing)?|made love|mak(?:e|ing) love|had sex|slept together|"
            r"fuck(?:ed|ing)?|in love|i love you|love you too|boyfriend|girlfriend|dating|(?:like |on )?a date|"
            r"first date|go out with (?:me|you)|courting|courted|courtship|lovers?|moan(?:ed|s|ing)?|naked|"
            r"undress(?:ed|ing)?|in (?:his|her|their) bed)\b",
            re.IGNORECASE,
        ),
        _STRONG,
        "romantic or sexual cue",
    ),
    (
        re.compile(
            r"\b(?:darling|sweetheart|honey|babe|my love|beloved|lov(?:e|ed|es)|tender(?:ness|ly)?|"
            r"caress(?:ed|es|ing)?|married|marry|marries|"
            r"wedding|engaged|proposed|husband|wife|blush(?:ed|es|ing)?|hand in hand|laced (?:their|our) fingers|"
            r"cuddl(?:ed|e|ing)|nuzzl(?:ed|e|ing)|stroked (?:his|her|their|your|\w+(?:'|’)s) (?:hair|cheek|face)|"
            r"foreheads? (?:together|against)|"
            r"embrace[ds]?|flirt(?:ed|ing|s)?|cup(?:s|ped) (?:his|her|their|your) (?:face|jaw|cheek)|"
            r"(?:took|takes?|grabbed|grabs?|held|holds?|holding|squeezed|squeezes|reached for) "
            r"(?:his|her|their|your) hand|"
            r"(?:went|turned|flushed) (?:completely |bright |deep )?(?:red|pink|scarlet))\b",
            re.IGNORECASE,
        ),
        _MEDIUM,
        "affection, touch or marriage",
    ),
]


@dataclass
class PairStats:
    co_sentences: int = 0
    co_paragraphs: int = 0
    dialogue: int = 0
    scenes: int = 0
    romance: float = 0.0
    strong_cues: int = 0  # kisses, declarations, sex: touch and marriage talk alone make no couple
    romance_spans: list[tuple[int, int, str]] = field(default_factory=list)
    other_spans: list[tuple[int, int, str]] = field(default_factory=list)

    def interaction(self) -> float:
        return self.co_sentences + 0.5 * self.co_paragraphs + 1.5 * self.dialogue + 0.3 * self.scenes


@dataclass
class Bond:
    characters: tuple[str, str]
    kind: str  # romantic or platonic
    score: float
    evidence: list[Evidence]


def _bucket(positions: dict[str, list[int]], starts: list[int]) -> list[set[str]]:
    """For each span (given by sorted starts), the characters mentioned in it."""
    buckets: list[set[str]] = [set() for _ in starts]
    for cid, offs in positions.items():
        for off in offs:
            i = bisect.bisect_right(starts, off) - 1
            if i >= 0:
                buckets[i].add(cid)
    return buckets


def score_pairs(work: Work, positions: dict[str, list[int]]) -> dict[tuple[str, str], PairStats]:
    """Interaction features of every pair among the most mentioned characters."""
    top = sorted(positions, key=lambda c: -len(positions[c]))[:MAX_CHARACTERS]
    positions = {c: list(positions[c]) for c in top}
    for q in work.quotes:  # a quote's speaker and addressees are present where it is spoken
        starts = [part.start for part in q.parts] or [q.start]
        for cid in (q.speaker, *q.addressees):
            if cid in positions:
                positions[cid].extend(starts)
    for offs in positions.values():
        offs.sort()
    stats: dict[tuple[str, str], PairStats] = {}

    def pair(a: str, b: str) -> PairStats:
        key = (a, b) if a < b else (b, a)
        st = stats.get(key)
        if st is None:
            st = stats[key] = PairStats()
        return st

    sentences = work.sentences
    sent_starts = [s.start for s in sentences]
    in_sentence = _bucket(positions, sent_starts)
    for i, chars in enumerate(in_sentence):
        if len(chars) > 1:
            ordered = sorted(chars)
            for x in range(len(ordered)):
                for y in range(x + 1, len(ordered)):
                    st = pair(ordered[x], ordered[y])
                    st.co_sentences += 1
                    if len(st.other_spans) < MAX_EVIDENCE:
                        s = sentences[i]
                        st.other_spans.append((s.start, s.end, "both named in one sentence"))
    paragraphs = work.paragraphs
    for chars in _bucket(positions, [p.start for p in paragraphs]):
        ordered = sorted(chars)
        for x in range(len(ordered)):
            for y in range(x + 1, len(ordered)):
                pair(ordered[x], ordered[y]).co_paragraphs += 1
    if len(work.scenes) > 1:
        for chars in _bucket(positions, [s.start for s in work.scenes]):
            ordered = sorted(chars)
            for x in range(len(ordered)):
                for y in range(x + 1, len(ordered)):
                    pair(ordered[x], ordered[y]).scenes += 1
    for q in work.quotes:
        if q.speaker in positions:
            for to in q.addressees:
                if to in positions and to != q.speaker:
                    st = pair(q.speaker, to)
                    st.dialogue += 1
                    if len(st.other_spans) < MAX_EVIDENCE * 2:
                        st.other_spans.insert(0, (q.start, q.end, "one speaks to the other"))
    for i, weight, reason, at in _sentence_cues(work, sent_starts):
        s = sentences[i]
        chars, first = _cue_characters(in_sentence, i)
        if len(chars) == 3 and first == i:
            chars = _nearest_two(chars, positions, s.start, s.end, at)
        start = sentences[first].start
        if not 1 < len(chars) <= 3:
            continue  # alone, or a crowd that makes the cue's pair unknowable
        ordered = sorted(chars)
        for x in range(len(ordered)):
            for y in range(x + 1, len(ordered)):
                st = pair(ordered[x], ordered[y])
                st.romance += weight
                st.strong_cues += weight >= _STRONG
                st.romance_spans.append((start, s.end, reason))
    return stats


def _cue_characters(in_sentence: list[set[str]], i: int) -> tuple[set[str], int]:
    """Who a cue in sentence i involves: the characters it names, or, when it names fewer than
    two ("Bakugou leaned in and kissed him"), the nearest others of the sentences before."""
    chars = set(in_sentence[i])
    first = i
    j = i - 1
    while len(chars) < 2 and j >= max(0, i - LOOKBACK):
        others = in_sentence[j] - chars
        if others:
            if len(chars) + len(others) > 2:
                return set(), i  # several candidates: the pair is unknowable
            chars |= others
            first = j
        j -= 1
    return chars, first


# All cues in one case-sensitive regex run over the lower-cased text (several times faster than
# IGNORECASE); the patterns are written in lower case.
_CUE_RE = re.compile("|".join(f"(?P<c{k}>{p.pattern})" for k, (p, _, _) in enumerate(ROMANCE_CUES)))


def _nearest_two(chars: set[str], positions: dict[str, list[int]], start: int, end: int, at: int) -> set[str]:
    """The two of three people named in one sentence whose mentions are nearest its cue: in 'You
    kissed Dean, and Sam laughed' the kiss is yours and Dean's."""

    def distance(cid: str) -> int:
        offs = positions[cid]
        lo = bisect.bisect_left(offs, start)
        hi = bisect.bisect_left(offs, end)
        return min((abs(o - at) for o in offs[lo:hi]), default=end - start)

    return set(sorted(chars, key=lambda c: (distance(c), c))[:2])


def _sentence_cues(work: Work, sent_starts: list[int]) -> list[tuple[int, float, str, int]]:
    """(sentence index, weight, reason, offset) of the strongest romantic cue of each sentence
    that has one: one pass of one regex over the story text, then each cue placed in its sentence."""
    best: dict[int, tuple[float, str, int]] = {}
    lower = work.text.lower()
    cues = _CUE_RE if len(lower) == len(work.text) else re.compile(_CUE_RE.pattern, re.IGNORECASE)
    text = lower if cues is _CUE_RE else work.text
    for span in work.story_spans():
        for m in cues.finditer(text, span.start, span.end):
            i = bisect.bisect_right(sent_starts, m.start()) - 1
            if i < 0:
                continue
            _, weight, reason = ROMANCE_CUES[int(m.lastgroup[1:])]
            if weight > best.get(i, (0.0, "", 0))[0]:
                best[i] = (weight, f"{reason}: '{m.group().lower()}'", m.start())
    return [(i, *cue) for i, cue in sorted(best.items())]


def find_bonds(work: Work, positions: dict[str, list[int]], favoured: set[frozenset[str]] = frozenset(),
               reader: str = "") -> list[Bond]:
    """Romantic pairs, and on long works the closest platonic pairs, strongest first.

    A pair is romantic on romantic or sexual cues that involve both (MIN_ROMANCE, a strong cue
    among them), or when the fandom's pack lists it as a popular pairing (`favoured`, pairs of
    character ids), it is the work's closest pair and one romantic cue at least involves both. A
    reader-insert's reader (`reader`, a character id) needs one strong cue only. A platonic bond
    needs a sustained close bond: a long work, scenes shared throughout, the closest interaction.
    """
    stats = score_pairs(work, positions)
    if not stats:
        return []
    strongest = max(st.interaction() for st in stats.values())
    bonds: list[Bond] = []
    platonic: list[Bond] = []
    # Romance goes to each character's strongest romantic partner, and only when that choice
    # is mutual: in a long novel cue words pile up around every pair that shares many scenes.
    best: dict[str, float] = {}
    for (a, b), st in stats.items():
        best[a] = max(best.get(a, 0.0), st.romance)
        best[b] = max(best.get(b, 0.0), st.romance)
    long_work = work.stats.words >= PLATONIC_FROM_WORDS
    for (a, b), st in stats.items():
        needed = READER_ROMANCE if reader in (a, b) else MIN_ROMANCE
        cued = st.romance >= needed and st.strong_cues and st.romance >= max(best[a], best[b])
        closest = st.interaction() >= max(MIN_FAVOURED, strongest)
        if cued or (st.romance > 0 and frozenset((a, b)) in favoured and closest):
            score = 1.0 - math.exp(-(st.romance + st.interaction() / 4) / 8.0)
            bonds.append(Bond((a, b), "romantic", round(score, 3), _evidence(work, st.romance_spans + st.other_spans)))
        elif long_work and st.scenes >= MIN_SHARED_SCENES and st.interaction() >= max(MIN_BOND, 0.6 * strongest):
            score = 1.0 - math.exp(-st.interaction() / 20.0)
            platonic.append(Bond((a, b), "platonic", round(score, 3), _evidence(work, st.other_spans)))
    platonic.sort(key=lambda b: -b.score)
    bonds.sort(key=lambda b: -b.score)
    return bonds + platonic[:MAX_PLATONIC]


def _evidence(work: Work, spans: list[tuple[int, int, str]]) -> list[Evidence]:
    out: list[Evidence] = []
    seen: set[int] = set()
    for start, end, reason in spans:
        if start in seen:
            continue
        seen.add(start)
        out.append(Evidence(start, end, reason, excerpt(work.text, start, end)))
        if len(out) == MAX_EVIDENCE:
            break
    return out


def category_of(genders: list[str | None]) -> str | None:
    """AO3 category of one romantic pair from its genders; None when a gender is unknown."""
    if None in genders:
        return None
    if "nonbinary" in genders:
        return "Other"
    kinds = sorted(genders)
    if kinds == ["female", "male"]:
        return "F/M"
    return "M/M" if kinds[0] == "male" else "F/F"
