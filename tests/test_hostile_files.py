"""Hostile inputs: each gives a one-line ReadError or a best-effort read with a warning, quickly and in bounded memory."""

from __future__ import annotations

import io
import os
import struct
import sys
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ficlens.errors import ReadError
from ficlens.readers import read_path

sys.path.insert(0, str(Path(__file__).parent))

from epub_builder import CONTAINER_XML, epub_entries, package_opf, write_zip, xhtml  # noqa: E402

OPF_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
BILLION_LAUGHS_DTD = (
    '<!DOCTYPE package [\n<!ENTITY lol "lol">\n'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">\n' for i in range(1, 10))
    + "]>\n"
)
XXE_DTD = '<!DOCTYPE package [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n'
CHAPTER = ("OPS/c1.xhtml", xhtml("One", "<p>A quiet chapter about a lighthouse.</p>"))


def opf_with_dtd(dtd: str, title_entity: str) -> bytes:
    opf = package_opf(f"<dc:title>{title_entity}</dc:title>", [("c1", "c1.xhtml")]).decode()
    return opf.replace(OPF_HEAD, OPF_HEAD + dtd, 1).encode()


def assert_one_line(error: ReadError, path) -> None:
    message = str(error)
    assert "\n" not in message
    assert message.startswith(str(path))


def timed_read(path, limit_seconds: float = 5.0):
    start = time.process_time()
    try:
        return read_path(path)
    finally:
        assert time.process_time() - start < limit_seconds


def test_billion_laughs_in_opf_is_refused(tmp_path):
    path = write_zip(tmp_path / "lol.epub", epub_entries("OPS/content.opf", opf_with_dtd(BILLION_LAUGHS_DTD, "&lol9;"), [CHAPTER]))
    with pytest.raises(ReadError) as info:
        timed_read(path)
    assert info.value.type == "unsafe_xml"
    assert "declares entities" in info.value.reason
    assert_one_line(info.value, path)


def test_external_entity_in_opf_is_never_read(tmp_path):
    path = write_zip(tmp_path / "xxe.epub", epub_entries("OPS/content.opf", opf_with_dtd(XXE_DTD, "&xxe;"), [CHAPTER]))
    with pytest.raises(ReadError) as info:
        read_path(path)
    assert info.value.type == "unsafe_xml"
    assert "root:" not in str(info.value)


def test_external_entity_in_container_is_refused(tmp_path):
    container = CONTAINER_XML.format(opf="OPS/content.opf").replace(
        '<?xml version="1.0" encoding="UTF-8"?>\n', '<?xml version="1.0"?>\n' + XXE_DTD.replace("package", "container")
    )
    opf = package_opf("<dc:title>T</dc:title>", [("c1", "c1.xhtml")])
    entries = [("mimetype", b"application/epub+zip"), ("META-INF/container.xml", container.encode()), ("OPS/content.opf", opf), CHAPTER]
    with pytest.raises(ReadError, match="unsafe XML"):
        read_path(write_zip(tmp_path / "xxe2.epub", entries))


def test_entities_in_chapter_xhtml_are_not_expanded(tmp_path):
    chapter = (
        '<?xml version="1.0"?>\n'
        + BILLION_LAUGHS_DTD.replace("package", "html")[:-2]
        + '<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n'
        + '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Before &lol9; &xxe; after.</p></body></html>'
    ).encode()
    opf = package_opf("<dc:title>T</dc:title>", [("c1", "c1.xhtml")])
    work = timed_read(write_zip(tmp_path / "chapter.epub", epub_entries("OPS/content.opf", opf, [("OPS/c1.xhtml", chapter)])))
    assert work.text == "Before &lol9; &xxe; after."
    assert "ignored entity declarations in the DOCTYPE" in work.warnings


def test_entries_escaping_the_folder_are_never_followed_or_written(tmp_path):
    escape_dir = tmp_path / "inside"
    escape_dir.mkdir()
    opf = package_opf(
        "<dc:title>T</dc:title>", [("evil", "../../evil.xhtml"), ("abs", "/etc/passwd"), ("c1", "c1.xhtml")]
    )
    documents = [("../../evil.xhtml", xhtml("Evil", "<p>escaped text</p>")), ("/etc/passwd", b"root:x:0:0"), CHAPTER]
    path = write_zip(escape_dir / "slip.epub", epub_entries("OPS/content.opf", opf, documents))
    before = sorted(p for p in tmp_path.rglob("*"))
    work = read_path(path)
    assert sorted(p for p in tmp_path.rglob("*")) == before
    assert work.text == "A quiet chapter about a lighthouse."
    assert sum("unsafe path" in w for w in work.warnings) == 2


