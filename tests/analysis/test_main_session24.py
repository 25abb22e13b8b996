"""Session 24, main engineer: regressions on invented text."""

import pytest

from medialit import find_attributions


@pytest.mark.parametrize("text, source", [
    ("Tom Vale of the FBI Security Branch said the case was closed.", "Tom Vale"),
    ("Jane Roe of the Justice Department and Tom Vale of the FBI Security Branch said the case was closed.",
     "Jane Roe and Tom Vale"),
    ("Ann Lee of the NHS Blood Service said stocks were low.", "Ann Lee"),
])
def test_an_initialism_before_the_body_leaves_the_person_the_source(text, source):
    # The initials name who owns the body ("the FBI Security Branch"); the person before "of" still speaks.
    found = find_attributions("Headline\n\n" + text)
    assert [a.source for a in found] == [source]


def test_a_body_with_no_person_before_it_stays_the_source():
    found = find_attributions("Headline\n\nThe FBI Security Branch said the case was closed.")
    assert len(found) == 1 and found[0].source.endswith("Security Branch")
