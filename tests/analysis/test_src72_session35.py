"""Sources and cue sources in institutional and wire texts (session 35, src72, issue 10).

Every sentence here was written for this test.
"""
from support import cue_texts_and_sources, listed_sources


def _source_of(text: str, cue: str) -> str | None:
    """The source of the last cue whose words are ``cue``."""
    return [source for words, source in cue_texts_and_sources(text) if words == cue][-1]


def test_a_title_with_a_prepositions_tail_describes_the_person_named():
    # no article: the armed services' and agencies' "Name, commander of ..."
    text = ("Lt. Col. Dana Preble, commander of the 4th Signal Battalion, said the drill went well. "
            "The commander added that the new radios had worked.")
    assert _source_of(text, "added") == "Dana Preble"
    # an article and a tail longer than the old pattern's three words
    text = ("Mr. Okafor, the acting administrator of the Inland Waterways Board, said the locks are safe. "
            "The administrator added that the gates were checked in May.")
    assert _source_of(text, "added") == "Okafor"


def test_a_copula_after_a_name_that_opens_its_sentence_describes_that_person():
    text = ("Farmers in the valley are planting beans. Ruth Amadi is a food security expert with the Lakeshore "
            "Farm Trust in Kisumu. She says thieves take maize first. The expert suggests this is because beans "
            "must be dried before they are eaten.")
    assert _source_of(text, "suggests") == "Ruth Amadi"


def test_a_description_that_is_not_the_names_stays_as_written():
    # the copula belongs to the sentence's subject, not to the name inside it
    text = ("A profile of Dana Preble is the opening piece of the magazine. "
            "The editor said the issue sold out.")
    assert _source_of(text, "said") == "The editor"
    # a clause word after the comma opens no description
    text = ("Tom Greaves, who led the office of planning for a decade, retired in May. "
            "The planner said the town had changed.")
    assert _source_of(text, "said") != "Tom Greaves"


def test_an_assessments_maker_is_a_source():
    text = ("Lizards Pose Little Risk\n\nThe lizards in the reserve present a low risk to visitors, according to a "
            "new assessment by Coastal Survey and Wetland Service scientists.")
    names = [name for name, _ in listed_sources(text)]
    assert "Coastal Survey and Wetland Service" in names
