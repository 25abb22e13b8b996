"""Session 9 (stance12): stance verbs of speech that PolNeAR counts as attribution cues.

All sentences are invented for these tests.
"""

from medialit import find_attributions


def cues(text: str) -> list[str]:
    return [a.cue for a in find_attributions(text)]


def test_attacked_is_a_cue_with_a_person_as_subject():
    found = find_attributions("Senator Jane Doe attacked her rival over the budget on Tuesday.")
    assert [(a.cue, a.source) for a in found] == [("attacked", "Jane Doe")]
    assert cues("Jane Doe was attacking the council for weeks, and she attacked it again.") == ["attacking", "attacked"]
    assert cues("Party leaders attacked the ruling.") == ["attacked"]  # people: a plural role word


def test_attacked_is_no_cue_without_a_person():
    # "person" frame: a thing or an animal that attacks says nothing
    assert cues("The storm attacked the coast overnight.") == []
    assert cues("A stray dog attacked the postman near the river.") == []
    # "attacks" is mostly the noun ("attacks on the plan") and is not listed
    assert cues("Jane Doe's attacks on the plan grew sharper.") == []


def test_harsh_criticism_verbs_are_cues():
    assert cues("Jane Doe railed against the new parking fees.") == ["railed against"]
    assert cues("The union assailed the plan as reckless.") == ["assailed"]
    assert cues("John Roe lashed out at his critics on Monday.") == ["lashed out"]
    assert cues("The judge rebuked the lawyers for the delay.") == ["rebuked"]
    assert cues("The governor chided lawmakers for missing the deadline.") == ["chided"]
    assert cues("Jane Doe took issue with the figures.") == ["took issue"]


def test_portrayed_needs_a_description():
    # "as" frame: "portrayed X as ..." is someone's picture of X; a painter's portrait is not
    assert cues("Jane Doe portrayed her opponent as out of touch.") == ["portrayed"]
    assert cues("The actor portrayed a sailor in the film.") == []


def test_stance_verbs_of_a_person():
    assert [(a.cue, a.source) for a in find_attributions("Jane Doe distanced herself from the remarks.")] == \
        [("distanced", "Jane Doe")]


def test_new_forms_of_existing_rows():
    # hailed is a form of "praised", derided of "mocked", reaffirmed of "reiterated", opined of "commented"
    assert cues("Jane Doe hailed the vote as a turning point.") == ["hailed"]
    assert cues("Critics derided the plan as a gimmick.") == ["derided"]
    assert cues("The minister reaffirmed that the school will stay open.") == ["reaffirmed"]
    assert cues("John Roe opined that the market would recover.") == ["opined"]
