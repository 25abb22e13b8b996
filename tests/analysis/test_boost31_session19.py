"""Session 19, boost31: boosters in their true sense on whole general-news articles. All text here is invented
for these tests."""
import pytest

from support import lowered_phrases_of_kind as _flags


# --- "even when" joining a clause is concessive, like "even if"; "or even when" adds one more case -------------

@pytest.mark.parametrize("text", [
    "The ferry kept sailing even when the storm reached the harbour.",
    "Even when the rain came, the village team played on.",
    "The bakery opened every morning, even whenever the power failed.",
    "The bridge stayed busy, even when the tolls doubled.",
])
def test_concessive_even_when_is_no_booster(text):
    assert not _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "She sang at fairs in 1990, or even when she was a student.",
    "The mill made a profit in good years, and even when prices fell.",
    "The flood reached the school and even the church.",
    "Prices rose even faster in the north.",
])
def test_even_adding_a_case_or_a_degree_stays_a_booster(text):
    assert _flags(text, "booster") == ["even"]


# --- a negated "always", "obvious", "confident", "firmly" grants exceptions or doubt ---------------------------

@pytest.mark.parametrize("text", [
    "The ferry is not always on time in winter.",
    "Council meetings don't always start at seven.",
    "That was not always the case in the valley.",
    "The reason for the delay was not obvious to the drivers.",
    "The club has no obvious replacement for its captain.",
    "The shop owner said she was not confident the bypass would help.",
    "The new members are not firmly committed to the plan.",
])
def test_a_negated_certainty_word_is_no_booster(text):
    assert not _flags(text, "booster")


@pytest.mark.parametrize("text, word", [
    ("The ferry has always been late in winter, the captain said.", "always"),
    ("The reason for the delay was obvious to the drivers.", "obvious"),
    ("The shop owner said she was confident the bypass would help.", "confident"),
    ("The new members are firmly committed to the plan.", "firmly"),
    ("There is absolutely no chance of a new bridge, the mayor said.", "absolutely"),
])
def test_the_same_words_without_a_negation_stay_boosters(text, word):
    assert _flags(text, "booster") == [word]
