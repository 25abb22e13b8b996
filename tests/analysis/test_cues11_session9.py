"""Regression tests for the cue recall work of issue 10 (session 9, cues11), each on text written for it."""

import pytest

from medialit.analysis.attribution import find_attributions


def cues(text: str) -> list[tuple[str, str | None, str]]:
    return [(a.cue, a.source, a.source_kind) for a in find_attributions(text)]


# -- "my" and "your" open a possessed noun phrase, as "his" and "her" do --------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("My father said the mill would close by spring.", "My father"),
    ("“We rest on Sundays,” my grandmother often said.", "my grandmother"),
    ("Your doctor told the board the clinic was short of nurses.", "Your doctor"),
])
def test_my_and_your_open_the_source_phrase(text, source):
    got = cues(text)
    assert len(got) == 1
    assert got[0][1:] == (source, "unnamed")
