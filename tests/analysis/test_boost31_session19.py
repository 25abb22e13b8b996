"""Session 19, boost31: boosters in their true sense on whole general-news articles. All text here is invented
for these tests."""
import pytest

from support import lowered_phrases_of_kind as _flags


# --- "even when" (session 35, ev73: now a booster, as GUIDELINES.md's session-30 "Scalar even" line reads it;
# this test once held the joiner reading of session 19); "even whenever" still joins; "or even when" adds a case ---

@pytest.mark.parametrize("text", [
    "The bakery opened every morning, even whenever the power failed.",
])
def test_concessive_even_whenever_is_no_booster(text):
    assert not _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "The ferry kept sailing even when the storm reached the harbour.",
    "Even when the rain came, the village team played on.",
    "The bridge stayed busy, even when the tolls doubled.",
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
    ("The ferry is always late in winter, the captain said.", "always"),
    ("The reason for the delay was obvious to the drivers.", "obvious"),
    ("The shop owner said she was confident the bypass would help.", "confident"),
    ("The new members are firmly committed to the plan.", "firmly"),
    ("There is absolutely no chance of a new bridge, the mayor said.", "absolutely"),
])
def test_the_same_words_without_a_negation_stay_boosters(text, word):
    assert _flags(text, "booster") == [word]


# --- "clearly"/"plainly" of manner: how plainly a thing is set down, or graded and paired as a manner adverb ----

@pytest.mark.parametrize("text", [
    "The rules are clearly set out in the contract.",
    "The border had never been clearly demarcated on the old maps.",
    "The mayor had never so plainly articulated her plan.",
    "The policy clearly states who pays for repairs.",
    "The council wants to more clearly define the zone.",
    "She argued, plainly and personally, that the school should stay open.",
])
def test_clearly_of_manner_is_no_booster(text):
    assert not _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "The plan is clearly wrong, the residents said.",
    "The coach, clearly frustrated, left the ground.",
    "Clearly, the bridge needs repair.",
    "So clearly, the council got it wrong.",
    "She lost the vote twice, so clearly voters had doubts.",
])
def test_clearly_of_certainty_stays_a_booster(text):
    assert _flags(text, "booster") == ["clearly"]


@pytest.mark.parametrize("text, found", [
    ("It is so clearly wrong, the residents said.", ["so", "clearly"]),
    ("The town said a new bridge was so badly needed, it would pay half.", ["so", "badly"]),
])
def test_degree_before_clearly_of_certainty_keeps_both(text, found):
    assert _flags(text, "booster") == found


# --- "severely" grading an injury to a body; "highly" naming a kind ----------------------------------------------

@pytest.mark.parametrize("text", [
    "A cyclist was severely injured in the crash on the A6.",
    "Two firefighters were severely burned in the blaze.",
    "The factory was evacuated after highly toxic fumes leaked.",
    "Highly trained officers were sent to the farm.",
    "The files were released in a highly redacted form.",
])
def test_a_grade_of_injury_or_a_kind_is_no_booster(text):
    assert not _flags(text, "booster")


@pytest.mark.parametrize("text, word", [
    ("The strike severely disrupted services.", "severely"),
    ("The row severely hurt the mayor's campaign.", "severely"),
    ("The move is highly unusual, the lawyer said.", "highly"),
])
def test_severely_and_highly_pressing_a_claim_stay(text, word):
    assert _flags(text, "booster") == [word]


# --- the verb "even" (make level) -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The new rules are meant to even the odds for small farms.",
    "A second ferry will help even the load on the old boat.",
    "Prices should even out by the spring, the baker said.",
])
def test_the_verb_even_is_no_booster(text):
    assert not _flags(text, "booster")


def test_even_after_a_modal_before_a_verb_stays_a_booster():
    assert _flags("The closure could even threaten the harbour.", "booster") == ["even"]
