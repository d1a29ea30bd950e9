"""AO3-style search: a query model and ONE builder of parameterised SQL for SQLite and PostgreSQL.

User text never reaches SQL: every value is a bound parameter, and the full-text query is
rebuilt from the user's words with each term quoted, so FTS operators (NEAR, *, column
filters, unbalanced quotes) are read as plain words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import FiclensError
from ..language.names import resolve

TAG_TYPES = ("rating", "warning", "category", "fandom", "relationship", "character", "freeform", "language")
TAG_SOURCES = ("declared", "detected")
SORTS = ("best", "words", "added", "title", "author")
MAX_PER_PAGE = 100
MAX_QUERY_CHARS = 1000
MAX_TERMS = 32

_TERM_RE = re.compile(r'"([^"]*)"|(\S+)')
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WORD_CHAR_RE = re.compile(r"[^\W_]", re.UNICODE)
_RANGE_RE = re.compile(r"^\s*(?:(>=|<=|>|<)\s*(\d{1,9})|(\d{1,9})\s*-\s*(\d{1,9})|(\d{1,9}))\s*$")


class QueryError(FiclensError):
    """A search request that cannot be run (bad word range, unknown sort...)."""

    type = "query_error"

    def __init__(self, reason: str):
        super().__init__(None, reason)


@dataclass(frozen=True)
class TagFilter:
    """One tag condition: a name, optionally limited to a tag type and to declared or detected tags."""

    name: str
    type: str | None = None
    source: str | None = None

    @property
    def key(self) -> str:
        return tag_key(self.name)


@dataclass
class SearchQuery:
    """Everything AO3's work search filters on; empty fields do not filter."""

    text: str = ""
    include: list[TagFilter] = field(default_factory=list)
    exclude: list[TagFilter] = field(default_factory=list)
    ratings: list[TagFilter] = field(default_factory=list)
    words: tuple[int | None, int | None] = (None, None)
    complete: bool | None = None
    crossover: bool | None = None
    language: str | None = None
    sort: str = "best"
    page: int = 1
    per_page: int = 20


def clean(text: str) -> str:
    """User text without NUL and other control characters (PostgreSQL refuses NUL; none of them can matter)."""
    return _CONTROL_RE.sub(" ", text)


def tag_key(name: str) -> str:
    """The form tags are matched on: case and surrounding space ignored."""
    return " ".join(name.split()).casefold()


def parse_tag(spec: str, type: str | None = None) -> TagFilter:
    """`Fluff`, `declared:Fluff` or `detected:Fluff` as a filter (only these two prefixes are special)."""
    source = None
    head, sep, rest = spec.partition(":")
    if sep and head.strip().lower() in TAG_SOURCES and rest.strip():
        source, spec = head.strip().lower(), rest
    name = " ".join(clean(spec).split())
    if not name:
        raise QueryError("empty tag name")
    if len(name) > 300:
        raise QueryError("tag name is too long (the limit is 300 characters)")
    if type is not None and type not in TAG_TYPES:
        raise QueryError(f"unknown tag type {type!r}; choose from {', '.join(TAG_TYPES)}")
    return TagFilter(name=name, type=type, source=source)


def parse_word_range(spec: str | None) -> tuple[int | None, int | None]:
    """`>1000`, `<500`, `>=10`, `1000-5000` or `1200` as an inclusive (low, high) pair."""
    if spec is None or not spec.strip():
        return (None, None)
    m = _RANGE_RE.match(spec)
    if not m:
        raise QueryError(f"bad word range {spec!r}; use e.g. >1000, <500 or 1000-5000")
    op, num, low, high, exact = m.groups()
    if op:
        n = int(num)
        return {">": (n + 1, None), ">=": (n, None), "<": (None, n - 1), "<=": (None, n)}[op]
    if exact:
        return (int(exact), int(exact))
    lo, hi = int(low), int(high)
    if lo > hi:
        raise QueryError(f"bad word range {spec!r}: the low end is above the high end")
    return (lo, hi)


def query_terms(text: str) -> list[tuple[str, bool]]:
    """The user's words as (term, is_phrase); balanced double quotes make phrases, other quotes are dropped."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"query is too long (the limit is {MAX_QUERY_CHARS} characters)")
    terms: list[tuple[str, bool]] = []
    for m in _TERM_RE.finditer(clean(text)):
        phrase, word = m.groups()
        raw = phrase if phrase is not None else word.replace('"', " ")
        cleaned = " ".join(raw.split())
        if cleaned and _WORD_CHAR_RE.search(cleaned):
            terms.append((cleaned, phrase is not None or " " in cleaned))
    if len(terms) > MAX_TERMS:
        raise QueryError(f"too many search terms (the limit is {MAX_TERMS})")
    return terms


def fts5_expression(terms: list[tuple[str, bool]]) -> str:
    """An FTS5 MATCH string where every term is a quoted string (implicit AND between terms)."""
    return " ".join('"' + term.replace('"', '""') + '"' for term, _ in terms)


@dataclass(frozen=True)
class Dialect:
    """What differs between the backends: placeholders and the full-text match/rank."""

    name: str

    def fts_join(self, terms: list[tuple[str, bool]]) -> tuple[str, list]:
        """A subquery yielding (id, score) for works matching all terms; higher score is better."""
        if self.name == "sqlite":
            return (
                "SELECT rowid AS id, -bm25(works_fts, 10.0, 5.0, 3.0, 2.0, 1.0) AS score "
                "FROM works_fts WHERE works_fts MATCH ?",
                [fts5_expression(terms)],
            )
        parts = []
        params: list = []
        for term, is_phrase in terms:
            parts.append(f"{'phraseto_tsquery' if is_phrase else 'plainto_tsquery'}('english', ?)")
            params.append(term)
        tsquery = " && ".join(parts)
        return (
            f"SELECT s.id, ts_rank(s.search_vector, s.q) AS score FROM "
            f"(SELECT id, search_vector, ({tsquery}) AS q FROM works) s WHERE s.search_vector @@ s.q",
            params,
        )

    def finish(self, sql: str) -> str:
        """Placeholders in the driver's style (the builder writes `?`; no SQL literal here contains ? or %)."""
        return sql if self.name == "sqlite" else sql.replace("?", "%s")


