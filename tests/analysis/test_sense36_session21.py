"""Session 21, sense36: hedge and booster senses on general news, and two tidy-ups in hedges.py.
All text here is invented for these tests."""
import pytest

from support import lowered_phrases_of_kind as _flags


# --- "indicated" after a person or a body: a signal reported, whatever the negation's apostrophe --------------------

@pytest.mark.parametrize("text", [
    "The minister hadn\u2019t indicated any change to the plan before the vote.",
    "The minister hadn't indicated any change to the plan before the vote.",
    "The spokesmen have indicated that the talks will go on.",
    "A spokeswoman indicated that the shop would reopen.",
])
def test_indicate_of_a_person_or_body_is_no_hedge(text):
    assert "indicated" not in _flags(text, "hedge")


def test_indicate_of_evidence_stays_a_hedge():
    assert "indicated" in _flags("The test results indicated a leak in the main pipe.", "hedge")


# --- a passive whose subject is the one accused, told or blamed: an event reported, not a claim held back ----------

@pytest.mark.parametrize("text, word", [
    ("A day after the border guards were accused of moving the fence, the two countries met.", "accused"),
    ("The landlords are also accused of ignoring the damp in the flats.", "accused"),
    ("Buyers were told they would get their money back within a week.", "told"),
    ("I have been told many times that the town centre is dying.", "told"),
    ("The minister was warned that the old bridge was unsafe.", "warned"),
    ("Staff were assured that no jobs would go.", "assured"),
])
def test_a_passive_of_the_one_spoken_to_is_no_hedge(text, word):
    assert not any(word in f for f in _flags(text, "hedge"))


@pytest.mark.parametrize("text, phrase", [
    ("The remedy has been described as a fraud.", "has been described"),
    ("The new bridge is thought to be the longest in the region.", "is thought to"),
    ("The old mill is considered a danger to walkers.", "is considered"),
])
def test_a_passive_that_sums_up_its_subject_stays_a_hedge(text, phrase):
    assert phrase in _flags(text, "hedge")


# --- the noun "possibility" without "that" or "of": still a claim held open ---------------------------------------

@pytest.mark.parametrize("text", [
    "The survey shows the possibility the old well still holds water.",
    "The engineer said there is a good possibility the bridge will reopen in May.",
])
def test_possibility_alone_is_a_hedge(text):
    assert "possibility" in _flags(text, "hedge")


def test_a_possibility_ruled_out_is_no_hedge():
    assert "possibility" not in _flags("The mayor ruled out any possibility the bridge will reopen in May.", "hedge")


# --- a unit of area or volume after "a": "around a cubic metre" is a rough figure ----------------------------------

@pytest.mark.parametrize("text, word", [
    ("The new tank holds around a cubic metre of rainwater.", "around"),
    ("The fire burned about a square mile of heath.", "about"),
])
def test_approximator_before_a_unit_of_area_or_volume(text, word):
    assert word in _flags(text, "hedge")


def test_around_a_thing_is_a_place_not_a_figure():
    assert "around" not in _flags("The children sat around a square table.", "hedge")


# --- "hardly any", "hardly ever": almost none, almost never --------------------------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("The old pipes let through hardly any water last summer.", "hardly any"),
    ("The night bus hardly ever runs on time.", "hardly ever"),
])
def test_hardly_any_is_an_approximator(text, phrase):
    assert phrase in _flags(text, "hedge")


def test_a_plain_hardly_denies_and_is_no_hedge():
    assert not any("hardly" in f for f in _flags("Those are hardly radical demands.", "hedge"))
