"""Reading the kit's word lists (lexicons) from ``medialit/data/``.

Each lexicon is a CSV file a learner can open in any spreadsheet or text
editor. Lines starting with ``#`` are the header: where the entries come from
and what each column means. Every other line is one entry with a short
explanation, so a learner can always see why a phrase was flagged.

>>> rows = load_lexicon("reporting_verbs.csv")
>>> [k for k in ("cue", "tone", "why") if k in rows[0]]
['cue', 'tone', 'why']
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources


def data_path(name: str) -> "resources.abc.Traversable":
    """The path of a data file inside the package (works from a zip too).

    >>> data_path("hedges.csv").name
    'hedges.csv'
    """
    return resources.files("medialit") / "data" / name


@lru_cache(maxsize=None)
def _read(name: str) -> tuple[dict[str, str], ...]:
    raw = data_path(name).read_text(encoding="utf-8")
    body = "\n".join(line for line in raw.splitlines() if not line.lstrip().startswith("#"))
    rows = []
    for row in csv.DictReader(io.StringIO(body)):
        rows.append({k.strip(): (v or "").strip() for k, v in row.items() if k})
    return tuple(rows)


def load_lexicon(name: str) -> list[dict[str, str]]:
    """The entries of a lexicon file, one dict per row (header lines skipped).

    >>> load_lexicon("blocks.csv")[0]["kind"]
    'credit'
    """
    return [dict(r) for r in _read(name)]


def lexicon_header(name: str) -> str:
    """The ``#`` header of a lexicon: where its entries come from.

    >>> "Hyland" in lexicon_header("hedges.csv")
    True
    """
    raw = data_path(name).read_text(encoding="utf-8")
    return "\n".join(l.lstrip("# ").rstrip() for l in raw.splitlines() if l.startswith("#"))