SQLITE = Dialect("sqlite")
POSTGRES = Dialect("postgres")

_SORT_SQL = {
    "words": "w.words DESC, w.id DESC",
    "added": "w.added_at DESC, w.id DESC",
    "title": "w.title_key ASC, w.id ASC",
    "author": "w.author_key ASC, w.id ASC",
}


def _tag_condition(f: TagFilter, params: list) -> str:
    """Ids of works having the tag: an uncorrelated subquery, evaluated once (not once per work)."""
    sql = "SELECT t.work_id FROM tags t WHERE t.key = ?"
    params.append(f.key)
    if f.type:
        sql += " AND t.type = ?"
        params.append(f.type)
    if f.source:
        sql += " AND t.source = ?"
        params.append(f.source)
    return sql


def where_clause(query: SearchQuery, dialect: Dialect) -> tuple[str, str, list]:
    """(FROM ... joins, WHERE ..., params) shared by the result, count and facet queries."""
    params: list = []
    from_sql = "works w"
    terms = query_terms(query.text)
    if terms:
        sub, sub_params = dialect.fts_join(terms)
        from_sql += f" JOIN ({sub}) m ON m.id = w.id"
        params.extend(sub_params)
    conds: list[str] = []
    for f in query.include:
        conds.append(f"w.id IN ({_tag_condition(f, params)})")
    for f in query.exclude:
        conds.append(f"w.id NOT IN ({_tag_condition(f, params)})")
    if query.ratings:
        conds.append("(" + " OR ".join(f"w.id IN ({_tag_condition(f, params)})" for f in query.ratings) + ")")
    low, high = query.words
    if low is not None:
        conds.append("w.words >= ?")
        params.append(low)
    if high is not None:
        conds.append("w.words <= ?")
        params.append(high)
    if query.complete is not None:
        conds.append("w.complete = ?")
        params.append(1 if query.complete else 0)
    if query.crossover is not None:
        conds.append("w.crossover = ?")
        params.append(1 if query.crossover else 0)
    if query.language:
        # 'es', 'Spanish' and 'Español' all find the works filed under AO3's name, Español.
        wanted = clean(query.language)
        language = resolve(wanted)
        conds.append("w.language_key = ?")
        params.append(tag_key(language.name if language else wanted))
    return from_sql, (" AND ".join(conds) or "1 = 1"), params


def check_paging(query: SearchQuery) -> None:
    if query.sort not in SORTS:
        raise QueryError(f"unknown sort {query.sort!r}; choose from {', '.join(SORTS)}")
    if query.page < 1 or query.page > 100000:
        raise QueryError("page must be between 1 and 100000")
    if query.per_page < 1 or query.per_page > MAX_PER_PAGE:
        raise QueryError(f"per_page must be between 1 and {MAX_PER_PAGE}")


def results_sql(query: SearchQuery, dialect: Dialect, columns: str) -> tuple[str, list]:
    """The page of results, ranked by `query.sort` (best match falls back to newest when there is no text)."""
    check_paging(query)
    from_sql, where_sql, params = where_clause(query, dialect)
    if query.sort == "best" and query_terms(query.text):
        order = "m.score DESC, w.id DESC"
    else:
        order = _SORT_SQL.get(query.sort, _SORT_SQL["added"])
    sql = f"SELECT {columns} FROM {from_sql} WHERE {where_sql} ORDER BY {order} LIMIT ? OFFSET ?"
    params.extend([query.per_page, (query.page - 1) * query.per_page])
    return dialect.finish(sql), params


def count_sql(query: SearchQuery, dialect: Dialect) -> tuple[str, list]:
    from_sql, where_sql, params = where_clause(query, dialect)
    return dialect.finish(f"SELECT count(*) FROM {from_sql} WHERE {where_sql}"), params


def facets_sql(query: SearchQuery, dialect: Dialect) -> tuple[str, list]:
    """Tag counts (works per tag, declared and detected together) over the works the query matches."""
    from_sql, where_sql, params = where_clause(query, dialect)
    sql = (
        "SELECT t.type, t.key, min(t.name), count(DISTINCT t.work_id) AS n FROM tags t "
        f"WHERE t.work_id IN (SELECT w.id FROM {from_sql} WHERE {where_sql}) "
        "GROUP BY t.type, t.key ORDER BY t.type, n DESC, t.key"
    )
    return dialect.finish(sql), params
