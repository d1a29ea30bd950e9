"""The structure stage on short original snippets, and its invariants on PDNC novels."""

from __future__ import annotations

import bisect
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ficlens import structure
from ficlens.model import Chapter, Paratext, Work
from ficlens.readers import read_text
from ficlens.text import count_words


def analyse(text: str) -> Work:
    return structure.run(read_text(text))


def spans_of(work: Work, kind: str) -> list[str]:
    return [work.text[p.start : p.end] for p in work.paratext if p.kind == kind]


def paragraph_texts(work: Work) -> list[str]:
    return [work.text[p.start : p.end] for p in work.paragraphs]


def check_invariants(work: Work) -> None:
    n = len(work.text)
    for kind_list in (work.paratext, work.paragraphs, work.sentences):
        for span in kind_list:
            assert 0 <= span.start < span.end <= n
    for span in [*work.scenes, *work.chapters]:
        assert 0 <= span.start <= span.end <= n
    for a, b in zip(work.paratext, work.paratext[1:]):
        assert a.start <= b.start and a.end <= b.start, (a, b)
    for a, b in zip(work.paragraphs, work.paragraphs[1:]):
        assert a.end <= b.start
    for a, b in zip(work.sentences, work.sentences[1:]):
        assert a.end <= b.start
    for a, b in zip(work.chapters, work.chapters[1:]):
        assert a.end == b.start
    starts = [p.start for p in work.paratext]
    for para in work.paragraphs:
        i = bisect.bisect_right(starts, para.start) - 1
        if i >= 0:
            assert work.paratext[i].end <= para.start, (para, work.paratext[i])
        if i + 1 < len(work.paratext):
            assert work.paratext[i + 1].start >= para.end
    for scene in work.scenes:
        chapter = work.chapters[scene.chapter]
        assert chapter.start <= scene.start and scene.end <= chapter.end


# --- headers ------------------------------------------------------------------------------

FFNET_HEADER = """Title: Lanterns Over the Harbour
Author: quillfeather
Rating: M
Pairing: Spike/Buffy
Characters: Spike, Buffy Summers, Willow Rosenberg
Fandom: Buffy the Vampire Slayer
Warnings: violence, swearing
Genre: Romance/Angst
Words: 5.2k
Disclaimer: I don't own Buffy. Joss does.
Summary: A slayer, a vampire and one very long night at the docks.

The fog came in off the water before sunset. Buffy hated fog.

"You're late," Spike said.
"""


def test_header_block_fills_declared():
    work = analyse(FFNET_HEADER)
    d = work.declared
    assert d.title == "Lanterns Over the Harbour"
    assert d.authors == ["quillfeather"]
    assert d.rating == "Mature" and d.raw["rating"] == "M"
    assert d.relationships == ["Spike/Buffy"]
    assert d.characters == ["Spike", "Buffy Summers", "Willow Rosenberg"]
    assert d.fandoms == ["Buffy the Vampire Slayer"]
    assert d.warnings == []  # content notes, not AO3 archive warnings: kept as written only
    assert d.raw["warnings"] == "violence, swearing"
    assert d.additional_tags == ["Romance", "Angst"]
    assert d.words == 5200
    assert d.summary == "A slayer, a vampire and one very long night at the docks."
    assert d.extra["disclaimer"] == "I don't own Buffy. Joss does."


def test_header_block_is_paratext_by_kind():
    work = analyse(FFNET_HEADER)
    assert spans_of(work, "disclaimer") == ["Disclaimer: I don't own Buffy. Joss does."]
    assert spans_of(work, "summary") == ["Summary: A slayer, a vampire and one very long night at the docks."]
    headers = spans_of(work, "header")
    assert headers[0] == "Title: Lanterns Over the Harbour" and "Words: 5.2k" in headers
    assert paragraph_texts(work)[0] == "The fog came in off the water before sunset. Buffy hated fog."
    check_invariants(work)


def test_header_words_excluded_from_stats():
    work = analyse(FFNET_HEADER)
    story = 'The fog came in off the water before sunset. Buffy hated fog.\n\n"You\'re late," Spike said.'
    assert work.stats.words == count_words(story) == 16


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Words: 5.2k", 5200),
        ("Word count: 12,345", 12345),
        ("Wordcount: 800", 800),
        ("Words: ~3000", 3000),
    ],
)
def test_declared_word_counts(line, expected):
    work = analyse(f"{line}\n\nShe ran. He followed her into the dark.\n")
    assert work.declared.words == expected


