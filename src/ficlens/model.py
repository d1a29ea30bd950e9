"""The work model: one typed document that every reader fills and every stage enriches.

A `Work` is the only thing that passes between readers and stages. Its JSON form is
schema ``ficlens.work/1`` (see docs/schema.md); `Work.to_dict` and `Work.from_dict`
are exact inverses so a stored work can be re-read without re-analysis.

All offsets (`start`, `end`) are character offsets into `Work.text`, end exclusive.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

SCHEMA_ID = "ficlens.work/1"
# Items of a layer encoded at a time by `Work.json_chunks`.
JSON_CHUNK_ITEMS = 2000


def doc(text: str, **kw: Any) -> Any:
    """A dataclass field carrying its documentation (used for the published schema)."""
    return field(metadata={"doc": text}, **kw)


@dataclass(slots=True)
class Span:
    """A stretch of the work's text."""

    start: int = doc("Offset of the first character.")
    end: int = doc("Offset one past the last character.")


@dataclass(slots=True)
class Evidence:
    """A span of story text and why it supports a label."""

    start: int = doc("Offset of the first character.")
    end: int = doc("Offset one past the last character.")
    reason: str = doc("What in this span supports the label.")
    text: str = doc("The span's text, shortened to at most 300 characters.", default="")


@dataclass
class Source:
    """Where the work came from and how it was read."""

    path: str | None = doc("File path as given, or null for text passed directly.", default=None)
    format: str = doc(
        "Reader that produced the text: text, ao3-html, ao3-page, html, ao3-epub, fanficfare-epub, epub.",
        default="text",
    )
    encoding: str | None = doc("Detected character encoding for text files.", default=None)
    sha256: str = doc("SHA-256 of the file's bytes (or of the UTF-8 text).", default="")
    size: int = doc("Size in bytes.", default=0)
    external_id: str | None = doc(
        "The work's id in the collection it was read from: 'calibre:LIBRARY_UUID:BOOK_ID' for a book of a "
        "calibre library; null for a file read on its own.",
        default=None,
    )


@dataclass
class Series:
    """A series the work belongs to, and where."""

    name: str = doc("The series' name.")
    id: str | None = doc("The series' id on its site (AO3: the number in /series/ID).", default=None)
    position: int | None = doc("The work's part number in the series.", default=None)

    def label(self) -> str:
        """'Part 2 of Name', as AO3 shows it."""
        return f"Part {self.position} of {self.name}" if self.position is not None else self.name


@dataclass
class Declared:
    """What the author or the site states about the work (headers, AO3 preface, EPUB metadata)."""

    title: str | None = doc("Title.", default=None)
    authors: list[str] = doc("Author names or pseuds.", default_factory=list)
    summary: str | None = doc("Summary text.", default=None)
    rating: str | None = doc(
        "Rating in AO3's vocabulary (General Audiences, Teen And Up Audiences, Mature, Explicit, Not Rated); "
        "the rating as written ('PG this part', 'M') is in raw.", default=None)
    warnings: list[str] = doc(
        "AO3 archive warnings the work declares; free-text warnings as written are in raw.", default_factory=list)
    categories: list[str] = doc("AO3 categories (F/M, M/M, F/F, Gen, Multi, Other).", default_factory=list)
    fandoms: list[str] = doc("Fandoms.", default_factory=list)
    relationships: list[str] = doc(
        "Relationships ('A/B' romantic, 'A & B' platonic); pairings as written ('W/S', 'Dean x Reader') are in raw.",
        default_factory=list)
    characters: list[str] = doc("Characters.", default_factory=list)
    additional_tags: list[str] = doc("Freeform / additional tags.", default_factory=list)
    language: str | None = doc("Language.", default=None)
    series: list[Series] = doc("Series the work belongs to, with its part number.", default_factory=list)
    words: int | None = doc("Word count as declared.", default=None)
    chapters: str | None = doc("Chapter count as declared, e.g. '3/5' or '3/?'.", default=None)
    complete: bool | None = doc("Whether the work is declared complete.", default=None)
    published: str | None = doc("Publication date (ISO 8601 where known).", default=None)
    updated: str | None = doc("Last update date (ISO 8601 where known).", default=None)
    url: str | None = doc("Original location of the work.", default=None)
    kudos: int | None = doc("Kudos (or likes, votes) as the site counts them.", default=None)
    hits: int | None = doc("Hits (or reads) as the site counts them.", default=None)
    bookmarks: int | None = doc("Bookmarks as the site counts them.", default=None)
    comments: int | None = doc("Comments (or reviews) as the site counts them.", default=None)
    extra: dict[str, str] = doc("Other declared fields, label to value.", default_factory=dict)
    raw: dict[str, str] = doc(
        "Declared fields as written, before normalisation, by field name (e.g. rating 'PG this part', "
        "relationships 'W/S', warnings 'non-con').",
        default_factory=dict,
    )


