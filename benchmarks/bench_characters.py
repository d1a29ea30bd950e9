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
    """Size and one-time load cost of the PER mention tagger's and boundary ranker's files and of
    WordNet's noun database (each loaded once per process)."""
    from ficlens.characters import boundaries, tagger, wordnet

    folder = Path(tagger.__file__).parent
    files = ("mention_tagger.npz", "word_clusters.json", "mention_boundaries.json")
    size = sum((folder / f).stat().st_size for f in files if (folder / f).exists())
    t0 = time.process_time()
    clusters = tagger.load_clusters(folder / "word_clusters.json")
    tagger.load(folder / "mention_tagger.npz", clusters)
    boundaries.load(folder / "mention_boundaries.json", clusters)
    print(f"mention tagger and boundary ranker files {size / 1e6:.2f} MB, loaded in {time.process_time() - t0:.3f} s cpu")
    t0 = time.process_time()
    wordnet.lexicon()
    print(f"WordNet noun database loaded in {time.process_time() - t0:.3f} s cpu")


def main(root: Path) -> int:
    report_tagger_model()
    stage = characters.CharactersStage()
    unranked = characters.CharactersStage(boundary_ranker=None)
    stage(read_text("Warm-up so that resources load outside the timing, said Ann Lee."))
    total_words = 0
    total_cpu = 0.0
    warm = {True: 0.0, False: 0.0}
    for folder in novel_dirs(root):
        text = (folder / "novel_text.txt").read_text(encoding="utf-8")
        work = run_stages(read_text(text), ["structure"])
        t0 = time.process_time()
        stage(work)
        cpu = time.process_time() - t0
        total_words += work.stats.words
        total_cpu += cpu
        print(f"{folder.name:32s} {work.stats.words:8d} words {cpu:6.3f} s cpu {work.stats.words / cpu:10.0f} words/s")
        for ranked in (False, True):  # again, caches warm for both: the boundary ranker's own cost
            work = run_stages(read_text(text), ["structure"])
            t0 = time.process_time()
            (stage if ranked else unranked)(work)
            warm[ranked] += time.process_time() - t0
    rate = total_words / total_cpu
    print(f"{'ALL':32s} {total_words:8d} words {total_cpu:6.3f} s cpu {rate:10.0f} words/s", end=" ")
    print(f"(target {TARGET_WORDS_PER_SECOND})")
    print(f"second runs, warm: {total_words / warm[True]:.0f} words/s, without the boundary ranker "
          f"{total_words / warm[False]:.0f}: the ranker takes {1 - warm[False] / warm[True]:.1%} of the stage")
    return 0 if rate >= TARGET_WORDS_PER_SECOND else 1


if __name__ == "__main__":
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "pdnc"
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else default))
