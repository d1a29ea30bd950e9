"""Reading a calibre library: its `metadata.db` (read-only, never written) and each book's EPUB.

calibre's own fields (title, authors, comments, series, publisher, identifiers, tags) and the
custom columns FanFicFare fills (users name them; the usual names are below) become the work's
declared labels, on top of what the EPUB itself declares. Each work keeps calibre's book id in
`source.external_id` (`calibre:LIBRARY_UUID:BOOK_ID`), so adding the library again updates a
book instead of storing it twice.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass, field
from urllib.parse import quote

from ..errors import FiclensError, ReadError
from ..model import Declared, Series, Work
from ..readers import read_path
from ..readers.epub import description_text, merge_subjects

METADATA_DB = "metadata.db"
LOCK_TIMEOUT_SECONDS = 5.0
# The formats read, best first: EPUB keeps FanFicFare's title page and the chapters.
READABLE_FORMATS = ("EPUB", "TXT", "HTML", "HTM")
AO3_RATINGS = ("General Audiences", "Teen And Up Audiences", "Mature", "Explicit", "Not Rated")
AO3_CATEGORIES = ("F/F", "F/M", "Gen", "M/M", "Multi", "Other")
STATUS_COMPLETE = {"completed", "complete"}
STATUS_IN_PROGRESS = {"in-progress", "in progress", "incomplete", "wip"}

# Custom column lookup names (lower case, '#' and anything but letters and digits dropped) as
# FanFicFare users name them (its Custom Columns tab and `custom_columns_settings` map its metadata
# entries, e.g. `ships=>#relationships`, to columns the user created), and the declared field each fills.
COLUMN_FIELDS = {
    "fandom": "fandoms", "fandoms": "fandoms",
    "ship": "relationships", "ships": "relationships", "relationship": "relationships",
    "relationships": "relationships", "pairing": "relationships", "pairings": "relationships",
    "character": "characters", "characters": "characters",
    "rating": "rating", "maturityrating": "rating", "contentrating": "rating", "ao3rating": "rating",
    "warning": "warnings", "warnings": "warnings", "archivewarning": "warnings", "archivewarnings": "warnings",
    "ao3category": "categories", "ao3categories": "categories",
    "additionaltags": "additional_tags", "freeform": "additional_tags", "freeforms": "additional_tags",
    "freeformtags": "additional_tags", "freefromtags": "additional_tags", "genre": "additional_tags",
    "status": "complete",
    "words": "words", "wordcount": "words", "numwords": "words",
    "chapters": "chapters", "numchapters": "chapters", "currentchapters": "chapters",
    "chapterslashtotal": "chapters",
    "published": "published", "datepublished": "published", "dateposted": "published",
    "updated": "updated", "dateupdated": "updated", "lastupdated": "updated",
    "language": "language",
}
# FanFicFare's own metadata entry names, as kept in its "saved metadata" column.
SAVED_ENTRY_FIELDS = {
    "fandoms": "fandoms", "ships": "relationships", "characters": "characters", "rating": "rating",
    "warnings": "warnings", "ao3categories": "categories", "freeformtags": "additional_tags",
    "freefromtags": "additional_tags", "status": "complete", "numWords": "words", "numChapters": "chapters",
    "chapterslashtotal": "chapters", "datePublished": "published", "dateUpdated": "updated",
    "language": "language", "storyUrl": "url",
}
_LIST_FIELDS = {"fandoms", "relationships", "characters", "warnings", "categories", "additional_tags"}
# Columns ficlens writes (`ficlens calibre-tags`): its detected labels, never read back as declared ones.
OWN_COLUMN_PREFIX = "ficlens"
_SAVED_METADATA_MARK = re.compile(r"""class=["']metadata\b""")


class CalibreError(FiclensError):
    """The calibre library cannot be read (missing, locked, not a calibre database)."""

    type = "calibre_error"