@dataclass(slots=True)
class Paratext:
    """A span of text that is not the story: headers, notes, credits, boilerplate."""

    start: int = doc("Offset of the first character.")
    end: int = doc("Offset one past the last character.")
    kind: str = doc(
        "title, header, summary, author_note (at a chapter's start), end_note (at its end), disclaimer, credit, "
        "chapter_heading, epigraph, end_mark, review_request, navigation, boilerplate (site text and chrome)."
    )


@dataclass(slots=True)
class Quotation:
    """A stretch of quoted words in story text, quotation marks excluded (one part of a quote)."""

    start: int = doc("Offset of the first character.")
    end: int = doc("Offset one past the last character.")
    continues: bool = doc(
        "True when it goes on with a quotation left open at the end of the paragraph before.", default=False
    )


@dataclass
class Chapter:
    """A chapter: from a heading, an AO3 chapter block or an EPUB spine item."""

    index: int = doc("0-based position.")
    start: int = doc("Offset of the first character (heading included).")
    end: int = doc("Offset one past the last character.")
    title: str | None = doc("Chapter title or heading text.", default=None)
    number: int | None = doc("Chapter number when the heading gives one.", default=None)
    published: str | None = doc("When the chapter was posted, where the source says (ISO 8601).", default=None)


@dataclass
class Scene:
    """A scene: a stretch of story between scene breaks or chapter boundaries."""

    index: int = doc("0-based position in the work.")
    start: int = doc("Offset of the first character.")
    end: int = doc("Offset one past the last character.")
    chapter: int = doc("Index of the chapter that holds it.", default=0)
    person: str | None = doc("Narrative person: first, second or third.", default=None)
    focal_character: str | None = doc("Character id of the point-of-view character.", default=None)


# Mention kinds that are a phrase naming or describing a person, unlike pronouns and the
# narrator's or reader's marks ("I", "you").
PERSON_PHRASE_KINDS = frozenset({"name", "nickname", "title", "epithet", "vocative"})


@dataclass(slots=True)
class Mention:
    """A reference to a character in the text."""

    start: int = doc("Offset of the first character.")
    end: int = doc("Offset one past the last character.")
    kind: str = doc("name, nickname, title, epithet, vocative, pronoun, narrator, reader.")
    character: str | None = doc("Character id it refers to, when resolved.", default=None)


@dataclass
class Character:
    """A person in the story: one cluster of aliases."""

    id: str = doc("Stable id within the work, e.g. 'c0'.")
    name: str = doc("Display name: the fullest proper name.")
    aliases: list[str] = doc("Every surface form that refers to the character.", default_factory=list)
    gender: str | None = doc("female, male, nonbinary, or null when unknown.", default=None)
    mentions: int = doc("Number of mentions, pronouns included.", default=0)
    prominence: float = doc("Share of all character mentions, 0..1.", default=0.0)
    quotes: int = doc("Number of quotes attributed to the character.", default=0)
    narrator: bool = doc("True for a first-person narrator.", default=False)
    reader: bool = doc("True for the second-person 'Reader' of a reader-insert.", default=False)
    canonical: str | None = doc("AO3 canonical character tag, when a fandom pack knows it.", default=None)


@dataclass(slots=True)
class Quote:
    """One utterance: a quotation, possibly interrupted by a speech tag."""

    id: str = doc("Stable id within the work, e.g. 'q0'.")
    start: int = doc("Offset of the first character (first part).")
    end: int = doc("Offset one past the last character (last part).")
    text: str = doc("The quoted words, parts joined by a space.")
    parts: list[Span] = doc("The spans of the quoted words, without quotation marks.", default_factory=list)
    speaker: str | None = doc("Character id of the speaker.", default=None)
    addressees: list[str] = doc("Character ids of the people spoken to.", default_factory=list)
    confidence: float = doc("Confidence in the speaker, 0..1.", default=0.0)
    rule: str | None = doc("The rule or feature that decided the speaker.", default=None)


