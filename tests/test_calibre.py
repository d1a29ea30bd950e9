"""calibre libraries: a real library built with calibre's own `calibredb` from EPUBs made here, read by
`ficlens add` (once, then updated, never duplicated) and given ficlens's labels back with `calibre-tags`.

`make test` installs Debian's calibre (`make system-deps`); where it cannot be installed these tests skip.
"""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from typer.testing import CliRunner

from epub_builder import Story, build_ao3_epub, build_fanficfare_epub, build_generic_epub
from ficlens.cli import app
from ficlens.library import calibre
from ficlens.library import calibre_tags
from ficlens.library.calibre_tags import detected_labels
from ficlens.library.storage import open_library

runner = CliRunner()
CALIBREDB = shutil.which("calibredb")
needs_calibre = pytest.mark.skipif(
    CALIBREDB is None,
    reason="calibre's calibredb is not installed (make test installs it with apt-get; it could not be here)",
)

NEST = [
    "Buffy walked into the library at Sunnydale High. Giles was polishing his glasses.",
    '"We have a vampire problem," said Giles.',
    '"When don\'t we?" Buffy asked. Willow looked up from her laptop. "I found the nest," Willow said.',
    "Xander grabbed a stake and followed them out into the cemetery.",
]
HARBOUR = [
    "The lantern keepers climbed the tower at dusk. Mara lit the first lamp while Ines watched the boats.",
    '"The fog is early," Ines said. "It always is in autumn," said Mara.',
]
PLAIN = ["The kettle sang. Tom poured the tea and Mara laughed at the rain."]
# FanFicFare's "saved metadata" column: one div per metadata entry (its Story.dump_html_metadata layout).
SAVED_METADATA = (
    "<p><span class='label'>Characters</span>: <div class='metadata list' id='characters'><ul>\n"
    "<li>Mara</li>\n<li>Ines</li>\n</ul></div><p>\n"
    "<p><span class='label'>Words</span>: <div class='metadata int' id='numWords'>2045</div><p>\n"
    "<p><span class='label'>Status</span>: <div class='metadata' id='status'>Completed</div><p>\n"
)


def calibredb(library, *args: str) -> str:
    """calibre's own calibredb, through the function `calibre-tags` uses (it waits while another calibredb,
    e.g. of a test run beside this one, holds calibre's per-user lock)."""
    return calibre_tags.calibredb(str(library), *args)


def listing(library, fields: str) -> dict[int, dict]:
    return {b["id"]: b for b in json.loads(calibredb(library, "list", "--fields", fields, "--for-machine"))}


@pytest.fixture(scope="module")
def built_library(tmp_path_factory):
    """Three books (FanFicFare, AO3 and plain EPUBs) and FanFicFare-style custom columns, set through calibredb."""
    if CALIBREDB is None:
        pytest.skip("calibre's calibredb is not installed (make test installs it with apt-get; it could not be here)")
    base = tmp_path_factory.mktemp("calibre")
    library = base / "Calibre Library"
    library.mkdir()
    files = [
        build_fanficfare_epub(base / "nest.epub", Story(
            title="The Nest", author="quill", chapters=[("Chapter 1", NEST)], summary="They find a nest.",
            rating="Teen And Up Audiences", fandoms=["Buffy: The Vampire Slayer"], additional_tags=["Humor"],
            words=70, url="https://www.fanfiction.net/s/1/1/")),
        build_ao3_epub(base / "harbour.epub", Story(
            title="Lanterns Over the Harbour", author="alice", chapters=[("Chapter 1: Dusk", HARBOUR)],
            summary="Two keepers light the lamps.", rating="General Audiences", warnings=["No Archive Warnings Apply"],
            categories=["F/F"], fandoms=["Harbour Lights"], relationships=["Mara/Ines"], characters=["Mara"],
            additional_tags=["Fluff"], completed="2024-02-01", words=40)),
        build_generic_epub(base / "plain.epub", Story(title="Rain", author="tom", chapters=[("One", PLAIN)])),
    ]
    calibredb(library, "add", *map(str, files))
    for label, name, datatype, multiple in [("fandom", "Fandom", "text", True), ("ship", "Relationship/s", "text", True),
                                            ("status", "Status", "text", False), ("words", "Words", "int", False),
                                            ("kudos", "Kudos", "int", False),
                                            ("fff_saved_metadata", "Saved metadata", "comments", False)]:
        calibredb(library, "add_custom_column", *(["--is-multiple"] if multiple else []), label, name, datatype)
    ids = {b["title"]: b["id"] for b in listing(library, "title").values()}
    calibredb(library, "set_metadata", str(ids["The Nest"]), "--field", "title:The Nest (retitled in calibre)",
              "--field", "#fandom:Buffy the Vampire Slayer", "--field", "#ship:Buffy Summers/Spike",
              "--field", "#status:In-Progress", "--field", "#words:640", "--field", "#kudos:12")
    calibredb(library, "set_metadata", str(ids["Lanterns Over the Harbour"]),
              "--field", f"#fff_saved_metadata:{SAVED_METADATA}")
    return library, {"nest": ids["The Nest"], "harbour": ids["Lanterns Over the Harbour"], "plain": ids["Rain"]}


