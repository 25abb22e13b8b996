"""The sources list on general news (session 31, src62, issue 10).

Every sentence here was written for this test.
"""
from support import listed_sources


def _sources(text: str) -> list[str]:
    """The names of the article's listed sources."""
    return [name for name, _ in listed_sources(text)]


def test_a_description_whose_people_follow_it_between_commas_lists_the_people():
    # "They" goes to the description; the people it names, between commas, are the sources
    text = "The firm's two founders, Jo Hale and Tim Rusk, left in May. They say the board forced them out."
    assert listed_sources(text) == [("Jo Hale", "named person"), ("Tim Rusk", "named person")]
    text = "The firm's founders, Jo Hale, Tim Rusk and Ann Poe, left in May. They say the board forced them out."
    assert _sources(text) == ["Jo Hale", "Tim Rusk", "Ann Poe"]
    # the description as the verb's own subject
    assert _sources("Two local experts, Jo Hale and Tim Rusk, say the dam is safe.") == ["Jo Hale", "Tim Rusk"]


def test_a_description_keeps_its_name_when_no_list_of_people_follows_it():
    # a piece that is no person
    assert _sources("The founders, Jo Hale and others, left in May. They say the board forced them out.") == [
        "founders"]
    # an aside with its own verb, not an apposition
    assert _sources("Officials, Jo Hale said, are worried about the dam.") == ["Jo Hale"]
    # "officials" named much earlier may be other officials by the time they speak
    text = ("Two officials, Jo Hale and Tim Rusk, met the mayor on Monday. The dam was shut. "
            "Later, officials said the dam was safe.")
    assert _sources(text) == ["officials"]
    # after "according to", the names past its comma open the clause: they are its subject, not the documents
    text = "According to court papers, Jo Hale and Tim Rusk, with two others, planned the fraud."
    assert "Jo Hale" not in _sources(text)


def test_a_document_or_inquiry_with_a_phrase_before_its_verb_is_a_source():
    # the phrase between the noun and its verb hid the verb's subject
    assert _sources("The inquiry into the crash found that the pilot was tired.") == ["The inquiry into the crash"]
    assert _sources("An audit of the council's accounts uncovered a gap of two million pounds.") == [
        "An audit of the council's accounts"]
    assert _sources("New figures out today show that rents rose by a third.") == ["New figures"]
    assert _sources("Court documents filed on Friday allege that the mayor lied.") == ["Court documents"]
    assert _sources("A report, published today, warns that rents will rise.") == ["A report"]
    # a clause after "but", or after a reporting verb with no "that"
    assert _sources("The town was flooded, but analysis of the river gauges identified a fault at the weir.") == [
        "analysis of the river gauges"]
    assert _sources("Residents say the inquiry into the fire has found nothing new.") == [
        "Residents", "the inquiry into the fire"]


def test_a_document_noun_is_no_source_where_it_does_not_head_the_verbs_subject():
    assert _sources("The report was found in a drawer.") == []  # a passive
    assert not any("report" in name for name in _sources("In the report, officers found a leak."))  # in a phrase
    assert _sources("The report of the council was late and officers found the leak.") == ["officers"]
    assert _sources("The council hired teams that review reports of damage.") == []  # verbs, not nouns
    assert _sources("Companies report their profits each quarter.") == []
    assert _sources("An average of 10 percent of voters reported problems.") == []  # the voters reported
    assert _sources("The evidence for the last claim was a video.") == []  # "claim" is a noun here
    assert _sources("Watch the full video of the match.") == []


def test_a_poll_that_gives_or_puts_a_figure_is_a_source():
    assert _sources("A new Harbor Institute poll gives the mayor a narrow lead.") == ["A new Harbor Institute poll"]
    assert _sources("The latest survey puts support for the plan at 40 percent.") == ["The latest survey"]
    assert _sources("The report gives no reason for the delay.") == []  # only a poll's figures


def test_the_bodies_a_document_comes_from_are_its_sources():
    text = "The survey is from the Harbour Institute and the Lake Trust. Most people back the plan, it says."
    assert listed_sources(text)[:2] == [("Harbour Institute", "named group"), ("Lake Trust", "named group")]
    assert _sources("The figures came from the Office of Rents.") == ["Office of Rents"]
    assert _sources("The new survey is from the Harbour Institute’s Coastal Project and the Lake Foundation.") == [
        "Harbour Institute’s Coastal Project", "Lake Foundation"]
    # a place, a month, a time or a relative is no author
    for text in ("The data are from Iowa.", "The survey is from May.", "The letter was from his mother.",
                 "The report is from last year."):
        assert _sources(text) == [], text