@dataclass
class CalibreBook:
    """One book of the library as metadata.db describes it; `columns` holds custom column values."""

    id: int
    library_uuid: str
    title: str
    folder: str
    files: dict[str, str] = field(default_factory=dict)
    authors: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    comments: str | None = None
    series: str | None = None
    series_index: float = 1.0
    publisher: str | None = None
    pubdate: str | None = None
    languages: list[str] = field(default_factory=list)
    identifiers: dict[str, str] = field(default_factory=dict)
    columns: list[tuple[str, str, object]] = field(default_factory=list)  # (label, display name, value)

    @property
    def external_id(self) -> str:
        return external_id(self.library_uuid, self.id)

    def describe(self) -> str:
        return f"calibre book {self.id} ({self.title})"


def external_prefix(library_uuid: str) -> str:
    """What the external ids of one library's books start with."""
    return f"calibre:{library_uuid}:"


def external_id(library_uuid: str, book_id: int) -> str:
    return f"{external_prefix(library_uuid)}{book_id}"


def is_calibre_library(path: str | os.PathLike) -> bool:
    return os.path.isdir(path) and os.path.isfile(os.path.join(path, METADATA_DB))


def connect(library_dir: str | os.PathLike) -> sqlite3.Connection:
    """A read-only connection to the library's metadata.db (calibre alone writes it), inside one read
    transaction so that every query sees the same state of the library."""
    library_dir = os.fspath(library_dir)
    if not os.path.isdir(library_dir):
        raise CalibreError(library_dir, "no such calibre library folder")
    db_path = os.path.join(os.path.abspath(library_dir), METADATA_DB)
    if not os.path.isfile(db_path):
        raise CalibreError(library_dir, f"not a calibre library (no {METADATA_DB})")
    try:
        c = sqlite3.connect(f"file:{quote(db_path)}?mode=ro", uri=True, timeout=LOCK_TIMEOUT_SECONDS,
                            isolation_level=None)
        c.execute("BEGIN")
        c.execute("SELECT uuid FROM library_id").fetchone()
    except sqlite3.Error as exc:
        raise database_error(library_dir, exc) from None
    return c


def database_error(library_dir: str, exc: sqlite3.Error) -> CalibreError:
    """The one-line reason a metadata.db query failed."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return CalibreError(library_dir, f"{METADATA_DB} is locked (is calibre writing to it?); try again when it is done")
    if "no such table" in text or "no such column" in text:
        return CalibreError(library_dir, f"{METADATA_DB} is not a calibre database ({text})")
    return CalibreError(library_dir, f"{METADATA_DB} is unreadable or corrupt ({text})")


def read_library(library_dir: str | os.PathLike) -> list[CalibreBook]:
    """Every book of the library, in id order, with its metadata and its files' paths."""
    library_dir = os.fspath(library_dir)
    c = connect(library_dir)
    try:
        return _books(c, library_dir)
    except sqlite3.Error as exc:
        raise database_error(library_dir, exc) from None
    finally:
        c.close()


