"""Small text utilities shared by stages: word and token patterns, offsets helpers.

Stages share these so that a 'word' means the same thing everywhere.
"""

from __future__ import annotations

import re

# A token: a word with inner apostrophes/hyphens ("don't", "well-known"), or one non-space symbol.
TOKEN_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*|\S", re.UNICODE)

_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"

# AO3 word: runs of letters/digits joined by apostrophes and single hyphens; "--" breaks;
# each CJK character is a word of its own.
AO3_WORD_RE = re.compile(
    rf"[{_CJK}]|[^\W_{_CJK}]+(?:(?:['’]|-(?!-))[^\W_{_CJK}]+)*",
    re.UNICODE,
)

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


# Titles by which "the <title>" names one known person ("the Major" is Major Callendar), unlike
# "the master" or "the nurse"; shared by the characters and dialogue stages.
TITLE_EPITHETS = frozenset(
    "dr doctor prof professor col colonel capt captain major general admiral lieutenant sergeant inspector "
    "rev reverend judge duke duchess count countess baron baroness marquis prince princess".split()
)
# "the doctor" is the one doctor named when this share of the doctors' mentions is his.
TITLE_HOLDER_DOMINANCE = 0.8
# Long spellings of a title to the short one: "Doctor Losberne" and "Dr. Losberne" hold one title.
SHORT_TITLE = {
    "doctor": "dr", "professor": "prof", "captain": "capt", "colonel": "col", "reverend": "rev",
    "lieutenant": "lt", "sergeant": "sgt", "mister": "mr",
}

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


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """Words in text[start:end] by AO3's rules."""
    end = len(text) if end is None else end
    if end - start >= _FAST_COUNT_MIN:
        segment = text[start:end]
        if not segment.isascii():
            for char, replacement in _TYPOGRAPHIC:
                if char in segment:
                    segment = segment.replace(char, replacement)
        if segment.isascii():
            return _count_ascii_words(segment)
    return sum(1 for _ in AO3_WORD_RE.finditer(text, start, end))


def excerpt(text: str, start: int, end: int, limit: int = 300) -> str:
    """The span's text on one line, shortened to `limit` characters."""
    s = " ".join(text[start:end].split())
    return s if len(s) <= limit else s[: limit - 1] + "…"
