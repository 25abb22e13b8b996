"""Session 9 (orgs11) rules on organisations, groups and documents as speakers, on sentences written for these tests."""

from support import speakers


def test_the_institution_noun_keeps_its_phrase_when_the_organisation_is_named_deep_in_a_sentence():
    # The college is what the paper wrote about, not the paper: "the newspaper" stays as written.
    t = "The paper urged the mayor to think again about the funds for Harlow College. “The town needs a plan,” the newspaper said."
    assert speakers(t) == ["the newspaper"]


def test_the_institution_noun_takes_an_organisation_that_opens_its_sentence():
    t = "In a letter, Harbour Rail Ltd asked the city for new funds. “The line needs a plan,” the company said."
    assert speakers(t) == ["Harbour Rail Ltd"]


def test_the_institution_noun_takes_an_organisation_whose_name_holds_that_noun():
    # Named deep in the sentence, but "the group" and "Harlow Group" say the same thing.
    t = "Elk Falls sold the old mill to the Harlow Group last year. “We will hire locals,” the group said."
    assert speakers(t) == ["Harlow Group"]


def test_a_named_persons_campaign_or_lawyers_speak_as_themselves():
    # The campaign (or the lawyers) did the accusing, not the candidate: the phrase is the speaker.
    t = "Jane Doe’s campaign took the rare step of accusing the mayor of “plain theft.”"
    assert speakers(t) == ["Jane Doe’s campaign"]
    t = "Jane Doe’s lawyers relied on old rulings to defend the view that she is “a resident.”"
    assert speakers(t) == ["Jane Doe’s lawyers"]


def test_a_named_persons_plan_is_still_that_persons_words():
    assert speakers("Jane Doe’s plan wants “no talks”.") == ["Jane Doe"]
    assert speakers("Jane Doe’s plan took aim at “waste” in the budget.") == ["Jane Doe"]


def test_sharp_or_loud_speech_verbs_next_to_a_quotation_name_the_speaker():
    assert speakers("Ann Lee spoke first. “Sit down,” Tom Hale shot back.") == ["Tom Hale"]
    assert speakers("Ann Lee spoke first. “We won!” exclaimed Tom Hale.") == ["Tom Hale"]
    assert speakers("Ann Lee spoke first. “Not now,” Tom Hale retorted.") == ["Tom Hale"]
    assert speakers("Ann Lee spoke first. Tom Hale interjected: “That is not true.”") == ["Tom Hale"]


def test_went_on_is_a_cue_only_with_a_quotation():
    from medialit import find_attributions
    assert speakers("“We need a plan,” Ann Lee said. “The roads are a mess,” Tom Hale went on.") == ["Ann Lee", "Tom Hale"]
    assert [a.cue for a in find_attributions("Tom Hale went on to win the race in May.")] == []


def test_a_statement_saying_belongs_to_whoever_issued_it():
    from medialit import find_attributions
    # The office put the statement out: its words are the office's, not "a statement"'s.
    t = "His office put out a statement saying the town “cannot pay.”"
    assert speakers(t) == ["His office"]
    assert [(a.cue, a.source) for a in find_attributions(t)] == [("saying", "His office")]
    # A short "when" between the document and the participle does not hide the issuer.
    t = "Acme Corp released a statement on Monday saying the mill was “safe.”"
    assert [(a.cue, a.source) for a in find_attributions(t)] == [("saying", "Acme Corp")]


def test_a_document_from_a_subject_that_is_no_source_noun_keeps_its_reading():
    from medialit import find_attributions
    t = "The storm left a note saying the road was “closed.”"
    assert [a.source for a in find_attributions(t)] == ["a note"]


def test_a_name_in_an_opening_phrase_is_not_the_subject_when_a_person_opens_the_rest():
    t = "Facing doubts about Ann Lee’s appeal, Mayor Tom Hale is rolling out a new message: “It is about me.”"
    assert speakers(t) == ["Tom Hale"]
    t = "After Ann Lee died in 1998, Tom Hale released the following words: “We will miss her.”"
    assert speakers(t) == ["Tom Hale"]


def test_an_as_phrase_that_attributes_keeps_its_name():
    # "As Lee puts it," is an attribution of its own: the opening phrase is not skipped.
    t = "As Ann Lee puts it, Tom Hale is making the town “an offer it cannot refuse.”"
    assert speakers(t) == ["Ann Lee"]


def test_a_clause_verb_after_a_quotation_and_a_described_source_is_a_cue():
    # "asked"/"added" need a clause or a quotation: the quotation just before, then "a Democratic staffer".
    t = "Tom Hale showed a clip.\n\n“Will he be the next judge?” a Democratic staffer asked."
    assert speakers(t) == ["a Democratic staffer"]
    t = "Tom Hale showed a clip.\n\n“Sit down,” the former state senator added."
    assert speakers(t) == ["the former state senator"]


def test_a_clause_verb_with_an_object_is_still_no_cue():
    from medialit import find_attributions
    assert [a.cue for a in find_attributions("The cook added the salt to the soup.")] == []


def test_a_job_in_lower_case_before_a_name_after_a_quotation_keeps_the_cue():
    t = "Tom Hale spoke.\n\n“But why?” reporter Ann Lee asked him."
    assert speakers(t) == ["Ann Lee"]
