"""Session 8, speed9: faster hedge scanning with the same results (invented sentences only)."""

import re

import pytest

from medialit import find_hedges
from medialit.analysis import hedges
from test_index import assert_next_word_test_keeps_matches

# Sentences whose phrases start with a form of "be" or hold one second ("it {be} said").
BE_SENTENCES = [
    "It is widely believed that the bridge will close next year.",
    "The mill has been said to lose money.",
    "It has been reported that the ferry is late.",
    "There are fears the dam is weak.",
    "The hall is being seen as a landmark.",
    "The old pier was generally regarded as unsafe.",
    "The vote would be expected to pass.",
    "There is no denying the harbour is busy.",
    "It appears the lamps were stolen.",
    "The clock is-widely thought to be slow.",
    "The baker IS ALSO SAID TO bake at night.",
]


def _scan_phrases(text):
    return [(h.phrase, h.category) for h in hedges._scan(text)]


@pytest.mark.parametrize("text", BE_SENTENCES)
def test_next_word_test_keeps_every_be_phrase_that_matches(text):
    assert_next_word_test_keeps_matches(text)


def test_be_words_get_a_next_word_test():
    second = hedges._second_words()
    # "is"/"has"/"will": been/being/be, an adverb, or a phrase's second word may follow
    assert second["is"] is not None and {"be", "widely", "said", "believed"} <= set(second["is"])
    assert second["has"] is not None and "be" in second["has"]
    # "it {be} said": a form of "be" follows "it"
    assert {"is", "has", "was", "would", "appears"} <= set(second["it"])
    # "would" is a one-word hedge and "as {someone} said" takes a name: no test is safe
    assert second["would"] is None and second["as"] is None


def test_be_phrases_are_still_found():
    assert _scan_phrases("The mill has been said to lose money.") == [("has been said to", "agentless attribution")]
    assert _scan_phrases("The hall is being seen as a landmark.") == [("is being seen as", "agentless attribution")]
    assert ("It is widely believed", "agentless attribution") in _scan_phrases(
        "It is widely believed that the bridge will close next year.")
    assert ("There are fears", "vague attribution") in _scan_phrases("There are fears the dam is weak.")
    # a form of "be" before another word flags nothing
    assert _scan_phrases("The mill is old and the hall has a roof.") == []


def test_reported_future_first_letter_test_matches_the_plain_pattern():
    plain = re.compile(rf"\b(?:{hedges._REPORTING_WORDS})\b[^.!?;\n]{{0,60}}$", re.I)
    windows = ["Our coach said the team ", "Our coach SAID the team ", "the plan. Critics argue it ",
               "the \u017faid rule ", "unsaid ", "She hopes\n", "Analysts predicted; the price ",
               "whether the vote ", "nothing here at all "]
    for w in windows:
        for pos in range(len(w)):
            assert bool(hedges._REPORTED_FUTURE.search(w, pos)) == bool(plain.search(w, pos)), (w, pos)


def test_reported_future_still_reads_a_plan():
    assert [h.phrase for h in find_hedges("Our coach said the team would win the cup.")] == []
    assert [h.phrase for h in find_hedges("The team would win the cup, in theory.")] == ["would", "in theory"]
    # a hypothetical inside the report still hedges
    assert "would" in [h.phrase for h in find_hedges("Analysts predicted the price would rise if rain fell.")]


def test_reported_before_searches_only_where_a_match_can_start():
    plain = re.compile(rf"\b(?:{hedges._REPORTING_WORDS})\b[^.!?;\n]{{0,60}}$", re.I)
    text = ("Our coach said the team would win. Critics argue; the plan would fail\n"
            "She hopes\nthe unsaid rule will hold, whether or not the long and winding harbour road "
            "that everyone in the small town uses every day would close. Analysts predicted the price!")
    for start in range(len(text) + 1):
        expected = bool(plain.search(text[max(0, start - 80):start]))
        assert hedges._reported_before(text, start) == expected, start


def test_packed_token_counts_equal_the_counts_one_by_one():
    from medialit.analysis import readability as rd

    tokens = ("The extraordinary harbourmaster said the ferry's timetable was unreliable and the "
              "harbourmaster's extraordinary patience ran out " * 3 + "Pneumonoultramicroscopicsilicovolcanoconiosis").split()
    facts = [rd._token_facts(t) for t in tokens]
    distinct = {t: rd._token_facts(t) for t in tokens}
    expected = (sum(f[0] for f in facts), sum(f[1] for f in facts), sum(f[3] for f in facts),
                sum(f[2] for f in facts), sum(f[4] for f in distinct.values()))
    assert rd._token_counts(tokens) == expected
    assert expected[0] > 0 and expected[2] > 0 and expected[4] > 0  # the test sees real counts
    assert rd._token_counts([]) == (0, 0, 0, 0, 0)
