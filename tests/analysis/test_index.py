"""The shared per-text index, and the short cuts the finders take with it.

Speed must never change a result: each short cut is checked here against the
plain computation it replaces, on news-like and arbitrary text (property tests).
"""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit.analysis import hedges
from medialit.analysis.index import text_index
from medialit.analysis.readability import _joins, kit_word_spans, sentence_word_counts
from medialit.analysis.text import sentence_spans, word_spans

SETTINGS = settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

PIECES = [
    "U.S.", "U.S.A.", "A.B.", "Mr.", "Dr. Lee", "30-day", "1,000", "1,000,000", "3.5", "2022", "Lee\u2018s", "don't",
    "DON'T", "rock'n'roll", "'90s", "\u0130stanbul", "\u017fome", "in some cases", "in the", "is believed", "may",
    "May 15", "about 40", "a number of", "according to", "officials said", "It is understood", "must",
    "said", ".", ",", "-", "\u2010", "\u2014", "!", "?", "'", "\u2019", "\u201c", "\u201d", "(", ")", "\n", "\n\n",
    " ", "\u00a0", "The", "talks", "Jane Doe", "she",
    "Everyone \u212anows", "In \u017fome cases", "in\u00a0most cases",  # the Kelvin sign and the long s match k and s
]
news_like = st.lists(st.sampled_from(PIECES), max_size=80).map(" ".join)
glued = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)  # no spaces: joins, marks and words touch
texts = st.one_of(news_like, glued, st.text(max_size=300))


def test_the_index_holds_the_same_words_and_sentences_as_the_text_helpers():
    text = "Mr. Lee met U.S. officials. \u201cWe agree,\u201d he said.\nIt's 30 days."
    ix = text_index(text)
    assert list(ix.words) == word_spans(text)
    assert list(ix.sentences) == sentence_spans(text)
    assert ix.lower_words == tuple(text[s:e].lower() for s, e in word_spans(text))


def test_one_text_is_indexed_once_and_a_new_text_afresh():
    text = "Talks resumed on Monday. Officials said little."
    assert text_index(text) is text_index(text)
    changed = text + " "
    assert text_index(changed) is not text_index(text)
    assert text_index(changed).words == text_index(text).words


def test_a_letter_that_grows_in_lower_case_keeps_the_words_apart():
    # "\u0130".lower() is two characters: slicing the lower-cased text would shift every later word.
    text = "\u0130stanbul talks: Officials MAY agree."
    ix = text_index(text)
    assert ix.lower_words == ("i\u0307stanbul", "talks", "officials", "may", "agree")


def test_words_between_gives_a_sentences_words():
    text = "One two. Three four five."
    ix = text_index(text)
    (s1, e1), (s2, e2) = ix.sentences
    assert [text[s:e] for s, e in ix.words_between(s2, e2)] == ["Three", "four", "five"]
    assert len(ix.words_between(s1, e1)) == 2


def test_callers_cannot_change_the_shared_lists():
    text = "Prices rose. Wages did not."
    sentence_spans(text).clear()
    kit_word_spans(text).clear()
    assert len(sentence_spans(text)) == 2
    assert len(kit_word_spans(text)) == 5


def plain_kit_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """kit_word_spans the plain way: every pair of neighbouring words tested, every word checked for "U.S."."""
    spans: list[tuple[int, int]] = []
    for span in word_spans(text, start, end):
        if spans and _joins(text, spans[-1], span):
            spans[-1] = (spans[-1][0], span[1])
        else:
            spans.append(span)
    return [(s, e + 1) if e < end and text[e] == "." and re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", text[s:e]) else (s, e)
            for s, e in spans]


@SETTINGS
@given(texts)
def test_kit_words_and_sentence_counts_equal_the_plain_count(text):
    # readability tests only the gaps that can join, and counts the whole text's words once,
    # sharing them out by sentence: the same as counting each sentence alone.
    assert kit_word_spans(text) == plain_kit_words(text, 0, len(text))
    expected = [(s, e, len(plain_kit_words(text, s, e))) for s, e in sentence_spans(text)]
    assert sentence_word_counts(text) == [row for row in expected if row[2]]


@SETTINGS
@given(texts)
def test_the_next_word_test_never_skips_a_phrase_that_matches(text):
    assert_next_word_test_keeps_matches(text)


def assert_next_word_test_keeps_matches(text: str) -> None:
    """hedges._can_match rules a word out only when no phrase pattern could match there."""
    words = word_spans(text)
    lower = [text[s:e].lower() for s, e in words]
    lexicon, second = hedges._lexicon(), hedges._second_words()
    for i, word in enumerate(lower):
        if word in lexicon and any(entry.pattern.match(text, words[i][0]) for entry in lexicon[word]):
            assert hedges._can_match(text, i, words, lower, second), (text, word)