@dataclass
class Relationship:
    """Two or more characters and the bond between them."""

    characters: list[str] = doc("Character ids, in AO3 order.")
    name: str = doc("AO3-style name: 'A/B' romantic or sexual, 'A & B' platonic.")
    kind: str = doc("romantic or platonic.")
    score: float = doc("Strength of the evidence, 0..1.", default=0.0)
    evidence: list[Evidence] = doc("Spans that show the relationship.", default_factory=list)


@dataclass
class Tag:
    """A label the pipeline suggests, with its evidence."""

    name: str = doc("Tag name in AO3's vocabulary.")
    type: str = doc("rating, warning, category, fandom, relationship, character, freeform or language.")
    confidence: float = doc("Confidence, 0..1.", default=0.0)
    evidence: list[Evidence] = doc("Spans of story text that justify the tag.", default_factory=list)


@dataclass
class Check:
    """A disagreement between what is declared and what the text shows."""

    field: str = doc(
        "rating, warnings, additional_tags, category, fandoms, relationships, characters, or language "
        "(a stage that did not run because the work's language is one it does not support)."
    )
    declared: str | None = doc("The declared value.", default=None)
    detected: str | None = doc("The detected value.", default=None)
    message: str = doc("A sentence a person can act on.", default="")
    evidence: list[Evidence] = doc("Spans that support the detected value.", default_factory=list)


@dataclass
class Detected:
    """What the pipeline finds in the text, in AO3's vocabulary."""

    rating: Tag | None = doc("Suggested rating.", default=None)
    warnings: list[Tag] = doc("Suggested archive warnings.", default_factory=list)
    category: list[Tag] = doc("Suggested categories.", default_factory=list)
    fandoms: list[Tag] = doc("Detected fandoms, most likely first.", default_factory=list)
    characters: list[Tag] = doc("Character tags, most prominent first.", default_factory=list)
    relationships: list[Tag] = doc("Relationship tags, strongest first.", default_factory=list)
    additional_tags: list[Tag] = doc("Suggested freeform tags.", default_factory=list)
    language: Tag | None = doc(
        "The AO3 language the story text is written in, when none is declared; absent when unsure.", default=None
    )


@dataclass
class Narration:
    """How the story is told."""

    person: str | None = doc("Dominant narrative person: first, second or third.", default=None)
    narrator: str | None = doc("Character id of the first-person narrator.", default=None)
    reader_insert: bool = doc("True when the story addresses the reader as a character.", default=False)


@dataclass
class Stats:
    """Counts over story text (paratext excluded)."""

    words: int = doc("Word count by AO3's rules.", default=0)
    chapters: int = doc("Number of chapters.", default=0)
    scenes: int = doc("Number of scenes.", default=0)
    paragraphs: int = doc("Number of story paragraphs.", default=0)
    sentences: int = doc("Number of sentences.", default=0)
    quotes: int = doc("Number of quotes.", default=0)
    dialogue_words: int = doc("Words inside quotes.", default=0)


