"""Learned PER mention tagger: finds person phrases ("the old man who kept the inn", "her daughter",
"Mr." inside "Mr. Darcy") that the name regexes miss or cut wrongly.

A linear-chain CRF over sentences (fitted with CRFsuite, decoded in numpy). Each token gets one joint label
of two nesting levels: level 0 = outermost person span, level 1 = person span nested in it, e.g.
"Miss Bennet 's sister" -> BB II IO LO. Features: the word, affixes, shape, lexicon flags, word
clusters (``word_clusters.json``, derived from the shared novels by ``training.word_clusters``), WordNet
noun classes of the word and of its neighbours at -1, +1 and +2 (``wordnet.py``: "cobbler" is a person), a
window of words at -3..+3 with bigrams, sentence start, the noun-phrase state before the token and
the distance to the next punctuation, the B/I marks of the stage's own regex name and epithet
mentions, and document-level flags (inside a quotation; the same word capitalised, in lower case
or inside a regex name elsewhere in the document, or mostly after "at", "in", "to" there). The
weights are stored in ``mention_tagger.npz``, fitted on LitBank by ``ficlens.training.characters``
together with the word clusters they were fitted with; a model is loaded with those clusters.
"""

from __future__ import annotations

import json
import re
from array import array
from collections.abc import Iterable
from itertools import islice
from typing import NamedTuple
from functools import lru_cache

import numpy as np

from . import lexicon as lx
from . import wordnet

TOKEN_RE = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Messrs|Mme|Mlle|Capt|Col|Gen|Lt|Rev|Prof|Hon|Esq|Sgt)\."
    r"|[^\W_]+(?:[-'’](?![sS]\b)[^\W_]+)*|['’][sS]\b|\S"
)
LEVELS = 2
# Joint labels: level-0 tag (B/I/L/U) then level-1 tag (B/I/O; a nested span only lives inside an outer one).
LABELS = ("O",) + tuple(outer + inner for outer in "BILU" for inner in "OBI")
# Marks of the stage's regex mentions on a token, fed to the tagger as context.
MARK_NONE, MARK_NAME_B, MARK_NAME_I, MARK_EPI_B, MARK_EPI_I = range(5)
# A token after one of these marks opens a clause or a quotation (the `bos` feature): a capital there
# says less about a name. Sentences themselves come from the structure stage's layer.
_OPENS_AFTER = {".", "!", "?", "“", '"', "‘", ":", ";", "…"}
_PERSON = lx.PERSON_NOUNS | lx.BARE_PERSON_NOUNS
_DETS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "my", "your", "our", "their", "its"}
_RELATIVES = {"who", "whom", "whose", "which", "that", "whose"}
_PUNCT = {",", ";", ":", "—", "-", "(", ")", '"', "“", "”", "‘", "’"}
PAD = "<pad>"
OFFSETS = (-3, -2, -1, 0, 1, 2, 3)
_CENTER = OFFSETS.index(0)
MAX_SEQUENCE = 120
_TYPE_CACHE_LIMIT = 300_000
# Word types whose feature strings are made and summed together (bounds those temporaries).
_TYPE_BATCH = 512
_VITERBI_CHUNK = 1024
# Tokens tagged at a time (whole sequences): the score arrays of a block, not of the work, are held.
BLOCK_TOKENS = 16_384


def _shape(word: str) -> str:
    if word[0].isupper():
        if word.endswith("."):
            return "X."
        return "XX" if len(word) > 1 and word.isupper() else "Xx"
    if word[0].islower():
        return "x"
    if word[0].isdigit():
        return "d"
    return word if len(word) == 1 else "p"


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    first, _ = lx.names()
    return frozenset(first)


Clusters = dict[str, tuple[str, str, int, int, int]]


