"""Session 34, sp70: a speed change that must leave every reading as it was. The full stops that keep a title's
or an initial's ending ("Dr.", "J.") are found by one regex scan, not by a Python step at every full stop. All text
here is invented for these tests."""
import pytest
from hypothesis import given, settings, strategies as st

from medialit.analysis.name_words import tokens
from medialit.analysis.wordlists import TITLE_ABBREVIATIONS


def _keeps_full_stop(word: str) -> bool:
    """The reference: a one-letter capital or a title's abbreviation, in any case, keeps the full stop after it."""
    return len(word) == 1 and word.isupper() or word.lower() in TITLE_ABBREVIATIONS


def _check_full_stops(text: str) -> None:
    for t in tokens(text):
        if t.possessive:
            continue  # (a possessive's mark comes first: not what this change touched)
        kept = text[t.end:t.end + 1] == "." and _keeps_full_stop(t.word)
        assert t.full_end == t.end + kept, (text, t)


@pytest.mark.parametrize("text", [
    "Dr. Jane Roe and Sgt. Kim Lee met J. Doe.",
    "DR. ROE, sgt. Lee, Insp. Moss and Brig. Hale said.",
    "The plan was said. It was.",  # short words before a full stop, none a title
    "x3Dr. Roe, eDr. Lee, 3Dr. Moss",  # a title's letters inside a longer word, or after a digit
    "Émile É. Roe and Zoë Ü. Lee",  # initials that are not ASCII letters
    "U.S. Sen. Roe and Gov. Lee",
])
def test_title_and_initial_full_stops(text):
    _check_full_stops(text)


def test_title_keeps_full_stop_example():
    ts = tokens("Asked, Capt. Jo Rand said no.")
    capt = next(t for t in ts if t.word == "Capt")
    assert "Asked, Capt. Jo Rand said no."[capt.start:capt.full_end] == "Capt."
    said = next(t for t in ts if t.word == "no")
    assert said.full_end == said.end  # "no." ends a sentence: the full stop is no part of the word


_PIECES = st.sampled_from(["Dr", "dR", "MRS", "Sgt", "insp", "Brig", "Prof", "x", "J", "É", "é", "½", "ſt", "3", "_",
                           "-", "’", "'", "s", ".", ". ", " ", "said", "Abcde", "U.S.", "A.", "al-", "(", ",", "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=14).map("".join))
def test_full_stops_as_the_reference(text):
    _check_full_stops(text)
