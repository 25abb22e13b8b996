"""Session 27 (gcue53): attribution cue families on general news (bench/ERRORS-cues-gcue53.md). Every sentence here
is invented for the test."""

import pytest
from support import cues_and_sources


# Secret information handed over ("disclosed classified information", "revealed highly classified information to")
# is an act, a leak, not words whose content the text reports: no cue.
@pytest.mark.parametrize("text, cue", [
    ("The clerk disclosed classified information about a secret programme to a reporter.", "disclosed"),
    ("The minister revealed highly classified information to two foreign diplomats.", "revealed"),
    ("A junior officer disclosed national defence documents to a blogger.", "disclosed"),
    ("The engineer revealed secrets to a rival firm.", "revealed"),
])
def test_leaked_information_is_no_cue(text, cue):
    assert cue not in [c for c, _ in cues_and_sources(text)]


# ... while content made known stays a cue: a that-clause, details of a plan, information with its content after
# it, and a refusal to disclose (who was asked and would not tell).
@pytest.mark.parametrize("text, cue, source", [
    ("The council disclosed that the bridge was unsafe.", "disclosed", "The council"),
    ("The minister revealed details of the plan on Monday.", "revealed", "The minister"),
    ("The firm revealed information that showed the bridge was unsafe.", "revealed", "The firm"),
    ("The police did not disclose the information to the family.", "did not disclose", "The police"),
])
def test_content_made_known_stays_a_cue(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


# An allegation, or claims no verb reading took, with its that-clause and no owner: an agentless cue, as "complaints
# that" and "reports that" are.
@pytest.mark.parametrize("text, cue", [
    ("The letter followed claims that the clerk had copied the files.", "claims"),
    ("In addition to the allegation that the clerk had copied the files, the firm sued him.", "allegation"),
    ("The mayor faces questions about his spending, including allegations that he paid for a holiday.", "allegations"),
])
def test_unowned_allegation_with_its_clause_is_an_agentless_cue(text, cue):
    assert (cue, None) in cues_and_sources(text)


@pytest.mark.parametrize("text, cue", [
    # the background of an event after "over", "after", "amid": no one's claim reported
    ("The coach resigned after allegations that he had fixed a match.", "allegations"),
    ("The firm paid a fine over claims that its labels were false.", "claims"),
    # a relative clause: "that" is the subject of its own verb
    ("The allegations that were made last year were dropped.", "allegations"),
])
def test_allegation_as_background_or_relative_is_no_cue(text, cue):
    assert cue not in [c for c, _ in cues_and_sources(text)]


def test_claims_as_a_verb_keeps_its_subject():
    assert ("claims", "The union") in cues_and_sources("The union claims that the council hid the costs.")


# "applaud" and "laud" voice approval, as "praised" and "hailed" do, when what is applauded follows; clapping
# ("The crowd applauded.", "laughed and applauded as ...") is no cue.
@pytest.mark.parametrize("text, cue, source", [
    ("The union applauded the ruling on Monday.", "applauded", "The union"),
    ("The minister lauded the volunteers for their work.", "lauded", "The minister"),
    ("Local leaders applauded him for keeping the library open.", "applauded", "Local leaders"),
    ("The plan was applauded by business groups.", "applauded", "business groups"),
])
def test_applauding_a_thing_is_praise(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


@pytest.mark.parametrize("text", [
    "The crowd applauded.",
    "The audience laughed and applauded as the mayor spoke.",
    "Fans applauded loudly when the team came out.",
])
def test_clapping_is_no_cue(text):
    assert not [c for c, _ in cues_and_sources(text) if c.startswith("applaud")]


# "discussed" before an indirect question carries the person's account ("discusses how the rules have changed");
# "discussed trade" names only a topic and stays no cue.
@pytest.mark.parametrize("text, cue, source", [
    ("Lee discusses how the rules have changed since 1990.", "discusses how", "Lee"),
    ("In the podcast, the coach discussed why the team had lost its way.", "discussed why", "the coach"),
])
def test_discussed_with_an_indirect_question_is_a_cue(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


def test_discussed_a_topic_is_no_cue():
    assert not [c for c, _ in cues_and_sources("The leaders discussed trade and fishing.") if c.startswith("discuss")]


# A view or speech noun, a copula and a that-clause: the noun is the cue ("The popular view is that ..."), its source
# the owner, the name after "by", or no one.
@pytest.mark.parametrize("text, cue, source", [
    ("The popular view is that the fire was started on purpose.", "view", None),
    ("Another complaint is that buses are late.", "complaint", None),
    ("Lee's answer was that the budget is too small.", "answer", "Lee"),
    ("The complaint by the Northfield Museum is that its photographs were copied.", "complaint by", "Northfield Museum"),
])
def test_view_noun_with_copula_and_clause_is_a_cue(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


@pytest.mark.parametrize("text, cue", [
    ("The problem is that buses are late.", "problem"),  # no view or speech noun
    ("The message was to stay at home.", "message"),  # no that-clause
    ("A spokesman said the message was that the town is safe.", "message"),  # inside "said"'s reported clause
    ("The critic suggests that the town's best argument is that it is cheap.", "argument"),
])
def test_copula_clause_without_a_view_noun_or_nested_is_no_new_cue(text, cue):
    assert cue not in [c for c, _ in cues_and_sources(text)]


def test_name_after_by_stops_before_the_copula():
    text = "The complaint from Lee Ann is that buses are late."
    assert ("complaint from", "Lee Ann") in cues_and_sources(text)


def test_claims_with_a_relative_clause_is_no_cue():
    # "that it makes" is a relative clause whose object is the claims: nothing claimed is reported
    assert "claims" not in [c for c, _ in cues_and_sources("The claims that it makes are false.")]
