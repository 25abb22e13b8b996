"""Session 33, real65: causes found in the first (unseen) score of bench/real-news-31 (government press releases and
agency news), fixed where they recur in other sets, each with the shapes the fix must leave alone. All text here is
invented for these tests."""
import pytest
from support import cue_texts_and_sources


# --- 1. "so" standing for the clause after a verb of thinking: "The minister says he thinks so." ---------------------
# real-news-31 1, PolNeAR dev 1 and train 3 gold cues ("doesn't think so", "apparently thinks so, too", "never
# thought so", "I think so."); the kit found none of them.

@pytest.mark.parametrize("text, expected", [
    ("Will the ferry run all winter? The harbour master says he thinks so.",
     [("says", "The harbour master"), ("thinks", "The harbour master")]),
    ("Too early? Ms Vale doesn't think so. The vote is on Friday.", [("doesn't think", "Vale")]),
    ("Councillor Ray Obi apparently thinks so, too.", [("thinks", "Ray Obi")]),
    ("Her rivals never thought so. They kept the old plan.", [("never thought", "Her rivals")]),
])
def test_thinks_so_is_a_cue_of_the_thinker(text, expected):
    assert cue_texts_and_sources(text) == expected


@pytest.mark.parametrize("text", [
    "I think so many people misread the map.",       # "so" a degree word before a noun phrase
    "The coach thinks so highly of the new players.",  # "so" before an adverb
])
def test_so_as_a_degree_word_makes_no_cue(text):
    assert cue_texts_and_sources(text) == []
