"""Session 35 (ev73): "even when" / "even as" before a clause are boosters, as GUIDELINES.md's session-30 "Scalar
even" line reads them ("also before a phrase or clause of time or manner"); "even if" / "even though" stay
connectives, and the level adjective ("broke even as", "pulled even when") stays no booster. Invented text only."""
import pytest

from support import phrases_of_kind as flags


@pytest.mark.parametrize("text", [
    "The library stayed open, even as the council cut its budget.",
    "Even as the river rose, the ferry kept to its timetable.",
    "Volunteers kept the kitchen running even when the grant ran out.",
    "Even when the lights failed, the choir sang on.",
])
def test_even_as_or_when_before_a_clause_is_a_booster(text):
    assert [p.lower() for p in flags(text, "booster")] == ["even"]


@pytest.mark.parametrize("text", [
    "The bakery stayed open even if the flour ran short.",
    "Even though the road was closed, the market went ahead.",
    "The small firm broke even as sales of its kettles rose.",
    "The visitors pulled even when their striker scored late.",
    "The bakery opened every morning, even whenever the power failed.",
])
def test_connective_or_level_even_is_no_booster(text):
    assert flags(text, "booster") == []
