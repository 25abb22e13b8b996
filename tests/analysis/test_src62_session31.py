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
