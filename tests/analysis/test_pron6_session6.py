"""Regression tests for pronoun speakers (issue 10, session 6): who "he"/"she" is, on text written for them."""

import pytest

from support import speakers


# -- an unnamed source that "she"/"he" may stand for must be one person ----------------------------

@pytest.mark.parametrize("middle", [
    "Advocates in the arts community called for more funding.",
    "Local residents said the car park was too small.",
    "Museum staff members said the queue had been long.",
])
def test_plural_unnamed_source_is_not_a_later_she(middle):
    text = f"Jane Doe, the museum director, opened the new wing on Monday. {middle} “We will keep the doors open,” she said."
    assert speakers(text) == ["Jane Doe"]


def test_one_unnamed_person_still_takes_the_later_she():
    text = ("Jane Doe, the museum director, opened the new wing on Monday. A neighbour said the street was busy. "
            "“It is a fine building,” she said.")
    assert speakers(text) == ["A neighbour"]


@pytest.mark.parametrize("source, speaker", [
    ("An officer in charge of the station", "An officer in charge of the station"),  # head "officer": one person
    ("Officers in charge of the station", "Jane Doe"),  # head "Officers": many, so not "she"
])
def test_the_head_before_of_or_in_decides_one_person(source, speaker):
    text = (f"Jane Doe, the museum director, opened the new wing on Monday. {source} said the road was closed. "
            "“Stay at home,” she said.")
    assert speakers(text) == [speaker]
