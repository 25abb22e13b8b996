"""Session 21 (cue36): families of attribution cues missed or wrongly found on general news. Sentences written for
these tests."""

from support import cue_texts_and_sources


def test_provided_evidence_with_a_describing_word_is_a_cue_with_a_clause():
    assert cue_texts_and_sources("The results provided clear evidence that most drivers slow down near schools.") == [
        ("provided clear evidence", "The results")]
    assert cue_texts_and_sources("The audit provides strong evidence that the grants were misspent.") == [
        ("provides strong evidence", "The audit")]


def test_evidence_handed_over_is_no_cue():
    assert cue_texts_and_sources("The firm provided new evidence to the court on Monday.") == []
