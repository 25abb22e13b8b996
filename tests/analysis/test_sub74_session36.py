"""Session 36 (sub74): cue -> source and the sources list for an office written "<Office> of (the) <Department>"
before its holder's name (bench/ERRORS-sources-sub74.md). Every sentence here is invented for the test."""

import pytest

import medialit
from medialit.analysis.names import find_people

HEAD = "Harbour News\n\n"  # (a first line is the headline: the sentences below are body text)


def sources_of(text: str) -> list[tuple[str | None, str, str]]:
    return [(a.source, a.source_kind, a.cue) for a in medialit.find_attributions(HEAD + text)]


def listed(text: str) -> list[tuple[str, str]]:
    return [(s.name, s.kind) for s in medialit.find_sources(medialit.load_article(HEAD + text))]


# "of the" between the office and its department: the names reader read "Interior Mara Quell" as a body, and an
# abbreviated country before the office ("U.S. Secretary") as a person; the inverted "said" stopped at "of".
@pytest.mark.parametrize("text, name", [
    ("“The trails stay open,” said U.S. Secretary of the Interior Mara Quell. “We mean it.”", "Mara Quell"),
    ("“The trails stay open,” said Secretary of the Interior Mara Quell.", "Mara Quell"),
    ("“The depot will close,” said Secretary of State Tomas Brandt.", "Tomas Brandt"),
    ("“The survey is late,” said Director of Research Ilse Varga.", "Ilse Varga"),
    ("Secretary of the Navy Petra Lind said the dock would be rebuilt.", "Petra Lind"),
    ("Minister of the Economy Rafael Osei told reporters the budget was sound.", "Rafael Osei"),
])
def test_office_of_the_department_before_holder(text, name):
    found = sources_of(text)
    assert (name, "named person") in [(s, k) for s, k, _ in found], found
    assert (name, "named person") in listed(text), listed(text)


def test_the_office_is_the_holders_role():
    people = find_people(HEAD + "Secretary of the Interior Mara Quell said the trails stay open.")
    assert [(p.name, p.kind, p.role) for p in people] == [("Mara Quell", "person", "Secretary of the Interior")]


# Must not fire: no name after the department, a body after "of the", a name the office is not given to.
@pytest.mark.parametrize("text, expected", [
    ("The Secretary of the Navy Office Building reopened on Monday. Ivo Lark said the repairs were done.",
     [("Ivo Lark", "named person")]),
    ("The director of the Acme Steel Works said the furnace was safe.", None),
])
def test_no_holder_without_a_name(text, expected):
    people = [(p.name, p.kind) for p in find_people(HEAD + text)]
    assert all(kind != "person" or name == "Ivo Lark" for name, kind in people), people
    if expected is not None:
        assert [(s, k) for s, k, _ in sources_of(text)] == expected


# (The rule does not skip past a comma: "the head of Acme, Ivo Lark" stays as the reader had it.)
@pytest.mark.parametrize("text, source", [
    ("“The furnace is safe,” said Ivo Lark of the Acme Steel Works.", "Ivo Lark"),
    ("“The furnace is safe,” said the head of Acme, Ivo Lark.", "the head of Acme"),
])
def test_other_names_after_of_unchanged(text, source):
    assert source in [s for s, _, _ in sources_of(text)], sources_of(text)


# "according to" + a capitalised title + a person: the person, named (before: the title and the name as one
# *unnamed* source, in the sources list as well).
@pytest.mark.parametrize("text, name", [
    ("The ferry will sail on Friday, according to Mayor Ilse Varga.", "Ilse Varga"),
    ("The survey is late, according to Director of Research Ilse Varga.", "Ilse Varga"),
    ("The budget is sound, according to Minister of the Economy Rafael Osei.", "Rafael Osei"),
    ("Ilse Varga runs the port. The ferry will sail on Friday, according to Ms. Varga.", "Ilse Varga"),
])
def test_according_to_title_and_name_is_the_person(text, name):
    found = [(s, k) for s, k, c in sources_of(text) if c.lower() == "according to"]
    assert found == [(name, "named person")], found
    assert (name, "named person") in listed(text), listed(text)


# Must not: skip past a comma to the sentence's subject, or cut a phrase that opens in lower case.
@pytest.mark.parametrize("text, source", [
    ("According to Tidings, Ilse Varga will sail on Friday.", "Tidings"),
    ("The ferry was sold, according to a lawsuit filed by Ilse Varga.", "a lawsuit filed by Ilse Varga"),
])
def test_according_to_keeps_other_sources(text, source):
    found = [s for s, _, c in sources_of(text) if c.lower() == "according to"]
    assert found == [source], found
