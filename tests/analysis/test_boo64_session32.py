"""Session 32, boo64: the evaluation words the seed's reading counts as boosters press force only where they are
asserted of something that happened. "rare" on an act the subject performs (not a chance, a moment or a setting);
"essential" not in a which-clause that describes a role; "long awaited" not as a label before its noun; "actively"
not closing its clause after its verb; "firm", "unified", "powerful", "meaningful", "true" and "all-out" not inside a
goal, a condition or an unreal past; emphatic "never" not in a speaker's plain denial of an act. All text here is
invented for these tests."""
import pytest

from support import lowered_phrases_of_kind as _flags


# --- "rare": an act performed presses; a chance, a moment, a sight or a setting only describes ----------------------

@pytest.mark.parametrize("text", [
    "The pupils got a rare chance to speak with the crew.",
    "It was a rare moment of calm in the chamber.",
    "Fans enjoyed the rare sight of a full stand.",
    "The rare truce holds for now.",
    "The bishop spoke to the paper in a rare interview on Sunday.",
    "The new mayor takes office with a rare alignment of forces behind her.",
])
def test_rare_that_is_no_act_performed_only_describes(text):
    assert "rare" not in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "The bishop gave a rare interview on Sunday.",
    "The minister issued a rare public apology.",
    "The coach paid a rare visit to the youth ground.",
    "The club took the rare step of closing the stand.",
    "She sounded a rare note of doubt about the plan.",
])
def test_rare_on_an_act_performed_stays_a_booster(text):
    assert "rare" in _flags(text, "booster")


# --- "essential": a which-clause describes a role; a stated need keeps its flag -------------------------------------

@pytest.mark.parametrize("text", [
    "The reef shelters fish that are essential for the bay to recover.",
    "Two wards that have been essential for the mayor voted early.",
])
def test_essential_in_a_which_clause_describes_a_role(text):
    assert "essential" not in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "A ceasefire is essential.",
    "The union kept its view that a pay rise is essential.",
    "Clean water is essential for the camp.",
])
def test_essential_as_a_stated_need_stays_a_booster(text):
    assert "essential" in _flags(text, "booster")


# --- "long awaited": the verb's words press; a label before the noun describes timing ---------------------------------

@pytest.mark.parametrize("text", ["The band played songs from the long-awaited album.",
                                  "They left on their long-awaited holiday.",
                                  "Crowds came for the long-awaited 2030 games."])
def test_long_awaited_as_a_label_is_no_booster(text):
    assert _flags(text, "booster") == []


@pytest.mark.parametrize("text", ["The valley has long awaited such a bridge.", "The new bridge was long-awaited."])
def test_long_awaited_as_a_verb_or_predicate_stays_a_booster(text):
    assert [p for p in _flags(text, "booster") if p.startswith("long")] != []


# --- "actively": after its verb, closing the clause, it tells a manner ------------------------------------------------

@pytest.mark.parametrize("text", ["She has campaigned actively, and her funds have grown.",
                                  "You campaign actively. That is not how this works."])
def test_actively_closing_its_clause_is_a_manner(text):
    assert "actively" not in _flags(text, "booster")


@pytest.mark.parametrize("text", ["The board actively encouraged the rival bid.",
                                  "Both unions were actively involved in the talks."])
def test_actively_before_its_verb_stays_a_booster(text):
    assert "actively" in _flags(text, "booster")


# --- evaluation words inside a goal, a condition or an unreal past are aimed at, not asserted --------------------------

@pytest.mark.parametrize("text, word", [
    ("The envoys urged both sides to take steps to resume meaningful talks.", "meaningful"),
    ("The plan aims to turn the port into a true engine of growth.", "true"),
    ("The union urged the board to hold firm.", "firm"),
    ("The chief ordered the crews to make an all-out effort to find them.", "all-out"),
    ('The chief ordered the crews to make an "all-out" effort to find them.', "all-out"),
    ("A visit would have sent a powerful signal to the region.", "powerful"),
    ("The ministers stressed the importance of the league having a unified approach.", "unified"),
    ("Any mayor could be called a true reformer if she handles it in a meaningful way.", "meaningful"),
])
def test_an_evaluation_aimed_at_or_supposed_is_no_booster(text, word):
    assert word not in _flags(text, "booster")


@pytest.mark.parametrize("text, word", [
    ("The march was a powerful demonstration of unity.", "powerful"),
    ("The leaders, in a unified stance, called for a pause.", "unified"),
    ("The mayor has kept her firm stance that the pier stays open.", "firm"),
    ("The envoy said that a true truce must come before meaningful talks.", "true"),
    ("The envoy said that a true truce must come before meaningful talks.", "meaningful"),
    ("The family made an all-out push for votes.", "all-out"),
    ("The reporters went to the square in a unified group.", "unified"),
    ("It is going to be true, sooner or later.", "true"),
    ("I know this to be true.", "true"),
])
def test_an_asserted_evaluation_keeps_its_flag(text, word):
    assert word in _flags(text, "booster")


# --- "never": a plain denial of an act is negation; an experience set against all others stays emphatic -------------

@pytest.mark.parametrize("text", [
    "\u201cWe have never moved a fence without telling them,\u201d he said.",
    "\u201cI have never met the new owner,\u201d she said.",
    "\u201cWe have never expressed interest in the site,\u201d the club said.",
])
def test_never_in_a_plain_denial_is_no_booster(text):
    assert "never" not in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "\u201cWe have never seen water rise this fast,\u201d he said.",
    "\u201cI have never been prouder of this team,\u201d she said.",
    "\u201cWe have never had this much attention,\u201d he said.",
    "\u201cI have never voted for anyone like him before,\u201d she said.",
    "\u201cI'll never forget that night,\u201d she said.",
])
def test_never_set_against_all_experience_stays_emphatic(text):
    assert "never" in _flags(text, "booster")
