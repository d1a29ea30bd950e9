"""Runs the coverage-guided reader fuzz target (fuzz/fuzz_readers.py) for a bounded time.

The long run (30 minutes and more) is `make fuzz FUZZ_SECONDS=1800`; CI runs it for
FUZZ_SECONDS (default 45) seeded with the bundled examples.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def test_reader_fuzz_target_finds_no_crash(tmp_path: Path, examples_dir: Path):
    sys.path.insert(0, str(ROOT / "fuzz"))
    from seed import seed_corpus

    corpus = tmp_path / "corpus"
    assert seed_corpus(examples_dir, corpus) >= 3
    seconds = int(os.environ.get("FUZZ_SECONDS", "45"))
    result = subprocess.run(
        [sys.executable, str(ROOT / "fuzz" / "fuzz_readers.py"), f"-max_total_time={seconds}",
         "-max_len=65536", "-rss_limit_mb=2048", f"-artifact_prefix={tmp_path}/", str(corpus)],
        capture_output=True, text=True, timeout=seconds + 120, cwd=tmp_path,
    )
    crashes = [p.name for p in tmp_path.iterdir() if p.name.startswith(("crash-", "timeout-", "oom-", "leak-"))]
    if crashes:
        keep = ROOT / "fuzz" / "findings"
        keep.mkdir(parents=True, exist_ok=True)
        for name in crashes:
            shutil.copy(tmp_path / name, keep / name)
    assert result.returncode == 0 and not crashes, result.stderr[-3000:]
    assert "Done" in result.stderr, result.stderr[-2000:]
