"""Session 19, names32: name typing and name spans on general news (titles with "for", capitals as places,
peers' titles). All text here is invented for these tests."""

from medialit.analysis.names import find_people

from support import cues_and_sources


def people_and_kinds(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.kind) for p in find_people(text)]


# --- a capital after "in", "at", "near": the place, not its government speaking ---------------------------------

def test_a_capital_after_a_place_preposition_is_no_organisation():
    text = "Traders in Lisbon said the market would recover. Prices near Madrid rose."
    assert [name for name, kind in people_and_kinds(text) if name in ("Lisbon", "Madrid")] == []
    assert cues_and_sources(text) == [("said", "Traders in Lisbon")]


def test_a_capital_that_speaks_on_its_own_is_still_its_government():
    text = "Lisbon said the market would recover. The Kremlin denied the report."
    assert ("Lisbon", "organisation") in people_and_kinds(text)
    assert ("Kremlin", "organisation") in people_and_kinds(text)


def test_a_company_noun_is_not_read_as_the_capital_it_works_in():
    text = "Orvane Textiles shut its mill at Lisbon. The company said forty jobs would go."
    assert cues_and_sources(text) == [("said", "Orvane Textiles")]


# --- "Minister for Children Ann Lee": an office with "for <brief>" before the holder's name --------------------

def test_an_office_for_a_brief_before_a_name_is_the_role_not_part_of_the_name():
    text = "Minister for Pensions Maya Clode said the rise was fair. Clode added that it was affordable."
    assert [(p.name, p.role) for p in find_people(text)] == [("Maya Clode", "Minister for Pensions")]
    assert cues_and_sources(text) == [("said", "Maya Clode"), ("added", "Maya Clode")]

