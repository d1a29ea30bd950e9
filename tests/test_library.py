"""Storing works: round trip, duplicates, `add`/`reindex`/`export` commands, bad inputs, both backends."""

from __future__ import annotations

import csv
import json
import sqlite3

import pytest
from typer.testing import CliRunner

from conftest_library import corpus, fill, hostile_work, pg_server, story_with_dialogue  # noqa: F401
from ficlens.cli import app
from ficlens.pipeline import default_pipeline
from ficlens.library.search import SearchQuery
from ficlens.library.storage import LibraryError, default_db, open_library, work_tags
from pg import new_database

runner = CliRunner()


def story_files(folder, n: int, start: int = 0) -> list:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        p = folder / f"story{i:02d}.txt"
        p.write_text(f"Story number {i}.\n\n\"Hello, {i},\" said Mira to Tobias.\n\nThe lamp went out at {i}.\n",
                     encoding="utf-8")
        paths.append(p)
    return paths


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def library(request, tmp_path):
    url = str(tmp_path / "lib.sqlite") if request.param == "sqlite" else new_database(
        request.getfixturevalue("pg_server"))
    lib = open_library(url)
    yield lib
    lib.close()


def test_round_trip_is_exact(library):
    work = story_with_dialogue()
    work_id, added = library.add(work)
    assert added
    assert library.get(work_id).to_dict(include_text=True) == work.to_dict(include_text=True)
    doc = library.get_document(work_id)
    assert doc["id"] == work_id and "text" not in doc["work"]


def test_duplicates_stored_once(library):
    work = story_with_dialogue()
    first = library.add(work)
    second = library.add(story_with_dialogue(title="Same bytes, other title"))
    assert first[1] is True and second == (first[0], False)
    assert library.count() == 1
    assert library.has(work.source.sha256) == first[0]


def test_concurrent_adds_of_the_same_work_store_it_once(library):
    import threading

    others = [open_library(library.location) for _ in range(4)]
    barrier = threading.Barrier(len(others))
    results, errors = [], []

    def add(lib) -> None:
        try:
            barrier.wait()
            results.append(lib.add(story_with_dialogue()))
        except BaseException as exc:  # noqa: BLE001 - re-raised below
            errors.append(exc)

    threads = [threading.Thread(target=add, args=(lib,)) for lib in others]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for lib in others:
        lib.close()
    assert not errors
    assert len({work_id for work_id, _ in results}) == 1 and sum(added for _, added in results) == 1
    assert library.count() == 1


def test_tag_rows_cover_declared_and_detected(library):
    ids = fill(library, corpus())
    rows = work_tags(corpus()["storm"])
    assert ("rating", "Mature", "declared") in rows and ("rating", "Explicit", "detected") in rows
    assert ("freeform", "Fluff", "detected") in rows and ("fandom", "Saltmarsh", "declared") in rows
    assert library.search(SearchQuery(text="Saltmarsh")).works[0].id == ids["storm"]


def test_nul_and_markup_survive_storage(library):
    work = hostile_work()
    work.text = work.text + "nul\x00here\n"
    work_id, _ = library.add(work)
    back = library.get(work_id)
    assert back.declared.title == work.declared.title
    assert len(back.text) == len(work.text)  # offsets still index the text


def test_add_command_stores_skips_and_reports_bad_files(tmp_path):
    db = str(tmp_path / "lib.sqlite")
    folder = tmp_path / "in"
    story_files(folder, 3)
    (folder / "copy.txt").write_bytes((folder / "story00.txt").read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["add", str(folder), str(tmp_path / "missing.txt"), "--db", db])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("ficlens:")]
    assert len(errors) == 2 and any("empty.txt" in e for e in errors) and any("missing.txt" in e for e in errors)
    assert "Traceback" not in result.output + result.stderr
    assert "added 3, already stored 1, failed 2" in result.stderr
    again = runner.invoke(app, ["add", str(folder / "story00.txt"), str(folder / "story01.txt"), "--db", db])
    assert again.exit_code == 0 and "added 0, already stored 2" in again.stderr
    with open_library(db) as lib:
        assert lib.count() == 3 and lib.check() == []


def test_search_command_text_and_json(tmp_path):
    db = str(tmp_path / "lib.sqlite")
    with open_library(db) as lib:
        ids = fill(lib, corpus())
    out = runner.invoke(app, ["search", "lantern", "--exclude", "Angst", "--json", "--db", db])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert data["total"] == 1 and data["works"][0]["id"] == ids["harbour"]
    listing = runner.invoke(app, ["search", "--tag", "detected:Fluff", "--sort", "words", "--db", db])
    assert listing.exit_code == 0
    assert listing.stdout.index("Kettle Song") < listing.stdout.index("Storm Letters")
    for bad in (["--words", "many"], ["--sort", "random"], ["--per-page", "0"]):
        r = runner.invoke(app, ["search", *bad, "--db", db])
        assert r.exit_code == 2 and r.stderr.startswith("ficlens:") and "Traceback" not in r.stderr
    hostile = runner.invoke(app, ["search", "'; DROP TABLE works; --", "--db", db])
    assert hostile.exit_code == 0 and hostile.stdout.startswith("0 works")


