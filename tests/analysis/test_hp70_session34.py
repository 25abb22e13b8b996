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
    ("No one tried to stop the fight at the ferry port.", "tried to", False),
    ("No one has ever tried to swim the strait in winter.", "tried to", False),
    ("None of the stewards tried to stop the fight.", "tried to", False),
    ("The log shows whether anybody had attempted to open the safe.", "attempted to", False),
    ('"Attempting to shut a newspaper because you dislike a column is never the answer," she said.',
     "attempting to", False),
    ("Trying to win the cup twice was always going to be hard.", "trying to", False),
    # kept: efforts whose outcome the writer does not give
    ("They tried to reach the lighthouse.", "tried to", True),
    ("In any case, he tried to reach the lighthouse.", "tried to", True),
    ("The keeper had tried to reach the lighthouse.", "tried to", True),
    ("The council has tried to raise the parking fee.", "tried to", True),
    ("Volunteers dug through the night, trying to free the pony.", "trying to", True),
    ("Trying to reach the shore, the two swimmers called for help.", "trying to", True),
    ("When several residents tried to leave the hall, the mayor spoke.", "tried to", True),
])
def test_tried_to_only_of_an_effort_told(text, word, found):
    assert flagged(text, word) is found


def so_why(text: str) -> str:
    return next(h.why for h in find_hedges(text) if h.phrase.lower() == "so" and h.kind == "booster")


# "so ADJ" with a phrase of place or time before its result clause is the result-clause shape: the flag stays and
# its why says the reader decides, as for "so well that".
@pytest.mark.parametrize("text,result", [
    ("The probe worked so well during its last flight that the crew cheered.", True),
    ("Fans were so angry with the referee that they left early.", True),
    ("The drill went so well that the crew cheered.", True),
    ('He added, "What I am so impressed with is that the new staff stayed."', False),
    ("They were so many in the hall, that is the trouble.", False),
    ("It was so cold that night.", False),
])
def test_so_with_a_phrase_before_its_result(text, result):
    assert so_why(text).startswith("A degree and its result") is result
