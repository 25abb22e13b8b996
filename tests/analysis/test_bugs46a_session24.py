"""Session 24, bugs46a: reported misreadings, each held as a family of shapes with the shapes the fix must leave
alone. All text here is invented for these tests."""
import pytest

from medialit.analysis.attribution import find_attributions


def _source_of(text: str, cue: str) -> str | None:
    return next(a.source for a in find_attributions(text) if a.cue == cue)


# --- the one spoken to is not the source: "A spokesman speaking to Acme News said" ---------------------------------

@pytest.mark.parametrize("text, source", [
    ("The mill shut on Monday. A spokesman speaking to Acme Radio said, “We will reopen next week.”", "A spokesman"),
    ("Prices rose again. A source speaking to Channel Nine News said the talks had stalled.", "A source"),
    ("Prices rose again. An official talking to the Dunmore Herald said the budget was tight.", "An official"),
    ("Prices rose. A spokeswoman for the Acme Mill speaking to Acme Radio said the plant would close.",
     "A spokeswoman for the Acme Mill"),
])
def test_the_one_spoken_to_is_no_source(text, source):
    assert _source_of(text, "said") == source


@pytest.mark.parametrize("text, source", [
    ("Prices rose. Jane Doe speaking to Acme Radio said the plant would close.", "Jane Doe"),
    ("Prices rose. Speaking to Acme Radio, Jane Doe said the plant would close.", "Jane Doe"),
])
def test_the_speaker_before_or_after_the_phrase_stays(text, source):
    assert _source_of(text, "said") == source


# --- a preposition of place that opens a sentence is no part of a name: "Across Asia, ..." ------------------------

from medialit.analysis.names import find_people  # noqa: E402


@pytest.mark.parametrize("opener", ["Across", "Around", "Near", "Along", "Through", "Beside"])
def test_an_opening_preposition_of_place_is_no_name(opener):
    text = f"Trade slowed.\n\n{opener} Asia, policymakers fear an “isolationist” turn.\n\n“We are ready,” she said."
    assert not any(opener in p.name for p in find_people(text))


@pytest.mark.parametrize("text, name", [
    ("Trade slowed in the Near East, said Jane Doe.", "Near East"),
    ("Officials met at the Round Table in Dunmore.", "Round Table"),
])
def test_the_same_word_inside_a_sentence_stays_in_the_name(text, name):
    assert name in {p.name for p in find_people(text)}


# --- a body's name read as a person's where "the" is dropped (a headline) is the body the text names later ---------

def test_a_headline_name_is_the_body_named_later():
    text = ("Central Bank issues statement on rates\n\n"
            "The Central Bank held rates on Wednesday. “We will wait,” the Central Bank said.")
    people = {p.name: p.kind for p in find_people(text)}
    assert people == {"Central Bank": "organisation"}


def test_a_person_named_in_a_headline_stays_a_person():
    text = "Jane Doe wins award\n\nJane Doe said she was pleased with the Doe Trust."
    assert {p.name: p.kind for p in find_people(text)}.get("Jane Doe") == "person"


# --- "The Commission is convinced that": a cue opening with "be" after a body's one-word name is that body's --------

@pytest.mark.parametrize("text, cue, source", [
    ("Ministers backed the Plan for Roads and Rail Policy. The Commission is convinced that it goes too far.",
     "is convinced", "Commission"),
    ("Ministers backed the Plan for Roads and Rail Policy. The Council is confident that it will pass.",
     "is confident", "Council"),
    ("Ministers backed the Plan for Roads and Rail Policy. The Commission said that it goes too far.",
     "said", "Commission"),
])
def test_a_body_before_a_be_cue_is_its_source(text, cue, source):
    assert _source_of(text, cue) == source


def test_a_thing_before_be_is_no_body():
    text = "Ministers backed the Acme Plan. The Bridge is closed, officials said."
    assert "Bridge" not in {p.name for p in find_people(text)}


# --- a title's modifier opening a sentence stays in the role though the text writes it in lower case elsewhere -----

_ELSEWHERE = " Many officers have retired since. One was a former nurse, acting as a guide."


@pytest.mark.parametrize("role", ["Retired Army Colonel", "Retired Navy Capt.", "Former Army Colonel",
                                  "Acting Police Chief"])
def test_a_title_modifier_stays_in_the_role(role):
    text = f"The base closed in May.\n\n{role} Jane Doe said the move was a mistake.{_ELSEWHERE}"
    assert {p.name: p.role for p in find_people(text)}.get("Jane Doe") == role


def test_a_common_word_before_a_title_is_still_dropped():
    text = f"The base closed in May.\n\nYesterday Army Colonel Jane Doe said the move was wrong. Yesterday was late."
    assert {p.name: p.role for p in find_people(text)}.get("Jane Doe") == "Army Colonel"
