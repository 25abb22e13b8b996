"""Regression tests for the speaker and cue causes of issue 10, on text written for these tests."""

from medialit import find_attributions, find_quotes


def quotes(text):
    return [(q.text, q.speaker) for q in find_quotes(text)]


# -- cause 5: doubled marks are double quotation marks -------------------------------------

def test_two_apostrophes_quote_and_the_inverted_speaker_is_found():
    text = "''We rebuilt the pier in a year,'' said Nora Quill, a harbour engineer. It's done."
    assert quotes(text) == [("We rebuilt the pier in a year,", "Nora Quill")]
    assert [(a.cue, a.source) for a in find_attributions(text)] == [("said", "Nora Quill")]


def test_ap_doubled_closing_mark_ends_the_quotation():
    text = "“The pier is safe,’’ Nora Quill said. The council then said repairs would start."
    assert quotes(text) == [("The pier is safe,", "Nora Quill")]
    assert [a.cue for a in find_attributions(text)] == ["said", "said"]


def test_single_apostrophes_are_still_not_quotations():
    assert quotes("Rock 'n' roll came back in the '90s, and it's loud.") == []
