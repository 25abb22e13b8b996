"""Session 24 (real45): shapes from the thirteenth real-news batch's errors, each a family. Every sentence here is
invented for the test."""

import pytest
from support import cues_and_sources, cues_sources_and_kinds


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


# Criticism or condemnation that someone drew, faced or set off is voiced disapproval: a cue, its source after "from".
@pytest.mark.parametrize("text, source", [
    ("The toll plan has drawn harsh criticism from fellow mayors.", "fellow mayors"),
    ("The new levy drew sharp criticism from Acme Bank and two unions.", "Acme Bank"),
    ("Mara Quill faced criticism for her vote on the harbour.", None),
    ("The raids prompted international condemnation of the rebels.", None),
])
def test_criticism_drawn_or_faced_is_a_cue(text, source):
    found = [(s, k) for c, s, k in
             cues_sources_and_kinds(text) if c.startswith(("criticism", "condemnation"))]
    assert found and found[0][0] == source
    if source is None:
        assert found[0][1] == "agentless"


@pytest.mark.parametrize("text", [
    "Despite criticism, the council kept the toll plan.",
    "His criticism of the toll plan was harsh.",
    "A leader must be able to accept criticism.",
    "“We faced criticism for years,” Mara Quill said.",  # inside a quotation: the speaker's words
])
def test_criticism_with_no_verb_of_drawing_is_no_cue(text):
    assert not [c for c, _ in cues_and_sources(text) if c.startswith("criticism")]


def test_criticism_with_no_one_named_is_no_hedge():
    from medialit import find_hedges
    assert not [h for h in find_hedges("Mara Quill faced criticism for her vote on the harbour.")
                if "criticism" in h.phrase]


# "the statement said", after the text named that statement with its issuer right before it, is the issuer's.
@pytest.mark.parametrize("text, source", [
    ("The minister called the Harbour Workers Union statement false. The statement could not be checked. "
     "The brief statement said ten ships were held.", "Harbour Workers Union"),
    ("Acme Rail’s statement came late on Monday. The statement said fares would rise.", "Acme Rail"),
])
def test_the_statement_is_its_named_issuers(text, source):
    assert cues_and_sources(text)[-1] == ("said", source)


@pytest.mark.parametrize("text", [
    # another statement brought in with "a" since: not the earlier issuer's
    "Acme Rail’s statement came late. Bell Buses issued a short statement. The statement said fares would rise.",
    # no statement named before
    "Fares rose on Monday. The statement said trams would stop.",
])
def test_no_issuer_taken_across_another_statement(text):
    assert cues_and_sources(text)[-1][1] not in ("Acme Rail",)
    assert cues_and_sources(text)[-1][1] is not None


# Reporting phrases of British and European news: "restated", "made the point that", "spoke in favour of".
@pytest.mark.parametrize("text, cue, source", [
    ("The minister restated her view that the bridge would open in May.", "restated", "The minister"),
    ("Mara Quill made the point that the pier had never flooded.", "made the point", "Mara Quill"),
    ("During the hearing Tomas Reyes spoke in favour of a toll on lorries.", "spoke in favour of", "Tomas Reyes"),
    ("Ines Ward spoke in favor of a new tax on boats.", "spoke in favor of", "Ines Ward"),
])
def test_restated_made_the_point_spoke_in_favour_are_cues(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


def test_made_the_point_without_a_clause_is_no_cue():
    # "made the point" needs the point's clause after it ("made the point that ...")
    assert not [c for c, _ in cues_and_sources("Mara Quill made the point clear to everyone.") if c == "made the point"]
