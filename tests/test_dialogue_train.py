"""Training of the speaker ranker: the conditional logit and the refit on its own histories."""

from __future__ import annotations

import numpy as np

from ficlens.dialogue import ranker
from ficlens.training import dialogue as speaker_train
from ficlens.eval.pdnc import load_novel


def _accuracy(examples, weights) -> float:
    return float(np.mean([gold[int(np.argmax(rows @ weights))] > 0 for rows, gold in examples]))


def test_conditional_logit_learns_which_feature_marks_the_speaker():
    width = len(ranker.MODEL_FEATURES)
    rng = np.random.default_rng(0)
    examples = []
    for _ in range(60):
        rows = rng.random((3, width)) * 0.1
        gold_row = int(rng.integers(3))
        rows[gold_row, ranker.INDEX["previous"]] = 1.0
        gold = np.zeros(3)
        gold[gold_row] = 1.0
        examples.append((rows, gold))
    weights = ranker.train(examples)
    assert weights[ranker.INDEX["previous"]] > 0
    assert _accuracy(examples, weights) == 1.0


def test_refit_on_own_histories_ranks_a_real_novel_better_than_no_model(pdnc_dir):
    novel = load_novel(pdnc_dir / "DaisyMiller")
    data = speaker_train.prepared(novel)
    examples = speaker_train.examples_for(novel, data)
    assert len(examples) > 50
    weights = speaker_train.fit_on_own_histories([novel], [data], [examples], [0])
    assert weights.shape == (len(ranker.MODEL_FEATURES),)
    # Zero weights keep the candidates' rule order (the first is the rules' own pick).
    assert _accuracy(examples, weights) > _accuracy(examples, np.zeros_like(weights)) + 0.05
    assert _accuracy(examples, weights) > 0.85


def test_the_speaker_ranker_is_trained_on_the_development_novels_only(pdnc_dir):
    import json
    from importlib import resources

    from ficlens.eval.pdnc import VALIDATION_NOVELS
    from ficlens.training.dialogue import training_dirs

    names = {d.name for d in training_dirs(pdnc_dir)}
    assert len(names) == 12 and not names & VALIDATION_NOVELS
    model = json.loads(resources.files("ficlens.dialogue").joinpath("speaker_ranker.json").read_text(encoding="utf-8"))
    assert model["trained_on"] == "PDNC development novels (12)"
