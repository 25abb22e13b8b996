"""Session 23, boost42: do the fixes for issue 10's hedge and booster causes transfer to other words of the same
family? Each test holds new shapes of a family (other comparatives, other belief hedges, other past abilities,
other named outlets ...) and the shapes the rule must leave alone. All text here is invented for these tests."""
import pytest

from support import lowered_phrases_of_kind as _flags


# --- intensified comparatives and pressed needs --------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("The plan is vastly more expensive than the council promised.", "vastly"),
    ("The two parties offer vastly different visions of the town.", "vastly"),
    ("The outbreak is considerably more serious than first thought.", "considerably"),
    ("The new rules reach far wider than the old ones did.", "far"),
    ("The harbour badly needs a new sea wall.", "badly"),
    ("Voters badly want a change of course.", "badly"),
])
def test_a_pressed_degree_is_a_booster(text, word):
    assert word in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "The choir sang badly in the second half.",
    "The warehouse was badly damaged by the flood.",
    "The new tax is not considerably higher than the old one.",
])
def test_manner_harm_and_a_negated_degree_are_no_boosters(text):
    assert not _flags(text, "booster")


# --- a booster's word inside a name or a title ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "She starred in True Detective before moving to the stage.",
    "Listeners of Absolute Radio complained about the change.",
    "The report by Truly Independent Media was withdrawn.",
    "A fan of Extremely Loud Records bought every copy.",
])
def test_a_capitalised_word_between_lower_case_and_a_name_is_part_of_a_title(text):
    assert not _flags(text, "booster")


@pytest.mark.parametrize("text, word", [
    ("Clearly Ms Oduya lost the vote.", "clearly"),
    ("New Data Shows Farmers Clearly Lost Out", "clearly"),
])
def test_a_first_word_or_a_title_case_headline_keeps_its_booster(text, word):
    assert word in _flags(text, "booster")


# --- "always" in a standing state of a thing -------------------------------------------------------------------------

def test_always_between_a_thing_and_its_participle_is_a_state():
    assert not _flags("Ice covers the side of the moon always facing away from the sun.", "booster")


@pytest.mark.parametrize("text", [
    "He is always looking for a fight.",
    "I'm always telling my players to stay calm.",
    "There's always something going wrong at the depot.",
])
def test_always_of_a_habit_or_a_claim_stays(text):
    assert "always" in _flags(text, "booster")


# --- belief hedges of anyone, and the speaker's own reading ------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("The coach feels the squad is ready for the final.", "feels"),
    ("Many tenants feel the landlord has ignored them.", "feel"),
    ("The inspector felt the fire had started in the kitchen.", "felt"),
    ("Residents of the estate felt as if the council had forgotten them.", "felt"),
    ("As far as we know, the reservoir is safe.", "as far as we know"),
    ("As far as I can tell, the timetable has not changed.", "as far as i can tell"),
    ("My impression is that the talks are going well.", "my impression is"),
    ("My guess is the merger will collapse.", "my guess is"),
])
def test_a_view_held_is_a_hedge(text, word):
    assert word in _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "She felt the cold wind on her face.",
    "The players felt let down by the board.",
    "The keeper feels as good as ever.",
    "It felt like a victory for the whole village.",
    "He felt the need to have the last word.",
    "The anger people feel about where the region is going is real.",
    "Fans sang 'Feel the Noise' as the team came out.",
])
def test_a_feeling_a_sense_or_a_thing_that_feels_is_no_view(text):
    assert not {"felt", "feel", "feels"} & set(_flags(text, "hedge"))


# --- talk that no one owns -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Rumours swirled that the bakery chain was in trouble.", "rumours"),
    ("Rumors circulated online that the singer had quit.", "rumors"),
    ("Word is that the head teacher will step down.", "word is that"),
    ("There is talk of a merger between the two ferry firms.", "there is talk of"),
    ("There has been talk of a snap vote in the spring.", "there has been talk of"),
])
def test_unowned_talk_is_a_vague_source(text, word):
    assert word in _flags(text, "hedge")


def test_would_after_a_rumour_reports_the_rumoured_plan():
    assert _flags("Rumours spread that the mayor would resign.", "hedge") == ["rumours"]


@pytest.mark.parametrize("text", [
    "He gave his word that the ferry would run.",
    "Her final word on the matter is due on Monday.",
    "Staff were told not to spread rumours or photographs.",
])
def test_a_word_given_or_rumours_named_are_no_vague_source(text):
    assert not [h for h in _flags(text, "hedge") if "word" in h or "rumour" in h]


