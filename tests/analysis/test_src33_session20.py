"""Session 20, src33: who a cue belongs to, and the list of sources, on general news.
All text here is invented for these tests."""

from medialit import find_sources, load_article
from support import cues_and_sources, cues_sources_and_kinds, speakers


def source_names(text: str) -> list[str]:
    return [s.name for s in find_sources(load_article(text))]


# --- "The World Food Programme, WFP, says": a body's initials in commas after its name --------------------------

def test_initials_in_commas_after_a_body_are_its_source():
    text = "The Harbour Relief Fund, HRF, says about 300 families have left. HRF says more will follow."
    assert cues_sources_and_kinds(text) == [("says", "HRF", "named group"), ("says", "HRF", "named group")]
    assert source_names(text) == ["HRF"]


def test_letters_after_a_person_in_commas_are_no_initials_of_a_source():
    assert cues_and_sources("Jane Doe, MP, said the road was dangerous.") == [("said", "Jane Doe")]


# --- a headline's last word is no part of the name spelled out in the next paragraph ----------------------------

def test_a_spelled_out_name_never_reaches_into_the_headline():
    text = "Food Prices Rise\n\nThe Grain Relief Agency (GRA) says prices are rising. GRA says more help is needed."
    assert [s for _, s in cues_and_sources(text)] == ["Grain Relief Agency", "Grain Relief Agency"]


# --- the writer's own "I" in a signed piece --------------------------------------------------------------------

def test_the_writers_i_in_a_signed_piece_is_the_writer():
    text = ("Why the ferry matters\n\nRuth Ellery, Lecturer in Transport, Northgate University\n\n"
            "The ferry carries 4,000 people a day. During one crossing, I remarked that the timetable was absurd.")
    assert cues_sources_and_kinds(text) == [("remarked", "Ruth Ellery", "named person")]


def test_an_i_inside_a_quotation_in_a_signed_piece_stays_the_speakers():
    text = ("Why the ferry matters\n\nBy Ruth Ellery\n\n"
            "“I believe the ferry will close,” said the captain, Tom Hale.")
    assert ("believe", "Ruth Ellery") not in cues_and_sources(text)


def test_an_unsigned_piece_or_two_writers_leave_i_as_written():
    unsigned = "Why the ferry matters\n\nThe ferry carries 4,000 people a day. I remarked that the timetable was absurd."
    two = ("Why the ferry matters\n\nBy Ruth Ellery and Tom Hale\n\n"
           "The ferry carries 4,000 people a day. I remarked that the timetable was absurd.")
    assert cues_and_sources(unsigned) == cues_and_sources(two) == [("remarked", "I")]


# --- a wire lede's "A senior official ..., saying", named in the next sentence -----------------------------------

LEDE = ("A senior Canadian official has given new details of the ferry collision, saying the crew ignored a warning. "
        "Speaking to a Senate committee on Tuesday, Transport Minister Helen Varga said the warning came at 3 a.m.")


def test_a_ledes_unnamed_official_is_the_person_named_in_the_next_sentence():
    assert cues_and_sources(LEDE) == [("saying", "Helen Varga"), ("said", "Helen Varga")]


def test_a_spokesperson_in_the_lede_is_not_the_next_person_named():
    text = ("A Treasury spokesman declined to comment on the deal. "
            "Finance Minister Helen Varga said the deal was legal.")
    assert cues_and_sources(text)[0] == ("declined to comment", "A Treasury spokesman")


def test_an_official_later_in_the_story_is_not_the_next_person_named():
    text = "The ferry sank on Monday. " + LEDE
    assert cues_and_sources(text)[0] == ("saying", "A senior Canadian official")


# --- "The study's authors say ... . ... . They say": a plural of people who spoke up to three sentences back ------

def test_they_goes_back_to_the_authors_past_sentences_with_no_speaker():
    text = ("The survey's authors say most rivers are polluted. The findings were published on Monday. "
            "The survey has prompted calls for new laws. They say farms are the main cause.")
    assert cues_and_sources(text)[-1] == ("say", "The survey's authors")


def test_they_does_not_go_back_past_four_sentences():
    text = ("The survey's authors say most rivers are polluted. The findings were published on Monday. "
            "The rain came late. The survey has prompted calls for new laws. They say farms are the main cause.")
    assert cues_and_sources(text)[-1] == ("say", "They")


