"""The developers' rule that a module holds one step and stays under about 600 lines, kept true.
Data tables (word lists, packs, weights) live in data files, so every Python module counts."""

from __future__ import annotations

from pathlib import Path

import ficlens

LIMIT = 600
PACKAGE = Path(ficlens.__file__).parent


def test_no_module_of_the_package_is_over_600_lines():
    over = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > LIMIT:
            over[path.relative_to(PACKAGE).as_posix()] = lines
    assert not over, f"modules over {LIMIT} lines (split each into files named after their steps): {over}"
