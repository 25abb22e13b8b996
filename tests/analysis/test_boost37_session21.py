"""Session 21 (boost37): words that only measure degree are no boosters on general news.

"full-scale" is out of the lexicon; "increasingly" is flagged only right after a be-form, "actively" only where
it stresses how fully someone is involved. All text here is invented for these tests."""
import pytest

from medialit import find_hedges


def _boosters(text):
    return [h.phrase.lower() for h in find_hedges(text) if h.kind == "booster"]


@pytest.mark.parametrize("text", [
    "The army launched a full-scale offensive on the northern valley in March.",
    "Officials called the inquiry a \u201cfull-scale witch hunt\u201d on Monday.",
    "Planners feared a full scale evacuation of the harbour town.",
])
def test_full_scale_gives_the_size_of_an_event_not_certainty(text):
    assert "full-scale" not in _boosters(text) and "full scale" not in _boosters(text)


@pytest.mark.parametrize("text", [
    "The storms have grown increasingly violent along the coast.",
    "The debate has become increasingly bitter over the summer.",
    "Residents described an increasingly tense mood in the square.",
    "The ferry company's increasingly desperate appeals went unanswered.",
    "Local courts increasingly settled the disputes themselves.",
    "The board is increasingly relying on volunteers.",
])
def test_increasingly_telling_of_a_change_is_no_booster(text):
    assert "increasingly" not in _boosters(text)


@pytest.mark.parametrize("text", [
    "The mayor has been increasingly frustrated with the delays.",
    "Shoppers are increasingly angry about the parking fees.",
    "The plan was increasingly unpopular by the spring.",
])
def test_increasingly_after_a_be_form_keeps_its_flag(text):
    assert "increasingly" in _boosters(text)


@pytest.mark.parametrize("text", [
    "A spokeswoman said the council was \u201cactively rethinking\u201d the bus routes.",
    "The depot manager said the crews are working actively to clear the roads.",
    "The club is actively seeking a new coach.",
    "The charity is actively trying to reach the families.",
])
def test_actively_describing_an_activity_under_way_is_no_booster(text):
    assert "actively" not in _boosters(text)


@pytest.mark.parametrize("text", [
    "Coast guard boats were actively engaged in the search all night.",
    "Both unions were actively involved in the talks.",
])
def test_actively_stressing_involvement_keeps_its_flag(text):
    assert "actively" in _boosters(text)


def test_the_seeds_three_degree_boosters_stay():
    text = ("Rescue teams were actively engaged trying to reach the village. The ministry has been increasingly "
            "frustrated with the lack of progress.")
    assert {"actively", "increasingly"} <= set(_boosters(text))
