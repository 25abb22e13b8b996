"""Session 26 (pn50): PolNeAR-style cue families. Every sentence here is invented for the test."""

import pytest
from support import cues_and_sources


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
    assert not [c for c, _ in cues_and_sources(text) if c == ":"]
