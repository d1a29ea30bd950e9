"""Fit the PER mention tagger (``tagger.py``) on LitBank entities, with file-level cross-validation.

Examples: every token of every ``entities/tsv`` file (text rebuilt as in ``eval/litbank.py``),
labelled B/I/O per nesting level (level 0: PER spans inside no other PER span; level 1: PER spans
inside one). Model: multinomial logistic regression per level over the tagger's features, fitted
by full-batch Adam with L2 (numpy, deterministic). Folds: file i goes to fold i % FOLDS of the
sorted file list; each held-out file is scored by a model fitted on the other folds only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from . import tagger as tg

FOLDS = 5
ITERATIONS = 120
LEARNING_RATE = 0.1
L2 = 1e-4
MIN_COUNT = 2
RULE_NAME_KINDS = ("name", "nickname", "vocative")


@dataclass
class FileExamples:
    name: str
    text: str
    gold: set[tuple[int, int]]
    feats: list[list[str]]  # feature strings per token
    labels: np.ndarray  # (levels, tokens) in 0/1/2


def rule_spans(work) -> list[tuple[int, int, bool]]:
    """(start, end, is_name) of the stage's regex mentions, the tagger's context marks."""
    return [
        (m.start, m.end, m.kind in RULE_NAME_KINDS)
        for m in work.mentions
        if m.kind in RULE_NAME_KINDS or m.kind == "epithet"
    ]


def token_features(words: list[str], ctx: np.ndarray) -> list[list[str]]:
    """Feature strings of each token: exactly those the runtime tables sum."""
    ctx_feats = tg.ctx_features()
    pad_ctx = tg.ctx_id(True, 0, False)
    n = len(words)
    cache: dict[str, dict[int, tuple[str, ...]]] = {}
    out = []
    for i in range(n):
        row = []
        for o in tg.TYPE_OFFSETS:
            j = i + o
            w = words[j] if 0 <= j < n else tg.PAD
            tf = cache.get(w)
            if tf is None:
                tf = cache[w] = tg.type_features(w)
            row.extend(f"{o}|{f}" for f in tf[o])
        for o in tg.CTX_OFFSETS:
            j = i + o
            c = int(ctx[j]) if 0 <= j < n else pad_ctx
            row.extend(f"c{o}|{f}" for f in ctx_feats[o][c])
        out.append(row)
    return out


def level_labels(gold: set[tuple[int, int]], starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """B/I/O labels per level; gold spans not on token boundaries are left out."""
    labels = np.zeros((tg.LEVELS, len(starts)), dtype=np.int64)
    spans = sorted(gold, key=lambda s: (s[0], -s[1]))
    for s, e in spans:
        depth = sum(1 for a, b in gold if (a, b) != (s, e) and a <= s and e <= b)
        level = min(depth, tg.LEVELS - 1)
        i = int(np.searchsorted(starts, s))
        j = int(np.searchsorted(ends, e)) + 1
        if i >= len(starts) or starts[i] != s or j - 1 >= len(ends) or ends[j - 1] != e:
            continue
        if labels[level, i:j].any():
            continue
        labels[level, i] = 1
        labels[level, i + 1 : j] = 2
    return labels


def file_examples(path: Path) -> FileExamples:
    from ..eval.litbank import read_entities
    from .train import analyze

    text, gold = read_entities(path)
    work = analyze(text, mention_tagger=False)
    story = [(s.start, s.end) for s in work.story_spans()]
    words, starts, ends, bos = tg.tokenize(text, story)
    ctx = tg.contexts(words, bos, tg.marks(starts, ends, rule_spans(work)))
    return FileExamples(path.stem, text, gold, token_features(words, ctx), level_labels(gold, starts, ends))


def fit(examples: list[FileExamples]) -> tg.Model:
    """One logistic BIO model per level over all tokens of the given files."""
    counts: dict[str, int] = {}
    for ex in examples:
        for row in ex.feats:
            for f in row:
                counts[f] = counts.get(f, 0) + 1
    index = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= MIN_COUNT))}
    rows_list, cols_list = [], []
    offset = 0
    for ex in examples:
        for i, row in enumerate(ex.feats):
            ids = [index[f] for f in row if f in index]
            rows_list.append(np.full(len(ids), offset + i, dtype=np.int64))
            cols_list.append(np.array(ids, dtype=np.int64))
        offset += len(ex.feats)
    rows = np.concatenate(rows_list)
    cols = np.concatenate(cols_list)
    n, f = offset, len(index)
    names = sorted(index, key=index.get)
    levels = []
    for level in range(tg.LEVELS):
        y = np.concatenate([ex.labels[level] for ex in examples])
        w = _fit_level(rows, cols, y, n, f)
        keep = np.flatnonzero(np.abs(w).max(1) > 1e-3)
        levels.append({names[k]: [round(float(x), 4) for x in w[k]] for k in keep})
    return tg.Model(levels)


def _fit_level(rows: np.ndarray, cols: np.ndarray, y: np.ndarray, n: int, f: int) -> np.ndarray:
    """Softmax regression on one-hot sparse features (row-sorted row, col pairs); Adam, L2, fixed iterations."""
    row_starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
    by_col = np.argsort(cols, kind="stable")
    col_sorted = cols[by_col]
    col_starts = np.flatnonzero(np.r_[True, col_sorted[1:] != col_sorted[:-1]])
    rows_by_col = rows[by_col]
    w = np.zeros((f, 3))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    onehot = np.zeros((n, 3))
    onehot[np.arange(n), y] = 1.0
    b1, b2, eps = 0.9, 0.999, 1e-8
    for t in range(1, ITERATIONS + 1):
        scores = np.add.reduceat(w[cols], row_starts, axis=0)
        scores -= scores.max(1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(1, keepdims=True)
        diff = (p - onehot) / n
        grad = np.add.reduceat(diff[rows_by_col], col_starts, axis=0) + L2 * w
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        w -= LEARNING_RATE * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + eps)
    return w


def folds(paths: list[Path]) -> list[int]:
    return [i % FOLDS for i in range(len(paths))]


def cross_validate(ent_dir: Path) -> tuple[list[Path], list[int], list, list[FileExamples]]:
    """(files, fold of each file, model per fold fitted without that fold's files, examples).

    A fold with no other files to learn from gets False (no tagger), never a model that saw it.
    """
    paths = sorted(ent_dir.glob("*.tsv"))
    examples = [file_examples(p) for p in paths]
    fold_of = folds(paths)
    models: list = []
    for fold in range(FOLDS):
        train = [ex for ex, k in zip(examples, fold_of) if k != fold]
        models.append(fit(train) if train and fold in fold_of else False)
    return paths, fold_of, models, examples


def heldout_counts(ent_dir: Path) -> dict[str, dict]:
    """Per-file PER counts (see ``eval.litbank.score_entities``), each file scored by its fold's model."""
    from ..eval.litbank import score_entities
    from .core import pronoun_weights
    from .train import analyze

    paths, fold_of, models, examples = cross_validate(ent_dir)
    weights = pronoun_weights() or ()
    out = {}
    for path, fold, ex in zip(paths, fold_of, examples):
        work = analyze(ex.text, weights=weights, mention_tagger=models[fold])
        out[path.stem] = score_entities(ex.text, ex.gold, work)
    return out


def write_model(ent_dir: Path, out: Path) -> dict:
    """Held-out figures, then the model fitted on every file written to out as JSON."""
    from ..eval.litbank import _prf

    counts = heldout_counts(ent_dir)
    total: dict[str, int] = {}
    for row in counts.values():
        for k, v in row.items():
            total[k] = total.get(k, 0) + v
    figures = {"files": len(counts), "folds": FOLDS, **_prf(total["tp"], total["pred"], total["gold"])}
    model = fit([file_examples(p) for p in sorted(ent_dir.glob("*.tsv"))])
    payload = {
        "about": "PER mention tagger of the ficlens characters stage (ficlens.characters.tagger), fitted on "
        "LitBank entities by ficlens.characters.train; cross_validation = file-level held-out PER mention figures.",
        "cross_validation": figures,
        "o_bias": model.o_bias,
        "levels": model.levels,
    }
    out.write_text(json.dumps(payload, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    return figures
