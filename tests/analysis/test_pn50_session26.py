"""Session 26 (pn50): PolNeAR-style cue families. Every sentence here is invented for the test."""

import pytest
from support import cue_phrases, cues_and_sources


# A headline's label that names an outlet gives the source of the headline's claim.
@pytest.mark.parametrize("text, source", [
    ("Harbour Post: Ferry Fares Will Rise In Spring.\n\nThe ferry company plans new fares.", "Harbour Post"),
    ("AP: Ferry company moved money to a lobbyist.\n\nThe ferry company paid a lobbyist.", "AP"),
    ("Valley Newspaper: Mayor used a private email account.\n\nThe mayor denied it.", "Valley Newspaper"),
])
def test_a_headline_label_naming_an_outlet_is_a_colon_cue(text, source):
    assert (":", source) in cues_and_sources(text)


# Not a label that names no source, and not a label below the headline (the colon rules of earlier sessions).
@pytest.mark.parametrize("text", [
    "The Latest: Ferry fares rise in spring.\n\nThe ferry company plans new fares.",
    "Breaking: Ferry board replaces its chair.\n\nThe ferry board met today.",
    "Ferry fares rise.\n\nSome news: the ferry board met today.",
    "Observers: Ferry board will replace its chair.\n\nThe ferry board meets today.",
])
def test_a_headline_label_naming_no_source_is_no_cue(text):
    assert ":" not in cue_phrases(text)


# "Asked about X, Doe said ...": a question put on a topic, answered in the same sentence, is a cue with no source
# named; not when no answer is reported, and not "Asked about whether ..." (the real-article gold leaves it out).
def test_an_opening_asked_about_with_an_answer_is_a_cue():
    assert ("Asked about", None) in cues_and_sources("Asked about the ferry delay, the harbour master said it was fine.")


@pytest.mark.parametrize("text", [
    "Asked about the ferry delay, the room fell silent.",
    "Asked about whether the delay mattered, the harbour master said it was fine.",
    "Asked to leave, the harbour master refused.",
])
def test_asked_about_without_an_answer_or_before_whether_is_no_cue(text):
    assert not [c for c in cue_phrases(text) if c.lower().startswith("asked")]


# "cast X as Y" presents someone as something, like "portrayed X as Y": a cue, its source the one who cast.
@pytest.mark.parametrize("text, cue, source", [
    ("The harbour master cast himself as the ferry's defender.", "cast himself", "The harbour master"),
    ("The council leader has cast her rival as weak on ferries.", "cast her", "The council leader"),
])
def test_cast_as_is_a_cue(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


# Not the passive role of a film or play, nor a vote or doubt that is cast.
@pytest.mark.parametrize("text", [
    "She was cast as the ferry captain in the new film.",
    "Islanders cast their votes on Tuesday.",
    "The report cast doubt on the ferry figures.",
    "The ferry firm bought radio spots casting the harbour as a bargain.",
])
def test_cast_without_a_picture_given_is_no_cue(text):
    assert not [c for c in cue_phrases(text) if c.lower().startswith("cast")]
