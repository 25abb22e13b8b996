"""Session 30, conv60: round amounts ("hundreds of", "thousands of", "millions of") are hedges (approximators), as
"dozens of" was (GUIDELINES.md, session 30). All text here is invented for these tests."""
import pytest

import medialit


def hedges(text: str) -> list[str]:
    return [text[h.start:h.end] for h in medialit.find_hedges(text) if h.kind == "hedge"]


@pytest.mark.parametrize("text, flagged", [
    ("The new depot will create thousands of jobs in the valley.", "thousands of"),
    ("Hundreds of volunteers cleared the beach on Sunday.", "Hundreds of"),
    ("The scheme cost millions of pounds over ten years.", "millions of"),
    ("Tens of thousands of fans filled the square.", "Tens of thousands of"),
    ("Hundreds of thousands of pupils sat the test.", "Hundreds of thousands of"),
])
def test_a_round_amount_is_one_hedge(text, flagged):
    assert hedges(text) == [flagged]


@pytest.mark.parametrize("text", [
    "The mill employs 1,400 people and ships 30 tonnes a day.",  # figures given: nothing withheld
    "Two hundred pupils sat the test.",  # a number word, no "of": a count
    "Sales reached millions, the firm said.",  # a bare "millions" with no "of"
])
def test_a_figure_or_a_bare_amount_is_no_round_amount_hedge(text):
    assert not [h for h in hedges(text) if " of" in h]
