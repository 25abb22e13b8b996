"""Small readers the analysis tests share: what a finder found in a text, as plain tuples and lists.

Each session's test file used to write these out again; they live here once. pytest puts this folder
on the import path (the test folders have no __init__.py), so a test file imports them with
`from support import ...`. Not a test file: pytest collects nothing from it.
"""

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from medialit import find_attributions, find_hedges, find_quotes, find_sources, load_article
from medialit.analysis.names import find_people

_ROOT = Path(__file__).resolve().parents[2]


def cues_and_sources(text: str) -> list[tuple[str, str | None]]:
    """Each attribution's cue and source, in text order."""
    return [(a.cue, a.source) for a in find_attributions(text)]


def cue_phrases(text: str) -> list[str]:
    """Each attribution's cue, in text order."""
    return [a.cue for a in find_attributions(text)]


def sources_of_cue(text: str, cue: str) -> list[str | None]:
    """The source of each attribution whose cue is ``cue``, in text order (``[]``: no such cue)."""
    return [a.source for a in find_attributions(text) if a.cue == cue]


def cues_sources_and_kinds(text: str) -> list[tuple[str, str | None, str]]:
    """Each attribution's cue, source and the source's kind, in text order."""
    return [(a.cue, a.source, a.source_kind) for a in find_attributions(text)]


def sources_kinds_and_cues(text: str) -> list[tuple[str | None, str, str]]:
    """Each attribution's source, the source's kind and the cue, in text order."""
    return [(a.source, a.source_kind, a.cue) for a in find_attributions(text)]


def sources_and_kinds(text: str) -> list[tuple[str | None, str]]:
    """Each attribution's source and the source's kind, in text order."""
    return [(a.source, a.source_kind) for a in find_attributions(text)]


def attributed_sources(text: str) -> list[str | None]:
    """Each attribution's source, in text order."""
    return [a.source for a in find_attributions(text)]


def cue_texts_and_sources(text: str) -> list[tuple[str, str | None]]:
    """Each attribution's cue as written in the text (its span), and its source."""
    return [(text[a.start:a.end], a.source) for a in find_attributions(text)]


def speakers(text: str) -> list[str | None]:
    """Each quotation's speaker, in text order."""
    return [q.speaker for q in find_quotes(text)]


def quote_spans_and_speakers(text: str) -> list[tuple[str, str | None]]:
    """Each quotation's words as the text spans them (``start:end``), and its speaker, in text order."""
    return [(text[q.start:q.end], q.speaker) for q in find_quotes(text)]


def quotes_and_speakers(text: str) -> list[tuple[str, str | None]]:
    """Each quotation's words and speaker, in text order."""
    return [(q.text, q.speaker) for q in find_quotes(text)]


def phrases_of_kind(text: str, kind: str = "hedge") -> list[str]:
    """The phrases flagged as `kind` ("hedge" or "booster"), as the finder gives them."""
    return [h.phrase for h in find_hedges(text) if h.kind == kind]


def lowered_phrases_of_kind(text: str, kind: str) -> list[str]:
    """The phrases flagged as `kind` ("hedge" or "booster"), in lower case."""
    return [h.phrase.lower() for h in find_hedges(text) if h.kind == kind]


def boosters(text: str) -> list[str]:
    """The phrases flagged as boosters."""
    return phrases_of_kind(text, "booster")


def hedges(text: str) -> list[str]:
    """The phrases flagged as hedges."""
    return phrases_of_kind(text, "hedge")


def phrases_and_kinds(text: str) -> list[tuple[str, str]]:
    """Each flagged phrase with its kind, in text order."""
    return [(h.phrase, h.kind) for h in find_hedges(text)]


def listed_sources(text: str) -> list[tuple[str, str]]:
    """The article's list of sources (name, kind) for ``text`` as its body, under a one-word headline."""
    return [(s.name, s.kind) for s in find_sources(load_article("Headline\n\n" + text))]


def source_kinds(text: str) -> dict[str, str]:
    """Each source of the article the text makes, by name: its kind."""
    return {s.name: s.kind for s in find_sources(load_article(text))}


def kind_of(text: str, name: str) -> str:
    """The kind of the first person or organisation found with this name."""
    return next(p.kind for p in find_people(text) if p.name == name)


def bench_module(name: str) -> ModuleType:
    """The script ``bench/<name>.py`` as a module, loaded once as ``bench_<name>`` (the name tests/test_evaluate.py
    gives the scorer too): the bench folder is no package."""
    key = f"bench_{name}"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, _ROOT / "bench" / f"{name}.py")
        sys.modules[key] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules[key])
    return sys.modules[key]


def shape_figures(text: str, shape_names: tuple[str, ...]) -> tuple[dict, dict[str, dict]]:
    """``bench/shapes.py``'s figures for ``text`` as written and under each named shape, with the finders' own
    reading of the plain text as the gold (so every difference a shape makes shows): (plain, {name: figures})."""
    shapes = bench_module("shapes")
    ev = shapes.ev
    quotes, cues, found = find_quotes(text), find_attributions(text), find_hedges(text)
    doc = ev.GoldDoc("story", text,
                     quotes=[ev.GoldQuote(q.start, q.end, (q.speaker,) if q.speaker else ()) for q in quotes],
                     cues=[ev.GoldCue(((a.start, a.end),), (a.source,) if a.source else ()) for a in cues],
                     hedges=[(h.start, h.end) for h in found if h.kind == "hedge"],
                     boosters=[(h.start, h.end) for h in found if h.kind == "booster"],
                     sources=[s.name for s in find_sources(load_article(text))])
    assert doc.quotes and doc.cues and doc.hedges, "the story must hold quotes, cues and hedges"
    plain = shapes.figures(shapes.run([doc], None).totals)
    return plain, {name: shapes.figures(shapes.run([doc], shapes.SHAPES[name]).totals) for name in shape_names}
