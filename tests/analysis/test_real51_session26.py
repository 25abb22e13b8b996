"""Session 26, real51: causes of errors seen on the batch bench/real-news-19 (a wire report, a public body's local
release, a feature, an analysis piece, a story on unnamed reports, a public body's news story). All text here is
invented for these tests."""
import pytest

from support import cue_texts_and_sources as _sources, speakers


# --- "Name, Flood Duty Manager at the Agency, said": a capitalised title and its employer are an aside -------------

@pytest.mark.parametrize("text, cue, name", [
    ("Jo Reed, Flood Duty Manager at the Harbour Agency, said: Our teams worked through the night.", "said", "Jo Reed"),
    ("Ann Lee, Communications Director at Acme Foods, said the firm would grow.", "said", "Ann Lee"),
    ("Tom Vale, Regional Operations Manager for the Kent Trust, told reporters the wards were full.", "told", "Tom Vale"),
])
def test_a_name_before_a_capitalised_title_at_an_employer_is_the_source(text, cue, name):
    assert (cue, name) in _sources(text)


def test_a_title_followed_by_a_name_is_still_that_persons():
    # "Labour MP Jo Penn" names its person after the role: the piece is no job aside.
    assert ("said", "Jo Penn") in _sources("The chairman, Labour MP Jo Penn, said the plan was good.")


# --- "the current forecast shows": a figure noun before a verb heads its subject, no one forecasting -------------

def test_a_forecast_before_its_verb_is_the_evidence_not_a_cue():
    sources = _sources("The current forecast shows the river will stay below its banks this week.")
    assert ("shows", "The current forecast") in sources
    assert not any(cue == "forecast" for cue, _ in sources)


@pytest.mark.parametrize("text", [
    "Despite the rain, the current forecast for the valley is dry.",
    "The budget estimate suggests a gap of two million pounds.",
])
def test_a_figure_noun_after_current_or_before_a_verb_is_no_cue(text):
    assert not any(cue in ("forecast", "estimate") for cue, _ in _sources(text))


def test_a_forecast_in_the_passive_is_an_agentless_cue():
    assert ("was forecast", None) in _sources("Heavy snow was forecast for the hills over the weekend.")
    assert ("forecast", "Economists") in _sources("Economists forecast that prices will rise in the spring.")


def test_commended_reports_approval_voiced():
    assert ("commended", "The inspectors") in _sources("The inspectors commended the school for its work with parents.")


# --- "The plan, first reported by Politico, would ...": the aside's reporter is the agent after "by" -------------

def test_first_reported_by_in_an_aside_names_the_reporter():
    assert ("reported", "Politico") in _sources("The plan, first reported by Politico, would cut the fuel tax.")


def test_a_quotation_after_the_reported_aside_is_the_closing_speakers():
    text = "The account, first reported by the Kent Courier, “is untrue,” Jo Reed told reporters."
    assert speakers(text) == ["Jo Reed"]


def test_a_reporter_who_reports_a_quotation_keeps_it():
    assert speakers("The Kent Courier reported, “The plan is dead.”") == ["Kent Courier"]


# --- "The union, too, said", "The two papers, and others, said": a short aside between subject and verb ---------

@pytest.mark.parametrize("text, cue, name", [
    ("The nurses' union, too, said the wards were short of staff.", "said", "The nurses' union"),
    ("Ann Lee and Tom Vale, among others, argued that the bridge was unsafe.", "argued", "Ann Lee and Tom Vale"),
    ("The two papers, and others, further said the council could not pay.", "said", "two papers"),
])
def test_a_short_aside_before_the_verb_leaves_the_subject(text, cue, name):
    assert (cue, name) in _sources(text)
