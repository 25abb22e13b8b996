"""Session 34 (hp70): hedge senses the guidelines rule out, read by rule (invented sentences only)."""

import pytest

from medialit import find_hedges


def flagged(text: str, word: str) -> bool:
    return any(h.phrase.lower() == word and h.kind == "hedge" for h in find_hedges(text))


# GUIDELINES (session 30, "Tried to"): a past effort whose outcome the text leaves open is a hedge; an effort told as
# the time of another event, one no one is said to have made, and a gerund naming an act in general are not.
@pytest.mark.parametrize("text,word,found", [
    ("The winger was pulled down from behind as she tried to cut inside.", "tried to", False),
    ("The lock jammed when he tried to open the shed.", "tried to", False),
    ("There is no sign that any of the stewards tried to stop the fight.", "tried to", False),
    ("Nobody tried to stop the fight at the ferry port.", "tried to", False),
    ('"Attempting to shut a newspaper because you dislike a column is never the answer," she said.',
     "attempting to", False),
    ("Trying to win the cup twice was always going to be hard.", "trying to", False),
    # kept: efforts whose outcome the writer does not give
    ("They tried to reach the lighthouse.", "tried to", True),
    ("The council has tried to raise the parking fee.", "tried to", True),
    ("Volunteers dug through the night, trying to free the pony.", "trying to", True),
    ("Trying to reach the shore, the two swimmers called for help.", "trying to", True),
    ("When several residents tried to leave the hall, the mayor spoke.", "tried to", True),
])
def test_tried_to_only_of_an_effort_told(text, word, found):
    assert flagged(text, word) is found
