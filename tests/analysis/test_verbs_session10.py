"""Two speech verbs added in session 10 from outlet-style texts: "appealed for" and "informed" (with a clause).

Every sentence here was written for this test.
"""
from medialit import find_attributions

from support import cues_and_sources as _cues


def test_a_police_appeal_is_a_cue():
    assert _cues("Detectives have appealed for anyone with dashcam footage to call them.") == [
        ("appealed for", "Detectives")]


def test_informed_with_a_clause_is_a_cue():
    assert _cues("The head teacher informed parents that the trip was cancelled.") == [
        ("informed", "The head teacher")]


def test_informed_as_an_adjective_is_no_cue():
    assert _cues("The budget needs an informed debate this spring.") == []


def test_a_view_held_by_no_one_named_is_an_agentless_cue():
    cues = find_attributions("The old pier is considered unsafe. Such weeds are recognised as a threat to rivers.")
    assert [(a.cue, a.source_kind) for a in cues] == [("is considered", "agentless"),
                                                     ("are recognised as", "agentless")]
