"""Session 35 (fc72): cues of the institutional register (bench/ERRORS-cues-fc72.md). Every sentence here is invented
for the test."""

import pytest
from medialit import find_attributions
from support import cues_and_sources, sources_of_cue


# A speaker's own act of speech in the first person, inside their quotation: the verb is a cue of the speaker.
@pytest.mark.parametrize("text, cue, source", [
    ("“The harbour is busier than ever, and I can also announce a new fund for the quay,” the mayor said.",
     "announce", "mayor"),
    ("“I’m delighted to announce the return of the summer fair,” Councillor Tam Brodie said.", "announce", "Brodie"),
    ("“I would like to praise the lifeboat crews who went out that night,” Ms Ferrant said.", "praise", "Ferrant"),
    ("“I encourage every village hall to apply to the fund,” said Minister Ola Rask.", "encourage", "Rask"),
    ("“We have asked the regional planning board to look again at the route,” a council spokesperson said.",
     "asked", "spokesperson"),
    ("“I will remind the suppliers of their duty to the islands,” Ms Ferrant said.", "remind", "Ferrant"),
])
def test_first_person_speech_act_in_a_quotation_is_a_cue(text, cue, source):
    found = sources_of_cue(text, cue)
    assert found and found[0] is not None and source in found[0], cues_and_sources(text)


# A statement quoted as a block after "said:", without quotation marks (as GOV.UK releases print a minister's words):
# the first-person act is the speaker's.
@pytest.mark.parametrize("text, cue, source", [
    ("Ferry Minister Ola Rask said:\n\nThese crossings matter to every family on the islands, and we will not let "
     "them lapse.\n\nI would like to praise the crews who kept the boats running through the storms.\n",
     "praise", "Ola Rask"),
    ("Councillor Tam Brodie said:\n\nWe listened to the traders, and I am delighted to announce a second market day "
     "from March.\n", "announce", "Tam Brodie"),
])
def test_first_person_speech_act_in_a_block_statement_is_the_speakers(text, cue, source):
    found = sources_of_cue(text, cue)
    assert found and found[0] is not None and source in found[0], cues_and_sources(text)


# Not a speech act given: thanks and welcomes (the gold marks none), a request with no "to" (a question put, or
# advice sought), a verb with nothing after it, nor a that-clause (read elsewhere, never twice).
@pytest.mark.parametrize("text, word", [
    ("“I want to thank my crew and my family,” the skipper said.", "thank"),
    ("“We welcome this,” the harbour master said.", "welcome"),
    ("“We ask the fishermen for advice all the time,” the warden said.", "ask"),
    ("“Each week we ask twenty traders what they think,” the editor said.", "ask"),
    ("Ferry Minister Ola Rask said:\n\nWe ask the islanders for patience.\n", "ask"),
])
def test_first_person_thanks_or_questions_are_no_cue(text, word):
    assert not any(c.lower().startswith(word) for c, _ in cues_and_sources(text)), cues_and_sources(text)


def test_first_person_speech_act_is_not_given_twice():
    text = "“We urge the council to reopen the pier,” the traders said."
    assert [c for c, _ in cues_and_sources(text)].count("urge") == 1, cues_and_sources(text)


def test_first_person_speech_act_says_why_as_an_act_not_a_view():
    found = [a for a in find_attributions("“I would like to praise the crews,” Ms Ferrant said.") if a.cue == "praise"]
    assert found and "act of speech" in found[0].why and "own view" not in found[0].why
