"""Session 33 (cue65): attribution cues on general news (bench/ERRORS-cues-cue65.md). Every sentence here is invented
for the test."""

import pytest
from support import cue_phrases, cues_and_sources


# A piece of evidence "out" at a time ("New figures out today", "a poll out this week") is the evidence verb's subject,
# as "a poll released this week" is.
@pytest.mark.parametrize("text, cue, source", [
    ("Figures out today show that most of the town's bus routes ran late in May.", "show", "Figures"),
    ("A county poll out this week shows the mayor with a four-point lead.", "shows", "A county poll"),
    ("A college poll out Monday showed the two candidates level.", "showed", "A college poll"),
])
def test_evidence_out_at_a_time_is_the_subject(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


@pytest.mark.parametrize("text, cue, source", [
    ("Crews went out today and said the bridge was safe.", "said", "Crews"),  # "out" after a verb: no evidence
])
def test_out_after_a_verb_keeps_its_subject(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


def test_out_with_no_time_after_it_is_not_read():
    # "out" is read as "released" only before a time: "The poll out shows" is no phrase of that kind
    assert cue_phrases("The poll out shows the mayor ahead.") == []


# A stretch of time between a subject and its verb ("for the next five days", "over the past 18 months").
@pytest.mark.parametrize("text, cue, source", [
    ("Still, the latest forecast for the next three days shows the chance of frost in the hills is small.",
     "shows", "the latest forecast"),
    ("The council over the past 18 months has said the road is safe.", "said", "The council"),
    ("The parish board during the coming weeks will argue that the hall should stay open.", "argue", "The parish board"),
])
def test_a_stretch_of_time_before_the_verb_is_skipped(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


def test_a_stretch_of_time_alone_is_no_subject():
    assert cue_phrases("For the next five days said nothing.") == []


# An evidence noun with "for" after it opens its sentence ("a poll for the paper found").
def test_evidence_for_someone_is_the_subject():
    assert ("found", "A poll for the Daily Lantern") in cues_and_sources(
        "A poll for the Daily Lantern found most voters back the new bypass.")


def test_a_noun_that_is_no_evidence_with_for_gives_no_cue():
    assert cue_phrases("Support for the plan shows the mood of the town.") == []


# "identified himself as": who someone said they were.
@pytest.mark.parametrize("text, cue, source", [
    ("Jo Reedman spoke at the hall. She identified herself as a former nurse.", "identified herself", "Jo Reedman"),
    ("Voters who identify themselves as independents backed the new mayor.", "identify themselves", "Voters"),
    ("The woman identified herself to reporters as a nurse from Dunmore.", "identified herself", "The woman"),
])
def test_identified_himself_as_is_a_cue(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


@pytest.mark.parametrize("text", [
    "The county coroner identified the driver as a man of 40 from Dunmore.",  # naming another: no row (see the notes)
    "The driver was identified as a man of 40 from Dunmore.",  # a passive
    "She identified herself.",  # no "as": who she said she was is not told
])
def test_identified_without_the_reflexive_and_as_is_no_cue(text):
    assert not any(c.startswith(("identif", "was identif")) for c in cue_phrases(text))


# "we tell about / why / how" with no listener: the writers naming their topic, as a radio script does.
@pytest.mark.parametrize("text", [
    "Today, we tell about a study of sleep in older people.",
    "And we tell why walking after meals is good for you.",
    "Some of that is fair. But the story we tell about the old mill has become an excuse.",
])
def test_we_tell_about_a_topic_is_no_cue(text):
    assert "tell" not in cue_phrases(text)


@pytest.mark.parametrize("text", [
    "We tell them about the risks every week, the nurse said.",  # a listener: someone is told
    "Now we tell you that the road is shut.",
    "They tell about a long winter in the hills.",  # not the writers' "we"
])
def test_tell_with_a_listener_or_another_teller_keeps_its_cue(text):
    assert "tell" in cue_phrases(text)


# "welcomed" with a decision, an agreement or a plan as its object: a stance voiced, as a summit's readout gives it.
@pytest.mark.parametrize("text, source", [
    ("The leaders welcomed the fishing deal signed in May.", "The leaders"),
    ("The mayor welcomed the council's quick agreement on the bridge repairs.", "The mayor"),
    ("Ann Teller welcomed the council's decision to keep the library open.", "Ann Teller"),
])
def test_welcomed_a_decision_is_a_cue(text, source):
    assert ("welcomed", source) in cues_and_sources(text)


@pytest.mark.parametrize("text", [
    "The club welcomed the former mayor to the opening.",  # a guest received
    "The town welcomed a new baby boy.",
    "Dunmore welcomes visitors all year.",
])
def test_welcomed_a_guest_is_no_cue(text):
    assert not any(c.startswith("welcom") for c in cue_phrases(text))
