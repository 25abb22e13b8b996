"""Session 15, boost21: boosters and hedges in general news (certainty words, everyday intensifiers,
the writer's own "would"). All text here is invented for these tests."""
from medialit import find_hedges


def _flags(text, kind):
    return [h.phrase.lower() for h in find_hedges(text) if h.kind == kind]


def test_i_know_with_a_clause_presents_a_point_as_known():
    assert _flags("\u201cI know that the bridge will open on time,\u201d the mayor said.", "booster") == ["i know"]
    assert _flags("I just know the team will bounce back.", "booster") == ["i just know"]
    assert _flags("I know it's a long season.", "booster") == ["i know"]
    assert _flags("The coach knows that the fans are restless.", "booster") == ["knows that"]
    assert _flags("She knows there are risks in the plan.", "booster") == ["knows there"]


def test_knowing_a_person_an_aside_or_a_question_is_no_booster():
    for text in ("As far as I know, the ferry still runs.", "Why do I know? I grew up there.",
                 "I know, I know, it is late.", "I know him from school.", "I know Sam, and he is kind.",
                 "I know the whole family.", "I know what you meant.", "No one knows that yet.",
                 "I don't know the answer.", "You know, the pitch was wet."):
        assert _flags(text, "booster") == [], text
