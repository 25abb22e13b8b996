"""Session 6 cue causes (issue 10, helper cues6), each on sentences written for this test."""

import pytest

from medialit import find_attributions


def found(text):
    return [(a.source, a.source_kind, a.cue) for a in find_attributions(text)]


@pytest.mark.parametrize("text, expected", [
    # A joiner that opens the clause is not part of its subject.
    ("But the union said the pay offer was too low.", [("the union", "named group", "said")]),
    ("The vote was close, and residents say the count took all night.", [("residents", "unnamed", "say")]),
    # A possessive after the joiner: "claim" is a noun there, so no subject is read before it.
    ("Ann Roe lost her job in May. But Roe’s most serious claim is that the board lied.", []),
])
def test_leading_joiner(text, expected):
    assert found(text) == expected
