"""Content stage: evidence on every label, story text only, context filters, declared checks."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ficlens import analyze, content
from ficlens.content.checks import rating_level, warning_name
from ficlens.content.findings import NO_WARNINGS
from ficlens.content.lexicon import lexicon, tag_rules
from ficlens.eval.pdnc import novel_dirs
from ficlens.model import Declared, Narration, Paratext, Work
from ficlens.structure import StructureStage
from ficlens.text import excerpt

PASSAGES = Path(__file__).parent / "data" / "content_passages.jsonl"

EXPLICIT = (
    "She wrapped her hand around his cock and stroked him until he was hard. "
    "He pushed inside her and she moaned, and they moved together until she came."
)
GRAPHIC = (
    "The blade opened his belly and his guts spilled onto the floor. "
    "Blood sprayed across the tiles while he screamed until his voice gave out."
)
GENTLE = "Ada poured the tea and passed Nell the biscuit tin. Outside, the rain kept on, soft against the glass."


def run(text: str, **kw) -> Work:
    return content.run(StructureStage()(Work(text=text, **kw)))


def labels(work: Work):
    yield work.detected.rating
    yield from work.detected.warnings
    yield from work.detected.additional_tags


def assert_evidence_in_story(work: Work) -> None:
    """Every rating above General, warning and tag has evidence inside story text, with its text.

    A label the author declares cites the declaration instead (a header line in paratext)."""
    spans = work.story_spans()
    for tag in labels(work):
        if tag.name in ("General Audiences", NO_WARNINGS):
            continue
        assert tag.evidence, f"{tag.type} {tag.name} has no evidence"
        for ev in tag.evidence:
            assert 0 <= ev.start < ev.end <= len(work.text), (tag.name, ev)
            in_story = any(s.start <= ev.start and ev.end <= s.end for s in spans)
            stated = ev.reason.startswith("declared by the author") and any(
                p.start <= ev.start and ev.end <= p.end for p in work.paratext
            )
            assert in_story or stated, f"{tag.name} evidence outside story"
            assert ev.text == excerpt(work.text, ev.start, ev.end)
            assert ev.reason


def test_every_label_has_evidence_on_labelled_passages():
    for line in PASSAGES.read_text(encoding="utf-8").splitlines():
        work = run(json.loads(line)["text"])
        assert_evidence_in_story(work)


def test_every_label_has_evidence_on_examples(examples_dir):
    paths = sorted(p for p in examples_dir.rglob("*") if p.is_file() and not p.name.startswith("."))
    if not paths:
        pytest.skip("no example stories yet")
    for path in paths:
        assert_evidence_in_story(analyze(path))


def test_every_label_has_evidence_on_a_pdnc_novel(pdnc_dir):
    folder = min(novel_dirs(pdnc_dir), key=lambda p: (p / "novel_text.txt").stat().st_size)
    work = run((folder / "novel_text.txt").read_text(encoding="utf-8"))
    assert work.detected.rating is not None
    assert_evidence_in_story(work)


def test_ratings_from_clear_passages():
    assert run(GENTLE).detected.rating.name == "General Audiences"
    assert run(EXPLICIT).detected.rating.name == "Explicit"
    graphic = run(GRAPHIC)
    assert graphic.detected.rating.name == "Mature"
    assert [t.name for t in graphic.detected.warnings] == ["Graphic Depictions Of Violence"]
    assert run(GENTLE).detected.warnings[0].name == NO_WARNINGS


def test_only_story_text_is_judged():
    note = "Author's note: " + EXPLICIT + "\n\n"
    work = run(note + GENTLE, paratext=[Paratext(0, len(note), "author_note")])
    assert work.detected.rating.name == "General Audiences"
    story_only = run(EXPLICIT + "\n\n" + GENTLE)  # the same words as story text
    assert story_only.detected.rating.name == "Explicit"


@pytest.mark.parametrize(
    "text",
    [
        "He didn't kill her. He dropped the knife and left.",
        "If he died out there, she would never forgive herself.",
        '"If you eat my pie, I will kill you," Sam said.',
        "She dreamed that Leo was dead. She woke, and he was snoring beside her.",
        "You killed it on stage tonight, Jonah. I nearly died laughing.",
        "I could murder a pizza, Felix said, and the car died on the hill.",
        "Her brother had died in the crash two summers ago.",
    ],
)
def test_negated_hypothetical_dreamed_and_figurative_deaths_do_not_warn(text):
    work = run(text)
    assert "Major Character Death" not in {t.name for t in work.detected.warnings}


def test_depicted_death_of_named_character_warns_with_evidence():
    work = run("Aunt Margaret died on a Tuesday, with Lily holding her hand. Lily sat with her until the nurse came.")
    death = [t for t in work.detected.warnings if t.name == "Major Character Death"]
    assert death and "died" in death[0].evidence[0].text


def test_minor_character_death_is_a_tag_not_a_warning():
    work = run("The raid was quick. A guard died at the gate before he could shout. Mira ran on into the dark.")
    assert "Major Character Death" not in {t.name for t in work.detected.warnings}
    assert "Minor Character Death" in {t.name for t in work.detected.additional_tags}


def test_past_assault_is_a_tag_and_teen_not_a_warning():
    work = run("Years ago, her uncle had raped her. She had told no one until tonight.")
    assert work.detected.warnings[0].name == NO_WARNINGS
    assert "Past Rape/Non-Con" in {t.name for t in work.detected.additional_tags}
    assert work.detected.rating.name == "Teen And Up Audiences"


def test_depicted_non_con_warns():
    text = "She said no, twice. He held her wrists down against the mattress and did not stop."
    assert "Rape/Non-Con" in {t.name for t in run(text).detected.warnings}


def test_anatomy_in_a_medical_scene_is_not_explicit():
    text = "The doctor examined the swelling near his testicles and made a note. It was a hernia; surgery on Friday."
    assert run(text).detected.rating.name == "General Audiences"


def test_underage_needs_sex_and_an_age_together():
    first_time = run("They were both sixteen when they had sex for the first time.")
    assert "Underage Sex" in {t.name for t in first_time.detected.warnings}
    assert run("She was sixteen when she learned to drive.").detected.warnings[0].name == NO_WARNINGS


def test_tags_are_well_supported():
    fluffy = (
        "Sam smiled and pulled the blanket over them both. They cuddled on the sofa, warm and soft, and Jo laughed "
        "at the film. He hugged her, gently, and she snuggled closer, grinning up at him, fond and sleepy and sweet."
    )
    names = {t.name for t in run(fluffy).detected.additional_tags}
    assert "Fluff" in names and "Cuddling" in names
    assert "Angst" not in names
    assert {t.name for t in run(GENTLE).detected.additional_tags} <= {"Rain", "Food"}


def test_narration_from_characters_stage_and_fallback():
    second = run("You wake late. You pad into the kitchen and he hands you a mug, and you grin at him.",
                 narration=Narration(person="second", reader_insert=True))
    names = {t.name for t in second.detected.additional_tags}
    assert {"Second Person", "Reader-Insert"} <= names
    first = run("I never meant to fall for my roommate. I told myself every morning that I was fine, and I was not.")
    assert "First Person" in {t.name for t in first.detected.additional_tags}
    yn = run("Y/N rolls her eyes when he calls her name across the lab, but she smiles anyway.")
    assert "Reader-Insert" in {t.name for t in yn.detected.additional_tags}


def test_vocabulary_has_a_hundred_detectable_tags_over_known_cue_groups():
    rules = tag_rules()
    detectable = [r for r in rules if "declared_only" not in r]
    assert len(detectable) == 100
    groups = set(lexicon().groups)
    for rule in rules:
        assert set(rule.get("groups", [])) <= groups, rule["name"]


def test_keyed_scan_finds_what_a_plain_regex_finds():
    text = (GRAPHIC + " " + EXPLICIT + " " + GENTLE + " Y/N said damn, twice: damn. The car died.").lower()
    found = lexicon().scan(text, [(0, len(text))])
    raw = json.loads((Path(content.__file__).parent / "cues.json").read_text(encoding="utf-8"))
    for group, patterns in raw.items():
        if group == "_doc":
            continue
        source = "|".join(p.replace("'", "['’]") for p in patterns)
        plain = re.compile(rf"(?<![^\W_])(?<![^\W_]-)(?:{source})(?![^\W_]|-[^\W_])")
        expected = [m.span() for m in plain.finditer(text)]
        assert [h for h in found[group] if h in expected] == found[group], group
        assert len(found[group]) >= len(expected) or group in ("sex_action", "affection"), group


def test_rating_check_names_lines_when_declared_lower():
    text = GENTLE + "\n\n" + EXPLICIT
    work = run(text, declared=Declared(rating="Teen And Up Audiences"))
    check = [c for c in work.checks if c.field == "rating"]
    assert check and check[0].detected == "Explicit"
    assert re.search(r"lines? 3", check[0].message), check[0].message
    assert check[0].evidence


def test_declared_higher_rating_is_a_mild_note():
    work = run(GENTLE, declared=Declared(rating="Explicit"))
    (check,) = [c for c in work.checks if c.field == "rating"]
    assert "nothing in the text reads above General Audiences" in check.message


def test_declared_rating_vocabularies():
    assert rating_level("M") == 2 and rating_level("T") == 1 and rating_level("K+") == 0
    assert rating_level("NC-17") == 3 and rating_level("PG-13") == 1 and rating_level("Rated: MA") == 3
    assert rating_level("Not Rated") is None
    assert warning_name("Creator Chose Not To Use Archive Warnings") == "Creator Chose Not To Use Archive Warnings"
    assert warning_name("Graphic Depictions Of Violence") == "Graphic Depictions Of Violence"


def test_warning_checks_respect_chose_not_to_warn():
    undeclared = run(GRAPHIC, declared=Declared(warnings=["No Archive Warnings Apply"]))
    assert [c.detected for c in undeclared.checks if c.field == "warnings"] == ["Graphic Depictions Of Violence"]
    chose = run(GRAPHIC, declared=Declared(warnings=["Creator Chose Not To Use Archive Warnings"]))
    assert not [c for c in chose.checks if c.field == "warnings"]
    nothing_declared = run(GRAPHIC)
    assert nothing_declared.checks == []


def test_sensitive_tag_missing_from_declared_tags_is_checked():
    text = "Alone in the bathroom, she pressed the razor to her forearm and drew it across the skin."
    work = run(text, declared=Declared(additional_tags=["Angst"]))
    assert [c.detected for c in work.checks if c.field == "additional_tags"] == ["Self-Harm"]


def test_empty_and_paratext_only_works():
    assert run("").detected.rating.name == "General Audiences"
    work = run("Title\n\nby someone", paratext=[Paratext(0, 18, "header")])
    assert work.detected.rating.name == "General Audiences"
    assert work.detected.warnings[0].name == NO_WARNINGS


def test_docs_describe_every_tag():
    docs = (Path(__file__).resolve().parent.parent / "docs" / "content.md").read_text(encoding="utf-8")
    missing = [r["name"] for r in tag_rules() if f"| {r['name']} |" not in docs]
    assert missing == []


def test_content_runs_last_in_the_pipeline():
    work = analyze("\n\n".join([GENTLE, GRAPHIC, '"I love you," Ada said. "Stay."']))
    assert work.pipeline.get("content") == content.ContentStage().version
    assert work.detected.rating.name == "Mature"
    assert_evidence_in_story(work)


@pytest.mark.parametrize(
    "text",
    [
        "She stabbed a fork into the salad and glared at him.",
        "A stabbing pain shot through his temple.",
        "They sat by the dying fire and talked until dawn.",
        "He killed time scrolling through his phone, then killed the engine.",
        "The line went dead. She stared at the phone.",
        "She took a shot of tequila and winced.",
        '"I\'m dying here," Theo groaned. "Feed me."',
        "The old cock crowed from the woodpile; a cock-sparrow hopped past.",
        "She came into the kitchen and licked the spoon clean.",
    ],
)
def test_everyday_words_do_not_raise_the_rating(text):
    work = run(text)
    assert work.detected.rating.name == "General Audiences"
    assert work.detected.warnings[0].name == NO_WARNINGS
    assert not {"Character Death", "Drunkenness", "Violence", "Minor Violence"} & {t.name for t in work.detected.additional_tags}


def test_declared_rating_is_the_label_and_cites_the_declaration():
    header = "Rating: R\n"
    work = run(header + "\n" + GENTLE, paratext=[Paratext(0, len(header) - 1, "header")],
               declared=Declared(rating="Mature", raw={"rating": "R"}))
    assert work.detected.rating.name == "Mature"
    assert work.detected.rating.evidence[0].reason.startswith("declared by the author")
    assert work.detected.rating.evidence[0].text == "Rating: R"
    assert_evidence_in_story(work)
    (check,) = [c for c in work.checks if c.field == "rating"]
    assert "nothing in the text reads above General Audiences" in check.message


def test_explicit_text_overrides_a_lower_declared_rating():
    work = run(EXPLICIT, declared=Declared(rating="Teen And Up Audiences"))
    assert work.detected.rating.name == "Explicit"


def test_authors_notes_stand_for_a_rating_and_warnings():
    header = "Warnings: smut, Character Death\n"
    work = run(header + "\n" + GENTLE, paratext=[Paratext(0, len(header) - 1, "header")],
               declared=Declared(warnings=["smut", "Character Death"]))
    assert work.detected.rating.name == "Explicit"
    assert [t.name for t in work.detected.warnings] == ["Major Character Death"]
    assert_evidence_in_story(work)
    not_graphic = run(GENTLE, declared=Declared(warnings=["the scene isn't graphic"]))
    assert not_graphic.detected.warnings[0].name == NO_WARNINGS


def test_a_work_declaring_no_warnings_needs_strong_evidence():
    one_death = "Aunt Margaret died on a Tuesday, with Lily holding her hand. Lily sat with her until the nurse came."
    assert "Major Character Death" in {t.name for t in run(one_death).detected.warnings}
    quiet = run(one_death, declared=Declared(warnings=["No Archive Warnings Apply"]))
    assert quiet.detected.warnings[0].name == NO_WARNINGS


@pytest.mark.parametrize(
    "text",
    [
        "Theo was dying of laughter by the time the cake hit the floor.",
        "The words died on his lips when Mira walked in.",
        "Jonah thought he was dying; it was only the flu, and by Friday he was back at work.",
        "Maybe Dean was dead before Sam left, murdered and cut into pieces by Sam's denial.",
        "The plane touched down on the runway and stopped moving.",
        "This is the story of how I died. Don't worry, it's a fun story.",
        "Ava ran until she was sure she would drop dead of exhaustion.",
        "Her heart stopped for a second when he smiled.",
        "Lena died. Two minutes later she gasped back to life under the medic's hands.",
        "The murmurs died when Professor Okoro stood up at the high table.",
        "Rob's singing sounded like a dying cat, and Nia told him so.",
    ],
)
def test_figures_of_speech_beliefs_and_undone_deaths_do_not_warn(text):
    assert "Major Character Death" not in {t.name for t in run(text).detected.warnings}


def test_dark_themes_gathering_rate_teen_and_one_stray_word_does_not():
    dark = (
        "The war had come to the valley. Soldiers dragged the wounded into the barn, and the smell of blood "
        "hung over everything while Mira sharpened her knife by the door."
    )
    work = run(dark)
    assert work.detected.rating.name == "Teen And Up Audiences"
    assert any("dark themes together" in ev.reason for ev in work.detected.rating.evidence)
    stray = "The battle of the bands was on Friday, and Ada had a new guitar strap."
    assert run(stray).detected.rating.name == "General Audiences"


def test_graphic_violence_needs_described_harm_not_one_pool_of_blood():
    described = (
        "Kit's shoulder splits open under the whip. Pain rips through him, excruciating, and the blood runs "
        "down his arm and drips from his fingers onto the stones."
    )
    assert "Graphic Depictions Of Violence" in {t.name for t in run(described).detected.warnings}
    summarised = "Ivo was found in the car park in a pool of blood, knifed twice by the stranger who had trailed him."
    assert "Graphic Depictions Of Violence" not in {t.name for t in run(summarised).detected.warnings}


@pytest.mark.parametrize(
    ("group", "matched", "not_matched"),
    [
        ("hug", "she hugged him", "it was huge"),
        ("comfort", "he comforted her", "a comfortable chair"),
        ("college", "the campus library", "professor vane gave a lecture in the dormitory"),
        ("noncon_core", "she had been assaulted", "his hearing was assaulted by the kettle"),
    ],
)
def test_cues_match_the_sense_not_the_letters(group, matched, not_matched):
    def hits(text: str) -> list:
        return lexicon().scan(text, [(0, len(text))])[group]

    assert hits(matched)
    assert hits(not_matched) == []


def test_a_school_with_professors_is_no_college_au_and_a_best_friend_no_romance():
    text = " ".join(
        [
            "Professor Hale set the lecture aside and asked Rin to stay behind.",
            "Rin's best friend Tobi waited in the corridor outside the dormitory.",
            "The professor said the essay was the best in the year, and Rin grinned at Tobi.",
        ]
        * 6
    )
    names = {t.name for t in run(text, declared=Declared(fandoms=["Original Work"])).detected.additional_tags}
    assert not names & {"Alternate Universe - College/University", "Alternate Universe", "Friends to Lovers"}


def test_a_minor_death_is_not_tagged_character_death():
    text = "Ada drew her sword. A guard died at the gate, and Ada ran past him into the keep to find Tomas."
    names = {t.name for t in run(text).detected.additional_tags}
    assert "Minor Character Death" in names and "Character Death" not in names


def test_a_death_told_as_news_and_mourned_warns_and_one_only_mentioned_does_not():
    news = (
        "Hana walked into the kitchen and Hana sat down. Hana looked at Ren's parents. Ren had gone north with "
        "the patrol a week ago, and Ren had promised to write. \"Ren was killed at the pass,\" Hana said. "
        "Ren's mother began to cry, and his father turned pale."
    )
    work = analyze(news)  # the one who dies is found by the characters stage
    death = [t for t in work.detected.warnings if t.name == "Major Character Death"]
    assert death and "told as news" in death[0].evidence[0].reason
    chat = (
        "Hana walked into the kitchen and Hana sat down. Hana looked at Ren's parents. Ren had gone north with "
        "the patrol a week ago, and Ren had promised to write. \"The old oak was killed by the frost,\" Hana said. "
        "Ren's mother nodded and poured the tea."
    )
    assert "Major Character Death" not in {t.name for t in analyze(chat).detected.warnings}


def test_the_subject_of_a_death_is_the_last_person_before_it_not_a_thing_in_another_clause():
    text = (
        "Carl pressed his mouth into a straight line as Tess covered Mia's body with a sheet. "
        "Nobody spoke, and Carl went out into the rain."
    )
    assert "Major Character Death" in {t.name for t in run(text).detected.warnings}


def test_a_summary_that_promises_smut_stands_for_explicit():
    story = "\n\nAda and Bea share a flat and, after a long winter, a bed as well.\n"
    work = run("Summary: Roommates to lovers. Smut in chapter two." + story)
    assert work.detected.rating.name == "Explicit"
    assert_evidence_in_story(work)
    assert run("Summary: Roommates. No smut, just feelings." + story).detected.rating.name != "Explicit"


def test_an_authors_note_that_warns_in_prose_is_a_declared_warning():
    story = "\n\nThe ward was quiet. Tess sat by the bed and held Mia's hand until the nurse came in.\n"
    work = run("A/N: Heads up, in case you skipped the tags: Mia dies in this one." + story)
    assert "Major Character Death" in {t.name for t in work.detected.warnings}
    assert_evidence_in_story(work)
    calm = run("A/N: Don't worry, nobody dies in this one. Only feelings." + story)
    assert "Major Character Death" not in {t.name for t in calm.detected.warnings}
    assert run("A/N: Warning! This fic contains explicit content." + story).detected.rating.name == "Explicit"


def test_fluff_and_angst_cites_one_pain_cue_among_many():
    """'Fluff and Angst' cites a single pain cue; with pain cues in several sentences that once
    divided by zero and failed the whole content stage."""
    sentences = []
    for i in range(8):
        sentences.append(f"Mara smiled softly at Jun and hugged him on day {i}, warm and fond.")
        sentences.append(f"Later she sat alone in the empty kitchen, tears on her face, for hour {i}.")
    work = analyze(" ".join(sentences))
    tags = {t.name: t for t in work.detected.additional_tags}
    assert "Fluff and Angst" in tags
    pain_cited = [e for e in tags["Fluff and Angst"].evidence if e.reason.startswith("pain")]
    assert len(pain_cited) == 1
