"""Session 27, bugs54: misreadings the session's helpers found in main, each held with the shapes the fix must leave
alone. All text here is invented for these tests."""
import pytest
from support import cue_phrases, cues_sources_and_kinds, sources_of_cue


# --- "released three reports": a number before "claims"/"reports"/"charges" makes the form a counted noun ----------

@pytest.mark.parametrize("text", [
    "The council released three reports.",
    "The board read 12 reports on the flood.",
    "The panel heard two claims about the fence.",
    "The club faced several charges last year.",
])
def test_a_counted_plural_noun_is_no_cue(text):
    assert [c for c in cue_phrases(text) if c in ("reports", "claims", "charges")] == []


@pytest.mark.parametrize("text, cue, source", [
    ("The council reports that the river is rising.", "reports", "The council"),
    ("Mr Varga claims that the fence was moved.", "claims", "Varga"),
    ("He always claims that the fence was moved.", "claims", "He"),
])
def test_a_subject_before_the_form_still_makes_it_the_verb(text, cue, source):
    assert sources_of_cue(text, cue) == [source]


# --- "The report includes claims that": a plural noun after a verb in "-s", not the report's own claim -------------

@pytest.mark.parametrize("text", [
    "The report includes claims that the river was rising.",
    "The file contains reports that the fence was moved.",
])
def test_a_plural_noun_after_a_verb_in_s_is_not_the_subject_claiming(text):
    assert not any(s is not None and s.startswith("The ") for s in sources_of_cue(text, "claims") + sources_of_cue(text, "reports"))


# --- "The team made new estimates. It found": "it" does not take a phrase that runs past a past verb ----------------

@pytest.mark.parametrize("text", [
    "The team made new estimates. It found that the river was rising.",
    "The board released fresh figures. It said that the river was rising.",
])
def test_it_does_not_take_a_subject_phrase_across_a_verb(text):
    assert all(s is None or " made " not in s and " released " not in s for s in
               sources_of_cue(text, "found") + sources_of_cue(text, "said"))


@pytest.mark.parametrize("text, cue, source", [
    ("The letter also accuses the mayor. It also accused the board of lying.", "accused", "The letter"),
    ("The leaked memo says the river is rising. It also says the fence moved.", "says", "The leaked memo"),
])
def test_it_still_takes_a_thing_named_before_its_verb(text, cue, source):
    assert sources_of_cue(text, cue)[-1] == source


# --- "The Food and Agriculture Organization": an organisation's name with "and" inside, not a person ----------------

@pytest.mark.parametrize("text, source", [
    ("The Food and Grain Organization said prices rose.", "Food and Grain Organization"),
    ("The Arts and Crafts Research Council said the hall would close.", "Arts and Crafts Research Council"),
    ("The Parks and Rivers Foundation said the hall would close.", "Parks and Rivers Foundation"),
])
def test_a_body_with_and_in_its_name_is_one_organisation(text, source):
    assert cues_sources_and_kinds(text) == [("said", source, "named group")]


def test_a_role_before_and_is_not_part_of_the_body():
    assert cues_sources_and_kinds("The Mayor and City Council said the hall would close.")[0][1] != "and City Council"


# --- "The mother of two said": a parent and the count of their children is a subject, not a dropped cue -------------

@pytest.mark.parametrize("text, cue, source", [
    ("The mother of two said she was tired of waiting.", "said", "The mother of two"),
    ("The father of three told reporters he was tired of waiting.", "told", "The father of three"),
    ("A grandmother of five said the bus never came.", "said", "A grandmother of five"),
])
def test_a_parent_of_a_count_is_the_source(text, cue, source):
    assert sources_of_cue(text, cue) == [source]


def test_a_named_parent_before_the_aside_stays_the_source():
    assert sources_of_cue("Jane Roe, a mother of two, said the bus never came.", "said") == ["Jane Roe"]


# --- "the opposition, which said": a general group noun before a relative clause is its source ----------------------

@pytest.mark.parametrize("text, source", [
    ("The vote angered the opposition, which said the count was rigged.", "the opposition"),
    ("The plan split the coalition, which said it would meet again.", "the coalition"),
])
def test_a_group_noun_before_which_is_the_source(text, source):
    assert sources_of_cue(text, "said") == [source]


def test_a_thing_before_which_is_still_no_source():
    assert sources_of_cue("The vote changed the schedule, which said nothing new.", "said") != ["the schedule"]
