"""The words several stages share (titles, speech verbs) come from one lexicon, and its tables of
titles agree with each other."""

from __future__ import annotations

from ficlens import lexicon
from ficlens.characters import lexicon as characters_lexicon
from ficlens.characters.names import title_gender as characters_title_gender
from ficlens.dialogue import names as dialogue_names
from ficlens.dialogue import quotes


def test_no_title_has_two_genders():
    assert not lexicon.MALE_TITLES & lexicon.FEMALE_TITLES
    assert not (lexicon.MALE_TITLES | lexicon.FEMALE_TITLES) & lexicon.NEUTRAL_TITLES


def test_every_table_of_titles_is_drawn_from_the_one_list():
    for table in (lexicon.FIRST_NAME_TITLES, lexicon.TERRITORIAL_TITLES, lexicon.ABBREVIATED_TITLES,
                  lexicon.TITLE_EPITHETS, set(lexicon.SHORT_TITLE), set(lexicon.SHORT_TITLE.values())):
        assert set(table) <= lexicon.TITLES, set(table) - lexicon.TITLES


def test_a_long_and_a_short_spelling_of_a_title_give_one_gender():
    for long, short in lexicon.SHORT_TITLE.items():
        assert characters_title_gender(long) == characters_title_gender(short), (long, short)


def test_the_characters_and_dialogue_stages_read_the_same_titles():
    assert characters_lexicon.TITLES is lexicon.TITLES
    assert characters_lexicon.MALE_TITLES is lexicon.MALE_TITLES
    for title in ("Grandma Weasley", "Marchioness Brabant", "Capt. Wentworth", "Sgt. Cuff", "Mx. Ellis"):
        word = title.split()[0]
        assert dialogue_names.is_title(word)
        assert dialogue_names.title_gender(title) == characters_title_gender(word), title


def test_every_speech_verb_list_is_drawn_from_the_shared_one():
    shared = set(lexicon.SPEECH_VERBS)
    assert set(quotes.TAG_VERBS.split("|")) <= shared
    assert {v for v in characters_lexicon.SPEECH_VERBS.split("|") if " " not in v} <= shared
    assert {v.split()[0] for v in characters_lexicon.SPEECH_VERBS.split("|") if " " in v} <= shared
