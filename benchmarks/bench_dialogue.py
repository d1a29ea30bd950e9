"""Speed of the dialogue stage alone, in words per CPU second (target >= 40,000).

    .venv/bin/python benchmarks/bench_dialogue.py [PDNC_DIR]

Runs the stage over every PDNC novel (default ../shared/data/pdnc) on works straight from
the plain-text reader, so the figure is the dialogue stage's own cost. CPU time
(`time.process_time`) is used because the machine is shared.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from ficlens import dialogue
from ficlens.eval.pdnc import load_novel, novel_dirs
from ficlens.readers import read_text
from ficlens.text import count_words

TARGET_WORDS_PER_SECOND = 40_000


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path(__file__).resolve().parents[2] / "shared" / "data" / "pdnc"
    if not root.is_dir():
        print(f"error: {root} is not a folder", file=sys.stderr)
        return 2
    dialogue.ranker.load_weights()  # loaded once per process, like the pipeline does
    words = quotes = 0
    cpu = 0.0
    for folder in novel_dirs(root):
        novel = load_novel(folder)
        work = read_text(novel.text)
        n = count_words(novel.text)
        t0 = time.process_time()
        dialogue.run(work)
        spent = time.process_time() - t0
        cpu += spent
        words += n
        quotes += len(work.quotes)
        print(f"{folder.name:30s} {n:8d} words {len(work.quotes):6d} quotes {n / spent:10,.0f} words/s")
    rate = words / cpu
    print(f"total {words:,} words, {quotes:,} quotes, {cpu:.2f} s CPU: {rate:,.0f} words per CPU second")
    print("target", f"{TARGET_WORDS_PER_SECOND:,}", "met" if rate >= TARGET_WORDS_PER_SECOND else "NOT met")
    return 0 if rate >= TARGET_WORDS_PER_SECOND else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
