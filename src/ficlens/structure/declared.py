"""Declared labels: header values copied into `Declared`, then normalised to AO3's vocabulary with
the values as written kept in `Declared.raw`."""

from __future__ import annotations

import re

from ..model import Declared
from .headers import Field
from .labels import (
    AO3_CATEGORIES,
    ARCHIVE_WARNINGS,
    AO3_RATINGS,
    NOT_PAIRINGS,
    NOT_RATED,
    normalise_categories,
    normalise_rating,
    normalise_warnings,
    pairing_relationships,
    path_fandom,
)

_LIST_SPLIT_RE = re.compile(r"\s*[,;|]\s*")
_GENRE_SPLIT_RE = re.compile(r"\s*[,;|/]\s*")
_AUTHOR_SPLIT_RE = re.compile(r"\s*(?:,|&|\band\b)\s*")
_WORDS_RE = re.compile(r"(\d+(?:[.,]\d+)*)\s*(k|thousand)?", re.IGNORECASE)
_STATS_RE = re.compile(r"(Published|Updated|Completed|Words|Chapters):\s*(\S+)", re.IGNORECASE)
# fanfiction.net's story line: "Rated: Fiction T - English - Romance/Drama - Harry P. - Chapters: 33 - ...".
_FFNET_PART_SPLIT_RE = re.compile(r"\s+-\s+")
_FFNET_LABEL_RE = re.compile(r"^([A-Za-z]+):\s*(.+)$")
_INITIAL_END_RE = re.compile(r"(?:^|\s)[A-Z]\.$")
_SUBJECT_PART_SPLIT_RE = re.compile(r"\s+(?:\||--|[-–—]|//)\s+|[\[\]()]")
_SUBJECT_RATING_RE = re.compile(r"(?i:NC-?17|PG-?1[35]|PG)|FR(?:AO|\d{1,2})|MA|K\+?|[GTMRE]|Explicit|Mature|Teen|General")
# A bracketed group of a subject line holds comma-separated parts: "Title (Harry/Draco, NC-17)".
_SUBJECT_GROUP_RE = re.compile(r"[\[(]([^\[\]()]*,[^\[\]()]*)[\])]")
# Tumblr's marker of a mature or explicit post after its title: "ten (m)".
_MATURE_MARKER_RE = re.compile(r"\((m)\)\s*$")
# A subject line's part that is a pairing, in any case: "harry/draco", "Sirius x Reader".
_SUBJECT_PAIR_RE = re.compile(r"[\w.'’!-]+(?: [\w.'’!-]+)?(?:/| x )[\w.'’!-]+(?: [\w.'’!-]+)?", re.IGNORECASE)
# "rated M", "is rated NC-17", "Rated: T" inside a note or a summary.
_RATED_IN_TEXT_RE = re.compile(
    r"\b(?:rated|(?:the )?rating(?: is| of)|rated as):?\s+[\"'“]?(NC-?17|PG-?1[35]|PG|FR(?:AO|\d{1,2})|MA|K\+?|T\+?|M|R|G|E|Explicit|Mature|Teen)\b(?!-\w)",
    re.IGNORECASE)
# An author's note that warns in prose: "In case you didn't read the tags: X dies.", "This is a darker
# story. I suggest you refrain from reading it if ...".
_WARNS_IN_PROSE_RE = re.compile(
    r"\b(?:in case you (?:didn'?t|did not|haven'?t|have not|missed) (?:read )?the (?:tags|warnings)|mind the (?:tags|warnings)"
    r"|heed the (?:tags|warnings)|(?:trigger|content) warnings?\b|refrain from reading|read at your own risk"
    r"|(?:a|this is a) (?:dark|darker) (?:story|fic|chapter|one))", re.IGNORECASE)
# A pairing written as names around a slash or an x: "HP/DM", "Dean/Cas", "Bucky x Reader".
_PAIR_TOKEN_RE = re.compile(
    r"(?<![\w/])[A-Z][\w.'’!-]*(?: [A-Z][\w.'’!-]*)?(?:/| x | X )[A-Z][\w.'’!-]*(?: [A-Z][\w.'’!-]*)?(?![\w/])")
_BRACKETED_PAIR_RE = re.compile(r"\[([^\]]+)\]")
# A sentence ending inside a pairing token ("Mina/Rob. Rated"), not an initial's full stop ("Harry P. Potter").
_SENTENCE_END_RE = re.compile(r"(?<=\w\w)\. ")


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
    """The items of a list value, without surrounding quotes, markup and a closing full stop
    (an initial's stays: 'Harry P.')."""
    items = []
    for v in pattern.split(value):
        v = v.strip(" *_\"“”")
        if v.endswith(".") and not _INITIAL_END_RE.search(v):
            v = v.rstrip(". ")
        if v:
            items.append(v)
    return items


