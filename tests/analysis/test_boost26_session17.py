"""Session 17, boost26: hedge and booster words in a plain, non-committal sense in general news (crime, courts,
business, weather, sport, notices, profiles). All text here is invented for these tests."""
import pytest

from medialit import find_hedges

from support import lowered_phrases_of_kind as _flags


# --- a bound set by a rule, a sentence or a market is a precise figure --------------------------------------

@pytest.mark.parametrize("text", [
    "Businesses that break the rules face fines of up to $1,000, the water board said.",
    "He faces up to ten years in prison if he is convicted.",
    "Drivers caught on the bus lane can be fined up to £100.",
    "Shares in the grocer fell as much as 9% in early trade.",
    "Oil prices rose as much as 3% on Monday.",
    "Applicants must be at least 18 years old.",
    "Car washes must recycle at least half of the water they use.",
    "The ministry must notify importers of any change at least 30 days in advance.",
    "Pensioners who walked for at least 30 minutes a day slept better, the study found.",
])
def test_a_limit_set_by_a_rule_or_a_market_is_no_hedge(text):
    flags = _flags(text, "hedge")
    assert not {"up to", "as much as", "at least"} & set(flags), flags


@pytest.mark.parametrize("text, phrase", [
    ("At least 14 people were killed in the landslide.", "at least"),
    ("Up to 200 jobs will go at the plant.", "up to"),
    ("The bakery chain will cut as many as 1,800 jobs.", "as many as"),
    ("Fans queued for at least three hours to buy tickets.", "at least"),
    ("Workers at the depot face up to 200 job losses.", "up to"),
])
def test_an_estimated_bound_stays_a_hedge(text, phrase):
    assert phrase in _flags(text, "hedge")


# --- "most of" a span of time, "may" of permission -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The sky stayed clear for most of the day.",
    "I have lived in the valley for most of my life.",
    "Rovers dominated most of the second half.",
])
def test_most_of_a_span_of_time_is_no_hedge(text):
    assert _flags(text, "hedge") == []


def test_most_of_a_share_or_the_time_stays_a_hedge():
    assert _flags("Most of the damage was in the town centre.", "hedge") == ["most of the"]
    assert _flags("He is right most of the time.", "hedge") == ["most of the"]


@pytest.mark.parametrize("text", [
    "Under the order, households may water lawns only once a week.",
    "Visitors may park only in the east car park.",
])
def test_may_of_permission_in_a_rule_is_no_hedge(text):
    assert "may" not in _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "Residents may have to leave their homes.",
    "Drivers may face delays on the bypass.",
    "Prices may only rise from here.",
])
def test_may_of_possibility_stays_a_hedge(text):
    assert "may" in _flags(text, "hedge")


# --- "would" and "could" that report or say what was not possible -------------------------------------------

@pytest.mark.parametrize("text", [
    "His lawyer said after the hearing that his client accepted the sentence and would not appeal.",
    "The minister told state radio that the country was open to talks but would not accept new borders.",
])
def test_would_in_a_second_reported_predicate_is_no_hedge(text):
    assert "would" not in _flags(text, "hedge")


def test_would_without_a_reporting_verb_stays_a_hedge():
    assert _flags("The plan is bold and would cost billions.", "hedge") == ["would"]


@pytest.mark.parametrize("text", [
    "The judge said the fraud hurt the families who could least afford it.",
    "The county changed its rules so that no single official could approve payments.",
    "Nobody could get through on the phone lines.",
])
def test_could_of_ability_is_no_hedge(text):
    assert "could" not in _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "No one could have predicted the storm.",
    "There is no doubt the plan could fail.",
])
def test_could_of_possibility_after_a_no_stays_a_hedge(text):
    assert "could" in _flags(text, "hedge")


# --- one hedge for one seeming; plain kinds of people ---------------------------------------------------------

def test_linked_to_after_appeared_to_be_is_the_same_hedge():
    assert _flags("The row appeared to be linked to the elections.", "hedge") == ["appeared to"]
    # Session 33 (lnk66): the plain tie is no hedge, so the seeming is the one flag and a plain tie has none.
    assert _flags("The disease has been linked to birth defects.", "hedge") == []


def test_potential_witnesses_in_a_police_appeal_is_no_hedge():
    assert _flags("Police have appealed for potential witnesses to contact them.", "hedge") == []
    assert _flags("The lawyer said she was a potential witness against him.", "hedge") == ["potential"]


def test_cautious_shoppers_is_no_hedge_but_a_cautious_reaction_is():
    assert "cautious" not in _flags("Rival grocers blamed cautious shoppers in Europe.", "hedge")
    assert _flags("The offer received cautious reactions from the unions.", "hedge") == ["cautious"]
    assert _flags("Others were more cautious.", "hedge") == ["cautious"]


# --- boosters: sport's physical "heavy", plain-past "never", "not really" ------------------------------------

def test_heavy_in_a_physical_account_of_play_is_no_booster():
    assert _flags("The equaliser took a heavy deflection off a defender.", "booster") == []
    assert _flags("The winger went down after a heavy tackle.", "booster") == []
    assert _flags("The team suffered a heavy defeat.", "booster") == ["heavy"]


