"""The cost of language identification: the language stage's CPU time against the whole
`ficlens.analyze`, per work, with sockets refused (it needs no network).

Usage: .venv/bin/python benchmarks/bench_language.py [--repeat N]
Corpora: the 18 PDNC novels, the 120 fan fiction excerpts of ../shared/data/fanfic (short works,
where a fixed per-work cost weighs most) and the test passages in 21 languages
(tests/data/language_passages.json). None declares a language, so every work is classified.
Prints markdown tables and writes benchmarks/results/language.json. Target: the stage adds
< 5 % to analyze time on each corpus. The model's one-time load is reported beside it.
"""

from __future__ import annotations

import argparse
import datetime
import json
import resource
import socket
import time

from _common import ROOT, markdown_table, pdnc_novels, pin_one_core, write_json

import ficlens
from ficlens.language import LanguageStage
from ficlens.pipeline import Pipeline, default_pipeline
from ficlens.readers import read_text

TARGET_SHARE = 0.05
EXCERPTS = ROOT.parent / "shared" / "data" / "fanfic" / "excerpts.jsonl"
PASSAGES = ROOT / "tests" / "data" / "language_passages.json"


def refuse_network() -> None:
    def refuse(*args, **kwargs):
        raise OSError("network refused by bench_language")

    socket.socket = refuse  # type: ignore[misc, assignment]
    socket.create_connection = refuse  # type: ignore[assignment]


def corpora() -> dict[str, list[tuple[str, str]]]:
    out = {"PDNC novels": pdnc_novels()}
    if EXCERPTS.is_file():
        rows = [json.loads(line) for line in EXCERPTS.read_text(encoding="utf-8").splitlines() if line.strip()]
        out["fan fiction excerpts"] = [(r["id"], r["text"]) for r in rows]
    passages = json.loads(PASSAGES.read_text(encoding="utf-8"))["passages"]
    out["test passages, 21 languages"] = [(p["id"], p["text"]) for p in passages]
    return out


def measure(texts: list[tuple[str, str]], repeat: int) -> dict:
    """CPU seconds of analyze and of the language stage (mean of `repeat` runs) over the texts."""
    language = default_pipeline().stages["language"]
    structure = Pipeline(["structure"])
    analyze_seconds = stage_seconds = 0.0
    words = 0
    for _, text in texts:
        started = time.process_time()
        work = ficlens.analyze(text)
        analyze_seconds += time.process_time() - started
        words += work.stats.words
        before = structure.run(read_text(text))
        started = time.process_time()
        for _ in range(repeat):
            language.run(before)
        stage_seconds += (time.process_time() - started) / repeat
    return {
        "works": len(texts),
        "words": words,
        "analyze_cpu_seconds": analyze_seconds,
        "language_cpu_seconds": stage_seconds,
        "share_of_analyze": stage_seconds / analyze_seconds if analyze_seconds else 0.0,
        "language_ms_per_work": 1000 * stage_seconds / len(texts),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs of the language stage per work")
    args = parser.parse_args()
    pin_one_core()
    refuse_network()
    texts = corpora()

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.process_time()
    LanguageStage()(Pipeline(["structure"]).run(read_text("She left the house at dawn.")))
    load_seconds = time.process_time() - started
    load_peak_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    default_pipeline()  # build every stage and load its models before timing
    ficlens.analyze("Warm-up text.\n\nChapter 1\n\n\"Hello,\" said Anna.\n")

    results = {name: measure(items, args.repeat) for name, items in texts.items()}
    rows = [[name, r["works"], r["words"], r["analyze_cpu_seconds"], r["language_cpu_seconds"],
             r["language_ms_per_work"], f"{100 * r['share_of_analyze']:.2f} %"] for name, r in results.items()]
    print("## language stage against ficlens.analyze (CPU time, one core, no network)\n")
    print(markdown_table(["corpus", "works", "words", "analyze cpu s", "language cpu s", "ms per work",
                          "share of analyze"], rows))
    print(f"\nModel load (once per process, only when a work declares no language AO3 knows): "
          f"{load_seconds:.2f} CPU s, peak memory +{load_peak_mb:.0f} MB")
    worst = max(r["share_of_analyze"] for r in results.values())
    ok = worst < TARGET_SHARE
    print(f"\nworst share {100 * worst:.2f} % (target < {100 * TARGET_SHARE:.0f} %): {'ok' if ok else 'MISSED'}")
    write_json("language.json", {
        "benchmark": "language",
        "date": datetime.date.today().isoformat(),
        "target_share_of_analyze": TARGET_SHARE,
        "model_load_cpu_seconds": load_seconds,
        "model_load_peak_mb": load_peak_mb,
        "corpora": results,
    })
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
