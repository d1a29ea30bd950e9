"""Fit the characters stage's boundary ranker (``characters/boundaries.py``) on LitBank: the words a
person span almost never ends or starts on, and a logistic model over the span variants of the
tagger's held-out person phrases (see ``mention_tagger.py`` for the held-out output it learns from).
"""

from __future__ import annotations

import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from ..characters import boundaries
from ..characters import tagger as tg

FIT_PARAMS = {"c1": 0.0, "c2": 1.0, "max_iterations": 200}
MIN_WEIGHT = 0.03  # smaller weights are left out of the model (CV F1 unchanged; 6x smaller file)
EDGE_VOCABULARY = 300
EDGE_SHARE = 0.002


def rare_edges(files: list[tuple[list[str], set[tuple[int, int]], str]]) -> boundaries.Edges:
    """(never last, never first): of the EDGE_VOCABULARY most frequent words (lower case) of the
    files (words, gold spans, text), those that end (start) a gold span in at most EDGE_SHARE of
    their uses (",", "the", "of", "who"). No variant ends (starts) on them: about half the spans to
    score, and 32 of 9,013 LitBank gold spans out of reach."""
    uses: Counter = Counter()
    last: Counter = Counter()
    first: Counter = Counter()
    for words, gold, text in files:
        uses.update(w.lower() for w in words)
        for s, e in gold:
            phrase = text[s:e].split()
            last[phrase[-1].lower()] += 1
            first[phrase[0].lower()] += 1
    common = [w for w, _ in uses.most_common(EDGE_VOCABULARY)]
    return (frozenset(w for w in common if last[w] <= EDGE_SHARE * uses[w]),
            frozenset(w for w in common if first[w] <= EDGE_SHARE * uses[w]))


def fit(groups: list, edges: boundaries.Edges, clusters: tg.Clusters) -> boundaries.Ranker:
    """Logistic regression (CRFsuite on one-item sequences, L2) over every variant of every group."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for group in groups:
        for feats, is_gold in group:
            trainer.append([feats], ["1" if is_gold else "0"])
    trainer.set_params(FIT_PARAMS)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "ranker.crfsuite"
        trainer.train(str(out))
        tagger = pycrfsuite.Tagger()
        tagger.open(str(out))
        state = tagger.info().state_features
        tagger.close()
    weights: dict[str, float] = defaultdict(float)
    for (attr, label), w in state.items():
        weights[attr] += w if label == "1" else -w
    return boundaries.Ranker({f: w for f, w in weights.items() if abs(w) >= MIN_WEIGHT}, edges, clusters)


def file_edges(examples: list) -> boundaries.Edges:
    """``rare_edges`` of the given files' examples (``mention_tagger.FileExamples``)."""
    return rare_edges([(ex.tokens.words, ex.gold, ex.text) for ex in examples])


def file_groups(examples: list, mentions: list[list], edges: boundaries.Edges, clusters: tg.Clusters) -> list:
    """Training groups of the given files, each with its mentions (the tagger's held-out output)."""
    word_features = boundaries.WordFeatures(clusters)
    return [g for ex, got in zip(examples, mentions)
            for g in boundaries.examples(ex.text, ex.tokens, got, ex.gold, edges, word_features)]


def ranked_heldout(examples: list, fold_of: list[int], mentions: list[list], clusters: tg.Clusters) -> list[list]:
    """Each file's held-out mentions adjusted by a boundary ranker fitted on the other folds' files."""
    out: list = [None] * len(examples)
    for fold in sorted(set(fold_of)):
        others = [i for i, k in enumerate(fold_of) if k != fold]
        edges = file_edges([examples[i] for i in others])
        train = file_groups([examples[i] for i in others], [mentions[i] for i in others], edges, clusters)
        ranker = fit(train, edges, clusters) if train else None
        for i, k in enumerate(fold_of):
            if k == fold:
                ex = examples[i]
                out[i] = ranker.adjust(ex.text, mentions[i], ex.tokens) if ranker else mentions[i]
    return out
