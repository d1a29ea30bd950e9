"""Library storage: SQLite (default, FTS5) or PostgreSQL (tsvector + GIN), behind one API.

Each work is stored in ONE transaction: its full JSON document and text, a blurb for result
lists, denormalised tag rows (declared and detected) for filtering, and its full-text entry.
A crash between works therefore loses nothing already stored and leaves nothing half-written;
`source.sha256` is unique, so adding the same file twice stores it once.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from ..errors import FiclensError
from ..model import Work
from . import search as search_sql
from .rows import work_row, work_tags
from .search import SearchQuery, tag_key

SCHEMA_VERSION = "1"
PG_INDEXED_TEXT_CHARS = 400_000  # tsvector is capped at 1 MB; the rest of a very long text is not indexed


class LibraryError(FiclensError):
    """The library cannot be opened or used (not a database, server unreachable...)."""

    type = "library_error"


def default_db() -> str:
    """`FICLENS_DB`, else `library.sqlite` in the user's data directory."""
    env = os.environ.get("FICLENS_DB")
    if env:
        return env
    from platformdirs import user_data_dir

    return str(Path(user_data_dir("ficlens", appauthor=False)) / "library.sqlite")


def open_library(db: str | os.PathLike | None = None) -> "Library":
    """A PostgreSQL library for `postgresql://` URLs, else an SQLite file (created if missing)."""
    target = os.fspath(db) if db is not None else default_db()
    if target.startswith(("postgresql://", "postgres://")):
        return PostgresLibrary(target)
    return SQLiteLibrary(target)


@dataclass
class StoredWork:
    """One result: the id, when it was added, and its blurb."""

    id: int
    sha256: str
    added_at: str
    blurb: dict[str, Any]
    score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "sha256": self.sha256, "added_at": self.added_at, **self.blurb}


@dataclass
class SearchResult:
    total: int
    page: int
    per_page: int
    works: list[StoredWork]

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "page": self.page,
            "per_page": self.per_page,
            "works": [w.to_dict() for w in self.works],
        }


_WORK_COLUMNS = (
    "sha256", "title", "title_key", "authors", "author_key", "summary", "language", "language_key", "words",
    "complete", "crossover", "source_path", "external_id", "pipeline", "blurb", "doc", "text",
)


