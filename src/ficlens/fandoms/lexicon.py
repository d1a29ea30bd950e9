"""The two word lists that say how ordinary a name is (data files in lexicon/, loaded once).

A pack character called "John" or "Will" is no evidence for a fandom by itself: "John" is
borne by 1.6 % of people, and "will" is an everyday word. first_names.tsv gives each first
name its share of people (US Census 1990), common_words.txt the everyday English words;
scripts/make_fandom_lexicon.py regenerates both.
"""

from __future__ import annotations

from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"


def _lines(name: str) -> list[str]:
    path = LEXICON_DIR / name
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]


def _first_names() -> dict[str, float]:
    out: dict[str, float] = {}
    for line in _lines("first_names.tsv"):
        name, _, share = line.partition("\t")
        out[name] = max(out.get(name, 0.0), float(share))
    return out


FIRST_NAMES: dict[str, float] = _first_names()  # name -> percent of people bearing it
_WORDS = frozenset(_lines("common_words.txt"))


def is_everyday_word(word: str) -> bool:
    """'Power', 'Faith', 'Link': a capitalised word that is also an ordinary English word."""
    return word in _WORDS or word.lower() in _WORDS
