"""Learned PER mention tagger: finds person phrases ("the old man who kept the inn", "her daughter",
"Mr." inside "Mr. Darcy") that the name regexes miss or cut wrongly.

Two BIO taggers (multinomial logistic regression, no label dependencies so that scoring is a few
numpy gathers): level 0 finds the outermost person spans, level 1 the person spans nested inside
another one. Features are cheap: the word (lowercased), suffixes, shape, lexicon flags of a window
of words, sentence start, and the B/I marks of the stage's own regex name and epithet mentions.
Weights live in ``mention_tagger.json``, fitted on LitBank by ``ficlens.characters.train``.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

import numpy as np

from . import lexicon as lx

TOKEN_RE = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Messrs|Mme|Mlle|Capt|Col|Gen|Lt|Rev|Prof|Hon|Esq|Sgt)\."
    r"|[^\W_]+(?:[-'’](?![sS]\b)[^\W_]+)*|['’][sS]\b|\S"
)
LABELS = ("O", "B", "I")
LEVELS = 2
TYPE_OFFSETS = (-2, -1, 0, 1, 2, 3)
CTX_OFFSETS = (-1, 0, 1)
# Marks of the stage's regex mentions on a token, fed to the tagger as context.
MARK_NONE, MARK_NAME_B, MARK_NAME_I, MARK_EPI_B, MARK_EPI_I = range(5)
_SENT_END = {".", "!", "?", "“", '"', "‘", ":", ";", "…"}
_PERSON = lx.PERSON_NOUNS | lx.BARE_PERSON_NOUNS
_DETS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "my", "your", "our", "their", "its"}
PAD = "<pad>"
REGION_THRESHOLD = 0.95
# Label transitions allowed in decoding (log scale): everything but O -> I. Learned transition
# probabilities lowered held-out F1 (they double-count the O prior of the per-token model).
BIO_CONSTRAINTS = np.array([[0.0, 0.0, -1e4], [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]])


def _shape(word: str) -> str:
    if word == PAD:
        return "pad"
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


def type_features(word: str) -> dict[int, tuple[str, ...]]:
    """Features of one word type, per window offset (the same word gives the same features everywhere)."""
    low = word.lower()
    shape = _shape(word)
    lex = "lex" if low in _PERSON else "nolex"
    first = "fn" if word in _first_names() else "nofn"
    title = low.rstrip(".") in lx.TITLES
    out = {
        0: (
            f"w={low}", f"s3={low[-3:]}", f"s2={low[-2:]}", f"p3={low[:3]}", f"sh={shape}", lex, first,
            f"t={title}", f"sh={shape}|{lex}", "bias",
        ),
        -1: (f"w={low}", f"sh={shape}", lex, f"t={title}", f"d={low in _DETS}"),
        1: (f"w={low}", f"sh={shape}", lex, first),
        -2: (f"w={low}", lex),
        2: (f"w={low}", lex, f"sh={shape}"),
        3: (lex,),
    }
    return out


def ctx_id(bos: bool, mark: int, cap: bool) -> int:
    return (int(bos) * 5 + mark) * 2 + int(cap)


N_CTX = 20


def ctx_features() -> dict[int, list[tuple[str, ...]]]:
    """Feature strings of each context id, per offset."""
    out: dict[int, list[tuple[str, ...]]] = {}
    for o in CTX_OFFSETS:
        rows = []
        for cid in range(N_CTX):
            cap, rest = cid % 2, cid // 2
            bos, mark = rest // 5, rest % 5
            if o == 0:
                rows.append((f"m={mark}", f"bos={bos}|cap={cap}", f"m={mark}|bos={bos}"))
            else:
                rows.append((f"m={mark}",))
        out[o] = rows
    return out


def tokenize(text: str, spans: list[tuple[int, int]]) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """(words, starts, ends, sentence-start flags) of the story spans."""
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for a, b in spans:
        for m in TOKEN_RE.finditer(text, a, b):
            words.append(m.group())
            starts.append(m.start())
            ends.append(m.end())
    bos = np.zeros(len(words), dtype=bool)
    if words:
        bos[0] = True
        prev = np.array([w in _SENT_END for w in words[:-1]], dtype=bool)
        bos[1:] = prev
    return words, np.array(starts, dtype=np.int64), np.array(ends, dtype=np.int64), bos


def marks(starts: np.ndarray, ends: np.ndarray, rule_spans: list[tuple[int, int, bool]]) -> np.ndarray:
    """Per token, the mark of the regex mention (name or epithet) covering it."""
    out = np.zeros(len(starts), dtype=np.int64)
    for s, e, is_name in rule_spans:
        i = int(np.searchsorted(starts, s))
        j = int(np.searchsorted(starts, e))
        if i >= j or starts[i] != s:
            continue
        out[i] = MARK_NAME_B if is_name else MARK_EPI_B
        out[i + 1 : j] = MARK_NAME_I if is_name else MARK_EPI_I
    return out


def contexts(words: list[str], bos: np.ndarray, mark: np.ndarray) -> np.ndarray:
    cap = np.array([w[:1].isupper() for w in words], dtype=np.int64)
    return (bos.astype(np.int64) * 5 + mark) * 2 + cap


def decode(labels: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> list[tuple[int, int]]:
    """Spans of a BIO label sequence."""
    out = []
    open_at = -1
    for i in np.flatnonzero(labels != 0).tolist() + [len(labels) + 1]:
        lab = labels[i] if i < len(labels) else 0
        if open_at >= 0 and (i != last + 1 or lab == 1):
            out.append((int(starts[open_at]), int(ends[last])))
            open_at = -1
        if i >= len(labels):
            break
        if open_at < 0:
            open_at = i
        last = i
    return out


def viterbi(logp: np.ndarray, trans: np.ndarray, region_threshold: float) -> np.ndarray:
    """Best BIO sequence under per-token log-probabilities and label transition log-probabilities.

    Only runs of tokens whose O probability is below region_threshold are decoded (the rest stay
    O), so that the Python loop touches a small share of a long text.
    """
    n = len(logp)
    labels = np.zeros(n, dtype=np.int64)
    cand = np.flatnonzero(logp[:, 0] < np.log(region_threshold))
    if not len(cand):
        return labels
    breaks = np.flatnonzero(np.diff(cand) > 1)
    run_starts = np.r_[cand[0], cand[breaks + 1]]
    run_ends = np.r_[cand[breaks], cand[-1]] + 1
    t = trans.tolist()
    for a, b in zip(run_starts.tolist(), run_ends.tolist()):
        rows = logp[a:b].tolist()
        prev = [t[0][j] + rows[0][j] for j in range(3)]
        back = []
        for row in rows[1:]:
            cur = []
            ptr = []
            for j in range(3):
                best = max(range(3), key=lambda i: prev[i] + t[i][j])
                cur.append(prev[best] + t[best][j] + row[j])
                ptr.append(best)
            back.append(ptr)
            prev = cur
        state = max(range(3), key=lambda i: prev[i] + t[i][0])
        path = [state]
        for ptr in reversed(back):
            state = ptr[state]
            path.append(state)
        labels[a:b] = path[::-1]
    return labels


class Model:
    """Weights of the level taggers, with per-word score tables cached for the process."""

    def __init__(self, levels: list[dict[str, list[float]]], o_bias: float = 0.0):
        self.levels = levels
        self.o_bias = o_bias
        self._type_cache: dict[str, np.ndarray] = {}
        self._ctx = []
        ctx_feats = ctx_features()
        for weights in levels:
            table = np.zeros((len(CTX_OFFSETS), N_CTX, 3))
            for k, o in enumerate(CTX_OFFSETS):
                for cid, feats in enumerate(ctx_feats[o]):
                    for f in feats:
                        w = weights.get(f"c{o}|{f}")
                        if w is not None:
                            table[k, cid] += w
            self._ctx.append(table)

    def _type_scores(self, word: str) -> np.ndarray:
        """(levels, offsets, labels) score table of one word, cached for the process."""
        row = self._type_cache.get(word)
        if row is None:
            keys = [f"{o}|{f}" for o, feats in sorted(type_features(word).items()) for f in feats]
            slots = [k for k, (o, feats) in enumerate(sorted(type_features(word).items())) for _ in feats]
            row = np.zeros((len(self.levels), len(TYPE_OFFSETS), 3))
            for level, weights in enumerate(self.levels):
                for slot, key in zip(slots, keys):
                    w = weights.get(key)
                    if w is not None:
                        row[level, slot] += w
            if len(self._type_cache) < 200_000:
                self._type_cache[word] = row
        return row

    def spans(self, text: str, story: list[tuple[int, int]], rule_spans: list[tuple[int, int, bool]]):
        """Person spans as (start, end, level)."""
        words, starts, ends, bos = tokenize(text, story)
        n = len(words)
        if not n:
            return []
        ctx = contexts(words, bos, marks(starts, ends, rule_spans))
        vocab: dict[str, int] = {PAD: 0}
        ids = np.fromiter((vocab.setdefault(w, len(vocab)) for w in words), dtype=np.int64, count=n)
        pad = 3
        padded = np.concatenate([np.zeros(pad, np.int64), ids, np.zeros(pad, np.int64)])
        cpad = np.concatenate([np.full(pad, ctx_id(True, 0, False)), ctx, np.full(pad, ctx_id(True, 0, False))])
        out = []
        tables = np.stack([self._type_scores(w) for w in vocab])  # (types, levels, offsets, 3)
        for level in range(len(self.levels)):
            table = tables[:, level]
            scores = np.zeros((n, 3))
            for k, o in enumerate(sorted(TYPE_OFFSETS)):
                scores += table[padded[pad + o : pad + o + n], k]
            for k, o in enumerate(CTX_OFFSETS):
                scores += self._ctx[level][k][cpad[pad + o : pad + o + n]]
            scores[:, 0] += self.o_bias
            scores -= scores.max(1, keepdims=True)
            logp = scores - np.log(np.exp(scores).sum(1, keepdims=True))
            labels = viterbi(logp, BIO_CONSTRAINTS, REGION_THRESHOLD)
            out.extend((s, e, level) for s, e in decode(labels, starts, ends))
        return out


@lru_cache(maxsize=1)
def shipped() -> Model | None:
    """The fitted model shipped with the package, or None when it has not been trained."""
    path = resources.files(__package__).joinpath("mention_tagger.json")
    if not path.is_file():
        return None
    raw = json.loads(path.read_text(encoding="utf-8"))
    return Model(raw["levels"], raw.get("o_bias", 0.0))