class Library:
    """Shared behaviour; subclasses supply connections, DDL and the full-text entry."""

    dialect: search_sql.Dialect
    location: str

    def __init__(self) -> None:
        self._local = threading.local()

    # -- connections -------------------------------------------------------------------------
    def _connect(self) -> Any:
        raise NotImplementedError

    def conn(self) -> Any:
        """One connection per thread (the web server answers requests from a thread pool)."""
        c = getattr(self._local, "conn", None)
        if c is None:
            c = self._connect()
            self._local.conn = c
        return c

    def close(self) -> None:
        c = getattr(self._local, "conn", None)
        if c is not None:
            c.close()
            self._local.conn = None

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _q(self, sql: str) -> str:
        return self.dialect.finish(sql)

    def _fetchall(self, sql: str, params: list | tuple = ()) -> list[tuple]:
        cur = self.conn().execute(sql, params)
        return cur.fetchall()

    def _transaction(self) -> Any:
        raise NotImplementedError

    # -- writing -------------------------------------------------------------------------------
    def has(self, sha256: str) -> int | None:
        """The id of the work stored with this content hash, if any."""
        rows = self._fetchall(self._q("SELECT id FROM works WHERE sha256 = ?"), [sha256])
        return rows[0][0] if rows else None

    def add(self, work: Work) -> tuple[int, bool]:
        """Store a work (one transaction); returns (id, True) or (existing id, False) for a duplicate."""
        if not work.source.sha256:
            raise LibraryError(work.source.path, "work has no source.sha256; analyse it with ficlens first")
        row = self._clean_row(work_row(work))
        tags = work_tags(work)
        try:
            with self._transaction() as c:
                existing = c.execute(self._q("SELECT id FROM works WHERE sha256 = ?"), [row["sha256"]]).fetchone()
                if existing:
                    return existing[0], False
                row["added_at"] = datetime.now(timezone.utc).isoformat(timespec="microseconds")
                work_id = self._insert_work(c, row)
                if work_id is None:  # another process stored the same content in the meantime
                    return self.has(row["sha256"]), False
                self._insert_index(c, work_id, row, tags)
        except self._db_errors() as exc:
            raise LibraryError(work.source.path, f"cannot store the work ({_first_line(exc)})") from None
        return work_id, True

    def _db_errors(self) -> tuple[type[BaseException], ...]:
        return (sqlite3.Error,)

    def by_external_id(self, external_id: str) -> tuple[int, str] | None:
        """(id, sha256) of the work stored under this id of its collection (a calibre book), if any."""
        rows = self._fetchall(self._q("SELECT id, sha256 FROM works WHERE external_id = ?"), [external_id])
        return (rows[0][0], rows[0][1]) if rows else None

    def external_blurbs(self, prefix: str) -> dict[str, dict[str, Any]]:
        """External id to blurb of every work whose external id starts with `prefix` (one calibre library's books)."""
        rows = self._fetchall(
            self._q("SELECT external_id, blurb FROM works WHERE substr(external_id, 1, ?) = ?"), [len(prefix), prefix]
        )
        return {r[0]: json.loads(r[1]) for r in rows}

    def replace(self, work_id: int, work: Work) -> None:
        """Replace a stored work (reindex, or a changed calibre book), keeping its id and date added; one transaction."""
        row = self._clean_row(work_row(work))
        tags = work_tags(work)
        cols = list(_WORK_COLUMNS)
        try:
            with self._transaction() as c:
                c.execute(
                    self._q(f"UPDATE works SET {', '.join(f'{k} = ?' for k in cols)} WHERE id = ?"),
                    [row[k] for k in cols] + [work_id],
                )
                c.execute(self._q("DELETE FROM tags WHERE work_id = ?"), [work_id])
                self._delete_fts(c, work_id)
                self._insert_index(c, work_id, row, tags)
        except self._db_errors() as exc:
            raise LibraryError(work.source.path, f"cannot store the work ({_first_line(exc)})") from None

    def _clean_row(self, row: dict[str, Any]) -> dict[str, Any]:
        return row

    def _insert_work(self, c: Any, row: dict[str, Any]) -> int | None:
        """The new row's id, or None when a work with the same sha256 is already there."""
        raise NotImplementedError

    def _insert_index(self, c: Any, work_id: int, row: dict[str, Any], tags: list[tuple[str, str, str]]) -> None:
        if tags:
            self._executemany(
                c,
                self._q("INSERT INTO tags (work_id, type, name, key, source) VALUES (?, ?, ?, ?, ?)"),
                [(work_id, t, n, tag_key(n), s) for t, n, s in tags],
            )
        self._insert_fts(c, work_id, row, " ; ".join(n for _, n, _ in tags))

    def _executemany(self, c: Any, sql: str, rows: list[tuple]) -> None:
        c.executemany(sql, rows)

    def _insert_fts(self, c: Any, work_id: int, row: dict[str, Any], tag_text: str) -> None:
        raise NotImplementedError

    def _delete_fts(self, c: Any, work_id: int) -> None:
        pass

    # -- reading -------------------------------------------------------------------------------
    def count(self) -> int:
        return self._fetchall("SELECT count(*) FROM works")[0][0]

    def get(self, work_id: int, include_text: bool = True) -> Work | None:
        """The stored work, exactly as analysed (no re-analysis)."""
        rows = self._fetchall(self._q("SELECT doc, text FROM works WHERE id = ?"), [work_id])
        if not rows:
            return None
        data = json.loads(rows[0][0])
        if include_text:
            data["text"] = rows[0][1]
        return Work.from_dict(data)

    def get_document(self, work_id: int, include_text: bool = False) -> dict[str, Any] | None:
        """The stored JSON document (schema ficlens.work/1) with the library's id and date added."""
        rows = self._fetchall(
            self._q("SELECT doc, text, added_at, id FROM works WHERE id = ?"), [work_id]
        )
        if not rows:
            return None
        doc = json.loads(rows[0][0])
        if include_text:
            doc["text"] = rows[0][1]
        return {"id": rows[0][3], "added_at": rows[0][2], "work": doc}

    def stored_work(self, work_id: int) -> StoredWork | None:
        rows = self._fetchall(self._q("SELECT id, sha256, added_at, blurb FROM works WHERE id = ?"), [work_id])
        return StoredWork(rows[0][0], rows[0][1], rows[0][2], json.loads(rows[0][3])) if rows else None

    def iter_rows(self, include_text: bool = False) -> Iterator[tuple[int, str, str, dict, dict]]:
        """(id, sha256, added_at, blurb, document) for every work, in id order, in batches."""
        last = 0
        while True:
            rows = self._fetchall(
                self._q(
                    "SELECT id, sha256, added_at, blurb, doc" + (", text" if include_text else "")
                    + " FROM works WHERE id > ? ORDER BY id LIMIT 200"
                ),
                [last],
            )
            if not rows:
                return
            for r in rows:
                doc = json.loads(r[4])
                if include_text:
                    doc["text"] = r[5]
                yield r[0], r[1], r[2], json.loads(r[3]), doc
            last = rows[-1][0]

    def pipelines(self) -> list[tuple[int, dict[str, str], str | None, str]]:
        """(id, pipeline versions, source path, sha256) of every stored work."""
        return [
            (r[0], json.loads(r[1]), r[2], r[3])
            for r in self._fetchall("SELECT id, pipeline, source_path, sha256 FROM works ORDER BY id")
        ]

    def search(self, query: SearchQuery) -> SearchResult:
        """One page of results (ranked by `query.sort`) and the total number of matching works."""
        columns = "w.id, w.sha256, w.added_at, w.blurb"
        if search_sql.query_terms(query.text):
            columns += ", m.score"
        sql, params = search_sql.results_sql(query, self.dialect, columns)
        rows = self._fetchall(sql, params)
        count_query, count_params = search_sql.count_sql(query, self.dialect)
        total = self._fetchall(count_query, count_params)[0][0]
        works = [StoredWork(r[0], r[1], r[2], json.loads(r[3]), r[4] if len(r) > 4 else None) for r in rows]
        return SearchResult(total=total, page=query.page, per_page=query.per_page, works=works)

    def facets(self, query: SearchQuery, limit: int = 10) -> dict[str, list[dict[str, Any]]]:
        """For each tag type, the most frequent tags among the matching works with their work counts."""
        sql, params = search_sql.facets_sql(query, self.dialect)
        out: dict[str, list[dict[str, Any]]] = {t: [] for t in search_sql.TAG_TYPES}
        for type_, _key, name, n in self._fetchall(sql, params):
            bucket = out.setdefault(type_, [])
            if len(bucket) < limit:
                bucket.append({"name": name, "count": n})
        return out


