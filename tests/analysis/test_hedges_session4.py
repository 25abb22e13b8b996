"""Regression tests for the hedge, booster and source causes fixed in session 4 (issue 10).

Every sentence here was written for these tests; none comes from a real article.
Each test names the cause it guards (issue 10, items 8-11).
"""

import pytest

from medialit import find_hedges, find_sources, load_article

from support import lowered_phrases_of_kind as flags, source_kinds as sources


# --- item 8: missing boosters, and boosters in another sense ----------------------

@pytest.mark.parametrize("sentence, booster", [
    ("The new tests definitively rule out a leak in the main pipe.", "definitively"),
    ("Farmers in the valley are keenly interested in the new seed.", "keenly"),
])
def test_certainty_and_degree_boosters_are_found(sentence, booster):
    assert booster in flags(sentence, "booster")


@pytest.mark.parametrize("sentence, word", [
    # (session 14: "fully" boosts only a stance, so the example is a stance, not "fully mapped")
    ("The council has not fully backed the plan yet.", "fully"),
    ("The committee was not entirely convinced by the plan.", "entirely"),
    ("The road isn't completely closed.", "completely"),
])
def test_a_negated_booster_does_not_boost(sentence, word):
    assert word not in flags(sentence, "booster")
    # Without the negation the same word boosts.
    assert word in flags(sentence.replace("not ", "").replace("isn't", "is"), "booster")


@pytest.mark.parametrize("sentence", ["The firm expects a profit this year.", "The firm reported a loss.",
                                      "The firm plans to hire forty people."])
def test_the_firm_as_a_company_is_not_a_booster(sentence):
    assert "firm" not in flags(sentence, "booster")


def test_firm_as_an_adjective_still_boosts():
    assert "firm" in flags("The mayor wants a firm promise from the bus company.", "booster")


# --- item 9: vague quantities and degree hedges -------------------------------------

def test_degree_pretty_is_a_hedge_but_the_adjective_is_not():
    assert "pretty" in flags("The young keeper played pretty well in the final.", "hedge")
    assert "pretty" in flags("It was a pretty remarkable season for the club.", "hedge")
    assert "pretty" not in flags("She painted a pretty garden by the river.", "hedge")


def test_a_few_as_an_amount_but_not_as_a_date():
    assert "a few" in flags("The bridge lost a few percent of its strength each winter.", "hedge")
    assert "a few" not in flags("The mayor opened the bridge a few days ago.", "hedge")


def test_the_potential_for_is_a_possibility_but_full_potential_is_not():
    assert "the potential for" in flags("Engineers see the potential for cracks in the dam.", "hedge")
    assert not flags("The school wants every pupil to reach their full potential.", "hedge")


def test_implies_points_to_a_conclusion_without_stating_it():
    assert "implies" in flags("The drop in river levels implies a leak upstream.", "hedge")


# --- item 10: hedge words in a non-hedging sense ------------------------------------

def test_funded_in_part_by_names_who_paid_a_share():
    assert "in part" not in flags("The survey was funded in part by the county council.", "hedge")
    assert "in part" in flags("The delay was caused in part by heavy rain.", "hedge")


def test_would_after_a_plural_reporting_verb_reports_a_forecast():
    assert "would" not in flags("Engineers say the new bridge would last a century.", "hedge")
    # A condition keeps the hypothetical "would".
    assert "would" in flags("Engineers say the bridge would fall if the river rose again.", "hedge")


# --- item 11: named sources against vague ones --------------------------------------

@pytest.mark.parametrize("sentence", ["One academic told the paper that the plan was unfair.",
                                      "Clinicians say the ward is too small."])
def test_a_truly_vague_group_is_a_vague_attribution(sentence):
    assert [h for h in find_hedges(sentence) if h.category == "vague attribution"]


def test_a_named_organisation_behind_a_spokesperson_is_not_vague():
    assert not [h for h in find_hedges("The shop will close, said a Brightmart spokesperson.")
                if h.category == "vague attribution"]

def test_the_source_a_noun_names_is_listed():
    found = sources("Harbour Plans\n\nThe plan follows calls from Transport Secretary Jane Roe for safer ports. "
                    "New research led by the Institute for Coastal Studies (ICS) found that the harbour wall is weak.")
    assert found.get("Jane Roe") == "named person"
    assert found.get("Institute for Coastal Studies (ICS)") == "named group"


def test_a_place_or_a_date_after_from_is_not_a_source():
    found = sources("Harvest Report\n\nFigures from March were lower. Data from Kent showed a fall in apple prices.")
    assert not {"March", "Kent"} & set(found)


def test_what_someone_described_as_names_that_someone():
    found = sources("Fire at the Mill\n\nIn what a firefighter described as “a lucky escape”, nobody was hurt.")
    assert found.get("a firefighter") == "unnamed"


def test_the_subject_of_has_learned_that_is_a_source_but_a_thing_that_shows_is_not():
    found = sources("Port News\n\nHarbourwatch has learned that the ferry company will cut two routes.\n\n"
                    "Footage, filmed by a passer-by, reveals that the ramp was already broken.")
    assert found.get("Harbourwatch") == "named group"  # one line: not "Port News\n\nHarbourwatch"
    assert "Footage" not in found


def test_an_acronym_after_its_full_name_is_the_same_source():
    text = ("Clinic Closes\n\nThe aid group Doctors Without Borders (DWB) said on Monday that the clinic had closed. "
            "In a statement, DWB demands that the road to the clinic be reopened.")
    names = [s.name for s in find_sources(load_article(text)) if s.kind != "agentless"]
    assert "DWB" not in names


def test_a_piece_of_an_organisation_name_is_not_a_second_source():
    text = ("Sea Hitchhikers\n\nPioneering research led by the Institute for Ocean and Coastal Science (IOCS) and "
            "funded by the ministry sheds light on species ‘hitchhiking’ across the sea on floating debris.")
    assert sources(text) == {"Institute for Ocean and Coastal Science (IOCS)": "named group"}
