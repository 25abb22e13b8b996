"""Session 26, hedge52: "so" + a short subject + "could"/"would" after a word is a clause of purpose (what an act was
for), not a possibility held open. Each test holds the sense the rule drops and the shapes it must leave flagged.
All text here is invented for these tests."""
import pytest

from support import lowered_phrases_of_kind as _flags


@pytest.mark.parametrize("text, modal", [
    ("The baker opened at dawn so she could sell bread to the night shift.", "could"),
    ("Councillors asked two members to stand down so Labour could keep the seat.", "could"),
    ("The club moved the match so the visiting fans could travel by train.", "could"),
    ("The ferry waited an hour so that it would be the last boat to leave.", "would"),
    ("He resigned from the board so he would not be accused of bias.", "would"),
])
def test_purpose_so_is_no_hedge(text, modal):
    assert modal not in _flags(text, "hedge")


@pytest.mark.parametrize("text, modal", [
    ("Turnout is low, so late voters could decide the race.", "could"),       # a result after a comma
    ("Costs are rising and so the project could stall.", "could"),            # "and so": a result
    ("So the harbour could close next winter.", "could"),                     # a sentence's "So"
    ("The rules are so vague that they could cover anyone.", "could"),        # degree "so ... that"
    ("Some parents are so worried that the school could shut.", "could"),     # degree "so ... that"
    ("Few remain, so that would be the end of the line.", "would"),           # no subject: "that" is one
    ("The bridge could fail in a storm.", "could"),
])
def test_result_degree_and_plain_modals_stay_hedges(text, modal):
    assert modal in _flags(text, "hedge")
