"""Re-score every gold text under typographic and layout shapes that keep its meaning.

Real news reaches a reader in many shapes that carry the same words: curly or
straight quotation marks, British single marks, typographic or ASCII
apostrophes, em dashes with or without spaces, non-breaking spaces, Windows
line endings, paragraphs split by one newline or indented by spaces, a wire
dateline ("LONDON (Reuters) - ") before the first body paragraph, a byline
after the headline. A finder that reads one shape and not another scores
lower on unseen texts for no reason a learner could see. This tool rewrites
each scored text (``tests/data/real``, every ``bench/real-news*`` and
``bench/invented-news*`` folder, or the folders given) in each shape, carries
every gold offset through the rewrite exactly (each rewrite is a list of
replacements, and a character's new place is known), runs the finders on the
rewritten text, and prints one row per shape: each measure's figure, with its
change from the untransformed text beside it.

Run from the repository root::

    PYTHONPATH=$PWD python bench/shapes.py                          # every dev folder
    PYTHONPATH=$PWD python bench/shapes.py --real bench/real-news-7 --only crlf,dateline-ap
    PYTHONPATH=$PWD python bench/shapes.py --show single-newline    # what changed, text by text

The held-out set is never read (a folder named holdout is refused).

>>> text, spans = apply(crlf, "A b.\\n\\nC d.", [(6, 7)])
>>> text[spans[0][0]:spans[0][1]]
'C'
>>> apply(to_straight, "\\u201cIt\\u2019s\\u201d", [])[0]
'"It\\'s"'
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from types import SimpleNamespace
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import evaluate as ev  # noqa: E402  (bench/ is a folder of scripts, not a package)

ROOT = Path(__file__).resolve().parents[1]

Edit = tuple[int, int, str]  # replace text[start:end] with the string


# --- rewriting with an exact offset map ------------------------------------------------


def rewrite(text: str, edits: list[Edit]) -> tuple[str, list[int], list[int]]:
    """The new text, and for each old character the new start and end of what it became.

    Edits are non-overlapping. A same-length edit maps character to character; an
    insertion (start == end) lies before the character at ``start``; any other edit
    maps its first character to its start and its last to its end.
    """
    out, starts, ends = [], [0] * (len(text) + 1), [0] * (len(text) + 1)
    pos = at = 0
    for a, b, s in sorted(edits, key=lambda e: (e[0], e[1])):
        for i in range(at, a):
            starts[i], ends[i] = pos + i - at, pos + i - at + 1
        pos += a - at
        out.append(text[at:a])
        for k, i in enumerate(range(a, b)):
            same = len(s) == b - a
            starts[i] = pos + (k if same else 0 if i == a else min(k, len(s)))
            ends[i] = pos + (k + 1 if same else len(s) if i == b - 1 else min(k + 1, len(s)))
        out.append(s)
        pos += len(s)
        at = b
    for i in range(at, len(text)):
        starts[i], ends[i] = pos + i - at, pos + i - at + 1
    out.append(text[at:])
    starts[len(text)] = ends[len(text)] = pos + len(text) - at
    return "".join(out), starts, ends


def apply(shape, text: str, spans: list[tuple[int, int]]):
    """``text`` in ``shape`` (one rewrite, or a tuple of rewrites done in turn), and ``spans`` carried into it."""
    for step in shape if isinstance(shape, tuple) else (shape,):
        text, starts, ends = rewrite(text, step(text))
        spans = [(starts[a], ends[b - 1] if b > a else starts[a]) for a, b in spans]
    return text, spans


# --- the shapes ------------------------------------------------------------------------

_WORD = re.compile(r"\w")


def _is_word(text: str, i: int) -> bool:
    return 0 <= i < len(text) and bool(_WORD.match(text[i]))


def _apostrophe(text: str, i: int) -> bool:
    """A mark at i between two letters ("it's"), or after an s and before a space ("players' ")."""
    if _is_word(text, i - 1) and _is_word(text, i + 1):
        return True
    return text[i - 1:i] in ("s", "S") and text[i + 1:i + 2] in (" ", ",", ".", "\n", "")


def _opens(text: str, i: int) -> bool:
    """A quotation mark at i opens: at a line start or after a space, bracket or dash (marks before it skipped)."""
    while i > 0 and text[i - 1] in "\u201c\u2018\"'":
        i -= 1
    return i == 0 or text[i - 1] in " \t\n\u00a0([{\u2014\u2013-/"


def to_straight(text: str) -> list[Edit]:
    """Curly quotes and apostrophes -> ASCII " and '."""
    table = {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"}
    return [(i, i + 1, table[c]) for i, c in enumerate(text) if c in table]


def _single_roles(text: str) -> dict[int, str]:
    """Each single mark (' or curly) as 'open', 'close' or 'apos', read per paragraph line."""
    roles, pending = {}, False
    for i, c in enumerate(text):
        if c == "\n":
            pending = False
        if c not in "'\u2018\u2019":
            continue
        if c == "\u2018" or (c == "'" and _opens(text, i) and not _is_word(text, i - 1) and not _apostrophe(text, i)):
            roles[i], pending = "open", True
        elif pending and not (_is_word(text, i - 1) and _is_word(text, i + 1)):
            roles[i], pending = "close", False
        else:
            roles[i] = "apos"
    return roles


def to_curly(text: str) -> list[Edit]:
    """ASCII " and ' -> curly marks: opening after a space or line start, else closing; ' in a word -> \u2019."""
    edits = []
    roles = _single_roles(text)
    for i, c in enumerate(text):
        if c == '"':
            edits.append((i, i + 1, "\u201c" if _opens(text, i) else "\u201d"))
        elif c == "'":
            edits.append((i, i + 1, "\u2018" if roles[i] == "open" else "\u2019"))
    return edits


def undouble(text: str) -> list[Edit]:
    """A doubled single mark used as a double one (AP's ‘‘ ... ’’, archive '' ... '') -> one double mark."""
    table = {"\u2018\u2018": "\u201c", "\u2019\u2019": "\u201d", "\u2018\u2019": "\u201c", "''": '"', '""': '"'}
    # (feed copy opens with \u2018\u2019, a straight '' curled one mark at a time; and a doubled straight double mark
    # before a word is a typo some sources have: ""We ...)
    return [(m.start(), m.end(), table[m.group()])
            for m in re.finditer(r"\u2018\u2018|\u2019\u2019|\u2018\u2019(?=\w)|''|\"\"(?=\w)", text)]


def swap_marks(text: str) -> list[Edit]:
    """Curly double marks -> single (\u2018...\u2019) and single -> double; apostrophes stay \u2019."""
    roles = _single_roles(text)
    table = {"\u201c": "\u2018", "\u201d": "\u2019", "\u2018": "\u201c"}
    edits = []
    for i, c in enumerate(text):
        if c in table:
            edits.append((i, i + 1, table[c]))
        elif c == "\u2019" and roles.get(i) == "close":
            edits.append((i, i + 1, "\u201d"))
    return edits


def apostrophes_ascii(text: str) -> list[Edit]:
    """Only apostrophes (\u2019 in or closing a word) -> ASCII '; quotation marks stay."""
    roles = _single_roles(text)
    return [(i, i + 1, "'") for i, c in enumerate(text) if c == "\u2019" and roles.get(i) == "apos"]


def apostrophes_curly(text: str) -> list[Edit]:
    """Only ASCII apostrophes -> \u2019; quotation marks stay."""
    roles = _single_roles(text)
    return [(i, i + 1, "\u2019") for i, c in enumerate(text) if c == "'" and roles.get(i) == "apos"]


_DASH = re.compile(r"[ \u00a0]+(?:\u2014|\u2013|--?)[ \u00a0]+|(?<=\w)(?:\u2014|--)(?=\w)")


def _dashes(to: str) -> Callable[[str], list[Edit]]:
    def shape(text: str) -> list[Edit]:
        return [(m.start(), m.end(), to) for m in _DASH.finditer(text) if m.group() != to]
    shape.__doc__ = f"Every dash between words -> {to!r}."
    return shape


_NBSP_AT = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Sir|Prof)\.? (?=[A-Z])|(?<=[A-Z][a-z]) (?=[A-Z][a-z])|(?<=\d) (?=\w)"
                      r"| (?=[\u2014\u2013])")