def _books(c: sqlite3.Connection, library_dir: str) -> list[CalibreBook]:
    library_uuid = c.execute("SELECT uuid FROM library_id").fetchone()[0]
    books: dict[int, CalibreBook] = {}
    for book_id, title, folder, series_index, pubdate in c.execute(
        "SELECT id, title, path, series_index, pubdate FROM books ORDER BY id"
    ):
        books[book_id] = CalibreBook(book_id, library_uuid, title or "", folder or "", series_index=series_index or 1.0,
                                     pubdate=_date(pubdate))

    def each(sql: str):
        for row in c.execute(sql):
            book = books.get(row[0])
            if book is not None:
                yield book, row[1:]

    for book, (fmt, name) in each("SELECT book, format, name FROM data ORDER BY id"):
        book.files[fmt.upper()] = os.path.join(library_dir, book.folder, f"{name}.{fmt.lower()}")
    for book, (name,) in each("SELECT l.book, a.name FROM books_authors_link l JOIN authors a ON a.id = l.author ORDER BY l.id"):
        book.authors.append(name.replace("|", ","))  # calibre stores commas in names as '|'
    for book, (name,) in each("SELECT l.book, t.name FROM books_tags_link l JOIN tags t ON t.id = l.tag ORDER BY l.id"):
        book.tags.append(name)
    for book, (text,) in each("SELECT book, text FROM comments"):
        book.comments = text
    for book, (name,) in each("SELECT l.book, s.name FROM books_series_link l JOIN series s ON s.id = l.series"):
        book.series = name
    for book, (name,) in each(
        "SELECT l.book, p.name FROM books_publishers_link l JOIN publishers p ON p.id = l.publisher"
    ):
        book.publisher = name
    for book, (code,) in each(
        "SELECT l.book, g.lang_code FROM books_languages_link l JOIN languages g ON g.id = l.lang_code ORDER BY l.item_order"
    ):
        book.languages.append(code)
    for book, (type_, value) in each("SELECT book, type, val FROM identifiers"):
        book.identifiers[type_] = value
    for column_id, label, name, datatype, is_multiple, normalized in c.execute(
        "SELECT id, label, name, datatype, is_multiple, normalized FROM custom_columns "
        "WHERE mark_for_delete = 0 ORDER BY id"
    ):
        for book_id, value in _column_values(c, column_id, datatype, bool(is_multiple), bool(normalized)):
            if book_id in books and value not in (None, "", []):
                books[book_id].columns.append((label, name, value))
    return list(books.values())


def _column_values(c: sqlite3.Connection, column_id: int, datatype: str, is_multiple: bool, normalized: bool):
    """(book id, value) of one custom column; a list for tag-like columns. Composite columns hold no data."""
    if datatype == "composite" or not isinstance(column_id, int):
        return []
    table = f"custom_column_{column_id}"
    if not normalized:
        return c.execute(f"SELECT book, value FROM {table}").fetchall()
    rows = c.execute(
        f"SELECT l.book, v.value FROM books_{table}_link l JOIN {table} v ON v.id = l.value ORDER BY l.id"
    ).fetchall()
    if not is_multiple:
        return rows
    grouped: dict[int, list] = {}
    for book_id, value in rows:
        grouped.setdefault(book_id, []).append(value)
    return list(grouped.items())


def _date(value: str | None) -> str | None:
    """calibre's timestamp as an ISO date; None for its 'unknown' date (year 101)."""
    if not value or not value[:4].isdigit() or int(value[:4]) < 1000:
        return None
    return value[:10]


def book_file(book: CalibreBook, library_dir: str) -> str:
    """The file to read: the best readable format that exists inside the library folder."""
    for fmt in READABLE_FORMATS:
        path = book.files.get(fmt)
        if path is None:
            continue
        inside = os.path.realpath(path).startswith(os.path.realpath(library_dir) + os.sep)
        if not inside:
            raise ReadError(path, f"{book.describe()}: its file lies outside the library folder", "unsafe_path")
        if not os.path.isfile(path):
            raise ReadError(path, f"{book.describe()}: its {fmt} file is missing from the library folder", "not_found")
        return path
    have = ", ".join(sorted(book.files)) or "none"
    raise ReadError(library_dir, f"{book.describe()}: no EPUB, TXT or HTML file (formats: {have})", "no_readable_format")


def read_book(book: CalibreBook, library_dir: str) -> Work:
    """The book's file read into a Work, with calibre's metadata as its declared labels."""
    work = read_path(book_file(book, library_dir))
    work.source.external_id = book.external_id
    apply_metadata(work.declared, book)
    return work


