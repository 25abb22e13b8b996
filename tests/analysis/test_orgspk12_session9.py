"""Session 9 (orgspk12): a quotation taken from a written text ("From the report: “...”")."""

from support import quotes_and_speakers as _speakers


def test_from_a_document_colon_gives_the_document():
    text = 'Jane Doe ran the panel. From the report: "Most web panels are not equal."'
    assert _speakers(text) == [("Most web panels are not equal.", "the report")]


def test_from_a_persons_post_gives_the_person_not_the_site():
    text = 'Aides say Governor Hal Roe will back Doe. From Roe\'s Facebook post: "We must unite now."'
    assert _speakers(text) == [("We must unite now.", "Hal Roe")]


def test_from_a_phrase_that_is_no_text_is_left_alone():
    text = 'Jane Doe spoke. From the start: "We will win."'
    assert _speakers(text) == [("We will win.", None)]


def test_a_cue_after_the_quotation_still_gives_the_speaker():
    text = 'Jane Doe wrote a memo. From the memo: "We will win," she said.'
    assert _speakers(text) == [("We will win,", "Jane Doe")]
