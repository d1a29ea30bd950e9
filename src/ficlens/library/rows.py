"""What the library stores of a work besides its document: the row of searchable columns, the
(kind, type, name) tags it is found by, and the blurb a search result shows."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from ..language.names import display_name, resolve
from ..model import Work
from ..structure.labels import normalise_rating
from .search import tag_key


def work_tags(work: Work) -> list[tuple[str, str, str]]:
    """(type, name, source) rows for every declared and detected tag, deduplicated by key."""
    d = work.declared
    rows: list[tuple[str, str, str]] = []
    if d.language:
        language = resolve(d.language)
        rows.append(("language", language.name if language else d.language, "declared"))
    rating = normalise_rating(d.rating)  # a work stored by an older release may hold a rating as written
    if rating:
        rows.append(("rating", rating, "declared"))
    for type_, names in (
        ("warning", d.warnings),
        ("category", d.categories),
        ("fandom", d.fandoms),
        ("relationship", d.relationships),
        ("character", d.characters),
        ("freeform", d.additional_tags),
    ):
        rows.extend((type_, n, "declared") for n in names)
    det = work.detected
    detected_tags = ([det.rating] if det.rating else []) + ([det.language] if det.language else []) + [
        *det.warnings, *det.category, *det.fandoms, *det.relationships, *det.characters, *det.additional_tags
    ]
    rows.extend((t.type, t.name, "detected") for t in detected_tags)
    seen: set[tuple[str, str, str]] = set()
    out = []
    for type_, name, source in rows:
        name = " ".join(str(name).split())
        k = (type_, tag_key(name), source)
        if name and k not in seen:
            seen.add(k)
            out.append((type_, name, source))
    return out


def blurb(work: Work) -> dict[str, Any]:
    """What a result list shows of a work (kept apart from the full document so lists stay fast)."""
    d = work.declared
    det = work.detected
    return {
        "title": work.display_title(),
        "source_file": work.source_file(),
        "authors": d.authors,
        "summary": d.summary,
        "rating": d.rating,
        "warnings": d.warnings,
        "categories": d.categories,
        "fandoms": d.fandoms,
        "relationships": d.relationships,
        "characters": d.characters,
        "additional_tags": d.additional_tags,
        "language": display_name(work) or None,
        "chapters": d.chapters or (f"{work.stats.chapters}/?" if work.stats.chapters else None),
        "complete": d.complete,
        "words": d.words if d.words is not None else work.stats.words,
        "published": d.published,
        "updated": d.updated,
        "series": [dataclasses.asdict(s) for s in d.series],
        "detected": {
            "rating": det.rating.name if det.rating else None,
            "warnings": [t.name for t in det.warnings],
            "categories": [t.name for t in det.category],
            "fandoms": [t.name for t in det.fandoms],
            "relationships": [t.name for t in det.relationships],
            "characters": [t.name for t in det.characters],
            "additional_tags": [t.name for t in det.additional_tags],
            "language": det.language.name if det.language else None,
        },
        "source_format": work.source.format,
    }


def work_row(work: Work) -> dict[str, Any]:
    """The denormalised columns of the works table."""
    d = work.declared
    title = work.display_title()
    authors = ", ".join(d.authors)
    fandoms = {tag_key(f) for f in d.fandoms} or {tag_key(t.name) for t in work.detected.fandoms}
    return {
        "sha256": work.source.sha256,
        "title": title,
        "title_key": tag_key(title),
        "authors": authors,
        "author_key": tag_key(authors) or "\uffff",
        "summary": d.summary or "",
        "language": display_name(work),
        "language_key": tag_key(display_name(work)),
        "words": d.words if d.words is not None else work.stats.words,
        "complete": None if d.complete is None else int(d.complete),
        "crossover": int(len(fandoms) > 1),
        "source_path": work.source.path,
        "external_id": work.source.external_id,
        "pipeline": json.dumps(work.pipeline, sort_keys=True),
        "blurb": json.dumps(blurb(work), ensure_ascii=False),
        "doc": "".join(work.json_chunks()),
        "text": work.text,
    }
