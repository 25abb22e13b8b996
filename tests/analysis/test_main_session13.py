"""Session 13 (main engineer): a reporting verb's plain form read as a noun after a singular determiner and a
describing word ("A key highlight of"). All texts are invented."""

import pytest

from medialit import find_hedges, find_quotes

from support import cues_and_sources as _cues


@pytest.mark.parametrize("text", [
    "A key highlight of the new rules is a ban on hidden fees.",
    "One key highlight of the report is that sleep matters.",
    "A single call for calm came from the harbour office.",
    "A short mention of the plan appeared in the paper.",
    "An early pledge to cut fees was dropped.",
])
def test_a_plain_form_after_a_singular_determiner_and_a_word_is_a_noun(text):
    # Before: "highlight", "call for", "mention", "pledge" were read as verbs whose source was "A key", "A single" ...
    assert _cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    ("A spokesman said the ferry would run.", "said", "A spokesman"),  # a past form: a verb
    ("A spokesman for the port says the ferry will run.", "says", "A spokesman for the port"),
    ("Nearly a third say the ferry should run.", "say", "Nearly a third"),  # a quantity takes a plural verb
    ("Residents doubt it, and experts say that the ferry will run.", "say", "experts"),  # no determiner
])
def test_verbs_after_a_singular_subject_or_a_quantity_stay_cues(text, cue, source):
    assert (cue, source) in _cues(text)


def test_agreed_on_reports_a_shared_view_without_a_that_clause():
    # Before: "agreed" needed a that-clause, so "agreed on the need ..." was no cue.
    assert ("agreed on", "two unions") in _cues("The two unions agreed on the need for a new contract.")


def test_agreed_alone_still_needs_what_was_agreed():
    assert _cues("The two unions agreed.") == []


def test_another_before_a_plain_form_makes_it_a_noun():
    assert _cues("It was another call for calm from the harbour office.") == []


@pytest.mark.parametrize("text, source", [
    ("The self-described socialist said he would win the vote.", "The self-described socialist"),
    ("The long-serving mayor said she would stand again.", "The long-serving mayor"),
    ("So-called experts said the bridge was safe.", "So-called experts"),
    ("The re-elected mayor said she would stand again.", "The re-elected mayor"),
])
def test_a_hyphenated_ed_or_ing_word_is_an_adjective_in_a_source(text, source):
    # Before: "self-described" was read as a verb, and the sentence had no source at all.
    assert ("said", source) in _cues(text)


@pytest.mark.parametrize("text, cue, source", [
    ("Most of them said they had loved working at the mill.", "said", "Most of them"),
    ("Two of us thought the plan would fail.", "thought", "Two of us"),
    ("One driver praised the new road. Another said it was too narrow.", "said", "Another"),
])
def test_part_of_a_group_and_another_are_unnamed_sources(text, cue, source):
    assert (cue, source) in _cues(text)


def test_one_alone_is_no_source():
    # "one might think": mostly the generic "one", not a person of the story.
    assert _cues("Being at home, one might think the senator would fill the hall.") == []


@pytest.mark.parametrize("text, source", [
    ("“It will not be easy,” said Rep. Peter King.", "Peter King"),
    ("Sen. Ann Bishop said the vote was close.", "Ann Bishop"),
    ("“It is close,” said Deputy Prime Minister Jan Novak.", "Jan Novak"),
])
def test_a_job_word_after_a_form_of_address_and_a_given_name_is_a_surname(text, source):
    # Before: "King" and "Bishop" were read as the role, the name was lost and "said" had no source.
    assert ("said", source) in _cues(text)


@pytest.mark.parametrize("text, source", [
    ("In 2010 she said the plan would fail.", "she"),
    ("In May the council said the bridge would reopen.", "the council"),
    ("On March 3 officials said the bridge would reopen.", "officials"),
])
def test_an_opening_date_without_a_comma_is_skipped(text, source):
    # Before: "In 2010 she" and "In May the council" were no subjects (a year is no word), so no cue.
    assert ("said", source) in _cues(text)


def test_an_opening_place_without_a_comma_is_not_skipped():
    # A name may follow a place ("In Ohio the council"): no rule reads the subject there.
    assert _cues("In Ohio the council said the bridge would reopen.") == []


def test_a_comma_inside_a_closing_mark_ends_an_aside():
    # Before: the comma hidden inside “sham,” left no comma before "said", and "said" had no source.
    text = "Maria Lopez, who calls the plan a “sham,” said she would vote against it."
    assert ("said", "Maria Lopez") in _cues(text)