def test_pairings_label_and_rated():
    work = analyse("Pairings: Kirk/Spock, McCoy & Uhura\nRated: T for language\n\nThe bridge hummed quietly.\n")
    assert work.declared.relationships == ["Kirk/Spock", "McCoy & Uhura"]
    assert work.declared.rating == "Teen And Up Audiences"
    assert work.declared.raw == {"relationships": "Kirk/Spock, McCoy & Uhura", "rating": "T for language"}


def test_reader_declared_fields_are_kept():
    work = read_text("Rating: E\nFandom: Merlin\n\nArthur laughed at the rain.\n")
    work.declared.rating = "Teen And Up Audiences"
    structure.run(work)
    assert work.declared.rating == "Teen And Up Audiences"
    assert work.declared.fandoms == ["Merlin"]


def test_author_notes_credits_and_requests_at_chapter_edges():
    text = (
        "Chapter 1: Salt\n\n"
        "A/N: Thanks for all the lovely comments on the last fic!\n\n"
        "Beta'd by the wonderful mossbright.\n\n"
        "Thanks to inkwell for the banner.\n\n"
        "The tide was out when Jo reached the pier.\n\n"
        "She sat and waited for the boats.\n\n"
        "Author's Note:\n\n"
        "I wrote this on a train, sorry for typos.\n\n"
        "Please review!\n\n"
        "TBC\n\n"
        "Chapter 2: Sand\n\n"
        "The boats did not come.\n\n"
        "The End\n"
    )
    work = analyse(text)
    assert spans_of(work, "chapter_heading") == ["Chapter 1: Salt", "Chapter 2: Sand"]
    assert spans_of(work, "author_note") == ["A/N: Thanks for all the lovely comments on the last fic!"]
    assert spans_of(work, "end_note") == ["Author's Note:", "I wrote this on a train, sorry for typos."]
    assert spans_of(work, "credit") == ["Beta'd by the wonderful mossbright.", "Thanks to inkwell for the banner."]
    assert spans_of(work, "review_request") == ["Please review!"]
    assert spans_of(work, "end_mark") == ["TBC", "The End"]
    assert paragraph_texts(work) == [
        "The tide was out when Jo reached the pier.",
        "She sat and waited for the boats.",
        "The boats did not come.",
    ]
    assert work.stats.words == 9 + 7 + 5
    assert work.declared.extra["author_note"] == "Thanks for all the lovely comments on the last fic!"
    check_invariants(work)


def test_title_and_by_line_at_top():
    work = analyse("The Lighthouse Keeper\n\nby marrowbone\n\nRating: G\n\nThe lamp went out at nine.\n")
    assert spans_of(work, "title") == ["The Lighthouse Keeper"]
    assert work.declared.title == "The Lighthouse Keeper"
    assert work.declared.authors == ["marrowbone"]
    assert paragraph_texts(work) == ["The lamp went out at nine."]


@pytest.mark.parametrize(
    "line, kind",
    [
        ("Work Header", "boilerplate"),
        ("Chapter Text", "boilerplate"),
        ("Posted originally on the Archive of Our Own at somewhere.", "boilerplate"),
        ("R&R", "review_request"),
        ("Kudos and comments are love <3", "review_request"),
        ("fin", "end_mark"),
        ("To be continued...", "end_mark"),
        ("END", "end_mark"),
        ("I do not own these characters, sadly.", "disclaimer"),
        ("Art by pennywhistle", "credit"),
    ],
)
def test_unlabelled_paratext_lines(line, kind):
    work = analyse(f"The kettle sang and nobody moved.\n\nThen Tom stood up.\n\n{line}\n")
    assert spans_of(work, kind) == [line]
    assert len(work.paragraphs) == 2


def test_story_that_mentions_review_is_not_paratext():
    text = 'The board would review her case on Monday.\n\n"Please review the file," said Ada.\n'
    work = analyse(text)
    assert work.paratext == []
    assert len(work.paragraphs) == 2


def test_reader_paratext_kept_and_not_overlapped():
    text = "Summary: a work summary\n\nRating: M\n\nThe story starts here.\n"
    work = read_text(text)
    work.paratext = [Paratext(0, 23, "summary")]
    structure.run(work)
    assert work.paratext[0] == Paratext(0, 23, "summary")
    assert [p.kind for p in work.paratext] == ["summary", "header"]
    assert work.declared.rating == "Mature"
    check_invariants(work)


