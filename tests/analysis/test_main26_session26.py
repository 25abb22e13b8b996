"""Session 26 (main): the emphatic "never" reads one first-person set, written beside it.

hedges.py had two module-level sets named ``_FIRST_PERSON``; the second (made for "I actually believe") silently
replaced the first, so the emphatic-never rule missed "we'd"/"I'll" and kept "I'm" only by accident. Now the rule
reads one set holding all of them, and tests/test_architecture.py refuses a module-level name bound twice.
"""
from __future__ import annotations

import pytest

from support import boosters as _boosted


@pytest.mark.parametrize("text", [
    "The coach said: \u201cI'm never going back to that ground.\u201d The fans cheered.",
    "The coach said: \u201cWe'll never see a season like this one.\u201d The fans cheered.",
    "The coach said: \u201cI\u2019ll never forget that night.\u201d The fans cheered.",
])
def test_a_speakers_own_never_is_a_booster(text: str) -> None:
    assert _boosted(text) == ["never"]


@pytest.mark.parametrize("text", [
    "\u201cI'd never seen a crowd like it,\u201d she said.",          # a past perfect: background, not stress
    "The striker had never scored for the club before Sunday.",   # a fact told
])
def test_a_never_of_background_is_not_a_booster(text: str) -> None:
    assert _boosted(text) == []
