"""Session 33, lnk66: a tie ("linked to", "linked with", "associated with") is no hedge. Stating that two things go
together does not withhold commitment; no development gold marks one (0 of 10 spans, eight sets) and PolNeAR's hand
hedge gold has none. A hedge written with the tie keeps its own flag. All text here is invented for these tests."""
import pytest

from support import lowered_phrases_of_kind as _flags


@pytest.mark.parametrize("text", [
    "Coffee is linked to longer life, a new study finds.",
    "Late meals were linked with poor sleep in the survey.",
    "Cold winters are associated with higher heating bills.",
    "Pages linked to the fan club posted the photos.",
])
def test_a_stated_tie_is_no_hedge(text):
    assert not [p for p in _flags(text, "hedge") if p in ("linked to", "linked with", "associated with")]


@pytest.mark.parametrize("text, kept", [
    ("Coffee may be linked to longer life.", "may"),
    ("Late meals are probably linked with poor sleep.", "probably"),
    ("Cold winters are thought to be associated with higher bills.", "are thought to"),
])
def test_a_hedge_written_with_the_tie_keeps_its_flag(text, kept):
    assert kept in _flags(text, "hedge")
