"""The seed stays exactly as provided: its flaws are teaching material."""

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "putin-istanbul-talks-2025.txt"


def test_seed_is_byte_for_byte_the_original():
    # The digest of ../shared/seeds/putin-istanbul-talks-2025.txt as provided.
    assert hashlib.sha256(SEED.read_bytes()).hexdigest() == EXPECTED_SHA256


def test_seed_keeps_its_flaws():
    text = SEED.read_text(encoding="utf-8")
    assert "Emmanuel Macron Emmanuel Macron" in text
    assert "Trump\u2018s" in text
    assert "\u00a9 2024" in text
    assert "\n\u00a0\n" in text


EXPECTED_SHA256 = "3d550a9740cfc4ce01c13970bf35732e0ee6eb05addbe5148feef1f91945aed9"