@pytest.fixture
def library_copy(built_library, tmp_path):
    """A fresh copy of the built library for a test that changes it."""
    source, ids = built_library
    copy = tmp_path / "Calibre Library"
    shutil.copytree(source, copy)
    return copy, ids


def stored_by_book(db: str) -> dict[str, dict]:
    lib = open_library(db)
    with lib:
        return {doc["work"]["source"]["external_id"]: doc for doc in
                (lib.get_document(i) for i, *_ in lib.pipelines())}


def library_uuid(library) -> str:
    c = sqlite3.connect(library / "metadata.db")
    try:
        return c.execute("SELECT uuid FROM library_id").fetchone()[0]
    finally:
        c.close()


@needs_calibre
def test_books_added_once_with_calibre_metadata_then_updated(library_copy, tmp_path):
    library, ids = library_copy
    db = str(tmp_path / "lib.sqlite")
    first = runner.invoke(app, ["add", "--calibre", str(library), "--db", db])
    assert first.exit_code == 0, first.output
    assert "added 3, already stored 0, failed 0" in first.stderr
    uuid = library_uuid(library)
    works = stored_by_book(db)
    assert set(works) == {f"calibre:{uuid}:{i}" for i in ids.values()}

    nest = works[f"calibre:{uuid}:{ids['nest']}"]["work"]["declared"]
    assert nest["title"] == "The Nest (retitled in calibre)"  # calibre's field wins over the EPUB's
    assert nest["fandoms"] == ["Buffy the Vampire Slayer"]  # the custom column over the title page's "Category"
    assert nest["relationships"] == ["Buffy Summers/Spike"]
    assert nest["words"] == 640 and nest["complete"] is False
    assert nest["rating"] == "Teen And Up Audiences" and "Humor" in nest["additional_tags"]
    assert nest["extra"]["Kudos"] == "12"
    assert nest["url"] == "https://www.fanfiction.net/s/1/1/"

    harbour = works[f"calibre:{uuid}:{ids['harbour']}"]["work"]["declared"]
    assert harbour["characters"] == ["Mara", "Ines"]  # FanFicFare's saved metadata over the EPUB's one character
    assert harbour["words"] == 2045 and harbour["complete"] is True
    assert harbour["relationships"] == ["Mara/Ines"] and harbour["summary"] == "Two keepers light the lamps."
    assert works[f"calibre:{uuid}:{ids['plain']}"]["work"]["declared"]["authors"] == ["tom"]

    again = runner.invoke(app, ["add", "--calibre", str(library), "--db", db])
    assert again.exit_code == 0 and "added 0, already stored 3, failed 0" in again.stderr

    calibredb(library, "set_metadata", str(ids["nest"]), "--field", "#ship:Buffy Summers/Spike,Willow Rosenberg & Xander Harris")
    changed = runner.invoke(app, ["add", "--calibre", str(library), "--db", db])
    assert changed.exit_code == 0 and "added 0, updated 1, already stored 2, failed 0" in changed.stderr
    after = stored_by_book(db)
    key = f"calibre:{uuid}:{ids['nest']}"
    assert after[key]["id"] == works[key]["id"] and len(after) == 3
    assert after[key]["work"]["declared"]["relationships"] == ["Buffy Summers/Spike", "Willow Rosenberg & Xander Harris"]


@needs_calibre
def test_a_library_folder_given_to_add_is_read_as_a_library(built_library, tmp_path):
    library, ids = built_library
    db = str(tmp_path / "lib.sqlite")
    result = runner.invoke(app, ["add", str(library), "--db", db])
    assert result.exit_code == 0 and "added 3, already stored 0, failed 0" in result.stderr
    works = stored_by_book(db)
    assert len(works) == 3 and all(key.startswith("calibre:") for key in works)  # no metadata.opf or cover as a work
    assert {doc["work"]["source"]["format"] for doc in works.values()} == {"fanficfare-epub", "ao3-epub", "epub"}


