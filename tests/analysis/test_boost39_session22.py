"""Session 22 (boost39): booster and hedge senses read from every general-news set's false flags.

A physical change graded by "completely", "entirely", "totally" is a fact of the event; "rare" before a kind with
one describing word between classifies; "significantly"/"substantially" before a comparative keep their flag with
a why that says the word alone cannot tell a measured difference from a pressed one; trust in one's own powers
("confident in their ability") holds no claim as sure; an effort placed by "while" or "when" is a narrated event.
All text here is invented for these tests."""
import pytest

from medialit import find_hedges


def _flags(text, kind):
    return [h.phrase.lower() for h in find_hedges(text) if h.kind == kind]


def _why(text, phrase):
    return next(h.why for h in find_hedges(text) if h.phrase.lower() == phrase)


@pytest.mark.parametrize("text", [
    "The fire spread overnight and the old mill was completely destroyed.",
    "The old pier was totally rebuilt after the storm of 1990.",
    "The crew had to rebuild their boat entirely after the first hull was lost.",
    "Two barns were entirely flooded when the river burst its banks.",
])
def test_a_physical_change_graded_is_no_booster(text):
    assert _flags(text, "booster") == []


@pytest.mark.parametrize("text, word", [
    ("The harbour plan is completely wrong, the mayor said.", "completely"),
    ("The town's bus network is completely broken, a councillor said.", "completely"),
    ("Her reply was entirely unacceptable to the board.", "entirely"),
    ("The mood in the square has completely changed since June.", "completely"),
    ("The firms managed to hide their accounts completely.", "completely"),
])
def test_a_pressed_completeness_stays_a_booster(text, word):
    assert word in _flags(text, "booster")


def test_a_negated_physical_change_is_still_no_booster():
    assert _flags("The bridge was not completely destroyed.", "booster") == []


@pytest.mark.parametrize("text", [
    "The boy was born with a rare genetic condition.",
    "Doctors found a rare blood disorder in the twins.",
    "The reserve is home to a rare migratory bird.",
])
def test_rare_before_a_described_kind_classifies(text):
    assert "rare" not in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "The minister gave a rare public apology on Monday.",
    "The minister made a rare appearance in the chamber.",  # (session 32: "a rare moment" is no act, test_boo64)
])
def test_a_rare_event_stays_a_booster(text):
    assert "rare" in _flags(text, "booster")


@pytest.mark.parametrize("text, word", [
    ("Streets with trees were significantly cooler than bare ones.", "significantly"),
    ("The illness was substantially more common among older patients.", "substantially"),
])
def test_a_degree_before_a_comparative_keeps_its_flag_and_says_it_cannot_tell(text, word):
    assert word in _flags(text, "booster")
    assert "cannot tell" in _why(text, word)


def test_other_degree_senses_keep_their_why():
    # (session 30, boost60: "will significantly cut" is a verb's size of change and no longer flagged; the row's why
    # is kept before an adjective)
    assert _why("The new timetable is significantly different.", "significantly") \
        == "Says a difference is large; ask: how large?"
    assert "significantly" not in _flags("The new line will significantly cut journey times.", "booster")
    assert _flags("Prices were not significantly higher.", "booster") == []


@pytest.mark.parametrize("text", [
    "He died in a helicopter crash while trying to broker a truce.",
    "The pair were stopped at the border when attempting to cross at night.",
])
def test_an_effort_placed_by_while_or_when_is_narrated(text):
    assert _flags(text, "hedge") == []


@pytest.mark.parametrize("text, phrase", [
    ("The divers tried to reach the trapped miners.", "tried to"),
    ("He died trying to protect his son.", "trying to"),
])
def test_an_effort_with_its_outcome_untold_stays_a_hedge(text, phrase):
    assert phrase in _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "Pupils who join the club are more confident in their ability to speak up.",
    "The young keeper looked confident of himself in goal.",
    "Trainees felt confident about their own skills after the course.",
])
def test_trust_in_ones_own_powers_is_no_booster(text):
    assert "confident" not in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "The mayor is confident that the bridge will open in May.",
    "Aides were confident in the eventual outcome.",
    "Aides were confident in the treasurer's ability to win.",
])
def test_confidence_in_a_claim_stays_a_booster(text):
    assert "confident" in _flags(text, "booster")
