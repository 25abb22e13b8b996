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
