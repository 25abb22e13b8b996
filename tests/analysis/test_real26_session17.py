"""Session 17, real26: causes found on the real general-news bench (bench/real-news). All sentences here are
written for these tests; no sentence is taken from the bench's articles."""
import pytest

from medialit import find_quotes

from support import cue_texts_and_sources as _cues


# --- names with the Arabic article in lower case, and an age opening the sentence -------------------------

@pytest.mark.parametrize("text, source", [
    ("Foreign Minister Samir al-Masri said the border would reopen.", "Samir al-Masri"),
    ("Nadia el-Khoury says the clinic has run out of insulin.", "Nadia el-Khoury"),
    ("Dr. Omar al-Hassan told reporters the ward was full.", "Omar al-Hassan"),
    ("The group al-Nour said it had not been consulted.", "al-Nour"),
])
def test_a_name_with_a_lower_case_article_speaks(text, source):
    assert _cues(text)[0][1] == source


def test_a_lower_case_word_with_al_before_a_hyphen_and_no_capital_is_no_name():
    assert _cues("They dined al-fresco by the harbour, she said.") == [("said", "she")]


@pytest.mark.parametrize("text, source", [
    ("Nineteen-year-old Tomas Brandt said he had slept in the car.", "Tomas Brandt"),
    ("Seventy-two-year-old Maud Fenwick says the bus never came.", "Maud Fenwick"),
])
def test_an_age_opening_the_sentence_is_no_part_of_the_name(text, source):
    assert _cues(text)[0][1] == source


def test_the_name_without_its_age_gives_the_quote_its_speaker():
    text = ("Fourteen-year-old Lina al-Sayed walked for two days to reach the camp.\n"
            "“We had nothing left to eat,” she said.")
    assert [q.speaker for q in find_quotes(text)] == ["Lina al-Sayed"]


# --- a linking adverb with no comma, then the subject, then an aside between commas -------------------------

@pytest.mark.parametrize("text, source", [
    ("However a council spokeswoman, in a statement on Friday, says the library will stay open.",
     "a council spokeswoman"),
    ("Meanwhile the union, citing its own survey, said most drivers backed the strike.", "the union"),
])
def test_a_subject_after_a_linking_adverb_keeps_its_verb_across_an_aside(text, source):
    sources = dict(_cues(text))
    assert sources.get("says", sources.get("said")) == source


def test_a_linking_adverb_set_off_by_its_own_comma_is_still_skipped():
    text = "Meanwhile, in a letter to members, the union said most drivers backed the strike."
    assert dict(_cues(text))["said"] == "the union"


# --- a broadcast story's hand-over line names where the reporter is, not what was reported -----------------

@pytest.mark.parametrize("text", [
    "Our correspondent Jo Fenn reports from Nairobi.",
    "The ferry sank overnight. Ravi Menon reports from the Red Sea port.",
    "Maria Costa reports from our West Africa bureau.",
])
def test_reports_from_a_place_is_no_cue(text):
    assert not [c for c in _cues(text) if c[0] == "reports"]


def test_reports_from_a_place_with_a_clause_is_still_a_cue():
    assert _cues("Jo Fenn reports from Nairobi that the border has closed.")[0] == ("reports", "Jo Fenn")


# --- "they" before a cue of a mind is never a group of things -----------------------------------------------

def test_they_believe_is_not_read_as_the_papers_thrown_before():
    text = "The protesters threw chairs, court documents and plates. They believe the budget ignores the poor."
    assert dict(_cues(text))["believe"] != "court documents"


def test_documents_still_show():
    text = "Court documents were filed on Monday. They show that the firm paid the bribe."
    assert dict(_cues(text))["show"] == "Court documents"


# --- the one cited after "citing" or "quoting" is a source too ---------------------------------------------

def _source_names(text, tmp_path):
    from medialit import find_sources, load_article
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return [s.name for s in find_sources(load_article(str(path)))]


@pytest.mark.parametrize("text, cited", [
    ("Harlow Foods will shut two bakeries, the paper reported, citing three people familiar with the plans.",
     "three people familiar with the plans"),
    ("The agency, quoting an official source in Mombasa, reports that the port has reopened.",
     "an official source in Mombasa"),
    ("The broadcaster said, citing Interfax, that the pipeline had been repaired.", "Interfax"),
])
def test_the_one_cited_is_a_source(text, cited, tmp_path):
    assert cited in _source_names(text, tmp_path)


def test_citing_a_concern_names_no_source(tmp_path):
    text = "Residents, citing concerns about traffic, said the road should stay closed."
    assert _source_names(text, tmp_path) == ["Residents"]


# --- a Title Case headline that leaves a preposition in lower case -----------------------------------------

@pytest.mark.parametrize("text, cue, source", [
    ("Ministry Denies Selling Rifles over the Border\n\nThe ministry denied the report on Friday.", "Denies", "Ministry"),
    ("Harbour Board Says Ferries Will Run after Storm\n\nFerries will run again.", "Says", "Harbour Board"),
])
def test_a_headline_with_a_lower_case_preposition_is_still_a_headline(text, cue, source):
    assert (cue, source) in _cues(text)
