"""Declared labels: header field values copied into `Declared`."""

from __future__ import annotations

import re

from ..model import Declared
from .headers import Field

_LIST_SPLIT_RE = re.compile(r"\s*[,;|]\s*")
_GENRE_SPLIT_RE = re.compile(r"\s*[,;|/]\s*")
_AUTHOR_SPLIT_RE = re.compile(r"\s*(?:,|&|\band\b)\s*")
_WORDS_RE = re.compile(r"(\d+(?:[.,]\d+)*)\s*(k|thousand)?", re.IGNORECASE)
_RATING_TAIL_RE = re.compile(r"\s+(?:for\b|-|–|—|\()")


def parse_words(value: str) -> int | None:
    m = _WORDS_RE.search(value)
    if not m:
        return None
    digits, multiplier = m.group(1), m.group(2)
    if multiplier:
        if re.fullmatch(r"\d+,\d{1,2}", digits):  # European decimal comma: "2,3k"
            digits = digits.replace(",", ".")
        return int(round(float(digits.replace(",", "")) * 1000))
    return int(re.sub(r"[.,]", "", digits))


def _split(value: str, pattern: re.Pattern) -> list[str]:
    return [v.strip(" .*_") for v in pattern.split(value) if v.strip(" .*_")]


def fill_declared(declared: Declared, fields: list[Field], preset: set[str]) -> None:
    """Copy header values into `declared`, leaving fields the reader set untouched."""

    def add_list(name: str, values: list[str]) -> None:
        if name in preset:
            return
        current = getattr(declared, name)
        current.extend(v for v in values if v not in current)

    def set_scalar(name: str, value) -> None:
        if name not in preset and getattr(declared, name) is None and value not in (None, ""):
            setattr(declared, name, value)

    for f in fields:
        value = f.value
        if f.name in ("rating", "warnings", "relationships") and value and f.name not in preset:
            declared.raw.setdefault(f.name, value)
        if f.name == "title":
            set_scalar("title", value.strip("\"'“”"))
        elif f.name == "authors":
            add_list("authors", _split(value, _AUTHOR_SPLIT_RE))
        elif f.name == "rating":
            set_scalar("rating", _RATING_TAIL_RE.split(value)[0].strip() if value else None)
        elif f.name in ("relationships", "characters", "fandoms", "warnings"):
            add_list(f.name, _split(value, _LIST_SPLIT_RE))
        elif f.name in ("genre", "tags"):
            slash_separated = f.name == "genre" and not re.search(r"[,;|]", value)
            add_list("additional_tags", _split(value, _GENRE_SPLIT_RE if slash_separated else _LIST_SPLIT_RE))
        elif f.name == "categories":
            add_list("categories", _split(value, _LIST_SPLIT_RE))
        elif f.name == "words":
            set_scalar("words", parse_words(value))
        elif f.name == "summary":
            set_scalar("summary", value)
        elif f.name == "language":
            set_scalar("language", value)
        elif f.name == "series":
            add_list("series", [value] if value else [])
        elif f.name == "chapters":
            set_scalar("chapters", value)
        elif f.name == "status":
            low = value.lower()
            set_scalar("complete", True if low.startswith(("complete", "finished")) else
                       False if low.startswith(("wip", "in progress", "incomplete", "ongoing", "work in progress")) else None)
        elif f.name in ("disclaimer", "author_note", "beta", "extra") and value:
            key = {"disclaimer": "disclaimer", "author_note": "author_note", "beta": "beta"}.get(f.name, f.label)
            declared.extra.setdefault(key, value)


def preset_fields(declared: Declared) -> set[str]:
    """Declared fields the reader already filled."""
    empty = Declared()
    return {name for name in vars(declared) if getattr(declared, name) != getattr(empty, name)}

