"""Small text utilities shared by stages: word and token patterns, offsets helpers.

Stages share these so that a 'word' means the same thing everywhere.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

# A token: a word with inner apostrophes/hyphens ("don't", "well-known"), or one non-space symbol.
TOKEN_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*|\S", re.UNICODE)

# AO3's word (its lib/word_counter.rb): each character of a script written without spaces (Han,
# Hiragana, Katakana, Thai) is a word of its own; other words are runs of letters, digits and the
# combining marks written on them ("हिन्दी" is one word), joined by apostrophes and single hyphens
# ("don't", "well-known"; "--" breaks). Hangul is written with spaces and counted by them.
_WORD_CHARS = json.loads(Path(__file__).with_name("word_chars.json").read_text(encoding="utf-8"))
_SCRIPT_RANGES = sorted(r for ranges in _WORD_CHARS["character_scripts"].values() for r in ranges)
_MARK_RANGES = [m for m in _WORD_CHARS["marks"] if not any(a <= m[0] and m[1] <= b for a, b in _SCRIPT_RANGES)]


def _char_class(ranges: list[list[int]], bmp_only: bool) -> str:
    """The inside of a regex character class for inclusive code point ranges."""
    out = []
    for start, end in ranges:
        if bmp_only and start > 0xFFFF:
            continue
        end = min(end, 0xFFFF) if bmp_only else end
        out.append(re.escape(chr(start)) + ("" if end == start else "-" + re.escape(chr(end))))
    return "".join(out)


def _word_patterns(bmp_only: bool) -> tuple[re.Pattern, re.Pattern]:
    scripts, marks = _char_class(_SCRIPT_RANGES, bmp_only), _char_class(_MARK_RANGES, bmp_only)
    return re.compile(f"[{scripts}]"), re.compile(rf"[\w{marks}]+(?:(?:['’]|-(?!-))[\w{marks}]+)*")


# Ranges above U+FFFF slow every class down fourfold, so text without such characters (nearly
# all) is read with classes of the Basic Multilingual Plane only.
_BMP_PATTERNS = _word_patterns(bmp_only=True)
_ALL_PATTERNS = _word_patterns(bmp_only=False)

# Below this many characters the regex is as quick as the byte-level counter.
_FAST_COUNT_MIN = 2048

# Byte table for ASCII text: letters/digits -> 'a', joiners kept, everything else -> space.
_WORD_CLASS_TABLE = bytes(
    (ord("a") if chr(i).isalnum() else i if chr(i) in "'-" else ord(" ")) if i < 128 else ord(" ")
    for i in range(256)
)

# Common typographic characters of otherwise-ASCII fan fiction, mapped to a same-length
# ASCII character of the same word class (so offsets and counts do not change).
_TYPOGRAPHIC = (("’", "'"), ("‘", " "), ("“", " "), ("”", " "), ("—", " "), ("–", " "), ("…", " "), ("\u00a0", " "))


# Head nouns of capitalised phrases that name things, not people ("Weather-Repelling Charms",
# "Chocolate Frog"): shared so that no stage turns them into characters.
THING_NOUNS = frozenset(
    "charm charms spell spells curse potion potions frog frogs exam exams class lesson lessons shop cafe café bar "
    "restaurant museum library academy center centre".split()
)


# Peoples and faiths: capitalised, often the subject of a sentence, never one person's name ("the
# Hindus", "Islam"); shared so that no stage makes them characters. Singulars are left out: "the Jew"
# is Fagin in Oliver Twist and "the Eurasian" one chauffeur in A Passage to India.
GROUP_NAMES = frozenset(
    """Hindus Hinduism Moslems Muslims Mohammedans Islam Christians Christianity Catholics Protestants Jews
    Judaism Brahmans Buddhists Buddhism Eurasians Indians Anglo-Indians Englishmen Englishwomen Frenchmen
    Americans Italians Germans Russians Spaniards Greeks Turks Arabs Persians Europeans Africans Asians
    Orientals Austrians Prussians Yankees Scotchmen Irishmen Welshmen Dutchmen""".split()
)

# Head nouns of capitalised phrases that name places ("Marabar Hills", "Baker Street").
PLACE_NOUNS = frozenset(
    """street road lane square park hall house court place castle abbey manor lodge college school university
    hospital station hotel river lake hill hills mount mountain mountains island bridge town city village county
    shire church chapel cathedral gardens garden palace tower inn bay sea ocean valley forest wood woods common
    green row terrace avenue close crescent farm mill ministry alley cottage grange cave caves""".split()
)


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Token spans of text[start:end] as absolute (start, end) offsets."""
    end = len(text) if end is None else end
    return [(m.start(), m.end()) for m in TOKEN_RE.finditer(text, start, end)]


def _count_ascii_words(segment: str) -> int:
    """AO3 word count of ASCII text without a Python-level match per word.

    Word starts are letter/digit runs; a run joined to the previous one by a single
    apostrophe or hyphen does not start a word. Runs are doubled before counting joins
    so that joins around one-letter runs ("I-I-I") never overlap.
    """
    classes = segment.encode("ascii").translate(_WORD_CLASS_TABLE)
    runs = classes.count(b" a") + classes.count(b"'a") + classes.count(b"-a") + (classes[:1] == b"a")
    doubled = classes.replace(b"a", b"aa")
    joins = doubled.count(b"a'a") + doubled.count(b"a-a")
    return runs - joins


def regex_word_count(segment: str) -> int:
    """AO3 words of any text: the characters of the scripts counted one by one, then the runs
    of letters, digits and marks in what is left ('_' joins nothing)."""
    astral = not segment.isascii() and max(segment) > "\uffff"
    script_char, run = _ALL_PATTERNS if astral else _BMP_PATTERNS
    count = 0
    if script_char.search(segment):
        segment, count = script_char.subn(" ", segment)
    if "_" in segment:
        segment = segment.replace("_", " ")
    return count + sum(1 for _ in run.finditer(segment))


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """Words in text[start:end] by AO3's rules."""
    end = len(text) if end is None else end
    segment = text[start:end]
    if end - start >= _FAST_COUNT_MIN:
        if not segment.isascii():
            for char, replacement in _TYPOGRAPHIC:
                if char in segment:
                    segment = segment.replace(char, replacement)
        if segment.isascii():
            return _count_ascii_words(segment)
    return regex_word_count(segment)


def trim_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """text[start:end] without the white space at its ends, as (start, end); None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def excerpt(text: str, start: int, end: int, limit: int = 300) -> str:
    """The span's text on one line, shortened to `limit` characters."""
    s = " ".join(text[start:end].split())
    return s if len(s) <= limit else s[: limit - 1] + "…"
