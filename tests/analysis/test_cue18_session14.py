"""Session 14 (cue18): attribution cue recall on frames the source finder did not read. Invented sentences only."""

import pytest

from support import cues_and_sources as cues


# A noun phrase, then a perfect's helping word (and an adverb), then the verb: the phrase is the source.
@pytest.mark.parametrize("text, expected", [
    ("Many Republicans have said they will not attend the fair.", ("said", "Many Republicans")),
    ("Jim Doe and his rivals for the nomination have said they will undo the rules.",
     ("said", "Jim Doe and his rivals for the nomination")),
    ("Some Greens have also argued that the tax is too low.", ("argued", "Some Greens")),
])
def test_a_phrase_before_a_perfect_is_the_source(text, expected):
    assert expected in cues(text), cues(text)


# A figure, a modal or a mark between the phrase and the verb: no phrase is read as the subject there.
@pytest.mark.parametrize("text", [
    "The Gulls beat the Herons 45 points to 24 on a wet evening.",
    "The ferry led the race by nearly 300 pledged miles.",
])
def test_no_phrase_across_a_figure(text):
    assert cues(text) == [], cues(text)


# "-ing" cue after a comma; the sentence opens with a noun phrase and its "-ed" verb: that phrase is the source.
@pytest.mark.parametrize("text, expected", [
    ("The ferry company released a statement on Monday, saying the crossings would resume.",
     ("saying", "The ferry company")),
    ("Both harbour masters stiffened their criticism of the plan, arguing that it ignored the tides.",
     ("arguing", "Both harbour masters")),
    ("At the quayside meeting, the pilots' union took a swipe at the owners, saying the boats were unsafe.",
     ("saying", "the pilots' union")),
])
def test_a_participle_takes_the_subject_of_the_main_verb(text, expected):
    assert expected in cues(text), cues(text)


# The "-ed" word after a determiner is no verb ("the revised timetable"): no source is taken from it.
def test_no_subject_from_an_adjective_in_ed():
    text = "The revised timetable of the ferries, saying little, was posted at dawn."
    assert ("saying", "The revised timetable of the ferries") not in cues(text), cues(text)


# A question put to someone named by a longer phrase: the asker's words, with no clause after "asked".
@pytest.mark.parametrize("text, expected", [
    ("Jane Doe, a union leader, asked former Harbour Master Bob Lee whether the pier was safe.", ("asked", "Jane Doe")),
    ("We asked our readers which ferry they liked best.", ("asked", "We")),
    ("Jim Roe asked the ferry's new owner about the fares.", ("asked", "Jim Roe")),
])
def test_a_question_put_to_a_longer_object(text, expected):
    assert expected in cues(text), cues(text)


# A request for a thing is an action, not a question: still no cue.
def test_asking_the_council_for_money_is_no_question():
    text = "Jim Roe asked the harbour council for money."
    assert [c for c, _ in cues(text)] == [], cues(text)


# A speech verb after a comma whose subject no other rule reads: the sentence's first comma piece is the source.
@pytest.mark.parametrize("text, expected", [
    ("April Oddway, a member of the harbour board, said the pier would reopen.", "April Oddway"),
    ("Proponents of the new ferry tax, however, say it would pay for the pier.", "Proponents of the new ferry tax"),
])
def test_the_first_comma_piece_is_the_source(text, expected):
    assert [s for c, s in cues(text) if c in ("said", "say")] == [expected], cues(text)


# Not a piece that sets the scene, not after a quotation, and not when the name follows the verb.
@pytest.mark.parametrize("text", [
    "In a speech at the harbour on Monday, to loud cheers, said nothing new.",
    "The firm lobbied the council for the pier, said the ferry's new owner.",
])
def test_no_first_piece_that_is_no_subject(text):
    assert "In a speech at the harbour on Monday" not in [s for _, s in cues(text)], cues(text)
    assert "The firm lobbied the council for the pier" not in [s for _, s in cues(text)], cues(text)


# The aside must open as one ("a", "the", a name, a figure, "for example"): a describing word is no aside.
def test_an_adjective_piece_is_no_aside_for_the_first_piece_rule():
    assert cues("The pilots, tired and wet, said nothing.") == []
    assert ("say", "A third of the pilots") in cues("A third of the pilots, 33%, say they will strike.")


