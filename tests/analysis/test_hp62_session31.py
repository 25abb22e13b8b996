"""Session 31, hp62: hedge precision on general news (bench/ERRORS-hedges-hp62.md). Each cause the fix narrows, with
the shapes it must leave flagged. All text here is invented for these tests."""
import pytest

import medialit


def _hedges(text: str) -> list[str]:
    return [h.phrase for h in medialit.find_hedges(text) if h.kind == "hedge"]


# --- 1. a tie ("linked to", "associated with") right after a hedge that already carries the doubt -------------------

@pytest.mark.parametrize("text, kept", [
    ("Back pain is generally associated with long hours at a desk.", "generally"),
    ("A militia, purportedly linked to the old regime, has claimed the raid.", "purportedly"),
    ("The outbreaks are considered to be associated with imported fruit.", "are considered"),
    ("The rash is thought to be linked to a cleaning product.", "is thought to"),
])
def test_a_tie_after_a_hedge_gives_one_flag_not_two(text, kept):
    hedges = _hedges(text)
    assert kept in hedges
    assert "linked to" not in hedges and "associated with" not in hedges


@pytest.mark.parametrize("text, tie", [
    ("Several habits were associated with a greater risk of falls.", "associated with"),
    ("Short naps linked to better memory, survey finds", "linked to"),
    ("The fever has been linked to a virus carried by ticks.", "linked to"),
    ("The cough is widely linked to damp housing.", "linked to"),  # "widely" alone hedges nothing
])
def test_a_plain_tie_is_no_hedge(text, tie):
    # Session 33 (lnk66): pinned "still a hedge" until then; no gold marks a tie (0 of 10 spans), so now no flag.
    assert tie not in _hedges(text)


# --- 2. a study's participants reporting about themselves are its data, not a source withheld -----------------------

@pytest.mark.parametrize("text", [
    "Many participants reported cycling to work at least twice a week.",
    "In the survey, participants reported how many hours they slept.",
    "Most respondents described their commute as stressful.",
])
def test_study_participants_reporting_are_no_vague_source(text):
    assert not any("participants" in h.lower() or "respondents" in h.lower() for h in _hedges(text))


@pytest.mark.parametrize("text", [
    "Participants in the talks said the mood had soured.",
    "Officials reported that the bridge was unsafe.",
])
def test_unnamed_speakers_are_still_vague_sources(text):
    assert any(h.lower().startswith(("participants", "officials")) for h in _hedges(text))


# --- 3. "more likely than X to": two groups' rates compared, as a measured rate is ------------------------------------

@pytest.mark.parametrize("text", [
    "Older drivers were more likely than younger ones to brake early.",
    "Night-shift nurses are less likely than day staff to report back pain.",
])
def test_a_compared_rate_is_no_hedge(text):
    assert "likely" not in _hedges(text)


@pytest.mark.parametrize("text", [
    "The comet is more likely a fragment of a larger body.",
    "It is more likely than not that the ferry will be late.",
    "The council is likely to approve the budget.",
])
def test_a_forecast_or_judgement_with_likely_is_still_a_hedge(text):
    assert "likely" in _hedges(text)


# --- 4. "some" before a word of praise credits people or deeds; it holds back no amount ---------------------------

@pytest.mark.parametrize("text", [
    "We did some great things in the second half.",
    "The project only worked because of some brilliant volunteers.",
    "The lab has produced some excellent work this year.",
])
def test_some_before_praise_is_no_hedge(text):
    assert not any(h.lower() == "some" for h in _hedges(text))


@pytest.mark.parametrize("text", [
    "Some major lenders have raised their rates.",
    "Some residents stayed indoors all week.",
    "There are some possible explanations for the rise.",
])
def test_some_before_a_plain_plural_is_still_a_hedge(text):
    assert any(h.lower() == "some" for h in _hedges(text))


# --- 5. "most of" before a name or "what": an untold share, as "most of the" is ---------------------------------------

@pytest.mark.parametrize("text", [
    "Most of Halden's former mayors were farmers.",
    "By noon most of Eastbrook was without power.",
    "Most of what the panel heard came from one witness.",
])
def test_most_of_a_name_or_what_is_a_hedge(text):
    assert any(h.lower() == "most" for h in _hedges(text))


@pytest.mark.parametrize("text", [
    "The ferry ran late for most of May.",
    "Most of Monday was spent in meetings.",
    "They made the most of Easter.",
    "Floods Closed The Road For Most Of The Year",  # a title-case headline: a span of time, as in lower case
])
def test_most_of_a_month_a_day_or_the_superlative_is_no_hedge(text):
    assert not any(h.lower() == "most" for h in _hedges(text))


# --- 6. "it would be <verdict> to": a verdict on an act, held in full -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Frankly, it would be naive to expect the depot to reopen.",
    "The board is right, and it would plainly be a mistake to sell the park.",
    "It would be wrong to blame the drivers for the delays.",
])
def test_a_verdict_on_an_act_is_no_hypothetical_hedge(text):
    assert "would" not in [h.lower() for h in _hedges(text)]


@pytest.mark.parametrize("text", [
    "If sales keep falling, it would be forced to shut two stores.",
    "It would be difficult to rebuild the pier before summer.",
    "Closing the depot would be a mistake, the mayor's critics argue, and it would cost jobs.",
])
def test_a_hypothetical_about_a_thing_is_still_a_hedge(text):
    assert "would" in [h.lower() for h in _hedges(text)]


# --- 7. "considered" after a modal's or "to"'s "be": a weighing or a judgement still to come ---------------------------

@pytest.mark.parametrize("text", [
    "The list of goods that could be considered in a later round was published.",
    "The ministers said the treaty should be considered as a joint agreement.",
    "Whoever wins gets the chance to be considered a reformer.",
])
def test_a_judgement_to_come_is_no_hedge_on_considered(text):
    assert not any("considered" in h.lower() for h in _hedges(text))


@pytest.mark.parametrize("text, phrase", [
    ("The old pier is considered unsafe.", "is considered"),
    ("She was considered the favourite before the race.", "was considered"),
    ("Such a move would be considered a provocation.", "would be considered"),
])
def test_a_judgement_held_is_still_a_hedge(text, phrase):
    assert phrase in _hedges(text)


def test_advice_framed_with_would_is_still_a_hedge():
    assert "would" in [h.lower() for h in _hedges("It would be wise to wait for the survey.")]
