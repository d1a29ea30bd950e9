"""Headers and paratext as real posts hold them (LiveJournal, Dreamwidth, tumblr, Wattpad,
fanfiction.net, AO3 pages saved as text, old archives), on text written for these tests."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ficlens import structure
from ficlens.model import Work
from ficlens.readers import read_text


def analyse(text: str) -> Work:
    return structure.run(read_text(text))


def para(work: Work) -> list[str]:
    return [work.text[p.start : p.end] for p in work.paragraphs]


def spans(work: Work, kind: str | None = None) -> list[str]:
    return [work.text[p.start : p.end] for p in work.paratext if kind is None or p.kind == kind]


STORY = "The ferry left at dawn and Mina watched the harbour shrink.\n\n\"Cold?\" asked Rob.\n"


def test_seed_credit_lines_are_credits():
    work = analyse("The beautiful banner is by inkfox.\n\nThank you to marrowbone for beta'ing.\n\n" + STORY)
    assert spans(work, "credit") == ["The beautiful banner is by inkfox.", "Thank you to marrowbone for beta'ing."]
    assert para(work)[0].startswith("The ferry left")


def test_header_after_a_title_line_and_a_post_date():
    text = (
        "Salt Roads (1/3)\n\nMar. 3rd, 2009 10:15 pm\n\n"
        "Title: Salt Roads\nAuthor: tidewrack\nPairing: Mina/Rob\nRating: PG this part\n"
        "Summary: Two ferries, one winter.\n\n" + STORY
    )
    work = analyse(text)
    assert spans(work)[:2] == ["Salt Roads (1/3)", "Mar. 3rd, 2009 10:15 pm"]
    assert work.declared.title == "Salt Roads" and work.declared.authors == ["tidewrack"]
    assert work.declared.rating == "Teen And Up Audiences" and work.declared.raw["rating"] == "PG this part"
    assert work.declared.relationships == ["Mina/Rob"]
    assert para(work)[0].startswith("The ferry left")


def test_label_with_its_value_on_the_next_line():
    text = "Rating:\nMature\nArchive Warning:\nNo Archive Warnings Apply\nWords:\n2,400\n\n" + STORY
    work = analyse(text)
    assert work.declared.rating == "Mature"
    assert work.declared.warnings == ["No Archive Warnings Apply"]
    assert work.declared.words == 2400
    assert para(work)[0].startswith("The ferry left")


def test_labels_glued_to_the_value_before_them():
    text = "Title: Low Tide\nAuthor:\nsaltmarshBeta:\nkelpieArtist:\nrockpoolPairing: Mina/Rob\nRating: R\n\n" + STORY
    work = analyse(text)
    assert work.declared.authors == ["saltmarsh"]
    assert work.declared.relationships == ["Mina/Rob"]
    assert work.declared.rating == "Mature"
    assert len(spans(work)) == 6


def test_a_run_on_header_line_is_split_at_its_labels():
    text = "title: low tide pairing: rob x reader genre: fluff word count: 2.1k warnings: none\n\n" + STORY
    work = analyse(text)
    assert work.declared.title == "low tide"
    assert work.declared.relationships == ["rob/Reader"]
    assert work.declared.words == 2100
    assert work.declared.warnings == ["No Archive Warnings Apply"]


def test_fanfiction_net_story_line_and_category_path():
    text = (
        "Books » Harry Potter\n\nFollow/Fav\n\nThe Quiet Owl\n\nBy: featherquill\n\n"
        "An owl, a letter and a very long summer.\n\n"
        "Rated: Fiction T - English - Friendship/Humor - Harry P., Hermione G. - Chapters: 12 - Words: 45,678 - "
        "Reviews: 234 - Favs: 345 - Follows: 456 - Updated: Jan 3, 2015 - Published: Feb 4, 2014\n\n" + STORY
    )
    work = analyse(text)
    d = work.declared
    assert d.rating == "Teen And Up Audiences" and d.raw["rating"] == "Fiction T"
    assert d.fandoms == ["Harry Potter"] and d.categories == []
    assert d.language == "English" and d.words == 45678 and d.chapters == "12"
    assert d.additional_tags == ["Friendship", "Humor"] and d.characters == ["Harry P.", "Hermione G."]
    assert d.authors == ["featherquill"] and d.summary == "An owl, a letter and a very long summer."
    assert para(work)[0].startswith("The ferry left")


def test_tumblr_and_wattpad_chrome():
    tumblr = (
        "#rob x reader\n\nsaltwrites · 2 years\n\nlow tide | rob x reader\n\nTumblr media\n\n"
        "▹ pairing: rob x reader\n▹ warnings: none\n\nmasterlist | taglist | ko-fi\n\n" + STORY
    )
    work = analyse(tumblr)
    assert para(work)[0].startswith("The ferry left")
    assert work.declared.raw["relationships"] == "rob x reader"
    wattpad = "Part Three. Low Tide\n\n12.4K 512 88\n\n" + STORY
    work = analyse(wattpad)
    assert spans(work) == ["Part Three. Low Tide", "12.4K 512 88"]


def test_ao3_page_saved_as_text():
    text = (
        "Actions\n\nWork Header\n\nLow Tide\n\nSummary:\n\nRob waits.\n\nMina does not.\n\nNotes:\n\n"
        "For the ferry exchange.\n\n(See the end of the work for more notes.)\n\nWork Text:\n\n" + STORY
    )
    work = analyse(text)
    assert spans(work, "summary") == ["Rob waits.", "Mina does not."]
    assert spans(work, "author_note") == ["For the ferry exchange."]
    assert {"Actions", "Work Header", "Summary:", "Notes:", "Work Text:"} <= set(spans(work, "boilerplate"))
    assert para(work)[0].startswith("The ferry left")
    assert work.declared.summary == "Rob waits.\n\nMina does not."


def test_prose_that_starts_with_a_colon_ended_phrase_stays_story():
    text = "Here's the thing: nobody came.\n\nRule one: never look back.\n\nNote to self: buy bread.\n"
    work = analyse(text)
    assert work.paratext == []
    assert len(para(work)) == 3


def test_end_notes_after_their_label_and_series_navigation():
    text = (
        "Chapter 1\n\n" + STORY * 3 + "\nAuthor's Endnote:\n\nThis one took a while to write.\n\n"
        "Next chapter on Sunday.\n\nPlease read and review.\n\n<< Previous | Next >>\n"
    )
    work = analyse(text)
    assert spans(work, "end_note") == ["Author's Endnote:", "This one took a while to write.", "Next chapter on Sunday."]
    assert spans(work, "review_request") == ["Please read and review."]
    assert spans(work, "navigation") == ["<< Previous | Next >>"]


@pytest.mark.parametrize("mark", ["TBC", "the end", "fin", "~*~ Fin ~*~", "To be continued..."])
def test_end_marks(mark):
    work = analyse(STORY + "\n" + mark + "\n")
    assert spans(work, "end_mark") == [mark]


def test_title_and_by_line_before_each_chapter_heading():
    chapter = "".join(f"Mina counted the boats, {n}.\n\n" for n in range(6))
    text = (
        "Disclaimer: I own nothing.\n\nLow Tide\n\nBy tidewrack\n\nChapter 1: Boats\n\n" + chapter
        + "Disclaimer: I own nothing.\n\nLow Tide\n\nBy tidewrack\n\nChapter 2: Gulls\n\n" + chapter
    )
    work = analyse(text)
    assert [c.title for c in work.chapters] == ["Boats", "Gulls"]
    assert spans(work, "title") == ["Low Tide", "Low Tide"]
    assert len(para(work)) == 12


def test_epigraph_with_attribution():
    text = "Chapter 1\n\n\"The sea is patient.\"\n\nOld Tom\n\n" + STORY
    work = analyse(text)
    assert spans(work, "epigraph") == ["\"The sea is patient.\"", "Old Tom"]


def test_numbered_ebook_chapter_titles_and_numbered_interludes():
    body = "".join(f"Line {n} of the tale, long enough to count as prose for a while.\n\n" for n in range(20))
    text = f"1. Departure\n\n{body}2. The Crossing\n\n{body}Interlude II\n\n{body}3. Arrival\n\n{body}"
    work = analyse(text)
    assert [c.title for c in work.chapters] == ["Departure", "The Crossing", "Interlude II", "Arrival"]


def test_rating_from_a_post_subject_line_and_efiction_label_lines():
    subject = analyse("[fic] Paper Wings | PG-13 | Dean/Castiel\n\nAuthor: inkwellish\nWords: 3,100\n\n" + STORY)
    assert subject.declared.rating == "Teen And Up Audiences" and subject.declared.raw["rating"] == "PG-13"
    efiction = analyse(
        "Paper Lanterns by mothlight\nSummary: A lantern in the dungeons.\nRated: Teen\n"
        "Categories: Harry Potter Characters: Harry Potter, Severus Snape\n"
        "Chapters: 1 Completed: Yes Word count: 2536 Read Count: 3920\n\n" + STORY
    )
    d = efiction.declared
    assert d.fandoms == ["Harry Potter"] and d.characters == ["Harry Potter", "Severus Snape"]
    assert d.rating == "Teen And Up Audiences" and d.words == 2536
    assert para(efiction)[0].startswith("The ferry left")


def test_rating_and_pairing_given_in_a_summary_or_note():
    text = (
        "Low Tide\n\nBy: tidewrack\n\nMina and Rob, one winter. Rob/Mina, rated M for later chapters.\n\n"
        "Rated: Fiction M - English - Romance - Chapters: 3 - Words: 1,234\n\n" + STORY
    )
    work = analyse(text)
    assert work.declared.rating == "Mature"
    assert work.declared.raw["relationships"] == "Rob/Mina" and work.declared.relationships == ["Rob/Mina"]
    note = analyse("A/N: Fair warning, this story is rated NC-17 from chapter two.\n\n" + STORY)
    assert note.declared.rating == "Explicit" and note.declared.raw["rating"] == "NC-17"


@pytest.mark.parametrize(
    "header, rating, pairing",
    [
        ("FIC: Lantern Hours (Mina/Rob, NC-17)", "Explicit", "Mina/Rob"),
        ("lantern hours [mina/rob, pg-13]\n\nMar. 3rd, 2009 10:15 pm", "Teen And Up Audiences", "mina/rob"),
        ("tidewrack\n\nLantern Hours\n\nferry tales | mina x rob | rated T | 1.2k words",
         "Teen And Up Audiences", "mina x rob"),
        ("Lantern Hours\n\n[Rated K+] [Mina/Rob]", "General Audiences", "Mina/Rob"),
        ("tidewrack · 2 years\nlantern hours | rob x reader (m)\n\ntitle: lantern hours", "Mature", "rob x reader"),
        ("Title: Lantern Hours\nRating: PG\nCharacters: Mina, Rob (Mina/Rob if you squint)",
         "Teen And Up Audiences", "Mina/Rob"),
        ("[fic] Salt Roads, Mina/Rob, PG-13", "Teen And Up Audiences", "Mina/Rob"),
        ("Title: Salt Roads\nThe rating is PG-13.\nPairing: Mina/Rob", "Teen And Up Audiences", "Mina/Rob"),
        ("Summary: Two ferries, one winter. Mina/Rob. Rated T for language.\n\nDisclaimer: not mine.",
         "Teen And Up Audiences", "Mina/Rob"),
        ("Title: Salt Roads\nRating: FRM\nPairing(s): Mina/Rob", "Mature", "Mina/Rob"),
        ("✦ pairing: rob x reader\n✦ rating: 18+\n✦ warnings: none", "Explicit", "rob x reader"),
    ],
)
def test_rating_and_pairing_in_subject_lines_brackets_and_character_lists(header, rating, pairing):
    work = analyse(header + "\n\n" + STORY)
    assert work.declared.rating == rating
    assert pairing in work.declared.raw["relationships"]
    assert para(work)[0].startswith("The ferry left")


CHAPTER_BODY = ("The lamp-room smelled of oil and salt, and the wick had burned down to almost nothing by the "
                "time Mina climbed the last of the stairs.\n\n\"You let it go out,\" she said.\n\n"
                "Rob did not look up from his book.\n\n")


@pytest.mark.parametrize(
    "note",
    ["EDIT 4/5/16: fixed some typos, no new content.", "Update: this story is now on a weekly schedule.",
     "Previously: Mina found the map and Rob lied about the key.", "In which Mina finds a door."],
)
def test_edit_notes_recaps_and_chapter_subtitles_under_a_heading_are_paratext(note):
    text = "Chapter 1\n\n" + CHAPTER_BODY * 3 + "Chapter 2\n\n" + note + "\n\n" + CHAPTER_BODY * 3
    work = analyse(text)
    assert note in spans(work)
    assert all(not p.startswith(note) for p in para(work))
    assert sum(p.startswith("The lamp-room") for p in para(work)) == 6


@pytest.mark.parametrize(
    "note",
    ["In case you didn't read the tags: the lighthouse keeper dies. It happens off the page.",
     "This is a darker story. Please refrain from reading it if grief is hard for you right now."],
)
def test_an_authors_note_that_warns_in_prose_is_kept_as_the_declared_warnings(note):
    work = analyse("Notes:\n\n" + note + "\n\nChapter Text\n\n" + CHAPTER_BODY)
    assert work.declared.raw["warnings"] == note


def test_a_story_line_about_darkness_declares_no_warnings():
    work = analyse("Chapter 1\n\n" + CHAPTER_BODY + "It was a dark story, the one her mother told.\n\n" + CHAPTER_BODY)
    assert "warnings" not in work.declared.raw


def test_navigation_test_ends_on_a_line_of_many_separators():
    """A line of many '~' and spaces that is no navigation once made the navigation pattern try
    every way to share them out (minutes at 30 separators, found by the fuzzer); it is read once.
    Run in a child process so that a regression fails here instead of stalling the suite."""
    code = (
        "from ficlens.structure.headers import is_navigation\n"
        "assert not is_navigation('Next ' + '~ ' * 30 + '|' + 'x' * 45)\n"
        "assert is_navigation('« Previous Chapter ~ Index ~ Next Chapter »')\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr


def test_a_wattpad_story_page_with_its_counters_and_rating_badge():
    work = analyse("Salt Roads\n\n12.3K Reads  450 Votes  20 Parts\n\nMature\n\n" + STORY)
    assert spans(work) == ["Salt Roads", "12.3K Reads  450 Votes  20 Parts", "Mature"]
    assert work.declared.rating == "Mature" and work.declared.raw["rating"] == "Mature"


def test_an_authors_note_label_and_a_titles_ampersand_are_no_pairings():
    work = analyse("Disclaimer: not mine.\n\nA/N: Set after book two. HP/DM, eventually.\n\n" + STORY)
    assert work.declared.relationships == ["HP/DM"]
    work = analyse("Work Header\n\nBees & Other Stories\n\nChapter Text\n\n" + STORY)
    assert work.declared.relationships == [] and work.declared.title == "Bees & Other Stories"
    work = analyse("Work Header\n\nMina & Rob\n\nChapter Text\n\n" + STORY)
    assert work.declared.relationships == ["Mina & Rob"]


@pytest.mark.parametrize(
    "header, rating, pairings, warnings",
    [
        ("Title: Salt Roads\nTags: Mina/Rob, fluff, rated T", "Teen And Up Audiences", ["Mina/Rob"], None),
        ("Title: Salt Roads\nRating/Warnings: R for violence\nPairing/Characters: Mina/Rob, Ada", "Mature", ["Mina/Rob"],
         "R for violence"),
        ("Title: Salt Roads\nWarnings & Rating: M, character death\nGenre/Pairing: Romance, Mina/Rob", "Mature",
         ["Mina/Rob"], "M, character death"),
        ("pairing: mina x rob | rating: 17+ | warnings: none", "Explicit", ["mina/rob"], "none"),
        ("Pairings:\n- Mina/Rob\n- Ada/Lou\nRating: PG-13+", "Teen And Up Audiences", ["Mina/Rob", "Ada/Lou"], None),
        ("Pairing: Minrob (Mina/Rob)\nContent Advisory: graphic violence\nRating: R", "Mature", ["Mina/Rob"],
         "graphic violence"),
    ],
)
def test_combined_labels_lists_and_separators(header, rating, pairings, warnings):
    work = analyse(header + "\n\n" + STORY)
    assert work.declared.rating == rating
    assert work.declared.relationships == pairings
    assert work.declared.raw.get("warnings") == warnings
    assert para(work)[0].startswith("The ferry left")
