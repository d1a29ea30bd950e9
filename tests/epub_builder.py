"""Builds EPUB files shaped like AO3's, FanFicFare's and plain ones, byte-for-byte reproducibly.

Used by the reader tests (files go to tmp dirs) and by scripts/make_examples.py
(the committed example EPUB). Entries get a fixed timestamp so rebuilding gives
identical bytes.
"""

from __future__ import annotations

import html
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

FIXED_DATE = (2024, 1, 1, 0, 0, 0)
CONTAINER_XML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n'
    '  <rootfiles><rootfile full-path="{opf}" media-type="application/oebps-package+xml"/></rootfiles>\n'
    "</container>\n"
)


@dataclass
class Story:
    """What the builders put in a file: metadata, chapters of paragraphs, notes."""

    title: str
    author: str
    chapters: list[tuple[str, list[str]]]
    summary: str = ""
    notes: str = ""
    end_notes: str = ""
    rating: str = ""
    warnings: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    fandoms: list[str] = field(default_factory=list)
    relationships: list[str] = field(default_factory=list)
    characters: list[str] = field(default_factory=list)
    additional_tags: list[str] = field(default_factory=list)
    language: str = "English"
    series: str = ""
    published: str = "2024-01-01"
    completed: str = ""
    words: int = 0
    url: str = "https://example.org/works/1"


def write_zip(path: str | Path, entries: list[tuple[str, bytes]], compress: bool = True) -> Path:
    """An EPUB-style zip: `mimetype` (if given) stored first, the rest deflated, fixed timestamps."""
    path = Path(path)
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" or not compress else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return path


def xhtml(title: str, body: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head>'
        f"<title>{html.escape(title)}</title></head>\n<body>\n{body}\n</body></html>\n"
    ).encode("utf-8")


def package_opf(metadata: str, items: list[tuple[str, str]], nav_id: str | None = None) -> bytes:
    """OPF 3 package: `items` are (id, href) of XHTML spine documents, in order."""
    nav_property = ' properties="nav"'
    manifest = "\n".join(
        f'    <item id="{i}" href="{h}" media-type="application/xhtml+xml"{nav_property if i == nav_id else ""}/>'
        for i, h in items
    )
    spine = "\n".join(f'    <itemref idref="{i}"/>' for i, _ in items if i != nav_id)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid">\n'
        '  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">\n'
        f"{metadata}\n  </metadata>\n  <manifest>\n{manifest}\n  </manifest>\n  <spine>\n{spine}\n  </spine>\n</package>\n"
    ).encode("utf-8")


