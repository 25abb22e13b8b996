"""Session 30, bugs60: misreadings session 29 saw and left, each with the shapes the fix must leave alone.
All text here is invented for these tests."""
import pytest
from support import cue_phrases, cues_and_sources, sources_of_cue


# --- 1. "fled after attacking a man": "attacked" with a nameless victim is a blow, not words -------------------------

@pytest.mark.parametrize("text", [
    "He fled after attacking a man in a bar.",
    "She was jailed for attacking two women outside a shop.",
    "The dog owner attacked a young boy, the court heard.",
    "He was charged after he attacked a security guard.",
])
def test_attacking_a_nameless_person_is_no_cue(text):
    assert "attacked" not in cue_phrases(text) and "attacking" not in cue_phrases(text)


@pytest.mark.parametrize("text, source", [
    ("Jo Reed attacked her opponent as a fraud.", "Jo Reed"),
    ("Jo Reed attacked a federal judge over the ruling.", "Jo Reed"),
    ("Jo Reed attacked a rival in the debate.", "Jo Reed"),
])
def test_attacking_a_rival_or_a_plan_stays_a_cue(text, source):
    assert [s for c, s in cues_and_sources(text) if c.startswith("attack")] == [source]
