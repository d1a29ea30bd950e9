"""The work model: JSON round trip, published schema in sync, outputs valid."""

from __future__ import annotations

import json

import jsonschema
import pytest

import ficlens
from ficlens import model
from ficlens.model import (
    Character,
    Check,
    Evidence,
    Mention,
    Paratext,
    Quote,
    Relationship,
    Span,
    Tag,
    Work,
)
from ficlens.schema import SCHEMA_FILE, build_schema, validate
from ficlens.schema.markdown import build_markdown

from conftest import ROOT


def rich_work() -> Work:
    w = Work(text='Rating: T\n\n"Hi, Giles," said Buffy.\n')
    w.paratext.append(Paratext(0, 9, "header"))
    w.characters = [Character("c0", "Buffy Summers", ["Buffy"], "female", 2, 0.7, 1), Character("c1", "Rupert Giles", ["Giles"], "male")]
    w.quotes.append(Quote("q0", 12, 22, "Hi, Giles,", [Span(12, 22)], "c0", ["c1"], 0.9, "explicit_tag"))
    ev = Evidence(12, 33, "vocative", "Hi, Giles")
    w.relationships.append(Relationship(["c0", "c1"], "Buffy Summers & Rupert Giles", "platonic", 0.5, [ev]))
    w.detected.rating = Tag("General Audiences", "rating", 0.8)
    w.detected.additional_tags.append(Tag("Fluff", "freeform", 0.6, [ev]))
    w.checks.append(Check("rating", "Teen And Up Audiences", "General Audiences", "declared higher", [ev]))
    w.declared.extra["Beta"] = "Willow"
    return w


def test_round_trip_is_exact():
    w = rich_work()
    data = w.to_dict(include_text=True)
    again = Work.from_dict(json.loads(json.dumps(data)))
    assert again == w
    assert again.quotes[0].parts[0] == Span(12, 22)
    assert again.detected.rating.name == "General Audiences"


@pytest.mark.parametrize("separators", [(", ", ": "), (",", ":")])
def test_json_chunks_join_to_the_json_of_to_dict(separators, monkeypatch):
    monkeypatch.setattr(model, "JSON_CHUNK_ITEMS", 3)
    w = rich_work()
    w.text += " Ünïcode “quoted” \\ and a tab\t."
    w.sentences = [Span(i, i + 1) for i in range(7)]  # three chunks: 3 + 3 + 1
    w.mentions = [Mention(i, i + 2, "pronoun", None if i % 2 else "c0") for i in range(6)]  # two full chunks
    for include_text in (False, True):
        pieces = list(w.json_chunks(include_text=include_text, separators=separators))
        expected = json.dumps(w.to_dict(include_text=include_text), ensure_ascii=False, separators=separators)
        assert "".join(pieces) == expected
        assert max(map(len, pieces)) < len(expected) / 2


def test_text_only_serialised_on_request():
    w = rich_work()
    assert "text" not in w.to_dict()
    assert w.to_dict(include_text=True)["text"] == w.text


def test_published_schema_matches_model():
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == build_schema(), (
        "run: .venv/bin/python -m ficlens.schema > src/ficlens/schema/work.schema.json"
    )


def test_schema_doc_matches_model():
    assert (ROOT / "docs" / "schema.md").read_text(encoding="utf-8") == build_markdown(), (
        "run: .venv/bin/python -m ficlens.schema.markdown > docs/schema.md"
    )


def test_rich_work_validates_and_bad_documents_do_not():
    data = rich_work().to_dict(include_text=True)
    validate(data)
    bad = json.loads(json.dumps(data))
    bad["schema"] = "ficlens.work/2"
    with pytest.raises(jsonschema.ValidationError):
        validate(bad)
    bad = json.loads(json.dumps(data))
    bad["quotes"][0]["start"] = "twelve"
    with pytest.raises(jsonschema.ValidationError):
        validate(bad)
    bad = json.loads(json.dumps(data))
    bad["stats"]["unknown_field"] = 1
    with pytest.raises(jsonschema.ValidationError):
        validate(bad)


def test_story_spans_are_the_complement_of_paratext():
    w = Work(text="0123456789")
    w.paratext = [Paratext(6, 8, "end_mark"), Paratext(0, 2, "header"), Paratext(1, 3, "header")]
    assert w.story_spans() == [Span(3, 6), Span(8, 10)]


def test_every_example_output_validates(examples_dir):
    paths = sorted(p for p in examples_dir.rglob("*") if p.is_file() and not p.name.startswith("."))
    assert paths, "examples/ is empty"
    for p in paths:
        if p.suffix.lower() not in {".txt", ".html", ".htm", ".epub"}:
            continue
        work = ficlens.analyze(p)
        validate(work.to_dict(include_text=True))
        n = len(work.text)
        for item in [*work.paratext, *work.chapters, *work.scenes, *work.paragraphs, *work.sentences, *work.mentions, *work.quotes]:
            assert 0 <= item.start <= item.end <= n, (p.name, item)
