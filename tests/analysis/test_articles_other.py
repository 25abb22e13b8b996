"""The kit on articles other than the seed: invented test articles, each read by hand first.

Each ``tests/data/articles/<name>.txt`` has a ``<name>.expected.json`` written by
reading the article before any code ran: its quotes with speakers, its
attributions (line, source, kind, cue, direct) and a few hedges; the later
articles also list every line's block kind, the sources, and what is *not* a
quote or an attribution (a nickname in quotation marks, a correction line).
The finders must find at least 90% of each list.

The finders run on ``load_article(path).text``, as the kit does: it joins the
lines of a hard-wrapped paragraph (one space for one line break, so offsets do
not move) and leaves other articles as they are. Line numbers are counted in
the file as written.
"""

import json
import re
from pathlib import Path

import pytest

from medialit import find_attributions, find_hedges, find_quotes, find_sources, load_article

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
NAMES = sorted(p.stem for p in ARTICLES.glob("*.txt"))


def load(name):
    """The text the finders see (hard-wrapped lines joined) and the hand reading."""
    text = load_article(ARTICLES / f"{name}.txt").text
    _RAW[text] = raw(name)
    expected = json.loads((ARTICLES / f"{name}.expected.json").read_text(encoding="utf-8"))
    return text, expected


def raw(name):
    return (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")


def line_of(text, pos):
    """The line of ``pos`` in the file as written (joining wrapped lines moves no offset)."""
    return _RAW.get(text, text).count("\n", 0, pos) + 1


_RAW = {}  # unwrapped text -> the file's text, for line numbers


def norm(source):
    """Compare sources loosely: case, apostrophe style, a leading article."""
    if source is None:
        return None
    s = " ".join(source.lower().replace("’", "'").split())
    return re.sub(r"^(?:the|a|an) ", "", s)


def same_cue(expected, found):
    e, f = norm(expected), norm(found)
    return e == f or f" {e} " in f" {f} " or f" {f} " in f" {e} "


def matches(text, e, a):
    return line_of(text, a.start) == e["line"] and same_cue(e["cue"], a.cue) and norm(a.source) == norm(e["source"])


def pair_up(text, wanted, found):
    """Pair each expected attribution with a different found one (the same line can say "said" twice)."""
    pairs, free = [], list(found)
    for e in wanted:
        options = [a for a in free if matches(text, e, a)]
        if options:
            best = max(options, key=lambda a: (a.direct == e["direct"], a.source_kind == e["source_kind"]))
            pairs.append((e, best))
            free.remove(best)
    return pairs


def test_there_are_eight_articles_with_expectations():
    assert len(NAMES) >= 8
    for name in NAMES:
        text, expected = load(name)
        assert 250 <= len(text.split()) <= 600
        assert expected["direct_quotes"] and expected["attributions"]


@pytest.mark.parametrize("name", NAMES)
def test_quotes_recall_with_speakers(name):
    text, expected = load(name)
    found = {q.text: q for q in find_quotes(text)}
    wanted = expected["direct_quotes"]
    got = [e for e in wanted if e["text"] in found]
    right_speaker = [e for e in got if found[e["text"]].speaker == e["speaker"]]
    assert len(got) / len(wanted) >= 0.9, [e["text"] for e in wanted if e["text"] not in found]
    assert len(right_speaker) / len(wanted) >= 0.9, [(e["text"], found[e["text"]].speaker) for e in got
                                                      if e not in right_speaker]
    with_cue = [e for e in got if e.get("cue")]
    assert sum(found[e["text"]].cue == e["cue"] for e in with_cue) / len(with_cue) >= 0.9


@pytest.mark.parametrize("name", NAMES)
def test_attributions_recall(name):
    text, expected = load(name)
    found = find_attributions(text)
    wanted = expected["attributions"]
    paired = [e for e, _ in pair_up(text, wanted, found)]
    assert len(paired) / len(wanted) >= 0.9, [e for e in wanted if e not in paired]


@pytest.mark.parametrize("name", NAMES)
def test_attribution_kinds_and_direct_flags_agree(name):
    text, expected = load(name)
    found = find_attributions(text)
    pairs = pair_up(text, expected["attributions"], found)
    kinds = sum(a.source_kind == e["source_kind"] for e, a in pairs)
    directs = sum(a.direct == e["direct"] for e, a in pairs)
    assert kinds / len(pairs) >= 0.9, [(e["cue"], e["source_kind"], a.source_kind) for e, a in pairs if a.source_kind != e["source_kind"]]
    assert directs / len(pairs) >= 0.9, [(e["cue"], e["line"]) for e, a in pairs if a.direct != e["direct"]]


@pytest.mark.parametrize("name", NAMES)
def test_few_false_attributions(name):
    """Everything found should be something the hand reading lists (a little slack for judgement calls)."""
    text, expected = load(name)
    found = find_attributions(text)
    extra = [a for a in found if not any(matches(text, e, a) for e in expected["attributions"])]
    assert len(extra) <= max(1, len(found) // 10), [(line_of(text, a.start), a.cue, a.source) for a in extra]


@pytest.mark.parametrize("name", NAMES)
def test_spans_slice_back(name):
    text, _ = load(name)
    for q in find_quotes(text):
        assert text[q.start:q.end] == q.text
    for a in find_attributions(text):
        assert text[a.start:a.end] == a.cue
        if a.source_start is not None:
            assert 0 <= a.source_start < a.source_end <= len(text)


def with_hedges():
    """The articles whose hand reading lists at least one hedge (recall needs something to find)."""
    return [n for n in NAMES if load(n)[1]["hedges"]]


@pytest.mark.parametrize("name", with_hedges())
def test_hedges_recall(name):
    text, expected = load(name)
    found = find_hedges(text)
    wanted = expected["hedges"]
    hit = [e for e in wanted if any(line_of(text, h.start) == e["line"] and e["phrase"].lower() in h.phrase.lower()
                                    or line_of(text, h.start) == e["line"] and h.phrase.lower() in e["phrase"].lower()
                                    for h in found)]
    assert len(hit) / len(wanted) >= 0.9, [e for e in wanted if e not in hit]


def expected_with(key):
    """The articles whose hand reading lists ``key`` (the later ones also read blocks and sources)."""
    return [n for n in NAMES if key in json.loads((ARTICLES / f"{n}.expected.json").read_text(encoding="utf-8"))]


@pytest.mark.parametrize("name", expected_with("blocks"))
def test_blocks_as_read(name):
    _, expected = load(name)
    found = {b.line: b.kind for b in load_article(ARTICLES / f"{name}.txt").blocks}
    wrong = [(e["line"], e["kind"], found.get(e["line"])) for e in expected["blocks"] if found.get(e["line"]) != e["kind"]]
    assert len(wrong) / len(expected["blocks"]) <= 0.1, wrong


@pytest.mark.parametrize("name", expected_with("sources"))
def test_sources_recall_with_kinds(name):
    _, expected = load(name)
    found = {(norm(s.name), s.kind) for s in find_sources(load_article(ARTICLES / f"{name}.txt"))}
    missed = [(e["name"], e["kind"]) for e in expected["sources"] if (norm(e["name"]), e["kind"]) not in found]
    assert len(missed) / len(expected["sources"]) <= 0.1, missed


@pytest.mark.parametrize("name", expected_with("not_quotes"))
def test_labels_in_quotation_marks_are_not_quotes(name):
    text, expected = load(name)
    assert not {q.text for q in find_quotes(text)} & set(expected["not_quotes"])


@pytest.mark.parametrize("name", expected_with("not_attributions"))
def test_what_the_reading_rules_out_is_not_found(name):
    text, expected = load(name)
    found = [(line_of(text, a.start), a.cue) for a in find_attributions(text)]
    assert not [e for e in expected["not_attributions"] if (e["line"], e["cue"]) in found]


@pytest.mark.parametrize("name", NAMES)
def test_articles_load_with_a_headline(name):
    art = load_article(ARTICLES / f"{name}.txt")
    assert art.title and art.title == load(name)[0].split("\n", 1)[0]
