"""Derive the word clusters the characters stage's PER mention tagger and boundary ranker use as
features (``word_clusters.json``, written with the models fitted on them and loaded with them).

Why: LitBank alone is too small to learn which of thousands of nouns name people ("the
blacksmith", "a gentleman"); words that occur in the same contexts across a few million words of
novels share a cluster, so the tagger generalises from the person nouns it saw to ones it did not.

How (numpy only, deterministic): lowercased tokens of the shared PDNC novels and LitBank files;
vectors = positive PMI of each word (count >= MIN_COUNT, at most VOCAB words) with the CONTEXTS
most frequent words at positions -2, -1, +1, +2, reduced to DIMS dimensions by an eigendecomposition
of the Gram matrix (a second, topical set from a bag of words at -6..+6); then bisecting 2-means (cosine, fixed seed) to DEPTH levels gives each word a
bit path like Brown clusters, whose prefixes are the tagger's features. Only the word -> path table
is written, with three cue buckets per word ("who" vs "which" after it, a speech verb vs
"was" after it, his/her/my vs its/the before it).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np

from ..characters.tagger import TOKEN_RE

VOCAB = 30_000
MIN_COUNT = 3
CONTEXTS = 600
OFFSETS = (-2, -1, 1, 2)
TOPIC_CONTEXTS = 2000
TOPIC_OFFSETS = (-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6)
DIMS = 100
DEPTH = 12
KMEANS_ITERATIONS = 12
SEED = 7


def corpus_texts(shared: Path) -> list[str]:
    """The novels of PDNC and the token lines of LitBank entities, one string each."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((shared / "pdnc").glob("*/novel_text.txt"))]
    for p in sorted((shared / "litbank" / "entities" / "tsv").glob("*.tsv")):
        lines = p.read_text(encoding="utf-8").splitlines()
        texts.append(" ".join(line.split("\t", 1)[0] for line in lines if line.strip()))
    return texts


def tokens(texts: list[str]) -> tuple[list[str], np.ndarray, Counter]:
    """(vocabulary by frequency, token ids with -1 for rare words and between documents, counts)."""
    docs = [[m.group().lower() for m in TOKEN_RE.finditer(t)] for t in texts]
    counts = Counter(w for d in docs for w in d)
    ranked = sorted(counts, key=lambda w: (-counts[w], w))
    vocab = [w for w in ranked if counts[w] >= MIN_COUNT][:VOCAB]
    index = {w: i for i, w in enumerate(vocab)}
    gap = [""] * max(abs(o) for o in TOPIC_OFFSETS)
    ids = np.array([index.get(w, -1) for d in docs for w in d + gap], dtype=np.int64)
    return vocab, ids, counts


def word_vectors(vocab: list[str], ids: np.ndarray, offsets, contexts: int, positional: bool) -> np.ndarray:
    """Unit-length PPMI-SVD vectors of the vocabulary, contexts = the most frequent words at offsets."""
    n_ctx = (len(offsets) if positional else 1) * contexts
    keys = []
    for k, off in enumerate(offsets):
        a = ids[max(0, -off) : len(ids) - max(0, off)]
        c = ids[max(0, off) : len(ids) + min(0, off)]
        ok = (a >= 0) & (c >= 0) & (c < contexts)
        keys.append(a[ok] * n_ctx + (k * contexts if positional else 0) + c[ok])
    cells, freq = np.unique(np.concatenate(keys), return_counts=True)
    cooc = np.zeros((len(vocab), n_ctx), dtype=np.float32)
    cooc[cells // n_ctx, cells % n_ctx] = freq
    total = cooc.sum()
    row = cooc.sum(1, keepdims=True)
    col = cooc.sum(0, keepdims=True) ** 0.75
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(cooc * col.sum() / (row * col))
    ppmi = np.where(np.isfinite(pmi) & (pmi > 0), pmi, 0.0).astype(np.float32) if total else cooc
    gram = ppmi.T @ ppmi
    vals, vecs = np.linalg.eigh(gram)
    top = np.argsort(vals)[::-1][:DIMS]
    vecs = vecs[:, top]
    vecs *= np.sign(vecs[np.abs(vecs).argmax(0), np.arange(vecs.shape[1])])  # fixed sign per axis
    emb = ppmi @ vecs
    emb /= np.linalg.norm(emb, axis=1, keepdims=True) + 1e-9
    return emb


def cue_buckets(vocab: list[str], ids: np.ndarray, cues: set[str], other: set[str], offset: int) -> list[int]:
    """Per word, a bucket of log((n(cue at offset) + 1) / (n(other at offset) + 1)): e.g. "who" vs "which"
    after a noun tells people from things."""
    index = {w: i for i, w in enumerate(vocab)}
    cue_ids = np.array([index[w] for w in cues if w in index])
    other_ids = np.array([index[w] for w in other if w in index])
    a = ids[max(0, -offset) : len(ids) - max(0, offset)]
    c = ids[max(0, offset) : len(ids) + min(0, offset)]
    ok = a >= 0
    n_cue = np.bincount(a[ok & np.isin(c, cue_ids)], minlength=len(vocab))
    n_other = np.bincount(a[ok & np.isin(c, other_ids)], minlength=len(vocab))
    score = np.log((n_cue + 1) / (n_other + 1))
    return np.clip(np.round(score * 2), -6, 6).astype(int).tolist()


def _two_means(x: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Boolean split of the rows of x by spherical 2-means."""
    centers = x[rng.choice(len(x), 2, replace=False)]
    side = np.zeros(len(x), dtype=bool)
    for _ in range(KMEANS_ITERATIONS):
        side = (x @ centers[1]) > (x @ centers[0])
        if side.all() or not side.any():
            side = np.arange(len(x)) >= len(x) // 2
        centers = np.stack([x[~side].mean(0), x[side].mean(0)])
    return side


def bit_paths(emb: np.ndarray) -> list[str]:
    """Bisecting 2-means to DEPTH levels: each row's path of 0/1 choices."""
    rng = np.random.default_rng(SEED)
    paths = [""] * len(emb)
    groups = [np.arange(len(emb))]
    for _ in range(DEPTH):
        nxt = []
        for g in groups:
            if len(g) < 2:
                nxt.append(g)
                continue
            side = _two_means(emb[g], rng)
            for bit, part in (("0", g[~side]), ("1", g[side])):
                for i in part.tolist():
                    paths[i] += bit
                nxt.append(part)
        groups = nxt
    return paths


def derive(shared: Path, out: Path) -> int:
    """Write the word -> cluster path table; returns the number of words."""
    vocab, ids, _ = tokens(corpus_texts(shared))
    paths = bit_paths(word_vectors(vocab, ids, OFFSETS, CONTEXTS, positional=True))
    topics = bit_paths(word_vectors(vocab, ids, TOPIC_OFFSETS, TOPIC_CONTEXTS, positional=False))
    payload = {
        "about": "Word clusters of the ficlens PER mention tagger: bisecting 2-means over PPMI-SVD word vectors of "
        "the shared PDNC and LitBank text, derived by ficlens.training.word_clusters.",
        "words": vocab,
        "paths": paths,
        "topics": topics,
        "who": cue_buckets(vocab, ids, {"who", "whom", "whose"}, {"which"}, 1),
        "said": cue_buckets(vocab, ids, {"said", "cried", "replied", "answered", "asked", "exclaimed"}, {"was"}, 1),
        "poss": cue_buckets(vocab, ids, {"his", "her", "my"}, {"its", "the"}, -1),
    }
    out.write_text(json.dumps(payload, separators=(",", ":")) + "\n", encoding="utf-8")
    return len(vocab)