def epub_entries(opf_path: str, opf: bytes, documents: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    return [
        ("mimetype", b"application/epub+zip"),
        ("META-INF/container.xml", CONTAINER_XML.format(opf=opf_path).encode()),
        (opf_path, opf),
        *documents,
    ]


def paragraphs_html(paragraphs: list[str]) -> str:
    return "\n".join(
        "<hr/>" if p == "<hr/>" else f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs
    )


def dc(tag: str, value: str, attrs: str = "") -> str:
    return f"    <dc:{tag}{attrs}>{html.escape(value, quote=False)}</dc:{tag}>"


def _links(values: list[str]) -> str:
    return ", ".join(f'<a rel="tag" href="https://archiveofourown.org/tags/x">{html.escape(v)}</a>' for v in values)


def build_ao3_epub(path: str | Path, story: Story) -> Path:
    """AO3's EPUB: calibre's conversion of the download HTML, split at the chapter headings (as AO3's
    DownloadWriter asks): index_split_000 holds the preface, each later split keeps the `div#chapters`
    wrapper around one chapter's `div.meta group` and `div.userstuff`, the last adds the afterword."""
    stats = f"Published: {story.published}"
    if story.completed:
        stats += f" Completed: {story.completed}"
    n = len(story.chapters)
    stats += f" Words: {story.words:,} Chapters: {n}/{n}"
    rows = [
        ("Rating", _links([story.rating])),
        ("Archive Warning", _links(story.warnings)),
        ("Category", _links(story.categories)),
        ("Fandom", _links(story.fandoms)),
        ("Relationship", _links(story.relationships)),
        ("Characters", _links(story.characters)),
        ("Additional Tags", _links(story.additional_tags)),
        ("Language", html.escape(story.language)),
    ]
    if story.series:
        part, _, name = story.series.partition(" of ")
        rows.append(("Series", f'{html.escape(part)} of <a href="https://archiveofourown.org/series/1">{html.escape(name)}</a>'))
    rows.append(("Stats", stats))
    tags = "\n".join(f"<dt>{label}:</dt><dd>{value}</dd>" for label, value in rows)
    preface = (
        '<div id="preface">\n<h2 class="toc-heading">Preface</h2>\n<p class="message"><b>' + html.escape(story.title) + "</b><br/>\n"
        'Posted originally on the <a href="https://archiveofourown.org/">Archive of Our Own</a> at '
        f'<a href="{story.url}">{story.url}</a>.</p>\n'
        f'<div class="meta"><dl class="tags">\n{tags}\n</dl>\n'
        f"<h1>{html.escape(story.title)}</h1>\n"
        f'<div class="byline">by <a rel="author" href="https://archiveofourown.org/users/x">{html.escape(story.author)}</a></div>\n'
        + (f'<p>Summary</p>\n<blockquote class="userstuff"><p>{html.escape(story.summary)}</p></blockquote>\n' if story.summary else "")
        + (f'<p>Notes</p>\n<blockquote class="userstuff"><p>{html.escape(story.notes)}</p></blockquote>\n' if story.notes else "")
        + "</div>\n</div>"
    )
    documents = [("index_split_000.html", xhtml(story.title, preface))]
    for number, (title, paragraphs) in enumerate(story.chapters, 1):
        body = (
            f'<div id="chapters" class="userstuff">\n<div class="meta group"><h2 class="heading">{html.escape(title)}</h2></div>\n'
            f'<!--chapter content-->\n<div class="userstuff">\n{paragraphs_html(paragraphs)}\n</div>\n<!--/chapter content-->\n</div>'
        )
        documents.append((f"index_split_{number:03d}.html", xhtml(title, body)))
    afterword = '<div id="afterword">\n<h2 class="toc-heading">Afterword</h2>\n'
    if story.end_notes:
        afterword += (
            '<div class="meta"><div id="endnotes"><p>End Notes</p>\n'
            f'<blockquote class="userstuff"><p>{html.escape(story.end_notes)}</p></blockquote></div></div>\n'
        )
    afterword += (
        f'<p class="message">Please <a href="{story.url}/comments/new">drop by the archive and comment</a> '
        "to let the author know if you enjoyed their work!</p>\n</div>"
    )
    last_name, last_content = documents[-1]
    documents[-1] = (last_name, last_content.replace(b"\n</body>", b"\n" + afterword.encode() + b"\n</body>"))
    metadata = "\n".join(
        [
            dc("identifier", story.url, ' id="uid"'),
            dc("title", story.title),
            dc("creator", story.author),
            dc("publisher", "Archive of Our Own"),
            dc("language", "en"),
            dc("description", story.summary),
            *[dc("subject", t) for t in ["Fanworks", story.rating, *story.warnings, *story.fandoms, *story.relationships,
                                        *story.characters, *story.additional_tags]],
            '    <meta property="dcterms:modified">2024-01-01T00:00:00Z</meta>',
        ]
    )
    items = [(Path(name).stem, name) for name, _ in documents]
    return write_zip(path, epub_entries("content.opf", package_opf(metadata, items), documents))


def build_fanficfare_epub(path: str | Path, story: Story, site: str = "www.fanfiction.net") -> Path:
    """FanFicFare's layout: title_page.xhtml with '<b>Label:</b> value<br/>' lines, toc_page.xhtml, file0001.xhtml..."""
    n = len(story.chapters)
    lines = [
        ("Category", ", ".join(story.fandoms)),
        ("Genre", ", ".join(story.additional_tags)),
        ("Language", story.language),
        ("Characters", ", ".join(story.characters)),
        ("Relationships", ", ".join(story.relationships)),
        ("Status", "Completed" if story.completed else "In-Progress"),
        ("Published", story.published),
        ("Updated", story.completed or story.published),
        ("Packaged", "2024-01-02 10:00:00"),
        ("Rating", story.rating),
        ("Chapters", str(n)),
        ("Words", f"{story.words:,}"),
        ("Publisher", site),
        ("Summary", story.summary),
    ]
    info = "<br />\n".join(f"<b>{label}:</b> {html.escape(value, quote=False)}" for label, value in lines if value)
    title_page = (
        f'<h3><a href="{story.url}">{html.escape(story.title)}</a> by '
        f'<a class="authorlink" href="https://{site}/u/1/">{html.escape(story.author)}</a></h3>\n<div>\n{info}<br />\n</div>'
    )
    toc = "<div><h3>Table of Contents</h3>\n" + "\n".join(
        f'<a href="file{i:04d}.xhtml">{html.escape(t)}</a><br />' for i, (t, _) in enumerate(story.chapters, 1)
    ) + "\n</div>"
    documents = [("OEBPS/title_page.xhtml", xhtml(story.title, title_page)), ("OEBPS/toc_page.xhtml", xhtml("Contents", toc))]
    for number, (title, paragraphs) in enumerate(story.chapters, 1):
        body = f'<h3 class="fff_chapter_title">{html.escape(title)}</h3>\n{paragraphs_html(paragraphs)}'
        documents.append((f"OEBPS/file{number:04d}.xhtml", xhtml(title, body)))
    subjects = story.fandoms + story.additional_tags + ["Completed" if story.completed else "In-Progress", f"Rated: {story.rating}"]
    metadata = "\n".join(
        [
            dc("identifier", story.url, ' id="uid"'),
            dc("title", story.title),
            dc("creator", story.author),
            dc("contributor", "FanFicFare [https://github.com/JimmXinu/FanFicFare]", ' id="bkp"'),
            dc("publisher", site),
            dc("language", "en"),
            dc("description", f"<p>{html.escape(story.summary)}</p>"),
            dc("source", story.url),
            *[dc("subject", s) for s in subjects],
        ]
    )
    items = [(Path(name).stem, Path(name).name) for name, _ in documents]
    return write_zip(path, epub_entries("OEBPS/content.opf", package_opf(metadata, items), documents))


def build_generic_epub(path: str | Path, story: Story, with_nav: bool = True) -> Path:
    """A plain EPUB 3 (e.g. from an editor): nav document, one XHTML file per chapter with an <h1>."""
    documents = []
    items = []
    if with_nav:
        nav = '<nav epub:type="toc"><ol>' + "".join(
            f'<li><a href="text/ch{i}.xhtml">{html.escape(t)}</a></li>' for i, (t, _) in enumerate(story.chapters, 1)
        ) + "</ol></nav>"
        documents.append(("EPUB/nav.xhtml", xhtml("Contents", nav)))
        items.append(("nav", "nav.xhtml"))
    for number, (title, paragraphs) in enumerate(story.chapters, 1):
        documents.append((f"EPUB/text/ch{number}.xhtml", xhtml(title, f"<h1>{html.escape(title)}</h1>\n{paragraphs_html(paragraphs)}")))
        items.append((f"ch{number}", f"text/ch{number}.xhtml"))
    metadata = "\n".join(
        [
            dc("identifier", "urn:uuid:00000000-0000-4000-8000-000000000001", ' id="uid"'),
            dc("title", story.title),
            dc("creator", story.author),
            dc("language", "en"),
            dc("description", story.summary),
            dc("date", story.published),
            *[dc("subject", t) for t in story.additional_tags],
        ]
    )
    return write_zip(path, epub_entries("EPUB/package.opf", package_opf(metadata, items, "nav" if with_nav else None), documents))
