"""Session 27, real53: causes of errors on the first (unseen) score of bench/real-news-21, each held as a family of
shapes with the shapes the fix must leave alone. All text here is invented for these tests."""
import pytest

from medialit.analysis.quotes import find_quotes
from support import cues_and_sources


# --- "NAME, a/the ASIDE, who said": "who" stands for the name, not the aside's last noun ----------------------------

@pytest.mark.parametrize("aside", [
    "a teacher at the village school",
    "a spokeswoman for the Harbour Trust in Leeds",
    "the head of the rowing club",
    "an engineer with the water board",
])
def test_who_after_an_aside_is_the_named_person(aside):
    text = f'The mayor answered questions from Nora Quill, {aside}, who told the meeting, "We need a second bridge."'
    assert ("told", "Nora Quill") in cues_and_sources(text)
    assert [q.speaker for q in find_quotes(text)] == ["Nora Quill"]


def test_who_after_an_aside_with_a_that_clause():
    text = "The council heard from Nora Quill, a teacher at the village school, who said that the roof leaked."
    assert ("said", "Nora Quill") in cues_and_sources(text)


@pytest.mark.parametrize("text, source", [
    # the aside names a person of its own: left to the reading before (either may be meant)
    ("The mayor met Nora Quill, the sister of Tom Abbot, who said the roof leaked.", "Tom Abbot"),
    # no aside: the plain relative clause
    ("The mayor met Nora Quill, who said the roof leaked.", "Nora Quill"),
])
def test_who_without_a_plain_aside_keeps_its_reading(text, source):
    assert ("said", source) in cues_and_sources(text)


# --- "ruled that": a judgement given in words is a cue (with its that-clause only) -----------------------------------

@pytest.mark.parametrize("text, source", [
    ("The appeals court ruled that the new map was unlawful.", "The appeals court"),
    ("A county judge ruled on Friday that the count could go on.", "A county judge"),
])
def test_ruled_with_a_that_clause_is_a_cue(text, source):
    assert ("ruled", source) in cues_and_sources(text)


@pytest.mark.parametrize("text", [
    "The old duke ruled the valley for forty years.",
    "The committee rules that govern the count were changed.",  # the noun "rules": no row
    "The board is ruling on the appeal this week.",
])
def test_ruled_without_a_clause_is_no_cue(text):
    assert not any(cue == "ruled" for cue, _ in cues_and_sources(text))

