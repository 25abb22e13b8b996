"""Session 15 (review20): bugs found reviewing the session's new rules. Every sentence here is invented."""

import pytest

from support import cues_and_sources as cues, phrases_and_kinds as hedges


# A passive "denied" followed by an adverb or a preposition has no object: a claim was denied, a cue.
@pytest.mark.parametrize("text,found", [
    ("The charge was denied outright by Tom Hale.", [("denied", "Tom Hale")]),
    ("The rumour about the ferry was denied twice.", [("was denied", None)]),
    ("The story was denied under oath.", [("was denied", None)]),
    ("The claim was denied even by his allies.", [("denied", "his allies")]),
    # an object left after the passive: a thing withheld, no cue
    ("The cleaners were being denied overtime.", []),
    ("They were denied the chance to speak.", []),
])
def test_passive_denied_with_an_adverb_or_preposition_is_a_denial(text, found):
    assert cues(text) == found


# A passive verb with its particle ("was called upon", "was brushed off"): the subject is the one called on, not
# the speaker; the source is the "by" phrase or no one.
@pytest.mark.parametrize("text,found", [
    ("Mina Osei was called upon to explain the delay.", [("was called upon", None)]),
    ("The ferry captain was called on to resign.", [("was called on", None)]),
    ("The offer was brushed off by the union.", [("brushed off", "the union")]),
    ("The council was called upon by residents to act.", [("called upon", "residents")]),
    # the active verb keeps its subject
    ("Mina Osei called upon the council to act.", [("called upon", "Mina Osei")]),
])
def test_passive_verb_with_particle_is_not_the_subjects_words(text, found):
    assert cues(text) == found


# "puts it" (added this session beside "put it") moving a thing is no wording; "as she puts it" still is.
@pytest.mark.parametrize("text,found", [
    ("The clerk puts it back on the shelf.", []),
    ("He put it into a drawer.", []),
    ("As the ferry captain puts it, the town is tired.", [("puts it", "the ferry captain")]),
    ("As she put it on Wednesday, the fight is over.", [("put it", "she")]),
])
def test_put_it_moving_a_thing_is_no_cue(text, found):
    assert cues(text) == found


# "100 percent" after a verb of change is the size of the change, not a stance; a stance keeps its booster.
@pytest.mark.parametrize("text,found", [
    ("Bus fares rose 100 percent.", []),
    ("Rents in the old town jumped 100 percent.", []),
    ("I back the new harbour plan 100 percent.", [("100 percent", "booster")]),
    ("The coach is 100 percent committed.", [("100 percent", "booster")]),
])
def test_100_percent_after_a_change_verb_is_a_figure(text, found):
    assert hedges(text) == found


# "it" after a sentence whose subject is a person's job: a past verb after the job is no head of a thing's noun
# ("The mayor took", "The mayor gave" were read as the source of "It says").
@pytest.mark.parametrize("text,found", [
    ("The mayor took questions for an hour. It says a lot about her.", [("says", "It")]),
    ("The mayor gave reasons. It said the plan was fair.", [("said", "It")]),
    ("The board backed cuts. It said the plan was fair.", [("said", "The board")]),
    ("The harbour board went ahead. It said the plan was fair.", [("said", "The harbour board")]),
])
def test_it_never_takes_a_verb_as_the_head_of_its_noun(text, found):
    assert cues(text) == found


# "reporting"/"writing" + for/at is a job only outside a progressive: "are reporting at least 20 dead" reports.
@pytest.mark.parametrize("text,found", [
    ("Local radio stations are reporting at least 20 dead.", [("reporting", "Local radio stations")]),
    ("The local paper was reporting at noon that the airport had closed.", [("reporting", "The local paper")]),
    ("Tomas Vel, writing for the majority, said the law was void.", [("said", "Tomas Vel")]),
    ("With 94 percent of precincts reporting, Tomas Vel led.", []),
])
def test_reporting_in_a_progressive_still_reports(text, found):
    assert cues(text) == found


# A line label naming a poll or a report is the finding's source; an outlet's genre label is the writer's own.
@pytest.mark.parametrize("text,found", [
    ("Poll: Most voters back the ferry", [(":", "Poll")]),
    ("Analysis: Why the ferry deal failed", []),
    ("Review: A gripping new novel about the sea", []),
    ("Investigation: How the harbour money vanished", []),
])
def test_genre_labels_are_no_finding_labels(text, found):
    assert cues(text) == found


# An "-ing" cue takes the subject of the nearest past verb, but not one in a clause that closed before it.
@pytest.mark.parametrize("text,found", [
    ("After the mayor left, the harbour board met, claiming that the vote was void.", []),
    ("When the mayor left, the harbour board met, saying that the vote was void.", []),
    ("After the mayor spoke, the harbour board voted, claiming that the vote was void.",
     [("claiming", "the harbour board")]),
    ("When Tam Hollis opened his campaign by talking about ferries, the crowd cheered.", [("talking about", "Tam Hollis")]),
])
def test_ing_cue_skips_a_closed_subordinate_clause(text, found):
    assert cues(text) == found


# "declined" with an adverb of rate is a figure that fell, with or without the figure; "declined further comment" stays.
@pytest.mark.parametrize("text,found", [
    ("Ferry use has declined steadily since 2010.", []),
    ("Ticket sales declined sharply.", []),
    ("Tam Hollis declined further comment.", [("declined", "Tam Hollis")]),
])
def test_declined_with_an_adverb_of_rate_is_a_fall(text, found):
    assert cues(text) == found


# "So far, so good" is an idiom, no booster; "I am so glad" keeps its booster.
@pytest.mark.parametrize("text,found", [
    ("So far, so good for the new ferry.", []),
    ("I am so glad the ferry runs again.", [("so", "booster")]),
])
def test_so_far_so_good_is_no_booster(text, found):
    assert hedges(text) == found


# A one-word capitalised source in "-s" inside a sentence is a surname, not a plural noun: no vague source.
@pytest.mark.parametrize("text,found", [
    ("According to Reynolds, the ferry deal is off.", []),
    ("The ferry deal is off, Hollis said.", []),
    ("Critics argue the ferry plan fails.", [("Critics argue", "hedge")]),
    ("The ferry plan fails.\n\nPollsters agree that it fails.", [("Pollsters agree", "hedge")]),
])
def test_one_capitalised_word_in_s_inside_a_sentence_is_a_name(text, found):
    assert hedges(text) == found


# "is known as" before a capitalised name gives the name a place goes by, no one's view; a reputation stays a cue.
@pytest.mark.parametrize("text,found", [
    ("The old harbour is known as Little Venice.", []),
    ("The ferry firm is known as a tough employer.", [("is known as", None)]),
])
def test_known_as_a_name_is_no_cue(text, found):
    assert cues(text) == found


# A "by" agent ends before "to" and a verb ("urged by residents to resign"), not before "to" and a noun phrase.
@pytest.mark.parametrize("text,found", [
    ("Tam Hollis was urged by residents to resign.", [("urged", "residents")]),
    ("The plan was criticised by an adviser to the mayor.", [("criticised", "an adviser to the mayor")]),
])
def test_by_agent_ends_before_to_and_a_verb(text, found):
    assert cues(text) == found
