"""Pack loading cost and speed of the fandoms stage alone on the PDNC novels (CPU time).

Usage: .venv/bin/python benchmarks/bench_fandoms.py
Loading the pack index is timed in a fresh state (target < 0.5 s). Then structure,
characters and dialogue run untimed on each novel and only `ficlens.fandoms.run` is timed
(target >= 50,000 words/s). Also reports the fandoms claimed per novel: the nine novels with a
pack must get their fandom (Pride and Prejudice, Persuasion, Styles with Hercule Poirot ...),
and the others none.
Results go to benchmarks/results/fandoms.json.
"""

from __future__ import annotations

import sys
import time

from _common import markdown_table, pdnc_novels, pin_one_core, write_json

from ficlens import fandoms
from ficlens.fandoms import pack_index
from ficlens.pipeline import run_stages
from ficlens.readers import read_text

TARGET_LOAD_SECONDS = 0.5
TARGET_WORDS_PER_SECOND = 50_000
# Novels for which a pack ships, and the fandom each must get.
EXPECTED = {
    "PrideAndPrejudice": "Pride and Prejudice - Jane Austen",
    "Persuasion": "Persuasion - Jane Austen",
    "AlicesAdventuresInWonderland": "Alice in Wonderland - Lewis Carroll",
    "AnneOfGreenGables": "Anne of Green Gables - L. M. Montgomery",
    "MansfieldPark": "Mansfield Park - Jane Austen",
    "NorthangerAbbey": "Northanger Abbey - Jane Austen",
    "SenseAndSensibility": "Sense and Sensibility - Jane Austen",
    "TheMysteriousAffairAtStyles": "Hercule Poirot - Agatha Christie",
    "ThePictureOfDorianGray": "The Picture of Dorian Gray - Oscar Wilde",
}


def main() -> int:
    pin_one_core()
    pack_index._cache.clear()
    t0 = time.process_time()
    stage = fandoms.FandomsStage()
    index = stage.index
    load_cpu = time.process_time() - t0
    print(f"loaded the index of {len(index.infos)} packs, {len(index.forms)} name forms in {load_cpu:.3f} s cpu")
    rows = []
    total_words = 0
    total_cpu = 0.0
    wrong = []
    for name, text in pdnc_novels():
        work = run_stages(read_text(text), ["structure", "characters", "dialogue"])
        t0 = time.process_time()
        stage(work)
        cpu = time.process_time() - t0
        total_words += work.stats.words
        total_cpu += cpu
        claimed = [t.name for t in work.detected.fandoms]
        if claimed != ([EXPECTED[name]] if name in EXPECTED else []):
            wrong.append(name)
        rels = ", ".join(r.name for r in work.relationships[:2])
        rows.append([name, work.stats.words, cpu, work.stats.words / cpu, "; ".join(claimed) or "-", rels or "-"])
    rate = total_words / total_cpu
    rows.append(["ALL", total_words, total_cpu, rate, f"{len(wrong)} unexpected", ""])
    print(markdown_table(["novel", "words", "cpu s", "words/s", "fandoms", "top relationships"], rows))
    print(f"pack load {load_cpu:.3f} s (target < {TARGET_LOAD_SECONDS})")
    print(f"stage {rate:,.0f} words/s (target {TARGET_WORDS_PER_SECOND:,})")
    if wrong:
        print("unexpected fandoms on: " + ", ".join(wrong))
    write_json(
        "fandoms.json",
        {
            "packs": len(index.infos),
            "pack_load_cpu_seconds": round(load_cpu, 3),
            "words": total_words,
            "cpu_seconds": round(total_cpu, 3),
            "words_per_second": round(rate),
            "unexpected_fandoms": wrong,
            "novels": {r[0]: {"words": r[1], "fandoms": r[4], "relationships": r[5]} for r in rows[:-1]},
        },
    )
    ok = load_cpu < TARGET_LOAD_SECONDS and rate >= TARGET_WORDS_PER_SECOND and not wrong
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
