"""Session 14 (boost18): booster senses that raise no certainty. Every sentence here is invented."""

import pytest

from support import boosters, hedges


# "true" after "the" or a possessive picks out the actual one ("his true aim"); "come true",
# "ring true" are idioms. "It's true", "a true truce" still press a claim.
@pytest.mark.parametrize("text,found", [
    ("Painting was her true calling, the teacher recalled.", []),
    ("The audit will show the true cost of the bridge.", []),
    ("Nobody knew the council's true plans for the park.", []),
    ("For the village, it was a wish come true.", []),
    ("His excuse did not ring true to the jury.", []),
    ("It's true that the ferry left late.", ["true"]),
    ("That's true, the mayor admitted.", ["true"]),
    ("Only a true truce can bring the sides to talk.", ["true"]),
])
def test_true_of_the_actual_one_or_in_an_idiom_is_no_booster(text, found):
    assert boosters(text) == found


# A certainty not yet reached: after "to", or in a "before/so that ... can" clause, or in a condition.
@pytest.mark.parametrize("text,found", [
    ("Doctors need more scans before they can definitively say the bone has healed.", []),
    ("It is too soon to definitively name the cause of the flood.", []),
    ("They kept the samples so that they could definitely tell the two apart.", []),
    ("If the plan fails definitively, the town will need another.", []),
    ("The new scans definitively show the bone has healed.", ["definitively"]),
    ("The two sisters all definitely agree on the name.", ["definitely"]),
])
def test_definitively_only_where_the_certainty_is_claimed(text, found):
    assert boosters(text) == found


# "fully" boosts a stance or a size; the extent of an action or a state is a description.
@pytest.mark.parametrize("text,found", [
    ("The coach said she fully supports the new captain.", ["fully"]),
    ("We are fully aware of the risks, the club said.", ["fully"]),
    ("Fully 40 families signed the letter.", ["Fully"]),
    ("Once he found the hobby, he chose to pursue it fully.", []),
    ("The goalkeeper is expected to fully recover by spring.", []),
    ("The baker cooperated fully with the inspectors.", []),
    ("The mayor has not fully endorsed the plan.", []),
])
def test_fully_boosts_a_stance_not_the_extent_of_an_action(text, found):
    assert boosters(text) == found


# "-est" marks a superlative ("the very best"), not a compass word or a noun ending so.
@pytest.mark.parametrize("text,found", [
    ("The hut stands at the very northwest corner of the island.", []),
    ("That was the very test the pupils feared.", []),
    ("The bakery sells the very freshest bread in town.", ["very"]),
])
def test_very_before_a_compass_word_is_the_adjective(text, found):
    assert boosters(text) == found


# "even" after "a/an/the" before no comparative is the adjective (level, calm).
@pytest.mark.parametrize("text,found", [
    ("The vote ended in an even split between the two towns.", []),
    ("The chef answered in an even voice.", []),
    ("The town now faces an even bigger bill.", ["even"]),
    ("Even the goalkeeper scored.", ["Even"]),
])
def test_even_as_an_adjective_is_no_booster(text, found):
    assert boosters(text) == found


# "so" standing for a clause after a verb of saying or thinking, and "So much for", are no degree.
@pytest.mark.parametrize("text,found", [
    ("The baker agreed but would not say so publicly.", []),
    ("So much for the quiet weekend, the neighbours joked.", []),
    ("The coach tells so many stories that nobody listens.", ["so"]),
    ("The soup was so hot that nobody ate it.", ["so"]),
])
def test_so_as_a_pro_form_or_in_an_idiom_is_no_booster(text, found):
    assert boosters(text) == found


# "clear" presses a claim before a noun or as the predicate ending a claim; not negated, not before a
# function word, not a literal predicate that goes on.
@pytest.mark.parametrize("text,found", [
    ("The vote sent a clear message to the council.", ["clear"]),
    ("The lesson of the flood is clear.", ["clear"]),
    ("The coach was clear that the match was over.", ["clear"]),
    ("There is no clear favourite in the race.", []),
    ("The new plan is less clear than the old one.", []),
    ("The mayor was clear about one thing.", []),
    ("It later became clear she had left.", []),
    ("By noon the road was clear of snow.", []),
    ("Why isn't this crystal clear proof of a leak?", ["clear"]),
])
def test_clear_before_a_noun_or_ending_a_claim(text, found):
    assert boosters(text) == found