def load_clusters(path) -> Clusters:
    """Lowercased word -> (syntactic cluster path, topical cluster path, who/said/possessive cue
    buckets), from a ``word_clusters.json`` (a path or a `Traversable`)."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {w: row for w, *row in zip(raw["words"], raw["paths"], raw["topics"], raw["who"], raw["said"], raw["poss"])}


NO_CLUSTER = ("", "", "n", "n", "n")


class TypeFeatures:
    """Features of one word type at each window offset of ``OFFSETS``, read with the word clusters
    given; cached per word for the life of the object (a model's, or one fit's)."""

    def __init__(self, clusters: Clusters):
        self.clusters = clusters
        self.cache: dict[str, tuple[tuple[str, ...], ...]] = {}

    def __call__(self, word: str) -> tuple[tuple[str, ...], ...]:
        got = self.cache.get(word)
        if got is None:
            got = _type_features(word, self.clusters.get(word.lower(), NO_CLUSTER))
            if len(self.cache) < _TYPE_CACHE_LIMIT:
                self.cache[word] = got
        return got


def _type_features(word: str, cluster: tuple[str, str, int, int, int]) -> tuple[tuple[str, ...], ...]:
    """Features of one word type at each window offset, given its row of the word clusters."""
    low = word.lower()
    shape = _shape(word)
    lex = "1" if low in _PERSON else "0"
    first = "1" if word in _first_names() else "0"
    title = "1" if low.rstrip(".") in lx.TITLES else "0"
    det = "1" if low in _DETS else "0"
    path, topic, who, said, poss = cluster
    c4, c6, c10 = path[:4], path[:6], path[:10]
    noun = wordnet.noun_class(low)
    wn = (
        (f"wn={noun.first}", f"wp={noun.any_person:d}", f"ws={noun.person_share}", f"wn={noun.first}|sh={shape}")
        if noun else ()
    )
    wn_side = (noun.first, f"{noun.any_person:d}") if noun else None
    cues = (f"who={who}", f"said={said}", f"poss={poss}", f"t4={topic[:4]}", f"t6={topic[:6]}", f"t9={topic[:9]}")
    cur = (
        "b", f"w={low}", f"s1={low[-1:]}", f"s2={low[-2:]}", f"s3={low[-3:]}", f"s4={low[-4:]}",
        f"p2={low[:2]}", f"p3={low[:3]}", f"sh={shape}", f"lx={lex}", f"fn={first}", f"t={title}",
        f"sh={shape}|lx={lex}", f"c4={c4}", f"c6={c6}", f"c10={c10}", f"np={low in lx.NON_PERSON or word in lx.NON_PERSON}",
        f"c8={path[:8]}", f"c12={path}", f"t12={topic}", f"sh={shape}|c6={c6}",
    ) + cues + wn
    side = {off: (f"{off:+d}wn={wn_side[0]}", f"{off:+d}wp={wn_side[1]}") if wn_side else () for off in (-1, 1, 2)}
    return (
        (f"-3w={low}", f"-3c4={c4}"),
        (f"-2w={low}", f"-2lx={lex}", f"-2c4={c4}"),
        (f"-1w={low}", f"-1sh={shape}", f"-1lx={lex}", f"-1t={title}", f"-1d={det}", f"-1c4={c4}", f"-1c6={c6}",
         f"-1who={who}", f"-1t6={topic[:6]}") + side[-1],
        cur,
        (f"+1w={low}", f"+1sh={shape}", f"+1lx={lex}", f"+1fn={first}", f"+1c4={c4}", f"+1c6={c6}", f"+1who={who}",
         f"+1t6={topic[:6]}") + side[1],
        (f"+2w={low}", f"+2lx={lex}", f"+2c4={c4}") + side[2],
        (f"+3w={low}", f"+3c4={c4}"),
    )


class Tokens(NamedTuple):
    """The story's tokens as the tagger and the boundary ranker read them."""

    words: list[str]
    starts: np.ndarray
    ends: np.ndarray
    bos: np.ndarray  # opens a clause or a quotation (see _OPENS_AFTER)
    seqs: list[tuple[int, int]]  # token ranges tagged one at a time (``sequences``)


