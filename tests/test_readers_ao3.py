"""Saved AO3 pages, the rest of the way: pages without a work are refused, anonymous works, the
work's address, counts as numbers, series, start and end notes, the chapter index. Every page
here is written for these tests in AO3's markup."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from ficlens.cli import app
from ficlens.errors import ReadError
from ficlens.model import Series
from ficlens.readers import read_path


def page(body: str, title: str = "Harbour Lights - saltmarsh - Original Work [Archive of Our Own]") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
        '<div id="outer"><ul class="primary navigation"><li><a href="/menu/browse">Browse</a></li></ul>'
        f'<div id="main" class="works-show region">{body}</div></div></body></html>'
    )


WORK = page("""
<ul class="work navigation actions"><li class="chapter"><a href="/works/4455667/navigate">Chapter Index</a></li></ul>
<dl class="work meta group">
  <dt class="rating tags">Rating:</dt><dd class="rating tags"><ul><li><a class="tag" href="/tags/Mature">Mature</a></li></ul></dd>
  <dt class="fandom tags">Fandom:</dt><dd class="fandom tags"><ul><li><a class="tag" href="/tags/x">Original Work</a></li></ul></dd>
  <dt class="series">Series:</dt>
  <dd class="series"><span class="series"><span class="position">Part 3 of <a href="/series/889900">Salt Roads</a></span></span></dd>
  <dt class="stats">Stats:</dt>
  <dd class="stats"><dl class="stats">
    <dt class="published">Published:</dt><dd class="published">2021-03-04</dd>
    <dt class="words">Words:</dt><dd class="words">2,345</dd>
    <dt class="chapters">Chapters:</dt><dd class="chapters">1/1</dd>
    <dt class="comments">Comments:</dt><dd class="comments">17</dd>
    <dt class="kudos">Kudos:</dt><dd class="kudos">1,204</dd>
    <dt class="bookmarks">Bookmarks:</dt><dd class="bookmarks"><a href="/works/4455667/bookmarks">88</a></dd>
    <dt class="hits">Hits:</dt><dd class="hits">15,310</dd>
  </dl></dd>
</dl>
<div id="workskin">
  <div class="preface group">
    <h2 class="title heading">Harbour Lights</h2>
    <h3 class="byline heading">Anonymous</h3>
    <div class="summary module"><h3 class="heading">Summary:</h3><blockquote class="userstuff"><p>Two ferries, one winter.</p></blockquote></div>
    <div class="notes module"><h3 class="heading">Notes:</h3>
      <blockquote class="userstuff"><p>Written for the harbour exchange.</p></blockquote>
      <p class="jump">(See the end of the work for <a href="#work_endnotes">more notes</a>.)</p></div>
  </div>
  <div id="chapters" role="article">
    <div class="userstuff"><h3 class="landmark heading" id="work">Work Text:</h3>
      <p>The ferry left at dawn and Mina watched the harbour shrink.</p>
      <p>"Cold?" asked Rob. She shook her head and did not look back.</p>
    </div>
  </div>
  <div id="work_endnotes" class="afterword preface group"><div class="end notes module"><h3 class="heading">Notes:</h3>
    <blockquote class="userstuff"><p>Thank you for reading!</p></blockquote></div></div>
</div>
<form action="/works/4455667/kudos" method="post"><input type="submit" value="Kudos ♥"/></form>
""")


def write(tmp_path: Path, name: str, markup: str) -> Path:
    path = tmp_path / name
    path.write_text(markup, encoding="utf-8")
    return path


def kinds_text(work, kind: str) -> list[str]:
    return [work.text[p.start : p.end] for p in work.paratext if p.kind == kind]


LOGIN = page("""<h2 class="heading">Log In</h2>
<form class="new_user" id="new_user" action="/users/login" method="post">
<dl><dt><label for="user_login">User name or email:</label></dt><dd><input id="user_login" name="user[login]"/></dd>
<dt><label for="user_password">Password:</label></dt><dd><input type="password" id="user_password"/></dd></dl>
<p class="submit actions"><input type="submit" value="Log In"/></p></form>
<p>Sorry, you don't have permission to access the page you were trying to reach. Please log in.</p>""",
             title="New Session | Archive of Our Own")
