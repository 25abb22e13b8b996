"""Session 36 (real75): causes from the blind batch bench/real-news-41 that recur in other sets
(bench/ERRORS-news41.md). Every sentence here is invented for the test."""

import pytest
from support import cues_and_sources


# "states that" after a body named by its kind, a news agency or a dash that closes an aside: the verb, as after
# "The report" (the noun "states" stays for plural kinds of place: "member states that", "Gulf states that").
@pytest.mark.parametrize("text, source", [
    ("The charity states that it feeds two hundred families a week.", "The charity"),
    ("The ministry states that the new road will open in June.", "The ministry"),
    ("The Northern Press states that the strike may last a month.", "Northern Press"),
    ("Ann Dale — who ran the ferry office for twenty years — states that the timetable was never kept.", "Ann Dale"),
])
def test_states_that_after_a_body_or_a_closing_dash_is_a_cue(text, source):
    assert ("states", source) in cues_and_sources(text)


@pytest.mark.parametrize("text", [
    "Fuel prices rose in the member states that share the canal.",
    "Police states that silence their critics rarely last.",
    "The Gulf states that export oil met in May.",
    "Trade fell in the four states that border the lake.",
])
def test_states_as_a_plural_noun_is_no_cue(text):
    assert all(cue != "states" for cue, _ in cues_and_sources(text))


# "is projected to" / "is projected for": a forecast or a date with no one named, as "is forecast".
@pytest.mark.parametrize("text, cue, source", [
    ("Work on the new pier is projected for March next year.", "is projected for", None),
    ("Visitor numbers are projected to double by 2030.", "are projected to", None),
    ("The town's deficit was projected to reach four million pounds.", "was projected to", None),
])
def test_projected_forecasts_are_cues(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


@pytest.mark.parametrize("text", [
    "The film was projected onto the side of the mill.",  # a picture shown, no forecast
    "Two road projects that ran late will be reviewed.",  # the noun "projects" before a relative clause
    "The captain projected calm as the storm came in.",  # an air given off, no clause
])
def test_projected_without_a_forecast_is_no_cue(text):
    assert all("project" not in cue for cue, _ in cues_and_sources(text))