@pytest.mark.parametrize("text", [
    "'I never planned to be a baker,' she said.",
    "I never went home in four years of college.",
    "\"We never envisioned that it would go this far,\" the coach said.",
])
def test_never_before_a_plain_past_is_no_booster(text):
    assert "never" not in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "We've never seen anything like it.",
    "\"I have never been prouder of this team,\" the captain said.",
    "I never thought it would happen again.",
])
def test_emphatic_never_stays_a_booster(text):
    assert "never" in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "\"A bus that comes twice a day is not really a service,\" he says.",
    "The fans didn't really believe it until the final whistle.",
    "She never really trusted the new manager.",
])
def test_really_right_after_a_no_understates(text):
    assert "really" not in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "It really was a remarkable day for the club.",
    "There's really nothing to suggest the bridge is unsafe.",
    "I'm not sure I really deserve it.",
])
def test_really_elsewhere_stays_a_booster(text):
    assert "really" in _flags(text, "booster")


# --- one unnamed source, one flag ------------------------------------------------------------------------------

def _vague(text):
    return [h for h in find_hedges(text) if h.category == "vague attribution"]


def test_the_reason_a_source_is_unnamed_joins_its_flag():
    text = ("One nurse, who has worked on the ward for ten years and asked not to be named because she was not "
            "authorised to speak to the press, said staff were exhausted.")
    flags = _vague(text)
    assert len(flags) == 1
    assert flags[0].phrase.startswith("One nurse") and flags[0].phrase.endswith("not authorised to speak")
    assert "kept secret" in flags[0].why and "without naming" in flags[0].why


def test_said_a_source_who_asked_not_to_be_named_is_one_flag():
    flags = _vague("\"We heard it on the radio,\" said a ferryman in the harbour who asked not to be named.")
    assert [h.phrase for h in flags] == ["said a ferryman in the harbour who asked not to be named"]


def test_a_later_mention_of_a_flagged_source_is_no_new_flag():
    text = ("A senior council official told the paper the depot would close. \"It is finished,\" the official said, "
            "speaking on condition of anonymity.")
    assert [h.phrase for h in _vague(text)] == ["A senior council official told"]
    text = ("The club is in talks with two buyers, according to two people familiar with the matter. The talks are "
            "at an early stage, one of the people said.")
    assert [h.phrase for h in _vague(text)] == ["according to two people familiar with the matter"]


def test_an_anonymity_phrase_with_no_flagged_source_before_it_stays():
    flags = _vague("The official said, speaking on condition of anonymity, that the depot would close.")
    assert [h.phrase for h in flags] == ["on condition of anonymity"]


def test_another_source_described_afresh_is_a_new_flag():
    text = ("The talks have stalled, according to a person familiar with the matter. Another source close to the "
            "club said a deal was still possible.")
    assert len(_vague(text)) == 2


# --- "possible" of candidates and a flat no; "would" of a finding or a told outcome; land "claimed by" -------

@pytest.mark.parametrize("text", [
    "The site was chosen after a review of 14 possible locations.",
    "\"It should never have been possible for one clerk to do this,\" the auditor said.",
    "The volunteers were doing more with less than anyone thought possible.",
])
def test_possible_of_candidates_or_a_flat_no_is_no_hedge(text):
    assert "possible" not in _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "The council declined to comment on the possible sale.",
    "Two sites are possible.",
    "It is possible that the road will close.",
])
def test_possible_left_open_stays_a_hedge(text):
    assert "possible" in _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "A volunteer group estimates that the plan would cut opening hours by a third.",
    "A survey last autumn found that most respondents would.",
    "The visitors would run away with the result in the end.",
])
def test_would_of_a_reported_finding_or_a_told_outcome_is_no_hedge(text):
    assert "would" not in _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "The sale might raise £9m, according to estimates by the council, but that money would be spent in a year.",
    "\"If I found something that was rotten, I would fix it,\" he said.",
    "If they won, they would face the champions in the end.",
])
def test_would_of_the_writers_hypothetical_stays_a_hedge(text):
    assert "would" in _flags(text, "hedge")


def test_land_claimed_by_a_country_is_no_distancing_hedge():
    assert _flags("Soldiers crossed into territory claimed by the republic on Monday.", "hedge") == []
    # no "by" and its holder: the claim keeps its distance
    assert "claimed" in _flags("He crossed into land claimed in a 1990 treaty.", "hedge")


def test_always_of_a_habit_keeps_its_flag_and_its_why_asks_the_reader_to_judge():
    flags = [h for h in find_hedges("The bakery is always shut on Sundays.") if h.kind == "booster"]
    assert [h.phrase for h in flags] == ["always"]
    assert "habit" in flags[0].why


# --- "clearly" of manner, "relentless" weather, "true events" ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "The emergency exit was clearly marked.",
    "The van was clearly visible on the CCTV footage.",
    "The witness spoke clearly and slowly to the jury.",
    "Relentless rain caused flooding across the valley.",
    "The film is based on true events.",
])
def test_clearly_of_manner_relentless_weather_and_true_events_are_no_boosters(text):
    assert _flags(text, "booster") == []


@pytest.mark.parametrize("text, phrase", [
    ("The footage clearly shows the van leaving.", "clearly"),
    ("Clearly, the council got this wrong.", "clearly"),
    ("The plan is clearly unfair to pensioners.", "clearly"),
    ("The club faced relentless criticism all season.", "relentless"),
])
def test_clearly_and_relentless_pressing_a_claim_stay_boosters(text, phrase):
    assert phrase in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "Expect clear spells and a few showers on Sunday.",
    "Smith missed a clear chance just before half-time.",
    "The striker put his clear sight of goal wide.",
])
def test_clear_in_a_forecast_or_a_match_report_is_no_booster(text):
    assert "clear" not in _flags(text, "booster")


def test_clear_before_a_sign_or_a_breach_stays_a_booster():
    assert _flags("The suspect was in clear breach of his bail conditions.", "booster") == ["clear"]
    assert _flags("The result is a clear sign that voters are angry.", "booster") == ["clear"]
