"""Session 32, hp64: hedge precision on general news (bench/ERRORS-hedges-hp64.md). Each cause the fix narrows, with
the shapes it must leave flagged; and the unnamed groups that speak, which GUIDELINES reads as hedges and the kit keeps.
All text here is invented for these tests."""
import pytest

import medialit


def _hedges(text: str) -> list[str]:
    return [h.phrase for h in medialit.find_hedges(text) if h.kind == "hedge"]


def _vague(text: str) -> list[str]:
    return [h.phrase for h in medialit.find_hedges(text) if h.category == "vague attribution"]


# --- 1. unnamed groups that speak stay hedges (GUIDELINES; the general golds re-read to mark them) -------------------

@pytest.mark.parametrize("text, group", [
    ("Prosecutors said the clerk moved the money into three shell firms.", "Prosecutors"),
    ("The ferry sank near the harbour mouth, officials said.", "officials"),
    ("Residents say the bridge has shaken for years.", "Residents"),
    ("Harbour board officials said the quay would reopen in May.", "officials"),  # a named body's officials: still who?
    ("Members of the choir said the tour had been cancelled twice.", "Members of the choir"),
])
def test_an_unnamed_group_that_speaks_is_a_hedge(text, group):
    assert any(group in v for v in _vague(text)), _vague(text)


# --- 2. a source the attribution finder read without the sentence's "The" ------------------------------------------

@pytest.mark.parametrize("text", [
    "The workshop leaders explained that the rule had changed.",
    "The leaked memos suggests the budget was cut twice.",
])
def test_a_source_opened_by_the_points_back(text):
    assert _vague(text) == []


@pytest.mark.parametrize("text", [
    "Local officials said the road would stay shut.",
    "The storm hit at night. Local officials said the road would stay shut.",
    "The meeting got people talking about a new road.",  # two words between: "got" is a verb, not a modifier
    "The report before councillors admits that hours would fall.",  # a preposition between: not one phrase
])
def test_a_source_without_a_definite_phrase_stays_vague(text):
    assert _vague(text) != []


# --- 3. "normally" of manner ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Counting was going normally and the polls closed on time.",
    "The pumps are working normally again.",
    "The old pumps work normally.",
    "The valve functioned normally.",
])
def test_normally_of_manner_is_no_hedge(text):
    assert "normally" not in _hedges(text)


@pytest.mark.parametrize("text", [
    "The lake is normally about half full in June.",
    "Trains normally run every hour.",
    "The shop opened normally on Mondays.",
    "Everything normally goes through the front desk.",
])
def test_normally_of_the_rule_stays_a_hedge(text):
    assert "normally" in _hedges(text)


# --- 4. "could" in a yes/no question about what is known ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The board will work to understand if more could be done for tenants.",
    "Parents wanted to know if the school could stay open.",
    "There is little clarity on how or if the club could return to the league.",
])
def test_could_in_a_question_about_what_is_known_is_no_hedge(text):
    assert "could" not in _hedges(text)


@pytest.mark.parametrize("text", [
    "If the river could rise again, the town would flood.",  # a condition
    "It is worth asking whether the town could do the same.",  # the writer's own suggestion
    "She asked if the depot could close within a year.",  # "asked if": kept, as PolNeAR's "asked if she might"
    "The depot could close within a year.",
])
def test_could_outside_such_a_question_stays_a_hedge(text):
    assert "could" in _hedges(text)
