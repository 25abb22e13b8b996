"""Session 34 (cfp70): false attribution cues on general news (bench/ERRORS-cues-cfp70.md). Every sentence here is
invented for the test."""

import pytest
from support import cue_phrases, cues_and_sources


# "report on" and a topic that ends its phrase names what was covered (an activity), not words reported.
@pytest.mark.parametrize("text", [
    "Two radio hosts were jailed last year for reporting on corruption in the port authority.",
    "The Gazette and the Courier also reported on last week's flood.",
    "The volunteers reported on their sleep between 2001 and 2009.",
    "Local stringers have been reporting on the drought, the fires and the harvest.",
])
def test_reporting_on_a_topic_is_no_cue(text):
    assert not any(phrase.startswith("report") for phrase in cue_phrases(text))


@pytest.mark.parametrize("text, cue, source", [
    # someone's words or where they were put
    ("The papers also report on the remarks by the harbour master, who spoke to the council.", "report", "The papers"),
    ("The Courier reported on its website that the ferry would not sail.", "reported", "Courier"),
    # a time, a name
    ("The Gazette reported on Friday that the mill would close.", "reported", "Gazette"),
    ("The Gazette reported on the same day that the mill would close.", "reported", "Gazette"),
    # a phrase that runs on into a clause
    ("Mr. Dunmore reported on his expense forms a bill of 300 pounds was paid twice.", "reported", "Dunmore"),
    ("The clerk reported on the matter that the fee had been refunded.", "reported", "clerk"),
])
def test_reporting_on_words_a_time_or_a_clause_stays_a_cue(text, cue, source):
    found = cues_and_sources(text)
    assert any(c == cue and s is not None and source in s for c, s in found), found
