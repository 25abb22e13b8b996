"""Session 15 (main engineer): rules added while merging the session's branches.

Every sentence here is invented for these tests."""

from medialit import find_attributions


def _cues(text: str) -> list[tuple[str, str | None]]:
    return [(a.cue, a.source) for a in find_attributions(text)]


def test_a_span_of_time_opening_the_sentence_is_not_what_they_stands_for():
    assert _cues("The council met on Monday. Two weeks later they said the plan was dead.") == [("said", "they")]
    assert _cues("The council met on Monday. Months later they said the plan was dead.") == [("said", "they")]


def test_a_plural_group_opening_the_sentence_still_is():
    assert _cues("Bus drivers walked out on Monday because they said the pay was too low.") == \
        [("said", "Bus drivers")]
