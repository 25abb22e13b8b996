"""Speed short cuts of session 9 (speed11), each checked against the plain computation it replaces.

The plain versions are written out here as they were before the short cut, so a later
change that makes the two disagree fails at once, on news-like and arbitrary text.
"""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit.analysis import cues, name_words, names, quote_marks, readability, sources, subjects
from medialit.analysis.text import may_hold_any

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

PIECES = [
    "Jim Doe", " (R-Ohio)", "(EPA)", " (who chairs it)", "Jean-Pierre", "said", " that", "  that", "that", "thats",
    "the", "The", "a", "an", "PM", "the PM", "teenager", "the 19-year-old", "a 34-year-old man", "forward",
    "47 percent", "26%", "four in 10", "ten", "TEN", "those surveyed", "thoſe", "1,000", "and", ",", ";", " ",
    "\n", "\t", "\u00a0", "''", "‘‘", "’’", "“", "”", "„", "«", "»", '"', "'", "‘", "’", "\ue000", "_", "٣", "²",
    "O’Neill", "Doe’s", "leaders’", "U.S.", "x_y", "É",
]
news_like = st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join)
glued = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
texts = st.one_of(news_like, glued, st.text(max_size=200))

# (the pattern as it was, the pattern now) for each pattern rewritten to start with one character class
# or to read without stepping back
REWRITTEN = [
    (r"(\b[A-Z][\w.’'-]*)( ?\([A-Z][^()\n\ue000]{0,20}\))", cues._LABEL_BRACKET_RE),
    (r"[^\W\d_](?:(?<=[A-Z])\.(?:[A-Z]\.)+|(?:[\w’'‘-]*[^\W_])?)", name_words.TOKEN_RE),
]


@SETTINGS
@given(texts)
def test_rewritten_patterns_find_the_same_matches(txt):
    for old, new in REWRITTEN:
        assert [(m.span(), m.groups()) for m in re.finditer(old, txt)] == \
            [(m.span(), m.groups()) for m in new.finditer(txt)], old


@SETTINGS
@given(texts)
def test_double_marks_are_what_the_pattern_found(txt):
    doubled = {"''": '"', "‘‘": "“", "’’": "”"}
    assert quote_marks._double_marks(txt) == [(m.start(), m.end() - m.start(), doubled.get(m.group(), m.group()))
                                              for m in re.finditer(r"''|‘‘|’’|[“”„\"«»]", txt)]


@SETTINGS
@given(texts)
def test_that_starts_are_what_the_look_behind_pattern_found(txt):
    assert list(sources._that_starts(txt)) == [m.start() for m in re.finditer(r"(?<=[a-z])\s+that\b", txt)]


@SETTINGS
@given(texts)
def test_quick_tests_never_skip_a_match(txt):
    # A share of people asked needs a figure, "ten" or "those"; an epithet one of its hint words; "the PM" its capitals.
    if subjects._SHARE_BEFORE_RE.search(txt):
        assert subjects._DIGIT_RE.search(txt) or may_hold_any(txt, ("ten", "those"))
    if any(p.search(txt) for p in name_words.epithet_patterns()):
        assert any(hint in txt for hint in name_words.epithet_hints())
    if names._OFFICE_ABBREVIATION_RE.search(txt):
        assert any(capitals in txt for capitals in names._OFFICE_CAPITALS)


def test_quick_tests_let_real_matches_through():
    assert subjects._SHARE_BEFORE_RE.search("Around then, 47 percent ")
    assert subjects._DIGIT_RE.search("Around then, 47 percent ")
    assert may_hold_any("Of the group, those surveyed ", ("ten", "those"))
    assert not subjects._DIGIT_RE.search("The minister ") and not may_hold_any("The minister ", ("ten", "those"))
    the, a = name_words.epithet_patterns()
    assert the.search("Doe scored. The 19-year-old said") and "-year-old" in name_words.epithet_hints()


@SETTINGS
@given(texts)
def test_three_word_test_is_the_split_and_search_test(txt):
    head = txt.split(None, 3)
    plain = len(head) >= 3 and all(re.search(r"\w", w) for w in head[:3])
    assert bool(readability._THREE_WORDS(txt)) == plain


@SETTINGS
@given(st.lists(st.sampled_from(["talks", "unbelievable", "the", "extraordinarily", "U.S.", "it's", "a"]), max_size=40))
def test_difficult_words_counted_once_each_from_the_packed_weights(tokens):
    plain_difficult = sum(readability._token_facts(t)[4] for t in set(tokens))
    assert readability._token_counts(tokens)[4] == plain_difficult


@SETTINGS
@given(texts, st.integers(0, 200), st.integers(0, 200))
def test_join_gaps_are_what_the_pattern_found(txt, a, b):
    start, end = min(a, b, len(txt)), min(max(a, b), len(txt))
    assert readability._join_gaps(txt, start, end) == [m.start() for m in readability._JOIN_GAP.finditer(txt, start, end)]
