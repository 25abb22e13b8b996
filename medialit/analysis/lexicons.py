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


class TableError(ValueError):
    """A data file that does not have the shape its header promises: says which file and line."""


def read_table(name: str, raw: str) -> tuple[dict[str, str], ...]:
    """The rows of a data file: ``#`` lines say where the entries come from, then a CSV with a header.

    Every row must have exactly the header's columns, so a pattern with an
    unquoted comma cannot silently lose its end.

    >>> read_table("t.csv", "# where from\\nword,why\\nmay,a modal verb\\n")
    ({'word': 'may', 'why': 'a modal verb'},)
    >>> read_table("t.csv", "word,why\\nmay,modal,verb\\n")
    Traceback (most recent call last):
    ...
    medialit.analysis.lexicons.TableError: t.csv, line 2: 3 fields, but the header names 2 (word, why)
    """
    # Comment lines become blank lines (which csv skips), so line numbers stay the file's own.
    body = "\n".join("" if line.lstrip().startswith("#") else line for line in raw.splitlines())
    reader = csv.reader(io.StringIO(body))
    header: list[str] = []
    rows = []
    for fields in reader:
        if not fields:
            continue
        if not header:
            header = [f.strip() for f in fields]
            continue
        if len(fields) != len(header):
            raise TableError(f"{name}, line {reader.line_num}: {len(fields)} fields, but the header names "
                             f"{len(header)} ({', '.join(header)})")
        rows.append({k: v.strip() for k, v in zip(header, fields) if k})
    return tuple(rows)


@lru_cache(maxsize=None)
def _read(name: str) -> tuple[dict[str, str], ...]:
    return read_table(name, data_path(name).read_text(encoding="utf-8"))


def load_lexicon(name: str) -> list[dict[str, str]]:
    """The entries of a lexicon file, one dict per row (header lines skipped).

    >>> load_lexicon("blocks.csv")[0]["kind"]
    'credit'
    """
    return [dict(r) for r in _read(name)]


@lru_cache(maxsize=1)
def evidence_nouns() -> frozenset[str]:
    """Nouns for evidence that "show" or "find" something (``data/evidence_nouns.csv``).

    >>> {"poll", "study"} <= evidence_nouns()
    True
    """
    return frozenset(r["word"] for r in load_lexicon("evidence_nouns.csv"))


@lru_cache(maxsize=1)
def body_kinds() -> dict[str, frozenset[str]]:
    """Each description noun -> the head words of the bodies' names it may stand for (``data/body_kinds.csv``).

    >>> "society" in body_kinds()["group"]
    True
    """
    return {r["noun"]: frozenset(r["name_heads"].split()) for r in load_lexicon("body_kinds.csv")}


def lexicon_header(name: str) -> str:
    """The ``#`` header of a lexicon: where its entries come from.

    >>> "Hyland" in lexicon_header("hedges.csv")
    True
    """
    raw = data_path(name).read_text(encoding="utf-8")
    return "\n".join(l.lstrip("# ").rstrip() for l in raw.splitlines() if l.startswith("#"))


@lru_cache(maxsize=1)
def outlet_names() -> frozenset[str]:
    """Every outlet and alias of ``outlet_aliases.csv``, lower-cased (read by the hedge and cue readers).

    >>> "reuters" in outlet_names()
    True
    """
    return frozenset(row[col].lower() for row in load_lexicon("outlet_aliases.csv") for col in ("outlet", "alias"))


@lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    """The words of one list of ``vocabulary.csv`` ("document noun", "modal ladder", ...), in file order.

    >>> word_list("modal ladder")
    ('might', 'could', 'may', 'should', 'will', 'must')
    """
    words = tuple(r["word"] for r in _read("vocabulary.csv") if r["list"] == name)
    if not words:
        raise TableError(f"vocabulary.csv has no list {name!r}")
    return words


def check_hints() -> dict[str, str]:
    """How to check each kind of source, from ``check_hints.csv`` (the kind "any" is for all others).

    >>> check_hints()["unnamed"].startswith("You cannot check an unnamed source")
    True
    """
    return {r["kind"]: r["hint"] for r in _read("check_hints.csv")}


def reporting_verbs() -> list[dict[str, str]]:
    """The rows of ``reporting_verbs.csv``: cue, forms (``|``-separated, lower case), kind, frame, tone, why.

    >>> [r["kind"] for r in reporting_verbs()][:1]
    ['verb']
    """
    return load_lexicon("reporting_verbs.csv")


@lru_cache(maxsize=None)
def reporting_verb_forms(kind: str | None = "verb") -> frozenset[str]:
    """Every one-word form of the reporting cues of one ``kind`` (None: every kind), e.g. "said", "warns".

    >>> {"said", "warns"} <= reporting_verb_forms()
    True
    """
    return frozenset(form for row in _read("reporting_verbs.csv") if kind is None or row["kind"] == kind
                     for form in row["forms"].split("|") if " " not in form)


@lru_cache(maxsize=1)
def stance_after_be() -> frozenset[str]:
    """The second words of the two-word cue forms that open with a form of "be" ("is convinced", "are
    confident"): after a one-word body's name they make it the subject of a cue, as "said" does.

    >>> "convinced" in stance_after_be()
    True
    """
    be = {"is", "are", "was", "were", "am", "remains", "remain", "remained"}
    return frozenset(parts[1] for row in _read("reporting_verbs.csv") for form in row["forms"].split("|")
                     if len(parts := form.split()) == 2 and parts[0] in be)


#: Words before a group noun that belong to the source ("senior officials"); see vocabulary.csv.
GROUP_MODIFIERS = frozenset(word_list("group modifier"))

