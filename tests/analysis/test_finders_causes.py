"""Regression tests for the speaker and cue causes of issue 10, on text written for these tests."""

from medialit import find_attributions

from support import cues_and_sources as cues, quotes_and_speakers as quotes


# -- cause 5: doubled marks are double quotation marks -------------------------------------

def test_two_apostrophes_quote_and_the_inverted_speaker_is_found():
    text = "''We rebuilt the pier in a year,'' said Nora Quill, a harbour engineer. It's done."
    assert quotes(text) == [("We rebuilt the pier in a year,", "Nora Quill")]
    assert [(a.cue, a.source) for a in find_attributions(text)] == [("said", "Nora Quill")]


def test_ap_doubled_closing_mark_ends_the_quotation():
    text = "“The pier is safe,’’ Nora Quill said. The council then said repairs would start."
    assert quotes(text) == [("The pier is safe,", "Nora Quill")]
    assert [a.cue for a in find_attributions(text)] == ["said", "said"]


def test_single_apostrophes_are_still_not_quotations():
    assert quotes("Rock 'n' roll came back in the '90s, and it's loud.") == []


# -- causes 1 and 2: "Name, role, verb" after a quotation; questions; carried-over speakers ---

def test_title_words_and_a_comma_aside_between_quote_and_verb():
    text = "“The bridge will open in May,” City Works Director Omar Reyes, a civil engineer, said on Monday."
    assert quotes(text) == [("The bridge will open in May,", "Omar Reyes")]


def test_short_bracket_after_a_name_does_not_cut_the_subject_from_its_verb():
    text = "“We need the votes,” Sen. Ruth Ambler (D-Ore.), a committee member, said."
    assert quotes(text) == [("We need the votes,", "Ruth Ambler")]
    assert [a.source for a in find_attributions(text)] == ["Ruth Ambler"]


def test_a_quoted_question_goes_with_the_verb_after_it():
    text = "Mayor Lena Ortiz spoke first. “Who will pay for this?” Ortiz asked. “Nobody knows.”"
    assert quotes(text) == [("Who will pay for this?", "Lena Ortiz"), ("Nobody knows.", "Lena Ortiz")]


def test_quote_after_a_reported_sentence_keeps_its_speaker():
    text = "Lena Ortiz said the budget was tight. “We cut every line.”\n\nThe council met later."
    assert quotes(text) == [("We cut every line.", "Lena Ortiz")]


def test_paragraph_opening_with_a_quotation_continues_the_previous_speaker():
    text = ("“We cut every line,” Lena Ortiz said.\n\n“And we will cut more next year.”\n\n"
            "The council met later. “Nobody asked us,” a resident complained.\n\n“It is unfair.”")
    found = quotes(text)
    assert found[:2] == [("We cut every line,", "Lena Ortiz"), ("And we will cut more next year.", "Lena Ortiz")]
    assert found[-1] == ("It is unfair.", "a resident")  # the unnamed resident's phrase carries over too


def test_narration_between_paragraphs_stops_the_carry_over():
    text = "“We cut every line,” Lena Ortiz said.\n\nThe council then voted. “It passed.”"
    assert quotes(text)[-1] == ("It passed.", None)


# -- cause 3: an organisation speaks through "the force", "the company" -------------------------

def test_the_institution_noun_resolves_to_the_organisation_named_before():
    text = "Harbour Rail Ltd cancelled trains on Friday. “Safety comes first,” the company said."
    assert quotes(text) == [("Safety comes first,", "Harbour Rail Ltd")]
    # Session 15: the attribution names the organisation too, as it names the person a pronoun stands for;
    # its span still marks the words the text uses.
    [attribution] = find_attributions(text)
    assert (attribution.source, attribution.source_kind) == ("Harbour Rail Ltd", "named group")
    assert text[attribution.source_start:attribution.source_end] == "the company"


def test_the_institution_noun_with_no_organisation_before_stays_as_written():
    text = "Trains were cancelled on Friday. “Safety comes first,” the company said."
    assert quotes(text) == [("Safety comes first,", "the company")]


def test_a_place_or_document_after_an_inverted_source_is_not_part_of_it():
    text = "“We were not involved,” said the Harbour Trust in a press release on Monday."
    assert [a.source for a in find_attributions(text)] == ["Harbour Trust"]


# -- cause 7: belief and intention verbs for people; more verbs of speech -----------------------

def test_belief_and_intention_verbs_count_for_a_person():
    assert cues("Mayor Lena Ortiz wants a new bridge. She hopes work starts soon.") == [
        ("wants", "Lena Ortiz"), ("hopes", "Lena Ortiz")]


def test_belief_and_intention_verbs_need_a_person_as_subject():
    assert cues("The new plan wants more money.") == []
    # a body holds a stance too (session 18): its stated wish is its own
    assert cues("The firm hopes to grow.") == [("hopes", "The firm")]


def test_new_speech_verbs_with_their_frames():
    assert cues("“We won,” Lena Ortiz tweeted.") == [("tweeted", "Lena Ortiz")]
    assert cues("Lena Ortiz continued, “We will build it.”") == [("continued", "Lena Ortiz")]
    assert cues("The rain continued all week.") == []  # no quotation or that-clause: not speech


def test_a_dash_and_a_name_after_a_quotation_attribute_it():
    text = "Readers wrote in.\n“He is not fit to lead.” ― Carla Sanchez\n“We deserve better.”― Ana Ruiz.\n“Enough,” ― and then she left."
    assert quotes(text) == [("He is not fit to lead.", "Carla Sanchez"), ("We deserve better.", "Ana Ruiz"), ("Enough,", None)]
    assert [(a.cue, a.source, a.direct) for a in find_attributions(text)] == [
        ("―", "Carla Sanchez", True), ("―", "Ana Ruiz", True)]


def test_a_name_and_a_colon_opening_a_line_attribute_what_follows():
    text = "Lorna Vale: “We will win the seat.”\n\nNote: the figures are provisional.\nAt 10:30 the polls closed."
    assert quotes(text) == [("We will win the seat.", "Lorna Vale")]
    assert [(a.cue, a.source) for a in find_attributions(text)] == [(":", "Lorna Vale")]
