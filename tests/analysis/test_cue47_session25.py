"""Session 25 (cue47): missed attribution cues on general news (bench/ERRORS-cues-cue47.md). Every sentence here is
invented for the test."""

import pytest
from support import cues_and_sources


# "men", "women", "children": plurals of people that do not end in "-s", after a count, a quantifier or an adjective,
# are the unnamed source as "Two fishermen" or "Many voters" are (the cue was dropped for want of a subject).
@pytest.mark.parametrize("text, cue, source", [
    ("Two women said the ferry had left an hour early.", "said", "Two women"),
    ("Many men believe that the harbour wall will hold.", "believe", "Many men"),
    ("Local men told the council the path was flooded again.", "told", "Local men"),
    ("Some children said the new playground was too small.", "said", "Some children"),
    ("The leaflet leads other men to believe that the fair is cancelled.", "believe", "other men"),
])
def test_irregular_plural_of_people_is_the_source(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


@pytest.mark.parametrize("text, cue, wrong", [
    # "men" as the object of an earlier verb or of a preposition is not the subject of the cue after it
    ("Police stopped two men said to be carrying knives.", "said to be", "two men"),
    ("Voters who saw the men said nothing.", "said", "the men"),
])
def test_men_not_the_subject_stays_out(text, cue, wrong):
    assert (cue, wrong) not in cues_and_sources(text)


# Words for a body of people without "-s" ("staff", "personnel", "crew", "clergy", "folk") head such a subject too.
@pytest.mark.parametrize("text, cue, source", [
    ("Hospital staff said the east wing would reopen in June.", "said", "Hospital staff"),
    ("Military personnel told the villagers the bridge was safe.", "told", "Military personnel"),
    ("Cabin crew said the landing had been rough.", "said", "Cabin crew"),
])
def test_a_body_of_people_without_s_is_the_source(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


# "took to Twitter to say": the infinitive cue after "took to" and a platform has the subject of "took" as source.
@pytest.mark.parametrize("text, cue, source", [
    ("The mayor took to social media to say the ferry would run again.", "say", "The mayor"),
    ("Jane Roe took to the radio overnight to defend her plan for the harbour.", "defend", "Jane Roe"),
    ("Her brother took to the stage to say the festival was over.", "say", "Her brother"),
])
def test_took_to_a_platform_to_say(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


def test_took_to_then_another_clause_is_no_subject():
    # a comma and a new clause between "took to" and the cue: the subject is the new clause's, not the first
    pairs = cues_and_sources("Crowds took to the streets after the vote, and the mayor went out to say the count was fair.")
    assert ("say", "Crowds") not in pairs


# People described by a past participle and a preposition ("Residents affected by the flooding said") are the source,
# as one person so described is ("The referee blamed for the defeat said").
@pytest.mark.parametrize("text, cue, source", [
    ("Residents affected by the landslide said they had not been warned.", "said", "Residents affected by the landslide"),
    ("Many passengers stranded at the port told reporters the ferry had left early.", "told",
     "Many passengers stranded at the port"),
    ("Those evacuated from the valley say the river rose within an hour.", "say", "Those evacuated from the valley"),
])
def test_people_described_by_a_participle_are_the_source(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


@pytest.mark.parametrize("text, cue, source", [
    # a plural before a past tense that is the main verb, or with no preposition after it: the later subject stands
    ("Prices rose after officials said the ferry fares would stay.", "said", "officials"),
    ("Voters backed the harbour plan, officials said.", "said", "officials"),
])
def test_a_past_tense_main_verb_is_no_subject_phrase(text, cue, source):
    assert (cue, source) in cues_and_sources(text)
