"""Session 13: the bugs review17 found in the session's own rules, each with the invented sentence that showed it."""

import pytest

from medialit import find_hedges

from support import cues_and_sources as _cues, speakers as _speakers


@pytest.mark.parametrize("text, source", [
    ("She is worried that the economy is slowing.", "She"),
    ("Parents are increasingly worried that schools will close.", "Parents"),
])
def test_be_worried_is_the_subjects_worry_not_a_passive(text, source):
    assert ("worried", source) in _cues(text)
    assert not any(h.phrase.lower().endswith("worried") for h in find_hedges(text))


def test_it_is_worrying_is_the_writers_judgement():
    assert _cues("It is worrying that prices keep rising.") == []


@pytest.mark.parametrize("text, speaker", [
    ("Tom Doe was arrested. His wife said he was innocent. “He is a good man,” she said.", "His wife"),
    ("Tom Doe was arrested. His wife, Jane, said he was innocent. “He is a good man,” she said.", "Jane"),
    ("Ann Roe died in May. Her husband said the hospital had failed. “They ignored her,” he said.", "Her husband"),
])
def test_a_spouse_is_not_the_person_whose_spouse_they_are(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, cue, source", [
    ("Residents of a town say the water is unsafe.", "say", "Residents of a town"),
    ("Workers at one plant warn that jobs will go.", "warn", "Workers at one plant"),
    ("Residents of another town say the water is unsafe.", "say", "Residents of another town"),
])
def test_a_determiner_inside_a_phrase_of_the_subject_does_not_make_the_verb_a_noun(text, cue, source):
    assert (cue, source) in _cues(text)


@pytest.mark.parametrize("text", [
    "Jane Doe ran the shop for 40 years. “Never give up,” she would say to her staff.",
    "“Never give up,” Jane Doe would tell her staff.",
])
def test_a_habit_of_saying_next_to_a_quotation_keeps_its_speaker(text):
    assert _speakers(text) == ["Jane Doe"]


@pytest.mark.parametrize("text", [
    "The government must have known about the plot.",
    "The president must be aware of the risks.",
])
def test_must_have_and_must_be_after_a_body_are_conclusions(text):
    assert "must" in [h.phrase for h in find_hedges(text) if h.kind == "booster"]


@pytest.mark.parametrize("text, flagged", [
    ("Before the storm reaches the coast the city could lose power.", True),
    ("She waited a month before the weather improved and the couple could finally be reunited.", False),
])
def test_a_time_clause_makes_could_ability_only_with_a_second_subject_after_and(text, flagged):
    assert ("could" in [h.phrase for h in find_hedges(text)]) == flagged


def test_a_person_described_with_be_does_not_take_the_quotation():
    text = "“We will win,” Jane Doe said. Her rival, Tom Roe, is “a coward and a liar.”"
    assert _speakers(text) == ["Jane Doe", "Jane Doe"]


def test_she_is_not_given_to_a_man_quoted_before():
    text = "“We will sell,” said Mr. Doe. Ann Roe disagreed. “The Roe farm is not for sale,” she said."
    assert _speakers(text) == ["Doe", "Ann Roe"]


def test_words_quoted_again_match_whole_words_only():
    text = ("“There is no dealing with them,” Doe said.\n\n"
            "Officials fear a “no deal, no trade” exit, the paper wrote.")
    assert _speakers(text)[-1] != "Doe"


def test_an_outlet_that_starts_with_inside_keeps_its_name():
    assert ("reported", "Inside Climate News") in _cues("Inside Climate News reported that the plant leaked.")


@pytest.mark.parametrize("text, flagged", [
    ("“I feel the plan is wrong,” she said.", True),  # a view without "that"
    ("“I feel the pain in my bones,” she said.", False),  # a feeling
    ("The ‘I feel your pain’ line is old.", False),
])
def test_i_feel_before_a_clause_without_that_is_a_view(text, flagged):
    assert ("I feel" in [h.phrase for h in find_hedges(text)]) == flagged


def test_a_title_gives_its_gender_to_the_titled_surnames_after_it():
    # names17's split used the genders known before any title was read: "Ms. Doe" then "Mr. Doe" stayed one person.
    text = ("Jane Doe, the mayor, opened the bridge. “It is safe,” Ms. Doe said. Her husband, Tom Doe, said he "
            "was proud. “I am proud,” Mr. Doe said.")
    assert _speakers(text) == ["Jane Doe", "Tom Doe"]
