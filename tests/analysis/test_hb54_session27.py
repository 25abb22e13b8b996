"""Session 27, hb54: hedges and boosters of the newest general-news batches, by family. All text here is invented
for these tests."""
import pytest

from support import lowered_phrases_of_kind as _flags


# --- "according to" a rule: in keeping with it, no source withheld -------------------------------------------------

@pytest.mark.parametrize("text", [
    "The guard gave no name, according to company policy.",
    "According to city law, stalls must close by ten.",
    "The ballots were counted twice according to the rules.",
    "Visitors remove their shoes according to local custom.",
])
def test_according_to_a_rule_is_no_vague_source(text):
    assert not [p for p in _flags(text, "hedge") if p.startswith("according to")]


@pytest.mark.parametrize("text, flag", [
    ("According to law enforcement sources, the van was stolen.", "according to law enforcement sources"),
    ("According to officials, the bridge will reopen.", "according to officials"),
    ("The plan failed, according to people close to the mayor.", "according to people close to the mayor"),
])
def test_according_to_unnamed_people_keeps_its_flag(text, flag):
    assert flag in _flags(text, "hedge")


# --- "convinced" with the "that" left out: a held certainty, as "convinced that" ----------------------------------

@pytest.mark.parametrize("text", [
    "After three wet summers we're now convinced the dam will hold.",
    "The growers are increasingly convinced they can sell abroad.",
    "The coach is convinced his side will win the cup.",
])
def test_convinced_before_a_clause_without_that_is_a_booster(text):
    assert "convinced" in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "The flood has convinced many farmers to move.",  # the verb of persuading
    "The leaflets convinced some voters.",
    "She was convinced to stand again.",  # persuaded, no clause
    "Not everyone is convinced the dam will hold.",  # negated
    "If the board can be convinced the plan works, it will pay.",  # a condition, the passive of persuading
])
def test_convinced_as_persuading_or_negated_is_no_booster(text):
    assert "convinced" not in _flags(text, "booster")


# --- "as long as" before a figure: an upper bound, as "as much as" (real53's rule, measured again) -----------------

@pytest.mark.parametrize("text", [
    "Patients waited for as long as nine hours in the corridor.",
    "A single shift can run as long as a day and a half.",
])
def test_as_long_as_before_a_figure_is_a_hedge(text):
    assert "as long as" in _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "The shop stays open as long as there are customers.",  # a condition, no figure
    "As long as the road is dry, the race goes ahead.",
])
def test_as_long_as_as_a_condition_is_no_hedge(text):
    assert "as long as" not in _flags(text, "hedge")
