"""HTML reader: AO3 download files, saved AO3 work pages, other saved pages."""

from __future__ import annotations

import pytest

from ficlens.errors import ReadError
from ficlens.model import Series
from ficlens.readers import read_path


def write(tmp_path, name: str, markup: str, encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(markup.encode(encoding))
    return str(path)


def kinds_text(work, kind: str) -> list[str]:
    return [work.text[p.start : p.end] for p in work.paratext if p.kind == kind]


def story_text(work) -> str:
    return "\n\n".join(work.text[s.start : s.end].strip() for s in work.story_spans() if work.text[s.start : s.end].strip())


# ---- AO3 "Download → HTML" ----


@pytest.fixture(scope="module")
def example_work(examples_dir):
    return read_path(examples_dir / "the_last_patrol_ao3.html")


def test_ao3_download_recovers_every_preface_field(example_work):
    declared = example_work.declared
    assert example_work.source.format == "ao3-html"
    assert declared.title == "The Last Patrol Before Finals"
    assert declared.authors == ["ficlens_examples"]
    assert declared.rating == "Teen And Up Audiences"
    assert declared.warnings == ["Graphic Depictions Of Violence"]
    assert declared.categories == ["Gen", "F/M"]
    assert declared.fandoms == ["Buffy the Vampire Slayer (TV)"]
    assert declared.relationships == ["Buffy Summers/Spike", "Rupert Giles & Buffy Summers"]
    assert declared.characters == ["Buffy Summers", "Rupert Giles", "Willow Rosenberg", "Spike (Buffy)"]
    assert declared.additional_tags == ["Patrol", "Exams", "Banter", "Hurt/Comfort"]
    assert declared.language == "English"
    assert [s.label() for s in declared.series] == ["Part 2 of Sunnydale After Dark"]
    assert declared.published == "2024-03-02"
    assert declared.updated == "2024-03-16"
    assert declared.complete is True
    assert declared.words == 1040
    assert declared.chapters == "3/3"
    assert declared.url == "https://archiveofourown.org/works/99000001"
    assert declared.summary.startswith("Buffy has a chemistry final at nine")
    assert declared.extra == {}


def test_ao3_download_paratext_kinds(example_work):
    work = example_work
    assert kinds_text(work, "title")[0] == "The Last Patrol Before Finals"
    assert any(t.startswith("Posted originally on the Archive of Our Own at") for t in kinds_text(work, "boilerplate"))
    assert any(t.startswith("Please drop by the archive and comment") for t in kinds_text(work, "boilerplate"))
    header = kinds_text(work, "header")
    assert len(header) == 1 and header[0].startswith("Rating: Teen And Up Audiences\nArchive Warning:")
    assert kinds_text(work, "credit") == ["by ficlens_examples"]
    assert any("chemistry final" in t for t in kinds_text(work, "summary"))
    notes = kinds_text(work, "author_note")
    assert any("Giles gets the first scene" in t for t in notes)
    end_notes = kinds_text(work, "end_note")
    assert any("fries line" in t for t in end_notes)
    assert any("Dawn in it" in t for t in end_notes)
    assert kinds_text(work, "chapter_heading") == [
        "Chapter 1: Flashcards",
        "Chapter 2: The Ice Rink",
        "Chapter 3: Nine O'Clock",
    ]


def test_ao3_download_story_text_and_chapters(example_work):
    work = example_work
    story = story_text(work)
    assert "Tell me you have a spell for chemistry" in story
    assert "Posted originally" not in story and "Rating:" not in story and "drop by the archive" not in story
    assert "Giles gets the first scene" not in story
    assert [c.number for c in work.chapters] == [1, 2, 3]
    assert [c.title for c in work.chapters] == ["Chapter 1: Flashcards", "Chapter 2: The Ice Rink", "Chapter 3: Nine O'Clock"]
    for chapter in work.chapters:
        assert work.text[chapter.start : chapter.end].startswith(chapter.title)
    last = work.chapters[-1]
    assert "the night was warm" in work.text[last.start : last.end]
    assert "Dawn in it" not in work.text[last.start : last.end]
    # paragraphs are separated by one blank line; the <hr/> scene break survives as its own paragraph
    assert "\n\n* * *\n\n" in work.text
    assert "\n\n\n" not in work.text
    assert '"Tell me you have a spell for chemistry," she said. "A small one. I\'m not greedy."' in work.text


OLD_DOWNLOAD = """<html><head><meta charset="utf-8"><title>Small Hours</title></head><body>
<p class="message"><b>Small Hours</b><br/>Posted originally on the <a href="http://archiveofourown.org/">Archive of Our Own</a> at <a href="http://archiveofourown.org/works/42">http://archiveofourown.org/works/42</a>.</p>
<dl class="tags">
<dt>Ratings:</dt><dd>General Audiences</dd>
<dt>Archive Warnings:</dt><dd>Creator Chose Not To Use Archive Warnings, No Archive Warnings Apply</dd>
<dt>Category:</dt><dd>Gen</dd>
<dt>Fandoms:</dt><dd>Sherlock Holmes - Arthur Conan Doyle, Sherlock (TV)</dd>
<dt>Relationship:</dt><dd>John Watson &amp; Sherlock Holmes</dd>
<dt>Character:</dt><dd>John Watson</dd>
<dt>Additional Tag:</dt><dd>Insomnia</dd>
<dt>Language:</dt><dd>English</dd>
<dt>Series:</dt><dd>Part 1 of
<a href="/series/1">Baker Street Nights</a>, Part 4 of
<a href="/series/2">Clocks</a></dd>
<dt>Collections:</dt><dd><a href="/collections/c">Sleepless Fest 2012</a></dd>
<dt>Stats:</dt><dd>Published: 2012-05-01 Updated: 2012-06-01 Words: 120 Chapters: 1/?</dd>
</dl>
<h1>Small Hours</h1>
<div class="byline">by <a rel="author" href="/users/a">first_pseud</a>, <a rel="author" href="/users/b">second_pseud</a></div>
<div id="chapters" class="userstuff">
<p>John could not sleep, so he counted the clocks in the flat instead.</p>
<p>"Seven," said Sherlock from the dark. "You missed the one in the kettle."</p>
</div>
<div id="afterword"><h2 class="toc-heading">Afterword</h2>
<div class="meta"><dl><dt>Works inspired by this one:</dt><dd><a href="/works/43">Large Hours</a> by <a href="/users/c">third</a></dd></dl></div>
<p class="message">Please <a href="/works/42/comments/new">drop by the archive and comment</a> to let the author know if you enjoyed their work!</p></div>
</body></html>"""


def test_older_download_without_preface_and_singular_plural_labels(tmp_path):
    work = read_path(write(tmp_path, "old.html", OLD_DOWNLOAD))
    d = work.declared
    assert work.source.format == "ao3-html"
    assert d.rating == "General Audiences"
    assert d.warnings == ["Creator Chose Not To Use Archive Warnings", "No Archive Warnings Apply"]
    assert d.categories == ["Gen"]
    assert d.fandoms == ["Sherlock Holmes - Arthur Conan Doyle", "Sherlock (TV)"]
    assert d.relationships == ["John Watson & Sherlock Holmes"]
    assert d.characters == ["John Watson"]
    assert d.additional_tags == ["Insomnia"]
    assert d.authors == ["first_pseud", "second_pseud"]
    assert d.chapters == "1/?" and d.complete is False and d.updated == "2012-06-01"
    assert d.series == [Series("Baker Street Nights", "1", 1), Series("Clocks", "2", 4)]
    assert d.extra == {"Collections": "Sleepless Fest 2012"}
    assert any(t.startswith("Works inspired by this one:") for t in kinds_text(work, "boilerplate"))
    assert "Large Hours" not in story_text(work)
    assert len(work.chapters) == 1
    assert story_text(work).startswith("John could not sleep")



def test_a_word_count_written_in_superscript_digits_is_dropped_not_a_crash(tmp_path):
    # Found by the atheris fuzz target: "²".isdigit() holds, but int("104²") raises.
    page = OLD_DOWNLOAD.replace("Words: 120", "Words: 104²²0")
    work = read_path(write(tmp_path, "odd.html", page))
    assert work.declared.words is None
    assert work.declared.chapters == "1/?"
    assert story_text(work).startswith("John could not sleep")


# ---- A saved AO3 work page ----

AO3_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Lantern Hours - Chapter 1 - tidewright - Avatar: The Last Airbender [Archive of Our Own]</title>
<script>var x = "do not read me";</script><style>.x{color:red}</style></head>
<body><div id="outer"><ul id="skiplinks"><li><a href="#main">Main Content</a></li></ul>
<header id="header" class="region"><h1 class="heading"><a href="/">Archive of Our Own beta</a></h1><nav><ul class="primary navigation"><li>Fandoms</li><li>Browse</li></ul></nav></header>
<div id="main" class="works-show region" role="main">
<div class="work">
<ul class="work navigation actions"><li class="chapter"><a href="/works/7/navigate">Chapter Index</a></li><li class="kudos">Kudos ♥</li></ul>
<h3 class="landmark heading">Work Header</h3>
<div class="wrapper"><dl class="work meta group">
<dt class="rating tags">Rating:</dt><dd class="rating tags"><ul class="commas"><li><a class="tag" href="/tags/Mature">Mature</a></li></ul></dd>
<dt class="warning tags">Archive Warning:</dt><dd class="warning tags"><ul class="commas"><li><a class="tag" href="/tags/x">Major Character Death</a></li></ul></dd>
<dt class="category tags">Categories:</dt><dd class="category tags"><ul class="commas"><li><a class="tag" href="/tags/x">F/F</a></li><li><a class="tag" href="/tags/x">Gen</a></li></ul></dd>
<dt class="fandom tags">Fandom:</dt><dd class="fandom tags"><ul class="commas"><li><a class="tag" href="/tags/x">Avatar: The Last Airbender</a></li></ul></dd>
<dt class="relationship tags">Relationship:</dt><dd class="relationship tags"><ul class="commas"><li><a class="tag" href="/tags/x">Azula/Ty Lee</a></li></ul></dd>
<dt class="character tags">Characters:</dt><dd class="character tags"><ul class="commas"><li><a class="tag" href="/tags/x">Azula (Avatar)</a></li><li><a class="tag" href="/tags/x">Ty Lee (Avatar)</a></li></ul></dd>
<dt class="freeform tags">Additional Tags:</dt><dd class="freeform tags"><ul class="commas"><li><a class="tag" href="/tags/x">Angst</a></li><li><a class="tag" href="/tags/x">Redemption</a></li></ul></dd>
<dt class="language">Language:</dt><dd class="language" lang="en">English</dd>
<dt class="series">Series:</dt><dd class="series"><span class="series"><span class="position">Part 1 of <a href="/series/3">Embers</a></span></span></dd>
<dt class="stats">Stats:</dt><dd class="stats"><dl class="stats"><dt class="published">Published:</dt><dd class="published">2023-07-09</dd><dt class="status">Updated:</dt><dd class="status">2023-08-01</dd><dt class="words">Words:</dt><dd class="words">2,001</dd><dt class="chapters">Chapters:</dt><dd class="chapters">2/4</dd><dt class="comments">Comments:</dt><dd class="comments">12</dd><dt class="kudos">Kudos:</dt><dd class="kudos">88</dd><dt class="hits">Hits:</dt><dd class="hits">1,204</dd></dl></dd>
</dl></div>
<div id="workskin">
<div class="preface group"><h2 class="title heading">Lantern Hours</h2><h3 class="byline heading"><a rel="author" href="/users/tidewright">tidewright</a></h3>
<div class="summary module"><h3 class="heading">Summary:</h3><blockquote class="userstuff"><p>Azula keeps a lantern lit in the tower. Ty Lee climbs up anyway.</p></blockquote></div>
<div class="notes module"><h3 class="heading">Notes:</h3><blockquote class="userstuff"><p>For the summer exchange.</p></blockquote></div></div>
<div id="chapters" role="article">
<div class="chapter" id="chapter-1"><div class="chapter preface group" role="complementary"><h3 class="title"><a href="/works/7/chapters/1">Chapter 1</a>: The Tower</h3></div>
<div class="userstuff module" role="article"><h3 class="landmark heading" id="work">Chapter Text</h3>
<p>The lantern had burned for forty nights when Ty Lee finally climbed the tower wall.</p>
<p>"You're late," Azula said, without turning around.</p></div>
<div class="chapter preface group" role="complementary"><div class="end notes module"><h3 class="heading">Notes:</h3><blockquote class="userstuff"><p>More soon.</p></blockquote></div></div></div>
<div class="chapter" id="chapter-2"><div class="chapter preface group" role="complementary"><h3 class="title"><a href="/works/7/chapters/2">Chapter 2</a>: Oil</h3></div>
<div class="userstuff module" role="article"><h3 class="landmark heading" id="work">Chapter Text</h3>
<p>In the morning the lantern was out and neither of them said why.</p></div></div>
</div>
<div class="afterword preface group"><div id="work_endnotes" class="end notes module"><h3 class="heading">Notes:</h3><blockquote class="userstuff"><p>Thanks for reading.</p></blockquote></div></div>
</div></div>
<div id="feedback" class="feedback"><h3 class="landmark heading">Actions</h3><ul><li>Kudos</li><li>Comment</li></ul>
<div id="comments_placeholder"><p>Someone wrote: loved it!</p></div></div>
</div></div>
<footer id="footer" role="contentinfo"><p>Archive of Our Own footer text</p></footer></div></body></html>"""


def test_saved_ao3_page_fields_chapters_and_dropped_furniture(tmp_path):
    work = read_path(write(tmp_path, "page.html", AO3_PAGE))
    d = work.declared
    assert work.source.format == "ao3-page"
    assert d.title == "Lantern Hours"
    assert d.authors == ["tidewright"]
    assert d.rating == "Mature"
    assert d.warnings == ["Major Character Death"]
    assert d.categories == ["F/F", "Gen"]
    assert d.fandoms == ["Avatar: The Last Airbender"]
    assert d.relationships == ["Azula/Ty Lee"]
    assert d.characters == ["Azula (Avatar)", "Ty Lee (Avatar)"]
    assert d.additional_tags == ["Angst", "Redemption"]
    assert d.language == "English"
    assert d.series == [Series("Embers", "3", 1)]
    assert d.published == "2023-07-09" and d.updated == "2023-08-01"
    assert d.words == 2001 and d.chapters == "2/4" and d.complete is False
    assert d.summary == "Azula keeps a lantern lit in the tower. Ty Lee climbs up anyway."
    story = story_text(work)
    assert "The lantern had burned for forty nights" in story
    assert "In the morning the lantern was out" in story
    for dropped in ("do not read me", "Chapter Index", "Kudos ♥", "loved it", "footer text", "Browse"):
        assert dropped not in work.text
    assert "Chapter Text" not in story and "More soon." not in story and "Thanks for reading." not in story
    assert "Chapter Text" in kinds_text(work, "boilerplate")
    assert [c.title for c in work.chapters] == ["Chapter 1: The Tower", "Chapter 2: Oil"]
    assert [c.number for c in work.chapters] == [1, 2]
    assert any("Thanks for reading." in t for t in kinds_text(work, "end_note"))


# ---- Any other saved page ----

BLOG_PAGE = """<html><head><meta charset="windows-1252"><title>Quiet Harbour | My Writing Blog</title></head><body>
<header><h1>My Writing Blog</h1><nav><a href="/">Home</a> <a href="/about">About</a></nav></header>
<div class="sidebar">Archives: March, April</div>
<article><h2>Quiet Harbour</h2>
<p>The boats came in at dusk, one by one, like late guests.</p>
<p>Mara counted them from the sea wall. \u201cEleven,\u201d she said. \u201cWe\u2019re missing one.\u201d</p>
<p>Her brother shrugged and went on mending the net, and the tide went on coming in, and the twelfth boat did not come.</p>
</article>
<div id="comments"><p>Great story!</p></div>
<footer>\u00a9 2024 the blog</footer>
<script>alert(1)</script></body></html>"""


def test_generic_page_keeps_main_text_only(tmp_path):
    work = read_path(write(tmp_path, "blog.html", BLOG_PAGE, encoding="cp1252"))
    assert work.source.format == "html"
    assert work.source.encoding == "cp1252"
    assert work.declared.title == "Quiet Harbour | My Writing Blog"
    assert work.text.startswith("Quiet Harbour\n\nThe boats came in at dusk")
    assert "\u201cEleven,\u201d she said." in work.text
    for dropped in ("Home", "Archives", "Great story", "2024 the blog", "alert"):
        assert dropped not in work.text


def test_html_with_no_story_is_refused(tmp_path):
    path = write(tmp_path, "empty.html", "<html><head><title>Nothing</title><script>var a=1;</script></head><body>  </body></html>")
    with pytest.raises(ReadError) as info:
        read_path(path)
    assert info.value.type == "no_story"
    assert "no story text found" in info.value.reason


def test_ao3_download_with_only_preface_is_refused(tmp_path):
    preface_only = OLD_DOWNLOAD.split('<div id="chapters"')[0] + "</body></html>"
    assert "Works inspired" not in preface_only
    with pytest.raises(ReadError, match="no story text found"):
        read_path(write(tmp_path, "preface.html", preface_only))


def test_html_sniffed_without_extension(tmp_path):
    work = read_path(write(tmp_path, "saved_page", BLOG_PAGE))
    assert work.source.format == "html"


FFNET_PAGE = """<html><head><title>Second Spring Chapter 1, a harry potter fanfic | FanFiction</title></head><body>
<div id="top"><div class="menulink">FanFiction | unleash your imagination</div></div>
<div id="content_wrapper"><div id="content_wrapper_inner">
<div id="profile_top"><button class="btn">Follow/Fav</button><b class="xcontrast_txt">Second Spring</b>
<span class="xcontrast_txt">By:</span> <a class="xcontrast_txt" href="/u/1/greenquill">greenquill</a>
<div class="xcontrast_txt">Neville tends the greenhouses the spring after the war.</div>
<span class="xgray xcontrast_txt">Rated: <a class="xcontrast_txt">Fiction  K+</a> - English - Friendship - Neville L. - Chapters: 2 - Words: 3,210 - Reviews: 4 - Favs: 9 - Follows: 7 - Published: <span>Mar 3, 2019</span> - Status: Complete - id: 99000004</span></div>
<span><select id="chap_select"><option>1. Seeds</option><option>2. Roots</option></select></span>
<div id="storytextp" class="storytextp"><div id="storytext" class="storytext xcontrast_txt nocopy">
<p>The Mandrakes were the first to wake, which Neville took personally.</p>
<p>"Good morning," he told them anyway, because Professor Sprout had always said plants could tell when you were being rude. He pulled on the earmuffs and got to work, turning the soil one pot at a time until the whole long bench smelled of spring.</p>
</div></div>
<div id="review"><p>Leave a review</p></div>
</div></div></body></html>"""


def test_saved_fanfiction_net_page(tmp_path):
    work = read_path(write(tmp_path, "ffnet.html", FFNET_PAGE))
    d = work.declared
    assert work.source.format == "html"
    assert d.title == "Second Spring" and d.authors == ["greenquill"]
    assert d.summary == "Neville tends the greenhouses the spring after the war."
    assert d.rating == "K+" and d.language == "English"
    assert d.words == 3210 and d.chapters == "2" and d.published == "Mar 3, 2019" and d.complete is True
    assert story_text(work).startswith("The Mandrakes were the first to wake")
    assert "Seeds" not in work.text and "Leave a review" not in work.text and "unleash" not in work.text
    assert kinds_text(work, "header")[0].startswith("Second Spring By: greenquill")
    assert "Follow/Fav" not in work.text


MARKER_DOWNLOAD = """<html><head><meta charset="utf-8"></head><body>
<div id="preface"><p class="message"><b>Two Doors</b><br/>Posted originally on the <a href="https://archiveofourown.org/">Archive of Our Own</a> at <a href="https://archiveofourown.org/works/77">https://archiveofourown.org/works/77</a>.</p>
<div class="meta"><dl class="tags"><dt>Rating:</dt><dd>Not Rated</dd><dt>Fandom:</dt><dd>Original Work</dd><dt>Stats:</dt><dd>Published: 2020-01-01 Words: 20 Chapters: 2/2</dd></dl>
<h1>Two Doors</h1><div class="byline">by <a rel="author" href="/u">doorkeeper</a></div></div></div>
<div id="chapters" class="userstuff">
<h2 class="toc-heading">Work Text:</h2>
<h2 class="heading">Chapter 1</h2>
<!--chapter content-->
<p>The first door was red.</p>
<!--/chapter content-->
<h2 class="heading">Chapter 2</h2>
<!--chapter content-->
<p>The second door was not a door at all.</p>
<!--/chapter content-->
</div></body></html>"""


def test_download_with_bare_headings_and_chapter_content_markers(tmp_path):
    work = read_path(write(tmp_path, "markers.html", MARKER_DOWNLOAD))
    assert work.source.format == "ao3-html"
    assert work.declared.rating == "Not Rated" and work.declared.fandoms == ["Original Work"]
    assert [c.title for c in work.chapters] == ["Chapter 1", "Chapter 2"]
    assert "Work Text:" in kinds_text(work, "boilerplate")
    assert story_text(work) == "The first door was red.\n\nThe second door was not a door at all."
    assert work.text[work.chapters[1].start : work.chapters[1].end] == "Chapter 2\n\nThe second door was not a door at all."


@pytest.mark.parametrize(
    "title,number",
    [("Chapter 12: The Pier", 12), ("Ch. 4", 4), ("Part 2", 2), ("1. Seeds", 1), ("1984 was a year", None), ("Prologue", None)],
)
def test_chapter_numbers_from_headings(title, number):
    from ficlens.readers._html_text import chapter_number

    assert chapter_number(title) == number


def test_page_with_a_preface_id_is_not_mistaken_for_ao3(tmp_path):
    page = (
        '<html><head><title>A Novel</title></head><body><div id="preface"><p>From the translator: thanks.</p></div>'
        "<article>" + "<p>The ferry left at noon and nobody on it looked back at the town.</p>" * 5 + "</article></body></html>"
    )
    work = read_path(write(tmp_path, "novel.html", page))
    assert work.source.format == "html"
    assert work.text.startswith("The ferry left at noon")
