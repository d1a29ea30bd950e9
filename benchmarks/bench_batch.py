"""Batch throughput: words/s with one and with two local workers on a folder of 10 novels and on a
folder of 1,000 short works, worker memory, and what an AO3-sized corpus would cost.

Corpora (built in a temporary folder, never kept):
- novels: the first 10 PDNC novels by name (symlinks), about 0.95 M words;
- short works: 1,000 works of about 1,000 words (--short-words), cut at paragraph ends from the 18 PDNC novels.
Each corpus runs with 1 worker, then with --workers, through `ficlens.batch.run_batch` with its
default chunks (sized by words and workers) into a fresh Parquet output. Words/s is wall clock:
total words / elapsed time of the whole run, worker start-up included. 'Cores obtained' (worker CPU
seconds / wall seconds) shows how much of the machine the workers got. The machine is shared: before
each run the script waits (up to --wait-quiet seconds) until the other processes use under 10 % of
one core over 3 s, and records that share and the 1-minute load average; re-run when they were high.
'Balance' (all workers' CPU seconds / the busiest worker's) is the speed-up the chunks allow whatever
the load: how evenly they shared the work (2.0 at best with two workers).

Usage: .venv/bin/python benchmarks/bench_batch.py [--workers 2] [--short-words 1000] [--wait-quiet 600]
Writes results/batch.json and results/batch-DATE.md. Exit status 1 if a speed-up is below 1.8x or a
worker's peak memory exceeds 1 GB.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import PDNC_DIR, RESULTS_DIR, markdown_table, write_json  # noqa: E402

from ficlens.batch import run_batch  # noqa: E402

AO3_WORKS = 15_000_000
AO3_MEAN_WORDS = 6_000
SPEEDUP_TARGET = 1.8
MEMORY_LIMIT = 1 << 30
NOVELS = 10
SHORT_WORKS = 1_000
SHORT_WORDS = 1_000
QUIET_CORE_SHARE = 0.10


def novels_corpus(novels: list[Path], folder: Path) -> Path:
    folder.mkdir(parents=True)
    for novel in novels[:NOVELS]:
        (folder / f"{novel.parent.name}.txt").symlink_to(novel)
    return folder


def short_works_corpus(novels: list[Path], folder: Path, short_words: int) -> Path:
    """SHORT_WORKS works of at least `short_words` words, whole paragraphs, spread over the novels."""
    folder.mkdir(parents=True)
    pieces: list[list[str]] = []
    for novel in novels:
        current: list[str] = []
        words = 0
        for paragraph in novel.read_text(encoding="utf-8").split("\n\n"):
            current.append(paragraph)
            words += len(paragraph.split())
            if words >= short_words:
                pieces.append(current)
                current, words = [], 0
    chosen = [pieces[i * len(pieces) // SHORT_WORKS] for i in range(SHORT_WORKS)]  # spread over every novel
    for n, piece in enumerate(chosen):
        (folder / f"work-{n:04d}.txt").write_text("\n\n".join(piece) + "\n", encoding="utf-8")
    return folder


def others_core_share(seconds: float = 3.0) -> float:
    """Cores the other processes used over `seconds` (this one sleeps meanwhile)."""
    import psutil

    return psutil.cpu_percent(interval=seconds) / 100 * (os.cpu_count() or 1)


def wait_until_quiet(limit_seconds: float) -> float:
    """Wait up to `limit_seconds` for the other processes to use under QUIET_CORE_SHARE of a core."""
    deadline = time.monotonic() + limit_seconds
    share = others_core_share()
    while share > QUIET_CORE_SHARE and time.monotonic() < deadline:
        time.sleep(10)
        share = others_core_share()
    return share


def measure(corpus: Path, workers: int, out: Path, wait_quiet: float) -> dict:
    busy_before = wait_until_quiet(wait_quiet)
    load_before = os.getloadavg()[0]
    cpu_before = time.process_time()
    summary = run_batch([str(corpus)], str(out), workers=workers)
    return {
        "workers": workers,
        "works": summary.done,
        "failed": summary.failed,
        "words": summary.words,
        "seconds": summary.seconds,
        "words_per_second": summary.words_per_second,
        "worker_cpu_seconds": summary.worker_cpu_seconds,
        "balance": summary.worker_cpu_seconds / max(summary.worker_cpu_by_pid.values(), default=1e-9),
        "parent_cpu_seconds": time.process_time() - cpu_before,
        "peak_rss_per_worker_mb": sorted(v / 2**20 for v in summary.worker_peak_rss.values()),
        "other_processes_cores_before": busy_before,
        "load_before": load_before,
        "load_after": os.getloadavg()[0],
        "at": datetime.datetime.now().isoformat(timespec="seconds"),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2, help="Workers of the parallel runs.")
    parser.add_argument("--short-words", type=int, default=SHORT_WORDS, help="Words of each short work.")
    parser.add_argument("--wait-quiet", type=float, default=600.0,
                        help="Seconds to wait, before each run, for the other processes to leave the cores.")
    args = parser.parse_args()

    novels = sorted(PDNC_DIR.glob("*/novel_text.txt"))
    if len(novels) < NOVELS:
        print(f"bench_batch: no PDNC novels under {PDNC_DIR}", file=sys.stderr)
        return 2
    runs: dict[str, list[dict]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        corpora = {
            f"{NOVELS} PDNC novels": novels_corpus(novels, Path(tmp) / "novels"),
            f"{SHORT_WORKS:,} short works": short_works_corpus(novels, Path(tmp) / "short", args.short_words),
        }
        for name, corpus in corpora.items():
            runs[name] = [measure(corpus, w, Path(tmp) / f"out-{len(runs)}-{w}.parquet", args.wait_quiet)
                          for w in (1, args.workers)]

    rows = []
    speedups = {}
    for name, (one, many) in runs.items():
        speedups[name] = many["words_per_second"] / one["words_per_second"] if one["words_per_second"] else 0.0
        for r in (one, many):
            rows.append([name, r["workers"], r["works"], r["words"], r["seconds"], r["words_per_second"],
                         speedups[name] if r is many else 1.0, r["balance"], max(r["peak_rss_per_worker_mb"], default=0.0),
                         r["worker_cpu_seconds"] / r["seconds"], r["parent_cpu_seconds"],
                         f"{r['other_processes_cores_before']:.2f}", f"{r['load_before']:.2f} / {r['load_after']:.2f}"])
    per_core = max(r["words"] / r["worker_cpu_seconds"] for rs in runs.values() for r in rs if r["worker_cpu_seconds"])
    peak_mb = max(max(r["peak_rss_per_worker_mb"], default=0.0) for rs in runs.values() for r in rs)
    ao3_words = AO3_WORKS * AO3_MEAN_WORDS
    core_hours = ao3_words / per_core / 3600
    table = markdown_table(
        ["corpus", "workers", "works", "words", "wall s", "words/s", "speed-up", "balance", "peak RSS/worker MB",
         "cores obtained", "parent CPU s", "other processes' cores before", "load 1-min before / after"], rows)
    estimate = markdown_table(["quantity", "value"], [
        ["words per worker CPU second (best run)", per_core],
        ["core-hours", core_hours],
        ["hours on 64 cores", core_hours / 64],
        ["memory per worker (peak measured)", f"{peak_mb:,.0f} MB"],
        ["RAM for 64 workers", f"{64 * peak_mb / 1024:,.1f} GB"],
    ])
    today = datetime.date.today().isoformat()
    report = (f"# ficlens batch, {today}\n\n{os.cpu_count()} cores; `benchmarks/bench_batch.py --workers {args.workers}`\n\n"
              f"{table}\n\n'cores obtained' = worker CPU s / wall s; 'other processes' cores before' = CPU the rest of the "
              f"machine used in the 3 s before the run.\n\nAO3-sized corpus ({AO3_WORKS:,} works x {AO3_MEAN_WORDS:,} words):\n\n"
              f"{estimate}\n")
    print(report)
    RESULTS_DIR.mkdir(exist_ok=True)
    (RESULTS_DIR / f"batch-{today}.md").write_text(report, encoding="utf-8")
    write_json("batch.json", {"date": today, "runs": runs, "speedups": speedups, "ao3_core_hours": core_hours})

    ok = all(s >= SPEEDUP_TARGET for s in speedups.values()) and peak_mb * 2**20 <= MEMORY_LIMIT
    for name, s in speedups.items():
        if s < SPEEDUP_TARGET:
            print(f"{name}: speed-up {s:.2f}x is below {SPEEDUP_TARGET}x", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
