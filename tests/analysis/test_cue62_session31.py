"""Session 31 (cue62): attribution cue recall on general news (bench/ERRORS-cues-cue62.md). Every sentence here is
invented for the test."""

import pytest
from support import cues_and_sources

from medialit import find_attributions


# "found" with a result told as a noun (evidence, signs, a link, an effect) and what it is of or about: a finding
# reported, with no "that" clause.
@pytest.mark.parametrize("text, source", [
    ("Researchers have found evidence of frost damage in the old orchard.", "Researchers"),
    ("We also found a clear seasonal effect of rainfall on the harvest.", "We"),
    ("The inspectors found signs of neglect at two of the depots.", "The inspectors"),
    ("Earlier surveys found a strong link between noise and poor sleep.", "Earlier surveys"),
])
def test_found_a_result_noun_is_a_cue(text, source):
    assert ("found", source) in cues_and_sources(text)


# ... but not a thing found, a finding denied, nor a clause between "found" and the noun.
@pytest.mark.parametrize("text", [
    "Police found no evidence of a break-in at the shop.",
    "Police found the evidence in a bin behind the shop.",
    "The hikers found a body of water beyond the ridge.",
    "Divers found any signs of the wreck hard to read.",
])
def test_found_a_thing_or_nothing_is_no_cue(text):
    assert "found" not in [c for c, _ in cues_and_sources(text)]


def test_found_with_a_clause_before_the_noun_stays_out():
    # "said this week they have found what may be signs of ...": "what may be" is a clause, not a describing word
    text = "Local geologists said this week they have found what may be signs of a buried river."
    assert "found" not in [c for c, _ in cues_and_sources(text)]


# "its calls for" (or "our calls for") after a verb: the verb's subject owns the calls.
@pytest.mark.parametrize("text, source", [
    ("The council is also renewing its calls for drivers to slow down near schools.", "The council"),
    ("The union repeated its calls for a shorter working week on Monday.", "The union"),
])
def test_its_calls_for_belong_to_the_verbs_subject(text, source):
    assert ("calls", source) in cues_and_sources(text)


def test_its_calls_with_no_verb_is_no_cue():
    # nobody the reader can tell owns "Its"; the cue is dropped rather than given a wrong source
    assert "calls" not in [c for c, _ in cues_and_sources("Its calls for reform went unheeded for years.")]


# Calls a list includes are raised by others: an agentless demand, as after "prompted" or "despite".
@pytest.mark.parametrize("text", [
    "This week's stories include calls for more buses on rural routes.",
    "The letters page had several complaints, including calls for a new crossing.",
])
def test_included_calls_for_are_agentless(text):
    assert ("calls", None) in cues_and_sources(text)


# "calls from X" after a frame word of unowned calls: "calls from" is the cue, its source the owner after "from".
@pytest.mark.parametrize("text, source", [
    ("The study adds weight to the case for cleaner rivers, supporting calls from anglers for stricter limits.",
     "anglers"),
    # (session 36, sub74: the person without the title, named, as after "said Housing Minister Jo Bloggs")
    ("The survey was welcomed by the charity, supporting calls from Housing Minister Jo Bloggs for more homes.",
     "Jo Bloggs"),
    ("She has stopped short of calls from her rivals to scrap the tax.", "her rivals"),
])
def test_calls_from_an_owner(text, source):
    assert ("calls from", source) in cues_and_sources(text)


@pytest.mark.parametrize("text", [
    "Despite hectoring phone calls from the bank, he refused to pay.",
    "The radio host spent the morning taking calls from listeners.",
    "The archive holds calls from 2019 and 2020.",
])
def test_calls_from_on_a_line_is_no_cue(text):
    assert not [a for a in find_attributions(text) if a.cue.startswith("calls")]
