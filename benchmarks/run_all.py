"""Run every benchmarks/bench_*.py in its own process and print each one's table, then a summary.

Usage: .venv/bin/python benchmarks/run_all.py [NAME ...]   (e.g. `structure analyze`; default: all)
Exit status 1 if any benchmark failed or missed its target.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    scripts = sorted(HERE.glob("bench_*.py"))
    if argv:
        wanted = {name.removeprefix("bench_").removesuffix(".py") for name in argv}
        unknown = wanted - {s.stem.removeprefix("bench_") for s in scripts}
        if unknown:
            print(f"run_all: no benchmark named {', '.join(sorted(unknown))}", file=sys.stderr)
            return 2
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in wanted]
    summary = []
    for script in scripts:
        print(f"\n# {script.name}\n", flush=True)
        started = time.monotonic()
        result = subprocess.run([sys.executable, str(script)], cwd=HERE.parent)
        elapsed = time.monotonic() - started
        summary.append((script.stem.removeprefix("bench_"), "ok" if result.returncode == 0 else f"FAILED ({result.returncode})", elapsed))
    print("\n# summary\n")
    print("| benchmark | status | wall s |")
    print("|---|---|---|")
    for name, status, elapsed in summary:
        print(f"| {name} | {status} | {elapsed:.1f} |")
    return 0 if all(status == "ok" for _, status, _ in summary) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
