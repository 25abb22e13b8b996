"""Session 20, boost33: booster and hedge precision on general news (words in a sense that does not boost or
hedge). All text here is invented for these tests."""
import pytest

from support import lowered_phrases_of_kind as _flags


# --- "show" whose finding is itself only a possibility settles nothing ----------------------------------------

@pytest.mark.parametrize("text", [
    "The new survey data showed the lake might hold more fish than thought.",
    "The research shows the possibility that the comet could return.",
    "The figures show that the mill may close next year.",
    "The study showed a chance of frost in May.",
])
def test_show_of_a_hedged_finding_is_no_booster(text):
    assert not _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "The latest poll showed Vale leading the field.",
    "Polls show Vale ahead, and she may win the seat.",
    "Court records show that the firm paid the fine.",
])
def test_show_of_a_settled_finding_stays_a_booster(text):
    assert [p for p in _flags(text, "booster") if p.startswith("show")]


# --- "cautious" of a person's or a body's character is no held-back claim ---------------------------------------

@pytest.mark.parametrize("text", [
    "The league was a cautious and slow body for most of its life.",
    "She was known as a tireless, if cautious, champion of the moors.",
    "The town elected a cautious mayor in 1998.",
])
def test_cautious_describing_a_person_or_body_is_no_hedge(text):
    assert "cautious" not in _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "The union gave a cautious welcome to the pay offer.",
    "The council struck a cautious tone in its statement.",
    "Others were more cautious.",
    "The plan received cautious reactions from the growers.",
])
def test_cautious_of_a_stance_stays_a_hedge(text):
    assert "cautious" in _flags(text, "hedge")


# --- "would" after a belief held firmly is a reported future, with or without "that" -----------------------------

@pytest.mark.parametrize("text", [
    "The mayor was convinced the bridge would open on time.",
    "The mayor was convinced that the bridge would open on time.",
])
def test_would_after_convinced_is_a_reported_future(text):
    assert "would" not in _flags(text, "hedge")


def test_would_in_a_plain_hypothetical_stays_a_hedge():
    assert "would" in _flags("A second bridge would cut the drive to ten minutes.", "hedge")


# --- people named by their tie ("those associated with X") are an affiliation, not a correlation -------------------

@pytest.mark.parametrize("text", [
    "Those associated with the mayor kept away from the count.",
    "Two figures linked to the old council stood again.",
    "Anyone associated with the club was barred from the vote.",
])
def test_people_named_by_their_tie_is_no_hedge(text):
    assert not _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "Deaths linked to the heat rose in July.",
    "The gene is associated with a higher risk of gout.",
])
def test_a_correlation_is_no_hedge_either(text):
    # Session 33 (lnk66): pinned "stays a hedge" until then; no gold marks a tie (0 of 10 spans), so now no flag.
    assert not [p for p in _flags(text, "hedge") if p in ("linked to", "associated with")]


# --- "the rare" before a plural says how few there are; "a rare interview" presses one event -----------------------

@pytest.mark.parametrize("text", [
    "Locals cheered the rare Arctic visitors at the harbour.",
    "She spoke at the rare public meetings the council held.",
])
def test_the_rare_before_a_plural_is_no_booster(text):
    assert "rare" not in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "The mayor gave a rare interview on Sunday.",
    "The club took the rare step of closing a full stand.",  # (session 32: a sight enjoyed is no act, test_boo64)
])
def test_a_rare_event_stays_a_booster(text):
    assert "rare" in _flags(text, "booster")


def test_the_rare_before_a_noun_and_its_verb_stays_a_booster():
    assert "rare" in _flags("Both sides made the rare truce work for now.", "booster")  # (session 32: an act, test_boo64)


# --- a negated subject of two or three words: "No ... could" says nobody was able, no hedge -------------------------

@pytest.mark.parametrize("text", [
    "No county fire chief could stop the blaze alone.",
    "No single council could fix all these problems.",
])
def test_could_after_a_negated_subject_of_several_words_is_no_hedge(text):
    assert "could" not in _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "There is no doubt the bridge could fail.",
    "There was no sign the strike could end soon.",
])
def test_could_after_no_doubt_or_no_sign_stays_a_hedge(text):
    assert "could" in _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "The council had no idea the bridge could fail.",
    "There was no hint they could win the seat.",
])
def test_could_after_no_and_a_new_subject_stays_a_hedge(text):
    assert "could" in _flags(text, "hedge")


# --- "so ... that": a degree and its result, flagged with a why that says it may only measure ------------------------

def _so_why(text):
    import medialit
    return [h.why for h in medialit.find_hedges(text) if h.kind == "booster" and h.phrase.lower() == "so"]


@pytest.mark.parametrize("text", [
    "By May the drought was so severe that the river dried up.",
    "The storm was so bad it closed the coast road.",
])
def test_so_before_a_result_is_flagged_with_a_why_that_leaves_the_reading_to_the_reader(text):
    whys = _so_why(text)
    assert len(whys) == 1 and "you decide" in whys[0].lower()


@pytest.mark.parametrize("text", [
    "We are so proud of the team.",
    "It was so cold that night.",
])
def test_so_without_a_result_keeps_the_plain_intensifier_why(text):
    whys = _so_why(text)
    assert len(whys) == 1 and "you decide" not in whys[0].lower()


# --- "indicate": of evidence a hedge; of a person or body letting a plan be known, a signal (no hedge) ---------------

@pytest.mark.parametrize("text", [
    "The mayor has indicated she would not stand again.",
    "Dana Vell indicated as much in a letter to members.",
    "The council has already indicated further cuts are coming.",
    "About 30 people have indicated an interest in the post.",
    "He seemed to indicate he knew the plan.",
])
def test_indicate_of_a_person_or_body_is_no_hedge(text):
    assert "indicated" not in _flags(text, "hedge") and "indicate" not in _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "The new poll indicates a close race in the north.",
    "Land records indicate that the farm changed hands in 1990.",
    "The rain gauge data indicate the drought is easing.",
    "It indicates that the plan is working.",
])
def test_indicate_of_evidence_stays_a_hedge(text):
    assert [p for p in _flags(text, "hedge") if p.startswith("indicat")]


@pytest.mark.parametrize("text", [
    "Exit polls in Kent and Essex indicated a close race.",
    "The council's sharp attack on Vell indicates it is worried.",
])
def test_indicate_after_a_name_in_a_phrase_of_the_real_subject_stays_a_hedge(text):
    assert [p for p in _flags(text, "hedge") if p.startswith("indicat")]


def test_indicate_after_a_name_is_no_hedge():
    assert not [p for p in _flags("Vell indicated that the road would reopen.", "hedge") if p.startswith("indicat")]
