"""An abbreviation given after "or" stands for the name before it (session 10, issue 10).

"The National Ferry Board or NFB said ..., NFB added": the later "NFB" is the same source. Every sentence
here was written for this test.
"""
from medialit import find_attributions
from medialit.analysis.name_words import spelled_out_names


def test_or_introduces_an_abbreviation_whose_letters_are_the_initials():
    text = "The National Ferry Board or NFB met on Monday. NFB said fares would rise."
    assert spelled_out_names(text) == {"NFB": "National Ferry Board"}
    assert [(a.cue, a.source) for a in find_attributions(text)] == [("said", "National Ferry Board")]


def test_small_joining_words_may_be_skipped_by_the_letters():
    text = "The Council for Rivers and Lakes or CRL warned of floods."
    assert spelled_out_names(text) == {"CRL": "Council for Rivers and Lakes"}


def test_two_names_joined_by_or_stay_two_names():
    assert spelled_out_names("Either Maria Lind or UNICEF will speak first.") == {}
