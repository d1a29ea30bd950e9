"""A library built from plain-text files: titles (header, first title-like line, file name), file
names in blurbs, search and the API, and a rating facet of AO3's ratings only."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from ficlens.cli import app
from ficlens.library.search import SearchQuery
from ficlens.library.storage import open_library
from ficlens.library.web.app import create_app

AO3_RATINGS = {"General Audiences", "Teen And Up Audiences", "Mature", "Explicit", "Not Rated"}
BODY = "The ferry left at dawn and Mina watched the harbour shrink.\n\n\"Cold?\" asked Rob.\n"
FILES = {
    "header_post.txt": "Title: Salt Roads\nAuthor: tidewrack\nRating: PG this part\n\n" + BODY,
    "first_line.txt": "Harbour Lights\n\nRated: K+\n\n" + BODY,
    "the_quiet_harbour.txt": "Rating: NC17\nWarnings: maybe borderline to M, just a bit of sex talk\n\n" + BODY,
    "plain_story.txt": BODY,
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fics")
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = str(tmp_path_factory.mktemp("library") / "lib.sqlite")
    result = CliRunner().invoke(app, ["add", str(folder), "--db", db])
    assert result.exit_code == 0, result.output
    return db


def test_blurbs_show_titles_and_file_names(built):
    with open_library(built) as library:
        works = library.search(SearchQuery(sort="title", per_page=10)).works
    shown = {w.blurb["source_file"]: w.blurb["title"] for w in works}
    assert shown == {
        "header_post.txt": "Salt Roads",
        "first_line.txt": "Harbour Lights",
        "the_quiet_harbour.txt": "the quiet harbour",
        "plain_story.txt": "plain story",
    }
    authors = {w.blurb["source_file"]: w.blurb["authors"] for w in works}
    assert authors["header_post.txt"] == ["tidewrack"] and authors["plain_story.txt"] == []


def test_rating_facet_holds_only_ao3_ratings(built):
    with open_library(built) as library:
        facets = library.facets(SearchQuery())
    names = {f["name"] for f in facets["rating"]}
    assert names and names <= AO3_RATINGS
    assert {"Teen And Up Audiences", "General Audiences", "Explicit"} <= names
    assert all("borderline" not in f["name"] for f in facets["warning"])


def test_search_text_and_json_name_title_and_file(built):
    text = CliRunner().invoke(app, ["search", "--db", built, "--sort", "title"])
    assert text.exit_code == 0
    assert "Salt Roads by tidewrack" in text.output and "header_post.txt" in text.output
    assert "the quiet harbour" in text.output and "Untitled" not in text.output and "Anonymous" not in text.output
    data = json.loads(CliRunner().invoke(app, ["search", "--db", built, "--json"]).stdout)
    assert {w["source_file"] for w in data["works"]} == set(FILES)


def test_api_and_work_page_show_title_file_and_the_rating_as_written(built):
    with open_library(built) as library:
        client = TestClient(create_app(library))
        works = client.get("/api/search", params={"q": "Salt"}).json()["works"]
        assert [(w["title"], w["source_file"]) for w in works] == [("Salt Roads", "header_post.txt")]
        page = client.get(f"/works/{works[0]['id']}").text
    assert "header_post.txt" in page and "PG this part" in page and "Teen And Up Audiences" in page
