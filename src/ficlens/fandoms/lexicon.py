"""The word lists that say how ordinary a name is (data files in lexicon/, loaded once).

A pack character called "John" or "Will" is no evidence for a fandom by itself: "John" is
borne by 1.6 % of people, and "will" is an everyday word. first_names.tsv and surnames.tsv
give each first name and surname its share of people (US Census 1990), common_words.txt the
everyday English words; scripts/make_fandom_lexicon.py regenerates them.
"""

from __future__ import annotations

from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"


def _lines(name: str) -> list[str]:
    path = LEXICON_DIR / name
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]


def _shares(name: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for line in _lines(name):
        word, _, share = line.partition("\t")
        out[word] = max(out.get(word, 0.0), float(share))
    return out


FIRST_NAMES: dict[str, float] = _shares("first_names.tsv")  # name -> percent of people bearing it
SURNAMES: dict[str, float] = _shares("surnames.tsv")
COMMON_SURNAME_SHARE = 0.005  # 'Watson', 'Bates': a surname this common is a common name


def name_share(name: str) -> float:
    """The share of people (percent) who bear the name as a first name or surname; 0 if rare."""
    return max(FIRST_NAMES.get(name, 0.0), SURNAMES.get(name, 0.0))


def is_common_name(name: str) -> bool:
    return name in FIRST_NAMES or SURNAMES.get(name, 0.0) >= COMMON_SURNAME_SHARE
_WORDS = frozenset(_lines("common_words.txt"))


def is_everyday_word(word: str) -> bool:
    """'Power', 'Faith', 'Link': a capitalised word that is also an ordinary English word."""
    return word in _WORDS or word.lower() in _WORDS
