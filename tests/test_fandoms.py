"""The fandoms stage on short original stories: fandom, canonical characters, packs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import ficlens
from ficlens.errors import FiclensError
from ficlens.fandoms import FandomsStage
from ficlens.fandoms.detect import scan
from ficlens.fandoms.pack_index import (
    ENV_VAR, PackIndex, PackInfo, add_forms, add_user_packs, load_pack_index, read_builtin_index
)
from ficlens.fandoms.packs import PackError, load_pack_file, parse_pack
from ficlens.model import Declared, Paratext, Work

FIXTURES = Path(__file__).parent / "fixtures" / "fandoms"

# story file -> (fandoms in order, canonical characters that must be tagged)
EXPECTED = {
    "buffy.txt": (["Buffy the Vampire Slayer (TV)"], ["Buffy Summers", "Spike (Buffy the Vampire Slayer)", "Rupert Giles", "Willow Rosenberg"]),
    "supernatural.txt": (["Supernatural (TV 2005)"], ["Dean Winchester", "Castiel (Supernatural)", "Sam Winchester"]),
    "harry_potter.txt": (["Harry Potter - J. K. Rowling"], ["Harry Potter", "Draco Malfoy", "Severus Snape", "Hermione Granger"]),
    "sherlock.txt": (["Sherlock (TV)"], ["Sherlock Holmes", "John Watson", "Greg Lestrade", "Martha Hudson"]),
    "marvel.txt": (["Marvel Cinematic Universe"], ["Tony Stark", "Steve Rogers", "Natasha Romanov", "Thor (Marvel)"]),
    "star_wars.txt": (["Star Wars Prequel Trilogy"], ["Obi-Wan Kenobi", "Anakin Skywalker", "Padmé Amidala"]),
    "pride_prejudice.txt": (["Pride and Prejudice - Jane Austen"], ["Elizabeth Bennet", "Fitzwilliam Darcy"]),
    "lotr.txt": (["The Lord of the Rings - J. R. R. Tolkien"], ["Legolas Greenleaf", "Gimli (Tolkien)", "Frodo Baggins", "Aragorn"]),
    "bnha.txt": (["Boku no Hero Academia"], ["Midoriya Izuku", "Bakugou Katsuki", "Kirishima Eijirou"]),
    "haikyuu.txt": (["Haikyuu!!"], ["Hinata Shouyou", "Kageyama Tobio", "Sugawara Koushi"]),
    "genshin.txt": (["原神 | Genshin Impact (Video Game)"], ["Zhongli (Genshin Impact)", "Tartaglia | Childe (Genshin Impact)"]),
    "bts.txt": (["방탄소년단 | Bangtan Boys | BTS"], ["Jeon Jungkook", "Park Jimin (BTS)", "Min Yoongi | Suga"]),
    "good_omens.txt": (["Good Omens (TV)"], ["Aziraphale (Good Omens)", "Crowley (Good Omens)"]),
    "witcher_reader.txt": (["The Witcher (TV)"], ["Geralt z Rivii | Geralt of Rivia", "Reader", "Jaskier | Dandelion"]),
    "star_trek_tos.txt": (["Star Trek: The Original Series"], ["James T. Kirk", "Spock", "Leonard McCoy"]),
    "doctor_who.txt": (["Doctor Who"], ["The Doctor (Doctor Who)", "Rose Tyler"]),
    "crossover_hp_dw.txt": (
        ["Harry Potter - J. K. Rowling", "Doctor Who"],
        ["Hermione Granger", "Harry Potter", "Ron Weasley", "The Doctor (Doctor Who)", "Martha Jones"],
    ),
}


@pytest.fixture(scope="module")
def analysed() -> dict[str, ficlens.Work]:
    return {name: ficlens.analyze(FIXTURES / name) for name in [*EXPECTED, "original.txt"]}


def test_fixture_stories_are_in_range():
    for name in [*EXPECTED, "original.txt"]:
        words = len((FIXTURES / name).read_text(encoding="utf-8").split())
        assert 200 <= words <= 600, name


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_story_gets_its_fandom_and_canonical_characters(analysed, name):
    work = analysed[name]
    fandoms, characters = EXPECTED[name]
    assert [t.name for t in work.detected.fandoms] == fandoms
    tagged = [t.name for t in work.detected.characters]
    for canonical in characters:
        assert canonical in tagged, (canonical, tagged)
    for tag in work.detected.fandoms:
        assert 0 < tag.confidence <= 1 and tag.evidence
        for ev in tag.evidence:
            assert work.text[ev.start : ev.end] == ev.text


@pytest.mark.parametrize("name", ["buffy_spike_oneshot.txt", "buffy_spike_two_povs.txt"])
def test_the_seed_stories_get_buffy_spike_and_their_pairing(name):
    """The stories this project started from: an explicit Spike/Buffy one-shot (with a header
    declaring its pairing) and a Spike/Buffy story told from both their points of view."""
    work = ficlens.analyze(FIXTURES / name)
    assert [t.name for t in work.detected.fandoms] == ["Buffy the Vampire Slayer (TV)"]
    tags = [t.name for t in work.detected.characters]
    assert tags[0] == "Buffy Summers" and "Spike (Buffy the Vampire Slayer)" in tags
    assert [t.name for t in work.detected.relationships] == ["Buffy Summers/Spike"]
    assert [t.name for t in work.detected.category] == ["F/M"]


def test_characters_are_ordered_by_prominence(analysed):
    assert [t.name for t in analysed["sherlock.txt"].detected.characters][:2] == ["Sherlock Holmes", "John Watson"]
    assert analysed["harry_potter.txt"].detected.characters[0].name in ("Harry Potter", "Draco Malfoy")


def test_clustered_characters_get_canonical_names(analysed):
    buffy = analysed["buffy.txt"]
    by_name = {c.name: c.canonical for c in buffy.characters}
    assert by_name.get("Giles") == "Rupert Giles" or by_name.get("Rupert Giles") == "Rupert Giles"
    assert any(c.canonical == "Spike (Buffy the Vampire Slayer)" for c in buffy.characters)
    ids = [c.id for c in buffy.characters]
    assert len(ids) == len(set(ids))


def test_original_fiction_claims_no_fandom_and_keeps_its_characters(analysed):
    work = analysed["original.txt"]
    assert work.detected.fandoms == []
    names = [t.name for t in work.detected.characters]
    assert "Marguerite Olsen" in names and "Tobias Wren" in names
    assert all(c.canonical is None for c in work.characters)


@pytest.mark.parametrize("stages", [None, ["fandoms"]])
def test_epithets_and_nicknames_resolve_in_the_fandom_context(stages):
    text = (
        "Sunnydale was dark. The Slayer walked past the Bronze toward the Hellmouth, and the Watcher "
        'followed with a crossbow. "Patrol is over, Buff," said Xander. Willow waited at the Magic Box.\n\n'
    ) * 3
    work = ficlens.analyze(text, stages=stages)
    assert [t.name for t in work.detected.fandoms] == ["Buffy the Vampire Slayer (TV)"]
    canon = {alias: c.canonical for c in work.characters for alias in (c.name, *c.aliases)}
    assert canon["Buff"] == "Buffy Summers"
    assert canon.get("the Watcher", canon.get("Watcher")) == "Rupert Giles"
    assert "Slayer" not in canon or canon["Slayer"] == "Buffy Summers"
    assert [t.name for t in work.detected.characters][0] == "Buffy Summers"


def test_common_first_names_alone_claim_nothing():
    text = "John and Mary walked to the market with Harry, Sam and Will. Dean bought apples. " * 20
    work = ficlens.analyze(text, stages=["fandoms"])
    assert work.detected.fandoms == []


def test_one_distinctive_signal_is_not_enough():
    work = ficlens.analyze("Castiel walked into the kitchen and made coffee for everyone. " * 5, stages=["fandoms"])
    assert work.detected.fandoms == []


def test_author_notes_are_not_read_for_characters():
    body = "The rain fell on the quiet village and the baker opened her shop. " * 10
    note = "A/N: I love Hermione Granger and Draco Malfoy, and Quidditch at Hogwarts!\n\n"
    work = Work(text=note + body, paratext=[Paratext(0, len(note), "author_note")])
    assert FandomsStage()(work).detected.fandoms == []


def test_header_and_declared_fandom_are_evidence():
    run = FandomsStage()
    body = "The rain fell on the quiet village and the baker opened her shop. " * 10
    work = run(Work(text=body, declared=Declared(fandoms=["Harry Potter"])))
    assert [t.name for t in work.detected.fandoms] == ["Harry Potter - J. K. Rowling"]
    header = "Disclaimer: I don't own Supernatural.\n\n"
    work = run(Work(text=header + body, paratext=[Paratext(0, len(header), "disclaimer")]))
    assert [t.name for t in work.detected.fandoms] == ["Supernatural (TV 2005)"]
    work = run(Work(text=body, declared=Declared(fandoms=["Some Fandom Nobody Packed"])))
    assert [t.name for t in work.detected.fandoms] == ["Some Fandom Nobody Packed"]
    # A declared fandom shortened to a word of a claimed fandom's name is that fandom, not a second one.
    story = "Rodney McKay glared at the console. John Sheppard leaned on the puddle jumper and grinned. " * 3
    work = run(Work(text=story, declared=Declared(fandoms=["Atlantis"])))
    assert [t.name for t in work.detected.fandoms] == ["Stargate Atlantis"]


@pytest.mark.parametrize(
    "text, fandom",
    [
        # Two main characters by first name and a nickname, in a 60-word drabble.
        ("Dean tossed the keys to Sammy and told him to drive. Sam rolled his eyes but took them, and the "
         "Impala purred out of the motel lot. They had a hunt two states over, a salt line to lay before dark, "
         "and Dean wanted pie first. Sam said nothing. He never won the pie argument.", "Supernatural (TV 2005)"),
        ("Stiles climbed out of the Jeep and stared at the burned-out house. Derek was already on the porch, "
         "arms folded, scowling like the woods owed him money. Scott would be late again.", "Teen Wolf (TV)"),
        # A site's category path and a title line naming the show, with few names in the prose.
        ("Books » Harry Potter » A Quiet Year\n\nThe owl came at dawn. She read the letter twice and then "
         "folded it away, and went down to breakfast as if nothing had changed.", "Harry Potter - J. K. Rowling"),
        ("Stargate SG-1 fic: Cold Open\n\nThe gate spun up and the team walked through into the rain. "
         "Nobody spoke until the base came into view.", "Stargate SG-1"),
    ],
)
def test_short_texts_get_their_fandom_from_names_and_what_they_declare(text, fandom):
    work = ficlens.analyze(text)
    assert [t.name for t in work.detected.fandoms][:1] == [fandom]


def test_a_pairing_header_in_lower_case_names_the_fandom():
    header = "i would let you in\n\npairing: joel miller x platonic!f!reader\n\n"
    body = "Everything felt empty that winter. You threw the cups at the wall and he let you. " * 6
    work = ficlens.analyze(header + body)
    assert work.declared.relationships, "the structure stage reads the pairing line"
    assert [t.name for t in work.detected.fandoms][:1] in (["The Last of Us (TV)"], ["The Last of Us (Video Games)"])
    assert "Joel Miller & Reader" in [t.name for t in work.detected.relationships]
    # The same words in a story's prose name nobody.
    assert ficlens.analyze(body + "joel miller came home late.\n").detected.fandoms == []


def test_a_character_under_a_title_and_surname_counts_as_the_pack_character():
    text = (
        "Dr. Harlan Voss tapped his pen in the FBI room. Across the table Toby Keller stared at the mirror. "
        "\"They took me,\" Toby Keller said of the abduction. Dr. Harlan Voss wrote it down. "
        "Agent Mulder leaned in the doorway and said nothing about aliens. Agent Mulder had heard it all before, "
        "and Fox Mulder believed every word of it. Dr. Harlan Voss did not. Toby Keller wept. "
    ) * 2
    assert [t.name for t in ficlens.analyze(text).detected.fandoms][:1] == ["The X-Files"]


def test_an_original_story_with_everyday_names_gets_no_fandom():
    text = (
        "Rose found John in the kitchen at midnight, eating cold rice out of the pot. Her brother Harry had "
        "left the door open again, and the cat was gone. They walked the lane together calling for it until "
        "Mary from next door leaned out of her window and told them to go to bed. "
    ) * 4
    assert ficlens.analyze(text).detected.fandoms == []


def test_stage_alone_adds_canonical_characters_with_fresh_ids():
    work = ficlens.analyze(FIXTURES / "good_omens.txt", stages=["fandoms"])
    assert [t.name for t in work.detected.fandoms] == ["Good Omens (TV)"]
    assert {"Aziraphale (Good Omens)", "Crowley (Good Omens)"} <= {c.canonical for c in work.characters}
    assert [c.id for c in work.characters] == [f"c{i}" for i in range(len(work.characters))]


def test_all_builtin_packs_load_and_cover_at_least_100_fandoms():
    index = load_pack_index()
    names = {p.name for p in index.infos}
    assert len(names) >= 100
    for older in ("Buffy the Vampire Slayer (TV)", "Star Trek: The Original Series", "Stargate SG-1", "The X-Files",
                  "The Lord of the Rings - J. R. R. Tolkien", "Pride and Prejudice - Jane Austen"):
        assert older in names
    assert all(p.characters for p in index.packs)


def _write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_bad_pack_is_refused_naming_file_and_field(tmp_path):
    bad = _write(tmp_path / "broken.json", {"name": "X", "media": "TV Shows", "characters": [{"name": "A", "gender": "robot"}]})
    with pytest.raises(PackError) as err:
        load_pack_file(bad)
    assert "broken.json" in str(err.value) and "characters[0].gender" in str(err.value)
    assert isinstance(err.value, FiclensError)
    bad = _write(tmp_path / "pairs.json", {"name": "X", "media": "TV Shows", "characters": [{"name": "A"}], "pairings": ["A/Nobody"]})
    with pytest.raises(PackError, match=r"pairings\[0\]"):
        load_pack_file(bad)
    (tmp_path / "notjson.json").write_text("{nope", encoding="utf-8")
    with pytest.raises(PackError, match="notjson.json"):
        load_pack_file(tmp_path / "notjson.json")
    with pytest.raises(PackError, match="not found"):
        add_user_packs(read_builtin_index(), [tmp_path / "missing"])


USER_PACK = {
    "format": "ficlens.pack/1",
    "name": "Lighthouse Chronicles (Original Work)",
    "media": "Books & Literature",
    "characters": [
        {"name": "Marguerite Olsen", "gender": "female", "aliases": ["Marguerite"]},
        {"name": "Tobias Wren", "gender": "male", "aliases": ["Tobias"]},
    ],
    "vocabulary": ["Gull Point"],
    "pairings": ["Marguerite Olsen/Tobias Wren"],
}


def test_user_pack_directory_by_argument_and_environment(tmp_path, monkeypatch):
    from ficlens.pipeline import Pipeline

    _write(tmp_path / "lighthouse.json", USER_PACK)
    pipeline = Pipeline(fandom_dirs=[tmp_path])
    work = pipeline.analyze(FIXTURES / "original.txt")
    assert [t.name for t in work.detected.fandoms] == ["Lighthouse Chronicles (Original Work)"]
    assert pipeline.versions()["fandoms"] != FandomsStage().version  # the user's pack is part of the version
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    assert "Lighthouse Chronicles (Original Work)" in {p.name for p in load_pack_index().infos}
    monkeypatch.delenv(ENV_VAR)
    assert "Lighthouse Chronicles (Original Work)" not in {p.name for p in load_pack_index().infos}


def test_scanner_handles_curly_apostrophes_possessives_and_line_breaks():
    pack = parse_pack(
        {"name": "T", "media": "Other Media", "characters": [{"name": "Lae'zel Vass", "aliases": ["Lae'zel"]}],
         "vocabulary": ["Deep Hollow"]},
        "t.json",
    )
    forms: dict = {}
    add_forms(forms, 0, pack)
    index = PackIndex([PackInfo(pack.name, pack.media, Path("t.json"), 1, None, [])], forms).finish()
    text = "Lae’zel walked to Deep\nHollow; Lae'zel's sword. Lae'zels were not."
    found = [text[h.start : h.end] for h in scan(text, [(0, len(text), False)], index)]
    assert found == ["Lae’zel", "Deep\nHollow", "Lae'zel"]


def test_cli_lists_packs_and_refuses_a_bad_one(tmp_path):
    from typer.testing import CliRunner

    from ficlens.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["fandoms", "buffy"])
    assert result.exit_code == 0
    assert "Buffy the Vampire Slayer (TV)\tTV Shows\t" in result.stdout
    _write(tmp_path / "lighthouse.json", USER_PACK)
    result = runner.invoke(app, ["fandoms", "--packs", str(tmp_path), "--json", "lighthouse"])
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["characters"] == 2
    _write(tmp_path / "zz-bad.json", {"name": "Bad", "media": "TV Shows", "characters": "none"})
    result = runner.invoke(app, ["fandoms", "--packs", str(tmp_path)])
    assert result.exit_code == 1
    assert "zz-bad.json" in result.output and "'characters'" in result.output
    assert "Traceback" not in result.output
