"""probe42, session 23 (issue 10, cause 7): "claim" with a clause whose words happen to hold a word of a result in
sport ("critics claim the cost will double") is a claim made, not a result won. All text here is invented."""

from support import cues_and_sources

LEAD = "The bridge is old. "


def test_claim_before_a_clause_with_a_verb_is_a_cue():
    text = LEAD + "Governor Ray Hess promised a new bridge, but critics claim the cost will double."
    assert cues_and_sources(text) == [("promised", "Ray Hess"), ("claim", "critics")]
    assert [c for c, _ in cues_and_sources(LEAD + "Opponents claim their points are valid.")] == ["claim"]


def test_a_result_in_sport_is_still_no_claim():
    assert cues_and_sources(LEAD + "The club claimed the double in 2019.") == []
    assert cues_and_sources(LEAD + "Rovers claimed all three points on Saturday.") == []
    assert cues_and_sources(LEAD + "They claimed a 2-1 win.") == []
