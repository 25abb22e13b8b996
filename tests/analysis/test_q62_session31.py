"""Session 31, q62: direct quotations and their speakers on general news, each cause with the shapes the fix must
leave alone. All text here is invented for these tests."""
import pytest
from support import quotes_and_speakers

from medialit import find_quotes


# --- 1. Wordings given as examples after a plural noun: "slogans such as “...”", "simple slogans (“...”, “...”)" ---

@pytest.mark.parametrize("text", [
    "Fans waved placards bearing slogans such as “Go team go” and “Win it all”. The match began late.",
    "The debate cannot be reduced to a few simple slogans (“cut the tax”, “build more homes”).",
    "Clerks searched the files for words such as “budget,” “deficit” and “audit.” They found none.",
    "The campaign leaned on catchphrases like “fair play for all” all summer.",
])
def test_wordings_listed_as_examples_are_no_quotations(text):
    assert quotes_and_speakers(text) == []


@pytest.mark.parametrize("text, expected", [
    # a cue in the sentence: the words are someone's (as "the word “X”" with a cue)
    ("He would not use speculative words like “maybe” and “perhaps”, Mayor Tom Vale told reporters.",
     [("maybe", "Tom Vale"), ("perhaps", "Tom Vale")]),
    # a singular noun: one wording, often its owner's
    ("Mayor Ann Lee ran on the slogan “Homes first” and won.", [("Homes first", "Ann Lee")]),
    # names someone calls others are that person's words
    ("Mayor Ann Lee calls her rivals names, like “losers” and “clowns”.",
     [("losers", "Ann Lee"), ("clowns", "Ann Lee")]),
    # "in her words" quotes her
    ("Mayor Ann Lee said the plan was, in her words, “dead on arrival.”", [("dead on arrival.", "Ann Lee")]),
])
def test_wordings_that_someone_is_said_to_use_stay_quotations(text, expected):
    assert quotes_and_speakers(text) == expected


# --- 2. "But the union has shown “no sign ...,” he wrote.": a source and its speech verb right after the quote ----

def test_a_source_and_verb_after_the_quote_outrank_an_evidence_verb_before_it():
    text = ("The city wants talks “in many ways, at once,” said the city spokesman, who asked not to be named. "
            "But the union has shown “no sign it wants to talk,” he wrote.")
    assert [(q.text, q.speaker, q.cue) for q in find_quotes(text)] == [
        ("in many ways, at once,", "the city spokesman", "said"),
        ("no sign it wants to talk,", "the city spokesman", "wrote")]


@pytest.mark.parametrize("text, speaker", [
    # the quotation is what the first cue names ("described as"): its source keeps it
    ("In what an officer described as “the biggest haul in years”, Kent Police reported a seizure of guns.",
     "an officer"),
    # a speech verb before the quotation keeps it (a speaker reporting another's words)
    ("As Tom Vale went on about “waste” and “our struggling towns,” Ann Lee said.", "Tom Vale"),
])
def test_a_later_source_does_not_take_a_quotation_another_cue_frames(text, speaker):
    assert [q.speaker for q in find_quotes(text)][-1] == speaker