NOT_FOUND = page("""<h2 class="heading">Error 404</h2><h3 class="heading">The page you were looking for doesn't exist.</h3>
<p>You may have mistyped the address or the page may have moved.</p>""", title="Error 404 | Archive of Our Own")
ADULT = page("""<p class="caution">This work could have adult content. If you continue, you have agreed that you are
willing to see such content.</p>
<ul class="actions"><li><a href="/works/4455667?view_adult=true">Yes, Continue</a></li><li><a href="/">No, Go Back</a></li></ul>
<p>If you accept cookies from our site and you choose "Yes, Continue", you will not be asked again during this session.</p>""")


@pytest.mark.parametrize(
    "markup, says",
    [(LOGIN, "login page ('New Session')"), (NOT_FOUND, "error page (Error 404)"), (ADULT, "adult-content question")],
)
def test_pages_without_a_work_are_refused_in_one_line(tmp_path, markup, says):
    path = write(tmp_path, "saved.html", markup)
    with pytest.raises(ReadError) as info:
        read_path(path)
    message = str(info.value)
    assert says in message and str(path) in message and "\n" not in message
    result = CliRunner().invoke(app, ["analyze", str(path)])
    assert result.exit_code == 1 and says in result.output and "Traceback" not in result.output


def test_anonymous_work_address_counts_and_series(tmp_path):
    work = read_path(write(tmp_path, "harbour.html", WORK))
    d = work.declared
    assert work.source.format == "ao3-page"
    assert d.authors == ["Anonymous"]
    assert d.url == "https://archiveofourown.org/works/4455667"
    assert (d.kudos, d.hits, d.bookmarks, d.comments) == (1204, 15310, 88, 17)
    assert d.series == [Series("Salt Roads", "889900", 3)]
    assert d.words == 2345 and d.rating == "Mature"


def test_start_and_end_notes_are_distinct_and_the_jump_line_is_site_text(tmp_path):
    work = read_path(write(tmp_path, "harbour.html", WORK))
    starts = kinds_text(work, "author_note")
    ends = kinds_text(work, "end_note")
    assert any("Written for the harbour exchange." in t for t in starts)
    assert all("See the end" not in t for t in starts + ends)
    assert any("Thank you for reading!" in t for t in ends)
    assert "(See the end of the work for more notes.)" in kinds_text(work, "boilerplate")


CHAPTER_INDEX = page("""<h2 class="heading">Chapter Index for <a href="/works/4455667">Harbour Lights</a>
by <a rel="author" href="/users/saltmarsh/pseuds/saltmarsh">saltmarsh</a></h2>
<ol class="chapter index group" role="navigation">
<li><a href="/works/4455667/chapters/1001">1. Departure</a> <span class="datetime">(2021-03-04)</span></li>
<li><a href="/works/4455667/chapters/1002">2. The Crossing</a> <span class="datetime">(2021-03-18)</span></li>
<li><a href="/works/4455667/chapters/1003">3. Landfall</a> <span class="datetime">(2021-04-02)</span></li>
</ol>""", title="Harbour Lights - Chapter Index | Archive of Our Own")


def test_chapter_index_reads_as_its_chapters_with_dates(tmp_path):
    work = read_path(write(tmp_path, "navigate.html", CHAPTER_INDEX))
    assert work.source.format == "ao3-index"
    assert work.declared.title == "Harbour Lights" and work.declared.authors == ["saltmarsh"]
    assert work.declared.url == "https://archiveofourown.org/works/4455667"
    assert [(c.number, c.title, c.published) for c in work.chapters] == [
        (1, "Departure", "2021-03-04"), (2, "The Crossing", "2021-03-18"), (3, "Landfall", "2021-04-02"),
    ]
    result = CliRunner().invoke(app, ["analyze", "--json", str(write(tmp_path, "navigate.html", CHAPTER_INDEX))])
    assert result.exit_code == 0, result.output
