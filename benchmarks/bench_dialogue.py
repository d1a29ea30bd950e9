"""Speed of the dialogue stage alone, in words per CPU second (target >= 40,000).

    .venv/bin/python benchmarks/bench_dialogue.py [--novels N]

Each PDNC novel is read and given its paragraphs by the structure stage (not timed), then
the dialogue stage runs on it (timed, CPU time of this process, pinned to one core). The
ranker's weights are loaded before timing, as the pipeline loads them once per process.
Writes results/dialogue.json; exits 1 when the target is missed.
"""

from __future__ import annotations

import argparse
import sys
import time

from _common import markdown_table, pdnc_novels, pin_one_core, write_json

from ficlens import dialogue, structure
from ficlens.readers import read_text
from ficlens.text import count_words

TARGET_WORDS_PER_SECOND = 40_000


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--novels", type=int, default=0, help="only the first N novels")
    args = parser.parse_args(argv)
    pin_one_core()
    stage = dialogue.DialogueStage()
    novels = pdnc_novels()[: args.novels or None]
    rows = []
    words = quotes = 0
    cpu = 0.0
    for name, text in novels:
        work = structure.run(read_text(text))
        n = count_words(text)
        t0 = time.process_time()
        stage(work)
        spent = time.process_time() - t0
        cpu += spent
        words += n
        quotes += len(work.quotes)
        rows.append([name, n, len(work.quotes), spent, n / spent])
    rate = words / cpu
    rows.append(["total", words, quotes, cpu, rate])
    print(markdown_table(["novel", "words", "quotes", "CPU s", "words/s"], rows))
    met = rate >= TARGET_WORDS_PER_SECOND
    print(f"\ndialogue stage: {rate:,.0f} words per CPU second (target {TARGET_WORDS_PER_SECOND:,}: {'met' if met else 'NOT met'})")
    write_json("dialogue.json", {"words": words, "quotes": quotes, "cpu_seconds": round(cpu, 3),
                                 "words_per_cpu_second": round(rate), "target": TARGET_WORDS_PER_SECOND, "met": met})
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