# A certainty booster inside an indirect question asserts nothing; a main clause after it does.
@pytest.mark.parametrize("text,found", [
    ("Fans still ask whether the striker truly wants to stay.", []),
    ("The question is whether the same will be true next year.", []),
    ("Whether or not the bridge opens, the mayor is certainly pleased.", ["certainly"]),
    ("Whether the old ferry can carry the new trucks across the bay is really the question.", ["really"]),
])
def test_a_certainty_booster_in_an_indirect_question_asserts_nothing(text, found):
    assert boosters(text) == found


# "considering" opening its clause before a noun phrase means "given". Session 15 (probe20): the verb
# ("is considering a new coach") reports weighing a choice and is no hedge either: the PolNeAR hedge
# gold marks none of its 5 flags on train and dev; only "considered" stays (tests in
# test_probe20_session15.py).
@pytest.mark.parametrize("text,found", [
    ("Considering the cost, the new bridge is cheap.", []),
    ("The result was good, considering what the team faced.", []),
    ("The club is considering a new coach.", []),
    ("The board met, even considering whether to sell the field.", []),
])
def test_considering_as_given_is_no_hedge(text, found):
    assert hedges(text) == found


# "powerful" presses the force of an act of expression; of a holder of power or a physical force it
# describes. Literal "heavy water", "heavy weapons" measure, like "heavy snow".
@pytest.mark.parametrize("text,found", [
    ("The march was a powerful reminder of the flood.", ["powerful"]),
    ("She gave a powerful, moving speech.", ["powerful"]),
    ("The island is the most powerful nation in the league.", []),
    ("A powerful storm cut the power to the valley.", []),
    ("The mayor met a powerful senator.", []),
    ("The rebels carried heavy weapons.", []),
    ("The plant makes heavy water for the reactor.", []),
    ("Heavy fighting went on near the bridge.", ["Heavy"]),
])
def test_powerful_of_an_act_and_heavy_not_literal(text, found):
    assert boosters(text) == found


# "rare" of an event presses; of a kind it classifies. "unified" as a verb with its object reports an act.
@pytest.mark.parametrize("text,found", [
    ("The mayor gave a rare interview on Sunday.", ["rare"]),
    ("The girl has a rare disease of the blood.", []),
    ("The mine digs up rare earths.", []),
    ("The towns took a unified stance on the road.", ["unified"]),
    ("The flood unified the two villages.", []),
])
def test_rare_of_an_event_and_unified_the_adjective(text, found):
    assert boosters(text) == found


# "suggest a ..." with evidence as its subject points to a conclusion (a hedge); a person proposes.
@pytest.mark.parametrize("text,found", [
    ("The new data suggest a gap between the two schools.", ["suggest"]),
    ("Fans welcomed news that suggested a return of the old coach.", ["suggested"]),
    ("That suggests a lack of interest in the fair.", ["suggests"]),
    ("The mayor suggested a new road to the harbour.", []),
    ("She didn't suggest a date for the match.", []),
])
def test_suggest_a_after_evidence_is_a_hedge(text, found):
    assert hedges(text) == found


# "would" looking forward from a past the story tells ("would go on to", "would later") is no hypothetical.
@pytest.mark.parametrize("text,found", [
    ("The young baker opened a stall in 1990 and would go on to run six shops.", []),
    ("The boat that sank that night would later be raised by divers.", []),
    ("If the club won the cup, it would soon face bigger teams.", ["would"]),
    ("A new roof would cost far less.", ["would"]),
])
def test_would_of_the_future_in_the_past_is_no_hedge(text, found):
    assert hedges(text) == found


