"""Session 35 (real73): causes from the blind batch bench/real-news-39 that recur in other sets
(bench/ERRORS-news39.md). Every sentence here is invented for the test."""

import pytest
from support import cues_and_sources, hedges


# A possessive before "most" is a determiner, as "the" is: a superlative follows, no amount.
@pytest.mark.parametrize("text", [
    "The fort lies in one of the province's most hostile valleys.",
    "The club's most steadfast members stayed on after the merger.",
    "The orchards’ most hostile critics came back in spring.",
])
def test_most_after_a_possessive_is_a_superlative_not_an_amount(text):
    assert "most" not in [h.lower() for h in hedges(text)]


@pytest.mark.parametrize("text", [
    "Most farmers in the valley sold their wheat early.",
    "The ferry carried most of the town's visitors last week.",
])
def test_most_as_an_amount_stays_a_hedge(text):
    assert any(h.lower().startswith("most") for h in hedges(text))


# "remembers" / "remembered" with an object is a named person's memory told, as "recalled" is (session 11's limits).
@pytest.mark.parametrize("text, cue, source", [
    ("Lena Ruiz joined the navy in 1990. She recalls her first night at sea with the old crew.", "recalls", "Lena Ruiz"),
    ("Corporal Dan Okafor remembers a storm during his first winter at the base.", "remembers", "Dan Okafor"),
    ("Ana Bell taught for forty years. She recalled her years in the mountain school with warmth.", "recalled",
     "Ana Bell"),
    ("Ivo Marsh, the ferry's old pilot, remembered the flood of 1987 in detail.", "remembered", "Ivo Marsh"),
])
def test_recalling_or_remembering_something_is_a_cue(text, cue, source):
    found = cues_and_sources(text)
    assert any(c == cue and s is not None and source in s for c, s in found), found


@pytest.mark.parametrize("text", [
    "Veldmark recalled its ambassador from Ostria after the border dispute.",
    "The carmaker recalls 2 million cars over a faulty brake sensor.",
    "The old pilot will be remembered for steering the ferry through the flood.",
    "He is remembered as a kind teacher in the village.",
    "Marta Quist recalled him fondly at the harbour dinner.",
    "Please remember your tickets when you board the ferry.",
    "Officials remembered the old ferry in a short ceremony.",
])
def test_a_withdrawal_a_reputation_a_person_or_a_request_is_no_cue_of_memory(text):
    assert not any(c.lower().startswith(("recall", "remember")) for c, _ in cues_and_sources(text))
