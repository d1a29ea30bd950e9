"""A learned ranker over candidate speakers for quotes without a named speech tag.

Each candidate (a recent speaker, a person named nearby, the pick of a rule) gets a small
feature vector; a conditional logit (softmax over the quote's candidates) scores them.
Weights are trained by `python -m ficlens.training.dialogue` on PDNC only and shipped as
`speaker_ranker.json`; the stage keeps a fixed rule order only when built without weights.
"""

from __future__ import annotations

import json
import math

import numpy as np

from ..errors import ModelError

MODEL_FILE = "speaker_ranker.json"

FEATURES = (
    "pronoun_1",  # nearest gender-compatible person named before a "he/she said" tag
    "pronoun_2",
    "pronoun_3",
    "pronoun_gender_known",  # that person's gender is known and matches the pronoun
    "beat_named",  # named subject of the sentence right after the quote ("Buffy folded her arms.")
    "beat_paragraph",  # first subject of a narration sentence in the quote's paragraph
    "same_paragraph",  # speaker of the previous quote in the same paragraph
    "vocative_previous",  # addressed by name in the previous quote
    "previous",  # speaker of the previous quote
    "previous_new_paragraph",  # ... when this quote opens a new paragraph
    "before_previous",  # speaker two turns back (alternation)
    "older",  # spoke three to twelve quotes back (same conversation)
    "recency",  # 1/(1+rank) among people named in narration before the quote
    "own_vocative",  # named as addressee inside this very quote
    "quotes_so_far",  # log(1+quotes already attributed)
    "has_pronoun_tag",
    "pure_dialogue_alternation",  # before_previous, in a paragraph with no narration
    "turn",  # nearest person named in narration who is not the previous speaker
    "leader",  # among the three characters with most quotes so far
    "previous_narration_subject",  # subject of the narration paragraph just before ("He made no answer.")
    "told_previous",  # the previous quote was said "to" this person
    "gender_match",  # the tag's or beat's he/she fits this candidate's known gender
    "gender_mismatch",  # ... contradicts it
    "beat_possessive",  # owner in a possessive beat of the quote's paragraph ("Buffy's eyes narrowed.")
    "described_person",  # a "said the young man" tag: read like he/she
    "pronoun_previous",  # a he/she tag, and this is the previous speaker
    "pronoun_before_previous",  # a he/she tag, and this is the other party of the exchange
    "pronoun_only_participant",  # the one party of the exchange the tag's he/she fits
    "mention_resolved",  # the characters stage's reading of the tag's pronoun
    "strict_alternation",  # spoke two quotes back, someone else one quote back, no tag here
    "in_conversation",  # has spoken in this conversation
    "next_named_new_paragraph",  # a name tag gives this speaker to the next quote, in a new paragraph
    "next_named_same_paragraph",  # ... to the next quote, in this quote's paragraph
    "next2_named_alternation",  # ... to the quote after next, each in its own paragraph
    "addressed_previous",  # the previous quote was addressed to this person (vocative, "to X")
    "vocative_next",  # addressed by name in the next quote, in the next paragraph (the reply)
    "mentioned",  # 1/(1+rank) among characters of the characters stage's mentions before an untagged quote
    "named_inside",  # named inside this very quote, not as its addressee: spoken of, so seldom the speaker
    "referred_inside",  # a he/she inside this very quote refers to this person
    "spoken_of_before",  # named or referred to as he/she (not addressed) in the previous quote
)
INDEX = {name: i for i, name in enumerate(FEATURES)}
# The quote's situation: each base feature also counts once more under each situation that
# holds, so one linear model can weigh "spoke two turns back" differently after a "he said"
# tag than in an untagged run of dialogue.
CONTEXTS = (
    "pronoun_tag",  # a he/she (or "the old man") tag
    "no_narration",  # the paragraph is nothing but the quotation
    "beat",  # the paragraph has an action beat
    "same_paragraph_quote",  # the previous quote is in this paragraph
    "new_paragraph",  # the quote opens a paragraph
    "after_question",  # the previous quote, in an earlier paragraph, ends with a question mark
    "after_narration",  # a paragraph of narration lies between the previous quote and this one
)
MODEL_FEATURES = FEATURES + tuple(f"{name}*{context}" for context in CONTEXTS for name in FEATURES)


WIDTH = len(MODEL_FEATURES)


def matrix(n_rows: int, cells: dict[int, float], contexts: tuple[bool, ...]) -> np.ndarray:
    """Model rows from the base features that are set (row * WIDTH + feature -> value): the base
    features, then a copy of them under each context that holds (zeros where it does not)."""
    out = np.zeros((n_rows, 1 + len(CONTEXTS), len(FEATURES)))
    out.put(list(cells), list(cells.values()))
    holding = [k for k, on in enumerate(contexts, 1) if on]
    if holding:
        out[:, holding] = out[:, :1]
    return out.reshape(n_rows, WIDTH)


