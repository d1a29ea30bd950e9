"""The characters metrics: PDNC coverage/merges and LitBank span F1 and pronoun accuracy."""

from __future__ import annotations

from pathlib import Path

import pytest

from ficlens.eval import litbank, pdnc_characters
from ficlens.eval.pdnc import GoldCharacter, GoldQuote, Novel, load_novel
from ficlens.model import Character, Mention, Work


def _novel() -> Novel:
    novel = Novel(name="toy", text="")
    novel.characters = [
        GoldCharacter("0", "Elizabeth", ["Elizabeth", "Lizzy", "Miss Bennet"], "F", "major"),
        GoldCharacter("1", "Jane", ["Jane", "Miss Bennet"], "F", "major"),
        GoldCharacter("2", "Mr. Darcy", ["Mr. Darcy", "Darcy"], "M", "major"),
        GoldCharacter("3", "Kitty", ["Kitty"], "F", "minor"),
    ]
    speakers = ["Elizabeth"] * 25 + ["Jane"] * 20 + ["Mr. Darcy"] * 30 + ["Kitty"] * 3
    novel.quotes = [GoldQuote(str(i), [(0, 1)], "x", s, [], "Explicit") for i, s in enumerate(speakers)]
    return novel


def test_pdnc_coverage_counts_main_speakers_matched_by_any_alias():
    work = Work(characters=[Character("c0", "Lizzy", ["Lizzy"]), Character("c1", "darcy", ["DARCY"])])
    counts = pdnc_characters.score(_novel(), work)
    assert counts["main_characters"] == 3  # Kitty has fewer than 20 quotes
    assert counts["main_covered"] == 2 and counts["missed"] == ["Jane"]
    assert counts["merged_clusters"] == 0


def test_pdnc_merged_cluster_ignores_aliases_the_gold_shares():
    shared_only = Work(characters=[Character("c0", "Elizabeth", ["Elizabeth", "Miss Bennet"])])
    assert pdnc_characters.score(_novel(), shared_only)["merged_clusters"] == 0
    merged = Work(characters=[Character("c0", "Elizabeth", ["Elizabeth", "Jane"])])
    assert pdnc_characters.score(_novel(), merged)["merged_clusters"] == 1
    summary = pdnc_characters.summarize(
        [pdnc_characters.score(_novel(), merged), pdnc_characters.score(_novel(), Work())]
    )
    assert summary["main_characters"] == 6
    assert summary["character_coverage"] == pytest.approx(2 / 6, abs=1e-3)  # Elizabeth and Jane, once
    assert summary["merged_clusters"] == 1


TSV = (
    "Mr.\tB-PER\tB-PER\nDarcy\tI-PER\tO\nmet\tO\tO\nher\tB-PER\tO\nsister\tI-PER\tO\n.\tO\tO\n"
    "\nHe\tO\tO\nleft\tO\tO\n"
)


def test_litbank_entities_reader_tracks_offsets_over_all_layers(tmp_path: Path):
    path = tmp_path / "toy_brat.tsv"
    path.write_text(TSV, encoding="utf-8")
    text, gold = litbank.read_entities(path)
    assert text == "Mr. Darcy met her sister .\nHe left\n"
    assert {text[a:b] for a, b in gold} == {"Mr. Darcy", "Mr.", "her sister"}
    predicted = [Mention(0, 9, "name", "c0"), Mention(14, 24, "epithet"), Mention(4, 9, "name", "c0")]
    work = Work(text=text, mentions=predicted)
    counts = litbank.score_entities(text, gold, work)
    assert (counts["tp"], counts["pred"], counts["gold"]) == (2, 3, 3)
    assert (counts["proper_tp"], counts["proper_pred"], counts["proper_gold"]) == (1, 2, 2)


CONLL = (
    "#begin document (toy); part 0\n"
    "toy\t0\t0\tAnna\t_\t_\t_\t_\t_\t_\t_\t_\t(0)\n"
    "toy\t0\t1\tsaw\t_\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "toy\t0\t2\tTom\t_\t_\t_\t_\t_\t_\t_\t_\t(1)\n"
    "toy\t0\t3\t.\t_\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "\n"
    "toy\t0\t0\tShe\t_\t_\t_\t_\t_\t_\t_\t_\t(0)\n"
    "toy\t0\t1\twaved\t_\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "toy\t0\t2\tto\t_\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "toy\t0\t3\thim\t_\t_\t_\t_\t_\t_\t_\t_\t(1)\n"
    "#end document\n"
)


