"""Session 25 (cue47): missed attribution cues on general news (bench/ERRORS-cues-cue47.md). Every sentence here is
invented for the test."""

import pytest
from support import cues_and_sources


# "men", "women", "children": plurals of people that do not end in "-s", after a count, a quantifier or an adjective,
# are the unnamed source as "Two fishermen" or "Many voters" are (the cue was dropped for want of a subject).
@pytest.mark.parametrize("text, cue, source", [
    ("Two women said the ferry had left an hour early.", "said", "Two women"),
    ("Many men believe that the harbour wall will hold.", "believe", "Many men"),
    ("Local men told the council the path was flooded again.", "told", "Local men"),
    ("Some children said the new playground was too small.", "said", "Some children"),
    ("The leaflet leads other men to believe that the fair is cancelled.", "believe", "other men"),
])
def test_irregular_plural_of_people_is_the_source(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


@pytest.mark.parametrize("text, cue, wrong", [
    # "men" as the object of an earlier verb or of a preposition is not the subject of the cue after it
    ("Police stopped two men said to be carrying knives.", "said to be", "two men"),
    ("Voters who saw the men said nothing.", "said", "the men"),
])
def test_men_not_the_subject_stays_out(text, cue, wrong):
    assert (cue, wrong) not in cues_and_sources(text)