# --- chapters -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "heading, number, title",
    [
        ("Chapter 3", 3, "Chapter 3"),
        ("Chapter Three: The Long Road", 3, "The Long Road"),
        ("CHAPTER IV.", 4, "CHAPTER IV."),
        ("Part II", 2, "Part II"),
        ("Ch. 2", 2, "Ch. 2"),
        ("Chapter Twenty-One - Ashes", 21, "Ashes"),
        ("Prologue", None, "Prologue"),
        ("Epilogue", None, "Epilogue"),
    ],
)
def test_chapter_headings(heading, number, title):
    text = f"Mara woke early.\n\n{heading}\n\nThe road was long and grey.\n"
    work = analyse(text)
    assert len(work.chapters) == 2
    second = work.chapters[1]
    assert second.number == number
    assert second.title == title
    assert text[second.start :].startswith(heading)
    assert spans_of(work, "chapter_heading") == [heading]


def test_chapter_heading_false_positives():
    text = (
        "Chapter 3 was boring, said Mara.\n\n"
        "She read part of the letter and then\n"
        "Chapter 4 of her book before bed, slowly.\n\n"
        "Part of me wants to stay.\n"
    )
    work = analyse(text)
    assert len(work.chapters) == 1
    assert spans_of(work, "chapter_heading") == []


def test_part_heading_over_chapter_heading_makes_one_chapter():
    text = "PART ONE\n\nChapter 1: Arrival\n\nRain fell.\n\nChapter 2: Departure\n\nSun shone.\n"
    work = analyse(text)
    assert [c.title for c in work.chapters] == ["Arrival", "Departure"]
    assert work.chapters[0].start == 0


def test_wrapped_heading_with_title_line_below():
    body = (
        "She walked along the shore, thinking about the letter, and about\n"
        "the man who had sent it so long ago, before the war and the flood.\n\n"
    )
    text = "CHAPTER I.\nThe Letter\n\n\n" + body + "CHAPTER II.\nThe Reply\n\n\n" + body * 3
    work = analyse(text)
    assert [(c.number, c.title) for c in work.chapters] == [(1, "The Letter"), (2, "The Reply")]


def test_reader_chapters_are_kept():
    work = read_text("One two three.\n\nFour five six.\n")
    work.chapters = [Chapter(0, 0, 16, title="A"), Chapter(1, 16, 31, title="B")]
    structure.run(work)
    assert [c.title for c in work.chapters] == ["A", "B"]
    assert [(s.chapter, s.start) for s in work.scenes] == [(0, 0), (1, 16)]


# --- scenes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "marker",
    ["~ ~ ~", "~~~", "***", "* * *", "---", "___", "oOo", "OoOoO", "xXx", "-x-", "<>", "#", "§", "◇◇◇", "+*+*+", "~oOo~"],
)
def test_scene_break_styles(marker):
    text = f"Chapter 1\n\nAnna left the house.\n\n{marker}\n\nBen stayed behind.\n"
    work = analyse(text)
    assert [text[s.start : s.end] for s in work.scenes] == ["Anna left the house.", "Ben stayed behind."]
    assert all(s.chapter == 0 for s in work.scenes)
    assert paragraph_texts(work) == ["Anna left the house.", "Ben stayed behind."]
    assert work.stats.words == 7


@pytest.mark.parametrize("line", ["...", "Oh.", "\"!\"", "ooo", "Ooo!"])
def test_not_scene_breaks(line):
    work = analyse(f"Anna left the house.\n\n{line}\n\nBen stayed behind.\n")
    assert len(work.scenes) == 1


def test_chapter_without_breaks_is_one_scene():
    work = analyse("Chapter 1\n\nA.\n\nB.\n\nChapter 2\n\nC.\n\n***\n\nD.\n")
    assert [(s.chapter, s.index) for s in work.scenes] == [(0, 0), (1, 1), (1, 2)]


# --- paragraphs and sentences ---------------------------------------------------------------


def test_blank_line_paragraphs():
    work = analyse("First one here.\n\n\nSecond one.\n  \nThird.")
    assert paragraph_texts(work) == ["First one here.", "Second one.", "Third."]


def test_hard_wrapped_lines_join():
    line = "the quick brown fox jumped over the lazy dog and ran away into the"
    text = "\n".join([line] * 5) + "\n\n" + "\n".join([line] * 3) + "\n"
    work = analyse(text)
    paragraphs = paragraph_texts(work)
    assert len(paragraphs) == 2
    assert paragraphs[0] == "\n".join([line] * 5)


def test_indented_lines_start_paragraphs_in_wrapped_text():
    line = "the quick brown fox jumped over the lazy dog and ran away into the"
    text = f"    {line}\n{line}\n    {line}\n{line}\n{line}\n"
    work = analyse(text)
    assert len(work.paragraphs) == 2
    assert work.text[work.paragraphs[1].start :].startswith(line + "\n" + line)


