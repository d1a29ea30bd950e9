"""The boundary ranker of the tagger's epithet mentions: its fast scoring, what it moves, drops and
leaves alone, what it learns, and the edge words it never lets a span end or start on."""

from __future__ import annotations

import numpy as np
import pytest

from ficlens.characters import boundaries as bd
from ficlens.characters import tagger
from ficlens.characters.mentions import Mention
from ficlens.characters.tagger import load_clusters
from ficlens.stages import shipped_file
from ficlens.structure.sentences import split_sentences
from ficlens.training import mention_boundaries

NO_EDGES = (frozenset(), frozenset())
CLUSTERS = load_clusters(shipped_file("ficlens.characters", "word_clusters.json"))


def _tokens(text: str) -> tagger.Tokens:
    """The tokens of a one-paragraph text, with its sentences from the shared splitter."""
    story = [(0, len(text))]
    return tagger.tokenize(text, story, [s for s, _ in split_sentences(text, story)])


def _spans(text: str, *phrases: str) -> list[tuple[int, int]]:
    """Character spans of each phrase, the n-th repeat of a phrase at its n-th occurrence."""
    out, seen = [], {}
    for p in phrases:
        at = text.index(p, seen.get(p, 0))
        seen[p] = at + 1
        out.append((at, at + len(p)))
    return out


def _doc(text: str, mentions: list, edges=NO_EDGES):
    return bd._Doc(text, mentions, edges, bd.WordFeatures(CLUSTERS), _tokens(text))


def test_fast_score_equals_the_summed_weights_of_every_feature():
    text = "The old man of the inn of the lane , and the boy , laughed at the old man ."
    (s1, e1), (s2, e2), (s3, e3) = _spans(text, "The old man", "the boy", "the old man")
    mentions = [Mention(s1, e1, "epithet"), Mention(s2, e2, "name", "x"), Mention(s3, e3, "epithet")]
    doc = _doc(text, mentions)
    variants = []
    for m in mentions:
        a, b = doc.rankable(m.start, m.end)
        variants += [(m.kind, a, b, aa, bb) for aa, bb in doc.variants(a, b)]
    assert len(variants) > 20
    features = {f for v in variants for f in doc.features(*v)}
    rng = np.random.default_rng(0)
    weights = {f: float(rng.normal()) for f in sorted(features)}
    scorer = bd._Scorer(bd.Ranker(weights, NO_EDGES, CLUSTERS), doc)
    sentence = doc.sentence(0)
    repeated = 0
    for v in variants:
        feats = doc.features(*v)
        repeated += len(feats) > len(set(feats))  # "of" twice inside "The old man of the inn of the lane"
        assert scorer.score(*v, sentence) == pytest.approx(sum(weights[f] for f in feats))
    assert repeated


def test_only_person_phrases_no_character_claimed_move_and_a_low_score_drops_them():
    text = "Then the old man who kept the inn laughed , and the girl who sang smiled at Anna as she left ."
    spans = _spans(text, "the old man", "the girl", "Anna", "she")
    kinds = [("epithet", None), ("epithet", "girl"), ("name", "anna"), ("pronoun", None)]
    mentions = [Mention(s, e, kind, root) for (s, e), (kind, root) in zip(spans, kinds)]
    ranker = bd.Ranker({"bias": 1.0, "de=4": 5.0}, NO_EDGES, CLUSTERS)  # four tokens further is best
    moved = ranker.adjust(text, mentions, _tokens(text))
    assert [text[m.start : m.end] for m in moved] == ["the old man who kept the inn", "the girl", "Anna", "she"]
    assert moved[1:] == mentions[1:]
    dropped = bd.Ranker({"bias": -5.0}, NO_EDGES, CLUSTERS).adjust(text, mentions, _tokens(text))
    assert dropped == mentions[1:]


def test_a_variant_never_takes_another_mentions_span():
    text = "The old man and the boy laughed ."
    (s1, e1), (s2, e2) = _spans(text, "The old man", "The old man and the boy")
    mentions = [Mention(s1, e1, "epithet"), Mention(s2, e2, "epithet", "pair")]
    moved = bd.Ranker({"bias": 1.0, "de=3": 5.0}, NO_EDGES, CLUSTERS).adjust(text, mentions, _tokens(text))
    assert moved == mentions


def _toy_groups(rows: list[tuple[str, str, str | None]]) -> list:
    groups = []
    word_features = bd.WordFeatures(CLUSTERS)
    for text, mention, gold in rows:
        (s, e), = _spans(text, mention)
        gold_spans = set(_spans(text, gold)) if gold else set()
        groups += bd.examples(text, _tokens(text), [Mention(s, e, "epithet")], gold_spans, NO_EDGES, word_features)
    return groups


def test_ranker_learns_relative_clauses_and_things_from_examples():
    rows = []
    for adj in ("old", "young", "tall", "quiet", "kind"):
        for noun, clause in (("man", "who kept the inn"), ("woman", "who sold the bread"), ("boy", "who fed the dog")):
            phrase = f"the {adj} {noun}"
            rows.append((f"Then {phrase} {clause} laughed .", phrase, f"{phrase} {clause}"))
        for thing in ("line", "road", "wall"):
            rows.append((f"She saw a {adj} {thing} there .", f"a {adj} {thing}", None))
    ranker = mention_boundaries.fit(_toy_groups(rows), NO_EDGES, CLUSTERS)
    text = "Then the pale girl who mended the net laughed , and she saw a pale fence there ."
    (s1, e1), (s2, e2) = _spans(text, "the pale girl", "a pale fence")
    got = ranker.adjust(text, [Mention(s1, e1, "epithet"), Mention(s2, e2, "epithet")], _tokens(text))
    assert [text[m.start : m.end] for m in got] == ["the pale girl who mended the net"]


def test_rare_edges_are_words_that_almost_never_end_or_start_a_person_span():
    text = "the man , the woman and the boy ."
    words = text.split()
    gold = set(_spans(text, "the man", "the woman", "the boy"))
    never_last, never_first = mention_boundaries.rare_edges([(words * 200, gold, text)])
    assert {",", "the", "and", "."} <= never_last and not {"man", "woman", "boy"} & never_last
    assert {",", "man", "and"} <= never_first and "the" not in never_first


def test_shipped_ranker_loads_with_its_edge_words():
    ranker = bd.load(shipped_file("ficlens.characters", "mention_boundaries.json"), CLUSTERS)
    assert 0 < ranker.threshold < 1
    never_last, never_first = ranker.edges
    assert {",", "the", "of", "who"} <= never_last
    assert "," in never_first and "the" not in never_first
