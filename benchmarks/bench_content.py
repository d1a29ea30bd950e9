"""Content stage speed on the PDNC novels: words per CPU second, stage alone.

Usage: .venv/bin/python benchmarks/bench_content.py [PDNC_DIR]
Prints one line per novel (words, CPU seconds, words/s, rating, warnings) and the total.
The target is >= 50,000 words/s so that the whole `analyze` pipeline stays >= 10,000 words/s.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from ficlens import content
from ficlens.content.lexicon import lexicon
from ficlens.eval.pdnc import novel_dirs
from ficlens.model import Work
from ficlens.structure import StructureStage
from ficlens.text import count_words

TARGET_WORDS_PER_SECOND = 50_000
# Dense synthetic texts (every sentence a cue) guard against rules that are quadratic in hits.
STRESS = {
    "dense explicit": "She stroked his cock and he moaned. ",
    "dense hurt/comfort": "He was bleeding and crying. She held him close. ",
    "dense non-con": "She said no. He pinned her down on the bed. ",
    "dense age + sex": "She was fifteen. They had sex. ",
    "dense deaths": "Anna died. Tom was dead. ",
}


def main(root: Path) -> int:
    lexicon()  # compiled once per process; not part of the per-work cost
    total_words = 0
    total_cpu = 0.0
    for folder in novel_dirs(root):
        text = (folder / "novel_text.txt").read_text(encoding="utf-8")
        words = count_words(text)
        work = StructureStage()(Work(text=text))
        start = time.process_time()
        content.run(work)
        cpu = time.process_time() - start
        total_words += words
        total_cpu += cpu
        warnings = ", ".join(t.name for t in work.detected.warnings)
        rating = work.detected.rating.name
        print(f"{folder.name:32s} {words:7d} words {cpu:6.2f} s {words / cpu:9.0f} w/s  {rating}; {warnings}")
    rate = total_words / total_cpu
    print(f"TOTAL {total_words} words in {total_cpu:.2f} CPU s = {rate:.0f} words/s (target {TARGET_WORDS_PER_SECOND})")
    worst = rate
    for name, sentence in STRESS.items():
        text = sentence * (500_000 // len(sentence))
        words = count_words(text)
        work = StructureStage()(Work(text=text))
        start = time.process_time()
        content.run(work)
        cpu = time.process_time() - start
        worst = min(worst, words / cpu)
        print(f"stress {name:24s} {words:7d} words {cpu:6.2f} s {words / cpu:9.0f} w/s")
    return 0 if rate >= TARGET_WORDS_PER_SECOND and worst >= TARGET_WORDS_PER_SECOND else 1


if __name__ == "__main__":
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "pdnc"
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else default))
