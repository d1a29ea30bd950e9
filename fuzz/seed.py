"""Seed corpus for the reader fuzz target: each example file, prefixed with the byte that
selects its reader in fuzz_readers.py (0 = EPUB, 1 = HTML, 2 = plain text)."""

import sys
from pathlib import Path

SELECTOR = {".epub": b"\x00", ".html": b"\x01", ".htm": b"\x01"}


def seed_corpus(examples: Path, out: Path, max_bytes: int = 200_000) -> int:
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for p in sorted(examples.rglob("*")):
        if p.is_file() and p.stat().st_size < max_bytes:
            (out / p.name).write_bytes(SELECTOR.get(p.suffix.lower(), b"\x02") + p.read_bytes())
            n += 1
    return n


if __name__ == "__main__":
    print(seed_corpus(Path(sys.argv[1]), Path(sys.argv[2])), "seed files")
