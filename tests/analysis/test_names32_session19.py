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



def test_a_minister_for_a_brief_with_no_name_after_is_left_alone():
    text = "The Minister for Pensions said the rise was fair."
    assert [p.name for p in find_people(text) if p.kind == "person"] == []


def test_a_brief_after_an_office_with_no_name_is_no_person():
    text = "The Secretary for Fisheries said quotas would fall."
    assert people_and_kinds(text) == [("Fisheries", "organisation")]
    assert cues_and_sources(text) == [("said", "The Secretary for Fisheries")]


def test_a_lawyer_for_a_named_person_still_names_that_person():
    assert people_and_kinds("A lawyer for Jane Doe said the claim was false.") == [("Jane Doe", "person")]


# --- "Lord Doe of Kestrel Point": the territory of a peer's title is no person -----------------------------------

def test_the_territory_of_a_peers_title_is_no_person():
    text = "Lord Dale of Kestrel Point said the bill was rushed. Lord Dale added that peers would amend it."
    assert people_and_kinds(text) == [("Dale", "person")]
    assert [s for c, s in cues_and_sources(text)] == ["Lord Dale of Kestrel Point", "Dale"]


def test_a_baroness_with_a_given_name_keeps_her_full_name():
    text = "Baroness Ruth Abney of Eastfield warned that the plan would fail."
    assert people_and_kinds(text) == [("Baroness Ruth Abney", "person")]


def test_the_lord_mayor_of_a_town_is_still_an_office_and_a_place():
    text = "The Lord Mayor of Port Alden said the bridge was safe."
    assert people_and_kinds(text) == [("Port Alden", "organisation")]


# --- "... reached the U.K. Anya Brook said": a sentence ends after dotted initials -------------------------------

def test_a_person_named_before_is_read_after_initials_that_end_a_sentence():
    text = "Anya Brook fled in 2004. Her son reached the U.K. Anya Brook said she was relieved."
    assert people_and_kinds(text) == [("Anya Brook", "person")]
    assert cues_and_sources(text) == [("said", "Anya Brook")]


def test_a_first_name_after_initials_that_end_a_sentence_is_no_organisation():
    text = "Wilmot Doe left Ghana in 1990. His wife went to the U.S. Wilmot would follow. Doe said the trip was hard."
    assert people_and_kinds(text) == [("Wilmot Doe", "person")]


def test_a_body_after_the_initials_of_its_country_stays_whole():
    text = "Jo Army works in Kent. Officials at the U.S. Army said the base was closed."
    assert ("U.S. Army", "organisation") in people_and_kinds(text)


# --- "Homeland Security", "the Water Quality Act": bodies and laws whose last word no person's name has ----------

def test_a_public_body_named_by_its_field_is_an_organisation():
    text = "Border Security said the crossing was closed. Jo Reed, head of Veterans Affairs, said fees would rise."
    assert people_and_kinds(text) == [("Border Security", "organisation"), ("Jo Reed", "person"),
                                      ("Veterans Affairs", "organisation")]


def test_a_law_is_no_person_a_pronoun_can_mean():
    text = "The Harbour Safety Act requires that boats carry radios. He said it was weak."
    assert people_and_kinds(text) == [("Harbour Safety Act", "organisation")]
    assert cues_and_sources(text) == [("said", "He")]


def test_a_single_name_before_a_reporting_verb_is_still_a_person():
    assert people_and_kinds("Okafor said the plan was sound.") == [("Okafor", "person")]



def test_a_british_secretary_of_state_for_a_brief_before_a_name_is_the_role():
    text = "Secretary of State for Transport Ivo Lark said fares would be frozen. Lark added that trains were late."
    assert [(p.name, p.role) for p in find_people(text) if p.kind == "person"] == [
        ("Ivo Lark", "Secretary of State for Transport")]
    assert cues_and_sources(text) == [("said", "Ivo Lark"), ("added", "Ivo Lark")]
