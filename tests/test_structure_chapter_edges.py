"""Paratext at chapter boundaries of long works as fanfiction.net stories are kept (copied chapter by
chapter, FanFicFare text exports, numbered chapter lists), on text written for these tests: headings
in their many forms, notes and disclaimers at each chapter's start, sign-offs and review pleas at its
end, answers to reviewers, and lines a work repeats at every chapter."""

from __future__ import annotations

import ficlens
from ficlens import structure
from ficlens.model import Work
from ficlens.readers import read_text

_SENTENCES = [
    "Mina pulled her scarf tighter as the ferry shuddered away from the quay.",
    "\"You'll catch your death out here,\" Rob said, handing her the mug with the chipped handle.",
    "The harbour lights were already small, a string of beads dropped along the shore.",
    "By the time they reached the island the fog had come down thick as wool.",
    "Rob counted the crates twice and then a third time, because the numbers never agreed.",
    "The inn was shut, and the woman who opened the door looked at them as if they were ghosts.",
]
_COLOURS = "amber birch cobalt dune ember fennel garnet heron indigo juniper kestrel linen marram".split()


def story(chapter: int, paragraphs: int = 5) -> str:
    """Story paragraphs, none repeated anywhere in a work."""
    return "\n\n".join(
        f"{_SENTENCES[(chapter + k) % len(_SENTENCES)]} The {_COLOURS[(chapter * 7 + k) % len(_COLOURS)]} "
        f"lamp had burned for {chapter * 10 + k + 2} nights."
        for k in range(paragraphs)
    )


def analyse(text: str) -> Work:
    return structure.run(read_text(text))


def paratext(work: Work) -> str:
    return "\n".join(work.text[p.start : p.end] for p in work.paratext)


def story_text(work: Work) -> str:
    return "\n".join(work.text[p.start : p.end] for p in work.paragraphs)


def assert_paratext(work: Work, *lines: str) -> None:
    found = paratext(work)
    for line in lines:
        assert line in found, line
    assert not any(line in p for p in story_text(work).split("\n") for line in lines)


def test_headings_with_separators_short_keys_and_counts():
    headings = ["Chapter 1 | The Ferry", "Chapter 2 ~ Fog", "Chapter #3: The Inn", "Ch 4: Morning", "-Chapter 5-",
                "Chapter 6 // Lanterns", "Chp. 7 - Tides", "Chapter 8 of 12"]
    work = analyse("\n\n".join(f"{h}\n\n{story(i)}" for i, h in enumerate(headings)))
    assert [c.number for c in work.chapters] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert [c.title for c in work.chapters][:3] == ["The Ferry", "Fog", "The Inn"]
    assert_paratext(work, *headings)


def test_a_word_that_only_starts_like_a_short_key_is_no_heading():
    work = analyse("Chi\n\n" + story(0) + "\n\nChiv\n\n" + story(1))
    assert len(work.chapters) == 1


def test_numbered_titles_ending_in_a_question_or_an_exclamation():
    titles = ["The Ferry", "Who Lit the Lamps?", "Morning!", "A Letter, Unsent"]
    work = analyse("\n\n".join(f"{i + 1}. {t}\n\n{story(i, 12)}" for i, t in enumerate(titles)))
    assert [c.title for c in work.chapters] == titles


def test_decorated_chapter_numbers_and_numbers_after_a_prologue():
    work = analyse("\n\n".join(f"~ {i + 1} ~\n\n{story(i)}" for i in range(4)))
    assert [c.number for c in work.chapters] == [1, 2, 3, 4]
    work = analyse("Prologue\n\n" + story(9) + "\n\n" + "\n\n".join(f"[{i + 1}]\n\n{story(i)}" for i in range(3)))
    assert [c.title for c in work.chapters][0] == "Prologue" and [c.number for c in work.chapters][1:] == [1, 2, 3]


def test_notes_disclaimers_and_pleas_at_each_chapter_boundary():
    text = "\n\n".join([
        "Chapter 1: The Ferry",
        "A/N: Hi everyone! This is my first fic in this fandom, so please be gentle.",
        "Disclaimer: I don't own Harbour Tales. It belongs to Jane Marlow.",
        story(0),
        "Read and review!",
        "Chapter 2: Fog",
        "A.N.: Short chapter today, sorry.",
        "Harbour Tales belongs to Jane Marlow. I'm just borrowing the characters.",
        story(1),
        "Reviews = faster updates!",
        "~quillfeather",
        "Chapter 3: The Inn",
        "Standard disclaimer applies.",
        "Shout out to seaglass and inkfox for reviewing every chapter!",
        story(2),
        "Next chapter: the storm hits, and someone makes a confession.",
        "Chapter 4: Lanterns",
        "Jane Marlow owns everything. If I owned it, Rob would have kissed Mina in book two.",
        story(3),
        "Thanks for reading! Don't forget to review!",
        "Until next time!",
        "Chapter 5: Tides",
        "I am not Jane Marlow, and I make no money from this.",
        "Authors Notes:",
        "Thank you all so much for the reviews. I read every single one of them.",
        "I also wanted to say that updates will be slower in December.",
        "Now, on with the story!",
        story(4),
        "Stay tuned for the next chapter!",
    ])
    work = analyse(text)
    assert [c.number for c in work.chapters] == [1, 2, 3, 4, 5]
    assert_paratext(work, "A/N: Hi everyone!", "Disclaimer: I don't own", "Read and review!", "A.N.: Short chapter",
                    "belongs to Jane Marlow. I'm just", "Reviews = faster", "~quillfeather", "Standard disclaimer",
                    "Shout out to seaglass", "Next chapter: the storm", "Jane Marlow owns everything",
                    "Don't forget to review", "Until next time!", "I am not Jane Marlow", "Authors Notes:",
                    "I read every single one", "slower in December", "Now, on with the story!", "Stay tuned")
    assert story_text(work).count("lamp had burned") == 25


