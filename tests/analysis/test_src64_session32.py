"""The sources list on general news (session 32, src64, issue 10).

Every sentence here was written for this test.
"""
from support import listed_sources


def _sources(text: str) -> list[str]:
    """The names of the article's listed sources."""
    return [name for name, _ in listed_sources(text)]


def test_a_bare_quantifier_source_is_the_group_named_before_it():
    text = ("Three aides described the meeting. One of the aides said Jo Hale argued for the fee; "
            "another said Tim Rusk worried about it.")
    assert "another" not in _sources(text) and "Three aides" in _sources(text)
    text = ("Some council officials believe the delay is small, one person familiar with the plan said, "
            "while others worry it will look weak.")
    assert "others" not in _sources(text) and "Some council officials" in _sources(text)
    # a group of people the text names as the subject before it: "with some worrying"
    text = "For years, scientists debated the best height for the wall, with some worrying that it would fail."
    assert "some" not in _sources(text)
    assert "scientists" in _sources(text)


def test_a_quantifier_with_no_group_or_a_singular_antecedent_stays_as_written():
    # no people noun before it: left as written
    assert _sources("Rivers Rise\n\nSome say the plan will fail.") == ["Some"]
    # the antecedent is a singular "one <word>": not the plural before it
    text = ("Lists of the richest families differ. While one company says there are 300 families, "
            "another says there are 200.")
    assert "families" not in " ".join(_sources(text))
    # an aside says what people in general think
    text = "The council's planners have the numbers. The scheme, many think, is too costly."
    assert "planners" not in " ".join(_sources(text))


def test_people_named_with_the_writers_i_are_sources():
    text = ("Rivers Are Warming\n\nRivers warm faster than the sea, as my co-authors Jo Hale, "
            "Tim Rusk and I argue in a new paper.")
    assert _sources(text) == ["Jo Hale", "Tim Rusk"]
    # a surname the names reader may not read as one is kept while one partner is a person it found
    text = ("Rivers Are Warming\n\nRivers warm faster than the sea, as my colleagues Jo Hale, "
            "Ada Pope and I argue in a new paper.")
    assert "Jo Hale" in _sources(text) and "Ada Pope" in " ".join(_sources(text))


def test_no_partner_without_a_list_joined_to_the_writer():
    text = "Rivers\n\nAfter Jo Hale left, I argued that rivers warm. Jo Hale's team and I argue that rivers warm."
    assert "Jo Hale" not in _sources(text)
    # the list stops at a phrase that is no name
    assert _sources("Rivers\n\nIn Paris, Jo Hale and I argued that rivers warm.") == ["Jo Hale"]


def test_the_bodies_a_document_source_names_as_its_makers_are_listed():
    text = ("Mayor Leads\n\nRents rose. Yet, a 2019 study by Harbor and the University of Kent at Canterbury "
            "found that rents rose.")
    names = _sources(text)
    assert "Harbor" in names and "University of Kent at Canterbury" in names
    text = ("Mayor Leads\n\nThe latest poll from the newspaper Vale Courier in co-operation with Harbor Research "
            "puts the mayor ahead.")
    assert "Harbor Research" in _sources(text)


def test_one_maker_or_and_inside_a_name_adds_no_body():
    text = "Rivers\n\nYet a study funded by the Center for Coastal and Marine Studies found that rivers warm."
    names = _sources(text)
    assert "Marine Studies" not in names and "Center for Coastal" not in names


def test_a_medium_keeps_its_title_through_in_the():
    text = "Reporters Killed\n\nTwo reporters were killed last year, according to the blog Voices in the Valley."
    assert _sources(text) == ["the blog Voices in the Valley"]
    # a lower-case word after "in the": the title ends before it
    text = "Reporters Killed\n\nTwo reporters were killed, according to the blog Voices in the spring."
    assert "the blog Voices in the spring" not in _sources(text)


def test_a_list_of_people_as_subject_is_listed_whole():
    assert _sources("Doctors, nurses and paramedics say the wards are full.") == ["Doctors, nurses and paramedics"]
    text = ("Rain fell. More than 200 doctors, nurses, porters and cleaners from across the region wrote a letter "
            "to the minister, in which they called for more beds.")
    assert _sources(text) == ["More than 200 doctors, nurses, porters and cleaners from across the region"]


def test_an_opening_phrase_is_no_list_of_people():
    assert _sources("In recent weeks, officials said the road is safe.") == ["officials"]
    assert _sources("Nevertheless, experts say the road is safe.") == ["experts"]
