"""Session 26, real50: three causes of errors on the first (unseen) score of bench/real-news-18, each held as a family
of shapes with the shapes the fix must leave alone. All text here is invented for these tests."""
import pytest

from medialit.analysis.attribution import find_attributions
from medialit.analysis.hedges import find_hedges


def _cues(text: str) -> list[tuple[str, str | None]]:
    return [(a.cue, a.source) for a in find_attributions(text)]


def _hedge_words(text: str) -> list[str]:
    return [text[h.start:h.end] for h in find_hedges(text) if h.kind == "hedge"]


# --- criticism drawn "from" a plain plural noun: its source ------------------------------------------------------

@pytest.mark.parametrize("tail, source", [
    ("drew criticism from bloggers.", "bloggers"),
    ("has faced criticism from rivals that the plan was rushed.", "rivals"),
    ("drew sharp criticism from residents of the valley.", "residents of the valley"),
    ("drew criticism from more cautious economists.", "more cautious economists"),
    ("drew criticism from Green councillors.", "Green councillors"),  # a capital: read so before
])
def test_criticism_from_a_plural_noun_has_that_source(tail, source):
    text = "The new bridge toll " + tail
    assert ("criticism from", source) in _cues(text)


@pytest.mark.parametrize("tail", [
    "drew criticism from across the aisle.",  # a word that only ends in "s"
    "drew criticism from overseas.",
    "drew criticism from this quarter.",
    "drew criticism from within.",  # no plural noun
])
def test_criticism_from_no_group_stays_agentless(tail):
    text = "The new bridge toll " + tail
    assert ("criticism", None) in _cues(text)
