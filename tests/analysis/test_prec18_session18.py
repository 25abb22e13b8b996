"""Session 18 (prec18): senses the hedge and booster finders misread on whole articles.

Each test pairs a sentence whose word is in the other sense (no flag) with one where the word keeps its
hedge or booster sense (a flag), so a rule cannot pass by dropping the word. All sentences are written
for these tests.
"""

import pytest

from medialit import find_hedges
from support import phrases_and_kinds as kinds


def flagged(text: str, word: str) -> bool:
    return any(phrase.lower() == word for phrase, _ in kinds(text))


@pytest.mark.parametrize("text, word", [
    ("Seen through a small telescope, the moon appears orange near the horizon.", "appears"),
    ("The dust in the air makes the hills appear bluish at dusk.", "appear"),
    ("Under the lamp the old coin appeared greenish.", "appeared"),
])
def test_appear_before_a_colour_describes_a_look(text, word):
    assert not flagged(text, word)


@pytest.mark.parametrize("text, word", [
    ("The outlook appears bright for the club this season.", "appears"),
    ("The new engine appears reliable in early tests.", "appears"),
])
def test_appear_before_a_judgement_stays_a_hedge(text, word):
    assert (word, "hedge") in [(p.lower(), k) for p, k in kinds(text)]


@pytest.mark.parametrize("text", [
    "The old barn was badly damaged by the storm on Tuesday.",
    "Two riders were badly injured when the bus left the road.",
])
def test_badly_before_a_harm_grades_the_harm(text):
    assert not flagged(text, "badly")


def test_badly_before_a_need_stays_a_booster():
    assert ("badly", "booster") in kinds("The village badly needed a new clinic after the floods.")


@pytest.mark.parametrize("text", [
    "The choir, which consists entirely of volunteers, sang at the opening.",
    "The shelter is funded entirely by local donations.",
    "The bench was made entirely from recycled plastic.",
])
def test_entirely_of_a_composition_is_a_precise_amount(text):
    assert not flagged(text, "entirely")


def test_entirely_pressing_a_judgement_stays_a_booster():
    assert ("entirely", "booster") in kinds("The council's reading of the law is entirely wrong, the lawyers said.")


def test_the_rare_occasions_give_a_frequency():
    assert not flagged("On the rare occasions the ferry ran late, the shop stayed open.", "rare")


def test_a_rare_event_stays_a_booster():
    assert ("rare", "booster") in kinds("The minister gave a rare interview to the local paper.")


@pytest.mark.parametrize("text, word", [
    ("However small the gains might be, the farmers welcome any rain.", "might"),
    ("No matter how hard the climb may seem, the path is open to walkers.", "may"),
])
def test_a_concession_of_any_degree_holds_nothing_back(text, word):
    assert not flagged(text, word)


@pytest.mark.parametrize("text, word", [
    ("However, the talks might fail before the summer.", "might"),
    ("However the mayor may yet change her mind before the vote.", "may"),
])
def test_a_joining_however_keeps_the_modal_a_hedge(text, word):
    assert (word, "hedge") in [(p.lower(), k) for p, k in kinds(text)]


@pytest.mark.parametrize("text", [
    "She tried to renew her passport but was refused at the counter.",
    "The crew tried to restart the engine but failed.",
    "The firemen tried to reach the roof to no avail.",
])
def test_an_effort_whose_failure_is_told_is_no_hedge(text):
    assert not flagged(text, "tried to")


@pytest.mark.parametrize("text", [
    "The guards tried to calm the crowd outside the stadium.",
    "He tried to help, but the talks went on without him.",
])
def test_an_effort_with_no_outcome_told_stays_a_hedge(text):
    assert ("tried to", "hedge") in [(p.lower(), k) for p, k in kinds(text)]


@pytest.mark.parametrize("text", [
    "For a moment there we thought the bridge would give way, but it held.",
    "At first, I thought the bang was thunder.",
])
def test_a_passing_impression_in_a_story_is_no_hedge(text):
    assert not [p for p, _ in kinds(text) if p.lower() in ("i thought", "we thought")]


