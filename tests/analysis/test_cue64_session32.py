"""Session 32 (cue64): attribution cues on general news (bench/ERRORS-cues-cue64.md). Every sentence here is invented
for the test."""

import pytest
from support import cue_phrases, cues_and_sources

from medialit import find_attributions, find_hedges


# A worry, a charge or a complaint put into words with a light verb, then what it is about.
@pytest.mark.parametrize("text, cue, source", [
    ("Two senior nurses raised concerns about the new rota at the hospital.", "raised concerns", "Two senior nurses"),
    ("Farmers raised concern that the new fence would block the old path.", "raised concern", "Farmers"),
    ("The auditor received documents which made serious allegations about waste at the depot.", "made serious allegations",
     "documents"),
    ("A group of tenants jointly filed formal complaints with the housing regulator.", "filed formal complaints",
     "A group of tenants"),
    ("Shopkeepers have lodged objections against the parking plan.", "lodged objections", "Shopkeepers"),
])
def test_a_voiced_worry_with_its_topic_is_a_cue(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


# ... but not the noun with no topic after it, an objection "to" a vote, nor allegations "of" something.
@pytest.mark.parametrize("text", [
    "Residents have also raised concerns, pointing to the traffic.",
    "The club filed objections to the result of the vote.",
    "She was troubled that he had made serious allegations of misconduct.",
    "The teachers raised concerns.",
])
def test_a_worry_with_no_topic_after_it_is_no_new_cue(text):
    assert not any(c.startswith(("raised", "filed", "made")) for c in cue_phrases(text))


def test_voiced_concerns_keeps_its_own_row():
    # "voiced" is a row of its own: the new reading adds no second cue over it
    assert cue_phrases("Parents voiced concerns about the bus times.") == ["voiced"]


# A request made, in the perfect, with what was asked for after "for".
@pytest.mark.parametrize("text, source", [
    ("Veltria has asked for foreign aid to help with the rescue.", "Veltria"),
    ("His lawyer, Tom Reed, had asked for a sentence of two years.", "Tom Reed"),
    ("Other newspapers have asked for copies of the report as well.", "Other newspapers"),
])
def test_a_request_in_the_perfect_is_a_cue(text, source):
    assert ("asked", source) in cues_and_sources(text)


@pytest.mark.parametrize("text", [
    "Mayor asks for calm",  # a headline's action, as before
    "It is the change his aides have asked for, even though he resisted it.",  # nothing asked for after "for"
])
def test_asked_for_without_a_perfect_or_an_object_is_no_cue(text):
    assert "asked" not in cue_phrases(text) and "asks" not in cue_phrases(text)


def test_a_request_made_is_no_hedge():
    # the cue is the verb alone, a request: no vague-source hedge over it
    text = "Local officials have asked for money to build a new wall."
    assert ("asked", "Local officials") in cues_and_sources(text)
    assert not [h for h in find_hedges(text) if h.category == "vague attribution"]


# A court's or a jury's verdict is an act the story reports, not a view put into words ...
@pytest.mark.parametrize("text", [
    "The jury also found Harlow guilty of three counts of fraud.",
    "Last week, the High Court of Veltria found Marsh guilty on nine counts.",
    "A judge found the landlord liable for the damage.",
])
def test_a_court_verdict_is_no_cue(text):
    assert "found" not in cue_phrases(text)


# ... while a panel's, an inquiry's or a report's verdict stays a cue, and so does a court's finding with a clause.
@pytest.mark.parametrize("text", [
    "The inquiry found the firm liable for the losses.",
    "The panel published its report on Monday. It finds the club guilty of all charges.",
    "The jury found that the driver had not seen the sign.",
])
def test_a_panel_verdict_or_a_finding_with_a_clause_stays_a_cue(text):
    assert any(c in ("found", "finds") for c in cue_phrases(text))


# A passive "reported" with no one named that only says where results appeared (a journal after "in").
def test_reported_in_a_journal_is_no_cue():
    text = "The two trials were reported in the Journal of Rural Health. Both found small gains."
    assert all(not c.endswith("reported") for c in cue_phrases(text))


@pytest.mark.parametrize("text, cue", [
    ("The results were reported in the journal Science that the mice slept longer.", "were reported"),  # a clause
    ("The mayor's plans were reported in the Evening Post.", "were reported"),  # a newspaper, no journal
    ("A panel from the Society of Nurses reported the results of its inquiry in the Journal of Nursing.", "reported"),
])
def test_reported_with_content_a_paper_or_a_named_reporter_stays_a_cue(text, cue):
    assert cue in cue_phrases(text)


def test_the_new_cues_carry_spans_inside_the_text():
    text = "Two senior nurses raised concerns about the rota. Veltria has asked for aid."
    for a in find_attributions(text):
        assert text[a.start:a.end] == a.cue


def test_a_request_told_inside_another_cue_adds_no_cue():
    text = "The town's manager, Jo Lee, said the governor had asked for a disaster declaration."
    assert cue_phrases(text) == ["said"]
