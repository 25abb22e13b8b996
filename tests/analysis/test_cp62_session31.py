"""Cue precision and cue sources on general news (session 31, cp62, issue 10).

Every sentence here was written for this test.
"""
from support import cue_texts_and_sources


def test_an_office_with_a_field_after_for_or_and_is_the_whole_title():
    # the capitalised field after "for" (and after "and" inside it) is the office's, not a person's name
    assert cue_texts_and_sources("The Commissioner for Trade said the quota would stay.") == [
        ("said", "The Commissioner for Trade")]
    assert cue_texts_and_sources("The Secretary of State for Schools said the exams would go ahead.") == [
        ("said", "The Secretary of State for Schools")]
    assert cue_texts_and_sources("The Minister for Housing and Planning said the rules would change.") == [
        ("said", "The Minister for Housing and Planning")]
    assert cue_texts_and_sources(
        "The Secretary of State for Rivers and Inland Waters announced a review of the locks.") == [
        ("announced", "The Secretary of State for Rivers and Inland Waters")]


def test_a_title_before_a_person_or_joined_to_one_still_gives_the_person():
    assert cue_texts_and_sources("Minister for Ports Ann Lee said the quay would reopen.") == [("said", "Ann Lee")]
    assert cue_texts_and_sources(
        "Former Minister of Works and party hopeful Ann Lee said the quay would reopen.") == [("said", "Ann Lee")]
    assert cue_texts_and_sources("Sources for the mayor said the quay would reopen.") == [
        ("said", "Sources for the mayor")]


def test_they_after_an_amount_that_rose_or_fell_is_not_that_amount():
    # "Fares rose ... They said": fares say nothing; the pronoun stays as written
    assert cue_texts_and_sources("Bus fares rose sharply in March. They said the rise would not last.") == [
        ("said", "They")]
    assert cue_texts_and_sources("Ticket prices fell last year. They said the hall was too cold.") == [
        ("said", "They")]
    # people whose verb is any other still take the "they"
    assert cue_texts_and_sources("Local bakers are worried. They said flour costs too much.") == [
        ("said", "Local bakers")]
    assert cue_texts_and_sources("Harbour officials fell silent. They said nothing more.")[0][1] == "Harbour officials"


def test_the_agent_after_by_ends_before_its_own_occasion():
    assert cue_texts_and_sources("The cuts were described by the mayor in her budget speech as painful.") == [
        ("described", "the mayor")]
    assert cue_texts_and_sources("The figure was cited by the ferry firm in its yearly report.") == [
        ("cited", "the ferry firm")]
    # a place that belongs to the agent stays ("in the" is no owner's word)
    assert cue_texts_and_sources("The plan was endorsed by the 300 farmers in the hall.") == [
        ("endorsed", "the 300 farmers in the hall")]


def test_a_participle_of_occurrence_then_places_then_the_verb_is_no_cue():
    # "cases reported in X in 2013 are": where the cases occurred, not who reported them
    cues = [c for c, _ in cue_texts_and_sources("All the flu cases reported in the valley in 2013 were mild.")]
    assert "reported" not in cues
    cues = [c for c, _ in cue_texts_and_sources("Frogs found within the wetland are thought to be rare.")]
    assert "found" not in cues
    assert not cue_texts_and_sources("The cases reported in 12 towns were mild.")
    # a verb of the sentence: a subject after the time, a "that", a stance's participle (PolNeAR marks those)
    assert cue_texts_and_sources("Two papers reported on Monday the council had lost the files.")[0] == (
        "reported", "Two papers")
    assert cue_texts_and_sources("Inspectors found in May that the pier was unsafe.")[0] == ("found", "Inspectors")
    assert ("rejected", "The bus plan") in cue_texts_and_sources("The bus plan rejected on Monday was a cheap one.")


def test_a_quoted_report_subject_starts_after_a_full_stop():
    # "... from a neighbour. Our surveys show that": the subject is "Our surveys" (the speaker's), never the words
    # of the sentence before
    found = cue_texts_and_sources(
        "“People repeat what they have heard from a neighbour. Our surveys show that rumours spread fast,” "
        "said Jo Reed.")
    assert ("show", "Jo Reed") in found
    assert not any(source and "neighbour" in source for _, source in found)
    # initials and titles with a full stop stay inside the subject
    found = cue_texts_and_sources("“The U.K. survey shows that rumours spread fast,” said Jo Reed.")
    assert ("shows", "The U.K. survey") in found


def test_lower_case_news_shows_are_programmes():
    assert not cue_texts_and_sources("In March, the army stopped the station's TV news shows, which had run for years.")
    # a publisher's capital keeps the finding
    assert cue_texts_and_sources("A poll by Kent Radio News shows the mayor ahead.")[0][0] == "shows"


def test_a_said_aside_inside_a_relative_clause_leaves_the_relative_its_noun():
    # "studies that the panel says refute": the studies refute, the panel says so
    found = cue_texts_and_sources("The summary lists studies that the panel says refute the claims.")
    assert ("says", "the panel") in found and ("refute", "studies") in found
    found = cue_texts_and_sources("The paper cites surveys which the union says show that pay fell.")
    assert ("says", "the union") in found and ("show", "surveys") in found


def test_our_study_in_a_quotation_is_the_speakers_body_when_the_text_names_it():
    text = ("Jo Reed from the Harbour Health Institute says doctors are still trusted.\n\n"
            "JO REED: “People check what they have heard from a neighbour. Our studies show that doctors come first.”")
    assert ("show", "Harbour Health Institute") in cue_texts_and_sources(text)
    # a place after "of" is no body: the speaker keeps it
    text = "Jo Reed of Kentville says doctors are trusted. “Our studies show that doctors come first,” Reed said."
    assert ("show", "Jo Reed") in cue_texts_and_sources(text)