@pytest.mark.parametrize("text", [
    "I thought the second half was our best football of the year.",
    "We thought at first that the bang was thunder.",
])
def test_a_view_held_stays_a_hedge(text):
    assert [p for p, k in kinds(text) if p.lower() in ("i thought", "we thought") and k == "hedge"]


def test_i_thought_of_a_topic_is_no_hedge():
    # The row "i thought" now runs its own test (it ran the "I feel" one by a clash of names).
    assert not flagged("I thought about the offer for a week.", "i thought")


@pytest.mark.parametrize("text", [
    "The lawyer made a strong case that the tenants would win on appeal.",
    "She made the case (to anyone who would listen) that the mill would close by spring.",
])
def test_would_inside_an_argument_made_is_reported(text):
    last = text.rfind("would")  # the "would" of the argument's own clause
    assert not [h for h in find_hedges(text) if h.start == last]


def test_would_after_a_court_case_stays_a_hedge():
    assert ("would", "hedge") in kinds("It is a case that would test the limits of the new law.")


def test_the_possibility_that_holds_a_claim_open():
    assert ("the possibility that", "hedge") in [(p.lower(), k) for p, k in
                                                 kinds("Fans must face the possibility that the title was won unfairly.")]


@pytest.mark.parametrize("text", [
    "Police ruled out the possibility that the fire was set on purpose.",
    "The board rejected the possibility of a merger this year.",
])
def test_a_possibility_ruled_out_is_no_hedge(text):
    assert not [p for p, _ in kinds(text) if "possibility" in p.lower()]


def test_more_than_a_few_states_a_floor():
    assert not flagged("If the club sells more than a few, the price will fall.", "a few")


def test_a_few_alone_stays_a_hedge():
    assert ("a few", "hedge") in [(p.lower(), k) for p, k in kinds("A few dozen people waited at the gate.")]


@pytest.mark.parametrize("text", [
    "The puzzle of the old map had been considered \u201cfor centuries,\u201d the curator said.",
    "The deputy is being considered for the post of chief.",
])
def test_considered_for_is_weighing_not_a_judgement(text):
    assert not [p for p, _ in kinds(text) if "considered" in p.lower()]


def test_considered_as_a_judgement_stays_a_hedge():
    assert [p for p, k in kinds("The old bridge is considered unsafe for lorries.") if "considered" in p.lower()
            and k == "hedge"]


@pytest.mark.parametrize("text, phrase, kind", [
    ("It's thought the fire started in the kitchen.", "it's thought", "hedge"),
    ("It\u2019s understood the striker will leave in the summer.", "it\u2019s understood", "hedge"),
    ("It's clear that the council has no money left.", "it's clear", "booster"),
    ("It\u2019s obvious the bus timetable does not work.", "it\u2019s obvious", "booster"),
])
def test_the_contracted_it_is_rows(text, phrase, kind):
    assert (phrase, kind) in [(p.lower(), k) for p, k in kinds(text)]


def test_its_known_as_a_name_is_not_flagged():
    assert not [p for p, _ in kinds("The old mill, it's known as the Grange, stands empty.") if "known" in p.lower()]


@pytest.mark.parametrize("text", [
    "The survey of the valley suggests Carthage once traded wine here.",
    "The memo suggested Doe was aware of the leak.",
])
def test_suggests_before_a_named_subject_of_a_clause_is_a_hedge(text):
    assert [p for p, k in kinds(text) if p.lower().startswith("suggest") and k == "hedge"]


@pytest.mark.parametrize("text", [
    "She suggested Oslo as the venue for the talks.",
    "The coach suggested Doe for the captaincy.",
])
def test_suggesting_a_name_is_a_proposal(text):
    assert not [p for p, _ in kinds(text) if p.lower().startswith("suggest")]
