"""Session 29 (gcue57): attribution cue families on general news (bench/ERRORS-cues-gcue57.md). Every sentence here
is invented for the test."""

import pytest
from support import cues_and_sources

from medialit import find_hedges, find_quotes


# "including claims that ..." is the plural noun (an agentless claim), as after "amid" or "despite": the verb
# reading found no subject and the cue was lost.
@pytest.mark.parametrize("text", [
    "The mood among fans soured, including claims that referees and rival clubs were biased.",
    "There was anger in the village, including claims that the mayor had lied.",
])
def test_including_claims_that_is_an_agentless_claim(text):
    assert ("claims", None) in cues_and_sources(text)


# ... "including charges of fraud" stays a noun with no cue.
def test_including_charges_is_no_cue():
    assert cues_and_sources("He faces five counts, including charges of fraud.") == []


# "The papers report that ...": after "the" and a plural noun that stands for people or outlets, "report" with a
# "that" is the verb; "the jobs report that came out" and "a news report that" are nouns.
@pytest.mark.parametrize("text, source", [
    ("The papers report that the family met the minister yesterday.", "The papers"),
    ("The agencies report that the river has fallen.", "The agencies"),
])
def test_plural_speakers_report_that(text, source):
    assert ("report", source) in cues_and_sources(text)


@pytest.mark.parametrize("text", [
    "The jobs report that came out on Friday was weak.",
    "A news report that ran on Friday was wrong.",
])
def test_report_as_a_noun_stays_no_cue(text):
    assert not [c for c, _ in cues_and_sources(text) if c == "report"]


# "set out how / why / whether ..." gives a case in words, as "discussed how" does; "set out his plans" (a topic)
# and "set out for home" (a journey) stay out.
@pytest.mark.parametrize("text, cue, source", [
    ("The minister will set out how the new scheme will work.", "set out how", "The minister"),
    ("The report sets out why the scheme failed.", "sets out why", "The report"),
])
def test_set_out_before_a_question_is_a_cue(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


@pytest.mark.parametrize("text", [
    "The minister set out his latest plans today.",
    "They set out for home at dawn.",
])
def test_set_out_without_a_question_is_no_cue(text):
    assert not [c for c, _ in cues_and_sources(text) if "set" in c]


# An "-ing" verb of speech right after a piece of writing that a verb of sending or showing has as object: the
# sender's words ("Doe released an ad calling ...": Doe, and the quotation is Doe's); after an opening "In", the
# writing's own ("In a statement announcing the pick, ...").
@pytest.mark.parametrize("text, cue, source", [
    ("Supporters have launched petitions calling on delegates to back the winner.", "calling on", "Supporters"),
    ("After the vote, Jo Doe released a new radio ad calling it “a disgrace” that the mayor has no plan.", "calling", "Jo Doe"),
    ("In a statement announcing the pick, the union said it was proud.", "announcing", "a statement"),
])
def test_writing_before_speech_participle_is_the_source(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


def test_writing_sent_keeps_the_quotation_with_its_sender():
    text = "After the vote, Jo Doe released a new radio ad calling it “a disgrace” that the mayor has no plan."
    assert [q.speaker for q in find_quotes(text)] == ["Jo Doe"]


# The writing itself as source is no vague source to flag.
def test_writing_as_source_is_no_hedge():
    assert find_hedges("In a statement announcing the pick, the union said it was proud.") == []


# ... not evidence or a topic ("a video showing", "a leaflet mentioning"), nor a rule ("a policy urging").
@pytest.mark.parametrize("text, cue", [
    ("The group released a video showing the crowd.", "showing"),
    ("The school pulled a leaflet mentioning the magazine.", "mentioning"),
    ("The board set up a policy urging staff to report abuse.", "urging"),
])
def test_writing_before_evidence_or_rule_is_no_source(text, cue):
    assert cue not in [c for c, _ in cues_and_sources(text)]


# ... nor a writing inside what an earlier cue of its sentence reports: the quotation stays the speaker's.
def test_writing_inside_reported_clause_is_no_source():
    text = "She says Doe's tweets accusing Lee of fraud are “lies and smears.”"
    assert cues_and_sources(text) == [("says", "She")]


# A noun of an act of speech with its owner after "from" or "by" and its that-clause: the noun is the cue, the owner
# its source ("according to" them).
@pytest.mark.parametrize("text, source", [
    ("It follows complaints from businesses that the rules were too complex.", "businesses"),
    ("The plan went ahead despite warnings from his lawyer that it would fail.", "his lawyer"),
    ("The ministry has not answered allegations from two agencies that hackers had interfered.", "two agencies"),
])
def test_speech_noun_from_owner_with_clause(text, source):
    assert [s for c, s in cues_and_sources(text) if c.split()[0].endswith("s")] == [source]


# ... not a relative "that" ("complaints from residents that were ignored"), nor a date after "from", nor no clause.
@pytest.mark.parametrize("text", [
    "The complaints from residents that were ignored piled up on his desk.",
    "She heard warnings from 2019 that the dam was weak.",
    "The council received complaints from residents about noise.",
])
def test_speech_noun_from_without_owner_clause_is_no_cue(text):
    assert cues_and_sources(text) == []


# A clause without "that" whose subject is a list of names joined by commas and "and" ("claims Iraqis, Kurds and
# Afghans are paying"): the list no longer hides the clause's verb; a listed object ("welcomed Doe, Roe and Lee for")
# stays no clause. (Session 34, cue71: the example was "thanked", which is now a cue of its own, person frame; the
# clause-frame "welcomed" keeps the test on what it checks.)
def test_listed_subject_opens_a_clause():
    text = "The Chronicle claims Iraqis, Kurds and Afghans are paying brokers to sell their crops."
    assert [c for c, _ in cues_and_sources(text)] == ["claims"]


def test_listed_object_is_no_clause():
    assert cues_and_sources("The mayor welcomed Doe, Roe and Lee for their work.") == []


# "shared" with a noun of words or views as its object reports them ("shared the advice she received"); "shared a
# meal", "shared the stage" are no one's words.
def test_shared_advice_is_a_cue():
    text = "At the ceremony, Col. Jane Doe shared the “sobering” advice she received from her predecessor."
    assert ("shared", "Jane Doe") in cues_and_sources(text)


@pytest.mark.parametrize("text", [
    "The two families shared a meal after the service.",
    "She shared the stage with the mayor.",
])
def test_shared_thing_is_no_cue(text):
    assert cues_and_sources(text) == []


# "worrying" with its that-clause is a worry someone holds ("with some worrying that ..."); the adjective ("It is
# worrying that", "It’s worrying that", "a deeply worrying trend") is the writer's judgement.
def test_worrying_that_after_its_holder_is_a_cue():
    text = "For years, doctors argued over when to start, with some worrying that the risks could outweigh the benefits."
    assert ("worrying", "some") in cues_and_sources(text)


@pytest.mark.parametrize("text", [
    "It is worrying that the river has risen again.",
    "It’s worrying that the river has risen again.",
    "This is a deeply worrying trend.",
])
def test_worrying_as_adjective_is_no_cue(text):
    assert cues_and_sources(text) == []
