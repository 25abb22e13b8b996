"""Session 28 (gcue55): attribution cue families on general news (bench/ERRORS-cues-gcue55.md). Every sentence here
is invented for the test."""

import pytest
from support import cues_and_sources


# An "-ing" verb of assertion right before "that" and a clause is a cue even where the participle stands after a
# phrase or a preposition ("signs in the square stating that", "pivoted to arguing that"): its source is the
# subject that opens the sentence.
@pytest.mark.parametrize("text, cue, source", [
    ("And the wardens put up signs in the square stating that dogs were banned.", "stating", "the wardens"),
    ("The senator pivoted to arguing that the budget was a reason to act.", "arguing", "The senator"),
    ("The Gazette ran back in an article stating that the town was the county's oldest.", "stating", "Gazette"),
])
def test_assertion_participle_with_that_clause_is_a_cue(text, cue, source):
    found = cues_and_sources(text)
    assert any(c == cue and s is not None and source.endswith(s.split()[-1]) for c, s in found), found


# ... but not the idioms "goes without saying that" and "worth noting that", nor a "that" that is a pronoun.
@pytest.mark.parametrize("text, cue", [
    ("It goes without saying that the rents will rise.", "saying"),
    ("It is worth noting that the rents rose last year.", "noting"),
    ("There is nothing wrong with me saying that and leaving the room.", "saying"),
])
def test_saying_idioms_are_no_cue(text, cue):
    assert cue not in [c for c, _ in cues_and_sources(text)]


# Help given to people ("supporting hundreds of thousands of children", "supports victims of crime") is a
# programme's or a charity's work, not a stance: no cue. A stance on a person or a cause stays one.
@pytest.mark.parametrize("text", [
    "The council renewed the grant for the club, supporting hundreds of thousands of children from poor families.",
    "The charity supports victims of crime across the county.",
    "This winter the trust is supporting 400 families in the valley.",
])
def test_help_given_to_people_is_no_stance(text):
    assert not [c for c, _ in cues_and_sources(text) if c.startswith("support")]


@pytest.mark.parametrize("text, source", [
    ("Mayor Tam Hollis supports Jan Roe.", "Tam Hollis"),
    ("The union is supporting the dockers' strike.", "The union"),
])
def test_a_stance_on_a_person_or_cause_stays_a_cue(text, source):
    assert any(c.startswith("support") and s is not None and s.endswith(source.split()[-1]) for c, s in cues_and_sources(text))


# "characterised by symptoms such as nightmares": "such as" lists examples, so no label is given and no one speaks;
# "characterised by critics as a betrayal" stays the critics' label.
def test_characterised_by_with_examples_is_no_cue():
    assert "characterised" not in [c for c, _ in cues_and_sources("The illness is characterised by symptoms such as fever and nightmares.")]
    assert ("characterised", "critics") in cues_and_sources("The deal was characterised by critics as a betrayal.")


# An abbreviation spelled out after "refers to" says what a word means; a body's words about a thing stay a cue.
def test_abbreviation_spelled_out_is_no_cue():
    assert not cues_and_sources("The talks ended early. UNHCR refers to the United Nations High Commissioner for Refugees.")
    assert ("refers to", "NASA") in cues_and_sources("NASA refers to the rock as a meteorite.")
