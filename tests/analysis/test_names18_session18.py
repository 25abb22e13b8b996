"""Session 18 (names18): names, titles and sources as general news writes them (British police and civil titles,
US political and military ranks, a body's initials before a group, two bodies as one speaker, a body that wants or
plans, countries).

Every sentence here is invented for the test.
"""

import pytest

from medialit import find_attributions, find_sources, load_article
from medialit.analysis.names import find_people
from medialit.analysis.text import sentence_spans
from support import cues_and_sources as cues


def people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in find_people(text) if p.kind == "person"]


# --- titles of several words, and abbreviations without full stops, stay whole as the role -------------------

@pytest.mark.parametrize("text, name, role", [
    ("Det Con Priya Nandra said the van had been found.", "Priya Nandra", "Det Con"),
    ("Chief Constable Owen Larch said the force would learn.", "Owen Larch", "Chief Constable"),
    ("Acting Chief Constable Ruth Ashby said officers were ready.", "Ruth Ashby", "Acting Chief Constable"),
    ("Assistant Chief Constable Idris Vane said the review was fair.", "Idris Vane", "Assistant Chief Constable"),
    ("Det Ch Insp Moira Quill said the search went on.", "Moira Quill", "Det Ch Insp"),
    ("PC Callum Dree said the driver ran off.", "Callum Dree", "PC"),
    ("Detective Constable Leah Morrow said the shop was shut.", "Leah Morrow", "Detective Constable"),
    ("Lt. Gov. Dale Pruitt said the budget was sound.", "Dale Pruitt", "Lt. Gov."),
    ("Atty. Gen. Mara Quint said the state would appeal.", "Mara Quint", "Atty. Gen."),
    ("Lt. Col. Ivo Sand said the base was secure.", "Ivo Sand", "Lt. Col."),
    ("Staff Sgt. Rhea Tolan said the convoy was hit.", "Rhea Tolan", "Staff Sgt."),
    ("2nd Lt. Omar Fell said the unit was ready.", "Omar Fell", "2nd Lt."),
    ("Sgt. 1st Class Nell Ardo said the patrol came under fire.", "Nell Ardo", "Sgt. 1st Class"),
    ("Army Capt. Teo Marsh said the drill went well.", "Teo Marsh", "Army Capt."),
])
def test_a_title_of_several_words_is_the_role_and_the_name_stays_whole(text, name, role):
    assert people(text) == [(name, role)]
    assert cues(text) == [("said", name)]


def test_a_rank_alone_is_still_read_as_a_form_of_address():
    # "Sen." alone gives no role (a later "the senator" may still be read as her), but marks a person
    assert people("Sen. Wren Adair said the bill would pass.") == [("Wren Adair", None)]


def test_con_is_a_rank_only_after_detective():
    assert cues("Con Brady said the match was lost.") == [("said", "Con Brady")]


def test_a_form_of_address_stays_out_of_the_role_a_job_opens():
    assert people("Party leader Dr Ines Carvel said it.") == [("Ines Carvel", "Party leader")]


@pytest.mark.parametrize("text, name", [
    ("Dr Ann Street said the clinic would stay open.", "Ann Street"),
    ("Mr Tom Hall said the hall was full.", "Tom Hall"),
    ("“We held on,” said Spc. Lee Park, who scored twice.", "Lee Park"),
])
def test_a_title_before_a_name_with_a_place_word_makes_a_person(text, name):
    assert [(s.name, s.kind) for s in find_sources(load_article(text))] == [(name, "named person")]


def test_a_job_before_a_rank_and_a_name_is_the_persons():
    text = "“We are on it,” said Acme spokesman Navy Capt. Joss Hale."
    assert cues(text) == [("said", "Joss Hale")]
    assert people(text) == [("Joss Hale", "Acme spokesman Navy Capt.")]


# --- an ordinal with a full stop inside a rank does not end the sentence ---------------------------------------

def test_an_ordinal_with_a_full_stop_before_a_rank_does_not_end_the_sentence():
    text = "The soldier, 2nd. Lt. Bram Oyelaran, said the unit was ready. It left at dawn."
    assert len(sentence_spans(text)) == 2
    assert cues(text) == [("said", "Bram Oyelaran")]