def folded(weights: np.ndarray, contexts: tuple[bool, ...]) -> list[float]:
    """Each base feature's weight under a quote's contexts: its own plus its copies' under the
    contexts that hold. A candidate's score is then the sum of its set features times these: the
    product of its `matrix` row and `weights` without the row (equal up to the last bit's rounding)."""
    blocks = weights.reshape(1 + len(CONTEXTS), len(FEATURES))
    return blocks[[0, *(k for k, on in enumerate(contexts, 1) if on)]].sum(axis=0).tolist()


class Folding:
    """`folded` weights for each combination of contexts, folded the first time it occurs."""

    def __init__(self, weights: np.ndarray):
        self.weights = weights
        self.by_contexts: dict[tuple[bool, ...], list[float]] = {}

    def __call__(self, contexts: tuple[bool, ...]) -> list[float]:
        got = self.by_contexts.get(contexts)
        if got is None:
            got = self.by_contexts[contexts] = folded(self.weights, contexts)
        return got


def cells_reason(cells: dict[int, float], contexts: tuple[bool, ...], weights: np.ndarray) -> str:
    """`reason` for the `matrix` row of these set features, without making the row."""
    best, top = "prior", 0.0
    for k in (0, *(k for k, on in enumerate(contexts, 1) if on)):
        for col, value in sorted(cells.items()):
            contrib = value * weights[k * len(FEATURES) + col]
            if contrib > top:
                best, top = FEATURES[col], contrib
    return best


def load_weights(path) -> np.ndarray:
    """The fitted weights in a model file (a path or a `Traversable`), in `MODEL_FEATURES` order."""
    data = json.loads(path.read_text(encoding="utf-8"))
    # Weights are matched by feature name; a feature the model predates weighs nothing.
    by_name = dict(zip(data.get("features", ()), data["weights"]))
    if not by_name.keys() & set(FEATURES):
        raise ModelError(str(path), "speaker ranker shares no feature with the stage: retrain (make train)")
    return np.asarray([by_name.get(name, 0.0) for name in MODEL_FEATURES], dtype=float)


def choose(rows: np.ndarray, weights: np.ndarray) -> tuple[int, float, str]:
    """Index of the best candidate, its probability, and the feature that weighed most."""
    scores = rows @ weights
    best = int(np.argmax(scores))
    top = float(scores[best])
    prob = 1.0 / float(np.sum(np.exp(scores - top)))
    return best, prob, reason(rows[best], weights)


def reason(row: np.ndarray, weights: np.ndarray) -> str:
    """The base feature that weighed most for a candidate; "prior" when none added to its score."""
    contrib = row * weights
    return MODEL_FEATURES[int(np.argmax(contrib))].split("*")[0] if contrib.max() > 0 else "prior"


def train(examples: list[tuple[np.ndarray, np.ndarray]], epochs: int = 300, lr: float = 0.5, l2: float = 1e-3) -> np.ndarray:
    """Conditional-logit weights by full-batch gradient descent (deterministic).

    examples: (rows, gold) pairs; rows is candidates x features, gold a 0/1 vector with at
    least one 1 (every candidate naming the gold speaker counts as right).
    """
    w = np.zeros(len(MODEL_FEATURES))
    if not examples:
        return w
    sizes = np.array([len(r) for r, _ in examples])
    X = np.vstack([r for r, _ in examples])
    G = np.concatenate([g for _, g in examples]).astype(float)
    seg = np.repeat(np.arange(len(examples)), sizes)
    n = len(examples)
    for _ in range(epochs):
        s = X @ w
        smax = np.maximum.reduceat(s, np.r_[0, np.cumsum(sizes)[:-1]])
        e = np.exp(s - smax[seg])
        z = np.bincount(seg, weights=e, minlength=n)
        zg = np.bincount(seg, weights=e * G, minlength=n)
        p = e / z[seg]
        pg = e * G / zg[seg]
        grad = X.T @ (p - pg) / n + l2 * w
        w -= lr * grad
    return w


def log_loss(examples: list[tuple[np.ndarray, np.ndarray]], w: np.ndarray) -> float:
    total = 0.0
    for rows, gold in examples:
        s = rows @ w
        s = s - s.max()
        total -= math.log(float(np.exp(s)[gold > 0].sum()) / float(np.exp(s).sum()))
    return total / max(1, len(examples))
