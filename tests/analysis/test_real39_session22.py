"""Session 22, real39: rules from the errors of `bench/real-news-9` (its first, unseen score), each a family of
shapes, checked on other development sets it was not written from. All text here is invented for these tests."""
import pytest

from support import cue_texts_and_sources, sources_and_kinds


# --- evidence named by a body's initials, spelled out elsewhere in the text ------------------------------------

@pytest.mark.parametrize("text, cue, source", [
    ("The Halvex Statistics Board (HSB) met on Monday. New HSB data estimates that rents rose.",
     "estimates", "Halvex Statistics Board"),
    ("The Northland Fraud Bureau (NFB) keeps the records. According to the NFB data, losses grew.",
     "According to", "Northland Fraud Bureau"),
    ("The Acme Testing Agency (ATA) wrote a report. Doping was rife, in the words of the ATA report.",
     "in the words of", "Acme Testing Agency"),
])
def test_evidence_named_by_initials_goes_to_the_body_spelled_out(text, cue, source):
    assert (cue, source) in cue_texts_and_sources(text)


def test_initials_alone_or_never_spelled_out_stay_as_they_were():
    text = "The Halvex Statistics Board (HSB) met on Monday. The HSB said rents rose. New KLT data shows they fell."
    found = dict(cue_texts_and_sources(text))
    assert found["said"] == "Halvex Statistics Board"
    assert found["shows"] == "New KLT data"


def test_a_person_or_a_part_of_the_body_named_with_the_initials_is_left_alone():
    text = ("The Halvex Statistics Board (HSB) met on Monday. HSB chief Mara Quill said rents rose. "
            "An HSB spokeswoman said the figures were right, according to an HSB member.")
    found = sources_and_kinds(text)
    assert ("Mara Quill", "named person") in found
    assert ("An HSB spokeswoman", "unnamed") in found
    assert not [s for s, _ in found if s and "(" in s]


# --- reports, claims and concerns that no one owns ----------------------------------------------------------------

@pytest.mark.parametrize("text, cue", [
    ("The road was shut, and there have been reports of drivers sleeping in their cars.", "reports"),
    ("Lena Hart said the agency was aware of reports a guard had been hurt.", "reports"),
    ("Referring to reports that the depot was sold, the mayor laughed.", "reports"),
    ("The coach says there were concerns the players would leave early.", "concerns"),
    ("There’s been no public report that anyone tried to help.", "report"),
])
def test_an_unowned_report_in_a_there_or_aware_of_frame_is_a_cue_with_no_source(text, cue):
    assert (cue, None) in cue_texts_and_sources(text)


@pytest.mark.parametrize("text", [
    "Her concerns about the plan grew over the summer.",
    "The council published two reports on the bridge.",
    "He denied reports that he had quit.",
    "“There were reports of shelling,” said Lena Hart.",
])
def test_an_owned_or_plain_report_noun_is_no_new_cue(text):
    assert [c for c, s in cue_texts_and_sources(text) if c.lower().startswith(("report", "concern"))] == []


# --- "feel" with the force, effect or need it names ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The gangs will feel the full weight of the law, the minister said.",
    "Small firms felt the brunt of the price rises.",
    "Tenants will feel the pinch this winter.",
    "The board felt the need to publish its notes.",
])
def test_feeling_a_force_or_a_need_is_no_cue(text):
    assert [c for c, _ in cue_texts_and_sources(text) if c.lower().startswith(("feel", "felt"))] == []


def test_feeling_that_something_is_so_stays_a_cue():
    assert ("felt", "Lena Hart") in cue_texts_and_sources("Lena Hart felt the weighting was unfair to small clubs.")
