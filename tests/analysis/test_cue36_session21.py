"""Session 21 (cue36): families of attribution cues missed or wrongly found on general news. Sentences written for
these tests."""

from support import cue_texts_and_sources, phrases_of_kind


def test_provided_evidence_with_a_describing_word_is_a_cue_with_a_clause():
    assert cue_texts_and_sources("The results provided clear evidence that most drivers slow down near schools.") == [
        ("provided clear evidence", "The results")]
    assert cue_texts_and_sources("The audit provides strong evidence that the grants were misspent.") == [
        ("provides strong evidence", "The audit")]


def test_evidence_handed_over_is_no_cue():
    assert cue_texts_and_sources("The firm provided new evidence to the court on Monday.") == []


def test_a_speakers_certainty_inside_their_quotation_is_their_view():
    text = '"We are sure that the ferry left late," Ada Brook said.'
    assert ("are sure", "Ada Brook") in cue_texts_and_sources(text)
    text = "\u201cI\u2019m quite confident the bridge will open in May,\u201d said Tom Pike."
    assert ("\u2019m quite confident", "Tom Pike") in cue_texts_and_sources(text)


def test_certainty_with_no_clause_or_with_not_is_no_cue():
    for text in ('"We are confident in our players," Ada Brook said.',
                 '"I am not sure that it works," Ada Brook said.',
                 '"Are you sure?" Ada Brook asked.'):
        assert [cue for cue, _ in cue_texts_and_sources(text)] in (["said"], ["asked"]), text


def test_in_my_opinion_inside_a_quotation_is_the_speakers_view():
    text = '"The ferry has done a good job, in my opinion, since the storm," Ada Brook said.'
    assert ("in my opinion", "Ada Brook") in cue_texts_and_sources(text)
    assert [cue for cue, _ in cue_texts_and_sources("Brook said that in his opinion the ferry was late.")] == ["said"]


def test_a_refused_act_is_no_cue():
    assert cue_texts_and_sources("The province refused to arrest the two generals.") == []
    assert cue_texts_and_sources("Governments can refuse to surrender suspects.") == []
    assert cue_texts_and_sources("Twenty protesters refused to leave the lobby of the hotel.") == []


def test_a_refusal_to_speak_or_back_someone_stays_a_cue():
    assert cue_texts_and_sources("Mayor Ana Lopez refused to comment.") == [("refused to comment", "Ana Lopez")]
    assert [cue for cue, _ in cue_texts_and_sources("Ana Lopez refused to endorse the new plan.")] == ["refused to endorse"]


def test_agreed_to_is_a_commitment_given():
    assert cue_texts_and_sources("The rebel forces agreed to withdraw from the valley by June.") == [
        ("agreed to", "The rebel forces")]
    assert [cue for cue, _ in cue_texts_and_sources("Both unions agreed that the offer was fair.")] == ["agreed"]


def test_agree_to_in_the_present_is_no_cue():
    assert cue_texts_and_sources("Talks will go on unless the unions agree to end the strike.") == []


def test_a_passive_judgement_with_to_be_is_an_agentless_cue():
    assert cue_texts_and_sources("The court will try the men held to be responsible for the fire.") == [
        ("held to be", None)]
    assert cue_texts_and_sources("The owners have now been found to have broken the rules.") == [
        ("found to have", None)]


def test_a_finding_to_have_is_no_hedge_but_held_to_be_is():
    assert phrases_of_kind("The owners have now been found to have broken the rules.") == []
    assert phrases_of_kind("The court will try the men held to be responsible for the fire.") != []


def test_agreed_to_a_thing_is_no_cue():
    assert cue_texts_and_sources("The two sides agreed to a ten-day truce.") == []
    assert cue_texts_and_sources("The firm agreed to the terms on Friday.") == []
