"""Session 15 (annot20): hedge and booster rules found on 8 more hand-annotated PolNeAR train articles.

Every sentence here is invented for the test.
"""

import pytest

from support import phrases_and_kinds as flags


# "so" before a result clause ("so W that", "so W I/we/he ...") is a degree, and a contracted be-form
# before "so" counts like a full one; the joining "so" is left alone.
@pytest.mark.parametrize("text, found", [
    ("Is the mayor really so naive that he trusts the plan?", [("really", "booster"), ("so", "booster")]),
    ("It is a town so quiet that nobody locks a door.", [("so", "booster")]),
    ("“I’m so glad you came to the fair,” the baker said.", [("so", "booster")]),
    ("Her knee was so swollen I could barely walk.", [("so", "booster")]),
    ("The shop shut early, so in that sense the day was lost.", []),
    ("Prices Rise, But Less So Where Wages Are Low.", []),
    ("The council went so far as to close the pier.", []),
])
def test_so_before_a_result_clause_is_a_degree(text, found):
    assert flags(text) == found


# "sure" of a person's certainty is a booster; "make sure", "to be sure", a question and a negated or
# lessened "sure" are not.
@pytest.mark.parametrize("text, found", [
    ("The baker said the fair, I am sure, will go ahead.", [("sure", "booster")]),
    ("I’m pretty sure the ferry left at noon.", [("pretty", "hedge"), ("sure", "booster")]),
    ("She is sure that the bridge will hold.", [("sure", "booster")]),
    ("The fair will go ahead, that's for sure.", [("sure", "booster")]),
    ("Make sure the gate is shut.", []),
    ("Be sure to shut the gate.", []),
    ("The baker is sure to win the prize.", [("sure", "booster")]),
    ("To be sure, the bridge is old.", []),
    ("The keepers aren’t sure the bridge will hold.", []),
    ("He is far less sure where the path goes.", [("far", "booster")]),
])
def test_sure_of_a_person(text, found):
    assert flags(text) == found


def test_new_lexicon_rows():
    assert flags("The bakery is by far the busiest shop on the street.") == [("by far", "booster")]
    assert flags("The plan was roundly rejected by the council.") == [("roundly", "booster")]
    assert flags("Praised by her rivals and widely expected to win, the baker entered.") == [
        ("widely expected", "hedge")]
    assert flags("The ferry trip was something of a gamble.") == [("something of a", "hedge")]


def test_even_chance_is_the_adjective():
    assert flags("The team has a better than even chance of winning the cup.") == []
    assert flags("The team did not even score.") == [("even", "booster")]


def test_may_before_be_in_a_headline_is_the_modal():
    text = "Baker and Mayor May be Teaming Up on Fair.\n\nThe two met on Friday.\n\nThey spoke for an hour."
    assert ("May", "hedge") in flags(text)
    assert flags("Ann May said the fair will go ahead.") == []
    assert flags("The fair opens in May.") == []


@pytest.mark.parametrize("text", [
    "But I would love your support at the fair.",
    "Most bakers would rather sell bread than cakes.",
    "The club would like to thank its members.",
])
def test_would_of_a_wish_is_no_hedge(text):
    assert [p for p, k in flags(text) if p == "would"] == []


def test_would_of_a_hypothetical_stays():
    assert ("would", "hedge") in flags("The bridge would fall if the river rose.")


def test_an_intensifier_in_an_open_question_asserts_nothing():
    text = "She would not say whether she would strongly back the plan."
    assert [p for p, k in flags(text) if k == "booster"] == []
    assert flags("She said she would strongly back the plan.") == [("strongly", "booster")]


def test_asked_and_figures_are_no_agentless_hedge():
    text = ("Asked what he wanted from the fair, the baker said, “Sun.” "
            "There are 40 pledged stalls at the fair, and the baker, who is 28, said it would be fine.")
    assert not [p for p, k in flags(text) if p.lower().startswith("asked") or any(c.isdigit() for c in p)]


@pytest.mark.parametrize("text, found", [
    ("The bakers were not very happy with the fair.", []),
    ("Such fairs don’t happen very often.", [("often", "hedge")]),
    ("The bakers were very happy with the fair.", [("very", "booster")]),
])
def test_a_negated_very_is_no_booster(text, found):
    assert flags(text) == found


def test_polling_is_showing_is_a_booster_but_polls_showing_describes():
    assert ("showing", "booster") in flags("Recent polling is showing the mayor far ahead in the race.")
    assert [p for p, k in flags("He cited polls showing the mayor far ahead.") if p == "showing"] == []
    assert [p for p, k in flags("The poll gave the mayor a strong showing.") if p == "showing"] == []


