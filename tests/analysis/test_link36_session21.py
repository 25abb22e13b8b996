"""Session 21, link36: cue -> source on general news: role nouns, ages, bodies by acronym and short forms,
and pronouns after them, in the shapes of wire copy and public-body releases. All text here is invented for
these tests."""
import pytest

from support import cues_and_sources, quotes_and_speakers


# --- "The 34-year-old officer said": an age with a noun stands for the person named with it ------------------

@pytest.mark.parametrize("text, name", [
    ("Capt. Daniel Marsh, the company commander, said the unit would return in March. “We want every platoon to "
     "go,” Marsh said.\n\nThe 34-year-old officer said no one had been hurt this year.", "Daniel Marsh"),
    ("Fire chief Rosa Lind told reporters the blaze was out. \"It took all night,\" Lind said.\n\n"
     "The 52-year-old commander said two crews would stay on site.", "Rosa Lind"),
    ("Tomas Reyes, 45, of Dunmore, was cleared on Friday.\n\nThe 45-year-old joiner said he was relieved.",
     "Tomas Reyes"),
])
def test_an_age_with_a_noun_is_the_person_named_with_it(text, name):
    assert cues_and_sources(text)[-1] == ("said", name)


def test_an_age_brought_in_with_a_is_someone_new():
    text = ("Mayor Ann Hale opened the bridge on Monday. A 34-year-old cyclist was the first across.\n\n"
            "The 34-year-old cyclist said it was a good day.")
    assert cues_and_sources(text)[-1][1] != "Ann Hale"


# --- a body named by its initials: "REN said ... The company said", "the weather service IPMA said" -------------

@pytest.mark.parametrize("text, cue, body", [
    ("LISBON (Reuters) - Power was cut to 200,000 homes. \"Crews are out,\" REN said in a statement. "
     "The company said most homes would have power by Wednesday.", "said", "REN"),
    ("The FBI, which led the inquiry, said two officials were under investigation. The bureau declined to name them.",
     "declined", "FBI"),
    ("The weather service IPMA said the storm would move north. The agency warned of more rain.", "warned", "IPMA"),
])
def test_the_noun_of_a_body_named_by_initials_is_that_body(text, cue, body):
    assert cues_and_sources(text)[-1] == (cue, body)


def test_a_body_noun_and_initials_name_the_body():
    assert cues_and_sources("The state news agency KCNA said the launch had gone well.") == [("said", "KCNA")]


@pytest.mark.parametrize("text", [
    "REN said power was back. Anglers on the coast had caught nothing all week. The mayor praised the crews. "
    "Later the company said the cost would be high.",
    "Anglers said REN had cut power. The firm's rival, Voltra, said the cut was needless. The company said it would help.",
])
def test_a_body_noun_far_from_the_initials_or_after_a_named_body_is_left_alone(text):
    assert cues_and_sources(text)[-1][1] not in ("REN", "Acme Foods")
