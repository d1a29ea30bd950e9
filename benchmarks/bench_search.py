"""Search speed on a library of generated works (default 10,000), stored directly through the storage API.

    .venv/bin/python benchmarks/bench_search.py [--works 10000] [--db URL_OR_FILE] [--repeat 15]

Prints, for each query, the median wall and CPU time of `Library.search` (results page + total)
and of `Library.facets`; the target is a filtered search under 100 ms at the median.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from ficlens.library.storage import open_library
from ficlens.library.synthetic import make_work
from ficlens.library.web.params import build_query

QUERIES = {
    "text": dict(text="lantern harbour"),
    "tag": dict(tag=["Fluff"]),
    "tag+exclude+rating": dict(tag=["Slow Burn"], exclude=["Angst"], rating=["Teen And Up Audiences", "Mature"]),
    "text+filters": dict(text="orchard", tag=["detected:Fluff"], words="1000-50000", complete=True),
    "fandom+words+sort": dict(fandom=["Saltmarsh"], words=">10000", sort="words"),
    "warnings+crossover": dict(exclude_warning=["Major Character Death"], crossover=True, language="English"),
    "phrase": dict(text='"the lantern"', sort="title"),
    "deep page": dict(tag=["Fluff"], page=20, sort="added"),
}
TARGET_MS = 100.0


def timed(fn, repeat: int) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        walls.append((time.perf_counter() - w0) * 1000)
        cpus.append((time.process_time() - c0) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--works", type=int, default=10_000)
    parser.add_argument("--db", help="SQLite file or postgresql:// URL (default: a new temp SQLite file)")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    db = args.db or str(Path(tempfile.mkdtemp(prefix="ficlens-bench-")) / "library.sqlite")
    library = open_library(db)
    have = library.count()
    if have < args.works:
        t0 = time.perf_counter()
        for i in range(have, args.works):
            library.add(make_work(i))
        print(f"stored {args.works - have} works in {time.perf_counter() - t0:.1f} s ({db})")
    print(f"library: {library.count()} works, backend {library.dialect.name}")
    print(f"{'query':<22}{'hits':>7}{'search ms (wall/cpu)':>24}{'facets ms (wall/cpu)':>24}")
    medians = []
    for name, kw in QUERIES.items():
        query = build_query(**kw)
        hits = library.search(query).total
        s_wall, s_cpu = timed(lambda: library.search(query), args.repeat)
        f_wall, f_cpu = timed(lambda: library.facets(query), max(3, args.repeat // 3))
        medians.append(s_wall)
        print(f"{name:<22}{hits:>7}{s_wall:>15.1f} / {s_cpu:<6.1f}{f_wall:>15.1f} / {f_cpu:<6.1f}")
    overall = statistics.median(medians)
    print(f"median filtered search: {overall:.1f} ms (target < {TARGET_MS:.0f} ms); worst query {max(medians):.1f} ms")
    library.close()
    return 0 if overall < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
