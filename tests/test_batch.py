"""`ficlens batch` on a local pool: inputs of every kind, both outputs, failures recorded, resuming."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from ficlens import analyze
from ficlens.batch import iter_rows, run_batch
from ficlens.batch.engines import LocalEngine
from ficlens.batch.inputs import Item
from ficlens.batch.sinks import OutputError
from ficlens.schema import validate

FICLENS = str(Path(sys.executable).with_name("ficlens"))


def story(n: int) -> str:
    """A short original story, different for each n."""
    names = ["Wren", "Ossian", "Tamsin", "Idris", "Pell"]
    a, b = names[n % 5], names[(n + 2) % 5]
    return (
        f"Chapter 1\n\nThe lighthouse on Gull Rock had been dark for {n + 3} nights.\n\n"
        f'"Someone has to climb it," {a} said, pulling on her boots.\n\n'
        f'"Not tonight," {b} answered. "The stairs are rotten and the tide is turning."\n\n'
        + "The wind pushed at the shutters. " * (n % 7 + 1)
        + "\n"
    )


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    for i in range(6):
        (folder / ("sub" if i % 2 else "") / f"work{i:02d}.txt").write_text(story(i), encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"")
    return folder


def rows_by_id(out: Path) -> dict[str, dict]:
    rows = list(iter_rows(str(out)))
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "a work was written twice"
    return {r["id"]: r for r in rows}


def test_parquet_output_has_one_row_per_work_with_metadata_and_document(corpus: Path, tmp_path: Path):
    out = tmp_path / "out.parquet"
    summary = run_batch([str(corpus)], str(out), batch_size=2, workers=2)
    assert (summary.done, summary.failed, summary.skipped) == (6, 1, 0)
    parts = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert parts == [f"part-{i:05d}.parquet" for i in range(4)]
    table = pq.read_table(out)  # the folder opens as one dataset
    assert table.num_rows == 7
    for col in ("id", "title", "authors", "rating", "fandoms", "words", "chapters", "quotes", "detected_rating",
                "detected_warnings", "document", "error"):
        assert col in table.column_names
    rows = rows_by_id(out)
    path = str(corpus / "sub" / "work01.txt")
    expected = analyze(Path(path)).to_dict()
    assert rows[path]["document"] == expected
    assert rows[path]["words"] == expected["stats"]["words"] > 20
    assert rows[path]["error"] is None
    validate(rows[path]["document"])
    broken = rows[str(corpus / "broken.txt")]
    assert broken["error_type"] == "empty" and broken["document"] is None and "empty" in broken["error"]
    assert summary.words == sum(r["words"] for r in rows.values())
    assert summary.worker_peak_rss and all(0 < v < 2**30 for v in summary.worker_peak_rss.values())


def test_rerun_skips_finished_works_and_adds_new_ones(corpus: Path, tmp_path: Path):
    out = tmp_path / "out.parquet"
    run_batch([str(corpus)], str(out), batch_size=3, workers=1)
    again = run_batch([str(corpus)], str(out), batch_size=3, workers=1)
    assert (again.done, again.failed, again.skipped) == (0, 0, 7)
    (corpus / "work99.txt").write_text(story(99), encoding="utf-8")
    third = run_batch([str(corpus)], str(out), batch_size=3, workers=1)
    assert (third.done, third.skipped) == (1, 7)
    assert len(rows_by_id(out)) == 8


def test_temporary_part_left_by_a_kill_is_discarded(corpus: Path, tmp_path: Path):
    out = tmp_path / "out.parquet"
    out.mkdir()
    (out / ".part-00000.parquet.tmp").write_bytes(b"PAR1 half written")
    run_batch([str(corpus)], str(out), batch_size=4, workers=1)
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    assert len(rows_by_id(out)) == 7


def test_jsonl_input_with_fields_and_bad_records(tmp_path: Path):
    src = tmp_path / "works.jsonl"
    lines = [json.dumps({"work_id": f"w{i}", "body": story(i)}) for i in range(4)]
    lines += ["{not json", json.dumps({"work_id": "w9"}), json.dumps({"body": story(5)}), ""]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_batch([str(src)], str(out), text_field="body", id_field="work_id", batch_size=3, workers=2)
    rows = rows_by_id(out)
    assert set(rows) == {"w0", "w1", "w2", "w3", f"{src}#5", "w9", f"{src}#7"}
    assert (summary.done, summary.failed) == (4, 3)
    assert rows["w2"]["document"] == analyze(story(2)).to_dict()
    assert rows[f"{src}#5"]["error_type"] == "bad_record"
    assert "no text field 'body'" in rows["w9"]["error"]
    assert "no field 'work_id'" in rows[f"{src}#7"]["error"]


def test_jsonl_output_torn_last_line_is_cut_and_redone_once(tmp_path: Path):
    src = tmp_path / "works.jsonl"
    src.write_text("".join(json.dumps({"text": story(i)}) + "\n" for i in range(5)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch([str(src)], str(out), batch_size=1, workers=1)
    data = out.read_bytes()
    last_start = data.rstrip(b"\n").rfind(b"\n") + 1
    out.write_bytes(data[: last_start + 40])  # as if killed in the middle of the last write
    assert len(list(iter_rows(str(out)))) == 4  # the torn line is not a row
    summary = run_batch([str(src)], str(out), batch_size=1, workers=1)
    assert (summary.done, summary.skipped) == (1, 4)
    assert out.read_bytes().endswith(b"\n")
    assert sorted(rows_by_id(out)) == sorted(f"{src}#{i}" for i in range(1, 6))


def test_parquet_input_rows(tmp_path: Path):
    src = tmp_path / "in.parquet"
    pq.write_table(pa.table({"text": [story(i) for i in range(3)], "title": ["a", "b", "c"]}), src)
    out = tmp_path / "out.jsonl"
    run_batch([str(src)], str(out), workers=1)
    rows = rows_by_id(out)
    assert sorted(rows) == [f"{src}#0", f"{src}#1", f"{src}#2"]
    assert rows[f"{src}#1"]["document"] == analyze(story(1)).to_dict()
    missing = run_batch([str(src)], str(tmp_path / "o2.jsonl"), text_field="body", workers=1)
    assert missing.failed == 1
    (row,) = iter_rows(str(tmp_path / "o2.jsonl"))
    assert row["id"] == str(src) and "no column 'body'" in row["error"]


def test_engine_pulls_chunks_lazily():
    """Memory is bounded by the batch size: the engine takes only a few chunks ahead of what it has written."""
    pulled = 0

    def endless():
        nonlocal pulled
        while True:
            pulled += 1
            yield [Item(f"w{pulled}", text=story(pulled))]

    engine = LocalEngine(workers=2)
    results = engine.run(endless(), max_in_flight=3)
    for n, (_, result) in enumerate(results, 1):
        assert result["rows"][0]["error"] is None
        assert pulled <= n + 3
        if n == 5:
            results.close()
            break


def test_output_that_is_not_a_batch_output_is_refused(tmp_path: Path):
    bad = tmp_path / "notes.jsonl"
    bad.write_text("hello\n", encoding="utf-8")
    with pytest.raises(OutputError):
        run_batch([str(tmp_path)], str(bad), workers=1)
    assert bad.read_text(encoding="utf-8") == "hello\n"


def test_cli_batch_reports_and_never_shows_a_traceback(corpus: Path, tmp_path: Path):
    env = dict(os.environ, COLUMNS="100", NO_COLOR="1")
    out = tmp_path / "cli.parquet"
    done = subprocess.run([FICLENS, "batch", str(corpus), "--out", str(out), "--workers", "2", "--batch-size", "2"],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert "7 works analysed (1 failed, 0 already done)" in done.stderr
    assert pq.read_table(out).num_rows == 7
    bad = subprocess.run([FICLENS, "batch", str(corpus), "--out", str(out), "--format", "csv"],
                         capture_output=True, text=True, timeout=60, env=env)
    assert bad.returncode == 1
    assert "unknown format 'csv'" in bad.stderr and "Traceback" not in bad.stderr


def chunk_that_kills_its_worker(items: list[Item], stages=None) -> dict:
    """Stands in for a work that crashes the interpreter (segfault, OOM kill): the worker process dies."""
    from ficlens.batch.worker import analyze_chunk

    if any(item.id == "poison" for item in items):
        os._exit(9)
    return analyze_chunk(items, stages)


def test_a_work_that_kills_its_worker_is_recorded_and_the_others_complete():
    items = [Item(f"w{i}", text=story(i)) for i in range(7)]
    items.insert(3, Item("poison", text=story(3)))
    chunks = [items[i:i + 2] for i in range(0, len(items), 2)]
    engine = LocalEngine(workers=2, task=chunk_that_kills_its_worker)
    rows = {row["id"]: row for _, result in engine.run(iter(chunks)) for row in result["rows"]}
    assert sorted(rows) == sorted(item.id for item in items)
    assert rows["poison"]["error_type"] == "worker_crashed"
    assert all(rows[f"w{i}"]["error"] is None and rows[f"w{i}"]["words"] > 0 for i in range(7))


def test_output_inside_the_input_folder_is_not_read_as_input(corpus: Path):
    gz_input = corpus / "extra.jsonl.gz"
    import gzip

    with gzip.open(gz_input, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": story(7)}) + "\n")
    out = corpus / "analysis.jsonl"
    first = run_batch([str(corpus)], str(out), workers=1)
    second = run_batch([str(corpus)], str(out), workers=1)
    assert (first.done, first.failed) == (7, 1)
    assert (second.done, second.failed, second.skipped) == (0, 0, 8)
    assert f"{gz_input}#1" in rows_by_id(out)


@pytest.mark.parametrize("name", ["busy.parquet", "busy.jsonl"])
def test_a_second_batch_on_the_same_output_is_refused_while_the_first_runs(tmp_path: Path, name: str):
    from ficlens.batch.sinks import open_sink

    first = open_sink(str(tmp_path / name))
    try:
        with pytest.raises(OutputError, match="another batch is writing"):
            open_sink(str(tmp_path / name))
    finally:
        first.close()
    open_sink(str(tmp_path / name)).close()  # free again once the first is done
