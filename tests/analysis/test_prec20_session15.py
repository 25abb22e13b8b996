"""Session 15 (prec20): fewer false attribution cues. Every sentence here is invented."""

import pytest

from medialit import find_attributions

from support import cues_and_sources as cues


# Two reporting verbs joined by "to" or "by" are one verb group: one act of saying, one cue.
@pytest.mark.parametrize("text,found", [
    ("The harbour master continued to insist that the pier was safe.", [("continued to insist", "The harbour master")]),
    ("Ada Okafor refused to say whether the ferry would run.", [("refused to say", "Ada Okafor")]),
    ("The baker went on to say that bread prices would rise.", [("went on to say", "The baker")]),
    ("The council continued by saying that the road would reopen in May.", [("continued by saying", "The council")]),
    # Two verbs joined by "and" with nothing between them share the subject and what was said.
    ("The baker mocked and criticized the new parking rules.", [("mocked and criticized", "The baker")]),
    # A verb that needs a quotation is not joined to a verb that reports on its own.
    ("The baker beamed and asked the crowd to welcome the mayor.", [("asked", "The baker")]),
    # Two verbs with a sentence or other words between them stay two cues.
    ("The mayor said the road would close. He added that buses would run.", [("said", "The mayor"), ("added", "The mayor")]),  # "He" is the mayor (src20: a pronoun after an unnamed office)
    ("The mayor said the road would close and asked drivers to say where they park.", [("said", "The mayor"), ("asked", "The mayor")]),
])
def test_reporting_verbs_joined_by_to_or_by_are_one_cue(text, found):
    assert cues(text) == found


def test_the_joined_cue_takes_the_meaningful_verbs_row():
    # "continued" only says the speaker went on: the lexicon row (its why and tone) is that of "insist".
    (a,) = find_attributions("The harbour master continued to insist that the pier was safe.")
    assert a.verb_tone == "loaded" and "budge" in a.why
    # "refused" carries the refusal: its row is kept.
    (b,) = find_attributions("Ada Okafor refused to say whether the ferry would run.")
    assert "firm no" in b.why


# A speech verb after a verb of intending and "to" is planned or wished, not said.
@pytest.mark.parametrize("text,found", [
    # (the stated plan is the union's, session 18; "endorse" is no cue)
    ("The union plans to endorse the new harbour master on Friday.", [("plans to", "The union")]),
    ("The novelist intended to write about the floods.", []),
    ("Pat Reyes wants to explain the budget to the town.", [("wants", "Pat Reyes")]),
    # Words given, tried or withheld stay cues.
    ("Pat Reyes tried to explain that the budget was short.", [("explain", "Pat Reyes")]),
    ("Pat Reyes refused to say whether the budget was short.", [("refused to say", "Pat Reyes")]),
    ("“Never give up,” the coach would say.", [("say", "the coach")]),
])
def test_a_speech_verb_only_intended_is_no_cue(text, found):
    assert cues(text) == found


# A stance (wants, hopes, supports, expects) reported inside what someone said is part of that statement, also
# after words of time or place, or after the first part of what was said: one cue, the speech verb.
@pytest.mark.parametrize("text,found", [
    ("The ferry captain said in a statement on Tuesday that she wants a new pier.", [("said", "The ferry captain")]),
    ("Tom Byrne told the crowd at the harbour that he expects to win the vote.", [("told", "Tom Byrne")]),
    ("Tom Byrne said he liked the plan and that he supports a new pier.", [("said", "Tom Byrne")]),
    # With no speech verb before it, the stance is a cue of its own; a belief inside a statement stays a cue.
    ("Tom Byrne wants a new pier.", [("wants", "Tom Byrne")]),
    ("Tom Byrne said on Monday that he believes the pier is safe.", [("said", "Tom Byrne"), ("believes", "Tom Byrne")]),
    # Not across a quotation.
    ("Tom Byrne said “we are done” and that he wants a new pier.", [("said", "Tom Byrne"), ("wants", "Tom Byrne")]),
])
def test_a_stance_inside_a_statement_is_no_second_cue(text, found):
    assert cues(text) == found


# "reporting" and "writing" that give no one's words: a vote count coming in, a credit line, someone's job.
@pytest.mark.parametrize("text,found", [
    ("Ana Ruiz won 52 percent of the vote with 94 percent of precincts reporting.", []),
    ("The ferry will sail again in May. (Additional reporting by Tom Roe; Editing by Ana Ruiz)", []),
    ("Judge Ana Ruiz, writing for the majority, said the harbour rules were lawful.", [("said", "Ana Ruiz")]),
    # Words given stay cues.
    ("The harbour board took to its website, writing that the ferry would sail in May.", [("writing", "The harbour board")]),
    ("The Lakeside Echo reported the closure, reporting that the pier had cracked.",
     [("reported", "Lakeside Echo"), ("reporting", "Lakeside Echo")]),
])
def test_reporting_and_writing_that_give_no_words_are_no_cues(text, found):
    assert cues(text) == found


# A wish, belief or stance in a condition or a question, or after "may", "might", "could", is supposed, not held.
@pytest.mark.parametrize("text,found", [
    ("Asked if he believed the pier was safe, Tom Byrne said no.", [("Asked if", None), ("said", "Tom Byrne")]),
    ("It is unclear whether the council still supports the ferry plan.", []),
    ("The ferry company may want to check its timetable.", []),
    ("The mayor will stay in office if she wants a second term.", []),
    # Held views stay cues, also after a condition closed by a comma.
    ("Tom Byrne believes the pier is safe.", [("believes", "Tom Byrne")]),
    ("Tom Byrne said that if elected, he believes the pier will reopen.", [("said", "Tom Byrne"), ("believes", "Tom Byrne")]),
])
def test_a_view_only_supposed_is_no_cue(text, found):
    assert cues(text) == found


# An amount of words with no content is no attribution ("John only said three words").
@pytest.mark.parametrize("text,found", [
    ("At the hearing the ferry captain said little, according to a clerk.", [("according to", "a clerk")]),
    ("Tom Byrne said little about the budget.", [("said", "Tom Byrne")]),
    ("Tom Byrne said much of the budget went on the pier.", [("said", "Tom Byrne")]),
])
def test_an_amount_of_words_alone_is_no_cue(text, found):
    assert cues(text) == found


# A passive "denied" with an object is a thing withheld, not a statement denied.
@pytest.mark.parametrize("text,found", [
    ("Tom Byrne says he is being denied the chance to speak at the harbour meeting.", [("says", "Tom Byrne")]),
    ("The ferry workers had been denied overtime for a year.", []),
    # A claim or a request denied stays a cue.
    ("The claim was denied by the harbour board.", [("denied", "the harbour board")]),
])
def test_a_passive_denied_with_an_object_is_a_thing_withheld(text, found):
    assert cues(text) == found


# "declined" for a figure that fell, also after an adverb or a comma.
@pytest.mark.parametrize("text,found", [
    ("Support for the ferry plan has declined slightly from 58 percent.", []),
    ("Views of the pier have also declined, by nine percentage points, since May.", []),
    ("The harbour master declined two requests for an interview.", [("declined", "The harbour master")]),
])
def test_declined_for_a_figure_that_fell(text, found):
    assert cues(text) == found
