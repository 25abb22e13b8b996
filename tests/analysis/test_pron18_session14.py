"""Session 14 (pron18): whom a "he"/"she" source stands for. Invented sentences only."""

import pytest

from medialit import find_attributions, find_quotes
from medialit.analysis.names import find_people, names_in


def source_of(text: str, cue: str) -> str | None:
    """The source the finder gives the cue whose words are ``cue``."""
    return next(a.source for a in find_attributions(text) if a.cue == cue)


# A pronoun that opens the main clause right after a phrase a preposition opens ("In an interview
# with ...", "Of ...") is not the name inside that phrase: that name was spoken to or of.
@pytest.mark.parametrize("text", [
    "Mara Quell announced her bid on Monday. In an interview with Tomas Brandt, she said the harbour plan was dead.",
    "Mara Quell spoke at the docks on Monday. Of the dispute over Tomas Brandt, she said the board had acted too late.",
])
def test_a_name_in_an_opening_phrase_is_not_the_pronoun(text):
    assert source_of(text, "said") == "Mara Quell"


# Not when the phrase has a clause of its own or the pronoun comes later in the sentence.
def test_a_name_in_an_opening_clause_still_counts():
    text = "Mara Quell arrived late. After Tomas Brandt left the hall, he said the vote was rigged."
    assert source_of(text, "said") == "Tomas Brandt"


# A "he"/"she" inside a "who" clause stands for the name the clause describes, not the sentence's subject.
def test_a_pronoun_inside_a_who_clause_is_the_described_name():
    text = ("Mara Quell has long fought mill owner Tomas Brandt, who led the drive to close the ferry "
            "because he claimed it lost money.")
    assert source_of(text, "claimed") == "Tomas Brandt"


# A pronoun right after "who" is someone else than the name the clause describes.
def test_a_pronoun_right_after_who_is_not_the_described_name():
    text = "Mara Quell praised Tomas Brandt, who she said had saved the ferry."
    assert source_of(text, "said") == "Mara Quell"


def test_the_quote_after_an_opening_phrase_goes_to_the_subject():
    text = ("Mara Quell toured the docks on Monday.\n\n"
            "In a letter to Tomas Brandt, she wrote: “The harbour must stay open.”")
    assert [q.speaker for q in find_quotes(text)] == ["Mara Quell"]


# "they" after a named source that is many people: two names joined by "and", or a party's plural.
@pytest.mark.parametrize("text, source", [
    ("Tomas Brandt and Ines Volk argued that the ferry must stay. The town can pay for it, they said.",
     "Tomas Brandt and Ines Volk"),
    ("Several Harbour Democrats cautioned against the plan, saying it cost too much. They also said the vote came too soon.",
     "Harbour Democrats"),
])
def test_they_after_a_named_source_of_many_people(text, source):
    said = [a for a in find_attributions(text) if a.cue == "said"]
    assert [(a.source, a.source_kind) for a in said] == [(source, "named group")]


# One name ending in "s" is one person: "they" does not take it.
def test_they_does_not_take_one_name_ending_in_s():
    text = "Tomas Sanders argued that the ferry must stay. The town can pay for it, they said."
    assert source_of(text, "said") != "Tomas Sanders"


# "they" after an unnamed source whose head comes before "of", "who" ...: the head says it is many.
@pytest.mark.parametrize("text, source", [
    ("Friends of Mr. Brandt who have seen him work say that the ferry runs late. He may not be fast, they say, "
     "but he is careful.", "Friends of Mr. Brandt"),
    ("Those surveyed say the bus is too slow, though they blame the roads.", "Those surveyed"),
])
def test_they_after_a_plural_head(text, source):
    cue = "blame" if "blame" in text else "say"
    last = [a for a in find_attributions(text) if a.cue == cue][-1]
    assert last.source == source


# One person's job before "of" is one person: "they" does not take it.
def test_they_does_not_take_a_singular_head_before_of():
    text = "The head of the ferry unions says the boats are old. They need repairs, they say."
    last = [a for a in find_attributions(text) if a.cue == "say"][-1]
    assert last.source != "The head of the ferry unions"


# "they" stands for the plural noun phrase that opens its sentence (or the one before, when "they"
# opens its own), a verb right after it.
@pytest.mark.parametrize("text, cue, source", [
    ("Ferry riders grew angry because they think the fares are too high.", "think", "Ferry riders"),
    ("Harbour Progressives favour new piers, which they argue would bring trade.", "argue", "Harbour Progressives"),
    ("The ferry crews walked out on Monday. They said the cranes were unsafe.", "said", "The ferry crews"),
])
def test_they_is_the_plural_subject(text, cue, source):
    assert source_of(text, cue) == source


# Not a plural that only describes the next word, nor a sentence that opens with an aside.
@pytest.mark.parametrize("text", [
    "Civil rights groups met the mayor, and they said the piers must wait.",
    "Still, ferry riders grew angry. They said the fares were too high.",
])
def test_they_is_not_a_describing_plural_or_past_an_aside(text):
    assert source_of(text, "said") not in ("Civil rights", "Still, ferry riders")


# "it" stands for the thing whose noun opens its sentence (or the one before), a verb right after it.
@pytest.mark.parametrize("text, cue, source", [
    ("The post showed a ferry beside the Kestrel Ferries office. It says the boats are unsafe.", "says", "The post"),
    ("The harbour campaign is now braced for a fight with Kestrel Ferries that it expects to last into spring.",
     "expects", "The harbour campaign"),
])
def test_it_is_the_thing_that_opens_the_sentence(text, cue, source):
    assert source_of(text, cue) == source


# Not a person's job ("The official said" is a "he" or "she").
def test_it_is_not_a_persons_job():
    text = "The harbour official spoke on Monday. It said the piers were public."
    assert source_of(text, "said") != "The harbour official"


# A body's noun keeps the body's name ("The company cut jobs. It said ...": Kestrel Ferries).
def test_it_after_a_bodys_noun_keeps_the_name():
    text = "The company slashed 300 jobs at Kestrel Ferries Ltd in May. It said sales would recover."
    assert source_of(text, "said") == "Kestrel Ferries Ltd"


# The writer's "I've"/"I’m" is no one a "he" or "she" stands for.
def test_he_is_not_the_writers_i_ve():
    text = "Jon Reed filed his taxes late. If, as I’ve suggested, he and other developers gain from the rules, he has proposed nothing."
    assert source_of(text, "proposed") == "Jon Reed"


# "Co." ends a company's name: "he" is never "Kestrel Motor Co".
def test_co_ends_a_company_name():
    text = ("The mayor listed shares in firms like Kestrel Motor Co., Bolt Inc. and others, all of which "
            "he has attacked.")
    assert source_of(text, "attacked") != "Kestrel Motor Co"
    assert [(p.name, p.kind) for p in find_people(text) if p.name == "Kestrel Motor Co"] == [("Kestrel Motor Co", "organisation")]


# A people's adjective before a lower-case word ("Russian empires") is no one a "he" stands for.
def test_he_is_not_a_peoples_adjective():
    text = "Tom Quill praised Russian. Harking back to the contest of Russian empires, he says one won."
    names = names_in(text)
    assert not names.fits(names.mention_at(text.rindex("Russian")), "he")
