"""Boundary ranker for the tagger's common-noun person phrases: where "the old man who kept the inn"
ends, where "all the ladies" starts, and whether "a straight line" is a person at all.

The CRF tagger (``tagger.py``) decides token by token and often stops a phrase at the wrong comma,
relative pronoun or preposition. This second stage looks at whole spans: for each person phrase
no character has claimed (mostly the tagger's epithets, and the names and titles it alone found)
it scores the span itself and its variants (the same start with every end up to
``MAX_EXTEND`` tokens further, or the same end with a start up to ``MAX_BACK`` tokens earlier,
inside the sentence, never another mention's span) with a logistic model over span features (its
first, last, next and previous words with their shapes, word clusters and WordNet classes, its
length and shift from the tagger's span, commas, relative pronouns, "and" and "of" inside, other
mentions starting or ending at its edges, the same wording found elsewhere in the work). The best
variant replaces the mention; when even the best scores under ``THRESHOLD`` the mention is dropped.

Fitted (``training/mention_boundaries.py``) on LitBank, on the stage's held-out output of each file
(each file tagged by a tagger fitted without it), so it learns the tagger's real mistakes: held-out
LitBank PER mention F1 0.747 -> 0.757 (precision 0.770 -> 0.802). Weights in
``mention_boundaries.json``; the words' clusters are the tagger's (``word_clusters.json``).
"""

from __future__ import annotations

import bisect
import json
import math
from collections import Counter, defaultdict
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from ..model import PERSON_PHRASE_KINDS
from . import tagger as tg
from . import wordnet
from .mentions import Mention

MAX_EXTEND = 6  # 10 and 3: held-out F1 +0.001, a third more spans to score
MAX_BACK = 2
THRESHOLD = 0.25
_RELATIVES = {"who", "whom", "whose", "which", "that"}
_WORD_SUMS_LIMIT = 400_000
_WORD_CACHE_LIMIT = 200_000
_EDGE = {"<s>": ("<s>",) * 6, "</s>": ("</s>",) * 6}


class WordFeatures:
    """Of a word: (lower case, shape, cluster path prefixes of 4 and 6, WordNet first class, any
    person sense), read with the word clusters given; cached per word for the life of the object."""

    def __init__(self, clusters: tg.Clusters):
        self.clusters = clusters
        self.cache: dict[str, tuple[str, str, str, str, str, str]] = {}

    def __call__(self, word: str) -> tuple[str, str, str, str, str, str]:
        got = self.cache.get(word)
        if got is None:
            low = word.lower()
            path = self.clusters.get(low, tg.NO_CLUSTER)[0]
            noun = wordnet.noun_class(low)
            wn_class, wn_person = (noun.first, str(int(noun.any_person))) if noun else ("-", "-")
            got = low, tg._shape(word), path[:4], path[:6], wn_class, wn_person
            if len(self.cache) < _WORD_CACHE_LIMIT:
                self.cache[word] = got
        return got


@lru_cache(maxsize=None)
def _shift(x: int) -> str:
    return str(x) if -5 <= x <= 5 else "<-5" if x < -5 else "6-10" if x <= 10 else ">10"


@lru_cache(maxsize=None)
def _length(n: int) -> str:
    return str(n) if n <= 6 else "7-10" if n <= 10 else ">10"


class _Sentence:
    """Lower-cased words of one tagger sequence, with prefix counts of the words the features count."""

    def __init__(self, words: list[str], lo: int, hi: int):
        self.lo = lo
        self.hi = hi
        self.lows = lows = [w.lower() for w in words[lo:hi]]
        self.commas = list(accumulate((w == "," for w in lows), initial=0))
        self.relatives = list(accumulate((w in _RELATIVES for w in lows), initial=0))
        self.ands = list(accumulate((w == "and" for w in lows), initial=0))
        self.ofs = list(accumulate((w == "of" for w in lows), initial=0))