class _Filler:
    """Adds values to `declared`, leaving the fields a reader set untouched, and keeps each
    value as written in `declared.raw`."""

    def __init__(self, declared: Declared, preset: set[str]):
        self.declared = declared
        self.preset = preset

    def add_list(self, name: str, values: list[str]) -> None:
        if name in self.preset:
            return
        current = getattr(self.declared, name)
        current.extend(v for v in values if v and v not in current)

    def set_scalar(self, name: str, value) -> None:
        if name not in self.preset and getattr(self.declared, name) is None and value not in (None, ""):
            setattr(self.declared, name, value)

    def raw(self, name: str, value: str) -> None:
        if name in self.preset or not value:
            return
        raw = self.declared.raw
        raw[name] = f"{raw[name]}; {value}" if name in raw and value not in raw[name] else raw.get(name, value)

    def stats(self, value: str) -> None:
        for label, v in _STATS_RE.findall(value):
            low = label.lower()
            if low == "published":
                self.set_scalar("published", v)
            elif low in ("updated", "completed"):
                self.set_scalar("updated", v)
                if low == "completed":
                    self.set_scalar("complete", True)
            elif low == "words":
                self.set_scalar("words", parse_words(v))
            elif low == "chapters":
                self.set_scalar("chapters", v)


def fill_declared(declared: Declared, fields: list[Field], preset: set[str], notes: list[str] = ()) -> None:
    """Copy header values into `declared`, leaving fields the reader set untouched; `notes` are the
    texts of the summary and notes, where a rating or a pairing may be given without a label."""
    fill = _Filler(declared, preset)
    # A labelled title wins over a title-like line.
    fields = sorted(fields, key=lambda f: f.name == "title" and f.label == "line")
    for f in fields:
        value = f.value
        name = f.name
        if name == "title":
            fill.set_scalar("title", value.strip("\"'“”"))
        elif name == "authors":
            fill.add_list("authors", _split(value, _AUTHOR_SPLIT_RE))
        elif name == "rating":
            _fill_rating(fill, value)
        elif name == "rating_warnings":  # "Rating/Warnings: R for violence"
            _fill_rating(fill, value)
            fill.raw("warnings", value)
            fill.add_list("warnings", [value])
        elif name == "relationships":
            _fill_pairing(fill, value)
        elif name == "pairing_among":  # "Genre/Pairing: Romance, Mina/Rob"
            pairs = _pair_tokens(value)
            if pairs:
                _fill_pairing(fill, ", ".join(pairs))
        elif name == "characters":
            fill.add_list("characters", _split(value, _LIST_SPLIT_RE))
        elif name == "fandoms":
            fill.raw("fandoms", value)
            fill.add_list("fandoms", _split(value, _LIST_SPLIT_RE))
        elif name == "path":
            fandom = path_fandom(value)
            fill.add_list("fandoms", [fandom] if fandom else [])
        elif name == "warnings":
            fill.raw("warnings", value)
            fill.add_list("warnings", [value] if value else [])
        elif name in ("genre", "tags"):
            slash_separated = name == "genre" and not re.search(r"[,;|]", value)
            fill.add_list("additional_tags", _split(value, _GENRE_SPLIT_RE if slash_separated else _LIST_SPLIT_RE))
        elif name == "categories":
            fill.raw("categories", value)
            fill.add_list("categories", _split(value, _LIST_SPLIT_RE))
        elif name == "words":
            fill.set_scalar("words", parse_words(value))
        elif name == "summary":
            fill.set_scalar("summary", value)
        elif name == "language":
            fill.set_scalar("language", value)
        elif name == "series":
            fill.add_list("series", [value] if value else [])
        elif name == "chapters":
            fill.set_scalar("chapters", value)
        elif name == "stats":
            fill.stats(value)
        elif name in ("published", "updated"):
            fill.set_scalar(name, value)
        elif name == "status":
            low = value.lower()
            fill.set_scalar("complete", True if low.startswith(("complete", "finished")) else
                            False if low.startswith(("wip", "in progress", "incomplete", "ongoing", "work in progress"))
                            else None)
        elif name in ("disclaimer", "author_note", "credit", "extra") and value:
            declared.extra.setdefault(f.label if name == "extra" else name, value)
    subjects = [f.value for f in fields if f.name == "title" and f.label == "line"]
    subjects += [rest for f in fields if f.name == "rating" and (rest := _after_bracketed_label(f.value))]
    in_lists = [f.value for f in fields if f.name in ("characters", "tags")]
    _fill_unlabelled(fill, subjects, notes + in_lists)


def _after_bracketed_label(value: str) -> str:
    """What follows a bracketed label's value ("[Rated K+] [Harry/Ginny]" gives "[Harry/Ginny]")."""
    return value.split("]", 1)[1] if value.count("]") > value.count("[") else ""