def apply_metadata(declared: Declared, book: CalibreBook) -> None:
    """calibre's metadata over the file's own: saved FanFicFare metadata, then custom columns (which the
    user may have corrected), then calibre's standard fields; its tags only add what no field holds."""
    saved = [value for _, _, value in book.columns if _is_saved_metadata(value)]
    for value in saved:
        for key, entry in saved_metadata(value).items():
            if key in SAVED_ENTRY_FIELDS:
                set_field(declared, SAVED_ENTRY_FIELDS[key], entry)
    for label, name, value in book.columns:
        if _is_saved_metadata(value) or label.startswith(OWN_COLUMN_PREFIX):
            continue
        key = re.sub(r"[^a-z0-9]", "", label.lower())
        target = COLUMN_FIELDS.get(key)
        if key in ("category", "categories"):  # AO3's categories, or the fandom (FanFicFare's 'category' entry)
            values = value if isinstance(value, list) else str(value).split(",")
            target = "categories" if all(str(v).strip() in AO3_CATEGORIES for v in values) else "fandoms"
        if target:
            set_field(declared, target, value)
        else:
            declared.extra[name] = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    if book.title:
        declared.title = book.title
    if book.authors:
        declared.authors = list(book.authors)
    if book.comments and book.comments.strip():
        declared.summary = description_text(book.comments)
    if book.series:
        position = int(book.series_index) if book.series_index == int(book.series_index) else None
        declared.series = [Series(book.series, position=position)]
    if book.publisher:
        declared.extra["Publisher"] = book.publisher
    url = book.identifiers.get("url")
    if url:
        declared.url = url if "://" in url else f"https://{url}"
    if declared.published is None and book.pubdate:
        declared.published = book.pubdate
    if declared.language is None and book.languages:
        declared.language = book.languages[0]
    merge_tags(declared, book.tags)


def _is_saved_metadata(value: object) -> bool:
    return isinstance(value, str) and _SAVED_METADATA_MARK.search(value) is not None


def merge_tags(declared: Declared, tags: list[str]) -> None:
    """calibre's tags (FanFicFare copies fandoms, genres, status and 'Rated: X' into them)."""
    rest = []
    for tag in tags:
        lowered = tag.lower()
        if lowered.startswith("rated:"):
            declared.rating = declared.rating or tag.split(":", 1)[1].strip() or None
        elif tag in AO3_RATINGS:
            declared.rating = declared.rating or tag
        elif lowered in STATUS_COMPLETE or lowered in STATUS_IN_PROGRESS:
            if declared.complete is None:
                declared.complete = lowered in STATUS_COMPLETE
        else:
            rest.append(tag)
    merge_subjects(declared, rest)


def set_field(declared: Declared, target: str, value: object) -> None:
    """One declared field from a column or saved entry; lists replace, a comma list splits."""
    if target in _LIST_FIELDS:
        values = value if isinstance(value, list) else [v for v in str(value).split(",")]
        setattr(declared, target, _unique(str(v).strip() for v in values if str(v).strip()))
        return
    text = ", ".join(map(str, value)) if isinstance(value, list) else str(value).strip()
    if target == "complete":
        lowered = text.lower()
        if lowered in STATUS_COMPLETE or lowered in STATUS_IN_PROGRESS:
            declared.complete = lowered in STATUS_COMPLETE
    elif target == "words":
        digits = text.replace(",", "").split(".")[0]
        if digits.isdecimal():
            declared.words = int(digits)
    elif target in ("published", "updated"):
        date = _date(text)
        if date:
            setattr(declared, target, date)
    elif text:
        setattr(declared, target, text)


def _unique(values) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for v in values:
        if v.lower() not in seen:
            seen.add(v.lower())
            out.append(v)
    return out


def saved_metadata(html: str) -> dict[str, object]:
    """FanFicFare's saved-metadata column: `<div class='metadata [list|int|datetime]' id='ENTRY'>` per entry,
    lists as `<li>` items. Returns entry name to a string or a list of strings."""
    from selectolax.lexbor import LexborHTMLParser

    entries: dict[str, object] = {}
    tree = LexborHTMLParser(html)
    for node in tree.css("div.metadata"):
        key = node.attributes.get("id")
        if not key:
            continue
        classes = (node.attributes.get("class") or "").split()
        if "list" in classes:
            entries[key] = [li.text(strip=True) for li in node.css("li") if li.text(strip=True)]
        else:
            entries[key] = node.text(strip=True)
    return entries

