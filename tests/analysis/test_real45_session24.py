"""Session 24 (real45): shapes from the thirteenth real-news batch's errors, each a family. Every sentence here is
invented for the test."""

import pytest
from support import cues_and_sources


# A list inside a job aside runs over commas: "Name, minister for A, B and C, said" is the name's.
@pytest.mark.parametrize("text, source", [
    ("Anna Berg, Vice-President for Trade and Jobs, also in charge of Fisheries, Farming and Forestry Policy, said: "
     "“The plan is sound.”", "Anna Berg"),
    ("Tomas Reyes, minister for Roads, Rail and Harbour Works, said the bridge would open in May.", "Tomas Reyes"),
    ("Officials from Kent, Sussex and Surrey, speaking at a press conference, said the roads were shut.",
     "Officials from Kent"),
])
def test_a_list_in_a_job_aside_is_no_source(text, source):
    assert ("said", source) in cues_and_sources(text)


@pytest.mark.parametrize("text, source", [
    # the list is the subject itself, right before the verb: not an aside
    ("Forces in Kent, Sussex and Surrey police said the lorries were stopped.", "Forces in Kent, Sussex and Surrey police"),
    # a name after the list, between commas, is still the source
    ("The director of Acme, Bell and Cole, Jane Doe, said the firm would grow.", "Jane Doe"),
])
def test_a_list_that_is_no_aside_is_kept(text, source):
    assert ("said", source) in cues_and_sources(text)
