"""Session 32, sp65: speed, output unchanged. Two whole-text (or whole-stretch) regex scans whose patterns open with a
word boundary and a few words (the poll-verb cue reader's "poll"/"survey", the hypothetical-quotation test's "if"/
"unless") now find those words with str.find and try the pattern only there (``text.anchored_finditer``,
``text.anchored_search``). These tests hold the helpers to what the full scans give, on invented text, and the
readers to their behaviour. All text here is invented for these tests."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medialit.analysis.text import anchored_finditer, anchored_search
from support import cue_texts_and_sources, quotes_and_speakers

# Patterns of the shapes the helpers serve: a word boundary or look-behinds, one of the anchors, then more words.
_POLL_LIKE = re.compile(r"\b([Pp]olls?|[Ss]urveys?)(?:[ \t]+(?!that\b)[\w'-]+){0,4}?[ \t]+(puts|gave)[ \t]+(?=[^.\n]{0,40}?\blead\b)")
_POLL_ANCHORS = ("poll", "Poll", "survey", "Survey")
_IF_LIKE = re.compile(r"(?<!\bas )(?<!\basked )\b(?:[Ii]f|[Uu]nless)\s+\w+(?:\s+\w+){0,2}?\s+(?:says?|said)\s*,?\s*$")
_IF_ANCHORS = ("if", "If", "unless", "Unless")
_WORDS = ["poll", "Poll", "polls", "survey", "Surveys", "apoll", "pollster", "puts", "gave", "that", "a", "lead", "the",
          "if", "If", "unless", "Unless", "as", "asked", "life", "said", "says", "you", "Ann", ",", ".", "\n", "-", "'"]
_TEXTS = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from([" ", " ", "", "\t", "  ", "\n"])), max_size=40) \
    .map(lambda parts: "".join(w + gap for w, gap in parts))


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_anchored_finditer_gives_the_matches_of_a_full_scan(text):
    expected = [(m.span(), m.groups()) for m in _POLL_LIKE.finditer(text)]
    assert [(m.span(), m.groups()) for m in anchored_finditer(_POLL_LIKE, text, _POLL_ANCHORS)] == expected


@settings(max_examples=200, deadline=None)
@given(_TEXTS, st.integers(0, 200), st.integers(0, 200))
def test_anchored_search_answers_as_a_full_search(text, start, end):
    start, end = min(start, len(text)), min(max(start, end), len(text))
    expected = _IF_LIKE.search(text, start, end) is not None
    assert anchored_search(_IF_LIKE, text, _IF_ANCHORS, start, end) == expected


def test_matches_never_overlap_and_a_lookbehind_reads_before_the_anchor():
    text = "A poll of polls gave her a lead. Polls gave polls gave Ann a lead."  # ("polls" inside the first match: skipped)
    assert [m.span() for m in anchored_finditer(_POLL_LIKE, text, _POLL_ANCHORS)] == [(2, 21), (33, 44), (44, 55)]
    assert not anchored_search(_IF_LIKE, "She asked if Ann said", _IF_ANCHORS, 10, 21)  # "asked " before the anchor
    assert anchored_search(_IF_LIKE, "She wondered if Ann said", _IF_ANCHORS, 13, 24)


@pytest.mark.parametrize("text, cue", [
    ("A new survey of rowers gives the harbour club a narrow lead.", "gives"),
    ("Earlier polls had given the ferry plan a wide lead over the bridge.", "had given"),
])
def test_a_polls_verb_of_standing_is_still_read(text, cue):
    assert cue in [c for c, _ in cue_texts_and_sources(text)]


@pytest.mark.parametrize("text, expected", [
    ("Unless a warden says “go”, stay in your cabin.", []),
    ("Lifeguards said “stay in the shallows”, if anyone asks.", [("stay in the shallows", "Lifeguards")]),
])
def test_a_quotation_said_only_in_a_condition_is_still_read_as_before(text, expected):
    assert quotes_and_speakers(text) == expected
