"""Session 34 (real70): "the vast majority" says most of a group without the number, as "most of the" does
(data/hedges.csv; issue 10, blind batch bench/real-news-36). Every sentence here was written for this test."""

import pytest

from support import lowered_phrases_of_kind


@pytest.mark.parametrize("text,phrase", [
    ("Ferry users complain, yet the vast majority renew their passes each spring.", "the vast majority"),
    ("The great majority of the stolen bikes were never found.", "the great majority"),
    ("An overwhelming majority of tenants backed the new rules.", "an overwhelming majority"),
    ("A vast majority of the village signed the letter about the bus route.", "a vast majority"),
])
def test_a_vast_or_great_majority_is_a_rough_share(text, phrase):
    assert phrase in lowered_phrases_of_kind(text, "hedge")


@pytest.mark.parametrize("text", [
    "The Harbour Party won a majority of the seats on the council.",  # a count of seats, not a rough share
    "They hold a 40-seat majority in the assembly.",
    "Majority Leader Ann Lee opened the debate on the bridge.",
    "The majority shareholder sold the mill in May.",
])
def test_a_bare_majority_is_no_hedge(text):
    assert not any("majority" in p for p in lowered_phrases_of_kind(text, "hedge"))
