"""Crash safety: `ficlens add` and `ficlens reindex` killed with SIGKILL at random points lose nothing
already stored, leave nothing half-written, and a second run completes the library with each work once."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from ficlens.library.ingest import file_sha256
from ficlens.pipeline import default_pipeline
from ficlens.library.search import SearchQuery
from ficlens.library.storage import open_library

N_WORKS = 20
CLI = "import sys; sys.argv = ['ficlens'] + sys.argv[1:]; from ficlens.cli import main; main()"
OLD_PIPELINE = json.dumps({"structure": "old"})


def make_inputs(folder: Path) -> dict[str, int]:
    """Twenty small stories, each with one word no other has; returns sha256 -> story number."""
    folder.mkdir()
    rnd = random.Random(7)
    shas = {}
    for i in range(N_WORKS):
        paragraphs = [
            " ".join(rnd.choice(["the", "lamp", "harbour", "went", "out", "quietly", "rain", "over"]) for _ in range(120))
            for _ in range(8)
        ]
        path = folder / f"story{i:02d}.txt"
        path.write_text(f"Marker{chr(97 + i)}word begins.\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
        shas[file_sha256(str(path))] = i
    return shas


def count(db: str, where: str = "1 = 1") -> int:
    con = sqlite3.connect(db, timeout=30)
    try:
        return con.execute(f"SELECT count(*) FROM works WHERE {where}").fetchone()[0]
    except sqlite3.OperationalError:  # the library is not created yet
        return 0
    finally:
        con.close()


def run_and_kill(args: list[str], db: str, progress_where: str, target: int, rnd: random.Random) -> bool:
    """Start the command, SIGKILL it once `target` works satisfy `progress_where` (plus a random delay).

    Returns whether the kill landed before the command finished."""
    proc = subprocess.Popen([sys.executable, "-c", CLI, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        if count(db, progress_where) >= target:
            time.sleep(rnd.uniform(0, 0.05))
            break
        time.sleep(0.005)
    finished = proc.poll() is not None
    if not finished:
        proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    proc.stderr.close()
    return not finished


def assert_sound(db: str, shas: dict[str, int], expect_all: bool) -> int:
    """The library opens, passes its checks, and holds each finished work exactly once, whole."""
    with open_library(db) as lib:
        assert lib.check() == []
        rows = lib._fetchall("SELECT sha256, count(*) FROM works GROUP BY sha256")
        assert all(n == 1 for _, n in rows)
        assert {sha for sha, _ in rows} <= set(shas)
        for sha, _ in rows:
            i = shas[sha]
            hits = lib.search(SearchQuery(text=f"marker{chr(97 + i)}word"))
            assert [w.sha256 for w in hits.works] == [sha]
            work = lib.get(lib.has(sha))
            assert work.text.startswith(f"Marker{chr(97 + i)}word begins.")
        if expect_all:
            assert len(rows) == N_WORKS
        return len(rows)


def test_add_killed_at_random_points_then_resumed(tmp_path):
    shas = make_inputs(tmp_path / "in")
    db = str(tmp_path / "lib.sqlite")
    rnd = random.Random()
    mid_run_kills = 0
    stored_before = 0
    for _ in range(4):
        target = min(N_WORKS - 1, stored_before + rnd.randint(1, 5))
        mid_run_kills += run_and_kill(["add", str(tmp_path / "in"), "--db", db], db, "1 = 1", target, rnd)
        stored = assert_sound(db, shas, expect_all=False)
        assert stored >= stored_before  # nothing already stored was lost
        stored_before = stored
    assert mid_run_kills >= 1
    done = subprocess.run([sys.executable, "-c", CLI, "add", str(tmp_path / "in"), "--db", db],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"already stored {stored_before}" in done.stderr
    assert_sound(db, shas, expect_all=True)


def test_reindex_killed_at_random_points_then_resumed(tmp_path):
    shas = make_inputs(tmp_path / "in")
    db = str(tmp_path / "lib.sqlite")
    subprocess.run([sys.executable, "-c", CLI, "add", str(tmp_path / "in"), "--db", db], check=True,
                   capture_output=True, timeout=300)
    con = sqlite3.connect(db)
    con.execute("UPDATE works SET pipeline = ?", [OLD_PIPELINE])
    con.commit()
    con.close()
    rnd = random.Random()
    fresh = f"pipeline != '{OLD_PIPELINE}'"
    mid_run_kills = 0
    for _ in range(3):
        target = min(N_WORKS - 1, count(db, fresh) + rnd.randint(1, 5))
        mid_run_kills += run_and_kill(["reindex", "--db", db], db, fresh, target, rnd)
        assert_sound(db, shas, expect_all=True)
    assert mid_run_kills >= 1
    done = subprocess.run([sys.executable, "-c", CLI, "reindex", "--db", db], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert_sound(db, shas, expect_all=True)
    with open_library(db) as lib:
        assert all(v == default_pipeline().versions() for _, v, _, _ in lib.pipelines())