# A negated booster does not boost, now also "unprecedented", "essential", "inevitable", "meaningful",
# "significantly".
@pytest.mark.parametrize("text,found", [
    ("A flood this size is not unprecedented in the valley.", []),
    ("The results may not change significantly.", []),
    ("The club made no meaningful offer.", []),
    ("A defeat is not inevitable, the coach said.", []),
    ("The turnout was unprecedented.", ["unprecedented"]),
    ("Clean water is essential for the camp.", ["essential"]),
])
def test_more_negated_boosters_do_not_boost(text, found):
    assert boosters(text) == found


# "some of" a named group is an untold share (a hedge); before a superlative (a ranking, or vague?) it is flagged
# too since session 24 (boost45), with a why that leaves the reading open (test_boost45_session24).
@pytest.mark.parametrize("text,found", [
    ("Some of the club's old photos were lost in the fire.", ["Some"]),
    ("She went camping with some of her school friends.", ["some"]),
    ("The town faces some of the harshest winters in the north.", ["some"]),
    ("He met some of the region's largest farmers.", ["some"]),
])
def test_some_of_a_group_is_a_hedge_unless_a_superlative_follows(text, found):
    assert hedges(text) == found


# "absolute" stresses a noun to the full, except in a fixed term.
@pytest.mark.parametrize("text,found", [
    ("The new timetable is an absolute mess.", ["absolute"]),
    ("The party won an absolute majority of the seats.", []),
    ("Prices fell in absolute terms.", []),
])
def test_absolute_stresses_a_noun_unless_a_term(text, found):
    assert boosters(text) == found


# "nothing", "none", "nobody", "nor", "neither", "without" negate like "not": "nothing at all" stresses
# the no; "without fully agreeing" does not boost.
@pytest.mark.parametrize("text,found", [
    ("The fence cost little or nothing at all.", ["at all"]),
    ("Of the cakes, none at all were left.", ["at all"]),
    ("The two towns merged without completely agreeing on a name.", []),
])
def test_more_words_of_negation(text, found):
    assert boosters(text) == found


# "I felt" / "we feel" before a view is the speaker's own view, like "I feel"; a feeling is not.
@pytest.mark.parametrize("text,found", [
    ("I felt like my talent was being wasted at the bank.", ["I felt"]),
    ("I felt the second goal was offside.", ["I felt"]),
    ("We feel like the town has been forgotten.", ["We feel"]),
    ("I felt embarrassed at the party.", []),
])
def test_i_felt_before_a_view_is_a_hedge(text, found):
    assert hedges(text) == found


# "trying to" right after a noun is a shortened "who is trying to": an intent, like "is trying to".
# After a participle or a verb, a comma, an adverb or time spent on it, it stays an effort.
@pytest.mark.parametrize("text,found", [
    ("The mayor waved at a cyclist trying to cross the square.", []),
    ("Farmers trying to sell early were turned away.", []),
    ("Boats were seen trying to reach the harbour.", ["trying to"]),
    ("The keeper died trying to save the lamp.", ["trying to"]),
    ("The crew, trying to reach the shore, lost an oar.", ["trying to"]),
    ("The club spent years trying to build a new stand.", ["trying to"]),
])
def test_trying_to_after_a_noun_is_an_intent(text, found):
    assert hedges(text) == found


# "assume" taking up a post one adjective later is no belief.
@pytest.mark.parametrize("text,found", [
    ("She will assume the top post in May.", []),
    ("He hopes to assume the mayoral office next year.", []),
    ("I assume the ferry will be late.", ["assume"]),
])
def test_assume_a_post_after_an_adjective(text, found):
    assert hedges(text) == found


# "possible" in an idiom of the most that can be done leaves no claim open.
@pytest.mark.parametrize("text,found", [
    ("The council will fix the road as soon as possible.", []),
    ("Invite as many neighbours as possible.", []),
    ("The team was in the best shape possible.", []),
    ("It came at the worst possible moment.", []),
    ("Volunteers will help where possible.", []),
    ("A late train is possible, the guard said.", ["possible"]),
    ("It is the best news, and it is possible that more will come.", ["possible"]),
])
def test_possible_in_an_idiom_of_the_most_is_no_hedge(text, found):
    assert hedges(text) == found
