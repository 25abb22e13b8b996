"""Session 16, boost23: booster and hedge words in a plain, non-committal sense in general news
(weather, sport, business, features). All text here is invented for these tests."""
import pytest

from medialit import find_hedges


def _flags(text, kind):
    return [h.phrase.lower() for h in find_hedges(text) if h.kind == kind]


@pytest.mark.parametrize("text", [
    "Heavy showers are expected across the north on Thursday.",
    "Heavy smoke forced three roads to close.",
    "The rain was so heavy that the match was abandoned.",
    "Traffic on the bypass was heavy.",
    "Police said the man was heavily armed when he entered the bank.",
    "The village was heavily flooded in 2007.",
    "She was heavily pregnant when the storm hit.",
])
def test_heavy_weather_and_plain_physical_description_are_no_boosters(text):
    assert "heavy" not in _flags(text, "booster") and "heavily" not in _flags(text, "booster")


def test_heavy_and_heavily_still_press_a_degree():
    assert _flags("Residents reported heavy fighting near the airport.", "booster") == ["heavy"]
    assert _flags("The club suffered heavy losses last season.", "booster") == ["heavy"]
    assert _flags("The mayor was heavily criticised for the remarks.", "booster") == ["heavily"]


@pytest.mark.parametrize("text", [
    "Essential services will keep running over the holiday.",
    "Essential workers kept the buses going during the lockdown.",
    "She was taken to an urgent care centre in the town.",
    "Doctors warned of an urgent need for blood donors.",
    "The council must urgently repair the footbridge.",
])
def test_essential_and_urgent_before_a_noun_or_verb_name_a_kind_not_a_certainty(text):
    flags = _flags(text, "booster")
    assert not {"essential", "urgent", "urgently"} & set(flags), flags


def test_essential_and_urgent_as_a_predicate_still_press_the_need():
    assert _flags("A ceasefire is essential.", "booster") == ["essential"]
    assert _flags("Funding is absolutely essential to the project.", "booster") == ["absolutely", "essential"]
    assert _flags("Action on housing is urgent.", "booster") == ["urgent"]
    assert _flags("Another site is not essential.", "booster") == []


def test_break_even_is_the_idiom_not_the_intensifier():
    assert _flags("The bakery broke even for the first time last year.", "booster") == []
    assert _flags("The airline expects to break even in 2027.", "booster") == []
    assert _flags("Even the owners were surprised by the profit.", "booster") == ["even"]


@pytest.mark.parametrize("text", [
    "It is a true story about a miner's son.",
    "A true fan at heart, she has not missed a home game in 20 years.",
    "It was a very true statement, the coach said.",
])
def test_true_before_a_kind_of_person_or_story_describes(text):
    assert "true" not in _flags(text, "booster")


def test_true_still_presses_a_claim():
    assert _flags("It is true that the bridge was late.", "booster") == ["true"]
    assert _flags("Only a true ceasefire can lead to talks.", "booster") == ["true"]


def test_proof_negated_right_after_is_no_booster():
    assert _flags("The study proves nothing about cause and effect.", "booster") == []
    assert _flags("The trial proves no link between the drug and the rash.", "booster") == []
    assert _flags("The trial proves the drug works.", "booster") == ["proves"]


def test_every_possible_is_the_most_that_can_be_done():
    for text in ("Every possible route was checked.", "The family did everything possible to save the farm.",
                 "Staff looked at all possible options."):
        assert _flags(text, "hedge") == [], text
    assert _flags("It is possible that the signal came from a nearby star.", "hedge") == ["possible"]
    assert _flags("The possible closure of the plant worries staff.", "hedge") == ["possible"]


def test_a_routine_before_would_makes_it_habitual():
    assert _flags("Every morning he would walk the dog before work.", "hedge") == []
    assert _flags("Each Sunday she would bake bread for the neighbours.", "hedge") == []
    # a condition keeps the hypothetical
    assert _flags("Every morning, if the ferry ran, he would cross to the island.", "hedge") == ["would"]