@needs_calibre
def test_detected_labels_written_back_are_read_by_calibredb_list(library_copy, tmp_path):
    library, ids = library_copy
    db = str(tmp_path / "lib.sqlite")
    assert runner.invoke(app, ["add", str(library), "--db", db]).exit_code == 0
    lib = open_library(db)
    with lib:
        expected = {int(key.rsplit(":", 1)[1]): detected_labels(blurb)
                    for key, blurb in lib.external_blurbs(f"calibre:{library_uuid(library)}:").items()}
    assert all(expected.values()) and "Buffy the Vampire Slayer (TV)" in expected[ids["nest"]]  # the pack's AO3 tag

    dry = runner.invoke(app, ["calibre-tags", str(library), "--db", db, "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "would create the custom column #ficlens" in dry.stdout
    assert f"would set #ficlens of book {ids['nest']} (The Nest (retitled in calibre)): " in dry.stdout
    assert "#ficlens" not in calibredb(library, "custom_columns")

    wrote = runner.invoke(app, ["calibre-tags", str(library), "--db", db])
    assert wrote.exit_code == 0, wrote.output
    assert "set #ficlens on 3 books, unchanged 0, not in the ficlens library 0" in wrote.stderr
    books = listing(library, "title,*ficlens")
    assert {i: sorted(b.get("*ficlens") or []) for i, b in books.items()} == {i: sorted(v) for i, v in expected.items()}

    twice = runner.invoke(app, ["calibre-tags", str(library), "--db", db])
    assert "set #ficlens on 0 books, unchanged 3" in twice.stderr
    readd = runner.invoke(app, ["add", str(library), "--db", db])
    assert "added 0, already stored 3" in readd.stderr  # ficlens's own column is never read back as declared


@needs_calibre
def test_a_missing_book_file_fails_alone(library_copy, tmp_path):
    library, ids = library_copy
    nest = listing(library, "formats")[ids["nest"]]["formats"][0]
    (library / nest.split(str(library) + "/", 1)[1]).unlink()
    result = runner.invoke(app, ["add", "--calibre", str(library), "--db", str(tmp_path / "lib.sqlite")])
    errors = [line for line in result.stderr.splitlines() if line.startswith("ficlens:")]
    assert result.exit_code == 1 and "added 2, already stored 0, failed 1" in result.stderr
    assert len(errors) == 1 and f"calibre book {ids['nest']} (The Nest (retitled in calibre))" in errors[0]
    assert "EPUB file is missing" in errors[0] and "Traceback" not in result.output


def test_missing_and_corrupt_libraries_are_one_line_errors(tmp_path):
    (tmp_path / "empty").mkdir()
    corrupt = tmp_path / "corrupt"
    corrupt.mkdir()
    (corrupt / "metadata.db").write_bytes(b"not a database at all, " * 100)
    db = str(tmp_path / "lib.sqlite")
    cases = [(tmp_path / "nowhere", "no such calibre library folder"),
             (tmp_path / "empty", "not a calibre library (no metadata.db)"),
             (corrupt, "metadata.db is unreadable or corrupt")]
    for folder, reason in cases:
        result = runner.invoke(app, ["add", "--calibre", str(folder), "--db", db])
        assert result.exit_code == 1 and result.stderr.splitlines()[0] == f"ficlens: {folder}: {reason}" + (
            " (file is not a database)" if folder == corrupt else "")
        tags = runner.invoke(app, ["calibre-tags", str(folder), "--db", db])
        assert tags.exit_code == 1 and reason in tags.stderr and "Traceback" not in tags.output


@needs_calibre
def test_a_locked_library_is_a_one_line_error(built_library, tmp_path, monkeypatch):
    library, _ = built_library
    monkeypatch.setattr(calibre, "LOCK_TIMEOUT_SECONDS", 0.2)
    writer = sqlite3.connect(library / "metadata.db", isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")  # what calibre holds while it writes
    try:
        result = runner.invoke(app, ["add", "--calibre", str(library), "--db", str(tmp_path / "lib.sqlite")])
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (f"ficlens: {library}: metadata.db is locked (is calibre writing to it?); "
                                             "try again when it is done")


@needs_calibre
def test_calibre_tags_refuses_a_column_of_another_type_and_a_missing_calibredb(library_copy, tmp_path, monkeypatch):
    library, _ = library_copy
    db = str(tmp_path / "lib.sqlite")
    calibredb(library, "add_custom_column", "ficlens_count", "Count", "int")
    wrong = runner.invoke(app, ["calibre-tags", str(library), "--db", db, "--column", "ficlens_count"])
    assert wrong.exit_code == 1
    assert "custom column #ficlens_count exists but is not a tag-like text column (it is int)" in wrong.stderr
    monkeypatch.setenv("PATH", str(tmp_path))
    missing = runner.invoke(app, ["calibre-tags", str(library), "--db", db])
    assert missing.exit_code == 1 and "calibredb not found: install calibre" in missing.stderr


def test_a_library_made_before_calibre_support_gains_the_external_id_column(tmp_path):
    from ficlens.library import storage

    path = tmp_path / "old.sqlite"
    old_ddl = storage._SQLITE_DDL.replace("    external_id TEXT,\n", "")
    assert old_ddl != storage._SQLITE_DDL
    c = sqlite3.connect(path)
    c.executescript(old_ddl)
    c.close()
    lib = open_library(str(path))
    with lib:
        assert lib.by_external_id("calibre:x:1") is None
        columns = [r[1] for r in lib.conn().execute("PRAGMA table_info(works)")]
    assert "external_id" in columns
