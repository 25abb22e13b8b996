"""Session 24, src45: sources and cue -> source on general news (families of shapes, each on sentences written for
these tests)."""

from medialit.analysis.names import find_people
from support import cues_and_sources, kind_of, sources_and_kinds


def test_an_office_is_not_a_person_the_text_describes_otherwise():
    text = ("Clinics Open Late\n\nAna Lopez, a nurse, said the evening clinics worked well.\n\n"
            "The Prime Minister wants every town to have one by next year.")
    assert ("wants", "Ana Lopez") not in cues_and_sources(text)
    assert ("wants", "The Prime Minister") in cues_and_sources(text)


def test_an_office_is_still_the_untitled_person_named_as_its_subject():
    text = "Gordon Vale visited the port on Monday. The Prime Minister said trade would grow."
    assert ("said", "Gordon Vale") in cues_and_sources(text)


def test_an_office_is_still_a_person_whose_apposition_names_it():
    text = "Gordon Vale, the prime minister, visited the port. The Prime Minister said trade would grow."
    assert ("said", "Gordon Vale") in cues_and_sources(text)


def test_names_given_as_examples_of_things_are_no_people():
    text = ("Fees Cut\n\nThe bank runs card networks like Quickpay Transfers and Cardlink for its customers.\n\n"
            "The Prime Minister wants lower fees for small firms.")
    people = {p.name: p.kind for p in find_people(text)}
    assert people.get("Quickpay Transfers") != "person"
    assert ("wants", "Quickpay Transfers") not in cues_and_sources(text)


def test_names_given_as_examples_of_people_stay_people():
    text = "Writers such as Ann Merrow and Tom Hale signed the letter. Merrow said she hoped it would help."
    assert kind_of(text, "Ann Merrow") == "person"
    # a name the text mentions again outside the list is left as it was read
    text = "Apps like Dana Kell are popular. Dana Kell said she would keep writing."
    assert kind_of(text, "Dana Kell") == "person"


def test_a_plural_of_people_that_opens_a_sentence_is_a_group():
    text = ("Long Queues\n\nVoters said the queues were long. Most had voted before noon.\n\n"
            "Participants reported waiting an hour. Teachers say the school was closed for teaching.")
    kinds = dict(sources_and_kinds(text))
    assert kinds.get("Voters") == "unnamed"
    assert kinds.get("Participants") == "unnamed"
    assert kinds.get("Teachers") == "unnamed"


def test_a_surname_in_ers_stays_a_person():
    text = "Poll Day\n\nPowers said he would vote. The count is due at ten."
    assert kind_of(text, "Powers") == "person"
    text = "Ann Sellers runs the shop, selling bread. Sellers said prices had risen."
    assert [p.name for p in find_people(text) if p.kind == "person"] == ["Ann Sellers"]


def test_a_charity_named_with_a_verb_and_its_object_is_one_body():
    text = "Aid Cut\n\nSave the Children said the cuts would hurt families. The charity Feed the Orphans warned of hunger."
    kinds = dict(sources_and_kinds(text))
    assert kinds.get("Save the Children") == "named group"
    assert kinds.get("Feed the Orphans") == "named group"
    assert "Children" not in kinds


def test_the_between_two_capitalised_words_elsewhere_joins_nothing():
    text = ("Meanwhile the Democrats said the vote was close. Cruz, the Texas senator, said nothing. "
            "On Monday the Republicans said they would wait.")
    names = [p.name for p in find_people(text)]
    assert not any(" the " in n for n in names)


def test_a_pronoun_before_any_name_is_the_subject_named_next():
    text = "Second Chance\n\nShe says the clinic saved her life. Ana Lopez, 44, was treated there in May."
    assert ("says", "Ana Lopez") in cues_and_sources(text)
    text = "Plan Dropped\n\nAs he said last week, the plan is dead. On Monday, Mayor Tom Roe confirmed it."
    assert ("said", "Tom Roe") in cues_and_sources(text)


def test_a_pronoun_before_a_name_that_is_no_subject_or_does_not_fit_stays_as_written():
    text = "Row\n\nHe lashes out at critics, including Tom Roe, over the plan."
    assert ("lashes out", "Tom Roe") not in cues_and_sources(text)
    text = "Clinic\n\nHe said the clinic saved his life. Ana Lopez, 44, was treated there in May. She agreed."
    assert ("said", "Ana Lopez") not in cues_and_sources(text)


def test_a_body_whose_name_goes_on_with_of_and_and_is_one_name():
    text = ("Researchers from the Northern Institute of Soil and Water Studies argue that the dam is safe. "
            "The Office of Roads and Coastal Planning said work would start in May.")
    orgs = [p.name for p in find_people(text) if p.kind == "organisation"]
    assert "Northern Institute of Soil and Water Studies" in orgs
    assert "Office of Roads and Coastal Planning" in orgs
    assert "Water Studies" not in [p.name for p in find_people(text)]


def test_and_after_a_place_a_group_or_before_a_role_ends_the_body():
    text = ("Ann Lee of the University of Kestrel and Tom Vale of the Bureau of Harbours said the port was full. "
            "The Bank of Westmoor and Treasury officials met. The Office of Roads and Professor Ada Kerr disagreed.")
    names = [p.name for p in find_people(text)]
    assert "University of Kestrel" in names and "Tom Vale" in names
    assert not any(n.endswith(" and Treasury") for n in names)
    assert not any("Professor" in n for n in names)


def test_a_plural_of_things_that_opens_a_sentence_is_no_group():
    text = "Rents crush young families, they said. Payments rose in May, said Ana Lopez."
    assert [p.name for p in find_people(text) if p.kind == "group"] == []
