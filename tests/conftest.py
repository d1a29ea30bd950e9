"""Shared fixtures: paths to the bundled examples and to ../shared/data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def pdnc_dir() -> Path:
    path = SHARED_DATA / "pdnc"
    if not path.is_dir():
        pytest.skip("../shared/data/pdnc is not beside this checkout")
    return path


@pytest.fixture(scope="session")
def litbank_dir() -> Path:
    path = SHARED_DATA / "litbank"
    if not path.is_dir():
        pytest.skip("../shared/data/litbank is not beside this checkout")
    return path