def test_unwrapped_lines_are_paragraphs():
    long_para = "She looked at him for a long time and did not say a word, because there was nothing left to say at all."
    text = f"{long_para}\n\"Fine,\" he said.\n{long_para}\n"
    work = analyse(text)
    assert paragraph_texts(work) == [long_para, "\"Fine,\" he said.", long_para]


def test_crlf_text():
    text = "Title: Crossing\r\n\r\nFirst line here.\r\n\r\nSecond line. Another sentence.\r\n"
    work = analyse(text)
    assert work.declared.title == "Crossing"
    assert paragraph_texts(work) == ["First line here.", "Second line. Another sentence."]
    assert [work.text[s.start : s.end] for s in work.sentences] == [
        "First line here.",
        "Second line.",
        "Another sentence.",
    ]
    check_invariants(work)


def test_sentences_respect_quotes_and_abbreviations():
    text = (
        'Mr. Hale met Dr. Ross at St. Mary\'s. "Is it done?" she asked. "Yes!" He smiled. '
        "J. K. was late. They left at nine."
    )
    work = analyse(text)
    assert [text[s.start : s.end] for s in work.sentences] == [
        "Mr. Hale met Dr. Ross at St. Mary's.",
        '"Is it done?" she asked.',
        '"Yes!"',
        "He smiled.",
        "J. K. was late.",
        "They left at nine.",
    ]


def test_every_abbreviated_title_of_the_lexicon_keeps_its_sentence_whole():
    text = "Mme. Roux and Mlle. Roux waved. Fr. Keane nodded to Mx. Lane. Capt. Holt left."
    work = analyse(text)
    assert [text[s.start : s.end] for s in work.sentences] == [
        "Mme. Roux and Mlle. Roux waved.",
        "Fr. Keane nodded to Mx. Lane.",
        "Capt. Holt left.",
    ]


def test_sentences_stay_inside_paragraphs():
    work = analyse("One. Two\n\nThree four. Five")
    assert [work.text[s.start : s.end] for s in work.sentences] == ["One.", "Two", "Three four.", "Five"]


def test_empty_and_blank_text():
    for text in ("", "   \n\n  "):
        work = analyse(text)
        assert work.paragraphs == [] and work.stats.words == 0
        assert len(work.chapters) == 1 and len(work.scenes) == 1


# --- PDNC invariants ------------------------------------------------------------------------


def test_invariants_on_pdnc_novels(pdnc_dir):
    for name in ("PrideAndPrejudice", "AlicesAdventuresInWonderland", "OliverTwist"):
        text = (pdnc_dir / name / "novel_text.txt").read_text(encoding="utf-8")
        work = analyse(text)
        check_invariants(work)
        assert work.stats.chapters > 10
        assert work.stats.sentences > work.stats.paragraphs > 500
        assert work.stats.words > 0.98 * count_words(text)


# --- robustness -----------------------------------------------------------------------------

TRICKY_LINES = [
    "Title: Odd", "Rating: M", "A/N: hi", "Author's Note:", "Notes", "Chapter Text", "Chapter 2", "CHAPTER IV.",
    "Prologue", "* * *", "oOo", "-x-", "#", "The End", "TBC", "Please review!", "Beta'd by someone",
    "I don't own it.", "Summary:", "She ran. He followed!", '"Stop," said Mr. Fox.', "", "", "   ", "\r",
    "word " * 30, "...", "!!!", "Part of me", "by someone",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(TRICKY_LINES), max_size=40), st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_invariants_on_generated_texts(lines, newline):
    text = newline.join(lines)
    work = analyse(text)
    check_invariants(work)
    assert 0 <= work.stats.words <= count_words(text)
    assert work.stats.paragraphs == len(work.paragraphs) and work.stats.scenes == len(work.scenes) >= 1


@pytest.mark.parametrize("text", ["!" * 30000 + " a", "." * 30000, "* " * 20000 + "a", '"' * 30000, "~" * 30000])
def test_pathological_lines_are_linear(text):
    """Runs of punctuation must not make the regexes backtrack quadratically."""
    started = time.process_time()
    analyse(text)
    assert time.process_time() - started < 2.0


# --- fan fiction layouts ----------------------------------------------------------------------


