"""Session 28, boost55: "the fact that" as the object of a verb or a preposition names something as known in passing
(no booster); as a clause's subject, after a be-form or in a concession it sets the clause up as a fact to argue from
(a booster). All text here is invented for these tests."""
import pytest

from support import lowered_phrases_of_kind as _flags


@pytest.mark.parametrize("text", [
    "Critics ignored the fact that the bridge had passed its inspection.",
    "The mayor said she was reassured by the fact that the pumps were working.",
    "Taken together with the fact that rents keep rising, the plan looks weak.",
    "The coach kept pointing to the fact that his side had two injured strikers.",
    "It has to do with perhaps the fact that the hall was half empty.",
])
def test_the_fact_that_named_in_passing_is_no_booster(text):
    assert "the fact that" not in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "The fact that the river rose twice this week shows the levee is failing.",
    "But the fact that the council voted at all is remarkable.",
    "She was elected despite the fact that she had never held office.",
    "Worse is the fact that nobody warned the farmers.",
    "Still, the fact that the vote was close matters.",
    "The report is blunt: the fact that the school closed hurt the village.",
    "What's striking is the fact that no one left.",
])
def test_the_fact_that_as_a_subject_or_concession_keeps_its_flag(text):
    assert "the fact that" in _flags(text, "booster")
