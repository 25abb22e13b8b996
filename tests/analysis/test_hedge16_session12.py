"""Session 12 (hedge16): sense distinctions for hedges and boosters on unseen copy. Invented sentences only."""

import pytest

from medialit import find_hedges

from support import phrases_of_kind as flags


# A bound before a figure states a ceiling or a floor as a fact, like "more than 20": not a hedge.
@pytest.mark.parametrize("text", [
    "Fewer than three percent of the ferries run late.",
    "The winner crossed the line in just under two hours and eight minutes.",
    "Her second lap took just over 41 seconds.",
    "The pier cost less than 40,000 pounds to mend.",
])
def test_a_bound_before_a_figure_is_not_a_hedge(text):
    assert flags(text, "hedge") == []


# With no figure, only "a"/"an" and a unit, the bound is a rough estimate: still a hedge.
@pytest.mark.parametrize("text, phrase", [
    ("The storm passed in less than a minute.", "less than"),
    ("The bakery reopened just over a year later.", "just over"),
    ("They had lived there just under a decade.", "just under"),
])
def test_a_bound_before_a_unit_stays_a_hedge(text, phrase):
    assert flags(text, "hedge") == [phrase]


# "even" before "when", "with" or "as" stresses how far the claim reaches (a booster); "even if", "even though" only
# join clauses. (Session 35, ev73: "Even as we repair the road" is now a booster, as GUIDELINES.md's session-30
# "Scalar even" line reads "even as"; this test once held the joiner reading. See test_ev73_session35.py.)
@pytest.mark.parametrize("text, found", [
    ("The bridge stayed busy at night, or even when the tolls doubled.", ["even"]),
    ("Even with a new coach, the club lost every match.", ["Even"]),
    ("Even as a boy he mended clocks.", ["Even"]),
    ("Even as we repair the road, the traffic grows.", ["Even"]),
    ("The club lost, even though the coach was new.", []),
    ("The shop will open even if it rains.", []),
])
def test_even_before_when_with_or_a_role_is_a_booster(text, found):
    assert flags(text, "booster") == found


# "One of the nurses" is one of a group the text has already named (like "the nurses"): not vague.
# "One official" names no group: still vague.
@pytest.mark.parametrize("text, vague", [
    ("The nurses wrote to the board. One of the nurses who signed it said the ward was cold.", False),
    ("One official said the ward was cold.", True),
    ("Officials said the ward was cold.", True),
])
def test_one_of_a_named_group_is_not_a_vague_source(text, vague):
    found = [h.phrase for h in find_hedges(text) if h.category == "vague attribution"]
    assert bool(found) == vague, found


# "attempt to" after a be-form or "to" states an intent, as "try to" does (session 10): not a hedge.
# A bare effort still leaves open whether it worked.
@pytest.mark.parametrize("text, found", [
    ("The council is attempting to sell the old depot.", []),
    ("They want to attempt to climb it in winter.", []),
    ("Divers attempted to raise the wreck.", ["attempted to"]),
    ("The mayor's attempts to close the pier failed.", []),  # session 19: the noun names an attempt made
])
def test_attempt_to_after_a_be_form_states_an_intent(text, found):
    assert flags(text, "hedge") == found


# "suspected" says something is thought to be so but not proven, like "alleged".
@pytest.mark.parametrize("text", [
    "Police are questioning two men about a suspected arson at the depot.",
    "She was suspected of moving the funds.",
])
def test_suspected_is_a_distancing_hedge(text):
    assert flags(text, "hedge") == ["suspected"]


def test_to_a_large_extent_is_a_hedge():
    assert flags("The new timetable has, to a large extent, fixed the delays.", "hedge") == ["to a large extent"]


# "demonstrated his skill": something shown beyond doubt (a booster). Not the protest sense, nor a
# negated one.
@pytest.mark.parametrize("text, found", [
    ("The goalkeeper again demonstrated his calm under pressure.", ["demonstrated"]),
    ("The trial demonstrates how quickly the ferry can turn.", ["demonstrates"]),
    ("Hundreds demonstrated outside the town hall on Friday.", []),
    ("Farmers demonstrated against the new tax.", []),
    ("The council has not demonstrated the need for a new car park.", []),
])
def test_demonstrated_with_an_object_is_a_booster(text, found):
    assert flags(text, "booster") == found


# "a powerful show of unity" presses a description (a booster); "how powerful it was" asks a size and
# "It is powerful." only judges. "increasingly angry" raises a quality; "increasingly turn to" is a trend.
@pytest.mark.parametrize("text, found", [
    ("It was a powerful show of unity by the three towns.", ["powerful"]),
    ("Nobody knows yet how powerful the storm was.", []),
    ("Her speech moved them. It is powerful.", []),
    ("Commuters are increasingly angry about the delays.", ["increasingly"]),
    ("Commuters increasingly turn to the night bus.", []),
])
def test_powerful_before_a_noun_and_increasingly_before_an_adjective(text, found):
    assert flags(text, "booster") == found


