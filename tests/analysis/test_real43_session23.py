"""Session 23 (real43): causes of errors on bench/real-news-11. Every sentence here is invented for the test."""

import pytest
from support import cues_and_sources

from medialit import find_hedges


# "widely" gives an expectation to many people: a belief with no named holder, not a timetable.
@pytest.mark.parametrize("text", [
    "The new ferry is widely expected to be launched at the harbour festival in June.",
    "Ona Vale was widely expected to be named captain of the rowing club.",
])
def test_widely_expected_to_be_done_is_an_agentless_cue(text):
    assert ("is widely expected to" in [c for c, _ in cues_and_sources(text)]
            or "was widely expected to" in [c for c, _ in cues_and_sources(text)])


@pytest.mark.parametrize("text", [
    "The harbour report is expected to be published in June.",
    "The new ferry is expected to be launched in June.",
])
def test_expected_to_be_done_without_widely_is_still_a_timetable(text):
    assert not [c for c, _ in cues_and_sources(text) if "expected" in c]


# "talked of" is always the verb: what someone spoke of, as "talked about".
def test_talked_of_is_a_cue():
    assert ("talked of", "two porters") in cues_and_sources("The two porters talked of leaving the mill for good.")


@pytest.mark.parametrize("text", [
    "Any talk of a strike at the mill ended on Friday.",
    "The pay talks of 2019 at the mill were long.",
])
def test_the_noun_talk_of_is_no_cue(text):
    assert not [c for c, _ in cues_and_sources(text) if c.startswith("talk")]


# "some months later", "Some years ago": a vague time that dates an event is no hedge (GUIDELINES.md, session 18).
@pytest.mark.parametrize("text", [
    "The mill closed in 2009. Some years ago, its owner sold the land.",
    "The porter was hired in May; some months later, he left the mill.",
    "Some weeks earlier, the ferry had been repaired.",
])
def test_some_before_a_time_and_ago_or_later_is_no_hedge(text):
    assert not [h for h in find_hedges(text) if h.phrase.lower() == "some"]


@pytest.mark.parametrize("text", [
    "Some porters left the mill in May.",
    "Some months were colder than others at the mill.",
    "The mill closed some 20 years ago.",
])
def test_some_as_an_amount_is_still_a_hedge(text):
    assert [h for h in find_hedges(text) if h.phrase.lower() == "some"]


# Inside a quotation, evidence that shows a clause with no "that" is what the speaker says it shows.
@pytest.mark.parametrize("text, cue, source", [
    ("“The new findings tell us the lake is warmer,” said Ona Vale.", "tell", "The new findings"),
    ("“The numbers [from May] showed we rowed faster,” said Ona Vale.", "showed", "The numbers"),
    ("“This map informs us which farms are dry,” said Ona Vale.", "informs", "This map"),
    ("“Our data suggests the river rarely floods. This indicates the dam quietly holds,” said Ona Vale.",
     "indicates", "Ona Vale"),
])
def test_evidence_showing_a_clause_inside_a_quotation_is_a_cue(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


@pytest.mark.parametrize("text, word", [
    ("“That study could really tell us whether rowing helps,” said Ona Vale.", "tell"),
    ("“The grit they showed to keep going was great,” said Ona Vale.", "showed"),
    ("“The survey shows the rowers' names,” said Ona Vale.", "shows"),
    ("“He showed us the way home,” said Ona Vale.", "showed"),
])
def test_no_evidence_cue_inside_a_quotation_without_evidence_or_clause(text, word):
    assert word not in [cue for cue, _ in cues_and_sources(text)]
