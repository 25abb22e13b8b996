"""Session 17, helper real27: rules found on bench/real-news-2 (real general news). Sentences written for these tests."""

from medialit import find_attributions, find_quotes
from medialit.analysis.text import sentence_spans

from support import cues_and_sources as _cues


# --- army and police ranks written with a full stop before a name --------------------------------------------

def test_a_rank_with_a_full_stop_does_not_end_the_sentence():
    text = "The team held on, said Spc. Lee Park of the second squad. Pfc. Ana Ruiz agreed."
    assert len(sentence_spans(text)) == 2


def test_a_speaker_after_said_and_a_rank_is_the_person_not_the_rank():
    text = "“We never gave up,” said Spc. Lee Park, who scored twice."
    assert "Lee Park" in find_quotes(text)[0].speaker
    assert [a.source for a in find_attributions(text) if a.cue == "said"][0].endswith("Lee Park")


def test_two_ranks_before_a_name_stay_with_the_name():
    text = "The visit was led by Maj. Gen. Rosa Vale, who said the base would reopen."
    assert len(sentence_spans(text)) == 1


# --- "reports" as the verb of a singular subject, not the plural noun ---------------------------------------

def test_reports_after_a_one_word_name_and_before_a_clause_is_its_verb():
    assert _cues("Interfax reports the convoy was stopped at the border.") == [("reports", "Interfax")]


def test_reports_after_the_and_a_singular_noun_before_that_is_the_verb():
    assert _cues("The newspaper reports that the mayor will resign.") == [("reports", "The newspaper")]


def test_reports_after_an_aside_closed_by_a_comma_is_the_subjects_verb():
    text = "The news agency Tass, quoting a regional official, reports the bridge has reopened."
    assert ("reports", "Tass") in _cues(text)


def test_reports_before_a_verb_or_after_a_describing_word_stays_the_noun():
    assert _cues("Newspaper reports say the mayor will resign.") == [("say", "Newspaper reports")]
    assert _cues("Police reports show a rise in thefts.") == [("show", "Police reports")]
    assert [c for c, _ in _cues("Media reports that the mayor quit were denied.")] != ["reports"]


# --- a person's name in brackets after the role ------------------------------------------------------------

def test_a_name_in_brackets_after_a_role_is_the_source():
    text = "On Monday, the country's Energy Minister (Rosa Vale) said the plant would close."
    assert _cues(text) == [("said", "Rosa Vale")]


def test_an_acronym_or_a_party_in_brackets_does_not_replace_the_source():
    assert _cues("The Kestrel Water Agency (KWA) said the water was safe.")[0][1] == "Kestrel Water Agency"
    assert _cues("Senator Jim Doe (R-Ohio) said no.")[0][1].endswith("Jim Doe")


# --- "continued to" and a deed -------------------------------------------------------------------------------

def test_continued_to_and_a_deed_is_no_cue():
    assert _cues("The visitors continued to press forward each time the hosts lost the ball.") == []


def test_continued_to_and_a_reporting_verb_or_a_that_clause_stays_a_cue():
    assert _cues("The mayor continued to insist that the budget was fair.") == [("continued to insist", "The mayor")]
    assert [c for c, _ in _cues("Critics continue to ignore the fact that the river is rising.")] == ["continue"]
    assert _cues("“We will win,” she continued.") == [("continued", "she")]


# --- "boasts" a thing --------------------------------------------------------------------------------------

def test_boasting_a_thing_is_having_it_not_a_cue():
    assert _cues("The club boasted a squad full of former internationals.") == []
    assert _cues("The village still boasts just one shop.") == []


def test_boasting_that_or_of_stays_a_cue():
    assert _cues("The coach boasted that nobody could beat them.") == [("boasted", "The coach")]
    assert _cues("The coach boasted of a perfect season.") == [("boasted", "The coach")]


# --- "the report" after a paper was named ------------------------------------------------------------------

def test_the_report_after_a_named_paper_is_that_paper():
    text = ("The Kentville Herald quoted two officials as saying the bridge would close. "
            "The report said repairs would take a year.")
    assert ("said", "Kentville Herald") in _cues(text)


def test_the_report_with_no_paper_named_stays_as_written():
    text = "A report by the water board was published on Monday. The report said prices would rise."
    assert _cues(text)[-1] == ("said", "The report")
