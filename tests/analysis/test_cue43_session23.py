"""Session 23 (cue43): an aside after a name left without its closing comma, and "states" after an ad's voice.
Every sentence here is invented for the test."""

import pytest
from support import cues_and_sources


# "Jane Doe, who chairs the group said": the writer left out the comma that closes the aside; the name is the source.
@pytest.mark.parametrize("text, cue, source", [
    ("Mara Quill, who is chair of the Harbour Trust said the pier would close.", "said", "Mara Quill"),
    ("Tomas Reyes, the pollster who founded a small survey firm tweeted that the race was tight.", "tweeted", "Tomas Reyes"),
    ("Ines Ward, a farmer who grows barley near the river warned that the dam was weak.", "warned", "Ines Ward"),
    ("Mara Quill, who lives near the pier, said it would close.", "said", "Mara Quill"),  # closed aside: as before
])
def test_a_name_before_an_unclosed_aside_is_the_source(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


@pytest.mark.parametrize("text, cue, source", [
    # the name does not open the sentence alone: no name taken across the aside
    ("Voters backed Mara Quill, who is chair of the trust said the pier would close.", "said", "Mara Quill"),
    # a list, not a description of the name
    ("Mara Quill, and neighbours who live near the pier said it would close.", "said", "Mara Quill"),
])
def test_no_name_taken_across_what_is_no_aside(text, cue, source):
    assert (cue, source) not in cues_and_sources(text)


# "states" said by an ad's voice or a spokesperson before "that" or a colon.
@pytest.mark.parametrize("text, source", [
    ("A voice-over states that the councillor voted twice.", "A voice-over"),
    ("In the advert, a narrator states: prices have doubled.", "a narrator"),
    ("The new ad states that taxes rose under the mayor.", "The new ad"),
])
def test_states_after_an_ads_voice_is_a_cue(text, source):
    assert ("states", source) in cues_and_sources(text)


@pytest.mark.parametrize("text", [
    "Voters in states that border the sea backed the plan.",
    "The ad ran in four states that voted for the mayor.",
])
def test_states_the_noun_is_no_cue(text):
    assert "states" not in [c for c, _ in cues_and_sources(text)]


# "Jane Doe — a former mayor — has also said": helping words and adverbs after the closing dash of an aside.
@pytest.mark.parametrize("text, cue, source", [
    ("Tom Reed — a former board member — has also said he backs the plan.", "said", "Tom Reed"),
    ("Tom Reed and Ann Vale — two former board members — have also said they back the plan.", "said", "Tom Reed and Ann Vale"),
    ("Three directors — including Ann Vale — have long argued that the rules are weak.", "argued", "Three directors"),
    ("Ann Vale -- whose firm built the pier -- has publicly warned that it is unsafe.", "warned", "Ann Vale"),
])
def test_a_dash_aside_before_helping_words_and_the_verb(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


def test_a_dash_inside_the_subject_is_not_taken_for_an_aside():
    # one dash only: no aside, the subject is read as before
    assert ("said", "Tom Reed") in cues_and_sources("The vote was close — Tom Reed has since said the count was fair.")
