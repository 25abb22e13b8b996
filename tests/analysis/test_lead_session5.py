"""Session 5 (lead): evidence opening its sentence with a describing phrase ("a study by X found") makes a cue.

The source is the phrase the subject reader gives: the study's author when the text names one."""
import pytest

from support import cues_and_sources as cues


@pytest.mark.parametrize("text,cue,source_word", [
    ("A 2014 study by a law professor found 31 cases of fraud in a billion votes.", "found", "law professor"),
    ("Video of the arrest shows the man with his hands in the air.", "shows", "Video"),
    ("Research conducted by a media charity found that the checks favoured one side.", "found", "media charity"),
])
def test_evidence_with_a_describing_phrase_makes_a_cue(text, cue, source_word):
    found = cues(text)
    assert [c for c, _ in found] == [cue], found
    assert source_word in (found[0][1] or ""), found


@pytest.mark.parametrize("text", [
    "Doe's review of the files found nothing new.",  # a person's review: "found" keeps its clause frame
    "The keys of the van were found in a drawer.",  # not evidence
    "The mayor found the keys of the van in a drawer.",
])
def test_no_evidence_cue_without_an_evidence_phrase(text):
    assert cues(text) == []


@pytest.mark.parametrize("text,cue,source", [
    ("In what an officer described as one of the largest seizures, the van was stopped.", "described", "an officer"),
    ("It amounted to what the senators said was a land grab.", "said", "the senators"),
])
def test_what_opens_a_clause_whose_subject_is_the_source(text, cue, source):
    # "what X described as": X is the source of the description, even with no quotation marks.
    assert cues(text) == [(cue, source)]


def test_a_count_of_a_group_has_the_group_as_its_head():
    assert cues("Nearly eight of 10 voters say they plan to watch.") == [("say", "Nearly eight of 10 voters")]


def test_many_of_whom_is_the_source_as_written():
    assert cues("The plan angered families, many of whom say the claims are false.") == [("say", "many of whom")]
    assert cues("She met the man whom police said they had arrested.") == [("said", "police")]


@pytest.mark.parametrize("text,found", [
    ("The moderator, Jane Doe, asked the candidates to discuss their own plans.", [("asked", "Jane Doe")]),
    ("She asked voters to decide in May.", [("asked", "She")]),
    ("He was asked to leave the room.", []),  # a passive with no one named: no cue
    ("They asked for more time.", []),  # "asks for" stays no cue ("Leader asks for talks" is an action)
])
def test_asked_someone_to_do_something_is_a_request_with_a_source(text, found):
    assert cues(text) == found


@pytest.mark.parametrize("text,found", [
    ("They all said the deal was fair.", [("said", "They")]),
    ("The leaders all said the deal was fair.", [("said", "The leaders")]),
    ("All said the deal was fair.", [("said", "All")]),
    ("To varying degrees, all agreed that the tax would rise.", [("agreed", "all")]),
    ("Outside the plant, striking workers said the talks had failed.", [("said", "striking workers")]),
])
def test_floating_all_and_a_gerund_before_a_plural_keep_the_subject(text, found):
    assert cues(text) == found
