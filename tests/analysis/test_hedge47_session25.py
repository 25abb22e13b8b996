"""Session 25, hedge47: false hedges and boosters on general news, sorted into senses (bench/ERRORS-hedges-hedge47.md).
Each test holds the sense a rule drops and the shapes it must leave flagged. All text here is invented for these
tests."""
import pytest

from support import lowered_phrases_of_kind as _flags


# --- "always" inside a perfect tells a history so far ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The choir has always rehearsed in the old chapel.",
    "\u201cWe\u2019ve always been part of this town,\u201d the baker said.",
    "The ferry company had always denied the charge.",
    "Our club has always had a lot of young players.",
    "I've always said the bridge was too narrow.",
])
def test_always_in_a_perfect_is_a_history_no_booster(text):
    assert "always" not in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "Tenants always pay the price for these mistakes.",
    "It's always hard to find a dentist in the valley.",
    "The minister is always right, his aides say.",
    "She has, always, been the first to arrive.",
])
def test_always_as_a_rule_pressed_stays_a_booster(text):
    assert "always" in _flags(text, "booster")


# --- "may" in a concessive formula holds nothing open ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The inspectors will follow the money wherever it may lead.",
    "Whatever the reason may be, the bus never came.",
    "Be that as it may, the council voted for the plan.",
    "Come what may, the festival goes ahead in June.",
    "We will back the winner, whoever they may be.",
])
def test_may_in_a_concessive_formula_is_no_hedge(text):
    assert "may" not in _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "Whatever the mayor says, the bridge may close in June.",
    "However, the harvest may be late this year.",
    "The storm may reach the coast by Friday.",
])
def test_may_of_possibility_stays_a_hedge(text):
    assert "may" in _flags(text, "hedge")


# --- "believe" a person is to trust them ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "\u201cPeople will believe you,\u201d the coach told the young referee.",
    "Nobody in the village would believe her.",
])
def test_believing_a_person_is_no_hedge(text):
    assert "believe" not in _flags(text, "hedge")


def test_believing_a_claim_stays_a_hedge():
    assert any("believe" in f for f in _flags("Fishermen believe the river is cleaner this year.", "hedge"))


# --- "claims" after what is applied for are applications --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Housing Benefit claims waiting for a decision rose to 4,000 in March.",
    "The office cleared a pile of pension claims before the holiday.",
    "Insurance claims after the floods doubled.",
])
def test_claims_of_a_benefit_or_insurance_are_no_hedge(text):
    assert "claims" not in _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "Despite claims that the boiler was repaired, tenants were cold.",
    "Despite tax claims that the levy is fair, shops closed.",
])
def test_a_claim_kept_at_a_distance_stays_a_hedge(text):
    assert "claims" in _flags(text, "hedge")


# --- "could be heard/seen" + an -ing verb: what was there to hear or see --------------------------------------------

@pytest.mark.parametrize("text", [
    "Fans could be heard singing outside the stadium.",
    "Smoke could be seen rising over the harbour all morning.",
    "The pipers could be heard throughout the parade.",
])
def test_perceived_then_is_no_hedge(text):
    assert "could" not in _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "The new mayor could be seen as a safer choice.",
    "The final could be seen by ten million viewers.",
    "The cuts could be felt during the next winter.",
])
def test_could_be_seen_as_or_by_stays_a_hedge(text):
    assert "could" in _flags(text, "hedge")