def tokenize(text: str, spans: list[tuple[int, int]], sentence_starts: list[int]) -> Tokens:
    """The tokens of the story spans, with the sentences (offsets of the structure stage's layer)
    as token ranges; equal words are one string object and the offsets are kept as machine
    integers (a work's tokens are millions)."""
    words: list[str] = []
    starts = array("q")
    ends = array("q")
    seen: dict[str, str] = {}
    for a, b in spans:
        for m in TOKEN_RE.finditer(text, a, b):
            word = m.group()
            words.append(seen.setdefault(word, word))
            starts.append(m.start())
            ends.append(m.end())
    bos = np.zeros(len(words), dtype=bool)
    if words:
        bos[0] = True
        bos[1:] = np.fromiter((w in _OPENS_AFTER for w in islice(words, len(words) - 1)), dtype=bool, count=len(words) - 1)
    token_starts = np.frombuffer(starts, dtype=np.int64)
    return Tokens(words, token_starts, np.frombuffer(ends, dtype=np.int64), bos, sequences(words, token_starts, sentence_starts))


def marks(starts: np.ndarray, ends: np.ndarray, rule_spans: Iterable[tuple[int, int, bool]]) -> np.ndarray:
    """Per token, the mark of the regex mention (name or epithet) covering it."""
    out = np.zeros(len(starts), dtype=np.int8)
    for s, e, is_name in rule_spans:
        i = int(np.searchsorted(starts, s))
        j = int(np.searchsorted(starts, e))
        if i >= j or starts[i] != s:
            continue
        out[i] = MARK_NAME_B if is_name else MARK_EPI_B
        out[i + 1 : j] = MARK_NAME_I if is_name else MARK_EPI_I
    return out


def sequences(words: list[str], token_starts: np.ndarray, sentence_starts: list[int]) -> list[tuple[int, int]]:
    """(start, end) token ranges the CRF tags one at a time: the sentences, cut at MAX_SEQUENCE
    tokens. A sentence that ends on a word, not a mark (a line break inside a wrapped paragraph),
    goes on into the next: a name may run across it."""
    n = len(token_starts)
    firsts = np.searchsorted(token_starts, np.asarray(sentence_starts, dtype=np.int64)).tolist()
    bounds = sorted({0, n, *(i for i in firsts if not 0 < i < n or not words[i - 1][0].isalnum())})
    return [(a, min(b, a + MAX_SEQUENCE)) for lo, b in zip(bounds, bounds[1:]) for a in range(lo, b, MAX_SEQUENCE)]


def blocks(seqs: list[tuple[int, int]], size: int):
    """Runs of consecutive sequences of about `size` tokens (tagged together; a sequence is never cut)."""
    block: list[tuple[int, int]] = []
    for a, b in seqs:
        block.append((a, b))
        if b - block[0][0] >= size:
            yield block
            block = []
    if block:
        yield block


_DET_LIST = sorted(_DETS)
_REL_LIST = sorted(_RELATIVES)


def _last_before(flag: np.ndarray, floor: np.ndarray) -> np.ndarray:
    """Per token i, the last index j < i with flag[j] and j >= floor[i], else -1."""
    idx = np.where(flag, np.arange(len(flag)), -1)
    last = np.maximum.accumulate(np.r_[-1, idx[:-1]]) if len(flag) else idx
    return np.where(last >= floor, last, -1)


def _next_after(flag: np.ndarray, ceil: np.ndarray) -> np.ndarray:
    """Per token i, the first index j > i with flag[j] and j < ceil[i], else ceil[i]."""
    n = len(flag)
    idx = np.where(flag, np.arange(n), n)
    nxt = np.minimum.accumulate(np.r_[idx[1:], n][::-1])[::-1] if n else idx
    return np.minimum(nxt, ceil)


