"""What authors declare, read as labels: warnings notes, archive warnings in the prose of a note,
content notes that stand for a rating; and explicit sex written in fan fiction's own words.

Texts written for these tests."""

from __future__ import annotations

import pytest

from ficlens import content
from ficlens.model import Work
from ficlens.structure import StructureStage

STORY = "\n\nThe kitchen was quiet. Tess set two mugs on the table and Mia sat down across from her.\n"


def run(text: str) -> Work:
    return content.run(StructureStage()(Work(text=text)))


def warnings(work: Work) -> set[str]:
    return {t.name for t in work.detected.warnings}


def test_a_warnings_note_that_names_something_rates_at_least_teen_and_cites_it():
    work = run("Title: Mugs\nWarnings: angst, arguments, throwing of objects" + STORY)
    assert work.detected.rating.name == "Teen And Up Audiences"
    assert "angst, arguments" in work.detected.rating.evidence[0].text
    assert work.detected.rating.evidence[0].reason.startswith("declared by the author")


@pytest.mark.parametrize("note", ["none", "spoilers for season two", "no archive warnings apply"])
def test_a_warnings_note_that_names_nothing_leaves_a_gentle_story_general(note):
    assert run(f"Title: Mugs\nWarnings: {note}" + STORY).detected.rating.name == "General Audiences"


@pytest.mark.parametrize(
    ("note", "warning"),
    [
        ("A/N: This one has dubcon, please mind the tags.", "Rape/Non-Con"),
        ("A/N: Warning for main character death.", "Major Character Death"),
        ("A/N: Heads up: graphic descriptions of injuries in this chapter.", "Graphic Depictions Of Violence"),
        ("A/N: Warning: sexual content between teenagers.", "Underage Sex"),
    ],
)
def test_archive_warnings_in_the_prose_of_a_note(note, warning):
    work = run(note + STORY)
    assert warning in warnings(work)
    assert work.detected.rating.name != "General Audiences"


def test_a_warning_only_referred_to_in_a_note_is_no_archive_warning():
    assert "Rape/Non-Con" not in warnings(run("A/N: mentions of past rape, nothing shown on the page." + STORY))


def test_fan_vocabulary_for_porn_in_a_note_stands_for_explicit():
    assert run("A/N: Written for the kink meme. Pure filth, sorry." + STORY).detected.rating.name == "Explicit"


@pytest.mark.parametrize(
    "text",
    [
        "Jae lowered herself onto him slowly. She writhed as his thumb found the bundle of nerves at her core, "
        "and she mewled his name. When she clenched around him, he spilled inside her with a groan.",
        "You sink down on his lap and he palms your breasts through the thin shirt. His member is hard against "
        "your thigh, and you keen when he bucks up into you.",
    ],
)
def test_explicit_sex_in_fan_fiction_euphemism_and_second_person(text):
    work = run(text)
    assert work.detected.rating.name == "Explicit"
    assert work.detected.rating.evidence[0].reason.startswith("explicit sex")


def test_the_same_words_in_everyday_use_stay_general():
    text = (
        "The band played on. Nell lowered herself onto the bench and watched the bubbles rise in her glass; "
        "Tom bounced the baby on his knee while the sky kept its afterglow."
    )
    assert run(text).detected.rating.name == "General Audiences"
