"""Session 27, boost53: booster words in a sense that is no certainty of the writer or speaker (someone else's
belief, plain frequency, a duty, a grade of harm, a colour). All text here is invented for these tests."""
import pytest

from support import lowered_phrases_of_kind as _flags


# --- "so" before a word of being sure: whose certainty? ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Smugglers are so sure of getting through that they post their routes online.",
    "The fans were so confident of a win they booked the open-top bus.",
    "The old general was so convinced that he would lose that he fled the capital.",
    "Farmers 'so certain of rain they left the dams empty'",
    "The minister is so confident.",  # (the bare "The minister is confident." keeps the adjective's own flag)
])
def test_so_sure_of_someone_else_is_a_belief_reported_no_booster(text):
    assert _flags(text, "booster") == []


def test_so_sure_of_the_speaker_keeps_its_flag():
    assert _flags("I am so sure that this will work.", "booster") == ["so"]
    assert "so" in _flags("We are so confident in this squad.", "booster")
    assert _flags("What makes us so sure of our numbers?", "booster") == ["so"]
    assert _flags("The bridge is so important to the town.", "booster") == ["so"]  # no word of being sure


# --- "always" as plain frequency --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The new holiday will likely always fall on a Friday.",
    "The square will probably always flood after a storm.",
    "Those rules could always change.",
])
def test_always_held_back_by_a_hedge_is_no_booster(text):
    assert "always" not in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "Governments always promise reform when an election is near.",
    "It's always hard to win in the rain.",
    "She always wins the sprint.",
    "The library is always shut on Sundays.",  # a timetable: left to the reader (no rule tells it from a claim)
])
def test_always_of_a_claim_or_habit_keeps_its_flag(text):
    assert _flags(text, "booster") == ["always"]


# --- "must" of a duty laid on people ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Lorries carrying fuel must stop at the checkpoint.",
    "Judges weighing such appeals must consider the harm done.",
])
def test_must_of_a_duty_on_people_is_no_booster(text):
    assert "must" not in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "Every pupil must bring a packed lunch.",
    "Any visitor must sign in at the desk.",
])
def test_must_of_a_subject_counted_one_by_one_keeps_its_flag_for_the_learner_to_judge(text):
    # lesson 03's exercise gives such sentences ("every player must wear a helmet") and asks: booster or demand?
    assert _flags(text, "booster") == ["must"]


def test_must_of_a_conclusion_or_a_thing_keeps_its_flag():
    assert _flags("Every player must have known about the fine.", "booster") == ["must"]
    assert _flags("A lasting truce must come first.", "booster") == ["must"]
    assert _flags("There must be a mistake in the sums.", "booster") == ["must"]


# --- "severely" and "heavily" grading harm done to a thing ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "About 400 homes were severely damaged in the floods.",
    "The old mill was heavily damaged by the fire.",
    "Crews cleared a severely flooded road near the school.",
])
def test_a_grade_of_harm_to_a_thing_is_no_booster(text):
    assert _flags(text, "booster") == []


def test_severely_and_heavily_of_a_judgement_keep_their_flag():
    assert _flags("The report severely damaged her standing in the party.", "booster") == ["severely"]
    assert _flags("The plan was severely criticised by teachers.", "booster") == ["severely"]
    assert _flags("The budget was heavily criticised.", "booster") == ["heavily"]


# --- "clear" before a colour ------------------------------------------------------------------------------------

def test_clear_before_a_colour_is_seen_not_pressed():
    assert _flags("The lake has clear blue water all summer.", "booster") == []
    assert _flags("The survey gives a clear sign of recovery.", "booster") == ["clear"]
