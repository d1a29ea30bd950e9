"""AO3-style search: the same suite runs on SQLite and on PostgreSQL (the `backend_url` fixture)."""

from __future__ import annotations

import pytest

from conftest_library import HOSTILE_QUERIES, backend_url, filled, pg_server  # noqa: F401
from ficlens.library.search import QueryError, check_paging, SearchQuery, parse_tag, parse_word_range, query_terms
from ficlens.library.web.params import build_query


def found(filled, **kw) -> list[str]:
    library, ids = filled
    by_id = {v: k for k, v in ids.items()}
    q = build_query(**kw)
    return [by_id[w.id] for w in library.search(q).works]


def found_set(filled, **kw) -> set[str]:
    return set(found(filled, **kw))


def test_text_query_ranks_title_above_body(filled):
    # "orchard" says lantern six times in its text, "harbour" once in text but in its title.
    assert found(filled, text="lantern") == ["harbour", "orchard"]


def test_summary_outweighs_text(filled):
    assert found(filled, text="storm")[0] == "storm"
    # "storm" matches through its fandom tag "Harbour Lights"; the title match ranks first.
    assert found(filled, text="harbour") == ["harbour", "storm"]


def test_phrase_and_all_terms_must_match(filled):
    assert found(filled, text='"storm letters"') == ["storm"]
    assert found(filled, text='"letters storm"') == []
    assert found(filled, text="kettle crow") == ["kettle"]
    assert found(filled, text="kettle harbour") == []


def test_include_tag_matches_declared_or_detected(filled):
    assert found_set(filled, tag=["Fluff"]) == {"harbour", "storm", "kettle"}
    assert found_set(filled, tag=["declared:Fluff"]) == {"harbour"}
    assert found_set(filled, tag=["detected:fluff"]) == {"storm", "kettle"}


def test_all_included_tags_must_match(filled):
    assert found_set(filled, tag=["Fluff", "Slow Burn"]) == {"harbour"}
    assert found_set(filled, tag=["Fluff", "Found Family"]) == set()


def test_exclude_drops_any_match(filled):
    assert found_set(filled, exclude=["Angst"]) == {"harbour", "kettle"}
    assert found_set(filled, exclude=["Angst", "Fluff"]) == set()
    assert found_set(filled, exclude=["detected:Fluff"]) == {"harbour", "orchard"}


def test_rating_any_of_and_by_source(filled):
    assert found_set(filled, rating=["General Audiences"]) == {"harbour", "kettle"}
    assert found_set(filled, rating=["Mature", "Teen And Up Audiences"]) == {"storm", "orchard"}
    assert found_set(filled, rating=["declared:General Audiences"]) == {"harbour"}
    assert found_set(filled, rating=["Explicit"]) == {"storm"}


def test_warnings_include_and_exclude(filled):
    assert found_set(filled, warning=["Major Character Death"]) == {"orchard"}
    assert found_set(filled, exclude_warning=["Major Character Death"]) == {"harbour", "storm", "kettle"}


def test_typed_filters(filled):
    assert found_set(filled, category=["M/M"]) == {"orchard"}
    assert found_set(filled, fandom=["Harbour Lights"]) == {"harbour", "storm"}
    assert found_set(filled, fandom=["kettle & crow"]) == {"kettle"}
    assert found_set(filled, character=["Mara"]) == {"harbour", "storm"}
    assert found_set(filled, relationship=["Mara/Ines"]) == {"harbour"}
    # A tag name searched as the wrong type does not match.
    assert found_set(filled, fandom=["Fluff"]) == set()


def test_word_ranges(filled):
    assert found_set(filled, words=">1000") == {"harbour", "storm", "kettle"}
    assert found_set(filled, words="<500") == {"orchard"}
    assert found_set(filled, words="1000-5000") == {"harbour", "storm"}
    assert found_set(filled, words="1200") == {"harbour"}


def test_complete_crossover_language(filled):
    assert found_set(filled, complete=True) == {"harbour", "orchard"}
    assert found_set(filled, complete=False) == {"storm"}
    assert found_set(filled, crossover=True) == {"storm"}
    assert found_set(filled, crossover=False) == {"harbour", "orchard", "kettle"}
    assert found_set(filled, language="deutsch") == {"orchard"}


def test_filters_combine_with_text(filled):
    assert found(filled, text="lantern", exclude=["Angst"]) == ["harbour"]
    assert found(filled, text="lantern", words="<500") == ["orchard"]


def test_sorts(filled):
    assert found(filled, sort="words") == ["kettle", "storm", "harbour", "orchard"]
    assert found(filled, sort="title") == ["kettle", "harbour", "storm", "orchard"]
    assert found(filled, sort="author") == ["harbour", "storm", "orchard", "kettle"]
    assert found(filled, sort="added") == ["kettle", "orchard", "storm", "harbour"]


def test_paging(filled):
    library, _ = filled
    first = library.search(build_query(sort="words", per_page=3))
    second = library.search(build_query(sort="words", per_page=3, page=2))
    assert first.total == second.total == 4
    assert len(first.works) == 3 and len(second.works) == 1
    assert {w.id for w in first.works}.isdisjoint({w.id for w in second.works})
    assert library.search(build_query(per_page=3, page=5)).works == []


def test_facets_count_works_per_tag(filled):
    library, _ = filled
    facets = library.facets(SearchQuery())
    freeform = {f["name"]: f["count"] for f in facets["freeform"]}
    assert freeform["Fluff"] == 3 and freeform["Angst"] == 2 and freeform["Slow Burn"] == 1
    narrowed = library.facets(build_query(exclude=["Angst"]))
    assert {f["name"] for f in narrowed["freeform"]} == {"Fluff", "Slow Burn", "Hurt/Comfort"}


@pytest.mark.parametrize("text", HOSTILE_QUERIES)
def test_hostile_queries_run_safely(filled, text):
    library, ids = filled
    try:
        result = library.search(build_query(text=text))
    except QueryError:
        return
    assert result.total == len(result.works) <= len(ids)
    assert library.count() == len(ids)


def test_control_characters_in_filters(filled):
    assert found_set(filled, tag=["Slow\x00Burn"]) == {"harbour"}
    assert found(filled, text="storm\x00letters") == ["storm"]


def test_fts_operators_are_plain_words(filled):
    # A column filter is read as the words "title storm", which no work contains.
    assert found(filled, text="title:storm") == []
    assert found(filled, text="storm:") == ["storm"]
    assert found(filled, text="storm NEAR") == []
    assert found(filled, text='"unbalanced storm') == []
    assert found(filled, text="storm*") == ["storm"]


def test_query_parsing():
    assert parse_word_range(">1000") == (1001, None)
    assert parse_word_range("<=500") == (None, 500)
    assert parse_word_range(" 10 - 20 ") == (10, 20)
    for bad in ("abc", "5-1", ">", "1e5", ">" + "9" * 30):
        with pytest.raises(QueryError):
            parse_word_range(bad)
    assert parse_tag("declared:Fluff").source == "declared"
    assert parse_tag("Star Wars: The Clone Wars").name == "Star Wars: The Clone Wars"
    assert parse_tag("Star Wars: The Clone Wars").source is None
    assert query_terms('a "b c" "d') == [("a", False), ("b c", True), ("d", False)]
    with pytest.raises(QueryError):
        check_paging(build_query(sort="random"))
    with pytest.raises(QueryError):
        check_paging(build_query(per_page=1000))
    with pytest.raises(QueryError):
        query_terms("x " * 600)
