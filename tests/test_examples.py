"""Paratext, chapters and scenes come out right on the bundled examples (the demo)."""

from __future__ import annotations

import pytest

import ficlens


def structure(examples_dir, name):
    return ficlens.analyze(examples_dir / name, stages=["structure"])


def kinds(work) -> list[str]:
    return [p.kind for p in work.paratext]


def story(work) -> str:
    return "".join(work.text[s.start:s.end] for s in work.story_spans()).strip()


def test_ffnet_text_header_notes_and_end(examples_dir):
    w = structure(examples_dir, "whatever_the_weather_ffnet.txt")
    assert kinds(w) == ["header"] * 5 + ["summary", "disclaimer", "author_note", "end_mark", "end_note"]
    assert w.declared.title == "Whatever the Weather" and w.declared.rating == "Teen And Up Audiences"
    assert w.declared.raw["rating"] == "T"
    assert (len(w.chapters), len(w.scenes)) == (1, 4)
    body = story(w)
    assert "Disclaimer" not in body and "A/N" not in body and "THE END" not in body
    assert not any("~" in w.text[s.start:s.end].strip()[:3] for s in w.scenes)


def test_reader_insert_text(examples_dir):
    w = structure(examples_dir, "lanterns_on_the_road_reader_insert.txt")
    assert kinds(w)[0] == "title" and kinds(w).count("header") == 6
    assert "author_note" in kinds(w) and kinds(w)[-1] == "review_request"
    assert (len(w.chapters), len(w.scenes)) == (1, 3)
    assert w.declared.relationships == ["Geralt of Rivia/Reader"]


def test_ao3_html_chapters_scenes_and_notes(examples_dir):
    w = structure(examples_dir, "the_last_patrol_ao3.html")
    assert [c.title for c in w.chapters] == ["Chapter 1: Flashcards", "Chapter 2: The Ice Rink", "Chapter 3: Nine O'Clock"]
    assert [s.chapter for s in w.scenes] == [0, 1, 1, 2]
    assert {"title", "header", "summary", "author_note", "chapter_heading", "boilerplate"} <= set(kinds(w))
    body = story(w)
    assert "Posted originally" not in body and "Chapter End Notes" not in body
    assert body.startswith("The Magic Box smelled of sage")


@pytest.mark.parametrize("name", ["the_borrowed_violin_fanficfare.epub"])
def test_fanficfare_epub_chapters_and_title_page(examples_dir, name):
    w = structure(examples_dir, name)
    assert [c.title for c in w.chapters] == ["Chapter 1: The Missing Instrument", "Chapter 2: Seven Dials"]
    assert [s.chapter for s in w.scenes] == [0, 0, 1, 1]
    assert kinds(w).count("chapter_heading") == 2 and kinds(w)[0] == "boilerplate"
    assert "Table of Contents" not in story(w)


def test_ffnet_text_cast_is_one_character_per_person_and_speakers_follow_the_beats(examples_dir):
    work = ficlens.analyze(examples_dir / "whatever_the_weather_ffnet.txt")
    names = [c.name for c in work.characters]
    assert len(names) == len(set(names)), names
    hermione = next(c for c in work.characters if "Hermione" in c.aliases)
    assert "Hermione Granger" in hermione.aliases
    by_text = {q.text: q.speaker for q in work.quotes}
    beat_led = [t for t in by_text if t.startswith(("Madam Pomfrey will give me", "Thank you, Ronald."))]
    assert len(beat_led) == 2
    assert all(by_text[t] == hermione.id for t in beat_led)
