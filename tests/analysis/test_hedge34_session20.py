"""Session 20, hedge34: hedge precision on general news (legal formulas, a court appearance with a time word,
a predicate "rare"). All text here is invented for these tests."""
import pytest

from support import lowered_phrases_of_kind as _flags


# --- legal formulas: "probable cause", "proven guilty" hold nothing back and press nothing -----------------------

@pytest.mark.parametrize("text", [
    "The complaint is a formal accusation made to establish probable cause, not proof of guilt.",
    "Officers said they had probable cause to search the van.",
])
def test_probable_cause_is_a_term_of_law(text):
    assert "probable" not in _flags(text, "hedge")


def test_probable_of_a_claim_stays_a_hedge():
    assert "probable" in _flags(text="A late frost is probable, the forecaster wrote.", kind="hedge")


@pytest.mark.parametrize("text", [
    "Every defendant is presumed innocent unless proven guilty in a court of law.",
    "He remains innocent until proven guilty, his lawyer said.",
])
def test_proven_guilty_is_a_legal_formula(text):
    assert not _flags(text, "booster")


def test_proven_of_a_finding_stays_a_booster():
    assert "proven" in _flags("The new vaccine has proven its worth in the trial.", "booster")


# --- a court appearance with a time word between ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The defendant appeared today before Magistrate Judge Alma Rudd in the district court.",
    "The 32-year-old appeared Monday in federal court in Boise.",
    "Both men appeared briefly before the bench and were remanded.",
])
def test_appeared_with_a_time_word_before_a_place_is_being_there(text):
    assert not _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "The minister appeared today to be calm about the vote.",
    "The plan appears sound to most of the board.",
])
def test_appear_of_looking_true_stays_a_hedge(text):
    assert [p for p in _flags(text, "hedge") if p.startswith("appear")]


# --- "rare" as a predicate says how often; "a rare interview" presses one event ---------------------------------

@pytest.mark.parametrize("text", [
    "Storms of this size are exceptionally rare. Forecasters track every one.",
    "Such finds remain rare in northern lakes, the guide said.",
])
def test_rare_as_a_predicate_is_no_booster(text):
    assert "rare" not in _flags(text, "booster")


def test_exceptionally_before_rare_stays_a_booster():
    assert "exceptionally" in _flags("Storms of this size are exceptionally rare.", "booster")


def test_a_rare_interview_stays_a_booster():
    assert "rare" in _flags("The mayor gave a rare interview on Sunday.", "booster")


# --- "so long" of time presses nothing; with a result clause it stays -------------------------------------------

@pytest.mark.parametrize("text", [
    "Why did it take so long to finish the bridge?",
    "Why was the ruling so long in coming? Delays at the court are one reason.",
])
def test_so_long_of_time_is_no_booster(text):
    assert "so" not in _flags(text, "booster")


def test_so_long_with_a_result_clause_stays_a_booster():
    assert "so" in _flags("The queue had stood for so long that the shop shut early.", "booster")


# --- a bare "declining" is a falling figure, not a refusal (no cue, so no vague attribution) -------------------

@pytest.mark.parametrize("text", [
    "Despite output shrinking, company profits declining and stock piling up in depots, hiring goes on.",
    "With ticket sales declining, the theatre cut two shows.",
])
def test_bare_declining_is_no_refusal_cue(text):
    import medialit
    assert not [a for a in medialit.find_attributions(text) if a.cue.lower().startswith("declin")]
    assert not _flags(text, "hedge")


def test_declining_an_interview_stays_a_cue():
    import medialit
    text = "Lee said nothing more, declining an interview."
    assert [a for a in medialit.find_attributions(text) if a.cue.lower().startswith("declin")]


# --- no speaker to name: a verb phrase after a modal, a passive's subject, a belief called wrong ------------------

@pytest.mark.parametrize("text", [
    "Rogue states can quietly withhold records, refuse to hand over suspects, or bar inspectors from the site.",
    "The collapse of a village dam, explained by an engineer\n\nRosa Vint, a lecturer in hydraulics, said it was old.\n\n"
    "Repairs begin in May.",
    "Yet many drivers who dislike speeding mistakenly believe that other drivers do not.",
    "Given the evidence that students wrongly believe their peers agree, the college acted.",
    "Many voters wrongly assume the tax is new.",
])
def test_no_vague_source_and_no_belief_hedge_where_no_one_is_leaned_on(text):
    assert not _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "Officials said the bridge would reopen in May.",
    "Experts believe the old dam is weak.",
])
def test_unnamed_groups_that_speak_stay_hedges(text):
    assert _flags(text, "hedge")


def test_believe_without_an_adverb_of_error_stays_a_hedge():
    assert [p for p in _flags("We believe the figures are too low.", "hedge") if "believe" in p]


# --- "charged" money: a bill, not an accusation (no agentless cue, so no hedge) ------------------------------------

@pytest.mark.parametrize("text", [
    "In the banking scandal, savers were mistakenly charged fees and saw their credit scores fall.",
    "Tenants were charged $40 a month for parking.",
])
def test_charged_money_is_no_accusation(text):
    assert not _flags(text, "hedge")


def test_critics_charged_that_stays_a_cue():
    import medialit
    assert [a.cue for a in medialit.find_attributions("Critics charged that the fees were hidden.")] == ["charged"]


# --- an attempt to damage property is charged as a crime ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "On May 2, the man, with others, damaged and attempted to tear down the statue in the square.",
    "Two teenagers tried to deface the war memorial, police said.",
])
def test_attempted_damage_to_property_is_an_offence_not_an_effort(text):
    assert not _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "She tried to tear up the old contract.",
    "Rebels tried to topple the government.",
])
def test_other_attempts_stay_efforts(text):
    assert "tried to" in _flags(text, "hedge")


# --- a negated cue attributes nothing, so its unnamed subject is no source leaned on -------------------------------

def test_unnamed_group_that_did_not_say_is_no_vague_source():
    assert not _flags("Officials did not say when the road would reopen.", "hedge")
    assert not _flags("Police have not said why the road was shut.", "hedge")


# --- "so-called" before a quoted term gives a name: the why says the words cannot tell ------------------------------

def test_so_called_before_a_quoted_term_says_it_cannot_tell():
    from medialit import find_hedges
    quoted = [h for h in find_hedges("These so-called \u201cghost fish\u201d hide in caves.") if h.kind == "hedge"]
    assert [h.phrase for h in quoted] == ["so-called"] and "cannot tell" in quoted[0].why
    plain = [h for h in find_hedges("The so-called reforms changed little.") if h.kind == "hedge"]
    assert [h.phrase for h in plain] == ["so-called"] and "cannot tell" not in plain[0].why


def test_an_unnamed_group_s_negated_view_stays_a_vague_source():
    assert _flags("Officials do not believe the dam will hold.", "hedge")


def test_a_rare_and_bold_stand_stays_a_booster():
    assert "rare" in _flags("She took a rare and unpopular stand against the war.", "booster")
