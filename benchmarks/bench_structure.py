"""Words per CPU-second of the structure stage alone on the PDNC novels (target >= 1,000,000).

Usage: .venv/bin/python benchmarks/bench_structure.py [--repeat N]
Writes benchmarks/results/structure.json.
"""

from __future__ import annotations

import argparse
import time

from _common import markdown_table, pdnc_novels, pin_one_core, write_json

from ficlens import structure
from ficlens.readers import read_text

TARGET_WORDS_PER_SECOND = 1_000_000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per novel; the fastest counts")
    args = parser.parse_args()
    pin_one_core()
    novels = pdnc_novels()
    structure.run(read_text(novels[0][1]))  # warm up: regex compilation, imports
    rows, total_words, total_seconds = [], 0, 0.0
    for name, text in novels:
        best = float("inf")
        for _ in range(args.repeat):
            work = read_text(text)
            started = time.process_time()
            structure.run(work)
            best = min(best, time.process_time() - started)
        words = work.stats.words
        total_words += words
        total_seconds += best
        rows.append([name, words, work.stats.chapters, work.stats.scenes, work.stats.paragraphs,
                     work.stats.sentences, best, words / best if best else 0.0])
    rate = total_words / total_seconds if total_seconds else 0.0
    rows.append(["**all**", total_words, "", "", "", "", total_seconds, rate])
    print("## structure stage (CPU time, one core, best of %d)\n" % args.repeat)
    print(markdown_table(["novel", "words", "chapters", "scenes", "paragraphs", "sentences", "cpu s", "words/s"], rows))
    verdict = "PASS" if rate >= TARGET_WORDS_PER_SECOND else "FAIL"
    print(f"\n{verdict}: {rate:,.0f} words/s (target {TARGET_WORDS_PER_SECOND:,})")
    write_json("structure.json", {
        "benchmark": "structure",
        "words": total_words,
        "cpu_seconds": total_seconds,
        "words_per_second": rate,
        "target_words_per_second": TARGET_WORDS_PER_SECOND,
        "novels": [{"name": r[0], "words": r[1], "cpu_seconds": r[6], "words_per_second": r[7]} for r in rows[:-1]],
    })
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    raise SystemExit(main())