def test_a_quotation_that_opens_the_clause_is_still_what_is_said():
    text = "The crowd booed. (“We will not move,” said one farmer.)"
    assert ("said", "one farmer") in _cues(text)


def test_a_cue_phrase_ending_in_a_stranded_to_gives_no_words():
    # "which official he was referring to": the words referred to are only asked about.
    assert _cues("It was not clear which official the envoy was referring to.") == []
    assert ("referring to", "The envoy") in _cues("The envoy was referring to the attack, officials said.")


def test_defend_against_is_protection_not_words():
    # Before: "defend" was a cue of the ministers' words.
    assert _cues("The ministers discussed aid to help the island recover and defend against future attacks.") == []
    assert ("defended", "The mayor") in _cues("The mayor defended the plan against critics.")


def test_worried_with_a_clause_is_a_cue_and_without_one_is_not():
    assert ("worried", "Local farmers") in _cues("Local farmers worried that the new dam would flood their fields.")
    assert _cues("Local farmers worried about the new dam.") == []


def test_words_quoted_again_are_the_first_speakers():
    text = ("“The crew had finished two full checks of the hull,” the inspector told the committee. "
            "It was not clear whether the “two full checks” purportedly made were the ones the owners had asked for.")
    assert [q.speaker for q in find_quotes(text)] == ["the inspector", "the inspector"]


def test_a_title_in_marks_is_not_quoted_again():
    text = ("The actor said she grew up on “The Harbour Lights Family Show” with her sisters.\n\n"
            "A new run of “The Harbour Lights Family Show” starts in May.")
    # (session 23, quote42: the first, a show's title right after "on", is no longer a quote at all: is_title)
    assert [q.speaker for q in find_quotes(text)] == [None]


@pytest.mark.parametrize("text, flags", [
    ("Twenty-four percent said they would vote for the new mayor.", []),
    ("Six in 10 local voters said the bridge should reopen.", []),
    ("Nearly half said they would vote.", ["Nearly"]),  # the bound is still a hedge; the share is not vague
    ("Most voters say the bridge should reopen.", ["Most voters say"]),
])
def test_a_polls_measured_share_is_no_vague_source(text, flags):
    # hedge17's patch, applied by the main engineer: a share of a sample is a finding, not a vague crowd.
    assert [h.phrase for h in find_hedges(text)] == flags


def test_all_told_is_an_idiom_not_a_cue():
    assert _cues("They met twice. All told, the fund raised three million dollars.") == []
    assert ("told", "Officials") in _cues("Officials told reporters the fund had grown.")


@pytest.mark.parametrize("text, flagged", [
    ("Once he assumes office, he will face the budget.", False),
    ("She will assume the role of chair in May.", False),
    ("Many voters assume that taxes will fall.", True),
])
def test_assume_an_office_is_no_hedge(text, flagged):
    # (Since session 22, cue39, "Many voters assume that" is also a cue: its hedge is then the vague source with the
    # verb, "Many voters assume", so the word is looked for inside each flagged phrase.)
    assert any("assume" in h.phrase.lower() for h in find_hedges(text)) == flagged


@pytest.mark.parametrize("text", [
    "Nobody knew whether the union would endorse the mayor.",
    "Critics say the council should condemn the attack.",
])
def test_a_reporting_verb_after_would_or_should_is_not_yet_said(text):
    assert [c for c, _ in _cues(text) if c in ("endorse", "condemn")] == []


def test_a_reporting_verb_after_will_stays_a_cue():
    assert ("announce", "The council") in _cues("The council will announce that the bridge is safe.")


@pytest.mark.parametrize("text, flagged", [
    ("The government must rethink its strategy.", False),  # a duty laid on a body
    ("The new leaders must remember the lessons of the past.", False),
    ("A lasting truce must come before any talks.", True),  # necessity, left to the reader (as in the seed)
])
def test_must_after_a_job_or_a_body_is_a_duty_not_certainty(text, flagged):
    assert ("must" in [h.phrase for h in find_hedges(text) if h.kind == "booster"]) == flagged


def test_a_source_after_by_ends_before_about():
    # Before: the source ran on to "a reporter about the vote".
    text = "Maria Lopez was asked by a reporter about the vote. She laughed and said she would win."
    assert ("asked", "a reporter") in _cues(text)
