"""Session 18 (names18): names, titles and sources as general news writes them (British police and civil titles,
US political and military ranks, a body's initials before a group, two bodies as one speaker, a body that wants or
plans, countries).

Every sentence here is invented for the test.
"""

import pytest

from medialit import find_attributions


def cues(text: str) -> list[tuple[str, str | None]]:
    return [(a.cue, a.source) for a in find_attributions(text)]


# --- a body's initials before a group noun belong to the source ------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("NATO officials said the talks had stalled.", "NATO officials"),
    ("UN diplomats said the vote would be delayed.", "UN diplomats"),
    ("EU officials said the deal was close.", "EU officials"),
    ("NHS managers said waiting lists were falling.", "NHS managers"),
    ("Senior WHO officials said the risk was low.", "Senior WHO officials"),
])
def test_initials_before_a_group_noun_stay_in_the_source(text, source):
    assert cues(text) == [("said", source)]

