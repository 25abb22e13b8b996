"""Session 31, bp62: boosters on general news. "confident about" someone or something is a feeling, no claim held as
sure (no booster); "confident" before a claim keeps its flag. "so" inside a direct question that asks why takes the
degree as given (no booster); a statement or a yes/no question keeps it. All text here is invented for these tests."""
import pytest

from support import lowered_phrases_of_kind as _flags


@pytest.mark.parametrize("text", [
    "The coach felt confident about her squad before the final.",
    "Shoppers feel more confident about their savings this spring.",
    "Do we really feel confident about a mayor who skips every meeting?",
])
def test_confident_about_someone_or_something_is_a_feeling(text):
    assert "confident" not in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "I'm confident we will find more fossils in this cliff.",
    "The harbour board is confident that the new wall will hold.",
    "Her team is confident in the eventual outcome of the appeal.",
])
def test_confident_before_a_claim_keeps_its_flag(text):
    assert "confident" in _flags(text, "booster")


def test_negated_confident_stays_unflagged():
    assert "confident" not in _flags("The rowers were not confident that the boat would float.", "booster")


@pytest.mark.parametrize("text", [
    "Lakeside ferry: what has changed and why are commuters so angry?",
    "Why are the new flats so expensive? The builders blame the land.",
    "And why did the club hire so many coaches?",
    "So why is the river so low this summer?",
    "How come the tickets are so dear?",
])
def test_so_in_a_direct_why_question_is_no_booster(text):
    assert "so" not in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "That is why the new bridge is so important.",
    "The survey helps explain why so many riders left the line.",
    "Is the mayor really so tired that he cannot answer?",
    "The queue was so long that we went home.",
    "The village is so proud of its brass band.",
    "Why it matters: the river is so low that barges cannot pass.",
])
def test_so_in_a_statement_or_a_yes_no_question_keeps_its_flag(text):
    assert "so" in _flags(text, "booster")
