"""Session 25 (pn47): PolNeAR-style cue and speaker families. Every sentence here is invented for the test."""

import pytest
from support import cue_phrases, cues_and_sources, speakers


# "When asked ..." is a passive with its subject and "be" left out: a cue, its source the one who asked ("by ..."),
# else none. Not "if asked": a question not yet put.
@pytest.mark.parametrize("text, cue, source", [
    ("When asked whether the ferry would run, Tam Ruiz shrugged.", "asked whether", None),
    ("When later pressed about the fares, the harbour master smiled.", "pressed", None),
    ("“Not yet,” she said when asked by a local reporter if the ferry was ready.", "asked", "a local reporter"),
])
def test_when_asked_is_an_agentless_cue(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


def test_if_asked_is_no_cue():
    assert cues_and_sources("The ferry crew would help if asked.") == []


def test_a_bare_when_asked_is_no_cue():
    assert ("asked", None) not in cues_and_sources("When asked, the ferry company declined to comment.")


# The question put is not who answered: the quotation after "X told a paper when asked ..." is still X's.
@pytest.mark.parametrize("text", [
    "“Only on Sundays,” Tam Ruiz told the local paper when asked which days the ferry would run. “The crew needs rest.”",
    "Tam Ruiz told the local paper when asked which days the ferry would run:\n\n“Only on Sundays. The crew needs rest.”",
])
def test_a_quote_after_when_asked_keeps_the_main_speaker(text):
    assert speakers(text)[-1] == "Tam Ruiz"


# Evidence that shows something needs no "that" clause after it ("Polls show Doe ahead"); so too after a relative
# "that"/"which" on the evidence noun, and when a time phrase follows the noun that opens the sentence.
@pytest.mark.parametrize("text, cue", [
    ("The mayor cited polls that show her rival trailing by ten points.", "show"),
    ("A harbour board poll out Monday showed the ferry plan with a narrow lead.", "showed"),
    ("A county survey last month showed most drivers backing the new bridge.", "showed"),
])
def test_evidence_shows_with_a_relative_or_a_time_phrase(text, cue):
    assert cue in cue_phrases(text)


def test_a_person_that_shows_is_no_evidence():
    assert "shows" not in cue_phrases("It was the coach that shows the players their mistakes.")


# "polling" is evidence too: what it shows is reported with no that-clause.
@pytest.mark.parametrize("text, cue, source", [
    ("Exit polling showed the mayor winning most voters under 30.", "showed", "Exit polling"),
    ("Recent polling shows that the ferry plan has lost support.", "shows", "Recent polling"),
])
def test_polling_shows(text, cue, source):
    assert (cue, source) in cues_and_sources(text)
