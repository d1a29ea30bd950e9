"""Helpers shared by the benchmark scripts: the PDNC corpus, CPU timing, table and JSON output.

Figures are CPU time (`time.process_time()`) of this one process, so they measure one core
and are disturbed less than wall time when the machine is busy.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PDNC_DIR = ROOT.parent / "shared" / "data" / "pdnc"
RESULTS_DIR = Path(__file__).resolve().parent / "results"


def pdnc_novels() -> list[tuple[str, str]]:
    """(name, text) of every PDNC novel, sorted by name; exits with a message if absent."""
    paths = sorted(PDNC_DIR.glob("*/novel_text.txt"))
    if not paths:
        sys.exit(f"benchmark: no PDNC novels under {PDNC_DIR} (expected ../shared/data/pdnc beside the repo)")
    return [(p.parent.name, p.read_text(encoding="utf-8")) for p in paths]


def pin_one_core() -> None:
    """Run on a single core where the OS allows it, so figures are per core."""
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        except OSError:
            pass


def markdown_table(headers: list[str], rows: list[list[object]]) -> str:
    def cell(value: object) -> str:
        if isinstance(value, float):
            return f"{value:,.3f}" if value < 100 else f"{value:,.0f}"
        if isinstance(value, int):
            return f"{value:,}"
        return str(value)

    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def write_json(name: str, data: dict) -> Path:
    RESULTS_DIR.mkdir(exist_ok=True)
    path = RESULTS_DIR / name
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return path
