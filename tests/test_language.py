"""Language identification: passages written for these tests in 14 languages, AO3's language
names, the bounded sample, no network, and the language in the card, the library and its API."""

from __future__ import annotations

import hashlib
import json
import re
import socket
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from rich.console import Console
from typer.testing import CliRunner

import ficlens
from ficlens.card import render_card
from ficlens.cli import app
from ficlens.errors import ModelError
from ficlens.language import LanguageStage, identify, resolve, work_language
from ficlens.library.storage import open_library
from ficlens.library.web.app import create_app
from ficlens.pipeline import Pipeline

PASSAGES = json.loads((Path(__file__).parent / "data" / "language_passages.json").read_text(encoding="utf-8"))["passages"]
runner = CliRunner()


def identified(text: str, declared: str | None = None):
    work = ficlens.pipeline.load(text)
    work.declared.language = declared
    return ficlens.pipeline.run_stages(work, ["language"])


@pytest.mark.parametrize("passage", PASSAGES, ids=[p["id"] for p in PASSAGES])
def test_passage_language_is_identified_with_its_ao3_name(passage):
    found = identified(passage["text"]).detected.language
    assert found is not None and found.type == "language"
    assert found.name == passage["language"]
    assert 0.5 <= found.confidence <= 1.0


def test_at_least_eight_languages_are_tested():
    assert len({p["language"] for p in PASSAGES}) >= 8


def test_short_lines_of_each_language_are_identified():
    # The first sentence alone (a drabble's length), not the whole passage.
    wrong = []
    for p in PASSAGES:
        first = p["text"].split("\n\n")[1]
        found = identified(first).detected.language
        if found is None or found.name.split()[0] != p["language"].split()[0]:
            wrong.append((p["id"], first, found and found.name))
    assert wrong == []


def test_declared_language_is_not_detected_again():
    spanish = next(p["text"] for p in PASSAGES if p["language"] == "Español")
    work = identified(spanish, declared="es-419")
    assert work.detected.language is None
    assert work_language(work).name == "Español"
    # A declared value AO3 has no language for is classified like an undeclared one.
    assert identified(spanish, declared="Klingonish").detected.language.name == "Español"


@pytest.mark.parametrize("value, name", [
    ("English", "English"), ("en-US", "English"), ("eng", "English"), ("Spanish", "Español"),
    ("español", "Español"), ("pt-BR", "Português brasileiro"), ("pt_PT", "Português europeu"),
    ("ptBR", "Português brasileiro"), ("zh-Hant", "中文-普通话 國語"), ("zh-HK", "中文-广东话 粵語"),
    ("Mandarin Chinese", "中文-普通话 國語"), ("ja", "日本語"), ("Korean", "한국어"), ("ru", "Русский"),
    ("nb", "Norsk"), ("tl", "Filipino"),
])
def test_declared_values_resolve_to_ao3_names(value, name):
    assert resolve(value).name == name


@pytest.mark.parametrize("value", ["pt", "Portuguese-ish", "", None, "xx-YY", "und"])
def test_values_naming_no_single_ao3_language_resolve_to_none(value):
    assert resolve(value) is None


def test_text_without_language_gets_none():
    assert identified("1234 5678\n\n*** !!! ???\n\n42.").detected.language is None


def test_sample_is_bounded_and_spread_over_the_story():
    words = [f"w{i:05d}" for i in range(20000)]
    text = " ".join(words)
    sample = identify.sample(text, [(0, len(text))])
    assert len(sample) <= identify.SAMPLE_WINDOWS * identify.WINDOW_CHARS
    pieces = sample.split("\n")
    assert len(pieces) == identify.SAMPLE_WINDOWS
    assert pieces[0].startswith("w00000") and pieces[-1].endswith("w19999")
    # Each piece holds whole words only.
    assert all(set(piece.split()) <= set(words) for piece in pieces)
    # Paratext is left out: only the spans given are sampled.
    assert identify.sample("NOTE " * 10 + "story", [(50, 55)]) == "story"


def test_no_network_is_used(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("language identification opened a socket")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    stage = LanguageStage()  # a new stage loads the model afresh
    work = Pipeline(["structure"]).run(ficlens.pipeline.load(PASSAGES[1]["text"]))
    assert stage(work).detected.language.name == PASSAGES[1]["language"]


def test_the_model_loads_on_the_first_work_without_a_declared_language():
    stage = LanguageStage()
    assert stage.identifier is None
    declared = Pipeline(["structure"]).run(ficlens.pipeline.load("Language: English\n\nShe left."))
    stage(declared)
    assert stage.identifier is None
    stage(Pipeline(["structure"]).run(ficlens.pipeline.load("She left the house at dawn and never came back.")))
    assert stage.identifier is not None


def test_missing_model_is_a_clear_error_when_the_stage_is_built(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_py3langid(name, *args, **kwargs):
        if name.startswith("py3langid"):
            raise ImportError("No module named 'py3langid'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_py3langid)
    with pytest.raises(ModelError) as err:
        LanguageStage()
    message = str(err.value)
    assert "\n" not in message and message.startswith("py3langid: not installed")


def test_card_shows_the_detected_language():
    console = Console(record=True, width=100)
    render_card(ficlens.analyze(PASSAGES[1]["text"]), console)
    assert re.search(rf"Language +detected: {PASSAGES[1]['language']} \(1\.00\)", console.export_text())


@pytest.fixture(scope="module")
def languages_library(tmp_path_factory):
    """A library of three analysed passages (English, Spanish, German) and their files' SHA-256 by id."""
    folder = tmp_path_factory.mktemp("languages") / "works"
    folder.mkdir()
    digests = {}
    for pid in ("en-double", "es-dash", "de-low9"):
        path = folder / f"{pid}.txt"
        path.write_text(next(p["text"] for p in PASSAGES if p["id"] == pid), encoding="utf-8")
        digests[pid] = hashlib.sha256(path.read_bytes()).hexdigest()
    db = str(folder.parent / "lib.sqlite")
    added = runner.invoke(app, ["add", str(folder), "--db", db])
    assert added.exit_code == 0, added.output
    return db, {digest: pid for pid, digest in digests.items()}


@pytest.mark.parametrize("asked", ["es", "Spanish", "Español", "español"])
def test_search_by_language_from_the_command_line(languages_library, asked):
    db, ids = languages_library
    out = runner.invoke(app, ["search", "--language", asked, "--json", "--db", db])
    assert out.exit_code == 0, out.output
    result = json.loads(out.stdout)
    assert [ids[w["sha256"]] for w in result["works"]] == ["es-dash"]
    assert result["works"][0]["language"] == "Español"
    assert result["works"][0]["detected"]["language"] == "Español"


def test_language_filter_and_facets_in_the_api_and_page(languages_library):
    db, ids = languages_library
    with open_library(db) as library:
        client = TestClient(create_app(library))
        found = client.get("/api/search", params={"language": "de"}).json()
        assert [ids[w["sha256"]] for w in found["works"]] == ["de-low9"]
        facets = client.get("/api/facets").json()["facets"]["language"]
        assert sorted((f["name"], f["count"]) for f in facets) == [("Deutsch", 1), ("English", 1), ("Español", 1)]
        page = client.get("/").text
        assert "<summary>Languages</summary>" in page and 'href="/?language=Espa%C3%B1ol"' in page
        assert "1 Work" in client.get("/", params={"language": "Español"}).text
