"""Session 14 (cue19): attribution cue recall on general frames. Invented sentences only."""

import pytest

from medialit import find_attributions


def cues(text: str) -> list[tuple[str, str | None, str]]:
    return [(text[a.start:a.end], a.source, a.source_kind) for a in find_attributions(text)]


# A sentence that opens with "Asked" and a question word reports a question put by no one named.
@pytest.mark.parametrize("text, cue", [
    ("The vote is close. Asked whether he would run again, Tom Vale said he had not decided.", "Asked whether"),
    ("The plant shut in May. Asked why the plant shut, the owner replied that sales had fallen.", "Asked why"),
    ("Asked if she was ready for the race, Ann Lee told reporters she was.", "Asked if"),
    ("Asked on Monday whether the ferry would run, the captain said it would.", "Asked"),
])
def test_asked_opening_a_sentence_is_an_agentless_cue(text, cue):
    assert (cue, None, "agentless") in cues(text), cues(text)


def test_asked_by_a_named_person_takes_that_person():
    text = "Asked by Ann Lee if the bridge would open, the engineer said it would."
    assert ("Asked by", "Ann Lee", "named person") in cues(text), cues(text)


# A request ("Asked to leave"), a mere topic ("Asked about"), and a question whose sentence reports no answer stay
# no cue. ("When asked ..." is a cue since session 25: tests/analysis/test_pn47_session25.py.)
@pytest.mark.parametrize("text", [
    "Asked why the plant shut, the owner walked away.",
    "Asked to leave the hall, the man refused.",
    "Asked about the new bridge, the mayor smiled.",
])
def test_asked_as_a_request_a_topic_or_a_time_clause_is_no_cue(text):
    assert not any(c[0].lower().startswith("asked") for c in cues(text)), cues(text)


# A share of the people asked opens a sentence that is not the text's first: it is the source there too.
@pytest.mark.parametrize("text, expected", [
    ("The fair closed early. Nearly nine out of 10 say they will come back next year.", ("say", "Nearly nine out of 10")),
    ("The fair closed early.\n\n42% said the rides were too short.", ("said", "42%")),
    ("Turnout was low. About four in 10 visitors said the tickets cost too much.", ("said", "About four in 10 visitors")),
    # after a relative word
    ("The mayor faces a town in which 60 percent of residents say the bridge is unsafe.", ("say", "60 percent of residents")),
])
def test_a_share_opening_a_later_sentence_is_the_source(text, expected):
    assert (*expected, "unnamed") in cues(text), cues(text)


# A label someone gives themselves is their own words ("called himself X").
@pytest.mark.parametrize("text, expected", [
    ("Tom Vale once called himself a cautious optimist.", ("called", "Tom Vale")),
    ("In the survey, 30% call themselves moderate.", ("call", "30%")),
])
def test_calling_oneself_something_is_a_cue(text, expected):
    assert expected in [(c[0], c[1]) for c in cues(text)], cues(text)


# A body's own name, a person's name or no label at all: no cue.
@pytest.mark.parametrize("text", [
    "A club that calls itself Blue Harbour met in the hall.",
    "A man calling himself Pat Moss left a note.",
])
def test_calling_oneself_a_name_is_no_cue(text):
    assert not any(c[0].lower().startswith("call") for c in cues(text)), cues(text)


# "sees X as Y": a person's view of something.
@pytest.mark.parametrize("text, expected", [
    ("Tom Vale sees the vote as a test of his plan.", ("sees", "Tom Vale")),
    ("Ann Lee saw the new dam as a threat to the valley.", ("saw", "Ann Lee")),
])
def test_seeing_something_as_something_is_a_view(text, expected):
    assert expected in [(c[0], c[1]) for c in cues(text)], cues(text)


# Sight, a future "see", or a thing as subject: no cue.
@pytest.mark.parametrize("text", [
    "Ann Lee saw the crowd from her window.",
    "We will see what happens at the fair.",
    "The report sees the plan as costly.",
])
def test_seeing_without_a_view_is_no_cue(text):
    assert not any(c[0].lower() in ("see", "sees", "saw") for c in cues(text)), cues(text)


# A reporter's credit line ("X reported from <place>.") tells where the writer worked: no cue. A clause keeps it.
def test_a_credit_line_is_no_cue():
    assert cues("The bridge will reopen in May.\n\nJo Moss reported from Riverton.") == []


def test_reported_from_a_place_with_a_clause_stays_a_cue():
    text = "Jo Moss reported from Riverton that the dam had burst."
    assert ("reported", "Jo Moss") in [(c[0], c[1]) for c in cues(text)], cues(text)


# A request not to do something is a request too.
def test_asking_someone_not_to_act_is_a_cue():
    text = "Tom Vale sent a text to his supporters, asking them not to protest inside the hall."
    assert ("asking", "Tom Vale") in [(c[0], c[1]) for c in cues(text)], cues(text)