def context_ids(words: list[str], bos: np.ndarray, mark: np.ndarray, seqs, doc: np.ndarray | None = None) -> np.ndarray:
    """Per token, one integer coding its context features (see ``context_features``): regex marks
    at -1/0/+1, sentence start, and the noun-phrase state of the words before it in its sentence
    (tokens since the last determiner and since the last punctuation or relative pronoun, the open
    relative pronoun, the last determiner). doc: ``document_codes`` of these tokens, when they are
    a block of whole sequences of a longer work (default: the tokens are the whole work)."""
    n = len(words)
    vocab: dict[str, int] = {}  # the flags are read once per word type, then spread to the tokens
    ids = np.fromiter((vocab.setdefault(w, len(vocab)) for w in words), dtype=np.int64, count=n)
    lows = [w.lower() for w in vocab]
    det = np.array([_DET_LIST.index(w) + 1 if w in _DETS else 0 for w in lows], dtype=np.int64)[ids]
    rel = np.array([_REL_LIST.index(w) + 1 if w in _RELATIVES and w not in _DETS else 0 for w in lows], dtype=np.int64)[ids]
    comma = np.array([w == "," for w in lows], dtype=bool)[ids]
    punct = np.array([w in _PUNCT for w in lows], dtype=bool)[ids]
    seq_start = np.repeat([a for a, _ in seqs], [b - a for a, b in seqs])
    seq_end = np.repeat([b for _, b in seqs], [b - a for a, b in seqs])
    pos = np.arange(n)
    last_p = _last_before(punct, seq_start)
    last_hard = _last_before(punct & ~comma, seq_start)
    last_det = _last_before(det > 0, np.maximum(seq_start, last_p + 1))
    last_rel = _last_before(rel > 0, np.maximum(seq_start, last_hard + 1))
    last_break = _last_before(punct | (rel > 0), seq_start)
    last_comma = _last_before(comma, np.maximum(seq_start, np.maximum(last_rel, last_hard) + 1))
    sd = np.where(last_det >= 0, np.minimum(pos - last_det - 1, 7), 9)
    sp = np.where(last_break >= 0, np.minimum(pos - last_break - 1, 7), 9)
    ld = np.where(last_det >= 0, det[np.maximum(last_det, 0)], 0)
    rl = np.where(last_rel >= 0, rel[np.maximum(last_rel, 0)], 0) * 2 + (last_comma >= 0)
    next_p = _next_after(punct, seq_end)
    ahead = np.minimum(next_p - pos - 1, 7)
    ahead_kind = np.where(next_p >= seq_end, 2, np.where(comma[np.minimum(next_p, n - 1)], 0, 1))
    m_prev = np.where(pos > seq_start, mark[np.maximum(pos - 1, 0)], 9)
    m_next = np.where(pos + 1 < seq_end, mark[np.minimum(pos + 1, n - 1)], 9)
    key = bos.astype(np.int64)
    for value, radix in ((mark, 10), (m_prev, 10), (m_next, 10), (sd, 10), (sp, 10), (ahead, 8), (ahead_kind, 3),
                         (rl, 2 * len(_REL_LIST) + 2), (ld, len(_DET_LIST) + 1)):
        key = key * radix + value
    return key * _DOC_RADIX + (document_codes(words, bos, mark) if doc is None else doc)


_QUOTE_TOGGLE_CODE, _QUOTE_OPEN_CODE, _QUOTE_CLOSE_CODE = 1, 2, 3
_QUOTE_CODES = {'"': _QUOTE_TOGGLE_CODE, "“": _QUOTE_OPEN_CODE, "”": _QUOTE_CLOSE_CODE}
_DOC_RADIX = 2 * 5 * 2 * 2 * 2 * 2 * 2 * 3


