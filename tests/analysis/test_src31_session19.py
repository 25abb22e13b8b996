"""Session 19, src31: cue -> right source and sources found on general news (wire, local, feature shapes).
All text here is invented for these tests."""

from support import cues_and_sources


# --- ", and said": the second verb shares the first verb's subject, not the subject inside its report -----------

def test_and_said_after_a_quotation_takes_the_speaker_not_the_reported_subject():
    # "has supported" opens what Reid said and is no cue of its own; it must not lend "and said" its subject.
    text = ('Shadow housing minister Anna Reid said her party has supported the plan "for months", and said it '
            'was "shameful that the ministry has not acted".')
    assert [s for c, s in cues_and_sources(text) if c == "said"] == ["Anna Reid", "Anna Reid"]


def test_a_second_verb_after_a_reported_stance_with_its_own_subject_still_reads_that_subject():
    text = "Council leader Tom Vance said he supports the scheme, and warned that costs would rise."
    assert [s for c, s in cues_and_sources(text)] == ["Tom Vance", "Tom Vance"]


# --- "The commission concluded": a body the text brought in by its common noun, not the organisation before it --

def test_the_noun_of_an_unnamed_body_brought_in_before_is_not_the_organisation_that_opens_the_sentence():
    text = ("The Football League published the findings of the independent commission on Tuesday. It found the club "
            "guilty. The commission concluded that the rules had been broken.")
    assert [s for c, s in cues_and_sources(text) if c == "concluded"] == ["The commission"]


def test_a_business_noun_after_an_epithet_still_means_the_company():
    text = "Acme Foods reported a loss. Shares in the troubled company fell. The company said sales would recover."
    assert [s for c, s in cues_and_sources(text) if c == "said"] == ["Acme Foods"]


def test_a_bare_the_noun_before_still_means_the_organisation():
    text = "Halvex Group named a new board. The board approved the deal. The group said the deal was final."
    assert [s for c, s in cues_and_sources(text) if c == "said"] == ["Halvex Group"]
