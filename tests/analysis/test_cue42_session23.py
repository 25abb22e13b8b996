"""Session 23 (cue42): attribution-cue families found by error analysis on PolNeAR train. Every sentence here is
invented for the test."""

import pytest
from support import cues_and_sources


# A statement made public: "issued a statement", "released an open letter", "posted a message".
@pytest.mark.parametrize("text, cue, source", [
    ("The harbour board issued a statement on Tuesday night.", "issued a statement", "The harbour board"),
    ("Mara Quill later released an open letter to the council.", "released an open letter", "Mara Quill"),
    ("Tomas Reyes posted a long message on his campaign page about the vote.", "posted a long message", "Tomas Reyes"),
    ("The union put out a brief statement after the meeting.", "put out a brief statement", "The union"),
])
def test_a_statement_made_public_is_a_cue(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


def test_a_statement_with_its_own_cue_is_one_cue():
    # "issued a statement saying ...": the participle is the statement's cue; no second cue for "issued".
    cues = [c for c, _ in cues_and_sources("The harbour board issued a statement on Monday saying the pier was safe.")]
    assert cues == ["saying"]


@pytest.mark.parametrize("text", [
    "The statement issued by the harbour board was short.",
    "Mara Quill published a book about the river.",
    "The council released the names of the winners.",
    "“We issued a statement, and nobody read it,” the clerk added.",
])
def test_no_statement_cue_without_the_shape(text):
    assert not [c for c, _ in cues_and_sources(text) if "statement" in c or c.startswith(("published", "released"))]


# "described" with an object: an account given, the subject's own (not only "described X as Y").
@pytest.mark.parametrize("text, source", [
    ("Ona Vale described the scene at the harbour.", "Ona Vale"),
    ("Many tenants described years of cold winters in the flats.", "Many tenants"),
    ("The inspector's report, which described broken locks on every door, was published.", "The inspector's report"),
])
def test_described_with_an_object_is_a_cue(text, source):
    assert ("described", source) in cues_and_sources(text)


@pytest.mark.parametrize("text", [
    "The self-described reformer won the seat.",
    "The method described in the paper is simple.",
    "The pier, described here last week, has since closed.",
])
def test_described_without_an_object_is_no_cue(text):
    assert "described" not in [c for c, _ in cues_and_sources(text)]


# A noun naming an act of speech, with its that-clause: "complaints that ...", "his warning that ...".
@pytest.mark.parametrize("text, cue, source", [
    ("Despite complaints that the ferry fund is too small, the council kept it.", "complaints", None),
    ("There were numerous complaints that bikers were damaging the dunes.", "complaints", None),
    ("The board ignored Mara Quill's warning that the pier would flood.", "warning", "Mara Quill"),
    ("Ona Vale's pledge that no school would close was broken within a year.", "pledge", "Ona Vale"),
])
def test_a_speech_act_noun_with_a_clause_is_a_cue(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


@pytest.mark.parametrize("text, word", [
    ("Voters remember the promises that didn't come through.", "promises"),
    ("The warnings that were posted on the pier went unread.", "warnings"),
    ("Ona Vale kept every promise she made.", "promise"),
    ("Ona Vale ignored the notion that the pier would flood.", "notion"),
    ("Tomas Reyes came close to an admission that the pier had failed.", "admission"),  # his, with no owner word
])
def test_no_speech_act_noun_cue_without_the_shape(text, word):
    assert word not in [c for c, _ in cues_and_sources(text)]