def test_zip_bomb_by_declared_size_is_refused(tmp_path):
    path = tmp_path / "bomb.epub"
    zero_mb = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("mimetype", b"application/epub+zip")
        with zf.open("OPS/zeros.xhtml", "w", force_zip64=True) as fh:
            for _ in range(201):
                fh.write(zero_mb)
    assert path.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(ReadError) as info:
        timed_read(path)
    assert info.value.type == "too_large"
    assert "unpacks to 201 MB (the limit is 200 MB)" in info.value.reason


def test_zip_entry_larger_than_its_header_is_refused(tmp_path):
    buffer = io.BytesIO()
    opf = package_opf("<dc:title>T</dc:title>", [("c1", "c1.xhtml")])
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in epub_entries("OPS/content.opf", opf, [("OPS/c1.xhtml", b"<p>x</p>" + b" " * (1 << 20))]):
            zf.writestr(name, data)
    data = bytearray(buffer.getvalue())
    local = data.rfind(b"PK\x03\x04")
    central = data.rfind(b"PK\x01\x02")
    struct.pack_into("<I", data, local + 22, 100)
    struct.pack_into("<I", data, central + 24, 100)
    path = tmp_path / "liar.epub"
    path.write_bytes(bytes(data))
    with pytest.raises(ReadError) as info:
        read_path(path)
    assert info.value.type == "corrupt"
    assert "OPS/c1.xhtml" in info.value.reason


def test_huge_entry_count_is_refused(tmp_path):
    path = tmp_path / "many.epub"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        for i in range(10_001):
            zf.writestr(f"OPS/{i}.xhtml", b"")
    with pytest.raises(ReadError) as info:
        timed_read(path)
    assert info.value.type == "too_large"
    assert "10001 entries (the limit is 10000)" in info.value.reason


@pytest.mark.parametrize(
    "content",
    [b"PK\x03\x04 this is not really a zip", b"just some text pretending", b""],
    ids=["bad-zip", "not-zip", "truncated"],
)
def test_corrupt_epub_is_refused_in_one_line(tmp_path, content):
    good = write_zip(tmp_path / "good.epub", epub_entries("OPS/content.opf", package_opf("<dc:title>T</dc:title>", [("c1", "c1.xhtml")]), [CHAPTER]))
    path = tmp_path / "bad.epub"
    path.write_bytes(content or good.read_bytes()[:200])
    with pytest.raises(ReadError) as info:
        read_path(path)
    assert info.value.type == "corrupt"
    assert info.value.reason.startswith("corrupt EPUB")
    assert_one_line(info.value, path)


def test_deeply_nested_html_is_flattened_quickly(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 100_000 + "<p>Deep story text.</p>" + "</div>" * 100_000 + "</body></html>")
    work = timed_read(path, 3.0)
    assert work.text == "Deep story text."
    assert any("nested 100003 levels deep" in w for w in work.warnings)


def test_fifty_megabyte_single_line_text(tmp_path):
    path = tmp_path / "line.txt"
    path.write_bytes(b"word " * (10 * 1024 * 1024))
    work = timed_read(path, 5.0)
    assert len(work.text) == 50 * 1024 * 1024
    assert "\n" not in work.text[:1000]


def test_nul_bytes_late_in_a_text_file_refused(tmp_path):
    path = tmp_path / "nul.txt"
    path.write_bytes(b"a fine opening line\n" * 10_000 + b"\x00\x00")
    with pytest.raises(ReadError, match="binary file, not text"):
        read_path(path)


