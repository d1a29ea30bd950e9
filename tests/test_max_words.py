"""`--max-words`: a work of more words is refused with one line naming it, before any stage runs, and
`analyze`, `add` and `batch` go on with the next work; the Python API's pipeline takes the same limit."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ficlens.batch import iter_rows, run_batch
from ficlens.cli import app
from ficlens.errors import FiclensError, ReadError
from ficlens.pipeline import DEFAULT_MAX_WORDS, Pipeline
from ficlens.readers import read_text

FICLENS = str(Path(sys.executable).with_name("ficlens"))
SHORT = '"Wait," said Tamsin. "The tide is turning."\n\nIdris pulled the boat up the shingle.\n'  # 14 words
LONG = "The lamp swung over the quay. " * 40 + "\n"  # 240 words


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """Three works, the long one between two short ones in path order."""
    root = tmp_path / "works"
    root.mkdir()
    (root / "a-short.txt").write_text(SHORT, encoding="utf-8")
    (root / "b-long.txt").write_text(LONG, encoding="utf-8")
    (root / "c-short.txt").write_text(SHORT.replace("Tamsin", "Wren"), encoding="utf-8")
    return root


def test_pipeline_refuses_a_longer_work_before_any_stage():
    pipeline = Pipeline(["structure"], max_words=100)
    with pytest.raises(ReadError) as caught:
        pipeline.run(read_text(LONG))
    assert caught.value.type == "too_large"
    assert "240 words, more than the limit of 100" in str(caught.value)
    assert pipeline.run(read_text(SHORT)).stats.words == 14


def test_limit_counts_whole_words_and_zero_means_none():
    assert Pipeline(["structure"], max_words=240).run(read_text(LONG)).stats.words == 240
    assert Pipeline(["structure"], max_words=0).run(read_text(LONG)).stats.words == 240
    assert Pipeline(["structure"]).max_words == DEFAULT_MAX_WORDS == 5_000_000
    with pytest.raises(FiclensError, match="--max-words must be 0"):
        Pipeline(["structure"], max_words=-1)


def test_analyze_refuses_the_long_file_in_one_line_and_goes_on(folder: Path):
    result = subprocess.run([FICLENS, "analyze", "--json", "--stages", "structure", "--max-words", "100", str(folder)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"ficlens: {folder / 'b-long.txt'}: 240 words, more than the limit of 100 (--max-words)"
    ]
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line.get("source", {}).get("path") if "error" not in line else line["source"] for line in lines] == [
        str(folder / name) for name in ("a-short.txt", "b-long.txt", "c-short.txt")
    ]
    assert lines[1]["error"]["type"] == "too_large"
    assert lines[0]["stats"]["words"] == lines[2]["stats"]["words"] == 14


def test_add_stores_the_others_and_reports_the_long_file(folder: Path, tmp_path: Path):
    db = str(tmp_path / "lib.sqlite")
    result = CliRunner().invoke(app, ["add", str(folder), "--db", db, "--max-words", "100"])
    assert result.exit_code == 1
    assert "added 2, already stored 0, failed 1" in result.output
    assert f"{folder / 'b-long.txt'}: 240 words, more than the limit of 100" in result.output
    again = CliRunner().invoke(app, ["add", str(folder / "b-long.txt"), "--db", db])
    assert again.exit_code == 0 and "added 1" in again.output


def test_batch_records_the_long_file_and_analyses_the_others(folder: Path, tmp_path: Path):
    out = tmp_path / "out.jsonl"
    summary = run_batch([str(folder)], str(out), workers=1, stages=("structure",), max_words=100)
    assert (summary.done, summary.failed) == (2, 1)
    rows = {Path(r["id"]).name: r for r in iter_rows(str(out))}
    assert rows["b-long.txt"]["error_type"] == "too_large"
    assert "240 words, more than the limit of 100" in rows["b-long.txt"]["error"]
    assert rows["a-short.txt"]["error_type"] is None and rows["a-short.txt"]["words"] == 14
    with pytest.raises(FiclensError, match="--max-words must be 0"):
        run_batch([str(folder)], str(tmp_path / "bad.jsonl"), workers=1, max_words=-5)
