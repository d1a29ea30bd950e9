"""Brazilian or European Portuguese: the language model knows one Portuguese, AO3 files two.

Counts words and spellings of each variety (`portuguese.json`) and the progressive each
prefers ('estou fazendo', 'estou a fazer'); a tie goes to Brazilian Portuguese, by far the
larger of the two on AO3.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from ..text import TOKEN_RE


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], frozenset[str], re.Pattern, re.Pattern]:
    raw = json.loads(resources.files(__package__).joinpath("portuguese.json").read_text(encoding="utf-8"))
    return (
        frozenset(raw["brazilian"]),
        frozenset(raw["european"]),
        re.compile(raw["brazilian_progressive"]),
        re.compile(raw["european_progressive"]),
    )


def portuguese_variety(text: str) -> str:
    """'pt-br' or 'pt-pt' for a Portuguese text."""
    brazilian, european, brazilian_progressive, european_progressive = _cues()
    lowered = text.lower()
    words = TOKEN_RE.findall(lowered)
    br = sum(1 for w in words if w in brazilian) + len(brazilian_progressive.findall(lowered))
    pt = sum(1 for w in words if w in european) + len(european_progressive.findall(lowered))
    return "pt-pt" if pt > br else "pt-br"
