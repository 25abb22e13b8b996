"""Session 19 (hedge31): hedge senses that whole general-news articles showed to be no hedge.

Each test pairs sentences where the word is in the other sense (no flag) with sentences where it keeps its
hedge sense (a flag), so a rule cannot pass by dropping the word. All sentences are written for these tests.
"""

import pytest

from support import lowered_phrases_of_kind


def hedged(text: str) -> list[str]:
    return lowered_phrases_of_kind(text, "hedge")


# --- a narrated attempt: the noun, or a gerund in a sequence of events --------------------------------------

@pytest.mark.parametrize("text", [
    "Despite the council's repeated attempts to sell the depot, it stood empty for years.",
    "This attempt to close the library angered the whole village.",
    "The visitors made early attempts to open the scoring.",
    "A sailor was detained after attempting to leave the port without papers.",
    "The men were stopped at the gate before trying to board the ferry.",
])
def test_a_narrated_attempt_is_no_hedge(text):
    assert hedged(text) == []


@pytest.mark.parametrize("text, word", [
    ("Rescuers were out on the lake all night, actively engaged trying to reach the stranded crew.", "trying to"),
    ("Two fishermen drowned trying to swim across the estuary.", "trying to"),
    ("The volunteers tried to reach the farm.", "tried to"),
])
def test_an_effort_whose_outcome_is_not_told_stays_a_hedge(text, word):
    assert word in hedged(text)


# --- "would": a story's plot, a pledge with its condition, the speaker's own view ---------------------------

@pytest.mark.parametrize("text", [
    "I had an idea for a story where two rival towns would merge into one.",
    "She wrote a novel about a fisherman who would lose everything in one storm.",
    "The film in which the old mill would burn down was shot in the valley.",
])
def test_would_in_a_plot_summary_is_no_hedge(text):
    assert "would" not in hedged(text)


@pytest.mark.parametrize("text", [
    "They had said they would take further steps if the strike went ahead.",
    "He said he would veto the bill if it reached his desk.",
    "The minister said the army would not enter the town unless it was attacked.",
])
def test_a_reported_pledge_with_its_condition_is_no_hedge(text):
    assert "would" not in hedged(text)


@pytest.mark.parametrize("text", [
    "It is a story that would shock most readers.",
    "He said bus fares would fall if fuel got cheaper.",
    "On Friday, she hedged on whether she would back him if he won the vote.",
    "Prices would fall if taxes rose.",
])
def test_a_hypothetical_stays_a_hedge(text):
    assert "would" in hedged(text)


@pytest.mark.parametrize("text", [
    "\u201cI think the old mayor would be very proud,\u201d she said.",
    "\u201cI honestly don't think my son would be here today,\u201d he said.",
    "We believe the new deal would cost the town very little.",
])
def test_would_after_the_speakers_own_view_is_a_hedge(text):
    assert "would" in hedged(text)


def test_would_after_a_view_reported_is_left_a_reported_plan():
    assert "would" not in hedged("The mayor thinks the bridge would reopen in May.")


# --- "in the words of": an attribution when its owner is named --------------------------------------------

def test_in_the_words_of_a_named_owner_is_an_attribution():
    text = 'Her injuries were severe and, in the words of the chief prosecutor, Mark Davies, "she suffered for months."'
    assert "in the words of" not in hedged(text)


def test_in_the_words_of_no_one_named_stays_a_hedge():
    assert any(p.startswith("in the words of") for p in hedged('The move was, in the words of one insider, "a disaster."'))
    assert "in his words" in hedged('It was, in his words, "a disaster."')


# --- a spokesperson speaks for a body: the body is the source ----------------------------------------------

@pytest.mark.parametrize("text", [
    'The union, Unison, questioned the pay rise. A spokesperson said: "Our members are worried."',
    "Brightwater, a charity, rejected the report. A spokeswoman said its figures were out of date.",
    # (Session 20, unify33: one reading with the source reader, which names this spokesperson "A spokesperson for
    # Unison" across the paragraph break too; the hedge had kept it vague there.)
    "The union, Unison, questioned the pay rise.\nA spokesperson said the members were worried.",
])
def test_a_spokesperson_for_a_body_named_just_before_is_no_vague_source(text):
    assert not any("spokes" in p for p in hedged(text))


@pytest.mark.parametrize("text", [
    "A police spokesperson said a second man was still being sought.",
    "The plan was announced on Monday. A spokesman said it would start soon.",
    "A senior official said the plan would start soon.",
])
def test_a_voice_with_no_body_named_stays_a_vague_source(text):
    assert any("spokes" in p or "official" in p for p in hedged(text))


# --- a document whose issuer the same clause names ----------------------------------------------------------

def test_a_statement_issued_by_a_named_body_is_no_vague_source():
    text = "The clinic was hit. A statement was issued on the Oxfam website condemning the attack and stating that staff were safe."
    assert not any("statement" in p for p in hedged(text))


def test_a_statement_with_no_issuer_stays_a_vague_source():
    text = "The clinic was hit. A statement was issued on Monday condemning the attack and stating that staff were safe."
    assert any("statement" in p for p in hedged(text))


# --- a source cut from a longer name ------------------------------------------------------------------------

def test_a_body_cut_from_a_title_and_a_name_is_no_vague_source():
    text = "Kent Police Chief Dan Moss and Sheriff Tony Hill joined the briefing, both noting that crime fell."
    assert not any("police" in p for p in hedged(text))


def test_police_with_no_name_stays_a_vague_source():
    assert any("police" in p for p in hedged("Local police said the man was arrested."))


def test_would_after_one_might_think_is_a_hedge():
    assert "would" in hedged("On his home ground, one might think the mayor would fill the hall.")


def test_would_of_a_plan_told_from_the_past_is_no_hedge():
    text = "They decided that Ama should fly out first. Kofi would follow as soon as possible."
    assert "would" not in hedged(text)
    assert "would" in hedged("If the visa came through, Kofi would follow as soon as possible.")
