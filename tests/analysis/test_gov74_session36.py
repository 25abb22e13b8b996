"""Session 36 (gov74): the speaker of a statement printed as a block after "said:", without quotation marks, is the
source of the first-person cues in every paragraph of the block, up to where the block ends
(bench/ERRORS-cuesource-gov74.md). Every sentence here is invented for the test."""

import pytest
from support import cues_and_sources, sources_of_cue


# A paragraph with no "I" or "we" inside the block does not end it: the first-person cue after it is the speaker's.
@pytest.mark.parametrize("text, cue, source", [
    ("Ferry Minister Ola Rask said:\n\nReliable crossings give island families the certainty they need.\n\n"
     "It is a good day for the islands, and I’m delighted to announce a second boat for the winter.\n",
     "announce", "Ola Rask"),
    ("Speaking at the harbour today, Councillor Tam Brodie said:\n\nWe listened to the traders all summer.\n\n"
     "A market that opens twice a week brings people into the town.\n\nIt will help the cafes and the shops too.\n\n"
     "I believe the second day will pay for itself within a year.\n", "believe", "Tam Brodie"),
    ("The chair of the river trust, Mina Halloran, added:\n\nClean water is the first thing anglers ask about.\n\n"
     "We have asked the water company to publish its figures every month.\n", "asked", "Mina Halloran"),
])
def test_first_person_cue_in_a_later_paragraph_of_a_block_is_the_speakers(text, cue, source):
    found = sources_of_cue(text, cue)
    assert found and found[0] is not None and source in found[0], cues_and_sources(text)


# Where the block ends, no speaker is carried: narration with someone else's reporting verb, a quotation after
# "said:", a heading such as "Notes to editors", a paragraph telling of the speaker ("She visited ..."), three plain paragraphs in a row (narration), and a list
# after "include:" (no speech cue introduces it, so no plain paragraph is crossed).
@pytest.mark.parametrize("text, cue", [
    ("Ferry Minister Ola Rask said:\n\nReliable crossings give island families the certainty they need.\n\n"
     "The harbour board said the new boat cost four million pounds.\n\n"
     "We are delighted to announce a timetable for the winter.\n", "announce"),
    ("Ferry Minister Ola Rask said:\n\n“Reliable crossings give island families the certainty they need.”\n\n"
     "The new boat enters service in May.\n\nI’m delighted to announce a timetable for the winter.\n", "announce"),
    ("Ferry Minister Ola Rask said:\n\nReliable crossings give island families the certainty they need.\n\n"
     "Notes to editors\n\nI’m delighted to announce a timetable for the winter.\n", "announce"),
    ("Ferry Minister Ola Rask said:\n\nReliable crossings give island families the certainty they need.\n\n"
     "She visited the boatyard on Monday.\n\nI’m delighted to announce a timetable for the winter.\n", "announce"),
    ("Ferry Minister Ola Rask said:\n\nReliable crossings give island families the certainty they need.\n\n"
     "The new boat was built at a yard on the east coast.\n\nIt sailed north in March.\n\n"
     "Its crew of six trained for a month.\n\nWe will announce a timetable for the winter in May.\n", "announce"),
    ("The winter package will include:\n\nA second boat on the northern route.\n\nLonger hours at the ticket office.\n\n"
     "I’m delighted to announce a timetable for the winter.\n", "announce"),
])
def test_block_speaker_is_not_carried_past_the_end_of_the_block(text, cue):
    found = sources_of_cue(text, cue)
    assert found and found[0] is not None and "Rask" not in found[0] and "package" not in found[0], \
        cues_and_sources(text)


# The paragraph right after the colon, and a run of first-person paragraphs, keep the speaker as before (real57, fc72).
def test_block_of_first_person_paragraphs_keeps_its_speaker():
    text = ("Councillor Tam Brodie said:\n\nWe listened to the traders, and I am delighted to announce a second market "
            "day from March.\n\nI believe it will pay for itself.\n")
    assert sources_of_cue(text, "announce") == ["Tam Brodie"], cues_and_sources(text)
    assert sources_of_cue(text, "believe") == ["Tam Brodie"], cues_and_sources(text)