def _fill_unlabelled(fill: _Filler, subjects: list[str], notes: list[str]) -> None:
    """A rating or a pairing given without a label: as one part of a post's subject line ('[fic]
    Title | PG-13 | Dean/Cas', 'Title -- SN fic -- R -- wincest'), or in a summary or note ('This
    story is rated M', 'HP/DM slash')."""
    for line in subjects:
        parts = subject_parts(line)
        if not any(_SUBJECT_RATING_RE.fullmatch(p) for p in parts):
            commas = [p.strip(" []()") for p in line.split(",")]
            if any(_SUBJECT_PAIR_RE.fullmatch(p) for p in commas):  # "[fic] Title, Mina/Rob, PG-13"
                parts += commas
        rating = next((p for p in parts if _SUBJECT_RATING_RE.fullmatch(p)), None)
        if rating and "rating" not in fill.declared.raw:
            fill.raw("rating", rating)
            fill.set_scalar("rating", rating)
        if rating or len(parts) > 2:
            for part in parts:
                if _SUBJECT_PAIR_RE.fullmatch(part) and part.lower() not in NOT_PAIRINGS \
                        and "relationships" not in fill.declared.raw:
                    _fill_pairing(fill, part)
    for note in notes:
        if "warnings" not in fill.declared.raw and _WARNS_IN_PROSE_RE.search(note) and len(note) <= 600:
            fill.raw("warnings", " ".join(note.split()))
        if "rating" not in fill.declared.raw:
            rated = _RATED_IN_TEXT_RE.search(note)
            if rated:
                fill.raw("rating", rated.group(1))
                fill.set_scalar("rating", rated.group(1))
        if "relationships" not in fill.declared.raw:
            pairs = _pair_tokens(note)
            if pairs:
                _fill_pairing(fill, ", ".join(pairs))


def _pair_tokens(text: str) -> list[str]:
    """The pairings written as names around a slash or an x in free text, each once."""
    pairs = [pair for m in _PAIR_TOKEN_RE.finditer(text)
             if (pair := _SENTENCE_END_RE.split(m.group(), 1)[0]).lower() not in NOT_PAIRINGS]
    return list(dict.fromkeys(pairs))


def subject_parts(line: str) -> list[str]:
    """A post's subject line in its parts: 'Title | PG-13 | Dean/Cas', 'Title (Dean/Cas, R)'."""
    parts = [p.strip(" []()") for p in _SUBJECT_PART_SPLIT_RE.split(line)]
    parts += [p.strip() for group in _SUBJECT_GROUP_RE.findall(line) for p in group.split(",")]
    return parts + [marker.upper() for marker in _MATURE_MARKER_RE.findall(line)]


def subject_declares_rating(line: str) -> bool:
    """A subject line with a rating as one of its parts: a header, not a line of the story."""
    parts = subject_parts(line)
    return len(parts) > 2 and any(_SUBJECT_RATING_RE.fullmatch(p) or _RATED_IN_TEXT_RE.fullmatch(p) for p in parts)


def _fill_pairing(fill: _Filler, value: str) -> None:
    fill.raw("relationships", value)
    relationships, characters = pairing_relationships(value)
    fill.add_list("relationships", relationships)
    fill.add_list("characters", characters)


def _fill_rating(fill: _Filler, value: str) -> None:
    """A rating value; fanfiction.net's story line also gives language, genres, characters and stats."""
    if _after_bracketed_label(value):
        value = value.split("]", 1)[0]
    parts = _FFNET_PART_SPLIT_RE.split(value)
    if len(parts) < 3 or not any(_FFNET_LABEL_RE.match(p) for p in parts[1:]):
        fill.raw("rating", value)
        fill.set_scalar("rating", value)
        return
    fill.raw("rating", parts[0])
    fill.set_scalar("rating", parts[0])
    unlabelled = 0
    for part in parts[1:]:
        labelled = _FFNET_LABEL_RE.match(part)
        if labelled:
            fill.stats(f"{labelled.group(1)}: {labelled.group(2)}")
            continue
        unlabelled += 1
        if unlabelled == 1:
            fill.set_scalar("language", part)
        elif unlabelled == 2 and "," not in part and "[" not in part:
            fill.add_list("additional_tags", _split(part, _GENRE_SPLIT_RE))
        else:
            for pair in _BRACKETED_PAIR_RE.findall(part):
                fill.raw("relationships", f"[{pair}]")
                fill.add_list("relationships", ["/".join(_split(pair, _LIST_SPLIT_RE))])
            fill.add_list("characters", _split(_BRACKETED_PAIR_RE.sub(",", part), _LIST_SPLIT_RE))


def normalise_declared(declared: Declared) -> None:
    """Ratings, warnings and categories in AO3's vocabulary, whoever declared them; the values as
    written stay in `declared.raw`."""
    if declared.rating and declared.rating not in (*AO3_RATINGS, NOT_RATED):
        declared.raw.setdefault("rating", declared.rating)
        declared.rating = normalise_rating(declared.rating)
    if any(w not in ARCHIVE_WARNINGS for w in declared.warnings):
        declared.raw.setdefault("warnings", ", ".join(declared.warnings))
        declared.warnings = normalise_warnings(declared.warnings)
    if any(c not in AO3_CATEGORIES for c in declared.categories):
        declared.raw.setdefault("categories", ", ".join(declared.categories))
        categories, fandoms, genres = normalise_categories(declared.categories)
        declared.categories = categories
        declared.fandoms.extend(f for f in fandoms if f not in declared.fandoms)
        declared.additional_tags.extend(g for g in genres if g not in declared.additional_tags)


def preset_fields(declared: Declared) -> set[str]:
    """Declared fields the reader already filled."""
    empty = Declared()
    return {name for name in vars(declared) if getattr(declared, name) != getattr(empty, name)}
