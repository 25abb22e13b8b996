"""Session 33 (lex65): two lexicon rows read by the sense their why names (invented sentences only)."""

import pytest

from medialit import find_hedges


def flagged(text: str, word: str) -> bool:
    return any(h.phrase.lower() == word for h in find_hedges(text))


# "slightly" sizes a change or a difference ("Says a change or a difference is small."), not a plain degree of a state.
@pytest.mark.parametrize("text,found", [
    ("Ferry fares may be slightly higher next spring.", True),
    ("Ticket sales were slightly below what the council had hoped.", True),
    ("Support for the bridge has fallen slightly since May.", True),
    ("The mayor told a slightly different story on Friday.", True),
    ("The harbour index closed the week down slightly.", True),
    ("Two deckhands were slightly hurt in the storm.", False),
    ("Even slightly damp flour ruins the loaf.", False),
    ("The bread is slightly off, so the baker will start again.", False),
])
def test_slightly_sizes_a_change_or_a_difference(text, found):
    assert flagged(text, "slightly") is found


# The verb "speculate" before only a topic names an act of guessing; a guess stated keeps its flag.
@pytest.mark.parametrize("text,word,found", [
    ("The coach declined to speculate on the new stadium.", "speculate", False),
    ("In his column, Tom Reed speculates about the ferry strike.", "speculates", False),
    ("Tom Reed speculated that the ferry strike could last a month.", "speculated", True),
    ("The strike will not last, as some have speculated.", "speculated", True),
    ("There is speculation about a strike at the harbour.", "speculation", True),
])
def test_speculate_before_a_topic_is_no_hedge(text, word, found):
    assert flagged(text, word) is found


# "partly" / "partially" before a verb of paying or owning and "by" names who bore a share, as "funded in part by"
# does on the "in part" row: a fact, no hedge. A share of the causes stays a hedge.
@pytest.mark.parametrize("text,word,found", [
    ("The ferry study was partially supported by the harbour trust.", "partially", False),
    ("The bakery is owned partly by its staff.", "partly", False),
    ("The new pier was supported in part by a lottery grant.", "in part", False),
    ("The delay was partly caused by the storm.", "partly", True),
    ("Fares rose partly because fuel costs more.", "partly", True),
])
def test_a_share_paid_or_owned_is_no_hedge(text, word, found):
    assert flagged(text, word) is found


# "is considered" with its criterion in the sentence is a definition by rule, not a judgement held by someone unnamed.
@pytest.mark.parametrize("text,found", [
    ("A ferry is considered late if it docks ten minutes after the timetable.", False),
    ("The guide says that if a bridge sways in light wind, it is considered unsafe.", False),
    ("The old bridge is considered unsafe.", True),
    ("She was considered the favourite when she joined the club.", True),
    ("The plan is considered a threat, if only to the budget.", True),
])
def test_considered_by_a_stated_criterion_is_a_definition(text, found):
    assert any("considered" in h.phrase for h in find_hedges(text)) is found
