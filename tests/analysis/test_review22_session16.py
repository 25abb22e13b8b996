"""Session 16 (review22): ordinary news sentences that this session's rules misread.

Every sentence here is invented for the review; each test names the rule it guards.
"""

import pytest

from medialit import find_hedges

from support import kind_of, sources_and_kinds as sources_of


def flags(text: str) -> list[tuple[str, str]]:
    return [(text[h.start:h.end], h.kind) for h in find_hedges(text)]


# boost23's level "even" ("the scores were even at half-time", "even at 2-2") must not take an age or an hour.
@pytest.mark.parametrize("text", ["He was even at 80 still running marathons.",
                                  "She was even at 90 swimming in the sea every day."])
def test_even_before_an_age_is_the_intensifier(text):
    assert ("even", "booster") in flags(text)


def test_level_even_at_a_score_still_is_no_booster():
    assert flags("The series was even at 2-2 before the final game.") == []
    assert flags("The scores were even at half-time.") == []


# boost23's "prove as an aim" ("out to prove the doubters wrong") must not take a "to" of result or seeming.
@pytest.mark.parametrize("text", ["The results were enough to prove the drug works.",
                                  "DNA tests went on to prove that he was innocent.",
                                  "The emails appear to prove that the minister knew."])
def test_prove_after_a_result_or_a_seeming_still_claims_proof(text):
    assert ("prove", "booster") in flags(text)


def test_prove_as_an_aim_still_claims_none():
    assert ("prove", "booster") not in flags("The new coach is out to prove the doubters wrong.")
    assert ("prove", "booster") not in flags("Lawyers are seeking to prove that the firm knew.")


# boost23's "essential/urgent only as a predicate" must keep "urgently needed" (its own note says so).
@pytest.mark.parametrize("text", ["Blood donations are urgently needed.", "Help is urgently needed in the flooded towns.",
                                  "Repairs are urgently required, the engineers said."])
def test_urgently_before_a_participle_presses_the_need(text):
    assert ("urgently", "booster") in flags(text)


def test_urgently_before_a_bare_verb_still_names_no_certainty():
    assert ("urgently", "booster") not in flags("The council must urgently repair the footbridge.")


# src23's "a one-word name that speaks and is then 'its' owner, or is taken up by 'It said', is a body": "its" often
# stands for a body named before, and "It" for a document the speaker named.
@pytest.mark.parametrize("text, name", [
    ("The council approved the budget on Tuesday. Mercer said its decision was a mistake.", "Mercer"),
    ("The club lost again on Saturday. Hughes said its owners had let the fans down.", "Hughes"),
    ("Mercer said the report was damning. It said the council had failed children.", "Mercer"),
    ("Mercer said the inquiry's findings were fair. The study said otherwise. It found no link.", "Mercer"),
])
def test_its_or_it_said_of_something_else_leaves_a_one_word_name_a_person(text, name):
    assert kind_of(text, name) == "person"


def test_it_said_after_a_person_and_a_report_is_the_report_not_the_person():
    text = "Mercer said the report was damning. It said the council had failed children."
    assert sources_of(text)[0] == ("Mercer", "named person")
    assert sources_of(text)[1][0] != "Mercer"


# news25's leader rule ("The Herald's view: ..." makes "We believe" the paper's) must not take any "X's view" headline.
@pytest.mark.parametrize("text", [
    "Labour's view on tax is changing\nWe asked three economists what the shift means. We believe it is real.",
    "The Long View: why prices keep rising\nWe believe the Bank has been too slow.",
    "Rear View: the week in pictures\nWe think this was the best week of the summer.",
])
def test_a_view_headline_that_names_no_paper_gives_we_to_no_one_named(text):
    assert all(src not in ("Labour", "The Long", "Rear") for src, _ in sources_of(text)), sources_of(text)


def test_a_papers_view_headline_still_makes_we_the_paper():
    text = "The Courier's view: Keep the ferry running\n\nWe believe the island needs its winter sailings."
    assert sources_of(text) == [("The Courier", "named group")]


# news25's "One of them said" takes the counted unnamed source before it; a group counted in between is "them".
def test_one_of_them_after_a_newly_counted_group_is_not_the_earlier_source():
    text = ("Two people familiar with the talks said a deal was close. Police later arrested three men outside the "
            "venue. One of them said he had done nothing wrong.")
    assert sources_of(text)[1][0] != "Two people familiar with the talks"


def test_one_of_them_right_after_the_group_still_speaks_for_it():
    text = ("Two people familiar with the talks said a deal was close. One of them said it could be signed within "
            "two weeks.")
    assert sources_of(text) == [("Two people familiar with the talks", "unnamed")] * 2


