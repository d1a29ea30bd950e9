"""Word counting by AO3's rules, tokens and excerpts."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ficlens.text import AO3_WORD_RE, count_words, excerpt, tokens


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


@pytest.mark.parametrize("repeat", [1, 200])
def test_long_text_counts_like_short_text(repeat):
    """Long ASCII-ish texts take the byte-level path; it must agree with the regex."""
    sample = "He said: “I-I don’t know… well-known word--word” — rock'n'roll_on 3.14 café!\n"
    text = sample * repeat
    assert count_words(text) == len(AO3_WORD_RE.findall(text)) == 13 * repeat


def random_text(seed: int, alphabet: str, size: int = 2100) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(alphabet) for _ in range(size))


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0))
def test_fast_count_matches_regex(seed):
    text = random_text(seed, "ab1 '’-—“”…\n_.,I")
    assert count_words(text) == len(AO3_WORD_RE.findall(text))


@settings(max_examples=50, deadline=None)
@given(st.integers(min_value=0))
def test_non_ascii_count_matches_regex(seed):
    text = random_text(seed, "ab '’-\n.é日")
    assert count_words(text) == len(AO3_WORD_RE.findall(text))


def test_count_words_range():
    text = "one two three four"
    assert count_words(text, 4, 13) == 2


def test_tokens_are_absolute_spans():
    text = "Hi, don't go."
    assert [text[s:e] for s, e in tokens(text, 4)] == ["don't", "go", "."]


def test_excerpt_shortens_on_one_line():
    assert excerpt("a\n b\tc", 0, 6) == "a b c"
    assert excerpt("x" * 400, 0, 400, limit=10) == "x" * 9 + "…"
