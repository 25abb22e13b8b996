"""Session 20 (speed35): quick literal tests before the label and charge searches in ``quote_marks``.

Each quick test may only say "no" where its search could not match: a quotation the search would call a
label or a charge's name must still be one. Sentences written for these tests.
"""

import pytest

from medialit import find_quotes
from medialit.analysis import quote_marks

# (text before the quotation, is it a label or a charge's name)
BEFORE_A_QUOTATION = [
    ("The old mill, nicknamed", True),
    ("A ship renamed the", True),
    ("a dog named after the", True),
    ("The bridge is known locally as", True),
    ("what is known as", True),
    ("The plan, widely called", False),  # active or no be-form: a speaker's word
    ("The plan was called", True),
    ("The mural is entitled", True),
    ("The deal has been DUBBED", True),
    ("the so-called", True),
    ("The motto is Latin for", True),
    ("She was charged with", True),
    ("He faces two counts of", True),
    ("convicted of “theft” and", True),
    ("on a charge of", True),
    ("The country's count", False),
    ("He called the mayor's plan", False),
    ("The council named a new chief and said", False),
    ("Known for her candour, the judge said", False),
    ("She called for calm and said", False),
    ("the film", True),
]


@pytest.mark.parametrize("before, label", BEFORE_A_QUOTATION)
def test_a_quotation_after_a_label_or_charge_phrase_is_a_label(before, label):
    text = f"Some words first. {before} “Blue Harbour” opened on Monday, she said."
    q = next(q for q in quote_marks.quote_spans(text) if text[q.inner_start:q.inner_end] == "Blue Harbour")
    assert quote_marks.is_label(text, q) is label


@pytest.mark.parametrize("before, _label", BEFORE_A_QUOTATION)
def test_the_quick_tests_say_no_only_where_the_searches_find_nothing(before, _label):
    for text in (f"{before} ", f"{before}\n", f"Intro.  {before}  ", before.upper() + " "):
        end = len(text)
        if quote_marks._LABEL_BEFORE.search(text, max(0, end - 60), end):
            assert quote_marks._may_be_label(text, end)
        if quote_marks._CHARGE_BEFORE.search(text, max(0, end - 300), end):
            assert quote_marks.may_hold_any_in(text, max(0, end - 300), end, quote_marks._CHARGE_WORDS)


def test_a_letter_that_re_reads_as_ascii_still_reaches_the_search():
    text = "The raft, ſo-called "  # a long s: re.I reads it as "s", str.lower does not
    assert quote_marks._LABEL_BEFORE.search(text, 0, len(text))
    assert quote_marks._may_be_label(text, len(text))


def test_a_spoken_quotation_after_a_label_word_in_passing_stays_speech():
    text = "The mayor called the report unfair. “We will appeal,” she said on Monday."
    assert [q.text for q in find_quotes(text)] == ["We will appeal,"]
