"""Session 19 (cue32): negated speech and belief verbs as cues. Invented sentences only."""

import pytest

from medialit import find_attributions

from support import cues_and_sources as _cues


@pytest.mark.parametrize("text,cue,source", [
    ("The harbour board has not said why the ferry was cancelled.", "has not said", "The harbour board"),
    ("Mayor Ann Lee did not say how many staff would go.", "did not say", "Ann Lee"),
    ("The council didn’t explain how the fares were set.", "didn’t explain", "The council"),
    ("Mayor Ann Lee has not yet confirmed the date of the vote.", "has not yet confirmed", "Ann Lee"),
    ("Farmers in the valley did not believe the forecast.", "did not believe", "Farmers in the valley"),
    ("The ferry company never disclosed the price of the new boat.", "never disclosed", "The ferry company"),
])
def test_a_negated_speech_or_belief_verb_is_a_cue_with_its_negation(text, cue, source):
    assert _cues(text) == [(cue, source)]


def test_the_why_of_a_negated_cue_says_the_source_did_not_say_it():
    a = find_attributions("The harbour board has not said why the ferry was cancelled.")[0]
    assert a.why.startswith("Says what the source did not say")
    assert (a.start, a.end) == (18, 30)


@pytest.mark.parametrize("text", [
    "The new harbour master does not want to be named.",  # a wish denied: no speech, no view
    "Nobody disputes that the ferry is old.",  # no one speaks
    "No one has claimed the prize.",
    "Jane Doe never claimed that the bridge was safe.",  # "claimed" is left out of the negated rows
])
def test_other_negated_verbs_stay_no_cue(text):
    assert find_attributions(text) == []


def test_a_negation_in_the_sentence_before_does_not_reach_the_verb():
    assert _cues("Some members did not. “The plan was rushed,” said Nora Quill.") == [("said", "Nora Quill")]


def test_a_plain_verb_is_unchanged():
    a = find_attributions("The harbour board said the ferry was cancelled.")[0]
    assert (a.cue, a.source) == ("said", "The harbour board") and not a.why.startswith("Says what")


@pytest.mark.parametrize("text", [
    "Residents couldn’t believe that the pier had gone.",  # astonishment, not a view
    "The keeper could not believe his luck.",
    "Fans can't believe the score.",
])
def test_could_not_believe_is_astonishment_not_a_cue(text):
    assert find_attributions(text) == []


@pytest.mark.parametrize("text", [
    "The warden thinks ramblers were never told.",
    "The families were not asked about the move.",
])
def test_people_left_uninformed_are_no_negated_cue(text):
    assert all(not a.cue.startswith(("were", "was")) for a in find_attributions(text))


# An "-ing" participle phrase after the noun of a finding's evidence: the study is the source.

@pytest.mark.parametrize("text,source", [
    ("A new study tracking river birds in Wales has revealed that numbers fell by half.",
     "A new study tracking river birds in Wales"),
    ("Research following 400 families over ten years found that most moved twice.",
     "Research following 400 families over ten years"),
])
def test_a_study_doing_something_is_the_source(text, source):
    assert _cues(text)[0][1] == source


def test_no_source_from_a_reporting_or_auxiliary_participle():
    # a reporting verb is no description: "saying" is the report's own cue
    assert _cues("A report saying the pier was safe has been withdrawn.") == [("saying", "A report")]
    # "being" opens no description
    assert _cues("A study being written by the council found nothing.") == []


# An "-ing" cue right after the people a verb addressed: the verb's source.

def test_a_participle_after_the_people_written_to_has_the_writers_source():
    assert _cues("The singer wrote directly to fans insisting that the tour would go on.") == [
        ("wrote", "The singer"), ("insisting", "The singer")]


def test_no_source_through_an_infinitive_or_a_writing():
    assert ("supporting", "Ann Lee") not in _cues("Mayor Ann Lee promised to continue supporting the ferry.")
    assert ("asking", "The council") not in _cues("The council did not reply to numerous emails asking about its fares.")
