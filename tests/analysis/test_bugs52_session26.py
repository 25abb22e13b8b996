"""Session 26, bugs52: misreadings reported by other helpers, each held with the shapes the fix must leave alone.
All text here is invented for these tests."""
import pytest
from support import listed_sources, sources_of_cue


# --- "papers that report on crime": an activity, not a report of words -----------------------------------------

@pytest.mark.parametrize("text", [
    "Few papers that report on crime were sent a letter.",
    "Most stations that report about the weather closed early.",
    "Some clubs that report to the league lost money.",
])
def test_report_before_an_activity_after_a_relative_that_is_no_cue(text):
    assert sources_of_cue(text, "report") == []


@pytest.mark.parametrize("text, source", [
    ("Unnamed sources that report the deal is off were wrong.", "Unnamed sources"),
    ("Several outlets which report the deal is off were wrong.", "Several outlets"),
])
def test_report_of_words_after_a_relative_stays_a_cue(text, source):
    assert sources_of_cue(text, "report") == [source]


# --- an agentless row with its agent right after it: "was forecast by the weather service" -----------------------

@pytest.mark.parametrize("text, cue, source", [
    ("Heavy rain was forecast by the Met Office.", "was forecast", "Met Office"),
    ("More snow is expected by forecasters.", "is expected", "forecasters"),
    ("It was reported by the Daily Beacon that the pier had closed.", "It was reported by", "Daily Beacon"),  # so before
])
def test_an_agentless_row_takes_the_agent_right_after_it(text, cue, source):
    assert sources_of_cue(text, cue) == [source]


@pytest.mark.parametrize("text, cue", [
    ("Heavy rain is expected by Friday.", "is expected"),
    ("Heavy rain was forecast by late Tuesday.", "was forecast"),
    ("Heavy rain is expected by the weekend.", "is expected"),
    ("He is thought to have been hurt by a falling branch.", "is thought to"),
])
def test_a_time_or_a_later_by_is_no_agent(text, cue):
    assert sources_of_cue(text, cue) == [None]


# --- a count with a "who"/"that" clause: one source, listed once, of one kind -------------------------------------

@pytest.mark.parametrize("text, name, kind", [
    ("Two newspapers who report crime figures said the plan would fail.", "Two newspapers", "named group"),
    ("Two reporters who warned the plan would fail were right.", "Two reporters", "unnamed"),  # a capital, no name
    ("Three reporters who cover the court said the plan would fail.", "Three reporters", "unnamed"),
])
def test_a_count_with_a_relative_clause_is_one_source(text, name, kind):
    assert listed_sources(text) == [(name, kind)]


def test_a_definite_body_stays_a_named_group():
    assert listed_sources("The newspaper said the plan would fail.") == [("The newspaper", "named group")]

# --- a job title in capitals in an apposition: "Jo Reed, Senior Lecturer at ..., said" -----------------------------

@pytest.mark.parametrize("text, source", [
    ("Jo Reed, Senior Lecturer at Harwick University, said the plan would fail.", "Jo Reed"),
    ("Senior Lecturer Ann Vale said the plan would fail.", "Ann Vale"),
    ("Ann Vale, a lecturer in law, said the plan would fail.", "Ann Vale"),
])
def test_lecturer_is_a_job_not_a_name(text, source):
    assert sources_of_cue(text, "said") == [source]


# --- an office is not a person last named as an object: "Readers backed Jo Doe. The governor said" ------------------

@pytest.mark.parametrize("text, cue, source", [
    ("Voters backed Ines Varela. According to her, the governor ordered a recount.", "ordered", "the governor"),
    ("Voters backed Ines Varela. The governor said the count was fair.", "said", "The governor"),
])
def test_an_office_does_not_take_a_name_after_a_verb(text, cue, source):
    assert sources_of_cue(text, cue) == [source]


@pytest.mark.parametrize("text", [
    "Ines Varela spoke on Monday. The governor said the count was fair.",
    "On Monday, Ines Varela spoke. The governor said the count was fair.",
    "New pier will bring visitors, says Ines Varela\n\nThe governor has said the pier will open in May.",
])
def test_an_office_still_takes_the_untitled_subject_before(text):
    assert sources_of_cue(text, "said") == ["Ines Varela"]
