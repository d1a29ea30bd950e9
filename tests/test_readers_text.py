"""Plain text reader: encodings, exact offsets, refusals."""

from __future__ import annotations

import codecs
import os
import tempfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ficlens.errors import ReadError
from ficlens.readers import read_path

STORY = "Title: Café at Midnight\r\nRating: T\r\n\r\n\u201cWait,\u201d said Zoë. \u201cIt\u2019s late.\u201d\r\n"


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_utf8_without_bom_keeps_crlf_and_offsets(tmp_path):
    work = read_path(write(tmp_path, "a.txt", STORY.encode("utf-8")))
    assert work.text == STORY
    assert "\r\n" in work.text
    assert work.source.format == "text"
    assert work.source.encoding == "utf-8"
    assert work.warnings == []
    start = work.text.index("Zoë")
    assert work.text[start : start + 3] == "Zoë"


def test_utf8_bom_is_removed(tmp_path):
    work = read_path(write(tmp_path, "a.txt", codecs.BOM_UTF8 + STORY.encode("utf-8")))
    assert work.text == STORY
    assert work.source.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec,bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_utf16_with_bom(tmp_path, codec, bom):
    work = read_path(write(tmp_path, "a.txt", bom + STORY.encode(codec)))
    assert work.text == STORY
    assert work.source.encoding == codec


def test_windows_1252_fallback_warns(tmp_path):
    text = "\u201cCaf\u00e9,\u201d she said \u2014 na\u00efve as ever.\n"
    work = read_path(write(tmp_path, "a.txt", text.encode("cp1252")))
    assert work.text == text
    assert work.source.encoding == "windows-1252"
    assert any("Windows-1252" in w for w in work.warnings)


def test_mixed_encodings_best_effort_with_warning(tmp_path):
    data = "Zoë said “hello”.\n".encode("utf-8") + "Then caf\u00e9 \u2014 old bytes.\n".encode("cp1252") + "Ünïcode again.\n".encode("utf-8")
    work = read_path(write(tmp_path, "a.txt", data))
    assert work.text == "Zoë said “hello”.\nThen caf\u00e9 \u2014 old bytes.\nÜnïcode again.\n"
    assert work.source.encoding == "utf-8"
    assert work.warnings == ["invalid UTF-8 from byte 31 (2 stray bytes); decoded those as Windows-1252"]


def test_invalid_utf8_mid_file_is_read_with_warning(tmp_path):
    data = ("Ünïcode start. " * 50).encode("utf-8") + b"\xc3\x28 broken " + ("more text é. " * 50).encode("utf-8")
    work = read_path(write(tmp_path, "a.txt", data))
    assert work.text.startswith("Ünïcode start.")
    assert work.text.endswith("more text é. ")
    assert "Ã( broken" in work.text
    assert work.warnings


def test_binary_file_refused(tmp_path):
    path = write(tmp_path, "a.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(ReadError) as info:
        read_path(path)
    assert info.value.type == "binary"
    assert info.value.reason == "binary file, not text"


def test_nul_bytes_refused_as_binary(tmp_path):
    path = write(tmp_path, "a.txt", b"Once upon a time\x00\x00\x00 there was")
    with pytest.raises(ReadError, match="binary file, not text"):
        read_path(path)


def test_control_bytes_refused_as_binary(tmp_path):
    path = write(tmp_path, "a.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 100 + b"some text")
    with pytest.raises(ReadError, match="binary"):
        read_path(path)


def test_undecodable_file_refused_with_reason(tmp_path):
    path = write(tmp_path, "a.txt", b"plain start \x81\x8d\x8f\x90\x9d and more \x81 bytes that fit nothing")
    with pytest.raises(ReadError) as info:
        read_path(path)
    assert info.value.type == "undecodable"
    assert "not UTF-8, UTF-16 or Windows-1252" in info.value.reason


def test_empty_and_whitespace_only_files_refused(tmp_path):
    with pytest.raises(ReadError, match="file is empty"):
        read_path(write(tmp_path, "empty.txt", b""))
    with pytest.raises(ReadError, match="only whitespace"):
        read_path(write(tmp_path, "blank.txt", b"  \r\n\n\t \n"))


def test_missing_path_refused(tmp_path):
    with pytest.raises(ReadError) as info:
        read_path(str(tmp_path / "nope.txt"))
    assert info.value.type == "not_found"


def test_source_records_size_and_hash(tmp_path):
    data = STORY.encode("utf-8")
    work = read_path(write(tmp_path, "a.txt", data))
    assert work.source.size == len(data)
    assert len(work.source.sha256) == 64


def test_example_plain_text_reads_exactly(examples_dir):
    path = examples_dir / "whatever_the_weather_ffnet.txt"
    work = read_path(path)
    assert work.text == path.read_bytes().decode("utf-8")
    assert work.text.startswith("Title: ")
    assert "~ ~ ~" in work.text


def test_windows_1252_with_one_accidental_utf8_pair_stays_windows_1252(tmp_path):
    text = "Ã© looked odd; caf\u00e9, na\u00efve, r\u00e9sum\u00e9, fa\u00e7ade and \u201cquotes\u201d were fine.\n"
    work = read_path(write(tmp_path, "a.txt", text.encode("cp1252")))
    assert work.text == text
    assert work.source.encoding == "windows-1252"


def test_every_example_reads_with_its_reader(examples_dir):
    formats = {
        "the_last_patrol_ao3.html": "ao3-html",
        "the_borrowed_violin_fanficfare.epub": "fanficfare-epub",
        "whatever_the_weather_ffnet.txt": "text",
        "lanterns_on_the_road_reader_insert.txt": "text",
    }
    for name, expected in formats.items():
        work = read_path(examples_dir / name)
        assert work.source.format == expected, name
        assert work.warnings == [], name
        assert len(work.text.split()) > 800, name


_TEXT_CONTROLS = set("\t\n\x0b\x0c\r\x1b\x1a")


@settings(max_examples=150, deadline=None)
@given(text=st.text(min_size=1, max_size=300), codec=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_any_text_reads_back_exactly_or_is_refused_for_a_stated_reason(text, codec):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "story.txt")
        with open(path, "wb") as fh:
            fh.write(text.encode(codec, "surrogatepass") if codec != "utf-16" else codecs.BOM_UTF16_LE + text.encode("utf-16-le", "surrogatepass"))
        try:
            work = read_path(path)
        except ReadError as error:
            has_controls = any(ord(c) < 32 and c not in _TEXT_CONTROLS for c in text)
            if error.type == "binary":
                assert has_controls
            elif error.type == "empty":
                assert not text.strip()
            else:
                assert error.type == "undecodable" and any(0xD800 <= ord(c) <= 0xDFFF for c in text)
        else:
            assert work.text == text
