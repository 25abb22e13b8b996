"""Attribution cues changed in session 12 (cue16, issue 10): what each rule catches and what it must not.

Every sentence here was written for this test.
"""

from support import cues_and_sources as cues


# --- a subject right after a scene-setting opening is no aside, whatever asides follow it ---

def test_a_subject_with_an_acronym_and_an_aside_after_an_opening_keeps_its_cue():
    text = ("In a new paper, researchers from the Institute of Tides and Harbours (ITH), part of the Coastal "
            "Office, argue that the sea wall failed.")
    assert cues(text) == [("argue", "researchers from the Institute of Tides and Harbours")]


def test_the_same_subject_with_only_the_aside_keeps_its_cue():
    text = "During the hearing, scientists at the Port Board, part of the city council, warned that the dock leaks."
    assert cues(text) == [("warned", "scientists at the Port Board")]


def test_a_job_aside_after_a_name_is_still_skipped():
    text = "On Monday, Lena Hart, director of the Harbour Trust, said the dock leaks."
    assert cues(text) == [("said", "Lena Hart")]


def test_and_between_lower_case_words_still_ends_the_phrase():
    # "and" joins a source phrase only inside a name ("the Institute of X and Y"); here no subject is read,
    # rather than a phrase run over "and" (a gap the learner sees, not a wrong source).
    text = "Yesterday, workers at the depot and drivers, part of the union, said that pay was late."
    assert cues(text) == []


# --- a noun subject after a clause verb needs an auxiliary of its own ---

def test_found_with_an_object_and_an_as_clause_is_no_finding():
    text = "Guards found the boxes as they were being carried ashore."
    assert cues(text) == []


def test_found_with_a_noun_clause_is_still_a_finding():
    text = "Inspectors found the pumps had failed twice."
    assert cues(text) == [("found", "Inspectors")]


def test_said_with_a_noun_clause_is_unchanged():
    assert cues("Tom Bray said the ferry would sail at noon.") == [("said", "Tom Bray")]


# --- a noun for evidence heading the phrase before a cue is its source ---

def test_research_before_a_verb_is_the_source_as_written():
    text = "The tide tables were wrong for years, and this research repeats the case for new gauges."
    assert cues(text) == [("repeats", "research")]


def test_records_before_show_are_the_source():
    assert cues("Donors gave twice the legal limit, the council's own records show.") == [
        ("show", "the council's own records")]


def test_evidence_inside_another_cue_stays_that_cue_only():
    assert cues("The harbour master says an internal review shows no one was hurt.") == [
        ("says", "The harbour master")]


def test_evidence_after_a_describing_word_is_no_head():
    found = cues("But an aide familiar with the harbour board's investigation said the files were lost.")
    assert found == [("said", "an aide familiar with the harbour board's investigation")]


# --- a mostly-noun form right before a reporting verb is the verb's subject, not a cue ---

def test_comments_before_confirm_are_a_noun():
    found = cues("But the recent Harbour Board comments confirm what the skippers said last month.")
    assert "comments" not in [c for c, _ in found]


def test_a_report_before_found_is_a_noun():
    found = cues("A 2019 Port Authority report found that the wall was weak.")
    assert [c for c, _ in found] == ["found"]


def test_a_verb_form_before_its_object_is_still_a_cue():
    assert cues("Lena Hart runs the ferry. She comments on the harbour every week.") == [("comments", "Lena Hart")]
    assert cues("Tom Bray reported that the wall was weak.") == [("reported", "Tom Bray")]


# --- a time phrase between a noun and ", who" is not the relative clause's subject ---

def test_a_time_phrase_before_who_is_skipped():
    text = "Lena Hart said she had met the port officials on Monday, who had assured her that the boats were safe."
    assert ("assured", "officials") in cues(text)


def test_without_the_time_phrase_the_noun_is_found_as_before():
    text = "Lena Hart said she had met the port officials, who had assured her that the boats were safe."
    assert ("assured", "officials") in cues(text)


def test_a_quotation_after_the_paragraph_keeps_the_main_speaker_not_the_relative_clause():
    from medialit import find_quotes
    text = ("Lena Hart said she had met the port officials on Monday, who had assured her that the boats were safe.\n\n"
            "“We are doing all we can to keep the harbour open,” she added later.\n\n"
            "Tom Bray said he had spoken to the port officials, who had assured him the ferry would sail.\n\n"
            "“Nobody will be left behind.”")
    assert [q.speaker for q in find_quotes(text)] == ["Lena Hart", "Tom Bray"]


# --- "declined" before a figure is a fall, not a refusal ---

def test_a_figure_that_declined_is_no_cue():
    assert cues("Ferry fares declined 12 percent last year.") == []
    assert cues("Harbour fees declined to $3 million in 2020.") == []


def test_a_refusal_is_still_a_cue():
    assert cues("Lena Hart declined to comment on the fares.") == [("declined to comment", "Lena Hart")]


# --- a mostly-noun form is a verb only after a helping word, "to" or a subject pronoun ---

def test_a_report_after_a_name_or_a_preposition_is_a_noun():
    assert cues("A new Harbour Trust report compares fares on six routes.") == []
    assert cues("Lena Hart spoke highly of the ferry in remarks after the meeting.") == []


def test_the_verb_after_a_helping_word_or_a_pronoun_is_still_a_cue():
    assert cues("Lena Hart would not comment on the fares.") == [("would not comment", "Lena Hart")]
    assert ("report", "they") in [(c, s) for c, s in cues("Each week they report that the fares rose.")]
