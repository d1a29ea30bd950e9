"""Turn-taking in the dialogue stage: who speaks an untagged or pronoun-tagged quote."""

from __future__ import annotations

import pytest

from ficlens import dialogue
from ficlens.dialogue import ranker
from ficlens.dialogue.attributor import Attributor
from ficlens.model import Character, Work
from ficlens.readers import read_text

from text_layer import with_text_layer

STAGE = dialogue.DialogueStage()


def analyse(text: str, **kw) -> Work:
    work = read_text(text)
    for key, value in kw.items():
        setattr(work, key, value)
    return STAGE(with_text_layer(work))


def names(work: Work) -> list[str | None]:
    return [work.character(q.speaker).name if q.speaker else None for q in work.quotes]


def candidates(text: str, **kw) -> list[dict]:
    """The ranker's candidates of each undecided quote: {'forms': [...], 'rows': array}."""
    work = read_text(text)
    for key, value in kw.items():
        setattr(work, key, value)
    return dialogue.DialogueStage(ranker_weights=None).ranker_candidates(with_text_layer(work))


def flagged(item: dict, feature: str) -> list[set[str]]:
    return [set(f) for f, row in zip(item["forms"], item["rows"]) if row[ranker.INDEX[feature]]]


def test_long_untagged_exchange_keeps_strict_alternation():
    text = (
        '"Where were you?" asked Marnie.\n\n'
        '"Out," said Tobias.\n\n'
        '"Out where?"\n\n'
        '"By the canal."\n\n'
        '"In this rain?"\n\n'
        '"It stopped an hour ago."\n'
    )
    work = analyse(text)
    assert names(work) == ["Marnie", "Tobias", "Marnie", "Tobias", "Marnie", "Tobias"]
    last = candidates(text)[-1]
    assert flagged(last, "strict_alternation") == [{"tobias"}]


def test_pronoun_tag_in_a_same_gender_exchange_marks_the_other_party():
    text = (
        "Priya and Odette waited for the bus.\n\n"
        '"It is late again," said Priya.\n\n'
        '"It always is," said Odette.\n\n'
        '"Then we walk," she decided.\n'
    )
    work = analyse(text)
    assert names(work) == ["Priya", "Odette", "Priya"]
    item = candidates(text)[-1]
    assert flagged(item, "pronoun_before_previous") == [{"priya"}]
    assert flagged(item, "pronoun_previous") == [{"odette"}]


def test_pronoun_tag_picks_the_only_party_of_that_gender():
    text = (
        "Tobias and Marnie sat on the wall.\n\n"
        '"Cold?" asked Tobias.\n\n'
        '"A little," said Marnie.\n\n'
        '"Take my coat," he said.\n'
    )
    cast = [Character(id="c0", name="Tobias", gender="male"), Character(id="c1", name="Marnie", gender="female")]
    work = analyse(text, characters=cast)
    assert names(work)[-1] == "Tobias"
    assert flagged(candidates(text, characters=cast)[-1], "pronoun_only_participant") == [{"tobias"}]


def test_vocative_in_the_previous_quote_names_the_next_speaker():
    text = (
        "Marnie, Tobias and Oskar stood round the map.\n\n"
        '"Maps are for cowards," said Oskar.\n\n'
        "Nobody laughed. The wind picked up and the light began to go.\n\n"
        '"We are lost," said Marnie.\n\n'
        '"Well, Oskar?" said Tobias.\n\n'
        '"North, I think."\n'
    )
    # Marnie spoke two turns back (alternation), but the vocative hands the turn to Oskar.
    cast = [Character(id=f"c{k}", name=name) for k, name in enumerate(("Marnie", "Tobias", "Oskar"))]
    work = analyse(text, characters=cast)
    assert names(work)[-1] == "Oskar"
    assert flagged(candidates(text, characters=cast)[-1], "vocative_previous") == [{"oskar"}]


