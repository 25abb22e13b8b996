"""Session 6 cue causes (issue 10, helper cues6), each on sentences written for this test."""

import pytest

from support import sources_kinds_and_cues as found


@pytest.mark.parametrize("text, expected", [
    # A joiner that opens the clause is not part of its subject.
    ("But the union said the pay offer was too low.", [("the union", "named group", "said")]),
    ("The vote was close, and residents say the count took all night.", [("residents", "unnamed", "say")]),
    # A possessive after the joiner: "claim" is a noun there, so no subject is read before it.
    ("Ann Roe lost her job in May. But Roe’s most serious claim is that the board lied.", []),
])
def test_leading_joiner(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "wrote in" before the piece of writing or its date: the words are the writer's, even with no clause.
    ("Jane Doe wrote in a letter to the court.", [("Jane Doe", "named person", "wrote in")]),
    ("Jane Doe wrote in April.", [("Jane Doe", "named person", "wrote in")]),
    # Readers writing in, or a write-in vote, are no one's words.
    ("Readers wrote in.", []),
    ("He wrote in Jane Doe in 2012.", []),
])
def test_wrote_in_a_piece_of_writing(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A question put to someone is the asker's.
    ("A reporter asked the senator about the plan.", [("A reporter", "unnamed", "asked")]),
    ("The host asked him a question.", [("The host", "unnamed", "asked")]),
    # A request for something stays no cue.
    ("Ann Lee asked the council for more money.", []),
])
def test_asked_a_question(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "was" inside the sentence a quotation is cut from does not make the cue after the quotation a passive.
    ("The old rule was “far too rigid,” said Ann Roe, a teacher at the school.", [("Ann Roe", "named person", "said")]),
    # A passive with no quotation between stays agentless.
    ("The plan was said to be dead.", [(None, "agentless", "was said to")]),
])
def test_quotation_between_be_and_cue(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Another" and a noun is one more unnamed person, as "a neighbour" is.
    ("Another commenter said, “We all know the answer.”", [("Another commenter", "unnamed", "said")]),
    ("Another local official said the road would close.", [("Another local official", "unnamed", "said")]),
])
def test_another_person(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A share of the people asked is the unnamed source of what they answered.
    ("About four in 10 voters said the roads were worse.", [("About four in 10 voters", "unnamed", "said")]),
    ("Around that time, 47 percent said they would stay.", [("47 percent", "unnamed", "said")]),
    ("Only 26% say they walk to work.", [("Only 26%", "unnamed", "say")]),
    # After "and", the share is the new verb's subject, not the earlier verb's.
    ("Among residents, 53% praised the park and 26% say it is too small.",
     [("53%", "unnamed", "praised"), ("26%", "unnamed", "say")]),
    # A year is no share.
    ("In 2015 said the plan would fail.", []),
])
def test_share_of_people_asked(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A mostly-noun form after a determiner and plain words names a thing, not someone speaking.
    ("The monthly jobs report lifted the markets.", []),
    ("His second tweet, an hour later, attacked the mayor.", []),
    ("Her seemingly rash comments on the issue show the problem.", []),
    # The same forms as verbs after their subject stay cues.
    ("Officials report that sales fell.", [("Officials", "unnamed", "report")]),
    ("The agency will report that sales fell.", [("The agency", "named group", "report")]),
])
def test_noun_forms_after_modifiers(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "maintained" reports a claim only with what was claimed.
    ("The firm has long maintained that its books were sound.", [("The firm", "named group", "maintained")]),
    # Keeping something up is no claim.
    ("The senator maintained her lead in the polls.", []),
])
def test_maintained_needs_a_clause(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A poll named in the phrase that opens the sentence is where its finding comes from.
    ("In a new Acme News poll released Sunday, just 8 percent of voters said they would move.",
     [("a new Acme News poll", "unnamed", "In"), ("just 8 percent of voters", "unnamed", "said")]),
    ("In the latest polls, the mayor trails by ten points.", [("the latest polls", "unnamed", "In")]),
    # Inside a sentence "in the polls" is a standing, not a source.
    ("The mayor slid in the polls after the vote.", []),
    ("Voters in a poll town went to the polls.", []),
])
def test_poll_opening_a_sentence(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A wish or belief verb in a free relative names the thing wanted or believed, not a view put forward.
    ("The plan offers voters what they want most.", []),
    ("Jane Doe spent whatever she wanted on the garden.", []),
    # The verb with its object after it stays a cue; so does a label given with "what ... called".
    ("Jane Doe wants what is fair for the town.", [("Jane Doe", "named person", "wants")]),
    ("Jane Doe condemned what she called a “brazen breach” of the rules.",
     [("Jane Doe", "named person", "condemned"), ("Jane Doe", "named person", "called")]),
])
def test_free_relative_wish_or_belief(text, expected):
    assert found(text) == expected
