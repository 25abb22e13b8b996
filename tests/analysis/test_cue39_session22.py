"""Session 22 (cue39): attribution cues on general news. Every sentence here is invented for the test."""

import pytest
from support import cues_and_sources

from medialit import find_hedges


# A reporting verb with a "that" clause inside a quotation: a report the speaker passes on.
@pytest.mark.parametrize("text, cue, source", [
    ("“A senior harbour official confirmed that the ferry had sunk,” Mara Quill told reporters.", "confirmed",
     "A senior harbour official"),
    ("Tomas Reyes said: “Our survey reveals that most tenants pay too much.”", "reveals", "Tomas Reyes"),
    ("“The Relief League demands that an inquiry be opened,” the statement read.", "demands", "The Relief League"),
    ("“I can also say that the dam held,” said the engineer, Ona Vale.", "say", "Ona Vale"),
])
def test_a_report_with_that_inside_a_quotation_is_a_cue(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


@pytest.mark.parametrize("text, word", [
    ("“I never said that. Not once,” Pell Ardan told us.", "said"),
    ("“We want to show that we are united,” Pell Ardan told us.", "show"),
    ("“You can say that there was a plan,” Pell Ardan told us.", "say"),
    ("“Having said that, the plan is sound,” Pell Ardan told us.", "said"),
    ("“His demands that we pay are absurd,” Pell Ardan told us.", "demands"),
    ("“Nobody has ever suggested that to me,” Pell Ardan told us.", "suggested"),
])
def test_no_report_inside_a_quotation_without_a_clause_or_subject(text, word):
    assert word not in [cue for cue, _ in cues_and_sources(text)]


def test_a_vague_subject_inside_a_quotation_is_no_hedge_of_the_writer():
    text = "“Some experts have claimed that the river is safe,” Pell Ardan said."
    assert ("claimed", "Some experts") in cues_and_sources(text)
    assert not [h for h in find_hedges(text) if h.category == "vague attribution"]


# "These suggest that ...": a demonstrative opening the sentence points back to findings just named.
@pytest.mark.parametrize("text, cue, source", [
    ("The team made fresh measurements of the lake. These suggest that it is shrinking.", "suggest", "These"),
    ("Rates fell in every district. This would suggest that the scheme works.", "suggest", "This"),
    ("The tests came back clean. This shows that the well is safe.", "shows", "This"),
])
def test_a_demonstrative_opening_a_sentence_is_the_evidence_subject(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


@pytest.mark.parametrize("text", [
    "We watched these shows that air on Sundays.",
    "The tests came back clean. This shows.",
    "The tests came back clean. These suggestions that it is safe are early.",
    "The tests came back clean. This suggest that it is safe.",
])
def test_no_demonstrative_evidence_cue_without_the_shape(text):
    assert [c for c, _ in cues_and_sources(text) if c.startswith(("suggest", "show"))] == []


# "assume" with a clause after it: a belief held without proof.
def test_assume_with_a_clause_is_a_cue():
    assert ("assume", "Most surveys of the coast") in cues_and_sources(
        "Most surveys of the coast assume that the sea wall will hold.")


@pytest.mark.parametrize("text", ["Ona Vale assumed office in May.", "The council will assume the risk."])
def test_assume_without_a_clause_is_no_cue(text):
    assert cues_and_sources(text) == []


# A verdict found on someone: "It finds the club guilty".
def test_a_verdict_found_is_a_cue():
    text = "The tribunal published its ruling on Monday. It finds the harbour board guilty of every charge."
    assert "finds" in [c for c, _ in cues_and_sources(text)]


@pytest.mark.parametrize("text", ["Ona Vale found the keys in the car.", "Ona Vale found it hard to sleep."])
def test_found_without_a_verdict_or_clause_is_no_cue(text):
    assert cues_and_sources(text) == []


# A figure made, not said: "made new estimates".
def test_a_figure_noun_after_new_is_no_cue():
    assert cues_and_sources("The survey team made new estimates for the glacier's depth.") == []


def test_a_figure_verb_after_an_adverb_is_still_a_cue():
    assert ("estimate", "Analysts") in cues_and_sources("Analysts now estimate that sales fell.")


# What a word means: "the name refers to".
def test_a_name_that_refers_to_is_no_cue():
    assert cues_and_sources("The fever causes chills; the name refers to the chills it brings.") == []


def test_a_speaker_who_refers_to_is_a_cue():
    assert ("referred to", "The minister") in cues_and_sources("The minister referred to the flood in her speech.")


@pytest.mark.parametrize("text", ["It is too early to assume that the bridge is safe.",
                                  "The model appears to assume that rain falls evenly."])
def test_an_infinitive_assume_is_no_cue(text):
    assert "assume" not in [c for c, _ in cues_and_sources(text)]


# "was seen by some as": a judgement with its holders after "by".
@pytest.mark.parametrize("text, source", [
    ("The merger was seen by some as a retreat for the firm.", "some"),
    ("Both ministers are seen by teachers to be responsible for the cuts.", "teachers"),
])
def test_seen_by_holders_as_is_a_cue(text, source):
    assert [s for c, s in cues_and_sources(text) if c.endswith("seen by")] == [source]


def test_seen_by_a_witness_is_no_cue():
    assert cues_and_sources("The driver was seen by a neighbour leaving the house.") == []


def test_a_quoted_report_subject_after_a_clause_word_is_cut_at_its_own_first_word_whatever_the_blanks():
    # The subject's start was counted from words joined by one space; a tab or two spaces moved it (session 22 review).
    from support import cues_and_sources
    text = "“The report, which  the\tminister said that it sank, is late,” she said."
    assert ("said", "the\tminister") in cues_and_sources(text)