def nbsp(text: str) -> list[Edit]:
    """A non-breaking space where web pages put one: after a title, between names, after a number, before a dash."""
    return [(m.end() - 1, m.end(), "\u00a0") for m in _NBSP_AT.finditer(text)]


def narrow_spaces(text: str) -> list[Edit]:
    """Where ``nbsp`` puts a no-break space, a narrow one (U+202F, French and typeset copy) after a title or a number
    and between names, and a thin space (U+2009) either side of a dash."""
    edits = [(m.end() - 1, m.end(), "\u202f") for m in _NBSP_AT.finditer(text) if not m.group().startswith(" ")]
    return edits + [(m.start(), m.end(), m.group().replace(" ", "\u2009")) for m in _SPACED_DASH.finditer(text)]


_SPACED_DASH = re.compile(r"(?<=\w) (?:\u2014|\u2013) (?=\w)")


def crlf(text: str) -> list[Edit]:
    """Windows line endings."""
    return [(i, i + 1, "\r\n") for i, c in enumerate(text) if c == "\n"]


def single_newline(text: str) -> list[Edit]:
    """Paragraphs separated by one newline, not a blank line."""
    return [(m.start(), m.end(), "\n") for m in re.finditer(r"\n(?:[ \t]*\n)+", text)]


def indented(text: str) -> list[Edit]:
    """Every paragraph after the headline indented by four spaces."""
    return [(m.start(), m.start(), "    ") for m in re.finditer(r"(?<=\n)(?=[^\s])", text)]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def _first_body(text: str) -> int:
    """The start of the first body paragraph: the first after the headline with 15 words or more."""
    for a, b in _paragraphs(text)[1:]:
        if len(text[a:b].split()) >= 15:
            return a
    return _paragraphs(text)[1][0]


