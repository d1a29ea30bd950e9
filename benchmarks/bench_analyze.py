"""Words per CPU-second of the full `ficlens.analyze` on the PDNC novels, and of each stage.

Usage: .venv/bin/python benchmarks/bench_analyze.py [--novels N]
Prints markdown tables and writes benchmarks/results/analyze.json. Target: >= 20,000 words/s (the developers' guide).
"""

from __future__ import annotations

import argparse
import time

from _common import markdown_table, pdnc_novels, pin_one_core, write_json

import ficlens
from ficlens.pipeline import STAGES, default_pipeline
from ficlens.readers import read_text

TARGET_WORDS_PER_SECOND = 20_000


def time_stages(text: str) -> tuple[dict[str, float], str | None, int]:
    """CPU seconds of each stage over one text (reader included as 'read'), the first error, words."""
    seconds: dict[str, float] = {}
    started = time.process_time()
    work = read_text(text)
    seconds["read"] = time.process_time() - started
    for name in STAGES:
        stage = default_pipeline().stages[name]
        started = time.process_time()
        try:
            work = stage(work)
        except Exception as exc:  # report the broken stage and keep measuring the others
            return seconds, f"{name}: {type(exc).__name__}: {exc}", work.stats.words
        seconds[name] = time.process_time() - started
    return seconds, None, work.stats.words


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--novels", type=int, default=0, help="only the first N novels (0: all)")
    args = parser.parse_args()
    pin_one_core()
    novels = pdnc_novels()
    if args.novels:
        novels = novels[: args.novels]
    default_pipeline()  # build every stage and load its models before timing
    ficlens.analyze("Warm-up text.\n\nChapter 1\n\n\"Hello,\" said Anna.\n")

    stage_names = ["read", *STAGES]
    totals = dict.fromkeys(stage_names, 0.0)
    rows, errors = [], []
    total_words, total_analyze = 0, 0.0
    for name, text in novels:
        started = time.process_time()
        try:
            ficlens.analyze(text)
            error = None
        except ficlens.errors.FiclensError as exc:
            error = str(exc)
        analyze_seconds = time.process_time() - started
        seconds, stage_error, words = time_stages(text)
        error = error or stage_error
        if error:
            errors.append(f"{name}: {error}")
        for stage, value in seconds.items():
            totals[stage] += value
        total_words += words
        total_analyze += analyze_seconds
        rows.append([name, words, analyze_seconds, words / analyze_seconds if analyze_seconds else 0.0,
                     "error" if error else "ok"])
    rate = total_words / total_analyze if total_analyze else 0.0
    rows.append(["**all**", total_words, total_analyze, rate, f"{len(errors)} errors" if errors else "ok"])

    print("## ficlens.analyze (CPU time, one core)\n")
    print(markdown_table(["novel", "words", "cpu s", "words/s", "status"], rows))
    stage_rows = [[stage, totals[stage], total_words / totals[stage] if totals[stage] else 0.0,
                   100 * totals[stage] / sum(totals.values()) if sum(totals.values()) else 0.0]
                  for stage in stage_names]
    print("\n## per stage (all novels)\n")
    print(markdown_table(["stage", "cpu s", "words/s", "% of time"], stage_rows))
    for line in errors:
        print(f"\nerror: {line}")
    verdict = "PASS" if rate >= TARGET_WORDS_PER_SECOND and not errors else "FAIL"
    print(f"\n{verdict}: {rate:,.0f} words/s (target {TARGET_WORDS_PER_SECOND:,})")
    write_json("analyze.json", {
        "benchmark": "analyze",
        "words": total_words,
        "cpu_seconds": total_analyze,
        "words_per_second": rate,
        "target_words_per_second": TARGET_WORDS_PER_SECOND,
        "stages": {stage: {"cpu_seconds": totals[stage],
                           "words_per_second": total_words / totals[stage] if totals[stage] else None}
                   for stage in stage_names},
        "novels": [{"name": r[0], "words": r[1], "cpu_seconds": r[2], "words_per_second": r[3], "status": r[4]}
                   for r in rows[:-1]],
        "errors": errors,
    })
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    raise SystemExit(main())
