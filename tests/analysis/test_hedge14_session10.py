"""Session 10 (hedge14): hedges and boosters in political news, second batch. Invented sentences only."""

import pytest

from medialit import find_hedges

from support import phrases_of_kind as flags


# "would" giving what a proposal says it will do reports a plan (guidelines), not a hypothetical.
@pytest.mark.parametrize("text", [
    "The senator filed a bill that would ban fireworks in parks.",
    "Lawmakers passed an amendment which would cap rents at five percent.",
    "The council backed a transit plan, which would cut bus fares.",
    "She opposed new rules that would govern when the lights go out.",
])
def test_would_after_a_proposal_is_not_a_hedge(text):
    assert "would" not in flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "Voters who would choose him are few.",
    "If it rained, the match would stop.",
    "A storm that would flood the valley worries the farmers.",
])
def test_hypothetical_would_stays_a_hedge(text):
    assert "would" in flags(text, "hedge")


# "likely voters" names the pollster's group; "likely" as a forecast stays.
@pytest.mark.parametrize("text", [
    "The survey reached 900 likely voters in the county.",
    "Half of likely women voters backed the mayor.",
])
def test_likely_voters_is_not_a_hedge(text):
    assert "likely" not in flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "The mayor is likely to win the vote.",
    "The likely nominee spoke to voters on Tuesday.",
])
def test_forecast_likely_stays_a_hedge(text):
    assert "likely" in flags(text, "hedge")


# A vague-looking source the sentence itself identifies: whose lawyers, whose statement.
@pytest.mark.parametrize("text", [
    "Morales and his lawyers have said the shop would reopen.",
    "The firm, whose lawyers argued the case, lost the appeal.",
    "Shortly after the vote, Council Leader Maria Diaz (D-Ill.) issued a statement saying that the board "
    "should not meet until spring.",
    "Soon after, Rep. Tom Ruiz of Ohio, a rising star, proposed a constitutional amendment that would limit "
    "terms for judges.",
])
def test_owned_or_issued_source_is_not_vague(text):
    assert not [h for h in find_hedges(text) if h.category == "vague attribution"]


@pytest.mark.parametrize("text", [
    "Officials said the bridge was safe.",
    "Critics said the shop would never reopen.",
    "A statement said the bridge was safe.",
])
def test_unnamed_sources_stay_vague(text):
    assert [h for h in find_hedges(text) if h.category == "vague attribution"]


@pytest.mark.parametrize("text, phrase", [
    ("Her account was shown to be untrue.", "shown to be"),
    ("The new drug was proven to be safe.", "proven to be"),
])
def test_established_finding_is_a_booster(text, phrase):
    assert flags(text, "booster") == [phrase]
    assert flags(text, "hedge") == []


@pytest.mark.parametrize("text, phrase", [
    ("Nkosi, regarded as the favourite, lost the race.", "regarded as"),
    ("The putative leader of the group spoke.", "putative"),
    ("The talks were putatively about trade.", "putatively"),
    ("Repairs will take anywhere from two to six weeks.", "anywhere from"),
])
def test_new_hedge_words(text, phrase):
    assert phrase in flags(text, "hedge")


# A definite article just before the source words points back to a known source ("The latest
# poll shows"), as a definite source phrase does.
def test_definite_source_is_not_vague():
    text = "A county poll in May had Lee at 40 percent. The most recent poll shows Lee has fallen to 31 percent."
    assert not [h for h in find_hedges(text) if h.category == "vague attribution"]


# A "would" that hangs on a noun of expression ("voiced confidence that") reports a belief or a
# plan, not a hypothetical.
@pytest.mark.parametrize("text", [
    "The chairman voiced confidence that Lee would be easy to beat.",
    "She gave an assurance that the clinic would stay open.",
])
def test_would_after_a_noun_of_expression_is_not_a_hedge(text):
    assert "would" not in flags(text, "hedge")


def test_would_joined_by_and_that_without_reporting_stays_a_hedge():
    assert flags("The ferry would sink, and that would be bad.", "hedge") == ["would", "would"]


# "and even, at times, the critics": the intensifier set off by commas is still "even".
def test_even_set_off_by_commas_is_a_booster():
    assert flags("Farmers, and even, on some days, the mayor came to help.", "booster") == ["even"]
    assert flags("Even so, the fair went ahead.", "booster") == []


# "some" alone as the subject of its verb: an unnamed part of a group.
@pytest.mark.parametrize("text", [
    "Most letters were sent in May, though some are from June.",
    "Some have left the valley for good.",
])
def test_some_as_subject_is_a_hedge(text):
    assert [h for h in find_hedges(text) if h.phrase.lower() == "some" and h.kind == "hedge"]


def test_some_naming_one_thing_stays_unflagged():
    assert flags("The shop will reopen in some form next year.", "hedge") == []


@pytest.mark.parametrize("text, expected", [
    ("We know they will turn out in the rain.", ["We know"]),
    ("It is, as we all know, a long road.", ["we all know"]),
    ("We don't know who won the vote.", []),
])
def test_we_know_is_a_booster_unless_negated(text, expected):
    assert flags(text, "booster") == expected