def test_answers_to_reviewers_under_their_label():
    text = "\n\n".join([
        "Chapter 1", story(0),
        "Chapter 2", "Review Responses:", "Guest: Thank you! I'm glad you like Mina.",
        "starlight99: Haha, you'll see soon enough.", "seaglass - Yes, Rob is a bit of an idiot.", story(1),
    ])
    work = analyse(text)
    assert_paratext(work, "Review Responses:", "Guest: Thank you!", "starlight99: Haha", "seaglass - Yes")
    assert story_text(work).count("lamp had burned") == 10


def test_story_lines_that_look_like_notes_stay_story():
    text = "\n\n".join([
        "Chapter 1", "The house belongs to Aunt Mina, and always has.", story(0),
        "Chapter 2", "I am not your mother, Mina said.", story(1),
        "Chapter 3", story(2), "- Rob",
    ])
    work = analyse(text)
    assert "The house belongs to Aunt Mina" in story_text(work)
    assert "I am not your mother" in story_text(work)
    assert "- Rob" in story_text(work)  # a letter's signature after story, not after a note


def test_lines_repeated_at_every_chapter_are_paratext_whatever_their_wording():
    text = "\n\n".join(
        f"Salt and Lanterns\n\nquillfeather\n\nChapter {i + 1}\n\nThe usual: Marlow's world, my mess.\n\n{story(i)}"
        f"\n\nxXx Leave a thought on the way out xXx"
        for i in range(5)
    )
    work = analyse(text)
    assert paratext(work).count("The usual: Marlow's world") == 5
    assert paratext(work).count("Leave a thought") == 5
    assert paratext(work).count("Salt and Lanterns") == 5
    assert story_text(work).count("lamp had burned") == 25


def test_a_line_of_dialogue_opening_several_chapters_stays_story():
    text = "\n\n".join(f"Chapter {i + 1}\n\n\"Again?\"\n\n{story(i)}" for i in range(5))
    assert story_text(analyse(text)).count('"Again?"') == 5


def test_fanficfare_text_export_with_its_contents_list():
    titles = ["The Ferry", "Fog on the Water", "Who Lit the Lamps?", "The Inn"]
    text = (
        "\n\n\nSalt and Lanterns\n\nby quillfeather\n\n\n"
        "Category: Harbour Tales\nGenre: Romance, Drama\nLanguage: English\nStatus: In-Progress\n"
        "Published: 2019-04-02\nUpdated: 2020-01-11\nPackaged: 2021-03-05 10:22:31\nRating: T\nChapters: 4\n"
        "Words: 48,210\nPublisher: www.fanfiction.net\nSummary: Two ferries, one winter.\n\n\n\n\n"
        "TABLE OF CONTENTS\n\n" + "\n\n".join(f"{i + 1}. {t}" for i, t in enumerate(titles)) + "\n\n"
        + "".join(f"\n\n\t{i + 1}. {t}\n\n{story(i, 12)}\n" for i, t in enumerate(titles))
        + "\n\nEnd file.\n"
    )
    work = analyse(text)
    assert [c.title for c in work.chapters][-4:] == titles
    assert work.declared.title == "Salt and Lanterns" and work.declared.rating == "Teen And Up Audiences"
    assert_paratext(work, "TABLE OF CONTENTS", "1. The Ferry", "3. Who Lit the Lamps?", "End file.")
    assert story_text(work).count("lamp had burned") == 48


def test_chapters_marked_only_by_their_titles_and_notes():
    titles = ["The Ferry", "Fog on the Water", "Who Lit the Lamps?", "The Inn"]
    text = "Salt and Lanterns\n\nby quillfeather\n\n" + "\n\n".join(
        f"{t}\n\n" + ("Disclaimer: I don't own Harbour Tales.\n\n" if i % 2 == 0 else "")
        + f"A/N: Thanks for reading chapter {i + 1}, everyone.\n\n" + story(i, 10) + ("\n\nPlease review!" if i % 2 else "")
        for i, t in enumerate(titles)
    )
    work = analyse(text)
    assert_paratext(work, *titles, "Disclaimer: I don't own", "chapter 3, everyone", "chapter 4, everyone", "Please review!")
    assert story_text(work).count("lamp had burned") == 40


def test_a_note_in_its_own_brackets_owns_nothing_after_it():
    text = "Chapter 1\n\n" + story(0, 10) + "\n\n(A/N: Rob's boat is a real model, I looked it up.)\n\n" + story(1, 10) \
        + "\n\nChapter 2\n\n" + story(2, 10)
    work = analyse(text)
    assert "(A/N: Rob's boat" in paratext(work)
    assert story_text(work).count("lamp had burned") == 30


def test_a_labelled_note_owns_only_what_reads_as_a_note():
    text = story(0, 10) + "\n\nA/N: That's part one! Review please.\n\nThe Inn\n\n" + story(1, 10)
    work = analyse(text)
    assert_paratext(work, "A/N: That's part one!", "The Inn")
    assert story_text(work).count("lamp had burned") == 20


def test_a_chapter_heading_run_into_the_first_paragraph_is_no_authors_note():
    text = (
        "CHAPTER I THE OLD MILL I remember the morning the miller came to our door , tired and "
        "grey with flour from the road .\nHe sat by the fire and said nothing for an hour .\n"
        "The wind was cold that day , and I was glad of my coat .\n"
    )
    work = ficlens.analyze(text)
    assert not [p for p in work.paratext if p.kind == "author_note"]
    assert "the miller came" in " ".join(work.text[s.start : s.end] for s in work.story_spans())
