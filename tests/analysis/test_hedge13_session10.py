"""Session 10 (hedge13): hedges and boosters as political news uses them. Invented sentences only."""

import pytest

from medialit import find_hedges

from support import phrases_of_kind as flags


@pytest.mark.parametrize("text", [
    "The senator won a sweeping victory in the northern counties.",
    "Her genuine warmth won over the hall.",
    "The mayor spoke of the huge crowds and the remarkable turnout.",
    "Turnout rose, especially among younger voters, and particularly in the towns.",
])
def test_evaluation_adjectives_and_pointers_are_not_boosters(text):
    assert flags(text, "booster") == []


@pytest.mark.parametrize("text, word", [
    ("The bill is enormously popular with farmers.", "enormously"),
    ("Costs rose dramatically after the vote.", "dramatically"),
    ("She genuinely believed the count was wrong.", "genuinely"),
])
def test_degree_adverbs_stay_boosters(text, word):
    assert flags(text, "booster") == [word]


@pytest.mark.parametrize("text, word", [
    ("Challengers often lose ground in the last week.", "often"),
    ("The council usually meets on a Tuesday.", "usually"),
    ("Such polls are sometimes wrong.", "sometimes"),
    ("Governors typically sign the budget in June.", "typically"),
    ("The minister occasionally votes against her party.", "occasionally"),
    ("The debate was, at times, bitter.", "at times"),
])
def test_frequency_words_are_hedges(text, word):
    # Hyland's frequency hedges: the claim holds for some or most cases, not for all.
    assert flags(text, "hedge") == [word]


@pytest.mark.parametrize("text, found", [
    ("The choice is so important for the state.", ["so"]),
    ("She argued so eloquently that the room went quiet.", ["so"]),
    ("There are so many empty shops on the high street.", ["so"]),
    ("The so-called reform was dropped.", []),
    ("He wanted to leave early, and he did so quietly.", []),
    ("The vote was close, so the count went on.", []),
    ("Turnout rose, so far as anyone can tell.", []),
    ("Members may vote so long as they have paid.", []),
])
def test_intensifying_so_is_a_booster(text, found):
    assert flags(text, "booster") == found


@pytest.mark.parametrize("text, found", [
    ("The plan won over some rural voters.", ["some"]),
    ("Some county budget plans were cut.", ["Some"]),
    ("The rules are strict, though some call them fair.", ["some"]),
    ("The board met at some point in the spring.", []),
    ("He hired some celebrity chef for the gala.", []),
    ("She thanked some of the volunteers.", ["some"]),  # session 14: an untold share (PolNeAR gold 3 of 3)
    ("Some 40 people came.", ["Some"]),
])
def test_some_as_an_amount_is_a_hedge(text, found):
    assert flags(text, "hedge") == found


def test_some_opening_a_vague_source_is_one_flag():
    text = "Some party organisers said the turnout was low."
    hedges = [h for h in find_hedges(text) if h.kind == "hedge"]
    assert [(h.phrase, h.category) for h in hedges] == [("Some party organisers said", "vague attribution")]


@pytest.mark.parametrize("text, found", [
    ("The town is staking its claim to the title of capital.", []),
    ("The family filed a damages claim for lost wages.", []),
    ("Experts doubted the regime's claims about the test.", []),
    # (Session 11: the verb with its source found is the attribution finder's "loaded" cue, no second flag.)
    ("The minister claimed that crime had fallen.", []),
    ("He met a man claiming to be a minister.", ["claiming"]),
])
def test_the_noun_claim_does_not_distance(text, found):
    assert flags(text, "hedge") == found


def test_claiming_allegiance_is_not_distancing():
    # (the attribution finder may still read "a gunman claiming" as a vague source: its call)
    assert "claiming" not in flags("Two gunmen claiming allegiance to the group were held.", "hedge")
    assert "claiming" in flags("Two gunmen claiming to be police were held.", "hedge")


@pytest.mark.parametrize("text, found", [
    ("The mayor spoke on Monday, saying she would be a candidate.", []),
    ("The senator ended the rally, announcing he would meet the unions.", []),
    ("A new tax would be a heavy burden for farmers.", ["would"]),
])
def test_would_after_a_reporting_ing_form_reports_a_plan(text, found):
    assert flags(text, "hedge") == found


@pytest.mark.parametrize("text, found", [
    ("Polls aren't necessarily a guide to the result.", ["necessarily"]),
    ("Higher taxes do not necessarily mean better roads.", ["necessarily"]),
    ("The voter was not sure whether to back the mayor.", ["not sure"]),
    ("The loss was in large part a result of low turnout.", ["in large part"]),
    ("Most of us want cheaper bus fares.", ["Most of us"]),
    ("I don't think the council will agree.", ["I don't think"]),
    ("The bill essentially keeps the old rules.", ["essentially"]),
    ("The speech was a little nervous.", ["a little"]),
    ("She gave the child a little toy.", []),
])
def test_more_hedges_of_opinion_and_degree(text, found):
    assert flags(text, "hedge") == found


@pytest.mark.parametrize("text, found", [
    ("These are the very words of the law.", []),
    ("It was the very best result for the party.", ["very"]),
    ("It was a very, very long count.", ["very", "very"]),
    ("She spoke highly of the judge.", []),
    ("The plan is highly unusual.", ["highly"]),
    ("There are certain risks in any reform.", []),
    ("Aides are certain the bill will pass.", ["are certain"]),
    ("The inquiry found no evidence whatsoever of fraud.", ["whatsoever"]),
    ("The mayor gave no answer at all.", ["at all"]),
    ("The road will be rebuilt, if at all, next year.", []),
    ("He literally wrote the rule book.", ["literally"]),
    ("To be clear, the council has not voted.", ["To be clear"]),
])
def test_booster_senses(text, found):
    assert flags(text, "booster") == found


@pytest.mark.parametrize("source, named", [
    ("Starr's remarks", True),
    ("61 percent", True),
    ("40% of voters", True),
    ("officials", False),
    ("Some residents", False),
])
def test_a_possessive_name_or_a_poll_share_identifies_a_source(source, named):
    from medialit.analysis import hedges
    assert hedges._identifies_source(source) == named


@pytest.mark.parametrize("text, found", [
    ("Most party members backed the deal.", ["Most"]),
    ("She won the most votes in the city.", []),
    ("Jobs are the most important issues for voters.", []),
    ("He heard the complaints most pressing to farmers.", []),
])
def test_most_as_an_amount_is_a_hedge(text, found):
    assert flags(text, "hedge") == found


@pytest.mark.parametrize("text, found", [
    ("The campaign was trying to change the subject.", []),
    ("What we're trying to do is fix the roads.", []),
    ("I want to try to answer that.", []),
    ("Rescuers tried to reach the village.", ["tried to"]),
    ("Guards trying to stop the crowd were pushed back.", []),  # session 14: after a noun, an intent (PolNeAR 0 of 2)
])
def test_try_to_after_a_be_form_or_to_states_an_intent(text, found):
    assert flags(text, "hedge") == found


def test_severe_classifies_but_severely_intensifies():
    # Written for this test: "severe" names a kind of illness or weather; "severely" raises the force of a verb.
    from medialit import find_hedges
    flagged = [h.phrase.lower() for h in find_hedges("Older people face a risk of severe illness. "
                                                     "The storm severely damaged the old pier.")]
    assert "severe" not in flagged and "severely" in flagged
