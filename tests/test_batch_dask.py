"""`ficlens batch --scheduler` on a local Dask cluster of two worker processes gives the local run's output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ficlens.batch import iter_rows, run_batch

distributed = pytest.importorskip("distributed")


def story(n: int) -> str:
    keeper, visitor = ["Halvard", "Senna", "Ilse"][n % 3], ["Bram", "Yusra", "Quill", "Noor"][n % 4]
    return (
        f"The Keeper, part {n}\n\n"
        f'"The lamp needs oil," {keeper} said, not looking up from the log book.\n\n'
        f'"Then I will fetch it," {visitor} replied, and went down the spiral stair.\n\n'
        + "Salt crusted the windows and the sea kept its own counsel. " * (n % 5 + 2)
        + "\n"
    )


def comparable(rows) -> dict[str, str]:
    """Rows by id, each as canonical JSON (order of parts and rows is the engines' business)."""
    return {r["id"]: json.dumps(r, sort_keys=True) for r in rows}


def test_dask_cluster_output_equals_local_output(tmp_path: Path):
    from distributed import LocalCluster

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(12):
        (corpus / f"keeper{n:02d}.txt").write_text(story(n), encoding="utf-8")
    (corpus / "zero.txt").write_bytes(b"")
    jsonl = tmp_path / "more.jsonl"
    jsonl.write_text("".join(json.dumps({"text": story(n)}) + "\n" for n in range(20, 25)), encoding="utf-8")
    inputs = [str(corpus), str(jsonl)]

    local = run_batch(inputs, str(tmp_path / "local.parquet"), batch_size=3, workers=2)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        on_dask = run_batch(inputs, str(tmp_path / "dask.parquet"), batch_size=3, scheduler=cluster.scheduler_address)
        assert len(on_dask.worker_peak_rss) == 2, "both Dask workers should have taken chunks"
        again = run_batch(inputs, str(tmp_path / "dask.parquet"), batch_size=3, scheduler=cluster.scheduler_address)
    assert (on_dask.done, on_dask.failed) == (local.done, local.failed) == (17, 1)
    assert (again.done, again.skipped) == (0, 18)
    local_rows = comparable(iter_rows(str(tmp_path / "local.parquet")))
    dask_rows = comparable(iter_rows(str(tmp_path / "dask.parquet")))
    assert len(local_rows) == 18
    assert dask_rows == local_rows


def test_bad_scheduler_address_is_a_one_line_error(tmp_path: Path):
    from ficlens.errors import FiclensError

    (tmp_path / "w.txt").write_text(story(1), encoding="utf-8")
    with pytest.raises(FiclensError, match="cannot reach the Dask scheduler"):
        run_batch([str(tmp_path / "w.txt")], str(tmp_path / "o.jsonl"), scheduler="nonsense://nowhere")
