"""Turning CLI options or URL parameters into a `SearchQuery` (one place, so both accept the same filters)."""

from __future__ import annotations

from typing import Iterable

from ..search import QueryError, SearchQuery, check_paging, parse_tag, parse_word_range, query_terms


def _tags(values: Iterable[str] | None, type: str | None = None) -> list:
    return [parse_tag(v, type) for v in (values or []) if v and v.strip()]


def build_query(
    text: str = "",
    tag: Iterable[str] | None = None,
    exclude: Iterable[str] | None = None,
    rating: Iterable[str] | None = None,
    warning: Iterable[str] | None = None,
    exclude_warning: Iterable[str] | None = None,
    category: Iterable[str] | None = None,
    fandom: Iterable[str] | None = None,
    character: Iterable[str] | None = None,
    relationship: Iterable[str] | None = None,
    words: str | None = None,
    complete: bool | None = None,
    crossover: bool | None = None,
    language: str | None = None,
    sort: str = "best",
    page: int = 1,
    per_page: int = 20,
) -> SearchQuery:
    """A validated query; raises `QueryError` with a one-line reason."""
    include = (
        _tags(tag) + _tags(warning, "warning") + _tags(category, "category") + _tags(fandom, "fandom")
        + _tags(character, "character") + _tags(relationship, "relationship")
    )
    if len(include) + len(list(exclude or [])) > 50:
        raise QueryError("too many tag filters (the limit is 50)")
    query = SearchQuery(
        text=text or "",
        include=include,
        exclude=_tags(exclude) + _tags(exclude_warning, "warning"),
        ratings=_tags(rating, "rating"),
        words=parse_word_range(words),
        complete=complete,
        crossover=crossover,
        language=language.strip() if language and language.strip() else None,
        sort=sort or "best",
        page=page,
        per_page=per_page,
    )
    check_paging(query)
    query_terms(query.text)
    return query
