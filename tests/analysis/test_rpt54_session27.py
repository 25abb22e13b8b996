"""Session 27, rpt54: cue families seen on bench/real-news-21 (a report's findings, a rebuttal of a newspaper story).
All text here is invented for these tests."""
import pytest

from support import cue_phrases, cues_sources_and_kinds, sources_of_cue


# --- "A report by the FBI found that": the initials after a document noun's "by" wrote it ---------------------------

@pytest.mark.parametrize("text, cue, source", [
    ("A report by the TSA found that the scanners missed knives.", "found", "TSA"),
    ("An investigation by the IOPC ruled on Monday that the officers lied.", "ruled", "IOPC"),
    ("A study by the WHO found that the drug was safe.", "found", "WHO"),
    ("The review by NATO concluded that the border was quiet.", "concluded", "NATO"),
    ("An inquiry by the BBC found that the presenter had misled viewers.", "found", "BBC"),
    ("A survey by the ONS last year found that rents rose.", "found", "ONS"),
])
def test_initials_after_a_document_nouns_by_are_its_source(text, cue, source):
    assert (cue, source, "named group") in cues_sources_and_kinds(text)


def test_initials_spelled_out_earlier_are_named_in_full():
    text = ("The Harbour Safety Agency (HSA) met on Monday. A report by the HSA found that the cranes were unsafe.")
    assert sources_of_cue(text, "found") == ["Harbour Safety Agency"]


@pytest.mark.parametrize("text, cue, source", [
    ("A review by the Home Office found that the scheme had failed.", "found", "Home Office"),
    ("A survey by the watchdog found that prices rose.", "found", "the watchdog"),
    ("A study by Jane Morrow found that the bridge was unsafe.", "found", "Jane Morrow"),
])
def test_names_and_nouns_after_by_keep_their_reading(text, cue, source):
    assert sources_of_cue(text, cue) == [source]


def test_initials_after_by_with_no_document_are_no_author():
    # "hit by the SUV": no document, so no author; nothing said either.
    assert cue_phrases("A man hit by the SUV was taken to hospital.") == []


# --- "published a story claiming that": the writing's sender says it ----------------------------------------------

@pytest.mark.parametrize("text, cue, source", [
    ("The paper published a story claiming that the minister had resigned.", "claiming", "The paper"),
    ("The Daily Bugle has today published a front-page story (‘Town in Chaos’, 2 May 2019) claiming that the mayor "
     "had quit.", "claiming", "Daily Bugle"),
    ("The council sent a letter alleging that the firm broke the rules.", "alleging", "The council"),
])
def test_a_published_story_or_letter_then_a_claim_is_the_senders(text, cue, source):
    assert sources_of_cue(text, cue) == [source]


def test_a_story_that_prompted_anger_has_no_sender():
    # The story is no object of a sending verb: its sender is not named, so no one is read as the source.
    assert sources_of_cue("Critics were angered by a story claiming the mayor had quit.", "claiming") != ["Critics"]


def test_an_open_letter_calling_stays_out():
    # Only what a writing says in a clause: "calling for" after a letter stays out (PolNeAR marks few).
    assert "calling for" not in cue_phrases("The group sent an open letter calling for a vote.")


# --- "documented", "refutes", "overstates": verbs of what a report or a rebuttal says ----------------------------

@pytest.mark.parametrize("text, cue, source", [
    ("The summary documented the abuse of prisoners at two camps.", "documented", "The summary"),
    ("The agency refutes the claim that the tests failed.", "refutes", "The agency"),
    ("The ministry rebutted the charge that it had hidden the data.", "rebutted", "The ministry"),
    ("The article overstates the number of arrests.", "overstates", "The article"),
])
def test_verbs_of_a_report_or_a_rebuttal_are_cues(text, cue, source):
    assert sources_of_cue(text, cue) == [source]


@pytest.mark.parametrize("text", [
    "The lawyers filed the documents on Monday.",
    "The walkers set out at dawn.",
    "The minister sets out his plans today.",
    "He misrepresented the figures.",
])
def test_the_noun_documents_set_out_and_misrepresented_are_no_cues(text):
    assert not {"documents", "set out", "sets out", "misrepresented"} & set(cue_phrases(text))
