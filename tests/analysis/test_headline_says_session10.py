"""A headline in sentence case that ends "... says Name" with no comma (session 10, issue 10).

BBC- and Number 10-style headlines are in sentence case, so they are not read as headlines; the name after
"says" at the end of the line is still the source. Every line here was written for this test.
"""

from support import cues_and_sources as _cues


def test_says_and_a_name_that_ends_the_line():
    text = "New bridge will cut journeys by half says Mara Quill\n\nThe bridge opens in June."
    assert _cues(text) == [("says", "Mara Quill")]


def test_a_name_followed_by_more_words_is_what_was_said():
    text = "Council says Mara Quill will chair the panel\n\nThe panel meets in June."
    assert ("says", "Mara Quill") not in _cues(text)


def test_told_and_a_name_is_whom_it_was_told():
    text = "“We are ready,” the coach told Mara Quill\n\nThe match is on Sunday."
    assert ("told", "Mara Quill") not in _cues(text)