def test_action_beat_in_the_paragraph_gives_the_speaker():
    text = (
        '"Ready?" asked Tobias.\n\n'
        '"Almost," said Marnie.\n\n'
        'Oskar shouldered the bag. "Then let us go."\n'
    )
    cast = [Character(id=f"c{k}", name=name) for k, name in enumerate(("Tobias", "Marnie", "Oskar"))]
    work = analyse(text, characters=cast)
    assert names(work)[-1] == "Oskar"


def test_name_tag_two_quotes_ahead_is_seen_from_behind():
    text = (
        '"You again," said Marnie.\n\n'
        '"Me again."\n\n'
        '"What is it this time?"\n\n'
        '"The same as last time," said Oskar.\n'
    )
    items = candidates(text)
    # "Me again." opens a run whose next name tag, two quotes on, is Oskar's: alternation seen from ahead.
    assert flagged(items[0], "next2_named_alternation") == [{"oskar"}]
    assert flagged(items[1], "next_named_new_paragraph") == [{"oskar"}]
    assert names(analyse(text)) == ["Marnie", "Oskar", "Marnie", "Oskar"]


def test_addressee_of_the_previous_quote_is_a_candidate():
    text = (
        "Marnie, Tobias and Oskar stood round the map.\n\n"
        '"Look at this," said Marnie to Tobias.\n\n'
        '"I see it."\n'
    )
    assert flagged(candidates(text)[-1], "addressed_previous") == [{"tobias"}]


def test_pronouns_across_the_text_outvote_a_wrong_stage_gender():
    text = (
        "Katharine smiled and she was tired. Katharine sat down and she sighed. Katharine said she would go.\n"
        "Later Katharine found that she had her coat. Katharine thought she knew.\n"
    )
    work = read_text(text)
    work.characters = [Character(id="c0", name="Katharine", gender="male")]
    att = Attributor(work, [], [], [])
    att.scan_names([], [])
    att.learn_genders()
    assert att.gender_of("c0") == "female"
    work.characters = [Character(id="c0", name="Mr. Katharine", gender="female")]
    att = Attributor(work, [], [], [])
    att.learn_genders()
    assert att.gender_of("c0") == "male"  # a title outranks pronoun votes


def test_context_copies_of_features_keep_base_columns_first():
    rows = candidates('"Tea?" asked Giles.\n\n"Coffee," said Buffy.\n\n"We have only tea," he said.\n')[-1]["rows"]
    assert rows.shape[1] == len(ranker.MODEL_FEATURES) == len(ranker.FEATURES) * (1 + len(ranker.CONTEXTS))
    base = rows[:, : len(ranker.FEATURES)]
    pronoun_copy = rows[:, len(ranker.FEATURES) : 2 * len(ranker.FEATURES)]
    assert (pronoun_copy == base).all() and base.any()  # a "he said" tag: the pronoun_tag copy is on


def test_beam_history_reads_committed_turns_then_its_own():
    from ficlens.dialogue.decode import _History

    history = _History(["c0", "c1", "c2"], 3, ("c4", "c5"), 5)
    assert len(history) == 5
    assert history[1] == "c1" and history[3] == "c4" and history[-1] == "c5"
    assert list(history[3:5]) == ["c4", "c5"] and history[2:4] == ["c2", "c4"]


def test_beam_history_keeps_only_its_last_turns():
    from ficlens.dialogue.decode import _History

    history = _History(["c0"], 1, ("c7", "c8"), 6)  # quotes 1 to 3 of its conversation are not kept
    assert history[0] == "c0" and history[4] == "c7" and history[5] == "c8"
    with pytest.raises(IndexError):
        history[2]


def test_beam_and_greedy_decoding_agree_on_a_clear_exchange():
    text = (
        '"Where were you?" asked Marnie.\n\n'
        '"Out," said Tobias.\n\n'
        '"Out where?"\n\n'
        '"By the canal."\n\n'
        '"In this rain?" Marnie asked.\n'
    )
    widths = {}
    for width in (1, 4):
        widths[width] = names(dialogue.DialogueStage(beam_width=width)(with_text_layer(read_text(text))))
    assert widths[1] == widths[4] == ["Marnie", "Tobias", "Marnie", "Tobias", "Marnie"]
