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


# --- 3. "Vale denies the rebels claim that ... ¶ “...”": a cue inside what an earlier verb reports is not speaking ----

def test_the_reporting_verb_s_source_goes_on_past_a_claim_it_reports():
    text = ("“There was no fighting,” Tom Vale said.\n\nVale denies the rebels claim that they took a soldier in the "
            "town.\n\n“Simply this is a dream. There was no clash.”")
    assert quotes_and_speakers(text)[-1] == ("Simply this is a dream. There was no clash.", "Tom Vale")


@pytest.mark.parametrize("text, speaker", [
    # a clause of its own after a comma and a joiner: the later source speaks
    ("Tom Vale spoke first, and Ann Lee said the plan was dead.\n\n“It will not return.”", "Ann Lee"),
    # a new sentence: the later source speaks
    ("Tom Vale spoke first. Ann Lee said the plan was dead.\n\n“It will not return.”", "Ann Lee"),
])
def test_a_cue_of_its_own_clause_still_gives_the_next_paragraph_s_speaker(text, speaker):
    assert quotes_and_speakers(text)[-1][1] == speaker


# --- 4. 'has stated that " if there is ..."': a straight opening mark typed with a space after it -------------------

@pytest.mark.parametrize("text, expected", [
    ('The mayor, Ann Lee, has stated that " if the river rises, the town will close the bridge." Lee spoke on radio.',
     [("if the river rises, the town will close the bridge.", "Ann Lee")]),
    ('"It was not my day," Ann Lee said, sadly. " I had a cramp in my leg."',
     [("It was not my day,", "Ann Lee"), ("I had a cramp in my leg.", "Ann Lee")]),
])
def test_a_straight_mark_with_a_space_after_it_opens_a_quotation(text, expected):
    assert quotes_and_speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # marks typed close to their words are read as before
    ('Ann Lee said "we will win" and left.', [("we will win", "Ann Lee")]),
    # no closing mark after it in its paragraph: no quotation
    ('Sizes of 5 " to 7 " fit the frame.', []),
])
def test_a_spaced_straight_mark_opens_nothing_else(text, expected):
    assert quotes_and_speakers(text) == expected


# --- 5. "if your partner said “no” or “stop”": words someone would say only in a condition -----------------------------

@pytest.mark.parametrize("text", [
    "The trainers said that if your partner said “no” or “stop” you must stop at once.",
    "If anyone tells you “your account is blocked,” hang up, the bank said.",
    "Unless a guard says “go”, stay where you are.",
])
def test_words_said_only_in_a_condition_are_no_quotations(text):
    assert quotes_and_speakers(text) == []


@pytest.mark.parametrize("text, expected", [
    ("His face lit up, as if to say, “Did you see that?”", [("Did you see that?", None)]),  # a gesture's words
    ("Reporters asked if Ann Lee said “no.” She said “Yes, I did.”", [("no.", "Ann Lee"), ("Yes, I did.", "Ann Lee")]),
    ("Ann Lee said “no.” If you ask me, it was wise.", [("no.", "Ann Lee")]),
])
def test_quotations_near_an_if_that_no_condition_governs_stay(text, expected):
    assert quotes_and_speakers(text) == expected
