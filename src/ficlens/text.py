"""Small text utilities shared by stages: word and token patterns, offsets helpers.

Stages share these so that a 'word' means the same thing everywhere.
"""

from __future__ import annotations

import re

# A token: a word with inner apostrophes/hyphens ("don't", "well-known"), or one non-space symbol.
TOKEN_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*|\S", re.UNICODE)

# AO3 word: runs of letters/digits joined by apostrophes and single hyphens; "--" breaks.
AO3_WORD_RE = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]"
    r"|[^\W_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+"
    r"(?:(?:['’]|-(?!-))[^\W_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+)*",
    re.UNICODE,
)


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Token spans of text[start:end] as absolute (start, end) offsets."""
    end = len(text) if end is None else end
    return [(m.start(), m.end()) for m in TOKEN_RE.finditer(text, start, end)]


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """Words in text[start:end] by AO3's rules."""
    end = len(text) if end is None else end
    return sum(1 for _ in AO3_WORD_RE.finditer(text, start, end))


def excerpt(text: str, start: int, end: int, limit: int = 300) -> str:
    """The span's text on one line, shortened to `limit` characters."""
    s = " ".join(text[start:end].split())
    return s if len(s) <= limit else s[: limit - 1] + "…"
