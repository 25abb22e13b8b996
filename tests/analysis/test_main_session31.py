"""Session 31, found while merging: a crash the property test turned up (tests/analysis/test_attribution.py)."""
import medialit


def test_relative_who_with_only_adverbials_before_it_does_not_crash() -> None:
    # Every word before "who" is dropped as an adverbial, so the clause reader had no word left to look at.
    cues = medialit.find_attributions("WAS:WHO&SAID")
    assert all(0 <= c.start < c.end <= len("WAS:WHO&SAID") for c in cues)


def test_a_real_relative_who_still_gives_its_noun() -> None:
    text = "The nurses, who said the ward was full, went home."
    cues = medialit.find_attributions(text)
    assert [c.cue for c in cues] == ["said"]
    assert cues[0].source == "The nurses"
