"""Relationships, their AO3 names and order, reader-inserts and the category."""

from __future__ import annotations

from pathlib import Path

import pytest

import ficlens
from ficlens.fandoms.relations import category_of
from ficlens.model import Character, Mention, Scene, Work
from ficlens.structure import StructureStage

FIXTURES = Path(__file__).parent / "fixtures" / "fandoms"

# story -> (relationship tags that must be found, category)
EXPECTED = {
    "buffy.txt": (["Buffy Summers/Spike"], "F/M"),
    "supernatural.txt": (["Castiel/Dean Winchester"], "M/M"),
    "harry_potter.txt": (["Draco Malfoy/Harry Potter"], "M/M"),
    "sherlock.txt": (["Sherlock Holmes/John Watson"], "M/M"),
    "marvel.txt": (["Steve Rogers/Tony Stark"], "M/M"),
    "star_wars.txt": ([], "Gen"),
    "pride_prejudice.txt": (["Elizabeth Bennet/Fitzwilliam Darcy"], "F/M"),
    "lotr.txt": ([], "Gen"),
    "bnha.txt": (["Bakugou Katsuki/Midoriya Izuku"], "M/M"),
    "haikyuu.txt": (["Hinata Shouyou/Kageyama Tobio"], "M/M"),
    "genshin.txt": (["Tartaglia | Childe/Zhongli"], "M/M"),
    "bts.txt": (["Jeon Jungkook/Park Jimin"], "M/M"),
    "good_omens.txt": (["Aziraphale/Crowley (Good Omens)"], "M/M"),
    "witcher_reader.txt": (["Geralt z Rivii | Geralt of Rivia/Reader"], "Other"),
    "star_trek_tos.txt": ([], "Gen"),
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
    for gen in ("lotr.txt", "star_trek_tos.txt", "star_wars.txt"):  # friends sharing scenes: no romance
        assert all(r.kind == "platonic" for r in analysed[gen].relationships), gen


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


def test_one_kiss_makes_a_reader_insert_romance_but_not_a_romance_between_two_characters():
    reader = (
        "You woke up in the bunker with no idea how you got there. Sam found you in the library and asked "
        "your name. \"Y/N,\" you said. Dean looked up from his book. You walked over and kissed Dean, quick "
        "and certain, and Sam laughed at his brother's face. Y/N sat down and waited for someone to explain.\n\n"
    )
    work = ficlens.analyze(reader)
    assert [t.name for t in work.detected.fandoms][:1] == ["Supernatural (TV 2005)"]
    assert [r.name for r in work.relationships if r.kind == "romantic"] == ["Dean Winchester/Reader"]
    third_person = (
        "Sam woke up in the bunker with no idea how he got there. Dean found him in the library and asked "
        "what happened. Castiel stood by the map table. Sam walked over and kissed Castiel, quick and certain, "
        "and Dean stared. Nobody explained anything for a long while.\n\n"
    )
    assert [r.name for r in ficlens.analyze(third_person).relationships if r.kind == "romantic"] == []


def test_a_reader_insert_titled_with_a_character_is_that_character_and_the_reader():
    story = (
        "You find him at the edge of the compound, throwing a knife at the same fence post again and again. "
        "Bucky does not look up. \"Y/N,\" he says, and you sit down on the cold step beside him. "
        "Sam Wilson calls from the doorway that dinner is ready. Neither of you moves.\n\n"
    ) * 3
    titled = ficlens.analyze("Bucky Barnes | Winter Light\n\n" + story)
    assert 'James "Bucky" Barnes/Reader' in [r.name for r in titled.relationships]
    assert [r.name for r in ficlens.analyze(story).relationships if r.kind == "romantic"] == []


def test_a_ship_name_in_the_notes_is_the_authors_pairing_and_story_text_is_not():
    story = (
        "Dean parked the Impala outside the motel and sat with the engine ticking. Castiel was already on the "
        "bench by the door, coat folded over his knees. \"You waited,\" Dean said. Castiel nodded and looked at "
        "the sky. They watched the trucks go by until the sun came up.\n\n"
    ) * 3
    header = "Title: Night Shift\nFandom: Supernatural\nRating: General Audiences\n\n"
    noted = ficlens.analyze(header + "Notes: Written for Destiel week, day three.\n\n" + story)
    assert [t.name for t in noted.detected.relationships] == ["Castiel/Dean Winchester"]
    assert [t.name for t in ficlens.analyze(header + story).detected.relationships] == []


def test_a_tender_touch_between_the_two_leads_of_a_popular_pairing_is_their_romance():
    scene = (
        "Arthur came back from the hunt with mud to his knees, and Merlin had the fire going already. "
        "\"You took your time,\" Merlin told Arthur. Arthur dropped onto the bench next to Merlin and pulled "
        "off his boots. Gaius came in with a basket of herbs and left again. "
    ) * 2
    touched = ficlens.analyze(scene + "Merlin sat beside him and stroked Arthur's hair until the king fell asleep.\n\n")
    assert [r.name for r in touched.relationships] == ["Arthur Pendragon/Merlin (Merlin)"]
    untouched = ficlens.analyze(scene + "Merlin sat beside him and polished the king's sword until the fire died.\n\n")
    assert untouched.relationships == []


def _work(text: str, people: dict[str, tuple[str, str]]) -> Work:
    """A work after the structure stage whose characters and name mentions are given (as the characters stage would)."""
    work = StructureStage()(Work(text=text))
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


def _scenes(work: Work, count: int) -> None:
    size = len(work.text) // count
    work.scenes = [Scene(i, i * size, len(work.text) if i == count - 1 else (i + 1) * size) for i in range(count)]


def test_a_sustained_bond_in_a_long_work_is_platonic_and_a_short_one_is_none():
    from ficlens.fandoms import FandomsStage

    scene = "Ada met Bram at the dock. Ada spoke to Bram about the ships and the tide. " * 80 + "Carl fished alone. " * 20
    work = _work(scene * 4, {"Ada": ("Ada", "female"), "Bram": ("Bram", "male"), "Carl": ("Carl", "male")})
    work.stats.words = len(work.text.split())
    assert work.stats.words >= 5000
    _scenes(work, 4)
    FandomsStage()(work)
    assert [(r.name, r.kind) for r in work.relationships] == [("Ada & Bram", "platonic")]
    assert [t.name for t in work.detected.category] == ["Gen"]
    short = _work(scene, {"Ada": ("Ada", "female"), "Bram": ("Bram", "male"), "Carl": ("Carl", "male")})
    FandomsStage()(short)
    assert short.relationships == []  # sharing scenes in one sitting is no relationship


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


@pytest.mark.parametrize(
    "fandom, declared, tags",
    [
        ("Supernatural", ["Sam/Demon!Dean, mentions of John/Mary"], ["Dean Winchester/Sam Winchester", "John Winchester/Mary Winchester"]),
        ("SPN", ["Destiel (background Sabriel)"], ["Castiel/Dean Winchester", "Gabriel/Sam Winchester"]),
        ("Supernatural", ["Dean Winchester x Reader"], ["Dean Winchester/Reader"]),
        ("BtVS", ["Spuffy"], ["Buffy Summers/Spike"]),
        ("Buffy", ["W/T"], ["Willow Rosenberg/Tara Maclay"]),
        ("Criminal Minds", ["Hotch/Reid pre-slash"], ["Aaron Hotchner/Spencer Reid"]),
        ("LOTR", ["Legolas/OMC (brief Aragorn/Arwen)"], ["Legolas Greenleaf/Original Male Character(s)", "Aragorn/Arwen Undómiel"]),
        ("The Last of Us", ["joel x platonic!f!reader"], ["Joel Miller & Reader"]),
    ],
)
def test_declared_pairings_become_canonical_tags(fandom, declared, tags):
    from ficlens.fandoms import FandomsStage
    from ficlens.model import Declared

    work = Work(text="They talked late into the night. " * 20, declared=Declared(fandoms=[fandom], relationships=declared))
    FandomsStage()(work)
    assert [t.name for t in work.detected.relationships] == tags


def test_what_is_no_pairing_is_dropped_and_a_ship_name_given_as_a_character_is_one():
    from ficlens.fandoms import FandomsStage
    from ficlens.model import Declared

    text = "They talked late into the night. " * 20
    work = FandomsStage()(Work(text=text, declared=Declared(fandoms=["NCIS"], relationships=["A/N", "Bees & Other Stories"])))
    assert work.detected.relationships == []
    work = FandomsStage()(Work(text=text, declared=Declared(fandoms=["NCIS"], characters=["Tabby"])))
    assert [t.name for t in work.detected.relationships] == ["Abby Sciuto/Anthony DiNozzo"]
    assert "Tabby" not in [t.name for t in work.detected.characters]


def test_characters_of_declared_pairings_and_lists_are_tagged_cleanly():
    from ficlens.fandoms import FandomsStage
    from ficlens.model import Declared

    text = "They talked late into the night. " * 20
    stage = FandomsStage()
    work = stage(Work(text=text, declared=Declared(fandoms=["Shingeki no Kyojin"], relationships=["Levi x Reader"])))
    assert [t.name for t in work.detected.characters] == ["Levi Ackerman", "Reader"]
    listed = Declared(fandoms=["LOTR"], characters=["Legolas", "Elrond (", "OCs)"])  # 'Elrond (, OCs)' split at the comma
    work = stage(Work(text=text, declared=listed))
    assert [t.name for t in work.detected.characters] == ["Legolas Greenleaf", "Elrond", "Original Character(s)"]
    unknown = Declared(fandoms=["Voltron"], characters=["Keith (Voltron)", "Zorbax (Voltron"])  # no pack knows Zorbax
    work = stage(Work(text=text, declared=unknown))
    assert [t.name for t in work.detected.characters] == ["Keith (Voltron)", "Zorbax (Voltron)"]


def test_a_character_named_only_in_the_disclaimer_is_no_character_of_the_work():
    scene = (
        "Rin ran ahead along the river path while Jaken complained about the mud. Sesshoumaru walked behind "
        "them without a word. \"Master Sesshoumaru, wait for me!\" Jaken cried, and Rin laughed from the hill.\n\n"
    ) * 3
    disclaimer = "Disclaimer: Sesshoumaru, Rin, Jaken and Inuyasha belong to Rumiko Takahashi, not me.\n\n"
    work = ficlens.analyze(disclaimer + scene)
    assert [t.name for t in work.detected.fandoms][:1] == ["InuYasha (Anime & Manga)"]
    assert sorted(t.name for t in work.detected.characters) == [
        "Jaken (InuYasha)", "Rin (InuYasha)", "Sesshoumaru (InuYasha)"
    ]
    named = ficlens.analyze(disclaimer + scene + "Inuyasha watched them from a tree.\n\n")
    assert "Inuyasha (InuYasha)" in [t.name for t in named.detected.characters]
