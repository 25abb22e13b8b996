"""Session 24 (cue46): cues the cue finder found and then dropped for want of a subject. Every sentence here is
invented for the test."""

import pytest
from support import cues_and_sources


# A noun phrase that goes on past its noun (a clause on "who"/"that"/"whose", an "-ing" phrase, "here") opens the
# sentence and is the subject of the speech verb after it.
@pytest.mark.parametrize("text, cue, source", [
    ("Bakers trying to win the county fair say the new oven rules are too strict.", "say",
     "Bakers trying to win the county fair"),
    ("Her festival volunteers here said they had worked every weekend since May.", "said", "Her festival volunteers"),
    ("Cycling groups that have backed the new lane say they want it finished by spring.", "say", "Cycling groups"),
    ("The harbour pilots whose boats were damaged say the storm warnings came too late.", "say", "The harbour pilots"),
    ("Nearly eight in 10 orchard owners overall said they had lost fruit to the frost.", "said", "Nearly eight in 10 orchard owners"),
    ("Ferry crews who worked through the strike told reporters the pay offer was fair.", "told", "Ferry crews"),
])
def test_an_opening_phrase_with_its_description_is_the_source(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


@pytest.mark.parametrize("text, cue, opening", [
    # the cue is the relative clause's own verb, not the main verb: the sentence's opening words are not its source
    ("The council thanked the bakers who believe the oven rules are unfair.", "believe", "The council"),
    ("Even pilots who have praised the harbour warned on Monday that the channel was silting up.", "praised", "Even pilots"),
    ("Given the evidence that farmers wrongly believe the frost will pass, the plan is late.", "believe", "Given"),
    ("The baker whose blog first revealed that the oven was faulty has closed the shop.", "revealed", "The baker"),
])
def test_a_verb_inside_the_description_gets_no_opening_source(text, cue, opening):
    assert not any(c == cue and (src or "").startswith(opening) for c, src in cues_and_sources(text))


@pytest.mark.parametrize("text", [
    # the opening words are a clause with a verb of their own ("won", "appeared in", "takes into"): no subject there
    "The mayor won among the traders who said the market should stay open.",
    "Posters quickly appeared in the square that said the market would stay open.",
    "The new survey takes into account the traders who said the market should stay open.",
])
def test_an_opening_clause_is_no_subject(text):
    assert all(not (src or "").startswith(("The mayor", "Posters", "The new survey")) for _, src in cues_and_sources(text))


# ", who said": an aside on the phrase right before the comma, which is the source.
@pytest.mark.parametrize("text, cue, source", [
    ("The last question came from a young fisherman, who said he had sailed from Hull.", "said", "a young fisherman"),
    ("The vote split the parents, who said the new school was too far away.", "said", "the parents"),
])
def test_who_after_a_comma_takes_the_phrase_before_it(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


def test_who_after_a_pronoun_takes_no_source():
    assert ("said", "them") not in cues_and_sources("The crew waved at them, who said nothing at all.")
