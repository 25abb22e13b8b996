"""Session 29, hb57: hedges of general news the lexicon missed or joined ("sort of", "kind of", "basically"; an
unnamed group's belief), and a motive asked with "why ... would". All text here is invented for these tests."""
import pytest

import medialit
from support import lowered_phrases_of_kind as _flags


# --- "sort of" / "kind of" softening what follows -----------------------------------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("The drivers are sort of guessing where the road goes.", "sort of"),
    ("I kind of like the new bridge.", "kind of"),
    ("It's kind of odd that the market closed early.", "kind of"),
    ("The plan was just kind of thrown together.", "kind of"),
    ("We should kind of wait and see.", "kind of"),
    ("Kind of strange, the baker said.", "kind of"),
    ("The stall, sort of a kiosk, sells tea.", "sort of"),
])
def test_sort_of_kind_of_softening_a_verb_or_a_description_is_a_hedge(text, phrase):
    assert phrase in _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "This kind of fair draws big crowds.",
    "What kind of seeds do the growers use?",
    "The council wants a different kind of market.",
    "The mayor is the sort of person who answers letters.",
    "She is noting the \u201ckind of questions\u201d the panel asked.",
    "He is the bakers' kind of mayor.",
    "That kind of thinking never helped the town.",
])
def test_a_kind_named_is_no_hedge(text):
    assert not {"kind of", "sort of"} & set(_flags(text, "hedge"))


# --- "basically" inside a clause, not set off by commas -----------------------------------------------------------

def test_basically_inside_a_clause_is_a_hedge():
    assert _flags("The two plans are basically the same.", "hedge") == ["basically"]
    assert _flags("The striker basically won the match alone.", "hedge") == ["basically"]


@pytest.mark.parametrize("text", [
    "Basically, the shop ran out of bread.",
    "The shop ran out of bread, basically.",
])
def test_basically_set_off_by_a_comma_sums_up_and_is_no_hedge(text):
    assert "basically" not in _flags(text, "hedge")


# --- an unnamed group's belief or estimate: two hedges, source and view ------------------------------------------

def test_an_unnamed_group_and_its_belief_are_flagged_apart():
    text = "Scientists believe the lake is drying out."
    hedges = [h for h in medialit.find_hedges(text) if h.kind == "hedge"]
    assert [text[h.start:h.end] for h in hedges] == ["Scientists", "believe"]
    assert "not named" in hedges[0].why or "without naming" in hedges[0].why
    assert _flags("Researchers estimate the repairs will take a year.", "hedge") == ["researchers", "estimate"]


def test_the_group_keeps_its_own_why_when_the_verb_is_cut_off():
    text = "Critics believe the toll is too high."
    first = next(h for h in medialit.find_hedges(text) if h.kind == "hedge")
    assert text[first.start:first.end] == "Critics"
    assert first.why.startswith("Critics who are not named")


def test_a_group_that_speaks_stays_one_flag():
    assert _flags("Officials said the bridge would reopen if the repairs held.", "hedge")[:1] == ["officials said"]
    assert "reports indicated" in _flags("Reports indicated the ferry was late.", "hedge")


# --- "why ... would": a motive asked ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Nobody could explain why a quiet baker would be arrested.",
    "It is not obvious why the firm would pay so much for a ferry.",
    "Why would he do that?",
])
def test_would_in_a_motive_asked_is_no_hedge(text):
    assert "would" not in _flags(text, "hedge")


def test_would_after_why_and_a_clause_keeps_its_flag():
    assert "would" in _flags("Nobody knows why, but prices would fall if the bank cut rates.", "hedge")
    assert "could" in _flags("Here is why the town could flood again.", "hedge")


# --- a claim the writer calls wrong ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "It is also incorrect to imply that the harbour has no checks.",
    "It's misleading to suggest the ferry was late.",
    "The council was wrong to claim the toll had gone up.",
])
def test_a_claim_called_wrong_is_no_hedge(text):
    assert _flags(text, "hedge") == []


def test_a_claim_not_called_wrong_keeps_its_flag():
    assert "imply" in _flags("The notice seems to imply that the harbour has no checks.", "hedge")
    assert "suggest" in _flags("It is too early to suggest the ferry was late.", "hedge")


# --- a dated document is one document -------------------------------------------------------------------------------

def test_a_dated_report_is_a_named_document_not_a_vague_source():
    assert _flags("Monday\u2019s report said the ferry was late.", "hedge") == []
    assert _flags("Today's statement says the bridge is safe.", "hedge") == []
    assert _flags("Reports said the ferry was late.", "hedge") == ["reports said"]


# --- "approximate", "hints that" --------------------------------------------------------------------------------------

def test_approximate_and_hints_that_are_hedges():
    assert _flags("The storm passed at an approximate distance of 40 miles.", "hedge") == ["approximate"]
    assert _flags("The survey hints that fewer people cycle in winter.", "hedge") == ["hints that"]


# --- "certain" before a plural: some, unnamed ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The rules cover certain kinds of boats.",
    "There are certain costs in the plan.",
    "Certain shops will close early on Sunday.",
])
def test_certain_before_a_plural_is_a_vague_few(text):
    assert _flags(text, "hedge") == ["certain"]


@pytest.mark.parametrize("text", [
    "The team is certain to win the cup.",
    "We are certain prices will rise.",
    "A certain baker in the town makes rye bread.",
    "She was almost certain that the ferry had left.",
])
def test_certain_of_being_sure_or_of_one_thing_is_no_vague_few(text):
    assert "certain" not in _flags(text, "hedge")


# --- "considered" of weighing, not of judging ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The panel considered arguments from both clubs before it ruled.",
    "The board considered the matter.",
    "The baker considered selling the shop.",
    "The mayor has not considered resigning.",
    "The council considered whether to close the pool.",
])
def test_considered_of_weighing_is_no_hedge(text):
    assert "considered" not in _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "Many considered him a hero.",
    "The inspectors considered the bridge unsafe.",
    "A baker considered one of the best in town.",
])
def test_considered_of_judging_keeps_its_flag(text):
    assert "considered" in _flags(text, "hedge")


def test_considered_in_a_passive_set_off_keeps_its_flag():
    assert "considered" in _flags("The mayor, considered the favourite, lost the vote.", "hedge")
    assert "considered" in _flags("He used a word widely considered rude in a speech.", "hedge")
