"""Session 22 (speed39e): byte-identical short cuts in the hedge finder.

Each test checks a short cut against what it replaced (a phrase pattern, a full scan), on sentences
written for it and on arbitrary text, so speed never changes a result.
"""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit.analysis import hedges
from medialit.analysis.text import word_spans

SETTINGS = settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

# Phrases' words and the words that may run on from them: an apostrophe ("to's"), a longer word ("because"
# after "is": a phrase's second word is a whole word, so "be" no longer stands for every word it begins).
PHRASE_PIECES = ["it", "is", "has", "will", "been", "being", "be", "be's", "because", "widely", "believed",
                 "believed's", "according", "to", "to's", "in", "some", "cases", "cases'", "may", "there", "are",
                 "fears", "said", "said've", "U.S.", "\u2019s", "-", "\u2010", "\n", "\u00a0", ",", "\u00e9t\u00e9"]
phrase_texts = st.one_of(st.lists(st.sampled_from(PHRASE_PIECES), max_size=40).map(" ".join),
                         st.lists(st.sampled_from(PHRASE_PIECES + [" "]), max_size=40).map("".join))


def _starts_that_match(text: str) -> list[int]:
    """The words at which some lexicon phrase's pattern matches: what ``_phrase_starts`` must keep."""
    words = word_spans(text)
    lexicon = hedges._lexicon()
    return [i for i, (s, e) in enumerate(words) if text[s:e].lower() in lexicon
            and any(entry.pattern.match(text, s) for entry in lexicon[text[s:e].lower()])]


def _phrase_starts(text: str) -> list[int]:
    words = word_spans(text)
    return hedges._phrase_starts(text, words, [text[s:e].lower() for s, e in words])


@SETTINGS
@given(phrase_texts)
def test_the_exact_next_word_test_keeps_every_word_a_phrase_starts_at(text):
    assert set(_starts_that_match(text)) <= set(_phrase_starts(text))


def test_a_phrase_that_ends_at_an_apostrophe_is_still_tried():
    # "according to" matches in "according to's" (its end test forbids a letter, digit or hyphen, not "'")
    assert _starts_that_match("It was according to's rule.") == [2]
    assert 2 in _phrase_starts("It was according to's rule.")
    assert [h.phrase for h in hedges._scan("It was according to's rule.")] == ["according to"]


def test_be_forms_are_written_out_as_whole_words():
    second = hedges._second_words()
    assert {"be", "been", "being", "widely", "believed"} <= second["is"]
    assert "because" not in second["is"]
    # "is because" starts no phrase, "is being" may ("is being seen as")
    assert _phrase_starts("The mill is because of rain.") == []
    assert _phrase_starts("The hall is being seen as new.")[:1] == [2]
