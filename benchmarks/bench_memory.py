"""Peak memory of `ficlens analyze --json` per input, each input in a fresh process.

Inputs: one-line dialogue files (`"Run," said Ann. ` repeated, no line break) of 1, 3, 10 and 30 MB,
generated in a temporary folder and never kept, and the PDNC novels. Each input runs in a child
process (this script with --one PATH) that builds the pipeline, analyses a short warm-up text file, notes
its resident memory (the loaded state: interpreter, models, packs), resets its high-water mark
(`/proc/self/clear_refs`), then analyses the input and writes its JSON line to /dev/null as
`ficlens analyze --json` does, and reports its high-water mark (`VmHWM`; `ru_maxrss` where Linux
cannot reset it). Growth = high-water mark - loaded state; "x size" = growth / the file's size.
With --twice the child analyses the input a second time after another reset: what a process that
already analysed a work grows by (caches kept for every later work show as the difference).

Targets (issue 29): peak <= 2 GB on the 30 MB one-line file (the whole process), growth <= 40 x the
file's size on each PDNC novel. The 30 MB file holds 5.3 M words, over the default --max-words: the
children run without a limit.

Usage: .venv/bin/python benchmarks/bench_memory.py [--sizes 1,3,10,30] [--novels N] [--twice]
Writes results/memory.json and results/memory-DATE.md; exit status 1 if a target is missed.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import PDNC_DIR, RESULTS_DIR, markdown_table, write_json  # noqa: E402

ONE_LINE_UNIT = '"Run," said Ann. '
MB = 1_000_000
PEAK_LIMIT = 2 << 30  # for the largest one-line file
PEAK_LIMIT_MB = 30
GROWTH_LIMIT = 40  # x the file's size, PDNC novels
WARM_UP_TEXT = 'Chapter 1\n\nThe kettle sang. "Tea?" Mara asked.\n\n"Please," said Tom. Mr. Hale nodded.\n'


def status_kb(key: str) -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def reset_peak() -> bool:
    """Reset this process's VmHWM to its current RSS (Linux >= 4.0); False where it cannot."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def peak_bytes(resettable: bool) -> int:
    hwm = status_kb("VmHWM") if resettable else None
    return (hwm if hwm is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) * 1024


def one(path: str, twice: bool) -> dict:
    """In the child: the loaded state, then each analysis's high-water mark and CPU seconds."""
    from ficlens.pipeline import Pipeline

    pipeline = Pipeline(max_words=0)
    with tempfile.TemporaryDirectory(prefix="bench-memory-warm-up-") as tmp:
        warm_up = Path(tmp) / "warm-up.txt"  # read from a file as the input is: the path readers' imports are loaded state
        warm_up.write_text(WARM_UP_TEXT, encoding="utf-8")
        pipeline.analyze(warm_up)
    runs = []
    for _ in range(2 if twice else 1):
        loaded = status_kb("VmRSS") * 1024
        resettable = reset_peak()
        started = time.process_time()
        work = pipeline.analyze(Path(path))
        with open(os.devnull, "w", encoding="utf-8") as out:
            out.writelines(work.json_chunks())
            out.write("\n")
        words = work.stats.words
        del work
        runs.append({"loaded": loaded, "peak": peak_bytes(resettable), "cpu_seconds": time.process_time() - started,
                     "words": words, "peak_reset": resettable})
    return {"runs": runs}


