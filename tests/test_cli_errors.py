"""`ficlens analyze` on bad inputs: one line on stderr per bad file, JSON error lines, others still run, exit 1."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from epub_builder import epub_entries, package_opf, write_zip, xhtml  # noqa: E402

FICLENS = str(Path(sys.executable).with_name("ficlens"))
GOOD_TEXT = "Title: Good\n\n\u201cHello,\u201d said Ann. \u201cThis one works.\u201d\n"


def run_analyze(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([FICLENS, "analyze", *args], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory) -> dict[str, tuple[Path, str, str]]:
    """name -> (path, expected error type, expected words of the reason)."""
    root = tmp_path_factory.mktemp("bad")
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 8)
    (root / "undecodable.txt").write_bytes(b"text \x81\x8d\x8f\x90\x9d more text")
    (root / "corrupt.epub").write_bytes(b"PK\x03\x04 truncated archive")
    bomb = root / "bomb.epub"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        with zf.open("OPS/zeros.xhtml", "w", force_zip64=True) as fh:
            for _ in range(201):
                fh.write(b"\0" * (1024 * 1024))
    (root / "nostory.html").write_text("<html><head><title>Menu</title></head><body><nav>Home | About</nav></body></html>")
    return {
        "missing": (root / "does_not_exist.txt", "not_found", "no such file"),
        "empty": (root / "empty.txt", "empty", "file is empty"),
        "binary": (root / "binary.txt", "binary", "binary file, not text"),
        "undecodable": (root / "undecodable.txt", "undecodable", "undecodable"),
        "corrupt": (root / "corrupt.epub", "corrupt", "corrupt EPUB"),
        "bomb": (bomb, "too_large", "unpacks to 201 MB"),
        "nostory": (root / "nostory.html", "no_story", "no story text found"),
    }


@pytest.fixture(scope="module")
def good_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("good") / "good.txt"
    path.write_text(GOOD_TEXT, encoding="utf-8")
    return path


@pytest.mark.parametrize("case", ["missing", "empty", "binary", "undecodable", "corrupt", "bomb", "nostory"])
def test_each_bad_input_gives_one_line_and_exit_1(bad_inputs, case):
    path, _, reason = bad_inputs[case]
    result = run_analyze(str(path))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert str(path) in lines[0] and reason in lines[0]
    assert "Traceback" not in result.stderr


def test_json_error_lines_and_good_input_still_processed(bad_inputs, good_file):
    paths = [str(bad_inputs[c][0]) for c in ("missing", "binary", "corrupt", "nostory")]
    result = run_analyze("--json", "--stages", "structure", paths[0], paths[1], str(good_file), paths[2], paths[3])
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 5
    errors = [r for r in records if "error" in r]
    assert [e["source"] for e in errors] == paths
    expected = {str(bad_inputs[c][0]): bad_inputs[c][1] for c in bad_inputs}
    for record in errors:
        assert record["error"]["type"] == expected[record["source"]]
        assert record["error"]["message"]
    works = [r for r in records if "error" not in r]
    assert len(works) == 1 and works[0]["source"]["path"] == str(good_file)
    assert len(result.stderr.strip().splitlines()) == 4
    assert "Traceback" not in result.stderr


def test_directory_with_a_bad_epub_continues(tmp_path, good_file):
    opf = package_opf("<dc:title>Fine</dc:title>", [("c1", "c1.xhtml")])
    write_zip(tmp_path / "a_fine.epub", epub_entries("OPS/content.opf", opf, [("OPS/c1.xhtml", xhtml("c", "<p>Fine text.</p>"))]))
    (tmp_path / "b_broken.epub").write_bytes(b"not a zip at all")
    result = run_analyze("--json", "--stages", "structure", str(tmp_path))
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records[0]["source"]["format"] == "epub"
    assert records[1]["error"]["type"] == "corrupt"