class SQLiteLibrary(Library):
    """A library in one SQLite file: WAL mode, so readers (the web server) never wait for `add`."""

    dialect = search_sql.SQLITE

    def __init__(self, path: str):
        super().__init__()
        self.location = path
        parent = Path(path).expanduser().resolve().parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(path, f"cannot create the library's folder ({exc.strerror or exc})") from None
        self._init_schema()

    def _connect(self) -> sqlite3.Connection:
        try:
            c = sqlite3.connect(self.location, isolation_level=None, timeout=30, check_same_thread=False)
            c.execute("PRAGMA busy_timeout = 30000")
            c.execute("PRAGMA foreign_keys = ON")
            c.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.OperationalError as exc:
            raise LibraryError(self.location, f"cannot open the library ({exc})") from None
        except sqlite3.DatabaseError as exc:
            raise LibraryError(self.location, f"not a ficlens library ({exc})") from None
        return c

    def _init_schema(self) -> None:
        c = self.conn()
        try:
            c.execute("PRAGMA journal_mode = WAL")
            c.executescript(
                "BEGIN IMMEDIATE;" + _SQLITE_DDL
                + f"INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', '{SCHEMA_VERSION}'); COMMIT;"
            )
            c.execute("BEGIN IMMEDIATE")
            if "external_id" not in {r[1] for r in c.execute("PRAGMA table_info(works)")}:
                c.execute("ALTER TABLE works ADD COLUMN external_id TEXT")  # a library made before calibre support
            c.execute("CREATE UNIQUE INDEX IF NOT EXISTS works_external ON works (external_id)")
            c.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            self.close()
            raise LibraryError(self.location, f"not a ficlens library ({exc})") from None

    class _Tx:
        def __init__(self, c: sqlite3.Connection):
            self.c = c

        def __enter__(self) -> sqlite3.Connection:
            self.c.execute("BEGIN IMMEDIATE")
            return self.c

        def __exit__(self, exc_type: Any, *rest: Any) -> None:
            if exc_type is None:
                self.c.execute("COMMIT")
            else:
                self.c.execute("ROLLBACK")

    def _transaction(self) -> "_Tx":
        return self._Tx(self.conn())

    def _insert_work(self, c: sqlite3.Connection, row: dict[str, Any]) -> int:
        cols = [*_WORK_COLUMNS, "added_at"]
        cur = c.execute(
            f"INSERT INTO works ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})", [row[k] for k in cols]
        )
        return int(cur.lastrowid)

    def _insert_fts(self, c: sqlite3.Connection, work_id: int, row: dict[str, Any], tag_text: str) -> None:
        c.execute(
            "INSERT INTO works_fts (rowid, title, summary, authors, tags, text) VALUES (?, ?, ?, ?, ?, ?)",
            [work_id, row["title"], row["summary"], row["authors"], tag_text, row["text"]],
        )

    def _delete_fts(self, c: sqlite3.Connection, work_id: int) -> None:
        c.execute("DELETE FROM works_fts WHERE rowid = ?", [work_id])

    def check(self) -> list[str]:
        """Integrity problems (empty when the library is sound): SQLite's own check and index agreement."""
        problems = [r[0] for r in self._fetchall("PRAGMA integrity_check") if r[0] != "ok"]
        works = self.count()
        fts = self._fetchall("SELECT count(*) FROM works_fts")[0][0]
        if fts != works:
            problems.append(f"{works} works but {fts} full-text entries")
        orphans = self._fetchall("SELECT count(*) FROM tags WHERE work_id NOT IN (SELECT id FROM works)")[0][0]
        if orphans:
            problems.append(f"{orphans} tag rows without a work")
        return problems