# --- "X met Y. The leaders ... They agreed": a plural that stands for the two people just named -------------------

def test_the_leaders_after_a_sentence_naming_two_people_are_those_two():
    text = ("Prime Minister Ana Lopez met President Jan Novak in Rome on Monday. The leaders welcomed the new deal. "
            "They agreed that trade should grow.")
    # (session 33, cue65: "welcomed the new deal" is a cue of its own now, a stance voiced; the pair is its source too)
    assert cues_and_sources(text) == [("welcomed", "Ana Lopez and Jan Novak"), ("agreed", "Ana Lopez and Jan Novak")]


def test_the_leaders_after_three_people_stay_a_group():
    text = ("Prime Minister Ana Lopez met President Jan Novak and Chancellor Eva Berg in Rome. "
            "The leaders welcomed the new deal. They agreed that trade should grow.")
    # (session 33, cue65: "welcomed the new deal" is a cue now; "They" is the group as that cue gives it)
    assert cues_and_sources(text) == [("welcomed", "The leaders"), ("agreed", "The leaders")]


def test_they_after_someone_else_spoke_is_no_longer_the_pair():
    text = ("Prime Minister Ana Lopez met President Jan Novak in Rome on Monday. The leaders welcomed the new deal. "
            "They agreed that trade should grow. Trade envoy Tom Reed said the deal was weak. They agreed to meet again.")
    assert [s for _, s in cues_and_sources(text)][-1] != "Ana Lopez and Jan Novak"


# --- "Residents of Eastfield said": the place of the ones who speak is no person -----------------------------------

def test_a_place_after_residents_of_is_no_person_a_pronoun_can_mean():
    text = "Residents of Eastfield said the road was dangerous. He said the council had been warned."
    from medialit.analysis.names import find_people
    assert [p.kind for p in find_people(text) if p.name == "Eastfield"] != ["person"]
    assert cues_and_sources(text)[1] != ("said", "Eastfield")


def test_a_senator_of_a_state_is_still_the_senator():
    assert cues_and_sources("Senator Jo Hart of Vermont said the bill was dead.") == [("said", "Jo Hart")]


# --- "“...,” he said" past a "they" that spoke since the person was named -----------------------------------------

def test_he_said_goes_back_past_a_they_to_the_last_named_speaker():
    text = ("Tom Varga arrived two months ago from the north. He says life in the camp is hard. "
            "The best they can hope for is work in the fields.\n\n"
            "“We are here doing nothing. We wait. We sleep. We wait again,” he said.")
    assert speakers(text) == ["Tom Varga"]


# --- a block quotation after a colon: its "I" is who the paragraph before introduced --------------------------------

def test_the_i_of_a_block_quotation_is_the_person_introduced_before_the_colon():
    text = ("Rosa Lind of the Open Net Trust had fought the filter for years. She sees the result as vindication:\n\n"
            "I believe many readers woke up to what was at stake.")
    assert cues_and_sources(text)[-1] == ("believe", "Rosa Lind")


def test_the_i_after_a_paragraph_with_no_colon_stays_as_written():
    text = ("Rosa Lind of the Open Net Trust had fought the filter for years.\n\n"
            "I believe many readers woke up to what was at stake.")
    assert cues_and_sources(text)[-1] == ("believe", "I")


# --- "He moved to the U.S. Wilmot Doe said": a new sentence after the initials, a person named first there ---------

def test_a_person_named_first_right_after_the_us_ending_a_sentence():
    assert cues_and_sources("In 1994 he moved to the U.S. Ansel Moreau said he was grateful.") == [("said", "Ansel Moreau")]


def test_a_body_after_the_us_is_no_person_named_first():
    text = "The complaint went to the U.S. Justice Department said to be slow, and to the U.S. Navy Times."
    from medialit.analysis.names import find_people
    assert "Justice Department" not in [p.name for p in find_people(text) if p.kind == "person"]


def test_a_block_quotation_in_a_signed_piece_is_the_introduced_persons_not_the_writers():
    text = ("Why the ferry matters\n\nRuth Ellery, Lecturer in Transport, Northgate University\n\n"
            "Tom Hale has run the ferry for years. He sees the cuts as a betrayal:\n\n"
            "I believe the island will empty within a decade.")
    assert cues_and_sources(text)[-1] == ("believe", "Tom Hale")
