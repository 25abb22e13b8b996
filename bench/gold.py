"""Fill in and check the exact character offsets of hand-made gold.

A gold file (``<slug>.gold.json`` beside ``<slug>.txt``) names every span by its
words and occurrence number, so a person can write and read it::

    {"quotes": [{"phrase": "It will not return.", "n": 1, "speaker": "Jane Roe"}],
     "cues":   [{"phrase": "said", "n": 2, "source": "Jane Roe", "source_phrase": "Jane Roe", "source_n": 1}],
     "hedges": [{"phrase": "may", "n": 1}], "boosters": [], "sources": ["Jane Roe"]}

``python bench/gold.py tests/data/real`` adds ``start``/``end`` (and
``source_start``/``source_end``) to every item, from ``phrase`` and ``n``
(1 = first occurrence), and stops with a clear message if a phrase is not
there. Run it after editing a gold file; the scorer checks the offsets again.

>>> fill_item("a b a b", {"phrase": "a b", "n": 2})
{'phrase': 'a b', 'n': 2, 'start': 4, 'end': 7}
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate import find_span  # noqa: E402  (bench/ is a folder of scripts, not a package)

SPAN_LISTS = ("quotes", "cues", "hedges", "boosters")


def fill_item(text: str, item: dict) -> dict:
    """``item`` with ``start``/``end`` from its ``phrase`` and ``n`` (and the same for its source)."""
    item["start"], item["end"] = find_span(text, item["phrase"], item.get("n", 1))
    if item.get("source_phrase"):
        item["source_start"], item["source_end"] = find_span(text, item["source_phrase"], item.get("source_n", 1))
    return item


def fill_file(gold_path: Path) -> int:
    """Fill every span of one gold file in place; return the number of spans."""
    text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    count = 0
    for key in SPAN_LISTS:
        for item in gold.get(key, []):
            try:
                fill_item(text, item)
            except ValueError as err:
                raise SystemExit(f"{gold_path.name}, {key}: {err}") from None
            count += 1
    gold_path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return count


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path("tests/data/real")
    for path in sorted(folder.glob("*.gold.json")):
        print(f"{path.name}: {fill_file(path)} spans")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
