"""Session 8 speaker rules (helper speakers8), on sentences written for these tests (no article text)."""

from support import speakers


# Rule 1: a cue that closes its sentence is the cue of every quotation before it in that sentence.

def test_a_closing_said_gives_its_speaker_to_earlier_quotes_in_the_sentence():
    t = ("Lou Diaz spoke first.\n\n"
         "The banners read “Fair pay,” “Safe streets” and “Clean air,” said organiser Mia Holt.")
    assert speakers(t) == ["Mia Holt", "Mia Holt", "Mia Holt"]


def test_a_closing_cue_does_not_reach_across_a_dash_aside():
    # The first quotation sits before an aside in dashes: the closing cue is not its cue.
    t = ("Tom Reed spoke first. The plan is “a bad deal” -- a view Ann Cole shares -- and “a waste,” "
         "Mia Holt said.")
    assert speakers(t)[1] == "Mia Holt"
    assert speakers(t)[0] != "Mia Holt"


def test_a_closing_cue_does_not_reach_into_the_sentence_before():
    t = "Tom Reed called the vote “a loss.” The result was “a lesson,” said Mia Holt."
    assert speakers(t) == ["Tom Reed", "Mia Holt"]


# Rule 2: a job written without a comma between a name and the person ("Lee campaign spokesman Hal Roe").

def test_a_name_that_only_describes_a_job_gives_the_person_after_the_job():
    t = "Mayor Ann Lee won the seat.\n\n“We will build,” said Lee campaign spokesman Hal Gidley."
    assert speakers(t) == ["Hal Gidley"]


def test_a_name_followed_by_a_comma_aside_stays_the_speaker():
    t = "Mayor Ann Lee won the seat.\n\n“We will build,” said Lee, a former teacher."
    assert speakers(t) == ["Ann Lee"]


# Rule 3: a participle clause after the cue ("Lee said, adding that ...") keeps Lee as the one speaking.

def test_a_participle_after_the_cue_does_not_stop_the_next_paragraph_continuing():
    t = ("Mayor Ann Lee spoke on Monday. “We will win,” Lee said, adding that the team was ready.\n\n"
         "“We always are.”")
    assert speakers(t) == ["Ann Lee", "Ann Lee"]


def test_a_finite_verb_of_another_source_still_stops_the_run():
    t = ("Mayor Ann Lee spoke on Monday. “We will win,” Lee said, and Tom Reed added that the team was ready.\n\n"
         "“We always are.”")
    assert speakers(t)[1] != "Ann Lee"


# Rule 4: a paragraph of narration that opens with a person's name hands that person a paragraph that is
# only a quotation.

def test_a_paragraph_opened_by_a_name_gives_the_next_bare_quotation_to_that_person():
    t = "Ann Lee has fought the toll plan for a decade.\n\n“It is a waste of money.”"
    assert speakers(t) == ["Ann Lee"]


def test_a_paragraph_opened_by_a_possessive_name_gives_no_speaker():
    t = "Ann Lee’s plan has been fought for a decade.\n\n“It is a waste of money.”"
    assert speakers(t) == [None]


def test_a_paragraph_opened_by_she_gives_the_next_bare_quotation_to_her_person():
    t = ("Mayor Ann Lee spoke at the hall on Monday.\n\n"
         "She has fought the toll plan for a decade.\n\n“It is a waste of money.”")
    assert speakers(t) == ["Ann Lee"]


# Rule 5: an irregular past tense ends the opening subject ("The harbour board sent ...").

def test_an_irregular_past_tense_ends_the_opening_subject():
    t = "The harbour board sent every family a card with “urgent news.”"
    assert speakers(t) == ["The harbour board"]


def test_saw_ends_the_opening_subject_but_the_saw_is_a_noun():
    t = "The board saw the mayor as the driver to speed the “grandfather of the whole coast” into the new age."
    assert speakers(t) == ["The board"]


# Rule 6 (next error group): a cue whose source the cue reader left unread because a place opens the title.

def test_a_title_opened_by_a_place_still_gives_the_name_after_it():
    t = ("“The bridge will open in May,” said South Carolina Transport Board Chairman Hal Gidley. "
         "“Not a day later.”")
    assert speakers(t) == ["Hal Gidley", "Hal Gidley"]


def test_a_title_with_an_aside_after_the_name_still_gives_the_name():
    t = "“The bridge will open in May,” said former South Carolina Gov. Ann Lee, a supporter of the plan."
    assert speakers(t) == ["Ann Lee"]


def test_words_that_are_not_a_title_give_no_speaker_from_the_dropped_cue():
    t = "“The bridge will open in May,” said the talks with Ohio officials on Ann Lee."
    assert speakers(t) != ["Ann Lee"]


# Rule 7 (next error group): a cue set off by a comma at the end of its sentence reports the whole sentence.

def test_a_closing_cue_after_a_comma_gives_its_speaker_to_a_partial_quote_in_the_sentence():
    t = "Mayor Tom Reed spoke first. Only a “small handful” of the firms back the fair this year, Mia Holt said."
    assert speakers(t) == ["Mia Holt"]


def test_a_closing_said_with_an_aside_gives_its_speaker_to_the_sentence():
    t = ("Mayor Tom Reed spoke first. Turnout was “far above what anyone expected” in the north, said Mia Holt, "
         "a pollster at the university.")
    assert speakers(t) == ["Mia Holt"]


def test_a_closing_cue_does_not_take_a_quote_framed_by_another_verb():
    t = "Mayor Tom Reed spoke first. Ann Cole called the plan “a disaster” for the town, Mia Holt said."
    assert speakers(t) != ["Mia Holt"]


def test_a_cue_set_off_by_commas_in_mid_sentence_gives_its_speaker_to_the_quote_before_it():
    t = ("Mayor Tom Reed spoke first. “If the dam had not held” through the long storm of last winter, Mia Holt said on Monday, "
         "“the valley would be under water.”")
    assert speakers(t) == ["Mia Holt", "Mia Holt"]


def test_a_closing_according_to_gives_its_source_to_the_quote_in_the_sentence():
    t = ("Mayor Tom Reed spoke first. More than 900 people joined a city-wide “clean-up day” in the parks, "
         "according to Mia Holt, who runs the parks team.")
    assert speakers(t) == ["Mia Holt"]


def test_a_closing_cue_with_has_between_source_and_verb_gives_its_speaker():
    t = "Mayor Tom Reed spoke first. The office made a “mistake” in the permit for the new harbour wall, Mia Holt has said."
    assert speakers(t) == ["Mia Holt"]
