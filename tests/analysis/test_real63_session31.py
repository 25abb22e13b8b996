"""Session 31, real63: causes found on the batch bench/real-news-29 that recur in earlier batches, each with the
shapes the fix must leave alone. All text here is invented for these tests."""
import pytest

from medialit.analysis.hedges import find_hedges


def _hedge_words(text: str) -> list[str]:
    return [h.phrase for h in find_hedges(text) if h.kind == "hedge"]


# --- 1. "estimates" as the noun that names figures is no hedge; the verb, and the noun giving a figure, are ---------

@pytest.mark.parametrize("text", [
    "The water board has produced estimates of the harbour's silt every two years.",
    "The previous estimates have been exceeded again.",
    "The crew made new estimates for the comet's mass and size.",
    "But the estimates have some value for planners.",
    "The board's estimates were too low.",
])
def test_the_noun_estimates_without_a_figure_is_no_hedge(text):
    assert not any(w.lower().startswith("estimate") for w in _hedge_words(text))


@pytest.mark.parametrize("text, word", [
    ("The water board estimates that 300 homes were flooded.", "estimates"),  # the verb, after a body
    ("Harbour Ltd estimates the dredging will save 40 trips.", "estimates"),  # after a name
    ("Surveyors estimate the wall is 200 years old.", "estimate"),  # after a plural subject
    ("Initial estimates put the number of lost sheep at 1,200.", "estimates"),  # the noun with its figure
    ("The board's estimate of the silt held at 3.5 tonnes a day.", "estimate"),
    ("Other estimates put the number of lost sheep far higher.", "estimates"),  # a verb that gives the figure
])
def test_the_verb_and_a_noun_that_gives_its_figure_stay_hedges(text, word):
    assert word in _hedge_words(text)


# --- 2. "would" in the main clause of an opening "if" clause whose reporting word stays inside that clause ----------

@pytest.mark.parametrize("text", [
    "If we read a survey claiming that, we would doubt it.",
    "For example, if a poll showed the mayor ahead, most of us would be surprised.",
    "Unless the report says otherwise, the board would keep the ferry running.",
])
def test_a_conditional_s_would_is_a_hedge_though_a_reporting_word_stands_in_its_if_clause(text):
    assert "would" in _hedge_words(text)


@pytest.mark.parametrize("text", [
    "If asked, she said she would resign.",  # the report stands after the condition: a plan reported
    "He said that if elected, he would cut the ferry fares.",  # the condition is inside what was said
    "The mayor said the ferry would run again.",
])
def test_a_would_that_a_report_governs_stays_unflagged(text):
    assert "would" not in _hedge_words(text)
