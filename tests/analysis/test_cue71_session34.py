"""Attribution cues on general news: gratitude voiced to a person or a body ("The mayor thanked the volunteers") is a
cue of the one who thanks (lexicon row "thanked", frame "person"; session 34, cue71, issue 10).

Every sentence here was written for this test.
"""
from support import cue_texts_and_sources


def test_thanked_is_a_cue_of_its_subject():
    text = "The fire chief thanked the lifeboat crews for their work during the storm."
    assert cue_texts_and_sources(text) == [("thanked", "The fire chief")]


def test_also_thanked_after_a_title_keeps_the_title_as_source():
    text = "The Chief Constable also thanked local shop owners in a week in which two shops were burgled."
    assert cue_texts_and_sources(text) == [("thanked", "The Chief Constable")]


def test_thanking_in_a_running_report():
    text = "Mayor Ada Finch is thanking volunteers at a picnic in Lowmoor Park."
    assert cue_texts_and_sources(text) == [("thanking", "Ada Finch")]


def test_thanks_the_noun_is_no_cue():
    # "thanks" is not a form of the row: mostly the noun
    assert cue_texts_and_sources("Thanks to the rain, the reservoir at Lowmoor is full again.") == []


def test_thanked_needs_a_person_or_body_as_subject():
    # the "person" frame: a storm thanks no one
    assert cue_texts_and_sources("The storm thanked nobody in the valley.") == []


def test_expressed_thanks_stays_no_cue():
    # session 20's rule: thanks expressed as a noun phrase is still no cue
    assert cue_texts_and_sources("She expressed her thanks for the support of the club.") == []