class _Doc:
    """Tokens of the story with their sentences (built when first asked for) and the mentions' edges.

    A variant's features come in parts: those of its last token and the one after (``end_part``),
    of its first token and the one before (``start_part``), of its shift and length
    (``shape_part``), of the words it counts (``count_part``), of its words in context
    (``context_part``) and of each word inside (``inside_part``): a ranker sums the first four
    once per token or per key, and the words inside as prefix sums."""

    def __init__(self, text: str, mentions: list[Mention], edges: "Edges", word_features: WordFeatures,
                 tokens: tg.Tokens):
        self.text = text
        self.edges = edges
        self.word_features = word_features
        self.words = words = tokens.words
        self.starts = memoryview(tokens.starts)  # machine integers read as ints, searched with bisect: no int objects
        self.ends = memoryview(tokens.ends)
        self.seqs = tokens.seqs
        self.seq_starts = [a for a, _ in self.seqs]
        self.sentences: dict[int, _Sentence] = {}
        self.edge_end: dict[int, str] = defaultdict(str)
        self.edge_start: dict[int, str] = defaultdict(str)
        self.taken: set[tuple[int, int]] = set()
        self.wordings: Counter = Counter()
        self.last_words: Counter = Counter()
        for m in mentions:
            ab = self.tokens(m.start, m.end) if m.kind in PERSON_PHRASE_KINDS else None
            if ab is None:
                continue
            a, b = ab
            self.edge_start[a] = "".join(sorted(set(self.edge_start[a] + m.kind[0])))
            self.edge_end[b] = "".join(sorted(set(self.edge_end[b] + m.kind[0])))
            self.taken.add((a, b))
            self.wordings[text[m.start : m.end]] += 1
            self.last_words[words[b].lower()] += 1

    def feat(self, k: int) -> tuple[str, ...]:
        return self.word_features(self.words[k])

    def sentence(self, k: int) -> _Sentence:
        """The tagger sequence holding token k."""
        i = bisect.bisect_right(self.seq_starts, k) - 1
        got = self.sentences.get(i)
        if got is None:
            got = self.sentences[i] = _Sentence(self.words, *self.seqs[i])
        return got

    def tokens(self, s: int, e: int) -> tuple[int, int] | None:
        """The first and last token of the character span s..e, if it starts and ends on tokens."""
        a = bisect.bisect_left(self.starts, s)
        b = bisect.bisect_left(self.ends, e)
        if a < len(self.starts) and self.starts[a] == s and b < len(self.ends) and self.ends[b] == e and a <= b:
            return a, b
        return None

    def rankable(self, s: int, e: int) -> tuple[int, int] | None:
        """The tokens of s..e when it lies on tokens inside one sentence (its variants stay there)."""
        ab = self.tokens(s, e)
        return ab if ab is not None and ab[1] < self.sentence(ab[0]).hi else None

    def variants(self, a: int, b: int) -> list[tuple[int, int]]:
        """The span a..b (tokens, inclusive, see ``rankable``) and its variants in its sentence, sorted."""
        sent = self.sentence(a)
        never_last, never_first = self.edges
        lows, lo = sent.lows, sent.lo
        out = {(a, b)}
        if lows[a - lo] not in never_first:
            out.update((a, bb) for bb in range(a, min(sent.hi - 1, b + MAX_EXTEND) + 1)
                       if lows[bb - lo] not in never_last)
        if lows[b - lo] not in never_last:
            out.update((aa, b) for aa in range(max(lo, a - MAX_BACK), b + 1) if lows[aa - lo] not in never_first)
        return sorted(c for c in out if c == (a, b) or c not in self.taken)

    def _next(self, bb: int, sent: _Sentence) -> tuple[str, ...]:
        return self.feat(bb + 1) if bb + 1 < sent.hi else _EDGE["</s>"]

    @staticmethod
    def last_part(last: tuple[str, ...]) -> list[str]:
        return [f"last={last[0]}", f"lastsh={last[1]}", f"lastc4={last[2]}", f"lastc6={last[3]}",
                f"lastwn={last[4]}", f"lastwp={last[5]}"]

    @staticmethod
    def next_part(nxt: tuple[str, ...]) -> list[str]:
        return [f"next={nxt[0]}", f"nextsh={nxt[1]}", f"nextc4={nxt[2]}", f"nextc6={nxt[3]}", f"nextwn={nxt[4]}"]

    def end_pair_part(self, bb: int, sent: _Sentence) -> list[str]:
        last, nxt = self.feat(bb), self._next(bb, sent)
        return [
            f"last|next={last[0]}|{nxt[0]}", f"lastc4|nextc4={last[2]}|{nxt[2]}", f"fend={self.edge_end.get(bb, '')}",
            f"fnext={self.edge_start.get(bb + 1, '')}", f"seenlast={min(self.last_words[last[0]] - 1, 2)}",
        ]

    def end_part(self, bb: int, sent: _Sentence) -> list[str]:
        """Features of the variant's last token and the one after."""
        return self.last_part(self.feat(bb)) + self.next_part(self._next(bb, sent)) + self.end_pair_part(bb, sent)

    @staticmethod
    def first_part(first: tuple[str, ...]) -> list[str]:
        return [f"first={first[0]}", f"firstsh={first[1]}", f"firstc4={first[2]}"]

    @staticmethod
    def prev_part(prv: tuple[str, ...]) -> list[str]:
        return [f"prev={prv[0]}", f"prevc4={prv[2]}"]

    def _prev(self, aa: int, sent: _Sentence) -> tuple[str, ...]:
        return self.feat(aa - 1) if aa > sent.lo else _EDGE["<s>"]

    def start_pair_part(self, aa: int, sent: _Sentence) -> list[str]:
        return [f"prev|first={self._prev(aa, sent)[0]}|{self.feat(aa)[0]}", f"fstart={self.edge_start.get(aa, '')}"]

    def start_part(self, aa: int, sent: _Sentence) -> list[str]:
        """Features of the variant's first token and the one before."""
        return self.first_part(self.feat(aa)) + self.prev_part(self._prev(aa, sent)) + self.start_pair_part(aa, sent)

    @staticmethod
    def shape_key(kind: str, a: int, b: int, aa: int, bb: int) -> tuple[str, str, str, str, str]:
        return kind, _length(b - a + 1), _shift(bb - b), _shift(aa - a), _length(bb - aa + 1)

    @staticmethod
    def shape_part(kind: str, olen: str, de: str, ds: str, length: str) -> list[str]:
        return ["bias", f"de={de}", f"ds={ds}", f"len={length}", f"olen={olen}|de={de}", f"k={kind}",
                f"k={kind}|de={de}", f"k={kind}|ds={ds}"]

    @staticmethod
    def count_key(aa: int, bb: int, sent: _Sentence) -> tuple[int, int, int, int]:
        i, j = aa - sent.lo, bb + 1 - sent.lo
        return (min(sent.commas[j] - sent.commas[i], 3), min(sent.relatives[j] - sent.relatives[i], 2),
                min(sent.ands[j] - sent.ands[i], 2), min(sent.ofs[j] - sent.ofs[i], 2))

    @staticmethod
    def count_part(commas: int, rel: int, ands: int, ofs: int) -> list[str]:
        return [f"commas={commas}", f"rel={rel}", f"and={ands}", f"of={ofs}"]

    def context_part(self, a: int, b: int, aa: int, bb: int, counts: tuple[int, int, int, int],
                     sent: _Sentence) -> list[str]:
        """Features of the variant's words in context: its shift beside its edge words, its counts
        beside the next word, the same wording elsewhere in the work."""
        lows, lo = sent.lows, sent.lo
        last, first = lows[bb - lo], lows[aa - lo]
        nxt = lows[bb + 1 - lo] if bb + 1 < sent.hi else "</s>"
        prv = lows[aa - 1 - lo] if aa > lo else "<s>"
        de, ds = _shift(bb - b), _shift(aa - a)
        seen = min(self.wordings[self.text[self.starts[aa] : self.ends[bb]]] - ((aa, bb) == (a, b)), 2)
        return [
            f"de={de}|next={nxt}", f"de={de}|last={last}", f"ds={ds}|prev={prv}", f"ds={ds}|first={first}",
            f"fend={self.edge_end.get(bb, '')}|de={de}", f"commas={counts[0]}|next={nxt}",
            f"rel={counts[1]}|next={nxt}", f"seen={seen}", f"seen={seen}|de={de}",
        ]

    @staticmethod
    def inside_part(aa: int, bb: int, sent: _Sentence) -> list[str]:
        """One feature per word strictly inside the variant (repeated words count again)."""
        return [f"in={w}" for w in sent.lows[aa + 1 - sent.lo : bb - sent.lo]]

    def features(self, kind: str, a: int, b: int, aa: int, bb: int) -> list[str]:
        sent = self.sentence(a)
        counts = self.count_key(aa, bb, sent)
        return (self.end_part(bb, sent) + self.start_part(aa, sent)
                + self.shape_part(*self.shape_key(kind, a, b, aa, bb)) + self.count_part(*counts)
                + self.context_part(a, b, aa, bb, counts, sent) + self.inside_part(aa, bb, sent))

    def span(self, aa: int, bb: int) -> tuple[int, int]:
        return self.starts[aa], self.ends[bb]


