"""probe42, session 23 (issue 10, cause 4): a personal pronoun must resolve to a person, never to the place or body
named after "of"/"from" with a person's name ("Senator Joan Pike of Ohio ... She said"). All text here is invented."""

from support import cues_and_sources, quotes_and_speakers

LEAD = "Rain fell on Monday. "


def test_she_after_a_name_of_a_place_is_the_person():
    text = LEAD + "Senator Joan Pike of Ohio criticised the bill. She told reporters it was \"a disgrace.\""
    assert cues_and_sources(text) == [("criticised", "Joan Pike"), ("told", "Joan Pike")]
    assert quotes_and_speakers(text) == [("a disgrace.", "Joan Pike")]


def test_he_after_a_name_from_a_town_is_the_person():
    text = LEAD + "Dan Cole from Dunmore praised the plan. “It is a good day,” he said."
    assert quotes_and_speakers(text) == [("It is a good day,", "Dan Cole")]
    text = LEAD + "Senator Jo Doe of Vermont said the bill was bad. She added it was late."
    assert cues_and_sources(text) == [("said", "Jo Doe"), ("added", "Jo Doe")]


def test_a_second_persons_full_name_after_of_is_still_a_person():
    # two words after "of": a name of its own, not a place; the pronoun still takes the sentence's subject
    text = LEAD + "Ann Lee spoke to the staff of Tom Ray. She said the talks had failed."
    assert cues_and_sources(text)[-1] == ("said", "Ann Lee")


def test_a_name_with_a_place_word_and_a_role_after_it_is_a_person():
    # "Park", "Street" are place words too; a job in the apposition after the full name makes it a person's
    text = LEAD + "Nina Park, MP for Westmoor, spoke after Brightwater Energy cut jobs. She said the firm had broken its word."
    assert cues_and_sources(text) == [("said", "Nina Park")]
    text = LEAD + "Ann Street, the chief executive of Acme, spoke. “Prices will rise,” she said."
    assert quotes_and_speakers(text) == [("Prices will rise,", "Ann Street")]


def test_a_role_that_opens_the_next_clause_is_no_apposition():
    text = LEAD + "Appearing on Radio Solent, the Prime Minister said it was fine."
    assert cues_and_sources(text) == [("said", "the Prime Minister")]


def test_a_role_that_titles_the_next_name_leaves_the_name_before_it_alone():
    # main engineer, session 23: the apposition rule read "Harbour News, the transport minister," as a person, so
    # "she replied" went to the channel; the role belongs to the name after it
    text = LEAD + ("Speaking to Harbour News, the transport minister, Mara Quill, said the line would open. "
                   "Asked if she would resign, she replied that she would not.")
    assert ("replied", "Mara Quill") in cues_and_sources(text)