@dataclass
class Work:
    """A work of fan fiction, as read and as analysed."""

    text: str = doc("The work's text; offsets index it. Serialised only on request.", default="")
    schema: str = doc("Schema identifier, always 'ficlens.work/1'.", default=SCHEMA_ID)
    source: Source = doc("Where the work came from.", default_factory=Source)
    declared: Declared = doc("What the author or site declares.", default_factory=Declared)
    paratext: list[Paratext] = doc("Spans that are not story text.", default_factory=list)
    chapters: list[Chapter] = doc("Chapters in order.", default_factory=list)
    scenes: list[Scene] = doc("Scenes in order.", default_factory=list)
    paragraphs: list[Span] = doc("Story paragraphs in order.", default_factory=list)
    sentences: list[Span] = doc("Sentences of story text in order.", default_factory=list)
    quotations: list[Quotation] = doc(
        "Quoted stretches of story text in order, found once by the structure stage; `quotes` group them "
        "into utterances with their speakers.",
        default_factory=list,
    )
    characters: list[Character] = doc("Characters, most prominent first.", default_factory=list)
    mentions: list[Mention] = doc("Character mentions in text order.", default_factory=list)
    narration: Narration = doc("Narrative person and narrator.", default_factory=Narration)
    quotes: list[Quote] = doc("Quotes in text order.", default_factory=list)
    relationships: list[Relationship] = doc("Relationships between characters.", default_factory=list)
    detected: Detected = doc("Suggested AO3 labels.", default_factory=Detected)
    checks: list[Check] = doc("Where declared labels disagree with the text.", default_factory=list)
    stats: Stats = doc("Counts over story text.", default_factory=Stats)
    warnings: list[str] = doc("Problems met while reading or analysing that did not stop it.", default_factory=list)
    pipeline: dict[str, str] = doc(
        "Version of ficlens and of each stage; a stage that did not run because it does not support the "
        "work's language adds '; not run: <language> (<languages> only)'.",
        default_factory=dict,
    )

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        """The JSON form; `text` is included only when asked for."""
        data = _to_jsonable(self)
        if not include_text:
            del data["text"]
        return data

    def json_chunks(self, include_text: bool = False, separators: tuple[str, str] = (", ", ": ")) -> Iterator[str]:
        """The JSON document in pieces, equal once joined to ``json.dumps(self.to_dict(include_text),
        ensure_ascii=False, separators=separators)``; a long layer (sentences, mentions, quotes)
        is encoded JSON_CHUNK_ITEMS items at a time, so no tree of dicts of the whole work is built."""
        item_sep, key_sep = separators

        def dumps(value: Any) -> str:
            return json.dumps(value, ensure_ascii=False, separators=separators)

        yield "{"
        for n, f in enumerate(f for f in dataclasses.fields(self) if include_text or f.name != "text"):
            value = getattr(self, f.name)
            yield (item_sep if n else "") + dumps(f.name) + key_sep
            if isinstance(value, list) and len(value) > JSON_CHUNK_ITEMS:
                yield "["
                for i in range(0, len(value), JSON_CHUNK_ITEMS):
                    items = dumps([_to_jsonable(x) for x in value[i : i + JSON_CHUNK_ITEMS]])
                    yield (item_sep if i else "") + items[1:-1]
                yield "]"
            else:
                yield dumps(_to_jsonable(value))
        yield "}"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Work:
        return _from_jsonable(cls, data)

    def source_file(self) -> str | None:
        """The name of the file the work was read from, without its folder."""
        if not self.source.path:
            return None
        return self.source.path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or None

    def display_title(self) -> str:
        """The title to show: the declared one, else the file's name without its extension
        (underscores as spaces), else 'Untitled'."""
        if self.declared.title:
            return self.declared.title
        name = self.source_file()
        if name:
            stem = name.rsplit(".", 1)[0] if "." in name[1:] else name
            stem = " ".join(stem.replace("_", " ").split())
            if stem:
                return stem
        return "Untitled"

    def story_spans(self) -> list[Span]:
        """Stretches of text that are story, i.e. the complement of paratext."""
        spans: list[Span] = []
        pos = 0
        for p in sorted(self.paratext, key=lambda p: p.start):
            if p.start > pos:
                spans.append(Span(pos, p.start))
            pos = max(pos, p.end)
        if pos < len(self.text):
            spans.append(Span(pos, len(self.text)))
        return spans

    def character(self, character_id: str | None) -> Character | None:
        for c in self.characters:
            if c.id == character_id:
                return c
        return None


def _to_jsonable(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj):
        return {f.name: _to_jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list):
        return [_to_jsonable(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _to_jsonable(v) for k, v in obj.items()}
    return obj


_HINTS: dict[type, dict[str, Any]] = {}


def field_types(cls: type) -> dict[str, Any]:
    """Resolved type hints of a model dataclass (cached)."""
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _from_jsonable(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    if dataclasses.is_dataclass(tp):
        hints = field_types(tp)
        kwargs = {}
        for f in dataclasses.fields(tp):
            if f.name in value:
                kwargs[f.name] = _from_jsonable(hints[f.name], value[f.name])
        return tp(**kwargs)
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return _from_jsonable(inner[0], value)
    if origin is list:
        return [_from_jsonable(args[0], v) for v in value]
    if origin is dict:
        return {k: _from_jsonable(args[1], v) for k, v in value.items()}
    return value
