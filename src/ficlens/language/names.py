"""AO3's work languages: the one table (`ao3_languages.json`) that turns a declared value,
an ISO code or an English name into the AO3 language and its code."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..model import Work


@dataclass(frozen=True)
class Language:
    """One of AO3's work languages."""

    ao3: str  # AO3's own code: 'en', 'ptBR', 'zh'
    name: str  # AO3's name, written in the language: 'Español', '中文-普通话 國語'
    english: str
    codes: tuple[str, ...]  # ISO 639 codes and language tags (lower case) that mean it

    @property
    def code(self) -> str:
        """The ISO 639-1 code where there is one ('pt' for both Portuguese varieties): what stages list."""
        return self.codes[0].split("-")[0] if self.codes else self.ao3


@dataclass(frozen=True)
class Table:
    languages: tuple[Language, ...]
    by_key: dict[str, Language]


@lru_cache(maxsize=1)
def table() -> Table:
    raw = json.loads(resources.files(__package__).joinpath("ao3_languages.json").read_text(encoding="utf-8"))
    languages = tuple(
        Language(row["ao3"], row["name"], row["english"], tuple(c.lower() for c in row["codes"]))
        for row in raw["languages"]
    )
    by_key: dict[str, Language] = {}
    for lang in languages:
        for key in (lang.name, lang.english, lang.ao3, *lang.codes):
            by_key.setdefault(_key(key), lang)
    return Table(languages, by_key)


def _key(value: str) -> str:
    return " ".join(value.replace("_", "-").split()).casefold()


def resolve(value: str | None) -> Language | None:
    """The AO3 language a declared value means: its AO3 name ('Español'), English name ('Spanish'),
    AO3 code ('ptBR') or a language tag ('es', 'es-419', 'zh-Hant', 'pt_BR'); None when unknown or
    when it names no single AO3 language ('pt' is either Portuguese)."""
    if not value:
        return None
    by_key = table().by_key
    key = _key(value)
    if key in by_key:
        return by_key[key]
    head = key.split("-")[0]
    return by_key.get(head) if head not in (key, "pt") else None


def english_name(code: str) -> str:
    """The English name of the language an ISO code means ('en' -> 'English'); the code when unknown."""
    language = resolve(code)
    return language.english if language is not None else code


def work_language(work: Work) -> Language | None:
    """The work's language: as declared when AO3 knows it, else as detected, else None."""
    declared = resolve(work.declared.language)
    if declared is not None:
        return declared
    detected = work.detected.language
    return resolve(detected.name) if detected is not None else None


def display_name(work: Work) -> str:
    """The language the library files a work under: the AO3 name of its language, else what was declared."""
    lang = work_language(work)
    return lang.name if lang is not None else (work.declared.language or "")
