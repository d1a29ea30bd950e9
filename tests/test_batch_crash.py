"""Crash safety: `ficlens batch` killed with SIGKILL at random points, then resumed.

After every kill the output must open, hold each finished work exactly once with its whole
document, and contain nothing half-written; the workers must not outlive the batch; the
final re-run must complete the corpus with every work exactly once.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from ficlens.batch import iter_rows
from ficlens.model import SCHEMA_ID, Work

FICLENS = str(Path(sys.executable).with_name("ficlens"))
WORKS = 30
KILLS = 4

PARAGRAPHS = [
    "The ferry left at dawn, and {a} watched the harbour lights go out one by one.",
    '"You kept the map," {b} said. "After everything, you kept it."',
    '"I keep everything," {a} answered, and folded it into her coat.',
    "Gulls argued over the wake. Somewhere below, an engine coughed and settled into its rhythm.",
]


def generated_work(n: int) -> str:
    """An original work of several hundred words, different for each n."""
    a, b = ["Rook", "Mira", "Ansel", "Juno", "Tobiah"][n % 5], ["Fen", "Odile", "Corin"][n % 3]
    paras = [p.format(a=a, b=b) for p in PARAGRAPHS]
    body = "\n\n".join(paras[(i + n) % len(paras)] for i in range(30 + n))
    return f"Work {n}: The Crossing\n\n{body}\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """The works, and the SHA-256 of each file by path."""
    folder = tmp_path_factory.mktemp("crash") / "works"
    folder.mkdir()
    expected = {}
    for n in range(WORKS):
        path = folder / f"work{n:02d}.txt"
        path.write_text(generated_work(n), encoding="utf-8")
        expected[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return folder, expected


def finished_count(out: Path) -> int:
    """Works the output holds now, counted cheaply while the batch writes."""
    if out.suffix == ".jsonl":
        return out.read_bytes().count(b"\n") if out.exists() else 0
    return sum(1 for p in out.iterdir() if p.name.startswith("part-")) * 2 if out.exists() else 0


def check_output(out: Path, expected: dict[str, str]) -> set[str]:
    """The output opens, every row is a whole document of the file it names, no work twice."""
    rows = list(iter_rows(str(out)))
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "a work was recorded twice"
    for row in rows:
        assert row["error"] is None, row["error"]
        doc = row["document"]
        assert doc["schema"] == SCHEMA_ID and doc["source"]["path"] == row["id"]
        assert doc["source"]["sha256"] == expected[row["id"]], f"{row['id']}: document of another file"
        assert doc["stats"]["words"] == row["words"] > 100
        assert Work.from_dict(doc).to_dict() == doc, f"{row['id']} is not a whole document"
    if out.suffix == ".jsonl":
        data = out.read_bytes()
        complete = data[: data.rfind(b"\n") + 1]
        assert complete.count(b"\n") == len(rows)
    else:
        import pyarrow.parquet as pq

        assert pq.read_table(out).num_rows == len(rows)
    return set(ids)


def start_batch(corpus: Path, out: Path) -> subprocess.Popen:
    args = [FICLENS, "batch", str(corpus), "--out", str(out), "--workers", "2", "--batch-size", "2", "--quiet"]
    return subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.mark.parametrize("name", ["out.parquet", "out.jsonl"])
def test_sigkill_at_random_points_then_resume_gives_every_work_once(corpus, tmp_path: Path, name: str):
    folder, expected = corpus
    out = tmp_path / name
    seed = int(os.environ.get("FICLENS_CRASH_SEED", time.time_ns() % 10**6))
    rng = random.Random(seed)
    interrupted = 0
    partial_seen = False
    for _ in range(KILLS):
        before = finished_count(out)
        target = before + rng.randint(1, max(1, (WORKS - before) // 2 - 2))
        proc = start_batch(folder, out)
        workers: list[psutil.Process] = []
        deadline = time.monotonic() + 60
        while proc.poll() is None and finished_count(out) < target and time.monotonic() < deadline:
            if not workers:
                try:
                    workers = psutil.Process(proc.pid).children(recursive=True)
                except psutil.NoSuchProcess:
                    pass
            time.sleep(0.002)
        time.sleep(rng.uniform(0, 0.005))  # land anywhere, including inside a write
        try:
            workers = workers + psutil.Process(proc.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            pass
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        if proc.returncode == -signal.SIGKILL:
            interrupted += 1
        _, alive = psutil.wait_procs(workers, timeout=15)
        assert not alive, f"workers outlived the killed batch (seed {seed})"
        done = check_output(out, expected)
        assert done <= set(expected)
        partial_seen = partial_seen or 0 < len(done) < WORKS
    assert interrupted >= KILLS // 2, f"only {interrupted} runs were killed mid-way (seed {seed})"
    assert partial_seen, f"no kill landed while works were being written (seed {seed})"
    final = subprocess.run([FICLENS, "batch", str(folder), "--out", str(out), "--quiet"],
                           capture_output=True, text=True, timeout=300)
    assert final.returncode == 0, final.stderr
    assert check_output(out, expected) == set(expected), f"seed {seed}"
    assert not [p for p in (out.iterdir() if out.is_dir() else []) if p.name.endswith(".tmp")]
