"""Session 32, real64: causes found in the first (unseen) score of bench/real-news-30, fixed where they recur in other
sets, each with the shapes the fix must leave alone. All text here is invented for these tests."""
import pytest
from support import quotes_and_speakers


# --- 1. A term the writer glosses right after it: "a “favorite,” or the team expected to win" ------------------------

@pytest.mark.parametrize("text", [
    "Every race has a “favorite,” or the runner expected to win. It also has a “dark horse,” or runner few have heard of.",
    "The survey looked at “resting rate,” or RHR. This is a count of heartbeats.",
    "The match went into “extra time,” similar to overtime in other games.",
])
def test_a_glossed_term_is_no_quotation(text):
    assert quotes_and_speakers(text) == []


@pytest.mark.parametrize("text, expected", [
    # a cue in the sentence: the word is someone's
    ("Mayor Ann Lee called the plan “reckless,” or worse, on Monday.", [("reckless,", "Ann Lee")]),
    # "meaning" may open the speaker's own explanation
    ("Mayor Ann Lee's support was only “partial,” meaning it covered the roads.", [("partial,", "Ann Lee")]),
    # a choice of two quotations
    ("Residents say “we want a bus,” or “give us a train.”", [("we want a bus,", None), ("give us a train.", None)]),
])
def test_words_glossed_or_chosen_with_a_speaker_stay_quotations(text, expected):
    assert [q for q, _ in quotes_and_speakers(text)] == [q for q, _ in expected]


# --- 2. A nickname right before the full name it belongs to: "defeated “Queen of Grass” Mara Lind" -------------------

@pytest.mark.parametrize("text", [
    "Tom Vale defeated “Queen of Grass” Mara Lind in the final on Sunday.",
    "The band was led by “Big Red” Sam Hollis, who died in 1990.",
])
def test_a_nickname_before_a_full_name_is_no_quotation(text):
    assert quotes_and_speakers(text) == []


@pytest.mark.parametrize("text", [
    # a nickname before a surname alone: the speaker's mocking word, quoted as his
    "At the rally Tom Vale mocked “Tiny Tim” Harlow again.",
    # a headline's quoted words before more capitalised ones
    "Tom Vale Calls Rival ‘A Disgrace’ Over Road Closure Plan\n\nThe mayor spoke on Monday.",
])
def test_quoted_words_before_a_surname_or_in_a_headline_stay(text):
    assert len(quotes_and_speakers(text)) == 1