def test_an_ordinal_that_ends_a_sentence_still_ends_it():
    assert len(sentence_spans("She came 2nd. Later she won the final.")) == 2


# --- a body's initials before a group noun belong to the source ------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("NATO officials said the talks had stalled.", "NATO officials"),
    ("UN diplomats said the vote would be delayed.", "UN diplomats"),
    ("EU officials said the deal was close.", "EU officials"),
    ("NHS managers said waiting lists were falling.", "NHS managers"),
    ("Senior WHO officials said the risk was low.", "Senior WHO officials"),
])
def test_initials_before_a_group_noun_stay_in_the_source(text, source):
    assert cues(text) == [("said", source)]



# --- two bodies joined by "and" as one speaker -----------------------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Hollins's and Greystone said they would cut prices.", "Hollins's and Greystone"),  # a firm's name in 's first
    ("Greystone and Hollins's said they would cut prices.", "Greystone and Hollins's"),  # ... or second
    ("In a statement, Greystone and Hollins's said they would cut prices.", "Greystone and Hollins's"),
    ("When asked, the BBC and ITV declined to comment.", "BBC and ITV"),  # after an opening phrase and its comma
    ("On Monday, Ofcom and the BBC said the rules would change.", "Ofcom and the BBC"),
    ("Both Acme and Halvex declined to comment.", "Acme and Halvex"),  # after "Both"
])
def test_two_bodies_joined_by_and_are_the_source_together(text, source):
    assert cues(text)[0][1] == source


def test_a_list_of_names_is_still_not_cut_to_its_last_pair():
    assert cues("Voters in Kent, Acme and Halvex said it.") != [("said", "Acme and Halvex")]


# --- a body that wants, hopes or plans is the source -----------------------------------------------------------

@pytest.mark.parametrize("text, cue, source", [
    ("The council wants residents to recycle more.", "wants", "The council"),
    ("The club hopes supporters will return next season.", "hopes", "The club"),
    ("Greyfield Rail wants passengers to travel off-peak.", "wants", "Greyfield Rail"),
    ("The council plans to cut bin collections.", "plans to", "The council"),
    ("Ana Ruiz intends to stand again.", "intends to", "Ana Ruiz"),
])
def test_a_body_or_a_person_that_wants_hopes_or_plans_is_the_source(text, cue, source):
    assert cues(text) == [(cue, source)]


@pytest.mark.parametrize("text", [
    "The plan wants to cut costs.",  # a thing holds no stance
    "The rules are intended to protect renters.",  # a thing's purpose, not a stated plan
])
def test_a_thing_that_wants_or_is_intended_is_no_source(text):
    assert cues(text) == []


# --- countries: a government when one speaks, else a place (never a person) ------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Norway said it would send more aid.", "Norway"),
    ("Hong Kong said it would ease the rules.", "Hong Kong"),
    ("South Korea accused the North of a provocation.", "South Korea"),
])
def test_a_country_that_speaks_is_its_government(text, source):
    assert [(a.source, a.source_kind) for a in find_attributions(text)] == [(source, "named group")]


@pytest.mark.parametrize("text", [
    "Tom Reed flew to Hong Kong on Monday.",
    "The ferry to Norway left at dawn.",
])
def test_a_country_as_a_place_is_no_person(text):
    assert "Hong Kong" not in [name for name, _ in people(text)]
    assert "Norway" not in [name for name, _ in people(text)]


# --- a list of bodies before the verb --------------------------------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Greystone, Pardew and Hollins's said they would cut prices.", "Greystone, Pardew and Hollins's"),
    ("Hollins's, Pardew and Greystone said they would cut prices.", "Hollins's, Pardew and Greystone"),
])
def test_a_list_of_bodies_that_opens_the_sentence_is_the_source(text, source):
    assert [(a.source, a.source_kind) for a in find_attributions(text)] == [(source, "named group")]


def test_a_list_after_other_words_is_not_joined():
    assert cues("In a statement, Greystone, Pardew and Lidl said it.") != [("said", "Greystone, Pardew and Lidl")]
