"""Sources found on general news (session 28, src55, issue 10): families of missed sources counted across the batches.

Every sentence here was written for this test.
"""
from support import listed_sources, source_kinds


def _sources(text: str) -> list[str]:
    """The names of the article's listed sources."""
    return [name for name, _ in listed_sources(text)]


def test_initials_the_text_spells_out_are_one_source_under_the_full_name():
    text = "Harbour Rescue Volunteers (HRV) run the lifeboat. HRV said two swimmers were brought ashore."
    assert _sources(text) == ["Harbour Rescue Volunteers"]
    assert source_kinds("Headline\n\n" + text)["Harbour Rescue Volunteers"] == "named group"


def test_people_from_a_body_named_by_its_initials_get_the_body_s_full_name():
    text = ("Staff of the Northern Flood Agency’s (NFA) river office met the council. "
            "Representatives from NFA praised the new barrier.")
    assert _sources(text) == ["Representatives from the Northern Flood Agency"]


def test_initials_never_spelled_out_stay_as_written():
    assert _sources("UN officials said the convoy had reached the town.") == ["UN officials"]
    # a person "of" the initials is the person, not a group of people from the body
    assert "Ilse Varga" in _sources("Ilse Varga of the Harbour Rescue Volunteers (HRV) said the sea was calm.")


def test_a_verb_of_finding_with_a_finding_as_its_object_makes_its_subject_a_source():
    assert _sources("Researchers have found evidence of frost damage in the old vines.") == ["Researchers"]
    assert _sources("Scientists discover how bats steer in the dark") == ["Scientists"]
    assert _sources("Police have found no evidence of a break-in at the depot.") == ["Police"]


def test_a_verb_of_finding_with_a_thing_as_its_object_or_a_pronoun_subject_gives_no_source():
    assert _sources("Divers found the anchor near the pier.") == []
    assert _sources("Engineers discovered a crack in the hull.") == []
    assert _sources("They found evidence of frost damage.") == []
    assert _sources("Growers found it hard to hire pickers.") == []


def test_a_paragraph_opening_with_a_person_and_ending_with_a_colon_makes_the_person_a_source():
    text = "The harbour closed on Monday.\n\nTomas Brenn salutes the crews for their patience:\n\nThey waited all night."
    assert "Tomas Brenn" in _sources(text)
    text = "The harbour closed on Monday.\n\nAnd Tomas Brenn cannot see why it shut at all:\n\nIt was calm."
    assert "Tomas Brenn" in _sources(text)


def test_a_colon_paragraph_of_two_sentences_or_without_a_name_first_gives_no_source_for_its_first_name():
    text = "The Harbour Gazette spoke with Tomas Brenn, a diver. He has seen the wreck:\n\nIt lies on its side."
    assert "Harbour Gazette" not in _sources(text)
    text = "The port's new chief, Tomas Brenn, set up:\n\nA night ferry and a second crane."
    assert _sources(text) == []
    # a copula is no verb of saying, and one word of a longer name opening a list is no person speaking
    assert _sources("Tomas Brenn is a ferry captain on the night route. Listen to him below:\n\nAudio.") == []
    assert _sources("The ferry leads our Harbour Rankings again.\n\nRankings did not change from last week:\n\n1 Ferry.") \
        == []


def test_bodies_listed_before_the_last_one_of_a_trailing_cue_are_sources_too():
    text = "The harbour will close, the Gazette, Courier and Sun report."
    assert {"Gazette", "Courier", "Sun"} <= set(_sources(text))
    text = "The camp was full, Oxfam, Save the Children and the Red Cross said."
    assert {"Oxfam", "Save the Children", "Red Cross"} <= set(_sources(text))


def test_no_body_is_listed_from_a_clause_before_the_and():
    assert _sources("After the storm hit Kent and the Red Cross said it would send tents, the camp grew.") == ["Red Cross"]
    assert _sources("The camp is full, the Red Cross said.") == ["Red Cross"]
    # one body's name with "and" inside is no list of two
    assert "Harbour Sport" not in _sources("In a statement, the Harbour Sport and Rowing Committee said the race was off.")
    # the list ends where an item has no comma before it: "Monday" is the clause's, not a body
    found = _sources("In a joint statement on Monday, Norway, Chile and Kenya said the treaty was dead.")
    assert {"Norway", "Chile", "Kenya"} <= set(found) and "Monday" not in found
    assert _sources("Speaking in Tromsø, Oxfam and the Red Cross said the camp was full.") == ["Oxfam", "Red Cross"]