# src23's "the union said" takes the body named before whose name holds the noun: not a union of states.
@pytest.mark.parametrize("text", [
    "The European Union agreed new rules on Monday. In Leeds, rail workers walked out over pay. The union said its "
    "members had been left with no choice.",
    "The European Union agreed new rules on Monday. Ministers met in Brussels. In Leeds, rail workers walked out over "
    "pay. Trains were cancelled across the county. Commuters faced long queues. The union said its members had been "
    "left with no choice.",
    "Officials from the Soviet Union once ran the mine. Miners walked out on Friday. The union said pay talks had failed.",
])
def test_the_union_said_is_no_union_of_states(text):
    assert sources_of(text)[-1][0] not in ("European Union", "Soviet Union")


def test_the_union_said_still_takes_a_trade_union_named_before():
    text = "The Communication Workers Union called a strike. Post was delayed across Leeds. The union said talks had failed."
    assert sources_of(text)[-1] == ("Communication Workers Union", "named group")


# mend22's habitual "would" (a frequency before it) must not take what a plan would do, or a time to come.
@pytest.mark.parametrize("text", ["Under the new rules, drivers would pay £5 every day to enter the zone.",
                                  "Under the proposals, every month they would pay £50 more for parking.",
                                  "I used to work there, and I would go back tomorrow."])
def test_would_of_a_plan_or_a_time_to_come_stays_a_hedge(text):
    assert ("would", "hedge") in flags(text)


@pytest.mark.parametrize("text", ["Every summer we would visit the lake.", "Every morning he would walk to the harbour.",
                                  "As boys they used to fish and they would swim in the river."])
def test_a_habit_in_the_past_is_still_no_hedge(text):
    assert ("would", "hedge") not in flags(text)


# boost23's "clear to see through" (clear skies, a clear view of the harbour) must not take a view held or a gap.
@pytest.mark.parametrize("text", ["She has a clear view that the policy is wrong.",
                                  "There is clear water between the two parties on tax.",
                                  "The minister has a clear view on tax."])
def test_clear_view_held_or_clear_water_between_sides_presses(text):
    assert ("clear", "booster") in flags(text)


@pytest.mark.parametrize("text", ["Walkers had a clear view of the harbour.", "The forecast is for clear skies."])
def test_clear_to_see_through_is_still_no_booster(text):
    assert ("clear", "booster") not in flags(text)


# src23's "the one organisation named in this sentence or the one before": a place is no body ("through London").
@pytest.mark.parametrize("text", [
    "Protesters marched through London on Saturday. The government said it would not back down.",
    "Protests in Paris and the government said it would not back down.",
    "Thousands rallied in Hong Kong. The government said the protests were illegal.",
])
def test_the_government_is_not_a_place_named_just_before(text):
    assert sources_of(text)[-1][0].lower() == "the government"


# mend22's "a thing's deed" ("The horse balked at the fence", "The horn sounded a warning") must not take a person
# whose noun no lexicon lists.
@pytest.mark.parametrize("text, who", [
    ("A teacher sounded the alarm about the roof.", "A teacher"),
    ("The goalkeeper sounded a warning to his team-mates.", "The goalkeeper"),
    ("The driver balked at the price.", "The driver"),
    ("The bus driver shrugged off the abuse.", "The bus driver"),
    ("The landlord balked at the cost of repairs.", "The landlord"),
])
def test_a_person_named_by_a_plain_noun_still_balks_or_sounds_a_warning(text, who):
    assert sources_of(text) == [(who, "unnamed")]


@pytest.mark.parametrize("text", ["The horse balked at the fence.", "The horn sounded a warning."])
def test_a_things_deed_is_still_no_cue(text):
    assert sources_of(text) == []


# mend22's "radio/television/TV" as a broadcaster speaks only as the whole subject, not as what people heard.
@pytest.mark.parametrize("text, who", [
    ("Listeners to local radio said the signal was poor.", "Listeners to local radio"),
    ("Viewers of state television said the pictures were shocking.", "Viewers of state television"),
])
def test_people_who_heard_or_watched_a_broadcast_are_the_source(text, who):
    assert sources_of(text) == [(who, "unnamed")]


def test_fans_watching_on_television_are_no_broadcaster():
    assert all(src != "television" for src, _ in sources_of("Fans watching on television said the goal should not have stood."))


@pytest.mark.parametrize("text, who", [("State television said 20 people had died.", "State television"),
                                       ("Local radio reported that the bridge was shut.", "Local radio")])
def test_a_broadcaster_by_its_medium_still_speaks(text, who):
    assert sources_of(text) == [(who, "named group")]


def test_it_said_after_a_person_who_named_a_company_is_not_the_person():
    assert kind_of("Smith said the company's staff were loyal. It said profits were up.", "Smith") == "person"


# boost23's "heavy only before a noun" must keep the pressing sense said as a predicate.
@pytest.mark.parametrize("text", ["Losses were heavy on both sides.", "The toll was heavy."])
def test_heavy_losses_said_the_other_way_round_still_press(text):
    assert ("heavy", "booster") in flags(text)


@pytest.mark.parametrize("text", ["Traffic was heavy on the M6.", "The rain was so heavy that the match was called off."])
def test_heavy_weather_or_traffic_as_a_predicate_is_still_no_booster(text):
    assert ("heavy", "booster") not in flags(text)