Edges = tuple[frozenset, frozenset]  # (never last, never first): see training.mention_boundaries.rare_edges


def _movable(mention: Mention) -> bool:
    """A person phrase no character has claimed: moving or dropping it leaves the characters as they are."""
    return mention.cluster is None and mention.kind in PERSON_PHRASE_KINDS


def examples(text: str, tokens: tg.Tokens, mentions: list[Mention], gold: set[tuple[int, int]],
             edges: Edges, word_features: WordFeatures) -> list:
    """Training groups of one work: per person-phrase mention, [(features, variant is a gold span), ...]."""
    doc = _Doc(text, mentions, edges, word_features, tokens)
    groups = []
    for m in mentions:
        ab = doc.rankable(m.start, m.end) if m.kind in PERSON_PHRASE_KINDS else None
        if ab is None:
            continue
        groups.append([(doc.features(m.kind, *ab, aa, bb), doc.span(aa, bb) in gold) for aa, bb in doc.variants(*ab)])
    return groups


class Ranker:
    """Logistic weights per feature: a variant's probability of being a gold person span is the
    sigmoid of its features' summed weights."""

    def __init__(self, weights: dict[str, float], edges: Edges, clusters: tg.Clusters, threshold: float = THRESHOLD):
        self.weights = weights
        self.edges = edges
        self.word_features = WordFeatures(clusters)
        self.threshold = threshold
        self.word_sums: dict[tuple, float] = {}  # (part, word features) -> summed weights, for the process

    def word_sum(self, part, word: tuple[str, ...]) -> float:
        key = (part, word)
        got = self.word_sums.get(key)
        if got is None:
            got = self._sum(part(word))
            if len(self.word_sums) < _WORD_SUMS_LIMIT:
                self.word_sums[key] = got
        return got

    def _sum(self, feats: list[str]) -> float:
        return sum(filter(None, map(self.weights.get, feats)))

    def adjust(self, text: str, mentions: list[Mention], tokens: tg.Tokens) -> list[Mention]:
        """Mentions with each movable one moved to its best variant (on a tie, its own span), or
        dropped when that scores under the threshold; tokens: the story's (``tagger.tokenize``), the
        ones the stage tagged."""
        if not any(_movable(m) for m in mentions):
            return mentions
        doc = _Doc(text, mentions, self.edges, self.word_features, tokens)
        score = _Scorer(self, doc).score
        floor = math.log(self.threshold / (1.0 - self.threshold))
        out = []
        kept: set[tuple[int, int]] = {m.span for m in mentions if not _movable(m)}
        for m in mentions:
            ab = doc.rankable(m.start, m.end) if _movable(m) else None
            if ab is None:
                out.append(m)
                continue
            sent = doc.sentence(ab[0])
            best, _, aa, bb = max(
                (score(m.kind, *ab, aa, bb, sent), (aa, bb) == ab, aa, bb) for aa, bb in doc.variants(*ab)
            )
            span = doc.span(aa, bb)
            if best >= floor and span not in kept:
                kept.add(span)
                out.append(Mention(span[0], span[1], m.kind, m.cluster))
        return out

    def save(self, path: Path, about: dict) -> None:
        rows = {f: round(w, 4) for f, w in sorted(self.weights.items())}
        edges = {"never_last": sorted(self.edges[0]), "never_first": sorted(self.edges[1])}
        path.write_text(json.dumps({**about, "threshold": self.threshold, **edges, "weights": rows}, indent=0) + "\n",
                        encoding="utf-8")


