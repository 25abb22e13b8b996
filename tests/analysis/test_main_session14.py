"""Session 14 (main engineer): after a comma, the words after a reporting verb are what was said, not who
said it, when they name no one ("Reed, a baker, said the oven broke"). All texts are invented."""

import pytest

from medialit import find_quotes

from support import boosters as _boosters, cues_and_sources as _cues


@pytest.mark.parametrize("text", [
    "Reed, a baker, said the oven broke.",
    "Reed, a baker, said the oven broke. “We lost a day,” she said.",
])
def test_a_clause_after_the_verb_is_never_the_source(text):
    # Before: the source was "the oven broke", and the quote after it was that "speaker"'s.
    assert all(source != "the oven broke" for _, source in _cues(text))
    assert all(q.speaker != "the oven broke" for q in find_quotes(text))


@pytest.mark.parametrize("text, source", [
    ("“It is over,” said the mayor.", "the mayor"),          # after a quotation: always the speaker
    ("“Go home,” said the crowd outside.", "the crowd outside"),
    ("The plan is dead, said the woman.", "the woman"),        # two words: a short noun phrase
    ("The plan is dead, said the woman next door.", "the woman"),  # a person's noun
    ("The plan is dead, said the union leaders.", "the union leaders"),  # a plural, a role
])
def test_a_speaker_after_the_verb_still_is_one(text, source):
    assert ("said", source) in _cues(text)


@pytest.mark.parametrize("text", [
    "The firm quickly denied the report.",
    "The firm then sold its stake.",
    "The firm flatly refuses to pay.",
])
def test_the_firm_before_an_adverb_and_a_verb_is_the_company(text):
    # Before: an adverb between "the firm" and its verb hid the verb, so "firm" was a booster.
    assert "firm" not in _boosters(text)


@pytest.mark.parametrize("text", ["She took a firm stance on fees.", "He gave a firm reply."])
def test_firm_before_a_noun_still_presses_a_position(text):
    assert _boosters(text) == ["firm"]


@pytest.mark.parametrize("text", [
    "A research firm founded in 1999 ran the poll.",
    "She worked for an investment firm based in Leeds.",
    "Nobody involved remains at the firm today.",
])
def test_firm_before_anything_but_a_position_is_the_company(text):
    assert "firm" not in _boosters(text)


@pytest.mark.parametrize("text", [
    "She is a firm believer in small classes.",
    "The council stood firm against the plan.",
    "There is no firm evidence of harm.",
])
def test_firm_pressing_a_stand_stays_a_booster(text):
    assert "firm" in _boosters(text)


@pytest.mark.parametrize("text", [
    "Prices rose, Acme, a bus maker, said.",
    "Sales fell sharply, Acme, the largest maker, said on Monday.",
])
def test_an_opening_clause_with_an_irregular_past_verb_is_not_the_source(text):
    # Before: the source was "Prices rose" / "Sales fell sharply": what was said, read as who said it.
    assert all(not (source or "").startswith(("Prices", "Sales")) for _, source in _cues(text))


def test_an_opening_name_with_an_aside_is_still_the_source():
    assert ("said", "Ann Lee") in _cues("Ann Lee, a councillor, said the plan was fine.")
