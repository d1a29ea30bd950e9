"""Word counting by AO3's rules, tokens and excerpts."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ficlens.text import count_words, excerpt, regex_word_count, tokens


@pytest.mark.parametrize(
    "text, expected",
    [
        ("don't", 1),
        ("don’t", 1),
        ("well-known", 1),
        ("word--word", 2),
        ("word — word", 2),
        ("日本語", 3),
        ("彼は日本語を話す", 8),
        ("42 cats and 3.5 dogs", 6),
        ("rock'n'roll", 1),
        ("I-I-I can't", 2),
        ("'cause it's 'bout time'", 4),
        ("snake_case", 2),
        ("... -- !!", 0),
        ("", 0),
        ("Café au lait", 3),
    ],
)
def test_count_words_ao3_cases(text, expected):
    assert count_words(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Japanese kana: each hiragana and katakana character is a word, as each kanji is.
        ("ひらがな", 4),
        ("カタカナ", 4),
        ("ﾊﾘｰ", 3),  # half-width katakana; the long-vowel mark is no kana but a word character
        ("ハリー・ポッター", 7),  # the middle dot is punctuation, not a word
        ("ハーマイオニーは本を閉じた。", 13),
        ("時々", 2),  # the iteration mark belongs to Han
        ("𠀋𠀋", 2),  # Han beyond the Basic Multilingual Plane
        ("Harryは日本語を話す", 8),
        # Korean is written with spaces between words: AO3 counts those, not syllables.
        ("해리는 대답하지 않았다.", 3),
        ("\"밤새 여기 앉아 있을 거야?\" 그녀가 물었다.", 7),
        # Thai is written without spaces: one word per character, vowel signs included.
        ("ภาษาไทย", 7),
        # Combining marks belong to the word they are written on.
        ("हिन्दी भाषा", 2),
        ("தமிழ் மொழி", 2),
        ("Cafe\u0301 au lait", 3),
        ("Привет, мир", 2),
        ("Ελληνικά κείμενα", 2),
        ("שָׁלוֹם עוֹלָם", 2),
    ],
)
def test_count_words_in_every_script(text, expected):
    assert count_words(text) == expected
    assert count_words("\n".join([text] * 300)) == expected * 300  # long texts take another path


def test_the_mark_table_is_the_running_pythons():
    """word_chars.json lists Unicode's combining marks as this Python's unicodedata has them."""
    import json
    import unicodedata
    from pathlib import Path

    import ficlens.text

    data = json.loads(Path(ficlens.text.__file__).with_name("word_chars.json").read_text(encoding="utf-8"))
    marks = {cp for a, b in data["marks"] for cp in range(a, b + 1)}
    if data["unicode"] != unicodedata.unidata_version:
        pytest.skip(f"word_chars.json was made with Unicode {data['unicode']}, this Python has {unicodedata.unidata_version}")
    assert marks == {cp for cp in range(0x110000) if unicodedata.category(chr(cp)).startswith("M")}


@pytest.mark.parametrize("repeat", [1, 200])
def test_long_text_counts_like_short_text(repeat):
    """Long ASCII-ish texts take the byte-level path; it must agree with the regex."""
    sample = "He said: “I-I don’t know… well-known word--word” — rock'n'roll_on 3.14 café!\n"
    text = sample * repeat
    assert count_words(text) == regex_word_count(text) == 13 * repeat


def random_text(seed: int, alphabet: str, size: int = 2100) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(alphabet) for _ in range(size))


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0))
def test_fast_count_matches_regex(seed):
    text = random_text(seed, "ab1 '’-—“”…\n_.,I")
    assert count_words(text) == regex_word_count(text)


@settings(max_examples=50, deadline=None)
@given(st.integers(min_value=0))
def test_non_ascii_count_matches_regex(seed):
    text = random_text(seed, "ab '’-\n.é日")
    assert count_words(text) == regex_word_count(text)


def test_count_words_range():
    text = "one two three four"
    assert count_words(text, 4, 13) == 2


def test_tokens_are_absolute_spans():
    text = "Hi, don't go."
    assert [text[s:e] for s, e in tokens(text, 4)] == ["don't", "go", "."]


def test_excerpt_shortens_on_one_line():
    assert excerpt("a\n b\tc", 0, 6) == "a b c"
    assert excerpt("x" * 400, 0, 400, limit=10) == "x" * 9 + "…"