def test_litbank_pronoun_accuracy_needs_the_right_chain(tmp_path: Path):
    path = tmp_path / "toy_brat.conll"
    path.write_text(CONLL, encoding="utf-8")
    text, pronouns, chains = litbank.read_coref(path)
    assert text == "Anna saw Tom .\nShe waved to him\n"
    assert [(text[a:b], cid) for a, b, cid in pronouns] == [("She", "0"), ("him", "1")]
    names = [Mention(0, 4, "name", "c0"), Mention(9, 12, "name", "c1")]
    right = Work(text=text, mentions=names + [Mention(15, 18, "pronoun", "c0"), Mention(28, 31, "pronoun", "c1")])
    wrong = Work(text=text, mentions=names + [Mention(15, 18, "pronoun", "c1")])
    assert litbank.score_pronouns(text, pronouns, chains, right) == {"pronouns": 2, "pronouns_correct": 2}
    assert litbank.score_pronouns(text, pronouns, chains, wrong) == {"pronouns": 2, "pronouns_correct": 0}


def test_pdnc_pride_and_prejudice_end_to_end(pdnc_dir: Path):
    from ficlens.pipeline import analyze

    novel = load_novel(pdnc_dir / "PrideAndPrejudice")
    work = analyze(novel.text, stages=["structure", "characters"])
    counts = pdnc_characters.score(novel, work)
    assert counts["main_covered"] == counts["main_characters"] >= 10
    assert counts["merged_clusters"] <= 1


def test_litbank_evaluate_on_one_file(litbank_dir: Path, tmp_path: Path):
    name = "105_persuasion_brat"
    (tmp_path / "entities" / "tsv").mkdir(parents=True)
    (tmp_path / "coref" / "conll").mkdir(parents=True)
    for sub, ext in (("entities/tsv", "tsv"), ("coref/conll", "conll")):
        (tmp_path / sub / f"{name}.{ext}").symlink_to(litbank_dir / sub / f"{name}.{ext}")
    result = litbank.evaluate(tmp_path, progress=False)
    overall = result["overall"]
    assert set(result["files"]) == {name}
    assert 0.3 < overall["per_mention_f1"] <= 1.0
    assert overall["gold_pronouns_scored"] > 20
    assert 0.3 < overall["pronoun_to_character_accuracy"] <= 1.0


def test_litbank_evaluate_rejects_a_folder_that_is_not_litbank(tmp_path: Path):
    from ficlens.errors import ReadError

    with pytest.raises(ReadError):
        litbank.evaluate(tmp_path, progress=False)


def test_pronoun_ranker_learns_an_informative_feature():
    from ficlens.characters import pronouns
    from ficlens.training import pronoun_ranker as train

    n = len(pronouns.PRONOUN_FEATURES)
    k = pronouns.PRONOUN_FEATURES.index("continues_last_pronoun")
    examples = []
    for i in range(40):
        good = [0.0] * n
        bad = [0.0] * n
        good[k] = 1.0
        bad[0] = 1.0  # the salience choice is wrong in every example
        examples.append(([bad, good], {1}) if i % 2 else ([good, bad], {0}))
    weights = train.fit(examples)
    assert len(weights) == n
    assert weights[k] > weights[0]
    for feats, right in examples:
        scores = [sum(w * f for w, f in zip(weights, row)) for row in feats]
        assert max(range(len(scores)), key=scores.__getitem__) in right


def test_shipped_pronoun_ranker_fits_the_features():
    from ficlens.characters import pronouns
    from ficlens.stages import shipped_file

    weights = pronouns.load_pronoun_weights(shipped_file("ficlens.characters", "pronoun_ranker.json"))
    assert len(weights) == len(pronouns.PRONOUN_FEATURES)


def test_pdnc_houses_and_villages_are_not_characters(pdnc_dir: Path):
    from ficlens.pipeline import analyze

    novel = load_novel(pdnc_dir / "Persuasion")
    work = analyze(novel.text, stages=["structure", "characters"])
    names = {c.name for c in work.characters}
    assert not names & {"Uppercross", "Kellynch", "Lyme"}
    assert {"Miss Anne Elliot", "Captain Wentworth"} <= names