# "would" inside a reported question ("asked how he would pay") or after "cautions that" belongs to
# what someone asked or warned, not to the writer's hypothetical. A plain hypothetical stays a hedge.
@pytest.mark.parametrize("text, found", [
    ("Reporters pressed the mayor about how she would pay for the tram.", []),
    ("The poster was meant to show what the new pier would look like.", []),
    ("But the engineer cautions that the bridge would still need new cables.", []),
    ("A new tram would cut journeys by half.", ["would"]),
    ("That is what I would do if I were mayor.", ["would"]),
    ("The council acted, no matter how unpopular the cuts would be.", ["would"]),
])
def test_would_in_a_reported_question_or_warning_is_not_a_hedge(text, found):
    assert flags(text, "hedge") == found


# A headline or standfirst sums up whom the story then names: its unnamed group is no vague source.
# The same group in the story's body is; and a hedging word in the headline still counts. (A text of
# one or two lines has no headline: a story of at least two lines must follow.)
def test_a_headline_group_is_not_a_vague_source():
    text = ("Ferry fares to rise in spring, officials say\n\n"
            "Fares on the island ferry will rise by a tenth in April, the harbour board said on Monday.\n\n"
            "Officials said the rise would pay for a second boat and for repairs to the old pier at Stoll.\n")
    vague = [h.phrase for h in find_hedges(text) if h.category == "vague attribution"]
    assert vague == ["Officials said"]


def test_a_hedging_word_in_a_headline_still_counts():
    text = ("Night buses may cut late-night crashes, study suggests\n\nA study of four towns found fewer crashes.\n\n"
            "The buses ran every hour.\n")
    headline = [(h.phrase, h.category) for h in find_hedges(text) if h.end <= text.index("\n")]
    assert headline == [("may", "modal"), ("suggests", "tentative")]


def test_a_one_line_text_has_no_headline():
    assert [h.phrase for h in find_hedges("Officials said the pier was closed.") if h.category == "vague attribution"]


# A factive passive ("are recognised as", "was revealed as") presents what follows as true: no
# distancing hedge. "is said to be", "are thought to" still distance.
@pytest.mark.parametrize("text, found", [
    ("Rats are recognised as one of the worst threats to the island's birds.", []),
    ("The two clerks were revealed as the leakers.", []),
    ("The clerk is said to be the leaker.", ["is said to"]),
    ("Rats are thought to have arrived by boat.", ["are thought to"]),
])
def test_a_factive_passive_is_not_an_agentless_hedge(text, found):
    assert [h.phrase for h in find_hedges(text) if h.category == "agentless attribution"] == found


# A label whose owner is named ("what she called a disgrace") is an attribution, not a hedge; with an
# unnamed owner it is still a vague source.
@pytest.mark.parametrize("text, hedges", [
    ("The mayor condemned what she called a disgrace at the depot.", []),
    ("The depot was closed after what officials called “a serious leak”.", [("officials called", "vague attribution")]),
])
def test_what_someone_called_is_a_hedge_only_when_the_owner_is_unnamed(text, hedges):
    assert [(h.phrase, h.category) for h in find_hedges(text) if h.kind == "hedge"] == hedges


# "may" asking leave to speak softens no claim: "If I may, ...".
@pytest.mark.parametrize("text, found", [
    # (session 15: "would like" states a wish, not a hypothetical, so "would" is no longer flagged here)
    ("If I may, I would like to read the letter aloud.", []),
    ("We will go on if we may.", []),
    ("The pier may, in time, cost more to mend.", ["may"]),
    ("The pier may close in May.", ["may"]),
])
def test_may_asking_leave_is_not_a_hedge(text, found):
    assert flags(text, "hedge") == found


# "I really think", "we still think": the speaker's own view, as "I think" is; the adverb keeps its own flag.
@pytest.mark.parametrize("text, hedges", [
    ("I really think the new tram will help.", ["think"]),
    ("We still think the pier can be saved.", ["think"]),
    ("I think the pier can be saved.", ["I think"]),
    ("The engineers really think the pier can be saved.", []),
])
def test_think_after_i_or_we_and_an_adverb_is_a_hedge(text, hedges):
    assert flags(text, "hedge") == hedges


@pytest.mark.parametrize("text, found", [
    ("The challenger has drawn even with the mayor in the polls.", []),
    ("The council is struggling to demonstrate how the tram will pay.", []),
    ("The new tram is increasingly popular with students.", ["increasingly"]),
    ("It is an increasingly shaky plan.", []),  # session 21 (boost37): inside a noun phrase it tells of a change
    ("The council is increasingly relying on parking fees.", []),
])
def test_level_even_untested_demonstrate_and_rising_quality(text, found):
    assert flags(text, "booster") == found


def test_a_short_lede_in_the_past_is_no_headline():
    text = ("Ferry strike ends\n\nThe ferry strike is over, union officials said on Monday.\n\n"
            "Boats will run again from Tuesday.\n\nFares stay the same.\n")
    assert [h.phrase for h in find_hedges(text) if h.category == "vague attribution"] == ["union officials said"]