def _dateline(line: str) -> Callable[[str], list[Edit]]:
    def shape(text: str) -> list[Edit]:
        at = _first_body(text)
        return [(at, at, line)]
    shape.__doc__ = f"A wire dateline {line!r} before the first body paragraph."
    return shape


def byline(text: str) -> list[Edit]:
    """A byline paragraph after the headline."""
    second = _paragraphs(text)[1][0]
    return [(second, second, "By Jane Doe, Associated Press\n\n")]


SHAPES: dict[str, Callable[[str], list[Edit]]] = {
    "straight-quotes": to_straight,
    "curly-quotes": to_curly,
    "british-quotes": (undouble, to_curly, swap_marks),  # British: ‘...’, with “...” nested
    "apostrophes-ascii": apostrophes_ascii,
    "apostrophes-curly": apostrophes_curly,
    "dash-spaced": _dashes(" \u2014 "),
    "dash-tight": _dashes("\u2014"),
    "dash-hyphen": _dashes(" - "),
    "nbsp": nbsp,
    "narrow-spaces": narrow_spaces,
    "crlf": crlf,
    "single-newline": single_newline,
    "indented": indented,
    "dateline-reuters": _dateline("LONDON (Reuters) - "),
    "dateline-ap": _dateline("WASHINGTON (AP) \u2014 "),
    "dateline-ap-date": _dateline("WASHINGTON, May 3 (AP) \u2014 "),
    "dateline-place": _dateline("KYIV, Ukraine \u2014 "),
    "byline": byline,
}


# --- carrying gold through a shape -----------------------------------------------------


def _plain(s: str) -> str:
    """A phrase with marks, dashes and spaces made alike, to check a carried span."""
    s = re.sub(r"''|\u2018\u2018|\u2019\u2019|[\u201c\u201d\u2018\u2019\"']", "'", s)
    return re.sub(r"\s+", " ", re.sub(r"\s*(?:\u2014|\u2013|--?)\s*", "-", s)).strip()


def shaped_doc(doc: ev.GoldDoc, shape: Callable[[str], list[Edit]]) -> ev.GoldDoc:
    """``doc`` in ``shape``: its text rewritten and every gold span carried; a span that does not survive stops."""
    spans = [(q.start, q.end) for q in doc.quotes]
    spans += [p for c in doc.cues for p in c.pieces + c.source_pieces]
    spans += list(doc.hedges or []) + list(doc.boosters or [])
    text, moved = apply(shape, doc.text, spans)
    for (a, b), (x, y) in zip(spans, moved):
        if _plain(doc.text[a:b]) != _plain(text[x:y]):
            raise SystemExit(f"{doc.name}: {doc.text[a:b]!r} became {text[x:y]!r} under {shape}")
    it = iter(moved)
    quotes = [replace(q, start=(s := next(it))[0], end=s[1]) for q in doc.quotes]
    cues = [replace(c, pieces=tuple(next(it) for _ in c.pieces), source_pieces=tuple(next(it) for _ in c.source_pieces))
            for c in doc.cues]
    hedges = [next(it) for _ in doc.hedges or []]
    boosters = [next(it) for _ in doc.boosters or []]
    return replace(doc, text=text, quotes=quotes, cues=cues, hedges=hedges, boosters=boosters, path=None)


# --- scoring ---------------------------------------------------------------------------


@dataclass
class Run:
    totals: dict
    seen: dict  # doc name -> Counter of what the finders said, in plain form