def one_line_file(folder: Path, megabytes: int) -> Path:
    path = folder / f"one-line-{megabytes}mb.txt"
    unit = ONE_LINE_UNIT.encode("utf-8")
    with path.open("wb") as fh:
        fh.write(unit * (megabytes * MB // len(unit)) + b"\n")
    return path


def measure(name: str, path: Path, twice: bool) -> dict:
    child = subprocess.run([sys.executable, __file__, "--one", str(path)] + (["--twice"] if twice else []),
                           capture_output=True, text=True)
    if child.returncode:
        return {"input": name, "error": (child.stderr.strip().splitlines() or ["no output"])[-1]}
    runs = json.loads(child.stdout)["runs"]
    size = path.stat().st_size
    row = {"input": name, "bytes": size, "load_1min": os.getloadavg()[0]}
    for label, run in zip(("first", "second"), runs):
        growth = run["peak"] - run["loaded"]
        row[label] = {**run, "growth": growth, "growth_x_size": growth / size}
    return row


def table_row(r: dict) -> list:
    if "error" in r:
        return [r["input"], "", "", "", "", "", "", r["error"]]
    first = r["first"]
    second = f"{r['second']['growth_x_size']:.0f} x" if "second" in r else ""
    return [r["input"], f"{r['bytes'] / MB:.2f}", f"{first['peak'] / 2**20:,.0f}", f"{first['loaded'] / 2**20:,.0f}",
            f"{first['growth'] / 2**20:,.1f}", f"{first['growth_x_size']:.1f} x", second,
            f"{first['words'] / first['cpu_seconds']:,.0f}" if first["cpu_seconds"] else ""]


def verdicts(rows: list[dict], sizes: list[int]) -> list[str]:
    """Each missed target, one line."""
    missed = []
    for r in rows:
        if "error" in r:
            missed.append(f"{r['input']}: {r['error']}")
        elif r["input"] == f"one line, {PEAK_LIMIT_MB} MB" and r["first"]["peak"] > PEAK_LIMIT:
            missed.append(f"{r['input']}: peak {r['first']['peak'] / 2**30:.2f} GB > 2 GB")
        elif not r["input"].startswith("one line") and r["first"]["growth_x_size"] > GROWTH_LIMIT:
            missed.append(f"{r['input']}: growth {r['first']['growth_x_size']:.1f} x its size > {GROWTH_LIMIT} x")
    if PEAK_LIMIT_MB not in sizes:
        missed.append(f"the {PEAK_LIMIT_MB} MB one-line file was not measured (--sizes)")
    return missed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,3,10,30", help="Sizes in MB of the one-line files (comma-separated).")
    parser.add_argument("--novels", type=int, default=0, help="Only the first N PDNC novels (0: all, -1: none).")
    parser.add_argument("--twice", action="store_true", help="Also measure a second analysis in the same process.")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.twice)))
        return 0

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    novels = sorted(PDNC_DIR.glob("*/novel_text.txt"))
    novels = [] if args.novels < 0 else novels[: args.novels] if args.novels else novels
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        for mb in sizes:
            rows.append(measure(f"one line, {mb} MB", one_line_file(Path(tmp), mb), args.twice))
            print(table_row(rows[-1]), file=sys.stderr)
    for novel in novels:
        rows.append(measure(novel.parent.name, novel, args.twice))
        print(table_row(rows[-1]), file=sys.stderr)

    missed = verdicts(rows, sizes)
    today = datetime.date.today().isoformat()
    table = markdown_table(
        ["input", "MB", "peak RSS MB", "loaded MB", "growth MB", "growth / size", "second work", "words/CPU s"],
        [table_row(r) for r in rows])
    worst = max((r["first"]["growth_x_size"] for r in rows if "first" in r and not r["input"].startswith("one line")),
                default=0.0)
    report = (f"# ficlens memory, {today}\n\n`benchmarks/bench_memory.py --sizes {args.sizes}"
              f"{' --twice' if args.twice else ''}`; one process per input; load average "
              f"{os.getloadavg()[0]:.1f}\n\n{table}\n\nPDNC novels: largest growth {worst:.1f} x the file's size "
              f"(target {GROWTH_LIMIT} x); the {PEAK_LIMIT_MB} MB one-line file: target peak 2 GB.\n\n"
              + ("\n".join(f"- missed: {m}" for m in missed) if missed else "All targets met.") + "\n")
    print(report)
    RESULTS_DIR.mkdir(exist_ok=True)
    (RESULTS_DIR / f"memory-{today}.md").write_text(report, encoding="utf-8")
    write_json("memory.json", {"date": today, "rows": rows, "missed": missed})
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
