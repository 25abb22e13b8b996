"""Session 19 (cue31): attribution cues that general news uses and the cue finder missed.

Every sentence here is written for these tests (none is taken from a development text).
"""

from support import cue_texts_and_sources, cues_and_sources


def test_a_speakers_suspicion_realisation_or_observation_in_their_quotation_is_their_cue():
    text = "“I suspect the council will wait until spring,” said Mara Lind, a local builder."
    assert ("suspect", "Mara Lind") in cues_and_sources(text)
    text = "“We realize the figures can only be checked next year,” said Tom Achebe."
    assert ("realize", "Tom Achebe") in cues_and_sources(text)
    text = "“I noticed the ferry was late every Friday,” said Tom Achebe."
    assert ("noticed", "Tom Achebe") in cues_and_sources(text)
    text = "“The bridge held, and I view that as a tribute to the crews,” said Tom Achebe."
    assert ("view", "Tom Achebe") in cues_and_sources(text)


def test_a_suspect_or_a_view_that_is_no_speakers_verb_is_no_cue():
    text = "“The suspect ran and we noticed.” said Tom Achebe. “I like the view from the hill,” he added."
    assert not any(cue in ("suspect", "noticed", "view") for cue, _ in cues_and_sources(text))
    text = "Police said the suspect had fled. We view the hills from the bridge."
    assert not any(cue in ("suspect", "view") for cue, _ in cues_and_sources(text))