def test_random_bytes_refused(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(os.urandom(100_000))
    with pytest.raises(ReadError) as info:
        read_path(path)
    assert info.value.type in ("binary", "undecodable")


def test_five_megabyte_novel_in_bounded_memory(tmp_path):
    paragraph = "\u201cNot yet,\u201d said the keeper, and turned the lamp once more toward the sea. " * 4 + "\n\n"
    path = tmp_path / "novel.txt"
    path.write_text(paragraph * (5 * 1024 * 1024 // len(paragraph.encode())), encoding="utf-8")
    size = path.stat().st_size
    tracemalloc.start()
    try:
        work = read_path(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(work.text) > 4_000_000
    assert peak < 10 * size


def test_reader_bug_becomes_a_one_line_read_error(tmp_path, monkeypatch):
    from ficlens.readers import html as html_reader

    def broken_read(path, data):
        raise ValueError("unexpected markup")

    monkeypatch.setattr(html_reader, "read", broken_read)
    path = tmp_path / "x.html"
    path.write_text("<html><body><p>text</p></body></html>")
    with pytest.raises(ReadError) as info:
        read_path(path)
    assert info.value.reason == "cannot read as html (ValueError: unexpected markup)"
    assert_one_line(info.value, path)


def test_mutated_epubs_and_truncated_html_never_escape_as_other_errors(tmp_path, examples_dir):
    import random

    rng = random.Random(7)
    original = (examples_dir / "the_borrowed_violin_fanficfare.epub").read_bytes()
    outcomes = {"read": 0, "refused": 0}
    for round_number in range(40):
        data = bytearray(original)
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path = tmp_path / f"m{round_number}.epub"
        path.write_bytes(bytes(data))
        try:
            read_path(path)
            outcomes["read"] += 1
        except ReadError as error:
            assert "\n" not in str(error)
            outcomes["refused"] += 1
    assert outcomes["refused"] > 0
    markup = (examples_dir / "the_last_patrol_ao3.html").read_text(encoding="utf-8")
    for cut in range(200, len(markup), len(markup) // 25):
        path = tmp_path / "cut.html"
        path.write_text(markup[:cut], encoding="utf-8")
        try:
            work = read_path(path)
        except ReadError as error:
            assert error.type == "no_story"
        else:
            assert work.source.format == "ao3-html"


_MARKUP_PIECES = st.sampled_from(
    [
        "<div>", "</div>", "<p>", "</p>", "<br/>", "<hr>", "<blockquote>", "</blockquote>", '<div class="meta group">',
        '<h2 class="heading">', "</h2>", '<div id="chapters" class="userstuff">', '<div id="preface">', '<dl class="tags">',
        "<dt>Rating:</dt>", "<dd>", "</dd>", "</dl>", '<div class="userstuff">', '<p class="message">', "<!--chapter content-->",
        "<script>", "</script>", '<div id="afterword">', "<h1>", "</h1>", "&amp;", "&lol;", "<!DOCTYPE html [", "]>",
        "Words: 1,2", "Chapters: 3/?", "Chapter 1", "text", " ", "\n", "\u201c", "\x00", "<",
    ]
)


@settings(max_examples=200, deadline=None)
@given(pieces=st.lists(_MARKUP_PIECES, max_size=60))
def test_arbitrary_ao3_like_markup_reads_or_is_refused_cleanly(pieces):
    markup = "<html><body>" + "".join(pieces) + "</body></html>"
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "page.html")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(markup)
        try:
            work = read_path(path)
        except ReadError as error:
            assert error.type == "no_story", error.reason
        else:
            assert work.text.strip()
            for span in work.paratext + work.chapters:
                assert 0 <= span.start <= span.end <= len(work.text)



def test_invalid_utf8_mid_file_in_a_large_file_is_read_with_a_warning(tmp_path):
    good = "\u201cKeep the lamp lit,\u201d she said. Caf\u00e9 doors banged.\n".encode("utf-8")
    path = tmp_path / "mixed.txt"
    path.write_bytes(good * 20_000 + b"broken \xff\xfe\x80 bytes \xe9t\xe9\n" + good * 20_000)
    work = timed_read(path, 3.0)
    assert work.source.encoding == "utf-8"
    assert "broken \u00ff\u00fe\u20ac bytes \u00e9t\u00e9\n" in work.text
    assert len(work.warnings) == 1 and "(5 stray bytes)" in work.warnings[0]


def test_mixed_encoding_html_is_read_with_a_warning(tmp_path):
    path = tmp_path / "mixed.html"
    path.write_bytes(
        b"<html><body><p>" + "Zo\u00eb waited.".encode("utf-8") + b"</p><p>" + "Caf\u00e9 closed.".encode("cp1252") + b"</p></body></html>"
    )
    work = read_path(path)
    assert work.text == "Zo\u00eb waited.\n\nCaf\u00e9 closed."
    assert work.warnings == ["invalid UTF-8 from byte 37 (1 stray byte); decoded those as Windows-1252"]


def test_zip_entry_with_empty_name_is_ignored(tmp_path):
    """Found by the atheris target: an entry named '' crashed zipfile's is_dir()."""
    opf = package_opf("<dc:title>T</dc:title>", [("c1", "c1.xhtml")])
    entries = epub_entries("OPS/content.opf", opf, [CHAPTER]) + [("", b"nameless")]
    path = write_zip(tmp_path / "nameless.epub", entries)
    work = timed_read(path)
    assert work.text == "A quiet chapter about a lighthouse."