def test_export_formats(tmp_path):
    import pyarrow.parquet as pq

    db = str(tmp_path / "lib.sqlite")
    with open_library(db) as lib:
        ids = fill(lib, corpus())
    for fmt in ("jsonl", "csv", "parquet"):
        out = tmp_path / f"out.{fmt}"
        r = runner.invoke(app, ["export", "--format", fmt, str(out), "--db", db])
        assert r.exit_code == 0, r.stderr
    lines = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [x["id"] for x in lines] == sorted(ids.values())
    assert lines[0]["work"]["declared"]["title"] == "Lanterns Over the Harbour"
    rows = list(csv.DictReader(open(tmp_path / "out.csv", encoding="utf-8")))
    assert rows[1]["fandoms"] == "Harbour Lights, Saltmarsh" and rows[1]["detected_rating"] == "Explicit"
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.num_rows == 4 and table.column("words").to_pylist() == [1200, 5000, 300, 20000]
    bad = runner.invoke(app, ["export", "--format", "xml", str(tmp_path / "x"), "--db", db])
    assert bad.exit_code == 2 and "unknown format" in bad.stderr


def test_reindex_reanalyses_only_stale_works(tmp_path):
    db = str(tmp_path / "lib.sqlite")
    paths = story_files(tmp_path / "in", 3)
    assert runner.invoke(app, ["add", str(tmp_path / "in"), "--db", db]).exit_code == 0
    up_to_date = runner.invoke(app, ["reindex", "--db", db])
    assert "reindexed 0, up to date 3" in up_to_date.stderr
    con = sqlite3.connect(db)
    con.execute("UPDATE works SET pipeline = ? WHERE id IN (1, 2)", [json.dumps({"structure": "old"})])
    con.commit()
    con.close()
    paths[1].unlink()  # re-analysed from the stored text instead
    r = runner.invoke(app, ["reindex", "--db", db])
    assert r.exit_code == 0 and "reindexed 2, up to date 1" in r.stderr
    with open_library(db) as lib:
        assert [v for _, v, _, _ in lib.pipelines()] == [default_pipeline().versions()] * 3
        assert "Story number 1." in lib.get(2).text and lib.check() == []


def test_library_errors_are_one_line(tmp_path):
    not_db = tmp_path / "notes.txt"
    not_db.write_text("this is not a database\n" * 100)
    with pytest.raises(LibraryError, match="not a ficlens library"):
        open_library(str(not_db))
    r = runner.invoke(app, ["search", "x", "--db", str(not_db)])
    assert r.exit_code == 1 and len(r.stderr.strip().splitlines()) == 1
    r = runner.invoke(app, ["search", "x", "--db", "postgresql://nobody@127.0.0.1:1/none"])
    assert r.exit_code == 1 and "cannot connect to PostgreSQL" in r.stderr and "Traceback" not in r.stderr


def test_default_location(monkeypatch, tmp_path):
    monkeypatch.setenv("FICLENS_DB", str(tmp_path / "env.sqlite"))
    assert default_db() == str(tmp_path / "env.sqlite")
    monkeypatch.delenv("FICLENS_DB")
    assert default_db().endswith("library.sqlite") and "ficlens" in default_db()


@pytest.mark.postgres
def test_commands_on_postgres(pg_server, tmp_path):
    url = new_database(pg_server)
    story_files(tmp_path / "in", 3)
    first = runner.invoke(app, ["add", str(tmp_path / "in"), "--db", url])
    assert first.exit_code == 0 and "added 3" in first.stderr
    again = runner.invoke(app, ["add", str(tmp_path / "in"), "--db", url])
    assert "added 0, already stored 3" in again.stderr
    found = json.loads(runner.invoke(app, ["search", "lamp", "--json", "--db", url]).stdout)
    assert found["total"] == 3
    assert json.loads(runner.invoke(app, ["search", "number 2", "--json", "--db", url]).stdout)["total"] == 1
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["export", "--format", "jsonl", str(out), "--db", url]).exit_code == 0
    assert len(out.read_text().splitlines()) == 3
    assert "reindexed 0, up to date 3" in runner.invoke(app, ["reindex", "--db", url]).stderr
