"""Speed of the characters stage alone on the PDNC novels, in words per CPU second.

Usage: .venv/bin/python benchmarks/bench_characters.py [../shared/data/pdnc]
The structure stage runs first (untimed); only `ficlens.characters.run` is timed with
time.process_time(). Target: >= 40,000 words/s so that the whole `analyze` keeps >= 10,000.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from ficlens import characters
from ficlens.eval.pdnc import novel_dirs
from ficlens.pipeline import run_stages
from ficlens.readers import read_text

TARGET_WORDS_PER_SECOND = 40_000


def report_tagger_model() -> None:
    """Size and one-time load cost of the PER mention tagger's files and of WordNet's noun database
    (each loaded once per process)."""
    from ficlens.characters import tagger, wordnet

    folder = Path(tagger.__file__).parent
    size = sum((folder / f).stat().st_size for f in ("mention_tagger.npz", "word_clusters.json") if (folder / f).exists())
    t0 = time.process_time()
    tagger.shipped()
    tagger.clusters()
    print(f"mention tagger files {size / 1e6:.2f} MB, loaded in {time.process_time() - t0:.3f} s cpu")
    t0 = time.process_time()
    wordnet.lexicon()
    print(f"WordNet noun database loaded in {time.process_time() - t0:.3f} s cpu")


def main(root: Path) -> int:
    report_tagger_model()
    characters.run(read_text("Warm-up so that resources load outside the timing, said Ann Lee."))
    total_words = 0
    total_cpu = 0.0
    for folder in novel_dirs(root):
        work = run_stages(read_text((folder / "novel_text.txt").read_text(encoding="utf-8")), ["structure"])
        t0 = time.process_time()
        characters.run(work)
        cpu = time.process_time() - t0
        total_words += work.stats.words
        total_cpu += cpu
        print(f"{folder.name:32s} {work.stats.words:8d} words {cpu:6.3f} s cpu {work.stats.words / cpu:10.0f} words/s")
    rate = total_words / total_cpu
    print(f"{'ALL':32s} {total_words:8d} words {total_cpu:6.3f} s cpu {rate:10.0f} words/s", end=" ")
    print(f"(target {TARGET_WORDS_PER_SECOND})")
    return 0 if rate >= TARGET_WORDS_PER_SECOND else 1


if __name__ == "__main__":
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "pdnc"
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else default))
