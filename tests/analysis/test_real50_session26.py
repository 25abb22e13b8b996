"""Session 26, real50: three causes of errors on the first (unseen) score of bench/real-news-18, each held as a family
of shapes with the shapes the fix must leave alone. All text here is invented for these tests."""
import pytest

from support import cues_and_sources as _cues, hedges as _hedge_words


# --- criticism drawn "from" a plain plural noun: its source ------------------------------------------------------

@pytest.mark.parametrize("tail, source", [
    ("drew criticism from bloggers.", "bloggers"),
    ("has faced criticism from rivals that the plan was rushed.", "rivals"),
    ("drew sharp criticism from residents of the valley.", "residents of the valley"),
    ("drew criticism from more cautious economists.", "more cautious economists"),
    ("drew criticism from Green councillors.", "Green councillors"),  # a capital: read so before
])
def test_criticism_from_a_plural_noun_has_that_source(tail, source):
    text = "The new bridge toll " + tail
    assert ("criticism from", source) in _cues(text)


@pytest.mark.parametrize("tail", [
    "drew criticism from across the aisle.",  # a word that only ends in "s"
    "drew criticism from overseas.",
    "drew criticism from this quarter.",
    "drew criticism from within.",  # no plural noun
])
def test_criticism_from_no_group_stays_agentless(tail):
    text = "The new bridge toll " + tail
    assert ("criticism", None) in _cues(text)


# --- "according to him": the person the pronoun points to --------------------------------------------------------

def test_according_to_him_is_the_person_named_before():
    text = ("Dozens of readers backed the cartoonist Ivo Marsh online. According to him, the mayor ordered the "
            "gallery shut.")
    assert ("According to", "Ivo Marsh") in _cues(text)
    assert "According to" not in _hedge_words(text)


@pytest.mark.parametrize("text, source", [
    ("The fence fell in May, according to her neighbours.", "her neighbours"),  # "her" before a noun: the neighbours
    ("The fence fell in May, according to them.", "them"),  # no one for "them" to point to
])
def test_according_to_a_pronoun_that_points_to_no_one_is_left_as_written(text, source):
    assert ("according to", source) in _cues(text)


# --- a sentence-initial word that the text also writes in lower case, inside a name written elsewhere --------------

def test_a_name_opening_a_headline_keeps_its_first_word_when_the_text_writes_the_pair_elsewhere():
    text = ("New Caledonia announces new school year dates\n\nThe New Caledonia Government said on Monday that "
            "classes would start in February.")
    assert ("announces", "New Caledonia") in _cues(text)


def test_a_common_opening_word_is_still_dropped():
    text = "Yesterday Ann Vale said new rules were coming. The rules came, Ann Vale said later."
    assert _cues(text)[0] == ("said", "Ann Vale")
