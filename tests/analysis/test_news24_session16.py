"""Session 16 (news24): causes found on invented British and long-form news (bench/invented-news-uk).

Every sentence here is invented for the test.
"""

import pytest

from medialit import find_quotes

from support import boosters, cues_and_sources as cues, hedges, speakers


# A clause with no "that" after a verb that needs one ("thinks", "found", "declared"): a determiner's noun before
# an irregular simple past ("the decline began"), or a bare name or plural noun before a finite verb ("Labour
# will win", "ministers were wrong"), opens it. An object ("added salt", "told him") does not.
@pytest.mark.parametrize("text, found", [
    ("Pat Quill thinks the slump began long before the mill closed.", [("thinks", "Pat Quill")]),
    ("The ferry captain, who has sailed the route for years, thinks the service fell apart in the spring.",
     [("thinks", "The ferry captain")]),
    ("Ivo Brandt thinks Northvale will win the cup.", [("thinks", "Ivo Brandt")]),
    ("The warden thinks ramblers were never told.", [("thinks", "The warden")]),
    ("Pat Quill recalled councils had cut the ferry budget.", [("recalled", "Pat Quill")]),
    ("The chef added salt to the stew.", []),
    ("She thought about the ferry for a while.", []),
])
def test_a_clause_without_that_opened_by_a_bare_subject_or_a_simple_past(text, found):
    assert cues(text) == found


# A paragraph of narration that opens with a short phrase ("Asked whether ...,", "When the talk turns to ...,")
# and then the person (or "he"/"she") hands that person the paragraph of quotation after it, as a paragraph that
# opens with the name does. A phrase with no person after it hands over no one.
@pytest.mark.parametrize("text, found", [
    ("Ossian Pell has run the ferry for thirty years.\n\nAsked whether he will retire, Pell grins.\n\n"
     "“Not while the engine still starts.”", ["Ossian Pell"]),
    ("Ossian Pell has run the ferry for thirty years.\n\nWhen the talk turns to money, he frowns.\n\n"
     "“We lose a little every winter.”", ["Ossian Pell"]),
    ("Ossian Pell has run the ferry for thirty years.\n\nIn March, the engine failed.\n\n"
     "“We lose a little every winter.”", [None]),
])
def test_a_person_after_an_opening_phrase_hands_over_the_next_quotation(text, found):
    assert speakers(text) == found


# "heard" is a cue only after a body that hears evidence (a court, an inquest, jurors, a tribunal, an inquiry):
# British court copy opens "The court heard that ...". Elsewhere it is mostly a sound or a topic.
@pytest.mark.parametrize("text, found", [
    ("The court heard that the van had been stolen in March.", [("heard", "The court")]),
    ("The inquest has heard that the lifeboat reached the cove within minutes.", [("heard", "The inquest")]),
    ("Jurors heard the keeper had locked the gate at dusk.", [("heard", "Jurors")]),
    ("When the porter heard the alarm, he ran to the pier.", []),
    ("Wren Hollis had heard that the ferry would stop in May.", []),
])
def test_heard_is_a_cue_after_a_court_or_an_inquest(text, found):
    assert cues(text) == found


# A verb joined by "and" to an "-ed" verb inside what an earlier cue reports has that verb's subject, not the
# earlier cue's source. A subject after "as", "while" or a noun's "that" is not what is reported.
@pytest.mark.parametrize("text, found", [
    ("Wardens said that Pia Lund crossed the fence and threatened a ranger.",
     [("said", "Wardens"), ("threatened", "Pia Lund")]),
    ("Wardens said Pia Lund crossed the fence and accused a ranger of lying.",
     [("said", "Wardens"), ("accused", "Pia Lund")]),
    ("Pia Lund rejected the idea that the wardens crossed the line and said the fence was safe.",
     [("rejected", "Pia Lund"), ("said", "Pia Lund")]),
])
def test_a_verb_after_and_inside_a_reported_clause_takes_that_clauses_subject(text, found):
    assert cues(text) == found


# "no longer" presses only a stop announced for the future ("will no longer"); a plain report of change
# ("could no longer afford", "is no longer open") is a fact. "heavily" of a manner ("drank heavily") is no booster.
@pytest.mark.parametrize("text, found", [
    ("The ferry company will no longer sail to the island in winter.", ["no longer"]),
    ("The trust could no longer afford the lease.", []),
    ("The pier is no longer open after dark.", []),
    ("Her neighbours no longer felt safe on the lane.", []),
    ("The warden said the boy had been drinking heavily.", []),
])
def test_no_longer_presses_only_an_announced_stop(text, found):
    assert boosters(text) == found


