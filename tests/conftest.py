"""Shared test fixtures: the seed article, its text and the human reference reading, loaded once per run.

Articles are frozen dataclasses, so one copy can serve every test.
"""

import json
from pathlib import Path

import pytest

import medialit

ROOT = Path(__file__).resolve().parents[1]
SEED_PATH = ROOT / "seeds" / "putin-istanbul-talks-2025.txt"
READING_PATH = ROOT / "tests" / "data" / "seed-annotation.json"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article's file text, as written."""
    return SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed() -> medialit.Article:
    """The seed article, loaded by the kit."""
    return medialit.load_article(SEED_PATH)


@pytest.fixture(scope="session")
def article(seed) -> medialit.Article:
    """The article a lesson's checks read: the seed (a test module may define its own)."""
    return seed


@pytest.fixture(scope="session")
def reference_reading() -> dict:
    """The human reading of the seed (tests/data/seed-annotation.json)."""
    return json.loads(READING_PATH.read_text(encoding="utf-8"))
