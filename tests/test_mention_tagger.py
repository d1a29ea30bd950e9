"""The learned PER mention tagger: training, decoding, held-out folds and its mentions in the stage."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from ficlens.characters import mention_train, tagger
from ficlens.model import Scene, Work


def _tsv(rows: list[list[tuple[str, str]]]) -> str:
    return "\n\n".join("\n".join(f"{w}\t{t}\tO" for w, t in sent) for sent in rows) + "\n"


def _sentence(det: str, adj: str, noun: str, verb: str) -> list[tuple[str, str]]:
    return [(det.capitalize(), "B-PER"), (adj, "I-PER"), (noun, "I-PER"), (verb, "O"), ("the", "O"), ("door", "O"),
            (".", "O")]


def test_tagger_learns_person_phrases_and_finds_them_in_new_text(tmp_path: Path):
    rows = []
    for det in ("the", "a", "her", "his"):
        for adj in ("old", "young", "tall", "quiet"):
            for noun, verb in (("man", "opened"), ("woman", "closed"), ("sailor", "painted")):
                rows.append(_sentence(det, adj, noun, verb))
    path = tmp_path / "toy_brat.tsv"
    path.write_text(_tsv(rows), encoding="utf-8")
    model = mention_train.fit([mention_train.file_examples(path)])
    text = "Her tall sailor closed the door ."
    found = {text[s:e] for s, e, level in model.spans(text, [(0, len(text))], []) if level == 0}
    assert found == {"Her tall sailor"}


def test_decoding_never_opens_a_span_with_inside():
    logp = np.log(np.array([[0.9, 0.05, 0.05], [0.2, 0.1, 0.7], [0.2, 0.1, 0.7], [0.97, 0.01, 0.02]]))
    labels = tagger.viterbi(logp, tagger.BIO_CONSTRAINTS, tagger.REGION_THRESHOLD)
    assert labels.tolist() == [0, 1, 2, 0]
    starts, ends = np.array([0, 2, 4, 6]), np.array([1, 3, 5, 7])
    assert tagger.decode(labels, starts, ends) == [(2, 5)]


def test_heldout_folds_never_train_on_the_file_they_score(tmp_path: Path, monkeypatch):
    paths = [tmp_path / f"{i:02d}_brat.tsv" for i in range(12)]
    for p in paths:
        p.write_text("x\tO\tO\n", encoding="utf-8")
    monkeypatch.setattr(
        mention_train, "file_examples", lambda p: mention_train.FileExamples(p.stem, "", set(), [], np.zeros((2, 0)))
    )
    seen: list[set[str]] = []
    monkeypatch.setattr(mention_train, "fit", lambda exs: seen.append({e.name for e in exs}) or len(seen) - 1)
    files, fold_of, models, _ = mention_train.cross_validate(tmp_path)
    assert len(set(fold_of)) == mention_train.FOLDS
    for path, fold in zip(files, fold_of):
        trained_on = seen[models[fold]]
        assert path.stem not in trained_on
        assert len(trained_on) == sum(1 for k in fold_of if k != fold)


def test_a_fold_with_nothing_else_to_learn_from_gets_no_tagger(tmp_path: Path, monkeypatch):
    (tmp_path / "only_brat.tsv").write_text("x\tO\tO\n", encoding="utf-8")
    monkeypatch.setattr(
        mention_train, "file_examples", lambda p: mention_train.FileExamples(p.stem, "", set(), [], np.zeros((2, 0)))
    )
    _, fold_of, models, _ = mention_train.cross_validate(tmp_path)
    assert models[fold_of[0]] is False


STORY = """The old man who kept the inn looked up from the fire. Her daughter had gone out at dawn.
Mr. Darcy walked in without a word, and the old man nodded to him.
"""


def _run(text: str) -> Work:
    from ficlens import characters

    work = Work(text=text)
    work.scenes = [Scene(index=0, start=0, end=len(text))]
    return characters.run(work)


@pytest.mark.skipif(tagger.shipped() is None, reason="mention tagger not trained")
def test_shipped_tagger_finds_common_noun_people_and_titles():
    work = _run(STORY)
    found = {(STORY[m.start : m.end], m.kind) for m in work.mentions}
    phrases = {p for p, k in found if k == "epithet"}
    assert any(p.startswith("The old man") for p in phrases)
    assert "Her daughter" in phrases
    assert ("the old man", "epithet") in found
    assert ("Mr.", "title") in found
    assert not any(p in ("the inn", "the fire", "a word") for p, _ in found)
