"""Relationships, their AO3 names and order, reader-inserts and the category."""

from __future__ import annotations

from pathlib import Path

import pytest

import ficlens
from ficlens.fandoms.relations import category_of
from ficlens.model import Character, Mention, Quote, Span, Work

FIXTURES = Path(__file__).parent / "fixtures" / "fandoms"

# story -> (relationship tags that must be found, category)
EXPECTED = {
    "buffy.txt": (["Buffy Summers/Spike"], "F/M"),
    "supernatural.txt": (["Castiel/Dean Winchester", "Dean Winchester & Sam Winchester"], "M/M"),
    "harry_potter.txt": (["Draco Malfoy/Harry Potter"], "M/M"),
    "sherlock.txt": (["Sherlock Holmes/John Watson"], "M/M"),
    "marvel.txt": (["Steve Rogers/Tony Stark"], "M/M"),
    "star_wars.txt": (["Anakin Skywalker & Obi-Wan Kenobi"], "Gen"),
    "pride_prejudice.txt": (["Elizabeth Bennet/Fitzwilliam Darcy"], "F/M"),
    "lotr.txt": (["Gimli & Legolas"], "Gen"),
    "bnha.txt": (["Bakugou Katsuki/Midoriya Izuku"], "M/M"),
    "haikyuu.txt": (["Hinata Shouyou/Kageyama Tobio"], "M/M"),
    "genshin.txt": (["Tartaglia | Childe/Zhongli"], "M/M"),
    "bts.txt": (["Jeon Jungkook/Park Jimin"], "M/M"),
    "good_omens.txt": (["Aziraphale/Crowley (Good Omens)"], "M/M"),
    "witcher_reader.txt": (["Geralt z Rivii | Geralt of Rivia/Reader"], "Other"),
    "star_trek_tos.txt": (["James T. Kirk & Spock"], "Gen"),
    "doctor_who.txt": (["The Doctor/Rose Tyler"], "F/M"),
}


@pytest.fixture(scope="module")
def analysed() -> dict[str, ficlens.Work]:
    return {name: ficlens.analyze(FIXTURES / name) for name in EXPECTED}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_story_relationships_and_category(analysed, name):
    work = analysed[name]
    wanted, category = EXPECTED[name]
    found = [r.name for r in work.relationships]
    for rel in wanted:
        assert rel in found, (rel, found)
    assert [t.name for t in work.detected.relationships] == found
    assert work.detected.category[0].name == category
    for rel in work.relationships:
        assert rel.kind == ("romantic" if "/" in rel.name else "platonic")
        assert 0 < rel.score <= 1 and rel.evidence
        assert all(work.character(cid) is not None for cid in rel.characters)
        for ev in rel.evidence:
            assert ev.text and ev.text[:20] == " ".join(work.text[ev.start : ev.end].split())[:20]


def test_romance_is_not_spread_to_bystanders(analysed):
    buffy = [r.name for r in analysed["buffy.txt"].relationships if r.kind == "romantic"]
    assert buffy == ["Buffy Summers/Spike"]
    lotr = analysed["lotr.txt"].relationships
    assert all(r.kind == "platonic" for r in lotr)


def test_reader_insert_gets_a_reader_character(analysed):
    work = analysed["witcher_reader.txt"]
    readers = [c for c in work.characters if c.reader]
    assert len(readers) == 1 and readers[0].canonical == "Reader"
    rel = next(r for r in work.relationships if r.name == "Geralt z Rivii | Geralt of Rivia/Reader")
    assert rel.characters[-1] == readers[0].id


def test_yn_makes_a_reader_when_no_earlier_stage_did():
    text = (
        "Geralt of Rivia rode into Kaer Morhen at dusk. Y/N was waiting at the gate with a lantern. "
        "You take his hand and he kisses you, slow and warm, and you kiss him back. "
        "Roach snorted. Vesemir pretended not to see. Y/N laughed and you held his hand all the way to the hall.\n\n"
    ) * 2
    work = ficlens.analyze(text, stages=["fandoms"])
    assert [t.name for t in work.detected.fandoms] == ["The Witcher (TV)"]
    assert any(c.reader for c in work.characters) and work.narration.reader_insert
    assert "Geralt z Rivii | Geralt of Rivia/Reader" in [r.name for r in work.relationships]


def _work(text: str, people: dict[str, tuple[str, str]]) -> Work:
    """A work whose characters and name mentions are given (as an earlier stage would)."""
    work = Work(text=text)
    for i, (name, gender) in enumerate(people.values()):
        work.characters.append(Character(f"c{i}", name, [name], gender, 0))
    ids = {name: f"c{i}" for i, name in enumerate(people)}
    for name, cid in ids.items():
        start = 0
        while (start := text.find(name, start)) >= 0:
            work.mentions.append(Mention(start, start + len(name), "name", cid))
            start += len(name)
    work.mentions.sort(key=lambda m: m.start)
    for c in work.characters:
        c.mentions = sum(1 for m in work.mentions if m.character == c.id)
    return work


def test_dialogue_between_two_people_makes_a_platonic_bond():
    text = "Ada met Bram at the dock. " + "Ada spoke to Bram about the ships. " * 4 + "Carl fished alone. " * 3
    work = _work(text, {"Ada": ("Ada", "female"), "Bram": ("Bram", "male"), "Carl": ("Carl", "male")})
    work.quotes = [Quote("q0", 30, 40, "ships", [Span(30, 40)], speaker="c0", addressees=["c1"])]
    from ficlens.fandoms import FandomsStage

    FandomsStage()(work)
    assert [(r.name, r.kind) for r in work.relationships] == [("Ada & Bram", "platonic")]
    assert [t.name for t in work.detected.category] == ["Gen"]


def test_several_kinds_of_romance_make_multi():
    text = (
        "Ada kissed Bram by the harbour. Ada and Bram were married in May. "
        "Cleo kissed Dora under the bridge. Cleo told Dora: I love you. "
        "Ada, Bram, Cleo and Dora lived in the town by the sea. "
    )
    people = {"Ada": ("Ada", "female"), "Bram": ("Bram", "male"), "Cleo": ("Cleo", "female"), "Dora": ("Dora", "female")}
    work = _work(text, people)
    from ficlens.fandoms import FandomsStage

    FandomsStage()(work)
    assert {r.name for r in work.relationships if r.kind == "romantic"} == {"Ada/Bram", "Cleo/Dora"}
    assert [t.name for t in work.detected.category][0] == "Multi"
    assert {t.name for t in work.detected.category[1:]} == {"F/M", "F/F"}


def test_category_of_genders():
    assert category_of(["female", "male"]) == "F/M"
    assert category_of(["male", "male"]) == "M/M"
    assert category_of(["female", "female"]) == "F/F"
    assert category_of(["nonbinary", "male"]) == "Other"
    assert category_of([None, "male"]) is None