# An approximator before a fraction or a teen ("about a fifth", "nearly a tenth", "about fourteen") rounds a
# figure as it does before "a third"; a plain ordinal ("finished fifth") is no figure rounded.
@pytest.mark.parametrize("text, found", [
    ("The mill lost about a fifth of its staff.", ["about"]),
    ("Nearly a tenth of the cottages stand empty.", ["Nearly"]),
    ("About fourteen boats were moored at the quay.", ["About"]),
    ("The Ashby crew finished fifth.", []),
])
def test_an_approximator_before_a_fraction_or_a_teen(text, found):
    assert hedges(text) == found


# "I thought" / "we thought" before a view hedges it, as "I think" does; a thought reported ("I thought to
# myself"), a topic ("thought about") or "I thought so" is no hedge.
@pytest.mark.parametrize("text, found", [
    ("“I thought the second half was poor,” the coach said.", ["I thought"]),
    ("We thought the harbour wall would hold.", ["We thought"]),
    ("I thought to myself, “Time to sell the boat.”", []),
    ("We thought about the harbour all winter.", []),
    ("“I thought so,” the skipper said.", []),
])
def test_i_thought_before_a_view_is_a_hedge(text, found):
    assert hedges(text) == found


# "..., with NOUN VERBing": an "-ing" cue right after "with" and a short noun phrase, "with" after a comma or
# opening the sentence, has that phrase as its source. "met with X saying" (with inside a clause) is no source.
@pytest.mark.parametrize("text, found", [
    ("The pier plan has split Ravensby, with anglers warning that the fish will go.",
     [("warning", "anglers")]),
    ("With some traders claiming the fair lost money, the council will review it.",
     [("claiming", "some traders")]),
    ("The vicar met with bell-ringers saying the tower was unsafe.", []),
])
def test_a_noun_after_with_is_the_source_of_the_ing_cue(text, found):
    assert cues(text) == found


# "shown" is only a participle: a cue after "has"/"have"/"had" or a form of "be", not after the noun it describes.
@pytest.mark.parametrize("text, found", [
    ("Footage shown to the jury lasted four minutes.", []),
    ("Surveys have shown that the bay is warming.", [("shown", "Surveys")]),
])
def test_shown_after_its_noun_is_no_cue(text, found):
    assert cues(text) == found


# A time phrase opening a sentence with no comma ("Ten years ago", "Last week") is not part of the subject that
# speaks a quotation with no cue.
@pytest.mark.parametrize("text, found", [
    ('Ten years ago the trust commissioned a plan that pledged a "busy, safe and open harbour" by now.', ["the trust"]),
    ('Two days later the club issued a notice promising "a fresh start, with new nets and a new coach" for members.',
     ["the club"]),
])
def test_an_opening_time_phrase_is_not_the_speaker(text, found):
    assert speakers(text) == found


# A headline's quotation with no speaker, whose words (three or more) a later quotation repeats, is that
# later quotation's speaker's. A quotation after the first line keeps what the other rules give it.
@pytest.mark.parametrize("text, found", [
    ("“The tide took everything”: a village after the storm\n\nThe sea wall broke at dawn.\n\n"
     "“The tide took everything we had,” said Nell Corrie.", ["Nell Corrie", "Nell Corrie"]),
    ("A village after the storm\n\nThe sea wall broke at dawn. “The tide took everything,” a sign read.\n\n"
     "“The tide took everything we had,” said Nell Corrie.", [None, "Nell Corrie"]),
])
def test_a_headline_quotation_repeated_later_is_that_speakers(text, found):
    assert speakers(text) == found


# "could no longer" says someone was not able any more, like "could not": no hedge. "could" of a possibility stays.
@pytest.mark.parametrize("text, found", [
    ("The club said it could no longer pay the groundsman.", []),
    ("The club could fold before the spring.", ["could"]),
])
def test_could_no_longer_is_ability_not_a_hedge(text, found):
    assert hedges(text) == found


# An interview headline, "‘...’: Jane Doe on ...", is a quotation of the person named after the colon, even a
# long one (up to 28 words), in a text whose body quotes in double marks.
def test_an_interview_headline_quotes_the_person_after_the_colon():
    text = ("‘I never meant to sail for a living. I meant to teach’: Bryn Tallis on tides, debts and the boat that "
            "kept him afloat\n\nBryn Tallis has skippered the Kittiwake for twenty years.\n\n"
            "“It was never the plan,” he says.")
    assert [(q.text, q.speaker) for q in find_quotes(text)] == [
        ("I never meant to sail for a living. I meant to teach", "Bryn Tallis"),
        ("It was never the plan,", "Bryn Tallis")]
