"""Session 26, boost52: false boosters on general news, by sense. Each test holds the shape a rule drops and the
shapes it must leave flagged. All text here is invented for these tests."""
import pytest

from support import lowered_phrases_of_kind as _flags


# --- "clearly" ending its clause right after a word: manner, how well a thing is seen or done ----------------------

@pytest.mark.parametrize("text", [
    "The dancers performed in masks, without seeing the audience clearly.",
    "Through the fog the crew could not make out the lighthouse clearly; they turned back.",
    "Few drivers read the new signs clearly!",
])
def test_clearly_ending_its_clause_is_manner(text):
    assert "clearly" not in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "The council clearly ignored the warnings.",
    "Clearly, the budget will not balance.",
    "The scheme has failed, clearly.",
    "The mayor was clearly annoyed by the question.",
])
def test_clearly_of_certainty_stays_a_booster(text):
    assert "clearly" in _flags(text, "booster")


# --- a certainty adjective graded by "so" with a clause after: one flag, the "so" -------------------------------------

# (Session 27, boost53: of a third person, "the smugglers were so confident they ...", neither word is flagged now:
# someone else's belief reported, see test_boost53_session27. The speaker's own keeps the one flag on "so".)
@pytest.mark.parametrize("text, word", [
    ("We were so confident we would not be caught that we posted videos.", "confident"),
    ("I was so convinced that the city would fall that I moved my staff.", "convinced that"),
    ("We were so sure we had won that we ran onto the pitch.", "sure"),
])
def test_certainty_graded_by_so_before_a_clause_gives_one_flag(text, word):
    found = _flags(text, "booster")
    assert "so" in found and word not in found


@pytest.mark.parametrize("text, word", [
    ("We are confident that the bridge will reopen in May.", "confident"),
    ("We are so confident.", "confident"),  # (session 27: a first person; "the minister is so confident" has none)
    ("The board is convinced that the plan will fail.", "convinced that"),
    ("I'm pretty sure he knows the way.", "sure"),
])
def test_certainty_not_graded_by_so_keeps_its_flag(text, word):
    assert word in _flags(text, "booster")


# --- "clear" under a negation three words back: nothing is pressed ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "The agency published the figures without providing a clear account of the method.",
    "Critics say the scheme lacks a clear goal.",
    "The lack of any clear rule left the tenants guessing.",
])
def test_clear_under_without_or_lack_is_no_booster(text):
    assert "clear" not in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "The vote gives a clear sign that the town wants the bridge.",
    "Without doubt, this is a clear sign of recovery.",
    "The results are clear evidence of a shift.",
])
def test_clear_of_a_pressed_point_stays_a_booster(text):
    assert "clear" in _flags(text, "booster")
