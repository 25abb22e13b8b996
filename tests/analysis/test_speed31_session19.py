"""Session 19 (speed31): short cuts that must give what the plain computation gives.

Each test checks a short cut against the code or the search it replaced, on sentences written
for it and on arbitrary text (property tests), so speed never changes a result.
"""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit.analysis import hedges, quote_marks, subjects
from medialit.analysis.text import word_spans

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

HEDGE_PIECES = ["it is believed", "is widely seen as", "has been said to", "in some cases", "in the", "is", "the",
                "may", "about 40", "according to", "It", "was", "\u2019", "-", "\u2010", "\n", ",", ".", "\u00e9t\u00e9",
                "\u212a", "\u0130s", "would", "as", "Doe", "said"]
hedge_texts = st.one_of(st.lists(st.sampled_from(HEDGE_PIECES), max_size=60).map(" ".join),
                        st.lists(st.sampled_from(HEDGE_PIECES), max_size=60).map("".join), st.text(max_size=200))


def _starts_by_calls(text):
    """The words ``hedges._scan`` tried before: every phrase's first word that ``_can_match`` lets through."""
    words = word_spans(text)
    lower = [text[s:e].lower() for s, e in words]
    lexicon, second = hedges._lexicon(), hedges._second_words()
    return [i for i, w in enumerate(lower) if w in lexicon and hedges._can_match(text, i, words, lower, second)]


@SETTINGS
@given(hedge_texts)
def test_phrase_starts_are_the_words_the_next_word_test_lets_through(text):
    words = word_spans(text)
    lower = [text[s:e].lower() for s, e in words]
    assert hedges._phrase_starts(text, [s for s, _ in words], [e for _, e in words], lower) == _starts_by_calls(text)


def test_phrase_starts_keep_a_last_word_only_for_a_one_word_phrase():
    assert hedges._phrase_starts("It may", [0, 3], [2, 6], ["it", "may"]) == [1]  # "may": a one-word hedge
    assert hedges._phrase_starts("said it", [0, 5], [4, 7], ["said", "it"]) == []  # "it {be} said" needs more


LABEL_SENTENCES = [
    "The painting, Latin for \u201cSavior of the World\u201d, sold.",
    "She spoke for \u201cthe silent majority,\u201d she said.",
    "A fund for the poor was called \u201ca lifeline\u201d by aid groups.",
    "The so-called \u201creform\u201d failed.",
    "It was known to fans as \u201cthe Wall\u201d for years.",
    "He asked FOR \u201chelp\u201d.",
    "Greek  for\n \u201cwisdom\u201d",
]


def test_the_label_pretest_lets_every_label_search_that_matches_through():
    for text in LABEL_SENTENCES:
        for start in range(len(text) + 1):
            window = (text, max(0, start - 60), start)
            if quote_marks._LABEL_BEFORE.search(*window):
                assert quote_marks._may_be_label(text, start), (text, start)


@SETTINGS
@given(st.text(alphabet="forFOR LatinGreksm-ald,\u201c\n\u212a", max_size=90))
def test_the_label_pretest_never_skips_a_match_on_arbitrary_text(text):
    for start in range(len(text) + 1):
        if quote_marks._LABEL_BEFORE.search(text, max(0, start - 60), start):
            assert quote_marks._may_be_label(text, start)


_DATELINE_AS_WRITTEN = re.compile(r"[A-Z][\w.'\u2019]*(?:[ ,]+[\w.'\u2019]+){0,6}? \([A-Z][A-Za-z]{1,12}\) ?(?:--|[\u2014\u2013-]) ?")


@SETTINGS
@given(st.lists(st.sampled_from(["KENTVILLE", "Ohio", ",", " ", "  ", "(AP)", "(Reuters)", "(", ")", "May", "3",
                                 "--", "\u2014", "-", "Jo's", "St.", "x"]), max_size=20).map("".join))
def test_the_possessive_dateline_matches_what_the_plain_one_matched(text):
    for start in range(len(text)):
        old, new = _DATELINE_AS_WRITTEN.match(text, start), subjects._DATELINE_RE.match(text, start)
        assert (old and old.span()) == (new and new.span())


KIN_PIECES = ["his", "Her", "their", "Doe's", "Doe\u2019s", "late", "son", "wife", "widower", "son-in-law", "-in-law",
              ",", " ", "  ", "\n", "\u00a0", "Jo", "a", "uncle", "aunt", "the"]


@SETTINGS
@given(st.lists(st.sampled_from(KIN_PIECES), max_size=16).map("".join))
def test_the_kin_pretest_lets_every_kin_search_that_matches_through(text):
    from medialit.analysis import names

    for end in range(len(text) + 1):
        start = max(0, end - 40)
        if names._KIN_BEFORE_RE.search(text, start, end):
            assert names._kin_may_end(text, start, end), (text, end)


def test_the_kin_pretest_on_sentences():
    from medialit.analysis import names

    for text in ("Her husband, Tom Doe", "his son Ed Doe", "Doe's daughter-in-law, Jo Doe", "their late father Al Roe"):
        name_at = text.index(next(w for w in text.split()[2:] if w[0].isupper()))
        assert names._KIN_BEFORE_RE.search(text, max(0, name_at - 40), name_at)
        assert names._kin_may_end(text, max(0, name_at - 40), name_at)
    assert not names._kin_may_end("The mayor, Jo Doe", 0, len("The mayor, "))


@SETTINGS
@given(st.lists(st.sampled_from(["whether", "Whether", "WHETHER", "it", "will", "work", ",", " ", "certainly",
                                 "\u0130", "\u212a", "\u017f", "-"]), max_size=30).map(" ".join))
def test_the_open_question_pretest_keeps_every_question(text):
    for start in range(len(text) + 1):
        if hedges._OPEN_QUESTION.search(text, max(0, start - 80), start):
            assert hedges._in_open_question(text, start)
