"""Session 15 (cue22): "sounded" reports words only in its fixed frames of speech.

Every sentence here is invented for the test.
"""

import pytest

from support import cues_and_sources as cues


# "sounded off (on)", "sounded a (cautious) note / warning / call" and "sounded the alarm" put a view
# into words: a cue with the subject as its source.
@pytest.mark.parametrize("text, found", [
    ("The mayor sounded a cautious note about the budget on Monday.", [("sounded", "The mayor")]),
    ("Jane Doe sounded off on the new parking rules.", [("sounded", "Jane Doe")]),
    ("Union leaders sounded the alarm about job losses at the depot.", [("sounded", "Union leaders")]),
    ("He sounds a note of warning about the ferry fares.", [("sounds", "He")]),
])
def test_sounded_in_a_frame_of_speech_is_a_cue(text, found):
    assert cues(text) == found


# A noise, a seeming and "sound" the adjective are no one's words.
@pytest.mark.parametrize("text", [
    "The siren sounded at noon.",
    "It sounded like a good plan to the crew.",
    "She sounded tired after the match.",
    "The fire alarm was sounded by a porter.",
    "The bell sounds every hour.",
])
def test_sounded_as_a_noise_or_a_seeming_is_no_cue(text):
    assert cues(text) == []


def test_sound_the_adjective_leaves_only_the_real_cue():
    assert cues("It is a sound plan, the mayor said.") == [("said", "the mayor")]