def document_codes(words: list[str], bos: np.ndarray, mark: np.ndarray) -> np.ndarray:
    """Per token, one small integer of its document-level features: inside a quotation, capitalised, the
    same word capitalised mid-sentence elsewhere in the document, the same word in lower case
    elsewhere, inside a regex name elsewhere, after a preposition of place in none, some or most of
    its other uses (with the token's own sentence start and mark). Why: a name is capitalised and
    found by the name rules wherever it occurs; a word seen in lower case elsewhere is a common word
    even at a sentence start; a name mostly seen "at", "in" or "to" is a place ("Uppercross").
    Counted per word form and per lowercased word, then coded BLOCK_TOKENS tokens at a time, so the
    temporaries are a block's."""
    n = len(words)
    forms: dict[str, int] = {}
    form = np.fromiter((forms.setdefault(w, len(forms)) for w in words), dtype=np.int32, count=n)
    lows: dict[str, int] = {}
    low = np.array([lows.setdefault(w.lower(), len(lows)) for w in forms], dtype=np.int32)[form]
    upper = np.array([w[:1].isupper() for w in forms], dtype=bool)
    lower = np.array([w[:1].islower() for w in forms], dtype=bool)
    quote = np.array([_QUOTE_CODES.get(w, 0) for w in forms], dtype=np.int8)
    cap_mid = upper[form] & ~bos
    named = (mark == MARK_NAME_B) | (mark == MARK_NAME_I)
    after_place = np.zeros(n, dtype=bool)
    if n > 1:
        after_place[1:] = np.array([w.lower() in lx.PLACE_PREPOSITIONS for w in forms], dtype=bool)[form[:-1]]
    counts = [np.bincount(low[flags], minlength=len(lows)) for flags in (cap_mid, lower[form], named, after_place)]
    n_cap_mid, n_lower, n_named, n_place = counts
    n_all = np.bincount(low, minlength=len(lows))
    out = np.zeros(n, dtype=np.int16)
    last_open = last_close = -1
    toggled = 0
    for a in range(0, n, BLOCK_TOKENS):
        b = min(n, a + BLOCK_TOKENS)
        at = np.arange(a, b)
        q, w, f = quote[form[a:b]], low[a:b], form[a:b]
        opened = np.maximum(np.maximum.accumulate(np.where(q == _QUOTE_OPEN_CODE, at, -1)), last_open)
        closed = np.maximum(np.maximum.accumulate(np.where(q == _QUOTE_CLOSE_CODE, at, -1)), last_close)
        toggles = np.cumsum(q == _QUOTE_TOGGLE_CODE) + toggled
        last_open, last_close, toggled = int(opened[-1]), int(closed[-1]), int(toggles[-1])
        inq = (opened > closed) | (toggles % 2 == 1)
        places = n_place[w] - after_place[a:b]
        others = n_all[w] - 1
        placed = np.where(places == 0, 0, np.where(2 * places >= others, 2, 1))
        key = bos[a:b].astype(np.int64)
        for value, radix in ((mark[a:b], 5), (inq, 2), (upper[f], 2), (n_cap_mid[w] - cap_mid[a:b] > 0, 2),
                             (n_lower[w] - lower[f] > 0, 2), (n_named[w] - named[a:b] > 0, 2), (placed, 3)):
            key = key * radix + value.astype(np.int64)
        out[a:b] = key
    return out


def context_features(key: int) -> tuple[str, ...]:
    """Feature strings of one ``context_ids`` code."""
    key, doc = divmod(key, _DOC_RADIX)
    return sentence_features(key) + document_features(doc)


def document_features(doc: int) -> tuple[str, ...]:
    """Feature strings of the document part of a ``context_ids`` code."""
    doc, placed = divmod(doc, 3)
    doc, name_elsewhere = divmod(doc, 2)
    doc, low_elsewhere = divmod(doc, 2)
    doc, cap_elsewhere = divmod(doc, 2)
    doc, upper = divmod(doc, 2)
    doc, inq = divmod(doc, 2)
    bos, m = divmod(doc, 5)
    return (
        f"q={inq}", f"q={inq}|bos={bos}", f"dc={upper}{cap_elsewhere}{low_elsewhere}",
        f"dc={upper}{cap_elsewhere}{low_elsewhere}|bos={bos}",
        f"dn={name_elsewhere}", f"dn={name_elsewhere}|m={m}",
        f"dn={name_elsewhere}|u={upper}|bos={bos}", f"dp={placed}|u={upper}", f"dp={placed}|m={m}",
    )


