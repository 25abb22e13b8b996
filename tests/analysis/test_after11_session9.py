"""Session 9 (after11): a described speaker right after a quotation, and a written text that "read" its words.

Every sentence here is invented for these tests."""

from medialit import find_attributions

from support import speakers as _speakers


def test_described_person_with_place_after_quote_is_speaker():
    text = "The Daily Ledger ran a long piece on Tom Hale. “Why would anyone trust him?” a narrator in the ad asks."
    assert _speakers(text) == ["a narrator in the ad"]


def test_my_possessive_after_quote_is_speaker_with_adverb():
    text = "Tom Hale grew up on a farm. “Work never ends,” my father often said."
    assert _speakers(text) == ["my father"]


def test_described_aide_with_preposition_phrase():
    text = "Ann Roe met the governor. “We are in trouble,” one aide to the governor wrote."
    assert _speakers(text) == ["one aide to the governor"]


def test_name_after_quote_still_wins():
    text = "Ann Roe spoke on Monday. “We will win,” the Acme chief said."
    assert _speakers(text) == ["the Acme chief"]


def test_clause_between_quote_and_verb_is_not_a_source():
    text = "Tom Hale grew up on a farm. “Work never ends” for action, but the pastor said no."
    assert _speakers(text) == [None]


def test_document_that_read_is_speaker():
    text = "Ann Roe spoke on Monday. “The plan failed,” the article read."
    assert _speakers(text) == ["the article"]
    assert [a.source for a in find_attributions(text)] == ["the article"]


def test_inverted_read_gives_the_email():
    text = "Ann Roe spoke. “We won,” read the email."
    assert _speakers(text) == ["the email"]


def test_person_reading_is_no_cue():
    assert find_attributions("Ann Roe read the memo on Monday.") == []
    text = "Ann Roe read “The Road” to her class."
    assert all(a.source != "Ann Roe" or "read" not in text[a.start:a.end] for a in find_attributions(text))


def test_he_after_a_text_that_read_is_the_person_quoted_before():
    text = ("“We can still win,” said Senator Tom Hale. The race is close. Polls vary. Turnout is low. Rain is due. "
            "“Give today,” the email read. “It is a long road,” he said.")
    assert _speakers(text) == ["Tom Hale", "the email", "Tom Hale"]


def test_a_sign_that_read_keeps_no_speaker():
    assert _speakers("The sign read “Keep out.”") == [None]