def test_single_newline_fic_header_ends_at_first_story_line():
    text = (
        "Pairing: Bucky Barnes x Reader\n"
        "Word Count: 2,3k\n"
        "Warnings: swearing, mild angst\n"
        "A/N: my first request! thank you anon\n"
        "You found him on the roof, the way you always did after a bad night.\n"
        "\"Couldn't sleep?\" you asked.\n"
        "***\n"
        "In the morning there was coffee.\n"
        "Taglist: @someone @someone-else\n"
    )
    work = analyse(text)
    assert work.declared.relationships == ["Bucky Barnes/Reader"]
    assert work.declared.raw["relationships"] == "Bucky Barnes x Reader"
    assert work.declared.words == 2300
    assert work.declared.extra["author_note"] == "my first request! thank you anon"
    assert work.declared.extra["taglist"] == "@someone @someone-else"
    assert paragraph_texts(work) == [
        "You found him on the roof, the way you always did after a bad night.",
        "\"Couldn't sleep?\" you asked.",
        "In the morning there was coffee.",
    ]
    assert len(work.scenes) == 2


def test_wrapped_header_values_continue_and_title_by_share_a_block():
    line = "and the long night of waiting ended at the harbour, where the lamps burned"
    text = (
        "Harbour Lights\nby saltmarsh\n\n"
        "Summary: Two old friends meet again on the quay after twenty years,\n"
        "and nothing is easy.\n\n" + "\n".join([line] * 6) + "\n"
    )
    work = analyse(text)
    assert structure.is_hard_wrapped(text)
    assert spans_of(work, "title") == ["Harbour Lights"]
    assert work.declared.authors == ["saltmarsh"]
    assert work.declared.summary == "Two old friends meet again on the quay after twenty years, and nothing is easy."
    assert paragraph_texts(work) == ["\n".join([line] * 6)]


def test_genre_lists():
    work = analyse("Genre: Romance, Hurt/Comfort\n\nThey talked.\n")
    assert work.declared.additional_tags == ["Romance", "Hurt/Comfort"]
    work = analyse("Genre: Friendship/Humor\n\nThey talked.\n")
    assert work.declared.additional_tags == ["Friendship", "Humor"]


def test_header_before_first_chapter_joins_it():
    work = analyse("Rating: T\n\nxXx\n\nChapter 1: Boats\n\nJohn hated boats.\n\nChapter 2\n\nStill did.\n")
    assert [(c.start, c.title) for c in work.chapters] == [(0, "Boats"), (work.text.index("Chapter 2"), "Chapter 2")]
    assert [s.chapter for s in work.scenes] == [0, 1]


def test_short_text_before_chapter_one_is_front_matter():
    work = analyse("What if the portal opened onto the sea? Read and find out.\n\nChapter 1\n\nThe rest.\n")
    assert spans_of(work, "author_note") == ["What if the portal opened onto the sea? Read and find out."]
    assert [c.title for c in work.chapters] == ["Chapter 1"]


def test_story_before_a_later_chapter_is_its_own_chapter():
    work = analyse("A short note from the narrator, in story voice.\n\nChapter 2\n\nThe rest.\n")
    assert [c.title for c in work.chapters] == [None, "Chapter 2"]
    assert paragraph_texts(work) == ["A short note from the narrator, in story voice.", "The rest."]


def test_bare_numeral_headings_counting_up_make_chapters():
    text = "I\n\nThe first part begins.\n\nII\n\nThe second part.\n\nIV\n\nNot a chapter: IV does not follow II.\n"
    work = analyse(text)
    assert [(c.number, c.title) for c in work.chapters] == [(1, "I"), (2, "II")]
    assert spans_of(work, "chapter_heading") == ["I", "II"]


def test_ao3_style_notes_run_until_chapter_text():
    text = (
        "Chapter 1: Rain\n\nNotes\n\nFirst note paragraph.\n\nSecond note paragraph.\n\nChapter Text\n\n"
        "It rained all day.\n\nChapter End Notes\n\nThanks for reading.\n\nSee you soon.\n"
    )
    work = analyse(text)
    assert spans_of(work, "boilerplate") == ["Notes", "Chapter Text", "Chapter End Notes"]
    assert spans_of(work, "author_note") == ["First note paragraph.", "Second note paragraph."]
    assert spans_of(work, "end_note") == ["Thanks for reading.", "See you soon."]
    assert paragraph_texts(work) == ["It rained all day."]


def test_multi_paragraph_end_note_after_labelled_note():
    text = "The door shut.\n\nShe was gone.\n\nA/N: So that happened.\n\nMore soon, I promise.\n"
    work = analyse(text)
    assert spans_of(work, "end_note") == ["A/N: So that happened.", "More soon, I promise."]
    assert paragraph_texts(work) == ["The door shut.", "She was gone."]
