"""Session 20, unify33: one source of truth for rules that two finders each wrote out."""

import pytest

from support import cues_and_sources

from medialit import find_hedges
from medialit.analysis.spokespeople import bare_spokesperson, body_spoken_for, spokesperson_for


def hedged(text: str) -> list[str]:
    return [h.phrase for h in find_hedges(text) if h.kind == "hedge"]


# --- a bare spokesperson: the source reader decides whose, the hedge finder reads it back ---------------------

@pytest.mark.parametrize("phrase, expected", [
    ("A spokesperson", True), ("a  spokesman", True), ("the spokesperson", False),
    ("A council spokeswoman", False), ("Spokesmen", False), ("A spokesmen", False),
])
def test_what_a_bare_spokesperson_is(phrase, expected):
    assert bare_spokesperson(phrase) is expected


def test_the_body_is_read_back_from_the_source_the_reader_wrote():
    source = spokesperson_for("A\nspokeswoman", "Harbour Water")
    assert source == "A spokeswoman for Harbour Water"
    assert body_spoken_for("A\nspokeswoman", source) == "Harbour Water"
    assert body_spoken_for("A spokeswoman", "A spokeswoman") is None
    assert body_spoken_for("A spokeswoman for", "A spokeswoman for") is None  # (not bare: three words)
    assert body_spoken_for("the spokeswoman", "the spokeswoman for Harbour Water") is None


def test_every_cue_of_a_spokesperson_the_reader_names_is_no_vague_source():
    # The second cue of the same spokesman ("would not say") was flagged before: the hedge finder looked at the
    # attribution just before, which was the spokesman, not the body.
    text = ("Rail operator Kelso Trains said all services were cancelled. A spokesman said engineers were "
            "clearing the line, but would not say when trains would run again.")
    assert [s for c, s in cues_and_sources(text)][1:] == ["A spokesman for Kelso Trains"] * 2
    assert not any("spokes" in p for p in hedged(text))


def test_a_spokesperson_the_reader_cannot_place_stays_a_vague_source():
    text = "Tesco and Asda both raised prices. A spokesman said costs had gone up."  # (which of the two?)
    assert cues_and_sources(text) == [("said", "A spokesman")]
    assert any("spokesman" in p for p in hedged(text))


# --- ... also after a one-word body the name finder read as a person ----------------------------------------

@pytest.mark.parametrize("text, body", [
    ("Unison questioned the plan. A spokesperson said the members were worried. Unison members vote in May.", "Unison"),
    ("UNIFOR questioned the plan. A spokesperson said the members were worried.", "UNIFOR"),
    ("Halvex criticised the levy. A spokesman said costs had gone up. Halvex employs 300 people.", "Halvex"),
    ("Greyline criticised the levy. A spokeswoman said costs had gone up. The levy hit the Greyline, and others.",
     "Greyline"),
])
def test_a_one_word_body_read_as_a_person_has_its_spokesperson(text, body):
    said = [s for c, s in cues_and_sources(text) if c == "said"]
    assert said[-1].endswith(f" for {body}")
    assert not any("spokes" in p for p in hedged(text))


@pytest.mark.parametrize("text", [
    "Okafor said the budget was fair. A spokesperson said the plan would start soon.",
    "Okafor said the budget was fair. A spokesperson said the plan would start soon. Okafor's staff agreed.",
    "The Trump campaign rejected it. Trump said the plan was bad. A spokesman said he would sign.",
])
def test_a_one_word_person_with_no_sign_of_a_body_keeps_a_bare_spokesperson(text):
    assert [s for c, s in cues_and_sources(text) if c == "said"][-1] in ("A spokesperson", "A spokesman")
    assert any("spokes" in p for p in hedged(text))


# --- one list of kin words (wordlists.KIN_WORDS) for names.py and subjects.py ---------------------------------

def test_a_grandchild_named_in_commas_is_written_with_the_name():
    # (subjects.py's list lacked "granddaughter"; names.py's had it)
    text = "The crash killed Jo Reed, 81. Her granddaughter, Amy, said she loved the sea."
    assert cues_and_sources(text) == [("said", "Her granddaughter, Amy")]


def test_a_surname_later_is_not_the_stepfathers():
    # (names.py's list lacked "stepfather"; subjects.py's had it): the relative is not the "Reed" of the story
    from medialit.analysis.names import find_people

    text = "Jo Reed died on Monday. Her stepfather, Tom Reed, said Reed had been ill. Reed was 40."
    people = {p.name: len(p.mentions) for p in find_people(text)}
    assert people == {"Jo Reed": 3, "Tom Reed": 1}


# --- "spokesmen for X": the plural speaks for X as the singular does (subjects._SPEAKS_FOR) -------------------

@pytest.mark.parametrize("opening", ["A spokesman for Harbour Homes", "Spokesmen for Harbour Homes"])
def test_the_company_after_spokespeople_for_a_body_is_that_body(opening):
    text = f"{opening} confirmed the rise on Monday. The company said costs had gone up."
    assert cues_and_sources(text)[-1] == ("said", "Harbour Homes")


@pytest.mark.parametrize("text, source", [
    ("The grandson of the shop owner said the family would reopen.", "The grandson of the shop owner"),
    ("Speaking outside court, the stepfather of the victim described him as kind.", "the stepfather of the victim"),
])
def test_a_relative_of_someone_unnamed_heads_the_source(text, source):
    # (subjects._ONE_OF_WHOM wrote its kin words out a third time, without "grandson" or "stepfather")
    assert [s for c, s in cues_and_sources(text)] == [source]
