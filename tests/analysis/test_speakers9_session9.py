"""Regression tests for session 9's speaker rules (helper speakers9), on invented sentences."""

from medialit.analysis.speakers import SpeakerReader


def test_place_in_opening_phrase_is_not_the_pronouns_person():
    text = ("Outside the mill on Birch Road in the village of Santa Lucia, a welder named Tom Baker has only "
            "good things to say about his shift. “It is calm here,” he said.")
    assert SpeakerReader(text).speakers() == [("Tom Baker", "said")]


def test_place_and_state_after_a_second_comma_are_skipped():
    text = "At a fair in Elk Falls, S.C., Jim Roe defended the bill. “I was proud of it,” he said."
    assert SpeakerReader(text).speakers() == [("Jim Roe", "said")]


def test_phrase_not_opened_by_a_place_preposition_keeps_its_subject():
    # "After ..." is a clause of time with a subject of its own: the rule does not cut it
    text = "After Jim Roe spoke, the crowd left. “It went well,” he said."
    assert SpeakerReader(text).speakers() == [("Jim Roe", "said")]


def test_name_with_an_aside_after_the_opening_phrase_is_not_read_as_a_state():
    # ", Jim Roe, who ..." is the subject with an aside, not a state abbreviation after the place
    text = ("In the interview, Jim Roe, who backed Ann Lee in May, praised the plan. "
            "He said the plan was “a fine start.”")
    assert SpeakerReader(text).speakers()[0][0] == "Jim Roe"


def test_person_named_with_in_an_opening_phrase_stays_a_candidate():
    # "with Ann Lee" names a person, not a place: the rule drops only a name right after a place word
    text = ("In a talk with Ann Lee, the panel chair Jim Roe spoke of the plan. "
            "“It is a fine start,” she said.")
    assert SpeakerReader(text).speakers() == [("Ann Lee", "said")]


def test_place_in_opening_phrase_is_not_the_subject_of_a_quote_without_a_cue():
    text = "At the fair in the suburb of Santa Lucia, Jim Roe waved a sign with “Vote No” on it."
    assert SpeakerReader(text).speakers() == [("Jim Roe", None)]


def test_cue_in_a_relative_clause_without_a_comma_keeps_the_speaker():
    # "who has criticised" describes Jim Roe's appositive; the quotation after still runs on as his
    text = ("“Do they read the papers?” said Jim Roe, a state delegate and Smith supporter who has "
            "criticised the plan. “I doubt it.”")
    assert [s for s, _ in SpeakerReader(text).speakers()] == ["Jim Roe", "Jim Roe"]