_SQLITE_DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS works (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    title_key TEXT NOT NULL,
    authors TEXT NOT NULL,
    author_key TEXT NOT NULL,
    summary TEXT NOT NULL,
    language TEXT NOT NULL,
    language_key TEXT NOT NULL,
    words INTEGER NOT NULL,
    complete INTEGER,
    crossover INTEGER NOT NULL,
    added_at TEXT NOT NULL,
    source_path TEXT,
    external_id TEXT,
    pipeline TEXT NOT NULL,
    blurb TEXT NOT NULL,
    doc TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS works_words ON works (words);
CREATE INDEX IF NOT EXISTS works_added ON works (added_at);
CREATE INDEX IF NOT EXISTS works_title ON works (title_key);
CREATE INDEX IF NOT EXISTS works_author ON works (author_key);
CREATE TABLE IF NOT EXISTS tags (
    work_id INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (work_id, type, key, source)
);
CREATE INDEX IF NOT EXISTS tags_key ON tags (key, type, source, work_id);
CREATE VIRTUAL TABLE IF NOT EXISTS works_fts USING fts5 (
    title, summary, authors, tags, text, tokenize = 'porter unicode61 remove_diacritics 2'
);
"""

_PG_DDL = [
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE IF NOT EXISTS works (
        id BIGSERIAL PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        title_key TEXT NOT NULL,
        authors TEXT NOT NULL,
        author_key TEXT NOT NULL,
        summary TEXT NOT NULL,
        language TEXT NOT NULL,
        language_key TEXT NOT NULL,
        words INTEGER NOT NULL,
        complete SMALLINT,
        crossover SMALLINT NOT NULL,
        added_at TEXT NOT NULL,
        source_path TEXT,
        external_id TEXT,
        pipeline TEXT NOT NULL,
        blurb TEXT NOT NULL,
        doc TEXT NOT NULL,
        text TEXT NOT NULL,
        search_vector TSVECTOR NOT NULL
    )""",
    "ALTER TABLE works ADD COLUMN IF NOT EXISTS external_id TEXT",  # a library made before calibre support
    "CREATE UNIQUE INDEX IF NOT EXISTS works_external ON works (external_id)",
    "CREATE INDEX IF NOT EXISTS works_words ON works (words)",
    "CREATE INDEX IF NOT EXISTS works_added ON works (added_at)",
    "CREATE INDEX IF NOT EXISTS works_title ON works (title_key COLLATE \"C\")",
    "CREATE INDEX IF NOT EXISTS works_author ON works (author_key COLLATE \"C\")",
    "CREATE INDEX IF NOT EXISTS works_search ON works USING GIN (search_vector)",
    """CREATE TABLE IF NOT EXISTS tags (
        work_id BIGINT NOT NULL REFERENCES works (id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        key TEXT NOT NULL,
        source TEXT NOT NULL,
        PRIMARY KEY (work_id, type, key, source)
    )""",
    "CREATE INDEX IF NOT EXISTS tags_key ON tags (key, type, source, work_id)",
]

