"""Session 16 (cue23): attribution cues and sources PolNeAR marks and the finder missed, on invented sentences."""

from support import cues_and_sources as _cues


def test_quick_to_is_part_of_the_verb_group():
    # "was quick to add": the subject stands before "was quick to", as before "continued to"
    assert _cues("Mayor Ann Lee was quick to add that the ferry would run.") == [("add", "Ann Lee")]
    assert _cues("The ferry operators were quick to point out that fares had fallen.") == [("point out", "The ferry operators")]
    # "quick" as a plain adjective before a noun is no part of it
    assert _cues("Mayor Ann Lee made a quick visit to the harbour.") == []


def test_a_text_released_on_a_day_is_the_subject():
    # "the order released Friday said": the participle and its time phrase describe the noun before them
    assert _cues("The order released Friday said the harbour may reopen.") == [("said", "The order")]
    assert _cues("A campaign leaflet released on Monday accuses Mayor Ann Lee of waste.") == [("accuses", "A campaign leaflet")]
    assert _cues("Prisoners released last week said they were beaten.") == [("said", "Prisoners")]
    # the participle as the sentence's own verb keeps its subject
    assert _cues("Mayor Ann Lee released a statement on Friday saying the ferry would run.")[0][1] == "Ann Lee"


def test_a_headline_label_read_only_in_part_still_names_its_person():
    # the name finder reads "Ann" alone in the headline (a show "Morning Ann" names someone "Ann" too)
    t = ("Ann Marlowe: The Ferry Levy Is ‘Disqualifying.’\n\nAnn Marlowe, host of the radio show “Morning Ann,” "
         "suggested the levy was a mistake.\n\n“It is breathtaking,” Marlowe said.\n")
    assert _cues(t)[0] == (":", "Ann Marlowe")


def test_the_people_a_cause_leads_to_speak_are_the_source():
    assert _cues("The defeat will force Senator Ann Lee to acknowledge that the plan failed.") == [("acknowledge", "Ann Lee")]
    assert _cues("The closure left many residents to wonder what went wrong.") == [("wonder", "many residents")]
    assert _cues("The vote prompted the mayor to call for calm.") == [("call for", "the mayor")]
    # a permission is no cause of words, and a pronoun between is left alone
    assert _cues("The deal allowed the group to continue its attacks.") == []
    assert _cues("The ruling led her to declare victory.") == []


def test_an_opening_gerund_takes_the_subject_of_the_clause_after_it():
    assert _cues("In describing the new bridge, Mayor Ann Lee said it would open in May.") == [
        ("describing", "Ann Lee"), ("said", "Ann Lee")]
    assert ("talking about", "Lee") in _cues("After talking about the harbour, Mr. Lee suggested that the ferry could wait.")
    # no cue after the phrase: no subject is borrowed
    assert _cues("After posting the photos, the council closed the harbour.") == []


def test_a_text_posted_somewhere_keeps_its_phrase_as_the_source():
    assert _cues("A statement posted on the council website said the ferry would run.") == [
        ("said", "A statement posted on the council website")]


def test_a_comma_inside_doubled_apostrophes_closes_an_aside():
    # some papers print quotation marks as two apostrophes: ''The Tide,'' closes the aside as “The Tide,” does
    assert _cues("Ann Lee, a host of ''The Tide,'' refused to go along with the plan.") == [("refused", "Ann Lee")]
    assert _cues("Ann Lee, a host of “The Tide,” refused to go along with the plan.") == [("refused", "Ann Lee")]


def test_a_quotation_before_as_is_what_the_clause_reports():
    t = "He repeated the words “I can't breathe,” as Eric Doe, gasping on a sidewalk, said before he died."
    assert ("said", "Eric Doe") in _cues(t)


def test_a_lower_case_role_of_two_nouns_before_an_inverted_name():
    assert _cues("“We are ready,” said former secretary of state Jane Doe.") == [("said", "Jane Doe")]
    assert _cues("“Thanks for coming,” said master of ceremonies Ann Lee, a retired engineer.") == [("said", "Ann Lee")]


def test_calling_something_the_name_given_to_it():
    assert _cues("Critics call it the end of the ferry.") == [("call", "Critics")]
    assert _cues("Mayor Ann Lee calls Kentville her home town.") == [("calls", "Ann Lee")]
    # a telephone call on a day is no label
    assert _cues("Mayor Ann Lee called the harbour master the next day.") == []


def test_a_clause_without_that_may_open_with_a_name():
    assert _cues("Ted Roe thinks Ann Lee will win the seat.") == [("thinks", "Ted Roe")]
    assert _cues("Some veteran councillors think it will not.") == [("think", "councillors")]
    assert _cues("Ted Roe thinks Ann Lee’s lead in Kentville is safe.") == [("thinks", "Ted Roe")]
    # a name as the object stays an object; a view inside another cue's words is that cue's
    assert _cues("Ann Lee added Tom Roe to the list.") == []
    assert _cues("Ted Roe told reporters he thinks Ann Lee will win.") == [("told", "Ted Roe")]


def test_asking_a_named_body_to_act_or_a_question_with_an_adverb():
    assert _cues("Elias has asked the Supreme Court to intervene.") == [("asked", "Elias")]
    assert _cues("The host kept asking Ann Lee pointedly whether she would run.") == [("asking", "The host")]


def test_the_subject_of_an_ed_verb_further_back_before_and():
    t = "The local paper obtained a copy of the harbour report and said it was late."
    assert _cues(t) == [("said", "The local paper")]


def test_a_share_of_people_opening_the_clause_is_an_unnamed_source():
    assert _cues("Most of the harbour board had endorsed the plan.") == [("endorsed", "Most of the harbour board")]
    assert _cues("A majority of her backers say they plan to vote for her.") == [("say", "A majority of her backers")]
    assert _cues("Each side said the other would be responsible.") == [("said", "Each side")]
    # a relative clause's verb, or a share inside another cue's words, is left alone
    assert _cues("A majority of those who said they would vote stayed home.") == []
    assert _cues("Mayor Ann Lee said, a majority of residents have come to believe the ferry is safe.") == [
        ("said", "Ann Lee")]
    # the phrase must reach its noun: in "Some of the honest voices ..." the noun is no cue
    assert _cues("Some of the honest voices on the council left.") == []