# An adverb or a time phrase between the subject and the verb, with no commas: the subject before it is the source.
@pytest.mark.parametrize("text, expected", [
    ("Jo Pell has since said that the ferry will run.", ("said", "Jo Pell")),
    ("The harbour board however said the pier would stay shut.", ("said", "The harbour board")),
    ("The Kent Ferry Company less than two weeks ago said the fares would rise.", ("said", "Kent Ferry Company")),
])
def test_a_subject_before_an_adverb_or_an_ago_phrase(text, expected):
    assert expected in cues(text), cues(text)


# "since" that opens a clause is no adverb: "Doe has said since the vote that ..." keeps Doe, and a lone "However"
# is no subject.
def test_since_opening_a_clause_and_a_lone_however():
    assert ("said", "Jo Pell") in cues("Jo Pell has said since the vote that the ferry will run.")
    assert cues("However said nothing about the fares.") == []


# "recalling" after a comma with a named person as the subject: the account given is the person's.
def test_recalling_after_a_comma_is_a_cue():
    text = "“The pier was packed,” Jo Pell said, recalling the summer of the great storm."
    assert ("recalling", "Jo Pell") in cues(text), cues(text)


# A firm recalling goods gives no account; nor does "recalling" with no comma before it.
@pytest.mark.parametrize("text", [
    "The Kentish Ferry Company said on Monday that it would act, recalling its vans.",
    "Jo Pell was recalling the summer of the great storm.",
])
def test_recalling_goods_or_without_a_comma_is_no_cue(text):
    assert "recalling" not in [c for c, _ in cues(text)], cues(text)


# A headline label with a title before the name ("Dr. Jan Roeberg: ..."): the person named in the text is the source.
def test_a_headline_label_with_a_title_before_the_name():
    text = "Dr. Jan Roeberg: The Pier Is Not Fit To Open.\n\nHarbour candidate Dr. Jan Roeberg said on Monday that the pier was unsafe."
    assert (":", "Jan Roeberg") in cues(text), cues(text)


# A name after a verb or a possessive in the label is no label's source: "Ann Roeberg Backs Jan Lee: ...".
def test_a_headline_with_a_verb_before_the_name_is_no_label():
    text = "Ann Roeberg Backs Jan Lee: Pier Must Open.\n\nAnn Roeberg said on Monday that Jan Lee should run the pier."
    assert ":" not in [c for c, _ in cues(text)], cues(text)


# "saying" right after a piece of writing someone sent ("sent an email saying"): the sender's words.
@pytest.mark.parametrize("text, expected", [
    ("The ferry company sent an email on Friday saying the crossings would resume.", ("saying", "The ferry company")),
    ("Jo Pell held up a sign saying the pier must stay open.", ("saying", "Jo Pell")),
])
def test_saying_after_a_writing_sent(text, expected):
    assert expected in cues(text), cues(text)


# Another "-ing" word after a writing, or "saying" after some other thing, is left as before.
@pytest.mark.parametrize("text", [
    "The ferry company sent an email on Friday urging riders to book early.",
    "Jo Pell held up a lantern saying nothing at all.",
])
def test_no_cue_after_other_things(text):
    assert [c for c in cues(text) if c[0] in ("saying", "urging")] == [], cues(text)


# Before "suggests", a noun phrase that opens with a determiner is the evidence that suggests it.
@pytest.mark.parametrize("text, expected", [
    ("The new evidence from the harbour suggests the pier is sinking.", "The new evidence from the harbour"),
    ("A large body of work suggests that ferries cut traffic.", "A large body of work"),
])
def test_evidence_before_suggests_is_the_source(text, expected):
    assert ("suggests", expected) in cues(text), cues(text)


# Other verbs keep the old head test: "The new evidence from the harbour shows" is read as before.
def test_other_verbs_keep_the_head_test():
    assert ("warns", "The new evidence from the harbour") not in cues("The new evidence from the harbour warns that it is sinking.")


# A helping verb opens the sentence's verb ("are drawing up", "had sued"): its subject is the source of ", saying".
def test_a_participle_after_a_verb_with_a_helping_word():
    text = "The pilots are drawing up new plans for the harbour, saying the old ones failed."
    assert ("saying", "The pilots") in cues(text), cues(text)


# Not for a verb that gives no words: "The pressure is growing, threatening the ferry" has no source.
def test_no_source_for_a_thing_that_threatens():
    assert cues("The pressure on the harbour board is only growing, threatening more closures.") == []
