"""Chunks sized by words and workers: a long work alone, short works together, the long ones first,
so that two workers share even a handful of novels."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from ficlens.batch import run_batch
from ficlens.batch.chunks import CHUNKS_PER_WORKER, MAX_CHUNK_CHARS, chunk_target, largest_first, sized_chunks
from ficlens.batch.inputs import Item

PARAGRAPH = ('"The tide is turning," Wren said. Ossian pulled the boat higher up the shingle and looked at the '
             "lighthouse, dark again for the third night running.\n\n")


def items(*sizes: int) -> list[Item]:
    return [Item(f"w{i}", text="x", size=size) for i, size in enumerate(sizes)]


def test_a_long_work_goes_alone_and_short_ones_together():
    chunks = list(sized_chunks(items(900, 40, 40, 40, 300, 30, 500), set(), 1850, lambda _: 400, max_works=1000))
    assert [[i.id for i in c] for c in chunks] == [["w0"], ["w1", "w2", "w3"], ["w4", "w5"], ["w6"]]


def test_chunks_shrink_with_what_remains():
    asked = []

    def target(remaining: int) -> int:
        asked.append(remaining)
        return max(1, remaining // 4)

    chunks = list(sized_chunks(items(*[10] * 16), set(), 160, target))
    assert [len(c) for c in chunks] == [4, 3, 2, 1, 1, 1, 1, 1, 1, 1]
    assert asked == [160, 120, 90, 70, 60, 50, 40, 30, 20, 10]


def test_chunks_stop_at_the_work_limit_and_skip_finished_works():
    skipped = []
    done = {"w1"}
    chunks = list(sized_chunks(items(*[10] * 7), done, 70, lambda _: 10_000, max_works=3, on_skip=skipped.append))
    assert [[i.id for i in c] for c in chunks] == [["w0", "w2", "w3"], ["w4", "w5", "w6"]]
    assert [i.id for i in skipped] == ["w1"] and done == {f"w{i}" for i in range(7)}


def test_each_worker_gets_several_chunks_of_what_remains_and_a_big_one_is_capped():
    ten_novels = 5_400_000
    assert chunk_target(ten_novels, 2) == ten_novels // (2 * CHUNKS_PER_WORKER)
    assert chunk_target(ten_novels, 1) == ten_novels // CHUNKS_PER_WORKER
    assert chunk_target(5_000_000_000, 64) == MAX_CHUNK_CHARS
    assert chunk_target(0, 2) == 1


def test_largest_inputs_first(tmp_path: Path):
    for name, paragraphs in [("a.txt", 1), ("b.txt", 9), ("c.txt", 4)]:
        (tmp_path / name).write_text(PARAGRAPH * paragraphs, encoding="utf-8")
    assert [Path(p).name for p in largest_first([str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")])] == [
        "b.txt", "c.txt", "a.txt"]


def test_a_folder_of_four_novels_is_four_chunks_for_two_workers(tmp_path: Path):
    """Chunked by count (32 works), these four went to one worker as one chunk; now each is its own."""
    corpus = tmp_path / "novels"
    corpus.mkdir()
    for n, paragraphs in enumerate([30, 20, 25, 5]):
        (corpus / f"novel{n}.txt").write_text(f"Novel {n}\n\n" + PARAGRAPH * paragraphs, encoding="utf-8")
    out = tmp_path / "out.parquet"
    summary = run_batch([str(corpus)], str(out), workers=2)
    assert summary.done == 4
    parts = sorted(out.glob("part-*.parquet"))
    ids = [pq.read_table(p, columns=["id"]).column("id").to_pylist() for p in parts]
    assert sorted(Path(i).name for part in ids for i in part) == [f"novel{n}.txt" for n in range(4)]
    assert [len(part) for part in ids] == [1, 1, 1, 1]
