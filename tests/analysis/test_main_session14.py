"""Session 14 (main engineer): after a comma, the words after a reporting verb are what was said, not who
said it, when they name no one ("Reed, a baker, said the oven broke"). All texts are invented."""

import pytest

from medialit import find_attributions, find_quotes


def _cues(text: str) -> list[tuple[str, str | None]]:
    return [(a.cue, a.source) for a in find_attributions(text)]


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
