"""Session 24 (speed45): byte-identical short cuts in the speaker and cue-source readers.

Each test checks a short cut against what it replaced (a pattern compiled for each name or noun), on text
written for it and on arbitrary text, so speed never changes a result.
"""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit.analysis import speakers, subjects
from medialit.analysis.subjects import SubjectReader

SETTINGS = settings(max_examples=100, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

# Pieces that make word boundaries, commas, ages, articles and marks likely: what the patterns turn on.
PIECES = ["a", "an", "the", "The", "teacher", "Tom", "Reed", "Roe", "61", ",", ", ", " ", "  ", "\n", "-", "_", ".",
          ";", ")", ":", "(", "\u2014", "\u201c", "\u201d", "\u00e9", "new", "retired", "said", "that", "since", "has"]
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
spaced_texts = st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join)
any_text = st.one_of(texts, spaced_texts)


@SETTINGS
@given(any_text, st.sampled_from(["Roe", "Reed", "a", "_", "Tom-", "Jr.", "\u00e9", "61"]))
def test_a_whole_word_is_found_as_the_word_boundary_pattern_finds_it(text, word):
    expected = re.search(r"\b%s\b" % re.escape(word), text) is not None
    assert speakers._has_whole_word(text, word) is expected


def test_a_name_inside_a_longer_word_is_not_the_name():
    assert speakers._has_whole_word("Roe said it.", "Roe")
    assert not speakers._has_whole_word("Monroe said it.", "Roe")
    assert not speakers._has_whole_word("Roe_2 said it.", "Roe")


def _apposition(noun: str, a_person: bool) -> re.Pattern[str]:
    """The pattern ``_described_before`` compiled for each noun before session 24."""
    age = r"(?:\s+\d{1,3},)?" if a_person else ""
    return re.compile(r"," + age + r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?" + re.escape(noun) + r"(?=\s*[,.;)])")


@SETTINGS
@given(any_text, st.sampled_from(["teacher", "a", "the", "new", "retired"]), st.booleans())
def test_one_apposition_pattern_for_every_noun_finds_what_each_nouns_own_found(text, noun, a_person):
    shared = subjects._AGED_APPOSITION_RE if a_person else subjects._APPOSITION_RE
    for pos in range(len(text)):
        own = _apposition(noun, a_person).match(text, pos)
        found = shared.match(text, pos)
        found = found if found is not None and found.group(1) == noun else None
        assert (own is None) == (found is None) and (own is None or own.end() == found.end())


def test_an_apposition_is_read_for_its_noun_only():
    text = "Tom Reed, 61, a retired teacher, said"
    m = subjects._AGED_APPOSITION_RE.match(text, len("Tom Reed"))
    assert m is not None and m.group(1) == "teacher"
    assert subjects._APPOSITION_RE.match(text, len("Tom Reed")) is None  # (the age: only for a person's noun)


class _Text:
    def __init__(self, text: str) -> None:
        self.text = text


@SETTINGS
@given(any_text, st.sampled_from(["teacher", "a", "new"]))
def test_a_noun_right_before_a_name_is_found_as_its_pattern_found_it(text, noun):
    before = re.compile(r"\b" + noun + r"\s+$")
    for at in range(len(text) + 1):
        expected = before.search(text, max(0, at - 40), at) is not None
        assert SubjectReader._noun_just_before(_Text(text), noun, at) is expected