def score(doc: ev.GoldDoc, totals: dict) -> collections.Counter:
    """``evaluate.score_doc`` on the doc's own text (sources read from it too); what was found, plainly."""
    import medialit

    quotes = medialit.find_quotes(doc.text)
    attributions = medialit.find_attributions(doc.text)
    hedges = medialit.find_hedges(doc.text)
    sources = medialit.find_sources(medialit.load_article(doc.text))
    totals["docs"] += 1
    ev.score_quotes(doc, quotes, totals)
    ev.score_cues(doc, attributions, totals)
    totals["hedge_docs"] += 1
    ev.score_spans(doc.hedges, [(h.start, h.end) for h in hedges if h.kind == "hedge"], totals["hedges"])
    ev.score_spans(doc.boosters, [(h.start, h.end) for h in hedges if h.kind == "booster"], totals["boosters"])
    names = [s.name for s in sources]
    for gold in doc.sources:
        totals["sources"].total += 1
        totals["sources"].right += any(ev.names_match(n, gold) for n in names)
    t = doc.text
    seen = collections.Counter(f"quote {_plain(t[q.start:q.end])[:60]!r} <- {_plain(q.speaker or '-')}" for q in quotes)
    seen.update(f"cue {_plain(t[a.start:a.end])!r} <- {_plain(a.source or '-')}" for a in attributions)
    seen.update(f"{h.kind} {_plain(t[h.start:h.end])!r}" for h in hedges)
    seen.update(f"source {_plain(n)}" for n in names)
    return seen


def run(docs: list[ev.GoldDoc], shape) -> Run:
    totals, seen = ev.new_totals(), {}
    for doc in docs:
        seen[doc.name] = score(shaped_doc(doc, shape) if shape else doc, totals)
    return Run(totals, seen)


def figures(totals: dict) -> dict[str, tuple[float, str]]:
    out = {}
    for key, label in (("quotes", "quotes F1"), ("cues", "cue F1"), ("hedges", "hedge F1"), ("boosters", "booster F1")):
        c = totals[key]
        out[label] = (c.prf()[2], f"{c.tp}/{c.tp + c.fn}+{c.fp}")
    for key, label in (("speaker", "speaker"), ("cue_source", "cue->source"), ("sources", "sources")):
        r = totals[key]
        out[label] = (r.value(), f"{r.right}/{r.total}")
    return out


def table(base: Run, runs: dict[str, Run]) -> str:
    base_fig = figures(base.totals)
    labels = list(base_fig)
    rows = ["| shape | " + " | ".join(labels) + " |", "|---" * (len(labels) + 1) + "|",
            "| (none) | " + " | ".join(f"{base_fig[k][0]:.3f}" for k in labels) + " |"]
    for name, r in runs.items():
        fig = figures(r.totals)
        cells = []
        for k in labels:
            d = fig[k][0] - base_fig[k][0]
            cells.append(f"{fig[k][0]:.3f}" + (f" ({d:+.3f})" if abs(d) >= 0.0005 else
                                               "" if fig[k][1] == base_fig[k][1] else " (~)"))
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def changes(base: Run, other: Run) -> str:
    lines = []
    for name, seen in base.seen.items():
        lost, found = seen - other.seen[name], other.seen[name] - seen
        if lost or found:
            lines.append(f"## {name}")
            lines += [f"  - {k}" for k in sorted(lost.elements())] + [f"  + {k}" for k in sorted(found.elements())]
    return "\n".join(lines) or "(nothing changed)"


def folders(given: list[Path] | None) -> list[Path]:
    found = [f.resolve() for f in given] if given else [ROOT / "tests/data/real", *sorted((ROOT / "bench").glob("real-news*")),
                      *sorted((ROOT / "bench").glob("invented-news*"))]
    for f in found:
        if "holdout" in f.resolve().parts:
            raise SystemExit("The held-out set is never scored here.")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--real", type=Path, action="append", help="a folder of <slug>.txt + <slug>.gold.json "
                        "(repeatable; default: tests/data/real and every bench/real-news*, invented-news*)")
    parser.add_argument("--only", help="comma-separated shapes (default: all): " + ", ".join(SHAPES))
    parser.add_argument("--show", help="one shape: list, text by text, what the finders said differently")
    args = parser.parse_args(argv)
    chosen = [args.show] if args.show else (args.only.split(",") if args.only else list(SHAPES))
    unknown = [s for s in chosen if s not in SHAPES]
    if unknown:
        parser.error(f"unknown shape(s) {unknown}; known: {', '.join(SHAPES)}")
    docs = [d for f in folders(args.real) for d in ev.load_real(f)]
    base = run(docs, None)
    runs = {name: run(docs, SHAPES[name]) for name in chosen}
    print(f"## {len(docs)} texts from {', '.join(str(f.relative_to(ROOT)) if f.is_relative_to(ROOT) else str(f) for f in folders(args.real))}\n")
    print(table(base, runs))
    if args.show:
        print("\n" + changes(base, runs[args.show]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