class _Scorer:
    """The summed weights of ``doc.features(...)`` of a variant, fast: the end and start parts once
    per token, the shape and count parts once per key, the words inside as prefix sums per sentence."""

    def __init__(self, ranker: Ranker, doc: _Doc):
        self.word_sum = ranker.word_sum
        self.total = ranker._sum
        self.get = ranker.weights.get
        self.doc = doc
        self.end_sums: dict[int, float] = {}
        self.start_sums: dict[int, float] = {}
        self.shape_sums: dict[tuple, float] = {}
        self.count_sums: dict[tuple, float] = {}
        self.inside: dict[int, list[float]] = {}

    def score(self, kind: str, a: int, b: int, aa: int, bb: int, sent: _Sentence) -> float:
        """The score of the variant aa..bb of the mention a..b, all in the sentence sent."""
        doc, total = self.doc, self.total
        end = self.end_sums.get(bb)
        if end is None:
            end = self.end_sums[bb] = (self.word_sum(doc.last_part, doc.feat(bb))
                                       + self.word_sum(doc.next_part, doc._next(bb, sent))
                                       + total(doc.end_pair_part(bb, sent)))
        start = self.start_sums.get(aa)
        if start is None:
            start = self.start_sums[aa] = (self.word_sum(doc.first_part, doc.feat(aa))
                                           + self.word_sum(doc.prev_part, doc._prev(aa, sent))
                                           + total(doc.start_pair_part(aa, sent)))
        at = (kind, b - a, bb - b, aa - a)  # what the shape part reads, as integers
        shape = self.shape_sums.get(at)
        if shape is None:
            shape = self.shape_sums[at] = total(doc.shape_part(*doc.shape_key(kind, a, b, aa, bb)))
        counts = doc.count_key(aa, bb, sent)
        count = self.count_sums.get(counts)
        if count is None:
            count = self.count_sums[counts] = total(doc.count_part(*counts))
        within = 0.0
        if bb > aa + 1:
            prefix = self.inside.get(sent.lo)
            if prefix is None:
                get = self.get
                prefix = self.inside[sent.lo] = list(accumulate((get("in=" + w, 0.0) for w in sent.lows), initial=0.0))
            within = prefix[bb - sent.lo] - prefix[aa + 1 - sent.lo]
        return end + start + shape + count + within + total(doc.context_part(a, b, aa, bb, counts, sent))


def load(path, clusters: tg.Clusters) -> Ranker:
    """A fitted ranker from its JSON file (a path or a `Traversable`), with the word clusters it was
    fitted with (the mention tagger's)."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    edges = (frozenset(raw["never_last"]), frozenset(raw["never_first"]))
    return Ranker(raw["weights"], edges, clusters, raw["threshold"])
