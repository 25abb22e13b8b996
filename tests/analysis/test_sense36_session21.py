"""Session 21, sense36: hedge and booster senses on general news, and two tidy-ups in hedges.py.
All text here is invented for these tests."""
import pytest

from support import lowered_phrases_of_kind as _flags


# --- "indicated" after a person or a body: a signal reported, whatever the negation's apostrophe --------------------

@pytest.mark.parametrize("text", [
    "The minister hadn\u2019t indicated any change to the plan before the vote.",
    "The minister hadn't indicated any change to the plan before the vote.",
    "The spokesmen have indicated that the talks will go on.",
    "A spokeswoman indicated that the shop would reopen.",
])
def test_indicate_of_a_person_or_body_is_no_hedge(text):
    assert "indicated" not in _flags(text, "hedge")


def test_indicate_of_evidence_stays_a_hedge():
    assert "indicated" in _flags("The test results indicated a leak in the main pipe.", "hedge")
