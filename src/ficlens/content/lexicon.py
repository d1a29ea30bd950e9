"""Cue groups (cues.json) compiled once per process, and a fast scanner for them.

Running ninety alternation regexes over a whole novel costs seconds, because Python's
regex engine tries every branch at every position. Instead each cue pattern is keyed by
the first two characters every match must start with (derived from the parsed pattern);
one pass over word starts looks the key up and tries only the few patterns that can
match there. Patterns whose start cannot be keyed are run over the text directly.
"""

from __future__ import annotations

import json
import re
import re._constants as sre_c
import re._parser as sre_parse
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

KEY_LEN = 3
WORD_START_RE = re.compile(r"(?<![^\W_])(?<![^\W_]-)[^\W_]")
WORD_END = r"(?![^\W_]|-[^\W_])"  # not inside a word or a hyphenated compound


@dataclass(frozen=True)
class Cue:
    """One compiled cue pattern and the group it belongs to."""

    group: str
    regex: re.Pattern


def _load_json(name: str):
    return json.loads(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))


def _prefixes(items, prefixes: set[str]) -> tuple[set[str], set[str]] | None:
    """Literal starts of every match of a parsed sequence, as (keyed, still shorter than KEY_LEN).

    None when some match can start with something that is not a literal (e.g. ``\\w+``).
    """
    open_ = set(prefixes)
    done: set[str] = set()
    for op, av in items:
        if not open_:
            break
        if op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
            continue
        if op is sre_c.LITERAL:
            grown = {p + chr(av) for p in open_}
        elif op is sre_c.IN and all(o is sre_c.LITERAL for o, _ in av) and len(av) <= 4:
            grown = {p + chr(v) for p in open_ for _, v in av}
        elif op in (sre_c.BRANCH, sre_c.SUBPATTERN, sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
            if op is sre_c.BRANCH:
                seqs = av[1]
            elif op is sre_c.SUBPATTERN:
                seqs = [av[3]]
            elif av[0] >= 1:
                seqs = [av[2]]
            else:
                return None
            grown = set()
            for seq in seqs:
                sub = _prefixes(seq, open_)
                if sub is None:
                    return None
                done |= sub[0]
                grown |= sub[1]
        else:
            return None
        done |= {p for p in grown if len(p) >= KEY_LEN}
        open_ = {p for p in grown if len(p) < KEY_LEN}
    return done, open_


def _keys(source: str) -> set[str] | None:
    """The KEY_LEN-character starts of every match of a pattern, or None when it cannot be keyed."""
    found = _prefixes(sre_parse.parse(source).data, {""})
    if found is None or found[1]:
        return None
    return {p[:KEY_LEN] for p in found[0]}


def _compile(pattern: str) -> str:
    return pattern.replace("'", "['’]")


class Lexicon:
    """All cue groups of cues.json, compiled, with the key index used by `scan`."""

    def __init__(self) -> None:
        raw = _load_json("cues.json")
        raw.pop("_doc", None)
        self.groups: list[str] = list(raw)
        self.by_key: dict[str, list[Cue]] = {}
        self.unkeyed: list[Cue] = []
        for group, patterns in raw.items():
            for pattern in patterns:
                source = _compile(pattern)
                cue = Cue(group, re.compile(f"(?:{source}){WORD_END}"))
                keys = _keys(source)
                if keys is None:
                    self.unkeyed.append(Cue(group, re.compile(f"(?<![^\\W_])(?<![^\\W_]-)(?:{source}){WORD_END}")))
                    continue
                for key in keys:
                    self.by_key.setdefault(key, []).append(cue)

    def scan(self, lower: str, spans: list[tuple[int, int]]) -> dict[str, list[tuple[int, int]]]:
        """Every cue match in the given spans of lower-cased text, by group, in text order, non-overlapping."""
        found: dict[str, list[tuple[int, int]]] = {g: [] for g in self.groups}
        by_key = self.by_key
        for start, end in spans:
            for m in WORD_START_RE.finditer(lower, start, end):
                pos = m.start()
                cues = by_key.get(lower[pos : pos + KEY_LEN])
                if not cues:
                    continue
                for cue in cues:
                    hit = cue.regex.match(lower, pos, end)
                    if hit:
                        hits = found[cue.group]
                        if not hits or hits[-1][1] <= pos:
                            hits.append((pos, hit.end()))
            for cue in self.unkeyed:
                hits = found[cue.group]
                for hit in cue.regex.finditer(lower, start, end):
                    hits.append((hit.start(), hit.end()))
        for group in self.groups:
            hits = sorted(found[group])
            kept: list[tuple[int, int]] = []
            for hit in hits:
                if not kept or hit[0] >= kept[-1][1]:
                    kept.append(hit)
            found[group] = kept
        return found


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The process-wide lexicon (compiled on first use)."""
    return Lexicon()


@lru_cache(maxsize=1)
def tag_rules() -> list[dict]:
    """Freeform tag definitions from tags.json."""
    return _load_json("tags.json")["tags"]
