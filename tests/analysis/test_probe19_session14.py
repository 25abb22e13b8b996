"""Session 14, probe19: general causes found on invented articles in six house styles (BBC, AP wire,
Guardian, local paper, science, sport). All text here is invented for these tests."""
from medialit import find_hedges, find_sources, load_article

from support import sources_kinds_and_cues as _attr

BBC_STYLE = """Ferry strike halts island crossings

Ferry services to three northern islands have been cancelled after crew members walked out over pay.

Islanders say the cancellations could leave shops short of fresh food by the weekend. Shopkeeper Ewan Tait said he had already seen panic buying. 'People are worried, and you cannot blame them,' he added.
"""

LOCAL_STYLE = """Residents fight library closure

Residents have vowed to fight plans to close the branch library.

But campaigner Joan Pritchard, 71, said the figures did not tell the whole story.
"""


def _sources(text):
    return {s.name: (s.kind, s.role) for s in find_sources(load_article(text))}


def test_job_word_before_a_name_is_a_role_not_part_of_the_name():
    # "Shopkeeper Ewan Tait", "campaigner Joan Pritchard": a job word before a name, as "Councillor Jane Doe"
    assert _sources(BBC_STYLE)["Ewan Tait"] == ("named person", "Shopkeeper")
    assert _sources(LOCAL_STYLE)["Joan Pritchard"] == ("named person", "campaigner")


def test_islanders_are_unnamed_people_like_residents():
    assert _sources(BBC_STYLE)["Islanders"][0] == "unnamed"


def test_proper_name_of_a_body_with_of_or_for_is_a_named_group():
    lead = "Rents rose again last year. "
    assert _attr(lead + "The Department for Housing said it was committed to renters.") == [
        ("The Department for Housing", "named group", "said")]
    assert _attr(lead + "The Bank of Eastmoor said rates would rise.") == [
        ("The Bank of Eastmoor", "named group", "said")]
    # a spokesman of the body, and phrases with no institution at the head, stay unnamed
    assert _attr(lead + "A Ministry of Transport spokesman said it was committed.")[0][1] == "unnamed"
    assert _attr(lead + "Sources familiar with the matter said it was committed.")[0][1] == "unnamed"


def test_author_in_a_comma_aside_after_a_document_is_the_source():
    lead = "Rents rose again last year. "
    assert _attr(lead + "The analysis, by the charity Open Doors, found that rents rose.") == [
        ("Open Doors", "named group", "found")]
    assert _attr(lead + "A survey, carried out by Jane Doe, found that rents rose.") == [
        ("Jane Doe", "named person", "found")]
    # "by contrast" names nobody: the document stays the source
    assert _attr(lead + "The report, by contrast, found that rents rose.") == [("The report", "unnamed", "found")]


def _likely(text):
    return [h.phrase for h in find_hedges(text) if h.phrase.lower() == "likely"]


def test_measured_rate_is_not_a_hedge():
    assert _likely("Walkers were 20% less likely to show memory decline, the study found.") == []
    assert _likely("Smokers were twice as likely to fall ill.") == []
    assert _likely("Cyclists were three times more likely to be hurt.") == []
    # a forecast stays a hedge, with or without "more"
    assert _likely("The bridge is likely to reopen next month.") == ["likely"]
    assert _likely("She is more likely to win the seat.") == ["likely"]


def test_acronym_then_a_word_is_an_organisation_not_a_person():
    lead = "Waiting lists rose again this winter. "
    assert _attr(lead + "NHS Eastmoor said waiting lists had fallen.") == [("NHS Eastmoor", "named group", "said")]
    assert _attr(lead + "BBC Northshire said the show was cancelled.")[0][1] == "named group"
    # two initials are a first name
    assert _attr(lead + "JD Marlow said waiting lists had fallen.") == [("JD Marlow", "named person", "said")]


def test_wire_dateline_with_a_plain_hyphen_is_no_part_of_the_source():
    # Reuters-style copy often has " - " where AP has " — "; the dateline is never the source
    for dash in ("-", "\u2014"):
        text = f"PORT ELLAN, Isle of Wren (Reuters) {dash} Fishermen in this harbour town said on Tuesday they had lost boats."
        assert _attr(text) == [("Fishermen in this harbour town", "unnamed", "said")]


def test_the_coastguard_speaks_as_an_institution():
    text = "Three boats sank overnight. The vessel returned to port, the coastguard said in a statement."
    assert _attr(text) == [("the coastguard", "named group", "said")]
