"""Session 15 (helper src20): source and speaker resolution in general news copy. All texts are invented
for these tests."""

from medialit import find_attributions, find_quotes


def _cues(text: str) -> list[tuple[str, str | None]]:
    return [(a.cue, a.source) for a in find_attributions(text)]


def test_a_cue_inside_the_phrase_before_a_verb_ends_the_phrase():
    # Before: "showed" was given the source "Senior fellow Rhona Vale said the figures".
    text = "Senior fellow Rhona Vale said the figures showed a rise."
    assert _cues(text) == [("said", "Rhona Vale"), ("showed", "the figures")]
    assert _cues("Tom Ash said most local farmers say the rain came late.")[-1] == ("say", "most local farmers")


def test_a_phrase_that_was_no_subject_stays_without_a_source():
    # Narrowing after another cue must not make a source out of words that were none before.
    text = "Fans cheered, according to tallies reported by the club."
    assert ("reported", "tallies") not in _cues(text)