@pytest.mark.parametrize("text, flagged", [
    ("At the fair, the delegates must vote for the baker who won them.", False),  # a duty on people
    ("The mayor, who must make the final call, said nothing.", False),
    ("Under the rules, stallholders must declare their takings.", False),
    ("The stallholders must have known about the storm.", True),  # a conclusion
    ("A lasting truce must come before any talks.", True),  # a thing as subject: left to the reader
])
def test_must_after_people_and_a_plain_verb_is_a_duty(text, flagged):
    assert ("must" in [p for p, k in flags(text) if k == "booster"]) == flagged


def test_hyland_words_the_lexicon_lacked():
    assert flags("The visitors came mainly from the coast.") == [("mainly", "hedge")]
    assert flags("The ferry is frequently late.") == [("frequently", "hedge")]
    assert flags("In my view, the pier can be saved.") == [("In my view", "hedge")]
    assert flags("The town voted overwhelmingly for the plan.") == [("overwhelmingly", "booster")]
    assert flags("The baker is incredibly driven.") == [("incredibly", "booster")]
    assert flags("The plan is unequivocally the right one.") == [("unequivocally", "booster")]


@pytest.mark.parametrize("text, found", [
    ("The baker said she “backs the mayor 100 percent,” and left.", [("100 percent", "booster")]),
    ("“Will the pier reopen? One-hundred percent. It will.”", [("One-hundred percent", "booster")]),
    ("The club is 100 percent committed to the fair.", [("100 percent", "booster")]),
    ("With 100 percent of the votes counted, the baker won.", []),
    ("Ferry fares rose 100 percent in a year.", []),
])
def test_100_percent_as_a_degree_not_a_share(text, found):
    assert [(p, k) for p, k in flags(text) if k == "booster"] == found


@pytest.mark.parametrize("text, vague", [
    ("The mayor left the fair early, according to Gallup.", False),
    ("The mayor left the fair early, according to CNN.", False),
    ("“It is not how I remember it,” Purcell said.", False),
    ("The baker's plan was first reported by HuffPo.", False),
    ("Officials said the fair would open.", True),
    ("Critics argue the fair costs too much.", True),
])
def test_one_capitalised_name_is_no_vague_source(text, vague):
    assert bool([p for p, k in flags(text) if k == "hedge"]) == vague


@pytest.mark.parametrize("text, flagged", [
    ("The baker rejected rumours that the fair might close.", True),
    ("The mayor quashed rumours he was leaving.", True),
    ("Amid rumours of a split, the band played on.", True),
    ("Rumours of a takeover lifted the shares.", True),
    ("Rumours and edits on the site were the work of a prankster.", False),
    ("Police urged people not to spread rumours or videos.", False),
])
def test_rumours_are_a_source_only_when_a_claim_follows(text, flagged):
    assert any("umours" in p for p, k in flags(text)) == flagged


@pytest.mark.parametrize("text, found", [
    ("The cuts fall on the stalls at the very bottom of the market.", [("very", "booster")]),
    ("It was the very first fair in the town.", [("very", "booster")]),
    ("At the very least, the pier needs paint.", []),
    ("Those were the very words of the mayor.", []),
    ("As for the very moderate mayor, she stayed home.", [("very", "booster")]),
    ("It was the very debate the town had feared.", []),
])
def test_the_very_before_an_extreme_position(text, found):
    assert [(p, k) for p, k in flags(text) if k == "booster"] == found


@pytest.mark.parametrize("text, found", [
    ("The new pier looks exactly the same as the old one.", [("exactly", "booster")]),
    ("She said the baker was exactly right.", [("exactly", "booster")]),
    ("Nobody knows exactly how the fire started.", []),
    ("The new pier is not exactly the same as the old one.", []),
])
def test_exactly_stressing_a_match(text, found):
    assert [(p, k) for p, k in flags(text) if k == "booster"] == found


def test_a_good_bet_is_a_hedge():
    assert flags("It is a good bet that the fair will sell out.") == [("a good bet", "hedge")]


@pytest.mark.parametrize("text", [
    "I’m not so sure the pier will open.",
    "The next fair won’t be so lucky with the weather.",
    "It was not so much the rain as the wind.",
])
def test_a_negated_so_is_no_booster(text):
    assert [p for p, k in flags(text) if k == "booster"] == []


def test_reasonably_of_degree_is_a_hedge():
    assert flags("There are five reasonably safe seats.") == [("reasonably", "hedge")]
    assert flags("Voters could reasonably expect a vote.") == [("could", "hedge")]


def test_ate_adjectives_grade_like_others():
    assert flags("The baker was a little desperate by noon.") == [("a little", "hedge")]
    assert [p for p, k in flags("The most passionate backers came early.")] == []
    assert flags("Most graduate students came to the fair.") == [("Most", "hedge")]


@pytest.mark.parametrize("text, flagged", [
    ("A baker asked if the mayor might consider moving the fair.", False),
    ("He dodged a question about whether he would consider a second term.", False),
    ("The mayor said she was willing to consider moving the fair.", True),
])
def test_consider_inside_an_open_question_is_no_hedge(text, flagged):
    assert any(p.lower().startswith("consider") for p, k in flags(text)) == flagged
