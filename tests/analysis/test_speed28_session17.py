"""Session 17, speed28: short cuts that must give exactly what the plain computations gave.

Each test checks a cheaper way of working something out against the plain way it replaced, on
news-like pieces and arbitrary text (property tests), or on sentences written for the test.
"""

import re
from itertools import accumulate

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit.analysis import name_words as nw

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

PIECES = [
    "U.S.", "U.S.A", "A.B.", "5a.", "x_y", "_a", "30-day", "well-to-do", "1,000", "don't", "O'Neill", "O\u2019Neill",
    "Lee\u2019s", "leaders\u2019", "\u2018", "'", "-", ".", ",", "\u0130stanbul", "\u00c9mile", "stra\u00dfe", "\u212a",
    "\u023a", "\u1e9e", "\u0178es", "Dr.", "GEN.", "NATO", "I", "The", "talks", "Jane Doe", "said", "  ", "\n",
    "\u00a0", "\0", "(", ")", ";", ":", "al-Assad", "\u4e2dNATO", "\u00aa",
]
news_like = st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join)
glued = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
texts = st.one_of(news_like, glued, st.text(max_size=200))

# TOKEN_RE as it was before speed28 (the letters and digits after the first read by one Unicode class).
_OLD_TOKEN_RE = re.compile(r"[^\W\d_](?:\.(?<=[A-Z]\.)(?:[A-Z]\.)+|[^\W_]*+(?:[_’'‘-]+[^\W_]+)*+)")
_OLD_WORD_SPLIT_RE = re.compile(f"({_OLD_TOKEN_RE.pattern})")


def _old_words_and_bounds(text):
    """The words of the plain split and where each of its pieces ends (what ``name_words._words_and_bounds`` gives
    since session 29, where it gave the pieces themselves)."""
    pieces = _OLD_WORD_SPLIT_RE.split(text)
    return pieces[1::2], list(accumulate(map(len, pieces)))


@SETTINGS
@given(texts)
def test_token_pattern_reads_the_words_it_read_before(text):
    assert [m.span() for m in nw.TOKEN_RE.finditer(text)] == [m.span() for m in _OLD_TOKEN_RE.finditer(text)]


@SETTINGS
@given(texts)
def test_words_read_a_run_at_a_time_are_the_split_words(text):
    # token_table's pieces, read a run of words one space apart at a time, against the plain split
    assert nw._words_and_bounds(text) == _old_words_and_bounds(text)


def test_words_read_in_runs_on_sentences():
    for text in ["Mayor Jane O\u2019Neill met U.S. officials on Monday.", "The U.S.A and U.K. agreed; Dr. Doe\u2019s plan",
                 "a  b   c", " lead and trail ", "Nul\0 inside the text", "", "  ", "5a. b_c d-e f\u2019s"]:
        assert nw._words_and_bounds(text) == _old_words_and_bounds(text)
    assert nw.token_table("Dr. Doe\u2019s U.S. plan").words == ["Dr", "Doe", "U.S.", "plan"]
