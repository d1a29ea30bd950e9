"""EPUB reader: AO3, FanFicFare and generic layouts, spine order, the committed example."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ficlens.errors import ReadError
from ficlens.model import Series
from ficlens.readers import read_path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent / "scripts"))

from epub_builder import (  # noqa: E402
    Story,
    build_ao3_epub,
    build_fanficfare_epub,
    build_generic_epub,
    epub_entries,
    package_opf,
    write_zip,
    xhtml,
)

STORY = Story(
    title="Salt and Static",
    author="harbourlight",
    chapters=[
        ("Chapter 1: Signal", ['"Can you hear me?" Sokka asked the radio.', "The radio, unhelpfully, hissed.", "<hr/>", "Katara laughed at him."]),
        ("Chapter 2: Noise", ["By morning the storm had passed.", '"Told you," said Sokka.']),
    ],
    summary="A storm, a radio, and two siblings who disagree about both.",
    notes="Written for a prompt about weather.",
    end_notes="Thanks for reading!",
    rating="General Audiences",
    warnings=["No Archive Warnings Apply"],
    categories=["Gen"],
    fandoms=["Avatar: The Last Airbender"],
    relationships=["Katara & Sokka"],
    characters=["Katara (Avatar)", "Sokka (Avatar)"],
    additional_tags=["Siblings", "Storms"],
    series="Part 3 of Southern Water",
    published="2024-05-01",
    completed="2024-05-08",
    words=40,
    url="https://archiveofourown.org/works/12345",
)


def kinds_text(work, kind):
    return [work.text[p.start : p.end] for p in work.paratext if p.kind == kind]


def story_text(work):
    return "\n\n".join(work.text[s.start : s.end].strip() for s in work.story_spans() if work.text[s.start : s.end].strip())


def test_ao3_epub_preface_fields_and_chapters(tmp_path):
    work = read_path(build_ao3_epub(tmp_path / "ao3.epub", STORY))
    d = work.declared
    assert work.source.format == "ao3-epub"
    assert d.title == "Salt and Static" and d.authors == ["harbourlight"]
    assert d.rating == "General Audiences"
    assert d.warnings == ["No Archive Warnings Apply"]
    assert d.categories == ["Gen"]
    assert d.fandoms == ["Avatar: The Last Airbender"]
    assert d.relationships == ["Katara & Sokka"]
    assert d.characters == ["Katara (Avatar)", "Sokka (Avatar)"]
    assert d.additional_tags == ["Siblings", "Storms"]
    assert d.language == "English"
    assert d.series == [Series("Southern Water", "1", 3)]
    assert d.published == "2024-05-01" and d.updated == "2024-05-08" and d.complete is True
    assert d.words == 40 and d.chapters == "2/2"
    assert d.url == "https://archiveofourown.org/works/12345"
    assert d.summary == "A storm, a radio, and two siblings who disagree about both."
    assert [c.title for c in work.chapters] == ["Chapter 1: Signal", "Chapter 2: Noise"]
    assert kinds_text(work, "chapter_heading") == ["Chapter 1: Signal", "Chapter 2: Noise"]
    assert any(t.startswith("Posted originally") for t in kinds_text(work, "boilerplate"))
    assert any(t.startswith("Please drop by the archive") for t in kinds_text(work, "boilerplate"))
    assert any("Thanks for reading!" in t for t in kinds_text(work, "author_note"))
    story = story_text(work)
    assert story.startswith('"Can you hear me?" Sokka asked the radio.')
    assert story.endswith('"Told you," said Sokka.')
    assert "\n\n* * *\n\n" in story


def test_fanficfare_epub_title_page_and_subjects(tmp_path):
    work = read_path(build_fanficfare_epub(tmp_path / "fff.epub", STORY))
    d = work.declared
    assert work.source.format == "fanficfare-epub"
    assert d.title == "Salt and Static" and d.authors == ["harbourlight"]
    assert d.fandoms == ["Avatar: The Last Airbender"]
    assert d.characters == ["Katara (Avatar)", "Sokka (Avatar)"]
    assert d.relationships == ["Katara & Sokka"]
    assert d.rating == "General Audiences"
    assert d.additional_tags == ["Siblings", "Storms"]  # dc:subject duplicates, status and "Rated:" dropped
    assert d.complete is True and d.published == "2024-05-01" and d.updated == "2024-05-08"
    assert d.words == 40 and d.chapters == "2"
    assert d.summary == "A storm, a radio, and two siblings who disagree about both."
    assert d.extra["Publisher"] == "www.fanfiction.net"
    boiler = kinds_text(work, "boilerplate")
    assert boiler[0].startswith("Salt and Static by harbourlight")
    assert any(t.startswith("Table of Contents") for t in boiler)
    assert [c.title for c in work.chapters] == ["Chapter 1: Signal", "Chapter 2: Noise"]
    assert "Category:" not in story_text(work)


def test_generic_epub_follows_spine_and_skips_nav(tmp_path):
    work = read_path(build_generic_epub(tmp_path / "plain.epub", STORY))
    assert work.source.format == "epub"
    assert work.declared.title == "Salt and Static"
    assert work.declared.language == "en"
    assert work.declared.additional_tags == ["Siblings", "Storms"]
    assert "Contents" not in work.text
    assert work.text.startswith("Chapter 1: Signal\n\n")
    assert [c.number for c in work.chapters] == [1, 2]
    assert work.chapters[1].start > work.chapters[0].end


def test_spine_order_not_file_order(tmp_path):
    documents = [
        ("OPS/a.xhtml", xhtml("A", "<p>This comes second.</p>")),
        ("OPS/b.xhtml", xhtml("B", "<p>This comes first.</p>")),
    ]
    opf = package_opf("<dc:title>Order</dc:title>", [("b", "b.xhtml"), ("a", "a.xhtml")])
    work = read_path(write_zip(tmp_path / "order.epub", epub_entries("OPS/content.opf", opf, documents)))
    assert work.text == "This comes first.\n\nThis comes second."
    assert len(work.chapters) == 2


def test_missing_container_falls_back_to_opf(tmp_path):
    documents = [("book/c1.xhtml", xhtml("One", "<p>Only chapter.</p>"))]
    opf = package_opf("<dc:title>No container</dc:title>", [("c1", "c1.xhtml")])
    path = write_zip(tmp_path / "nocontainer.epub", [("mimetype", b"application/epub+zip"), ("book/x.opf", opf), *documents])
    work = read_path(path)
    assert work.text == "Only chapter."
    assert work.declared.title == "No container"


def test_epub_without_story_is_refused(tmp_path):
    documents = [("OPS/c1.xhtml", xhtml("Blank", "<div>  </div>"))]
    opf = package_opf("<dc:title>Blank</dc:title>", [("c1", "c1.xhtml")])
    with pytest.raises(ReadError, match="no story text found in the EPUB"):
        read_path(write_zip(tmp_path / "blank.epub", epub_entries("OPS/content.opf", opf, documents)))


def test_example_epub_is_reproducible_and_reads(tmp_path, examples_dir):
    import make_examples

    committed = examples_dir / "the_borrowed_violin_fanficfare.epub"
    rebuilt = make_examples.build(tmp_path / "rebuilt.epub")
    assert rebuilt.read_bytes() == committed.read_bytes()
    work = read_path(committed)
    assert work.source.format == "fanficfare-epub"
    assert work.declared.fandoms == ["Sherlock Holmes"]
    assert len(work.chapters) == 2
    assert "Mrs. Hudson who noticed that the violin was missing" in work.text


def test_ao3_epub_recognised_by_its_preface_when_opf_is_silent(tmp_path):
    path = build_ao3_epub(tmp_path / "ao3.epub", STORY)
    import zipfile

    with zipfile.ZipFile(path) as zf:
        entries = [(name, zf.read(name)) for name in zf.namelist()]
    entries = [
        (n, d.replace(b"Archive of Our Own", b"Somewhere").replace(b"archiveofourown", b"example")) if n.endswith(".opf") else (n, d)
        for n, d in entries
    ]
    work = read_path(write_zip(tmp_path / "quiet.epub", entries))
    assert work.source.format == "ao3-epub"
    assert work.declared.rating == "General Audiences"


def test_malformed_opf_is_recovered_with_a_warning(tmp_path):
    opf = package_opf("<dc:title>Salt & Static</dc:title><dc:creator>harbourlight</dc:creator>", [("c1", "c1.xhtml")])
    documents = [("OPS/c1.xhtml", xhtml("One", "<p>Rain on the radio mast.</p>"))]
    work = read_path(write_zip(tmp_path / "amp.epub", epub_entries("OPS/content.opf", opf, documents)))
    assert work.text == "Rain on the radio mast."
    assert work.declared.authors == ["harbourlight"]
    assert work.warnings == ["OPS/content.opf is not well-formed XML; read what could be recovered"]


def test_built_epubs_open_in_an_independent_reader(tmp_path):
    """EbookLib (a separate EPUB implementation) sees the same title and spine as ficlens."""
    epub = pytest.importorskip("ebooklib.epub")
    # spine items before the first chapter: AO3 preface split; FanFicFare title and contents pages
    front_matter = {build_ao3_epub: 1, build_fanficfare_epub: 2, build_generic_epub: 0}
    for build, front in front_matter.items():
        path = build(tmp_path / f"{build.__name__}.epub", STORY)
        book = epub.read_epub(str(path), options={"ignore_ncx": True})
        assert book.get_metadata("DC", "title")[0][0] == STORY.title
        ours = read_path(path)
        assert len(book.spine) - front == len(ours.chapters) == len(STORY.chapters)


def test_drm_encrypted_epub_is_refused(tmp_path):
    opf = package_opf("<dc:title>Locked</dc:title>", [("c1", "c1.xhtml")])
    encryption = (
        b'<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">'
        b'<enc:EncryptedData><enc:CipherData><enc:CipherReference URI="OPS/c1.xhtml"/></enc:CipherData></enc:EncryptedData>'
        b"</encryption>"
    )
    entries = epub_entries("OPS/content.opf", opf, [("OPS/c1.xhtml", bytes(range(256)) * 4)])
    entries.insert(2, ("META-INF/encryption.xml", encryption))
    with pytest.raises(ReadError) as info:
        read_path(write_zip(tmp_path / "drm.epub", entries))
    assert info.value.type == "encrypted"


def test_image_pages_in_the_spine_are_skipped(tmp_path):
    opf = package_opf("<dc:title>Pictures</dc:title>", [("c1", "c1.xhtml")]).replace(
        b"<manifest>", b'<manifest>\n    <item id="cover" href="cover.svg" media-type="image/svg+xml"/>'
    ).replace(b"<spine>", b'<spine>\n    <itemref idref="cover"/>')
    documents = [("OPS/cover.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><text>COVER</text></svg>'), ("OPS/c1.xhtml", xhtml("c", "<p>Words.</p>"))]
    work = read_path(write_zip(tmp_path / "svg.epub", epub_entries("OPS/content.opf", opf, documents)))
    assert work.text == "Words."


def test_fanficfare_summary_spanning_paragraphs(tmp_path):
    title_page = (
        '<h3><a href="https://example.org/s/1">Tides</a> by <a class="authorlink" href="/u/1">wave</a></h3>\n'
        "<div><b>Rating:</b> T<br />\n<b>Summary:</b> <p>First line of the summary.</p><p>Second line.</p></div>"
    )
    documents = [("OEBPS/title_page.xhtml", xhtml("Tides", title_page)), ("OEBPS/file0001.xhtml", xhtml("1", "<h3>1. Low</h3><p>Water.</p>"))]
    opf = package_opf("<dc:title>Tides</dc:title>", [("title_page", "title_page.xhtml"), ("file0001", "file0001.xhtml")])
    work = read_path(write_zip(tmp_path / "tides.epub", epub_entries("OEBPS/content.opf", opf, documents)))
    assert work.source.format == "fanficfare-epub"
    assert work.declared.summary == "First line of the summary.\nSecond line."
    assert work.declared.rating == "T"
    assert [(c.title, c.number) for c in work.chapters] == [("1. Low", 1)]