def sentence_features(key: int) -> tuple[str, ...]:
    """Feature strings of the sentence part of a ``context_ids`` code."""
    key, ld = divmod(key, len(_DET_LIST) + 1)
    key, rl = divmod(key, 2 * len(_REL_LIST) + 2)
    key, ahead_kind = divmod(key, 3)
    key, ahead = divmod(key, 8)
    key, sp = divmod(key, 10)
    key, sd = divmod(key, 10)
    key, m_next = divmod(key, 10)
    key, m_prev = divmod(key, 10)
    bos, m = divmod(key, 10)
    rel = (_REL_LIST[rl // 2 - 1] if rl // 2 else "-") + ("," if rl % 2 else "")
    det = _DET_LIST[ld - 1] if ld else "-"
    return (
        f"bos={bos}", f"m={m}", f"m-1={m_prev}", f"m+1={m_next}", f"m={m}|bos={bos}", f"sd={sd}", f"sp={sp}",
        f"rel={rel}", f"ld={det}", f"ld={det}|sd={sd}", f"rel={rel}|sp={sp}", f"na={ahead}|k={ahead_kind}",
        f"na={ahead}|rel={rel}", f"na={ahead}|sp={sp}",
    )


def _pad_feature(off: int) -> str:
    return f"{off:+d}w=<s>" if off < 0 else f"{off:+d}w=</s>"


def sequence_features(
    words: list[str], ctx: np.ndarray, a: int, b: int, type_features: TypeFeatures
) -> list[list[str]]:
    """CRFsuite attribute lists of tokens a..b-1 (window features do not cross the sequence): the
    training side; ``Model.emissions`` sums the same features' weights without building strings."""
    types = [type_features(w) for w in words[a:b]]
    lows = [w.lower() for w in words[a:b]]
    ctx_l = ctx[a:b].tolist()
    n = b - a
    out = []
    for i in range(n):
        row = list(types[i][_CENTER])
        for slot, off in enumerate(OFFSETS):
            if off:
                row += types[i + off][slot] if 0 <= i + off < n else (_pad_feature(off),)
        row.append(f"bg-={lows[i - 1] if i else '<s>'}|{lows[i]}")
        row.append(f"bg+={lows[i]}|{lows[i + 1] if i + 1 < n else '</s>'}")
        row += context_features(ctx_l[i])
        out.append(row)
    return out


def decode(labels: list[str], starts: np.ndarray, ends: np.ndarray, offset: int) -> list[tuple[int, int, int]]:
    """(start, end, level) spans of one sequence's joint labels (token i of it is offset + i); B/I/L/U
    tags, L and U closing a span, with B/I/O read as B/I."""
    out = []
    for level in range(LEVELS):
        open_at = -1
        for i, lab in enumerate(labels + ["O"]):
            tag = lab[level] if len(lab) > level else "O"
            if open_at >= 0 and tag not in ("I", "L"):
                out.append((int(starts[offset + open_at]), int(ends[offset + i - 1]), level))
                open_at = -1
            if tag in ("B", "U") or (tag in ("I", "L") and open_at < 0):
                open_at = i
            if tag in ("L", "U"):
                out.append((int(starts[offset + open_at]), int(ends[offset + i]), level))
                open_at = -1
    return out


class Model:
    """A fitted CRF as numpy weight tables, tagged without per-token feature strings.

    Scores equal CRFsuite's (the same features as ``sequence_features``, read with the word clusters
    the model was fitted with): per word type, the summed weights of its features at each window
    offset are cached for the model's life; context features are looked up per token; Viterbi runs
    position by position over all sentences at once.
    """

    def __init__(
        self, attrs: list[str], weights: np.ndarray, transitions: np.ndarray, labels: list[str], clusters: Clusters
    ):
        self.attrs = list(attrs)
        self.weights = np.asarray(weights, dtype=np.float64)
        self.transitions = np.asarray(transitions, dtype=np.float64)
        self.labels = list(labels)
        self.index = {a: i for i, a in enumerate(self.attrs)}
        self.o_label = self.labels.index("O")
        self.clusters = clusters
        self._type_rows: dict[str, np.ndarray] = {}
        self._ctx_codes: dict = {}  # context features -> {code: row of _ctx_tables[features]}
        self._ctx_tables: dict = {}
        self._pad_rows = np.stack([self._sum((_pad_feature(off),) if off else ()) for off in OFFSETS])

    @classmethod
    def from_crfsuite(cls, crf_bytes: bytes, clusters: Clusters) -> "Model":
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open_inmemory(crf_bytes)
        info = tagger.info()
        labels = list(tagger.labels())  # only the labels seen in training, as CRFsuite decodes
        li = {lab: k for k, lab in enumerate(labels)}
        attrs = sorted({a for a, _ in info.state_features})
        ai = {a: k for k, a in enumerate(attrs)}
        weights = np.zeros((len(attrs), len(labels)))
        for (a, lab), w in info.state_features.items():
            weights[ai[a], li[lab]] = w
        trans = np.zeros((len(labels), len(labels)))
        for (x, y), w in info.transitions.items():
            trans[li[x], li[y]] = w
        tagger.close()
        return cls(attrs, weights, trans, labels, clusters)

    def _sum(self, feats) -> np.ndarray:
        rows = [self.index[f] for f in feats if f in self.index]
        return self.weights[rows].sum(0) if rows else np.zeros(len(self.labels))

    def _sums(self, feature_lists) -> np.ndarray:
        """(lists, labels) summed weights of each feature list, in one numpy pass (fewer small sums)."""
        rows: list[int] = []
        owner: list[int] = []
        index = self.index
        for k, feats in enumerate(feature_lists):
            for f in feats:
                r = index.get(f)
                if r is not None:
                    rows.append(r)
                    owner.append(k)
        out = np.zeros((len(feature_lists), len(self.labels)))
        np.add.at(out, np.array(owner, dtype=np.int64), self.weights[np.array(rows, dtype=np.int64)])
        return out

    def _type_tables(self, types) -> np.ndarray:
        """(types, slots, labels) summed weights of each type's features at each window offset."""
        got = {w: self._type_rows[w] for w in types if w in self._type_rows}
        missing = [w for w in types if w not in got]
        for lo in range(0, len(missing), _TYPE_BATCH):
            # the feature strings are not kept, and are made for a batch of types at a time: only
            # their summed weights are read again
            batch = missing[lo : lo + _TYPE_BATCH]
            features = (_type_features(w, self.clusters.get(w.lower(), NO_CLUSTER)) for w in batch)
            sums = self._sums([slot for f in features for slot in f])
            sums = sums.reshape(len(batch), len(OFFSETS), -1)
            for w, table in zip(batch, sums):
                got[w] = table
                if len(self._type_rows) < _TYPE_CACHE_LIMIT:
                    self._type_rows[w] = table
        return np.stack([got[w] for w in types])

    def emissions(self, words: list[str], bos: np.ndarray, mark: np.ndarray, seqs, doc: np.ndarray | None = None) -> np.ndarray:
        """(tokens, labels) state scores, as CRFsuite sums them over ``sequence_features``; doc as
        for ``context_ids``."""
        n = len(words)
        vocab: dict[str, int] = {}
        ids = np.fromiter((vocab.setdefault(w, len(vocab)) for w in words), dtype=np.int64, count=n)
        tables = self._type_tables(list(vocab))
        seq_start = np.repeat([a for a, _ in seqs], [b - a for a, b in seqs])
        seq_end = np.repeat([b for _, b in seqs], [b - a for a, b in seqs])
        pos = np.arange(n)
        scores = tables[ids, _CENTER].copy()
        for slot, off in enumerate(OFFSETS):
            if not off:
                continue
            j = pos + off
            ok = (j >= seq_start) & (j < seq_end)
            scores += np.where(ok[:, None], tables[ids[np.clip(j, 0, n - 1)], slot], self._pad_rows[slot])
        ctx = context_ids(words, bos, mark, seqs, doc)
        for part, features in ((ctx // _DOC_RADIX, sentence_features), (ctx % _DOC_RADIX, document_features)):
            codes, inverse = np.unique(part, return_inverse=True)
            scores += self._ctx_table(features, codes.tolist())[inverse.reshape(-1)]
        lows = {w: w.lower() for w in vocab}
        names = [lows[w] for w in vocab] + ["<s>", "</s>"]
        bos_id, eos_id = len(vocab), len(vocab) + 1
        prev = np.where(pos > seq_start, ids[np.maximum(pos - 1, 0)], bos_id)
        nxt = np.where(pos + 1 < seq_end, ids[np.minimum(pos + 1, n - 1)], eos_id)
        width = len(names)
        for side, first, second in (("bg-=", prev, ids), ("bg+=", ids, nxt)):
            pairs, inv = np.unique(first * width + second, return_inverse=True)
            found = np.array([self.index.get(f"{side}{names[p // width]}|{names[p % width]}", -1) for p in pairs.tolist()])
            at = found[inv.reshape(-1)]
            hit = at >= 0
            scores[hit] += self.weights[at[hit]]
        return scores

    def _ctx_table(self, features, codes: list[int]) -> np.ndarray:
        """(codes, labels) summed weights of the context features of each code (cached per model)."""
        known = self._ctx_codes.setdefault(features, {})
        missing = [c for c in codes if c not in known]
        if missing:
            known.update(zip(missing, range(len(known), len(known) + len(missing))))
            rows = self._sums([features(c) for c in missing])
            self._ctx_tables[features] = np.concatenate([self._ctx_tables.get(features, rows[:0]), rows])
        return self._ctx_tables[features][[known[c] for c in codes]]

    def viterbi(self, scores: np.ndarray, seqs) -> np.ndarray:
        """Best label index per token, all sentences at once; sorted by length, those still running are a suffix."""
        out = np.full(len(scores), self.o_label, dtype=np.int64)
        trans = self.transitions[None]
        by_length = sorted(seqs, key=lambda ab: ab[1] - ab[0])
        for c in range(0, len(by_length), _VITERBI_CHUNK):
            chunk = by_length[c : c + _VITERBI_CHUNK]
            starts = np.array([a for a, _ in chunk])
            lens = np.array([b - a for a, b in chunk])
            m = int(lens[-1])
            first_live = np.searchsorted(lens, np.arange(m), side="right").tolist()
            delta = scores[starts]
            back = np.zeros((len(chunk), m, len(self.labels)), dtype=np.int8)
            for t in range(1, m):
                k = first_live[t]
                cand = delta[k:, :, None] + trans
                back[k:, t] = cand.argmax(1)
                delta[k:] = cand.max(1) + scores[starts[k:] + t]
            state = delta.argmax(1)
            for t in range(m - 1, -1, -1):
                k = first_live[t]
                out[starts[k:] + t] = state[k:]
                if t:
                    state[k:] = back[np.arange(k, len(chunk)), t, state[k:]]
        return out

    def spans(self, rule_spans: list[tuple[int, int, bool]], tokens: Tokens):
        """Person spans as (start, end, level) over the story's tokens (``tokenize``)."""
        words, starts, ends, bos, seqs = tokens
        if not words:
            return []
        mark = marks(starts, ends, rule_spans)
        doc = document_codes(words, bos, mark)
        names = self.labels
        out = []
        for block in blocks(seqs, BLOCK_TOKENS):
            first = block[0][0]
            last = block[-1][1]
            local = [(a - first, b - first) for a, b in block]
            scores = self.emissions(words[first:last], bos[first:last], mark[first:last], local, doc[first:last])
            labels = self.viterbi(scores, local)
            tagged = np.flatnonzero(labels != self.o_label)
            for a, b in local:
                # decoded from the sequence's first tagged token to its last: the O tokens around decode to nothing
                lo, hi = np.searchsorted(tagged, (a, b)).tolist()
                if lo < hi:
                    lo, hi = int(tagged[lo]), int(tagged[hi - 1]) + 1
                    out.extend(decode([names[k] for k in labels[lo:hi].tolist()], starts, ends, first + lo))
        return out

    def save(self, path) -> None:
        np.savez_compressed(
            path, attrs=np.array(self.attrs), weights=self.weights.astype(np.float32),
            transitions=self.transitions, labels=np.array(self.labels),
        )


def load(path, clusters: Clusters) -> Model:
    """A fitted model from a file (a path or a `Traversable`) written by `Model.save`, with the word
    clusters it was fitted with (``load_clusters`` of the ``word_clusters.json`` written beside it)."""
    with path.open("rb") if hasattr(path, "open") else open(path, "rb") as fh, np.load(fh) as raw:
        return Model(raw["attrs"].tolist(), raw["weights"], raw["transitions"], raw["labels"].tolist(), clusters)


