"""Session 15 (org21): organisations and titled officials as general news quotes them.

Every sentence here is invented for the test.
"""

import pytest

from medialit import find_attributions, find_sources
from medialit.analysis.article import load_article
from medialit.analysis.attribution import quote_speakers
from medialit.analysis.names import find_people

from support import sources_and_kinds as sources_of


# British ranks and titles before a name are its role or title, not part of the name; a later surname joins
# the same person.
@pytest.mark.parametrize("text, name, role", [
    ("Insp Jo Kerr said officers were at the scene. Kerr said the road would reopen later.", "Jo Kerr", "Insp"),
    ("Det Ch Insp Jo Kerr said the inquiry went on. Kerr said no one had been held.", "Jo Kerr", "Det Ch Insp"),
    ("Ch Supt Ann Hale said patrols would rise. Hale said the town was calm.", "Ann Hale", "Ch Supt"),
    ("Det Sgt Ann Hale said patrols would rise. Hale said the town was calm.", "Ann Hale", "Det Sgt"),
    ("Cllr Mo Platt said the plan was flawed. Platt said he would vote against it.", "Mo Platt", "Cllr"),
])
def test_british_ranks_are_roles(text, name, role):
    people = [p for p in find_people(text) if p.kind == "person"]
    assert [(p.name, p.role) for p in people] == [(name, role)]
    assert sources_of(text) == [(name, "named person")] * 2


@pytest.mark.parametrize("text, name", [
    ("Rev Tom Bright said the chapel would stay open. Bright said all were welcome.", "Tom Bright"),
    ("The Rev Tom Bright said the chapel would stay open. Mr Bright said all were welcome.", "Tom Bright"),
    ("The Reverend Ann Bright said the chapel would stay open. Ms Bright said all were welcome.", "Ann Bright"),
])
def test_reverend_is_a_title_even_after_the(text, name):
    assert sources_of(text) == [(name, "named person")] * 2


# A firm named after its founder, in ’s, is the subject of the verb when a clause follows.
@pytest.mark.parametrize("text, found", [
    ("Prices at Hollins's rose again. Hollins's said it would freeze the cost of bread.", [("Hollins's", "named group")]),
    ("The chain cut jobs. Bakewell’s said the move was needed.", [("Bakewell’s", "named group")]),
    ("Bakewell’s warned that prices would rise.", [("Bakewell’s", "named group")]),
    ("Jo Doe won the seat. Doe’s said that she will stay.", [("Jo Doe", "named person")]),
    ("Doe’s stated aim is to win. Doe’s reported losses grew.", []),
    ("Editor’s note: this piece was changed.", []),
])
def test_firm_named_in_possessive(text, found):
    assert sources_of(text) == found


# A name that "The company", "The party" ... takes up in the next sentence is that body's, not a person's.
@pytest.mark.parametrize("text, name", [
    ("Savers were angry. Greenhold said it would review the rates. The society added that branches would stay.",
     "Greenhold"),
    ("Passengers waited hours. Acme Buses said staff were short. The company apologised.", "Acme Buses"),
    ("The vote was close. Labour said the result backed the plan. The party said it would fight on.", "Labour"),
    ("Fares rose. Greenline said costs were up. A spokeswoman for the operator said more buses would run.",
     "Greenline"),
])
def test_name_taken_up_by_a_business_noun_is_a_body(text, name):
    sources = [(s.name, s.kind) for s in find_sources(load_article(text.encode()))]
    assert (name, "named group") in sources
    assert (name, "named person") not in sources


@pytest.mark.parametrize("text, name", [
    ("Jo Kerr said the bakery would close. The company has ten staff.", "Jo Kerr"),  # a full name stays a person
    ("Kerr said the bakery would close. He added that staff would be paid.", "Kerr"),
    ("Kerr said the ruling was wrong. The court said it would not hear the case.", "Kerr"),
])
def test_person_not_made_a_body(text, name):
    assert (name, "named person") in sources_of(text)


# "the man", "the woman" stands for the person brought in as "a/an ..." just before.
@pytest.mark.parametrize("text, source", [
    ("A retired postman found the dog in a field. The man said it was shivering.", "A retired postman"),
    ("A local woman raised the alarm. The woman said she heard a loud bang.", "A local woman"),
    ("A local woman raised the alarm. The man said he heard a loud bang.", "The man"),
    ("A witness saw the crash. The witness said the van was fast.", "The witness"),  # (as written; see below)
    ("A firefighter was hurt. The fighter said nothing.", "The fighter"),
    ("A local woman raised the alarm. Jo Kerr came. The woman said she heard a bang.", "The woman"),
])
def test_the_man_is_the_person_brought_in(text, source):
    assert sources_of(text)[-1] == (source, "unnamed")


@pytest.mark.parametrize("text, speaker", [
    ("A local woman raised the alarm. It was dark. “It was loud,” the woman said.", "A local woman"),
    ("A witness saw the crash. “It was fast,” the witness said.", "A witness"),
])
def test_the_person_brought_in_speaks_a_quote(text, speaker):
    assert quote_speakers(text) == [(speaker, "said")]


# "he" after an opening "asked by <name>" phrase is the sentence's unnamed subject, not the name after "by".
def test_he_after_an_opening_by_phrase():
    text = ("Asked by Jo Kerr whether the plan would work, a council officer said it would. "
            "He replied that the cost was fixed.")
    assert sources_of(text)[-1] == ("a council officer", "unnamed")
    text = "Jo Kerr, a council officer, said it was fixed. He added that nothing would change."
    assert sources_of(text)[-1] == ("Jo Kerr", "named person")


# A question that only asks what was said (a heading) is no cue.
@pytest.mark.parametrize("text, cues", [
    ("What do the companies say?\n\nHollins's said prices would fall.", ["said"]),
    ("How did the council respond?\n\nIt said nothing.", ["said"]),
    ("Doe asked what the firms say. They said nothing.", ["asked what", "say", "said"]),
])
def test_question_heading_is_no_cue(text, cues):
    assert [a.cue for a in find_attributions(text)] == cues
