"""Stages that support only some languages do not run on works in others, and say so: no
rating, warning or additional tag is detected on text the content rules cannot read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.console import Console

import ficlens
from ficlens.card import render_card
from ficlens.library.ingest import add_paths, reindex_library
from ficlens.library.storage import open_library
from ficlens.pipeline import NOT_RUN, default_pipeline, with_prerequisites
from ficlens.text import count_words

PASSAGES = json.loads((Path(__file__).parent / "data" / "language_passages.json").read_text(encoding="utf-8"))["passages"]
OTHER = [p for p in PASSAGES if p["language"] != "English"]
CONTENT_NOT_RUN = "content labels: English only; not analysed"


def card_text(work) -> str:
    console = Console(record=True, width=120)
    render_card(work, console)
    return console.export_text()


@pytest.mark.parametrize("passage", OTHER, ids=[p["id"] for p in OTHER])
def test_no_content_label_for_a_language_the_content_stage_does_not_support(passage):
    work = ficlens.analyze(passage["text"])
    assert work.detected.rating is None
    assert work.detected.warnings == [] and work.detected.additional_tags == []
    assert work.pipeline["content"] == f"{default_pipeline().stages['content'].version}{NOT_RUN}{passage['language']} (English only)"
    checks = [c for c in work.checks if c.field == "language"]
    assert [c.message for c in checks if c.message == CONTENT_NOT_RUN] == [CONTENT_NOT_RUN]
    assert checks[0].detected == passage["language"]
    assert CONTENT_NOT_RUN in card_text(work)


def test_english_work_gets_its_content_labels_and_no_such_check():
    work = ficlens.analyze(next(p["text"] for p in PASSAGES if p["language"] == "English"))
    assert work.detected.rating is not None and work.detected.warnings
    assert NOT_RUN not in work.pipeline["content"]
    assert not [c for c in work.checks if c.field == "language"]


def test_words_the_english_rules_know_do_not_label_a_german_work():
    # "Sex", "Blut" and "Messer" would be read by English cue lists; the text is German.
    text = ("„Bleib hier“, flüsterte Draco. Nach dem Sex lagen sie lange still nebeneinander.\n\n"
            "Später fand Harry Blut an dem Messer in der Küche und rief: „Was hast du getan?“\n\n"
            "Draco antwortete nicht. Er sah aus dem Fenster und zündete sich eine Zigarette an.\n")
    work = ficlens.analyze(text)
    assert work.detected.language.name == "Deutsch"
    assert work.detected.rating is None and work.detected.warnings == [] and work.detected.additional_tags == []


def test_declared_labels_structure_characters_and_fandom_still_work():
    passage = next(p for p in PASSAGES if p["id"] == "es-dash-2")
    header = "Rating: Mature\nArchive Warning: No Archive Warnings Apply\nFandom: Harry Potter\nLanguage: Español\n\n"
    work = ficlens.analyze(header + passage["text"])
    assert work.declared.rating == "Mature" and work.declared.language == "Español"
    assert work.detected.language is None  # declared, so not classified
    assert work.detected.rating is None and work.checks[-1].message == CONTENT_NOT_RUN
    assert len(work.paragraphs) == 8 and work.stats.words == count_words(passage["text"])  # header left out
    assert {"Draco", "Harry"} <= {c.name for c in work.characters}
    assert "Harry Potter" in work.detected.fandoms[0].name
    text = card_text(work)
    assert "Rating" in text and "Mature" in text and CONTENT_NOT_RUN in text


def test_a_declared_language_decides_over_the_text():
    spanish = next(p["text"] for p in PASSAGES if p["id"] == "es-dash")
    work = ficlens.analyze("Language: English\n\n" + spanish)
    assert NOT_RUN not in work.pipeline["content"] and work.detected.rating is not None


def test_an_unidentified_language_runs_every_stage():
    work = ficlens.analyze("1234 5678\n\n*** !!! ???\n\n42.")
    assert work.detected.language is None
    assert not any(NOT_RUN in v for v in work.pipeline.values())


def test_stages_that_support_some_languages_need_the_language_stage():
    assert "language" in with_prerequisites(["content"])
    assert with_prerequisites(["characters"]) == ["structure", "characters"]


def test_reindex_keeps_works_whose_stages_did_not_run(tmp_path):
    for p in OTHER[:2]:
        (tmp_path / f"{p['id']}.txt").write_text(p["text"], encoding="utf-8")
    with open_library(str(tmp_path / "lib.sqlite")) as library:
        errors: list[str] = []
        assert add_paths(library, [str(tmp_path / f"{p['id']}.txt") for p in OTHER[:2]], errors.append).added == 2
        report = reindex_library(library, force=False, on_error=errors.append)
        assert (report.added, report.skipped, errors) == (0, 2, [])
