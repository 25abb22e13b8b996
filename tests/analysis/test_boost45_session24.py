"""Session 24, boost45: sense families of the hedge and booster words that general news flags but does not mean
as hedges or boosters (found with ``bench/errors.py --hedges`` over every general-news batch). Each test holds
shapes of the family and the shapes the rule must leave alone. All text here is invented for these tests."""
import pytest

from support import lowered_phrases_of_kind as _flags


# --- a belief the writer describes, not a view held back -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Few surveys ask what commuters actually believe about the tolls.",
    "A governor who never loses may come to believe she cannot lose.",
    "The rumour led several traders to believe that the bank would fail.",
    "Residents were led to believe the pool would reopen.",
])
def test_a_described_belief_is_no_hedge(text):
    assert not any("believe" in f for f in _flags(text, "hedge"))


@pytest.mark.parametrize("text", [
    "I believe the council will back down.",
    "Engineers believe the dam is safe.",
    "We have reason to believe that the ferry sank.",
    "She does not believe the figures.",
    "I actually believe the council is right.",
    "We have come to believe that the plan will work.",
])
def test_a_view_held_back_stays_a_hedge(text):
    assert any("believe" in f for f in _flags(text, "hedge"))


# --- "would" after a condition that opens the reported clause --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The engineer noted that if the tests are repeated, the results would settle the question.",
    "The chef said if the rent rises again, the cafe would have to close.",
    "She added that unless the river falls, the road would stay shut.",
])
def test_would_after_a_fronted_condition_is_a_hedge(text):
    assert "would" in _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "The chef said the cafe would open in May.",
    "The candidate said that if elected, he would cut the parking fees.",
])
def test_a_reported_plan_or_pledge_stays_unflagged(text):
    assert "would" not in _flags(text, "hedge")


# --- "rare" of living things as a kind -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The reserve shelters fragile and rare marine life.",
    "Volunteers counted rare wildlife along the estuary.",
    "The meadow is home to rare creatures found nowhere else.",
])
def test_rare_of_a_living_kind_is_no_booster(text):
    assert "rare" not in _flags(text, "booster")


def test_a_rare_event_stays_a_booster():
    assert "rare" in _flags("The bishop gave a rare interview on Sunday.", "booster")


# --- an unnamed group that demands or complains: no claim, so no source withheld -------------------------------------

@pytest.mark.parametrize("text", [
    "Since the merger, parents have been complaining about the state of the playground.",
    "Local officials have long insisted on the old name of the bridge.",
    "Rival fans are now demanding a replay of the match.",
    "A group of teachers sent a letter calling for his resignation.",
    "Campaigners urged a rethink of the bypass.",
])
def test_a_demand_or_grievance_names_no_withheld_source(text):
    assert not _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "Residents complained that the water was brown.",
    "Officials insisted that the talks went well.",
    "Officials said the talks went well.",
    "Experts speculated about whether the dam would hold.",
])
def test_a_claim_by_an_unnamed_group_stays_a_hedge(text):
    assert _flags(text, "hedge")


# --- "the very" before an extreme: kept, with a why that leaves the reading open -------------------------------------

def _why_of(text: str, word: str) -> str:
    import medialit
    return next(h.why for h in medialit.find_hedges(text) if h.phrase.lower() == word)


@pytest.mark.parametrize("text", [
    "The choir has sung here from the very beginning.",
    "The old mill stands at the very edge of the village.",
])
def test_the_very_before_an_extreme_says_the_reading_is_open(text):
    assert "Read which" in _why_of(text, "very")


def test_very_before_an_adjective_keeps_its_plain_why():
    assert _why_of("It was a very wet spring.", "very") == "Makes the next word stronger."


# --- "some of the" before a superlative: flagged, with a why that leaves the reading open ----------------------------

@pytest.mark.parametrize("text, word", [
    ("The survey reached some of the poorest villages in the valley.", "some"),
    ("Some of the most popular stalls closed early.", "some"),
    ("The fund backs some of its best known artists.", "some"),
])
def test_some_of_the_top_of_a_group_is_flagged_with_an_open_why(text, word):
    assert word in _flags(text, "hedge")
    assert "Read which" in _why_of(text, word.lower())


def test_some_of_a_plain_group_keeps_the_amount_why():
    assert _why_of("Some of the stalls closed early.", "some").startswith("Gives an amount")


def test_an_adjective_in_est_is_no_top_of_a_group():
    assert _why_of("Some of the honest voices on the council left.", "some").startswith("Gives an amount")
    assert "Read which" in _why_of("Some of the richest farmers sold their land.", "some")
