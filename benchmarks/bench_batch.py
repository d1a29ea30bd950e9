"""Batch throughput on the PDNC novels: words/s with one and with two local workers, worker memory,
and what an AO3-sized corpus would cost.

Each run analyses the 18 PDNC novels (repeated, as distinct ids, until one worker needs about
--seconds of work) with `ficlens.batch.run_batch`, batch size 1, into a fresh Parquet output.
Words/s is wall-clock: total words / elapsed time of the whole run (worker start-up included).
'Cores obtained' (worker CPU seconds / wall seconds) shows how much of the machine the workers
really got; the parent's CPU seconds show what the engine itself costs.
Peak memory per worker is each worker process's VmHWM (RSS high-water mark), reported by the worker.
The machine is shared, so the load average before and after each run is printed; re-run when it
is below the core count if the two-worker speed-up looks distorted.

Usage: .venv/bin/python benchmarks/bench_batch.py [--seconds 60] [--workers 2]
Exit status 1 if the two-worker speed-up is below 1.8x or a worker's peak exceeds 1 GB.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import PDNC_DIR, markdown_table, write_json  # noqa: E402

from ficlens.batch import run_batch  # noqa: E402
from ficlens.pipeline import analyze  # noqa: E402

AO3_WORKS = 15_000_000
AO3_MEAN_WORDS = 6_000
SPEEDUP_TARGET = 1.8
MEMORY_LIMIT = 1 << 30


def _spin(seconds: float) -> float:
    """Busy pure-Python loop for `seconds` of wall time; returns the CPU seconds it obtained."""
    end = time.perf_counter() + seconds
    started = time.process_time()
    while time.perf_counter() < end:
        sum(range(1000))
    return time.process_time() - started


def cores_available(processes: int, seconds: float = 3.0) -> float:
    """How many cores `processes` busy processes actually get now (a control for the speed-up:
    if two plain busy loops get only ~1 core, no engine can show 2x on this machine right now)."""
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        return sum(pool.map(_spin, [seconds] * processes)) / seconds


def calibrate(novels: list[Path]) -> float:
    """This process's words per CPU second on one mid-sized novel (to size the runs)."""
    path = sorted(novels, key=lambda p: p.stat().st_size)[len(novels) // 2]
    analyze(path)  # load resources first
    started = time.process_time()
    words = analyze(path).stats.words
    return words / max(time.process_time() - started, 1e-6)


def link_corpus(novels: list[Path], repeats: int, folder: Path) -> list[str]:
    """Symlinks rep-K/NAME.txt to each novel, largest first in each repeat (so the last chunks are short)."""
    by_size = sorted(novels, key=lambda p: -p.stat().st_size)
    paths = []
    for k in range(repeats):
        rep = folder / f"rep-{k:03d}"
        rep.mkdir(parents=True)
        for novel in by_size:
            link = rep / f"{novel.parent.name}.txt"
            link.symlink_to(novel)
            paths.append(str(link))
    return paths


def measure(paths: list[str], workers: int, out: Path) -> dict:
    load_before = os.getloadavg()[0]
    cpu_before = time.process_time()
    summary = run_batch(paths, str(out), batch_size=1, workers=workers)
    return {
        "workers": workers,
        "works": summary.done,
        "failed": summary.failed,
        "words": summary.words,
        "seconds": summary.seconds,
        "words_per_second": summary.words_per_second,
        "worker_cpu_seconds": summary.worker_cpu_seconds,
        "parent_cpu_seconds": time.process_time() - cpu_before,
        "peak_rss_per_worker_mb": sorted(v / 2**20 for v in summary.worker_peak_rss.values()),
        "load_before": load_before,
        "load_after": os.getloadavg()[0],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="Target CPU seconds of work for one worker.")
    parser.add_argument("--workers", type=int, default=2, help="Most workers to measure (1..N).")
    args = parser.parse_args()

    novels = sorted(PDNC_DIR.glob("*/novel_text.txt"))
    if not novels:
        print(f"bench_batch: no PDNC novels under {PDNC_DIR}", file=sys.stderr)
        return 2
    words_per_cpu_second = calibrate(novels)
    corpus_words = sum(analyze(p, stages=["structure"]).stats.words for p in novels)
    repeats = max(1, math.ceil(args.seconds * words_per_cpu_second / corpus_words))
    runs = []
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        paths = link_corpus(novels, repeats, Path(tmp) / "corpus")
        for workers in range(1, args.workers + 1):
            runs.append(measure(paths, workers, Path(tmp) / f"out-{workers}.parquet"))

    control = cores_available(args.workers)
    base = runs[0]["words_per_second"]
    rows = []
    for r in runs:
        r["speedup"] = r["words_per_second"] / base if base else 0.0
        rows.append([r["workers"], r["works"], r["words"], r["seconds"], r["words_per_second"], r["speedup"],
                     max(r["peak_rss_per_worker_mb"], default=0.0), r["worker_cpu_seconds"],
                     r["worker_cpu_seconds"] / r["seconds"], r["words"] / max(r["worker_cpu_seconds"], 1e-9),
                     r["parent_cpu_seconds"],
                     f"{r['load_before']:.2f} / {r['load_after']:.2f}"])
    print(f"PDNC: {len(novels)} novels x {repeats} repeats; calibration {words_per_cpu_second:,.0f} words per CPU s; "
          f"{os.cpu_count()} cores\n")
    print(markdown_table(["workers", "works", "words", "wall s", "words/s", "speed-up", "peak RSS/worker MB",
                          "worker CPU s", "cores obtained", "words per worker CPU s", "parent CPU s",
                          "load 1-min before / after"], rows))
    print("\n'cores obtained' = worker CPU s / wall s: below the worker count means other processes took the cores.")
    print(f"Control: {args.workers} plain busy-loop processes got {control:.2f} cores just after these runs.")

    # per core from CPU time: on a shared machine wall time also counts the other processes' turns
    per_core = max(r["words"] / r["worker_cpu_seconds"] for r in runs if r["worker_cpu_seconds"])
    ao3_words = AO3_WORKS * AO3_MEAN_WORDS
    core_hours = ao3_words / per_core / 3600
    peak_mb = max(max(r["peak_rss_per_worker_mb"], default=0.0) for r in runs)
    print("\nAO3-sized corpus, assuming "
          f"{AO3_WORKS:,} works x {AO3_MEAN_WORDS:,} words = {ao3_words:,.0f} words, one single-threaded "
          "worker per core, and the words per worker CPU second measured above (novels; fan fiction "
          "of ~6,000 words should be no slower per word):\n")
    print(markdown_table(["quantity", "value"], [
        ["words per worker CPU second", per_core],
        ["core-hours", core_hours],
        ["hours on 64 cores", core_hours / 64],
        ["hours on 1,000 cores", core_hours / 1000],
        ["memory per worker (peak measured)", f"{peak_mb:,.0f} MB"],
        ["RAM for 64 workers", f"{64 * peak_mb / 1024:,.1f} GB"],
    ]))
    write_json("batch.json", {
        "repeats": repeats, "novels": len(novels), "calibration_words_per_cpu_second": words_per_cpu_second,
        "control_cores_for_busy_loops": control, "runs": runs, "ao3_core_hours": core_hours,
    })

    speedup = runs[-1]["speedup"] if len(runs) > 1 else 1.0
    ok = speedup >= SPEEDUP_TARGET and peak_mb * 2**20 <= MEMORY_LIMIT
    if len(runs) > 1 and speedup < SPEEDUP_TARGET:
        print(f"\nspeed-up {speedup:.2f}x is below {SPEEDUP_TARGET}x (load {runs[-1]['load_before']:.2f} on "
              f"{os.cpu_count()} cores; re-run when the machine is quiet)", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