_PG_VECTOR = (
    "setweight(to_tsvector('english', %s), 'A') || setweight(to_tsvector('english', %s), 'B') || "
    "setweight(to_tsvector('english', %s), 'C') || setweight(to_tsvector('english', %s), 'D')"
)


class PostgresLibrary(Library):
    """A shared library on a PostgreSQL server (psycopg 3): same tables, tsvector full-text search."""

    dialect = search_sql.POSTGRES

    def __init__(self, url: str):
        super().__init__()
        self.location = url
        self._init_schema()

    def _connect(self) -> Any:
        import psycopg

        try:
            return psycopg.connect(self.location, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise LibraryError(_redact(self.location), f"cannot connect to PostgreSQL ({_first_line(exc)})") from None

    def _init_schema(self) -> None:
        c = self.conn()
        with c.transaction():
            c.execute("SELECT pg_advisory_xact_lock(7316354)")  # two processes creating the schema at once
            for ddl in _PG_DDL:
                c.execute(ddl)
            c.execute(
                "INSERT INTO meta (key, value) VALUES ('schema_version', %s) ON CONFLICT (key) DO NOTHING",
                [SCHEMA_VERSION],
            )

    def _transaction(self) -> Any:
        return _PgTx(self.conn())

    def _executemany(self, c: Any, sql: str, rows: list[tuple]) -> None:
        with c.cursor() as cur:
            cur.executemany(sql, rows)

    def _clean_row(self, row: dict[str, Any]) -> dict[str, Any]:
        """PostgreSQL text cannot hold NUL; replace it by U+FFFD (same length, so offsets still hold)."""
        return {k: v.replace("\x00", "\ufffd") if isinstance(v, str) else v for k, v in row.items()}

    def _insert_work(self, c: Any, row: dict[str, Any]) -> int | None:
        cols = [*_WORK_COLUMNS, "added_at"]
        cur = c.execute(
            f"INSERT INTO works ({', '.join(cols)}, search_vector) VALUES ({', '.join('%s' for _ in cols)}, "
            "''::tsvector) ON CONFLICT (sha256) DO NOTHING RETURNING id",
            [row[k] for k in cols],
        )
        inserted = cur.fetchone()
        return int(inserted[0]) if inserted else None

    def _db_errors(self) -> tuple[type[BaseException], ...]:
        import psycopg

        return (psycopg.Error,)

    def _insert_fts(self, c: Any, work_id: int, row: dict[str, Any], tag_text: str) -> None:
        c.execute(
            f"UPDATE works SET search_vector = {_PG_VECTOR} WHERE id = %s",
            [row["title"], row["summary"], f"{row['authors']} ; {tag_text}", row["text"][:PG_INDEXED_TEXT_CHARS],
             work_id],
        )


class _PgTx:
    def __init__(self, c: Any):
        self.c = c
        self.tx = None

    def __enter__(self) -> Any:
        self.tx = self.c.transaction()
        self.tx.__enter__()
        return self.c

    def __exit__(self, *exc: Any) -> Any:
        return self.tx.__exit__(*exc)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password:
        netloc = f"{parts.username}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
        return urlunsplit(parts._replace(netloc=netloc))
    return url
