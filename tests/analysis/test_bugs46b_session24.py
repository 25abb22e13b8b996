"""Session 24, bugs46b: causes found on invented text (every sentence here was written for these tests)."""

import pytest

from medialit import find_attributions
from medialit.analysis.attribution import quote_speakers
from medialit.analysis.names import find_people


@pytest.mark.parametrize("office", ["Recorder", "Auditor", "Assessor", "Clerk", "Coroner", "Registrar", "Supervisor"])
def test_a_county_office_before_a_name_marks_a_person(office: str) -> None:
    # (a county office we did not list made "Marsh County <Office> Dana Whitlow" five words of no one: no cue at all)
    text = f"“We will count every ballot,” Marsh County {office} Dana Whitlow said."
    assert quote_speakers(text) == [("Dana Whitlow", "said")]


def test_an_unlisted_office_between_a_place_and_a_name_is_the_persons_role() -> None:
    text = "“The tide came in fast,” Marsh County Harbourmaster Dana Whitlow said. “It was calm by noon,” she added."
    assert quote_speakers(text) == [("Dana Whitlow", "said"), ("Dana Whitlow", "added")]
    assert [p.name for p in find_people(text)] == ["Dana Whitlow"]


@pytest.mark.parametrize("body", ["the Marsh County Water Authority", "Marsh County Water Rescue Team"])
def test_a_long_body_name_stays_a_body(body: str) -> None:
    text = f"“The roads are shut,” {body} said."
    (cue,) = find_attributions(text)
    assert (cue.source, cue.source_kind) == (body.removeprefix("the "), "named group")


@pytest.mark.parametrize("group", ["voters in four states", "officials from both states", "growers in swing states"])
def test_a_plural_like_a_verb_ends_a_group_before_a_closing_cue(group: str) -> None:
    # ("states" is also a reporting verb's form: read as a clause's verb, it lost the whole source and the cue)
    text = f"“Prices are too high,” {group} said."
    assert quote_speakers(text) == [(group, "said")]


def test_a_pronoun_inside_the_phrase_still_makes_a_clause() -> None:
    text = "A spokeswoman for the family said she says little."
    assert [(c.source, c.cue) for c in find_attributions(text)][0] == ("A spokeswoman for the family", "said")


@pytest.mark.parametrize("mark", [" - ", " -- ", " "])
def test_but_after_a_cue_with_its_subject_opens_the_next_cues_clause(mark: str) -> None:
    # (a spaced hyphen, "--" or no mark before "but" left the first cue's subject to the second cue and its quote)
    text = f"Mayor Ada Stoll proposed a truce{mark}but the harbour union rejected the offer as “a stunt”."
    assert quote_speakers(text) == [("the harbour union", "rejected")]
    assert [(c.source, c.cue) for c in find_attributions(text)] == [("Ada Stoll", "proposed"), ("the harbour union", "rejected")]


def test_but_before_a_shared_verb_keeps_the_first_subject() -> None:
    text = "Ada Stoll voiced doubts but has said she backs the plan."
    assert [(c.source, c.cue) for c in find_attributions(text)] == [("Ada Stoll", "voiced"), ("Ada Stoll", "said")]


def test_a_kin_word_before_a_name_gives_its_gender_to_titled_surnames() -> None:
    # ("their son, Sam Vale" showed no gender, so a later "Ms. Vale" was read as the son and "she said" went to him)
    text = ("The parents, Tom and Ann Vale, spoke at the rally about their son, Sam Vale, a soldier.\n\n"
            "Ms. Vale said she could not speak. “I was too sad,” she said.")
    assert quote_speakers(text) == [("Ann Vale", "said")]


def test_a_kin_word_is_no_role() -> None:
    text = "Her daughter Mia Roan said the shop would stay open. Roan said it twice."
    (person,) = [p for p in find_people(text) if p.name == "Mia Roan"]
    assert person.role is None and len(person.mentions) == 2