# --- "could" of a past ability ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "As a child she could recite every river in Europe.",
    "Back then, a family could buy a house on one wage.",
    "By the age of five he could read the newspaper.",
    "In those days you could smoke on trains.",
    "When it opened, the ferry could carry 900 cars.",
    "When she was at school she could run a mile in six minutes.",
])
def test_could_under_a_past_time_is_an_ability(text):
    assert "could" not in _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "At the time, engineers warned the dam could fail.",
    "By the time help arrives, the river could burst its banks.",
    "At the time, it was clear the talks could collapse.",
    "As a result, the scheme could close next year.",
])
def test_could_of_a_possibility_stays_a_hedge(text):
    assert "could" in _flags(text, "hedge")


# --- "to appear" of self-presentation ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "He was careful not to appear partisan.",
    "The striker tried hard to appear calm before the penalty.",
])
def test_to_appear_of_how_someone_wants_to_look_is_no_hedge(text):
    assert "appear" not in _flags(text, "hedge")


def test_appears_of_a_claim_stays_a_hedge():
    assert "appears" in _flags("The scheme appears doomed.", "hedge")


# --- a named outlet with its kind after it ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "According to Notícias Hoje news site, the reporter left the country.",
    "Kestrel Gazette newspaper reported that the mill would close.",
])
def test_a_named_outlet_and_its_kind_is_a_named_source(text):
    assert not any(h.startswith("according to") or "reported" in h for h in _flags(text, "hedge"))


def test_a_nationality_and_media_stays_vague():
    assert "according to ruritanian media" in _flags("According to Ruritanian media, the reporter left.", "hedge")


# --- second round: more vague amounts and belief hedges; "roughly" of manner; "suggest" of a plan -----------------

@pytest.mark.parametrize("text, word", [
    ("The best part of a decade passed before the inquiry began.", "the best part of"),
    ("The ferry takes forty minutes, give or take.", "give or take"),
    ("I imagine the talks will drag on into the night.", "i imagine"),
    ("I gather the board is unhappy with the figures.", "i gather"),
    ("I presume the tunnel will open on time.", "i presume"),
    ("Roughly 40 families were moved out.", "roughly"),
    ("Sales were roughly in line with forecasts.", "roughly"),
])
def test_more_rough_amounts_and_views_are_hedges(text, word):
    assert word in _flags(text, "hedge")


def test_roughly_of_how_something_was_done_is_no_hedge():
    assert "roughly" not in _flags("The prisoner was treated roughly by the guards.", "hedge")


@pytest.mark.parametrize("text", [
    "The review suggested he resign before the summer.",
    "The inspector suggested that the vote be delayed.",
    "Ms Adeyemi suggested she share the garden with the school.",
])
def test_suggest_of_a_plan_in_the_subjunctive_is_no_hedge(text):
    assert not [h for h in _flags(text, "hedge") if "sugg" in h]


@pytest.mark.parametrize("text", [
    "The data suggested he was hiding something.",
    "The figures suggest the route will be dropped.",
    "The clerk suggested that it wouldn't be simple.",
    "Early counts suggest she shouldn't worry.",
    "The tapes suggest he beat the deadline by a day.",
])
def test_suggest_of_a_conclusion_stays_a_hedge(text):
    assert [h for h in _flags(text, "hedge") if "sugg" in h]


# --- third round: more degree adverbs and a stated fact ----------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("The new parts are extraordinarily hard to find.", "extraordinarily"),
    ("The second flood was infinitely worse for the farms.", "infinitely"),
    ("The festival was immensely popular with families.", "immensely"),
    ("The crossing is exceedingly rare in winter.", "exceedingly"),
    ("Critics moan, but the facts are that the trains now run on time.", "the facts are"),
])
def test_more_degree_adverbs_and_stated_facts_are_boosters(text, word):
    assert word in _flags(text, "booster")


# --- scientists of a named field, unnamed, are a vague source like "scientists" --------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("Geologists think the cliff will fall within a decade.", "geologists think"),
    # (session 29, hb57: an unnamed group's "believe" is flagged apart from the group, the verb by its own row)
    ("Astronomers believe the comet will return in 2061.", "astronomers"),
    ("Epidemiologists warn the outbreak has not peaked.", "epidemiologists warn"),
])
def test_a_field_s_scientists_unnamed_are_a_vague_source(text, phrase):
    assert phrase in _flags(text, "hedge")
