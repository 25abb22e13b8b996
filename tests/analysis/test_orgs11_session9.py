"""Session 9 (orgs11) rules on organisations, groups and documents as speakers, on sentences written for these tests."""

from medialit import find_quotes


def speakers(text: str) -> list:
    return [q.speaker for q in find_quotes(text)]


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
