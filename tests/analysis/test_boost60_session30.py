"""Session 30, boost60: boosters on general news. "significantly" on a verb gives the size of a change (no booster);
before an adjective or opening a sentence it stays. "no less than" and "emphatically" press force (boosters). "rare"
before "if"/"unless" defines a kind (no booster). All text here is invented for these tests."""
import pytest

from support import lowered_phrases_of_kind as _flags


@pytest.mark.parametrize("text", [
    "The new toll will significantly sap the town's trade.",
    "Such delays significantly impede quick repairs.",
    "Ferry traffic declined significantly from 2019 to 2023.",
    "The club has significantly expanded its youth teams.",
    "The council cannot raise wages significantly.",
    "The pamphlet significantly overstates how far the plan has got.",
    "Bus use may need to be significantly reduced this winter.",
])
def test_significantly_on_a_verb_is_a_size_not_a_booster(text):
    assert "significantly" not in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "The two harvests were significantly different.",
    "Rents are significantly higher than last year.",
    "Significantly, the referee said he had not seen the foul.",
    "The new bridge is significantly safer for cyclists.",
])
def test_significantly_before_an_adjective_or_first_keeps_its_flag(text):
    assert "significantly" in _flags(text, "booster")


def test_negated_significantly_stays_unflagged():
    assert "significantly" not in _flags("The two harvests were not significantly different.", "booster")


@pytest.mark.parametrize("text, phrase", [
    ("The fair was opened by no less than the mayor herself.", "no less than"),
    ("She stated emphatically that the ferry would run.", "emphatically"),
    ("The coach emphatically denied that he would leave.", "emphatically"),
])
def test_lexicon_gaps_filled(text, phrase):
    assert phrase in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "A plant is considered rare if fewer than fifty are left in the wild.",
    "Such storms are rare unless the sea is unusually warm.",
])
def test_rare_before_if_or_unless_defines_a_kind(text):
    assert "rare" not in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "The minister paid a rare if welcome visit to the school.",  # (session 32: an act performed; "got a rare chance"
    "The crew gave a rare interview on Sunday.",                 # and "It was a rare ... visit" are not: test_boo64)
])
def test_rare_event_keeps_its_flag(text):
    assert "rare" in _flags(text, "booster")


# --- hedges: "normally", "all but" meaning almost, "a reported" before a figure -----------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("The ferry is normally full by eight.", "normally"),
    ("The council has all but abandoned the plan.", "all but"),
    ("The mayor all but begged the crowd to stay.", "all but"),
    ("A late fix now looks all but impossible.", "all but"),
    ("The club sold the striker for a reported $4 million.", "a reported"),
    ("Wages fell by a reported ten percent.", "a reported"),
])
def test_hedges_filled(text, phrase):
    assert phrase in _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "The storm closed all but one of the bridges.",
    "The slump hurt all but the largest shops.",
    "The rain spared all but Northtown.",
    "He was the leader in all but name.",
    "Nobody reported the leak to the council.",
])
def test_all_but_except_and_reported_verb_are_no_hedges(text):
    flags = _flags(text, "hedge")
    assert "all but" not in flags and "a reported" not in flags


# --- "increasingly" before a passive verb with its path is a trend in what is done ------------------------------

@pytest.mark.parametrize("text", [
    "The old hedges were increasingly replaced with fences.",
    "The rumour will be increasingly spread throughout the valley.",
    "Small farms are increasingly pushed into debt.",
])
def test_increasingly_passive_with_its_path_is_no_booster(text):
    assert "increasingly" not in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "The mayor is increasingly isolated.",
    "Growers are increasingly frustrated with the delays.",
    "The scheme is increasingly unpopular with tenants.",
    "The team is increasingly worried by the injuries.",
])
def test_increasingly_raising_a_state_keeps_its_flag(text):
    assert "increasingly" in _flags(text, "booster")


# --- "always" inside a goal someone sets out to secure -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I try to make sure that we always have fuel in the van.",
    "The keeper wants to ensure that the gate is always locked.",
    "Making certain it always starts is the hard part.",
])
def test_always_inside_a_goal_is_no_booster(text):
    assert "always" not in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "I am sure she always knew the answer.",
    "Prices always rise in August.",
    "They made sure, as always, that the bus ran.",
])
def test_always_claimed_keeps_its_flag(text):
    assert "always" in _flags(text, "booster")
