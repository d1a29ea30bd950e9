"""Fit the characters stage's pronoun ranker (``characters/pronouns.py``) on LitBank coreference.

Examples: every gold he/she/him/her/his/hers whose gold chain holds a proper name, with the
features of the stage's candidates (see ``pronouns.PRONOUN_FEATURES``); the right candidates are the
characters with a name mention inside that chain. Model: a softmax ranking over each pronoun's
candidates (numpy, L2, deterministic full-batch gradient descent). Reported figures are 5-fold held-out (by
file); the shipped weights are then fitted on all files and written to ``pronoun_ranker.json``
(``write_model``, run by ``python -m ficlens.training.characters``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from ..characters.pronouns import PRONOUN_FEATURES
from .litbank import NOT_NAMES, PROPER_RE, read_coref, score_pronouns
from .run_characters import analyze

FOLDS = 5
ITERATIONS = 800
LEARNING_RATE = 0.3
L2 = 1e-3
NAME_MENTIONS = ("name", "nickname", "vocative")


def gold_pronouns(text: str, pronouns, chains, work) -> dict[int, set[str]]:
    """Pronoun offset -> ids of the characters named inside its gold chain (only chains with a proper name)."""
    names_of: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in work.mentions:
        if m.kind in NAME_MENTIONS and m.character:
            names_of[m.character].append((m.start, m.end))
    out: dict[int, set[str]] = {}
    for start, _end, cid in pronouns:
        chain = chains[cid]
        if not any(PROPER_RE.match(text[a:b]) and text[a:b].lower() not in NOT_NAMES for a, b in chain):
            continue
        out[start] = {c for c, spans in names_of.items() if any(a <= s and e <= b for s, e in spans for a, b in chain)}
    return out


def file_examples(path: Path) -> list[tuple[list[tuple[float, ...]], set[int]]]:
    """(candidate features, indexes of right candidates) for one LitBank coref file."""
    text, pronouns, chains = read_coref(path)
    recorder: list = []
    work = analyze(text, recorder=recorder)
    gold = gold_pronouns(text, pronouns, chains, work)
    examples = []
    for pos, cands, feats in recorder:
        right = {i for i, c in enumerate(cands) if c in gold.get(pos, ())}
        if right:
            examples.append((feats, right))
    return examples


def fit(examples) -> tuple[float, ...]:
    """Softmax ranking (conditional logit) over each pronoun's candidates; L2, full-batch gradient descent."""
    import numpy as np

    n = len(PRONOUN_FEATURES)
    if not examples:
        w = np.zeros(n)
        w[PRONOUN_FEATURES.index("heuristic_choice")] = 1.0
        return tuple(float(x) for x in w)
    rows = np.array([row for feats, _ in examples for row in feats], dtype=float)
    group = np.repeat(np.arange(len(examples)), [len(feats) for feats, _ in examples])
    right = np.array([i in r for feats, r in examples for i in range(len(feats))], dtype=float)
    right_share = right / np.bincount(group, weights=right)[group]
    w = np.zeros(n)
    for _ in range(ITERATIONS):
        scores = rows @ w
        scores -= np.bincount(group, weights=scores)[group] / np.bincount(group)[group]
        e = np.exp(np.clip(scores, -50, 50))
        p = e / np.bincount(group, weights=e)[group]
        grad = rows.T @ (p - right_share) / len(examples) + L2 * w
        w -= LEARNING_RATE * grad
    return tuple(round(float(x), 5) for x in w)


def pronoun_accuracy(path: Path, weights) -> tuple[int, int]:
    """(correct, scored) pronouns of one file with the given weights (() = salience only)."""
    text, pronouns, chains = read_coref(path)
    counts = score_pronouns(text, pronouns, chains, analyze(text, weights=weights))
    return counts["pronouns_correct"], counts["pronouns"]


def cross_validate(coref_dir: Path) -> dict:
    """Held-out pronoun accuracy: each fold scored with weights fitted on the other folds."""
    paths = sorted(coref_dir.glob("*.conll"))
    examples = {p: file_examples(p) for p in paths}
    correct = scored = base_correct = 0
    for k in range(FOLDS):
        held = [p for i, p in enumerate(paths) if i % FOLDS == k]
        train = [ex for i, p in enumerate(paths) if i % FOLDS != k for ex in examples[p]]
        weights = fit(train)
        for p in held:
            c, n = pronoun_accuracy(p, weights)
            b, _ = pronoun_accuracy(p, ())
            correct += c
            scored += n
            base_correct += b
    return {
        "heldout_accuracy": round(correct / scored, 4) if scored else 0.0,
        "salience_only_accuracy": round(base_correct / scored, 4) if scored else 0.0,
        "pronouns": scored,
        "examples": sum(len(v) for v in examples.values()),
        "_examples": examples,
    }


def write_model(coref_dir: Path, out_dir: Path) -> dict:
    """Held-out figures, then the weights fitted on every file, written to out_dir/pronoun_ranker.json."""
    cv = cross_validate(coref_dir)
    examples = cv.pop("_examples")
    weights = fit([ex for p in sorted(examples) for ex in examples[p]])
    (out_dir / "pronoun_ranker.json").write_text(
        json.dumps(
            {
                "about": "Pronoun ranker of the ficlens characters stage, fitted on LitBank coref "
                "by ficlens.training.pronoun_ranker.",
                "features": list(PRONOUN_FEATURES),
                "weights": list(weights),
                "cross_validation": cv,
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    return cv
