"""Session 24 (real47): "feel" that a stop or comma closes reports no content, so it is no cue.
Every sentence here is invented for the test."""

import pytest
from support import cues_and_sources


@pytest.mark.parametrize("text", [
    "I keep asking how the harbour master feels. Does he care at all?",
    "Nobody asked how the growers feel, and nobody came to the market.",
    "The longer the season runs, the better the coach feels!",
    "The new square has a friendly village feel, with stalls and benches.",
])
def test_feel_with_nothing_after_it_is_no_cue(text):
    assert not [c for c, _ in cues_and_sources(text) if c.lower().startswith(("feel", "felt"))]


@pytest.mark.parametrize("text, cue, source", [
    ("Mara Quill feels the pier should stay open.", "feels", "Mara Quill"),
    ("Tomas Reyes felt that the vote had come too early.", "felt", "Tomas Reyes"),
    ("Ines Ward feels strongly that the dam is weak.", "feels", "Ines Ward"),
])
def test_feel_with_a_view_after_it_stays_a_cue(text, cue, source):
    assert (cue, source) in cues_and_sources(text)
