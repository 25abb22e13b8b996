"""Session 16, boost23: booster and hedge words in a plain, non-committal sense in general news
(weather, sport, business, features). All text here is invented for these tests."""
import pytest

from medialit import find_hedges

from support import lowered_phrases_of_kind as _flags


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


def test_heavily_after_a_verb_or_before_a_party_gives_an_amount():
    for text in ("The candidate has spent heavily on television.", "The club relies heavily on its academy.",
                 "The heavily Labour ward voted to stay."):
        assert _flags(text, "booster") == [], text


def test_prove_as_an_aim_or_an_open_outcome_claims_no_proof():
    assert _flags("The new coach is out to prove the doubters wrong.", "booster") == []
    assert _flags("The delay could prove costly for the builders.", "booster") == []
    # (session 21, src36: a bare "Tests" opening the sentence is no person's name any more, and reads as "Earlier
    # tests prove" does, a vague source; "The tests" keeps this test's point)
    assert _flags("The tests prove that the water is safe.", "booster") == ["prove"]


def test_a_case_being_weighed_is_no_judgement():
    assert _flags("Two appeals being considered in Leeds name the council.", "hedge") == []
    assert _flags("The petition will be considered for debate next month.", "hedge") == []
    assert _flags("The bridge is considered unsafe.", "hedge") == ["is considered"]


def test_if_possible_asks_for_the_most_that_can_be_done():
    assert _flags("Please reply today if possible, the letter said.", "hedge") == []


def test_speculation_in_markets_is_trading_not_guessing():
    for text in ("The levy is meant to curb speculation on the housing market.",
                 "Land speculation pushed rents up in the town.",
                 "Regulators warned about speculation in bitcoin."):
        assert "speculation" not in _flags(text, "hedge"), text
    assert _flags("There is speculation that the manager will quit.", "hedge") == ["speculation"]


def test_linked_to_a_body_of_people_is_an_affiliation():
    # Session 33 (lnk66): no tie is a hedge any more, so this pins that an affiliation stays unflagged, that a
    # correlation ("has been linked to weight gain") is unflagged too, and that a modal before the tie keeps its flag.
    for text in ("A website linked to a campaign group paid for the adverts.",
                 "Accounts linked to the militant group shared the video.",
                 "The survey is not associated with any party."):
        assert "linked to" not in _flags(text, "hedge") and "associated with" not in _flags(text, "hedge"), text
    assert _flags("Poor sleep has been linked to weight gain.", "hedge") == []
    assert _flags("Poor sleep might be linked to weight gain.", "hedge") == ["might"]


def test_so_called_before_a_name_keeps_its_flag_with_a_why_that_says_it_may_only_name():
    before_name = [h for h in find_hedges("Troops fought the so-called Islamic State.") if h.kind == "hedge"]
    assert [h.phrase for h in before_name] == ["so-called"] and "cannot tell" in before_name[0].why
    plain = [h for h in find_hedges("The so-called experts got it wrong.") if h.kind == "hedge"]
    assert [h.phrase for h in plain] == ["so-called"] and "cannot tell" not in plain[0].why


def test_country_officials_keep_their_flag_with_a_why_that_names_the_country_not_the_person():
    flags = [h for h in find_hedges("Iranian officials have denied the accusations.") if h.kind == "hedge"]
    assert [h.phrase for h in flags] == ["Iranian officials"] and "country is named" in flags[0].why
    plain = [h for h in find_hedges("Officials said the road would reopen.") if h.kind == "hedge"]
    assert [h.phrase for h in plain] == ["Officials said"] and "country" not in plain[0].why


def test_a_plain_past_never_is_negation_not_stress():
    assert _flags("He never scored for the club again.", "booster") == []
    assert _flags("The pier has never been closed in its long history.", "booster") == []
    assert _flags("We will never forget what happened here.", "booster") == ["never"]
    assert _flags("\u201cI've never seen anything like it,\u201d she said.", "booster") == ["never"]


def test_level_scores_are_no_intensifier():
    assert _flags("The scores were even at half-time.", "booster") == []
    assert _flags("The series is even at 2-2.", "booster") == []
    assert _flags("The hall was even at capacity an hour early.", "booster") == ["even"]


def test_pictures_are_records_not_unnamed_people():
    for text in ("CCTV footage shows the man leaving the shop at 2am.",
                 "A series of photos from the match is doing the rounds online.",
                 "Video released by the club shows the fans on the pitch."):
        assert [h for h in find_hedges(text) if h.category == "vague attribution"] == [], text
    assert _flags("A group of nurses said the ward was short-staffed.", "hedge") == ["a group of nurses said"]


def test_a_denial_of_true_presses_no_certainty():
    assert _flags("The rumours are not true, the club said.", "booster") == []
    assert _flags("It isn't true that the pool will close.", "booster") == []
    assert _flags("It is true that the pool will close.", "booster") == ["true"]


def test_might_or_may_want_to_is_advice():
    assert _flags("Fans might want to arrive early for the final.", "hedge") == []
    assert _flags("Visitors may wish to bring a coat.", "hedge") == []
    assert _flags("The manager might want a new striker.", "hedge") == ["might"]


def test_could_see_keeps_its_flag_with_a_why_that_says_it_may_be_ability():
    for text in ("Tom Hale said he could see flames from the bridge.", "We could see a wet August."):
        flags = [h for h in find_hedges(text) if h.kind == "hedge"]
        assert [h.phrase for h in flags] == ["could"] and "able to see" in flags[0].why, text
    other = [h for h in find_hedges("The ferry could be cancelled.") if h.kind == "hedge"]
    assert "able to see" not in other[0].why
    assert _flags("They could not see the road.", "hedge") == []


def test_could_not_believe_is_astonishment_not_a_view():
    for text in ("The striker could not believe his luck.", "\u201cI can't believe how quiet it is,\u201d she said.",
                 "Residents couldn\u2019t believe that the pier had gone."):
        assert _flags(text, "hedge") == [], text
    assert _flags("I don't believe the pier will reopen.", "hedge") == ["believe"]


def test_a_second_that_clause_is_reported_by_the_same_verb():
    text = ("The club has said the stadium would reopen in some form once the inquiry is over and that "
            "it would be renamed.")
    assert _flags(text, "hedge") == []
    assert _flags("She argued the plan was poor, and that it would hurt farmers if it passed.", "hedge") == ["would"]


def test_broken_even_more_is_still_the_intensifier():
    assert _flags("The mayor has broken even more promises than his rival.", "booster") == ["even"]


def test_a_wish_guessed_in_a_wh_clause_stays_a_hedge():
    assert _flags("She may stand for mayor, or whatever she might want to run for next.", "hedge") == ["may", "might"]


def test_as_far_as_we_know_is_no_booster():
    assert _flags("As far as we know, no one was hurt in the blaze.", "booster") == []
    assert _flags("We know the bridge will be late.", "booster") == ["we know"]


@pytest.mark.parametrize("text", ["The lake has clear water.", "Her flat has a clear view of the harbour.",
                                  "The bottles are made of clear plastic.", "The winger had a clear run at goal."])
def test_clear_to_see_through_or_to_pass_is_no_booster(text):
    assert "clear" not in _flags(text, "booster")


def test_a_clear_sign_still_presses():
    assert _flags("There was a clear sign that the plan had failed.", "booster") == ["clear"]
