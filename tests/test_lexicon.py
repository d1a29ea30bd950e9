"""The words several stages share (titles, speech verbs) agree wherever a stage keeps its own view of them."""

from __future__ import annotations

from ficlens import lexicon
from ficlens.characters import lexicon as characters_lexicon
from ficlens.dialogue import quotes


def test_no_title_has_two_genders():
    male = set(lexicon.MALE_TITLES) | {t.rstrip(".") for t in characters_lexicon.MALE_TITLES}
    female = set(lexicon.FEMALE_TITLES) | {t.rstrip(".") for t in characters_lexicon.FEMALE_TITLES}
    assert male & female == set()


def test_gendered_titles_are_titles():
    assert set(lexicon.MALE_TITLES) | set(lexicon.FEMALE_TITLES) <= {t.lower() for t in lexicon.TITLES}
    assert characters_lexicon.MALE_TITLES | characters_lexicon.FEMALE_TITLES <= characters_lexicon.TITLES


def test_every_speech_verb_list_is_drawn_from_the_shared_one():
    shared = set(lexicon.SPEECH_VERBS)
    assert set(quotes.TAG_VERBS.split("|")) <= shared
    assert {v for v in characters_lexicon.SPEECH_VERBS.split("|") if " " not in v} <= shared
    assert {v.split()[0] for v in characters_lexicon.SPEECH_VERBS.split("|") if " " in v} <= shared
