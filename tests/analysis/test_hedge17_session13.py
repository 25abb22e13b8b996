"""Session 13 (hedge17): hedge precision on unseen copy. Invented sentences only."""

import pytest

from medialit import find_hedges

from support import phrases_of_kind as flags


def sources(text: str) -> list[str]:
    return [h.phrase for h in find_hedges(text) if "attribution" in h.category]


# A record the writer cites is a paper trail, not a person keeping their name back: no vague-source hedge.
@pytest.mark.parametrize("text", [
    "The ferry company paid the fine in 2019, according to harbour filings.",
    "Harbour records show the crane was idle for most of March.",
    "Depositions released last week quote the manager on the missing funds.",
    "A survey found that two in three riders use the night bus.",
    "The mill closed its doors in May, according to a study last year by two historians.",
])
def test_a_record_is_not_an_unnamed_source(text):
    assert sources(text) == [], find_hedges(text)


# A record's own hedging word is still a hedge; people left unnamed are still vague sources.
@pytest.mark.parametrize("text, phrase", [
    ("Early surveys suggest that the ferry will lose riders.", "suggest"),
    ("Officials said the ferry will lose riders.", "Officials said"),
    ("Scientists found that the reef was shrinking.", "scientists found"),
    ("The reef was shrinking, according to reports.", "according to reports"),
])
def test_people_and_hedging_words_stay_flagged(text, phrase):
    assert phrase.lower() in [p.lower() for p in flags(text)], find_hedges(text)


# An order or a question asserts nothing a writer could keep at a distance: no vague or agentless hedge.
@pytest.mark.parametrize("text", [
    "A judge ordered the council to publish the plans.",
    "The crews were ordered to leave the quay before dawn.",
    "A reporter asked the mayor when the bridge would reopen.",
])
def test_an_order_or_a_question_is_not_a_hedge(text):
    assert sources(text) == [], find_hedges(text)


# "try to" in the present or future, or "attempts to" as a verb, says what someone does or means to do;
# the past and the -ing form still leave open whether the effort worked.
@pytest.mark.parametrize("text, found", [
    ("Every winter they try to mend the nets before the storms.", []),
    ("She tries to answer every letter herself.", []),
    ("The club will try to sign a new keeper.", []),
    ("As he attempts to rebuild the shop, the rent keeps rising.", []),
    ("They tried to mend the nets before the storm.", ["tried to"]),
    ("The guards, trying to calm the crowd, opened the gate.", ["trying to"]),
    # Session 19 (hedge31): the noun names an attempt that was made, a narrated event (the seed leaves
    # "Trump's attempts to secure a ceasefire" unmarked): tests/analysis/test_hedge31_session19.py.
    ("The mayor's attempts to save the pier failed.", []),
    ("It was an attempt to save the pier.", []),
])
def test_try_to_in_the_present_is_not_a_hedge(text, found):
    assert flags(text) == found, find_hedges(text)


# The noun "claim(s)" names an assertion or a demand without doubting it: after an adjective, or ending its
# clause. (The verb with no source found keeps its distance and stays flagged; with a source it is the
# attribution's loaded cue instead.)
@pytest.mark.parametrize("text, found", [
    ("The baker denied the theft claims, pointing to his till rolls.", []),
    ("It was another of the mayor's long-standing claims that the pier was safe.", []),
    ("The debunked claim that the tide mill was haunted kept spreading.", []),
    ("Insurers rejected most flood claims by farmers.", []),
])
def test_the_noun_claim_is_not_a_hedge(text, found):
    assert [h.phrase for h in find_hedges(text) if h.category == "distancing"] == found, find_hedges(text)


# "I feel" gives a view before a clause or "that"/"like"; before an adjective or a noun it names a feeling.
@pytest.mark.parametrize("text, found", [
    ("I feel that the ferry will be late again.", ["I feel"]),
    ("I feel like the town has forgotten us.", ["I feel"]),
    ("I feel bad about the closed library.", []),
    ("I feel your anger about the fares.", []),
    ("That is how I feel about the new bridge.", []),
])
def test_i_feel_is_a_hedge_only_before_a_view(text, found):
    assert flags(text) == found, find_hedges(text)


# "many" is not a vague amount in the gold readings ("some", "most" are): "in many cases" is no hedge,
# "in some cases" and "in most cases" still are.
@pytest.mark.parametrize("text, found", [
    ("In many cases the bus was full.", []),
    ("In some cases the bus was full.", ["In some cases"]),
    ("In most cases the bus was full.", ["In most cases"]),
])
def test_in_many_cases_is_not_a_hedge(text, found):
    assert flags(text) == found, find_hedges(text)


# A passive judgement whose holder a "by" phrase names is no longer agentless; without one, or with a
# "by" of means, it stays a hedge.
@pytest.mark.parametrize("text, found", [
    ("Eels are considered a delicacy by many fishermen.", []),
    ("The pier, considered unsafe by the harbour board, stayed shut.", []),
    ("The pier is considered unsafe.", ["is considered"]),
    ("The pier was considered a danger, and it was closed by the council.", ["was considered"]),
    ("The pier is considered safer by adding rails.", ["is considered"]),
])
def test_a_judgement_with_its_holder_named_is_not_agentless(text, found):
    assert flags(text) == found, find_hedges(text)


# A negated or habitual effort leaves no outcome in doubt, and a be-form one adverb away is still an intent;
# a plain participle ("guards trying to calm") stays flagged (see above).
@pytest.mark.parametrize("text, found", [
    ("The council is not trying to close the baths.", []),
    ("The baker was never trying to cheat anyone.", []),
    ("He is always trying to win the argument.", []),
    ("The crew was desperately trying to reach the shore.", []),
    ("The crew, desperately trying to reach the shore, lost an oar.", ["trying to"]),
])
def test_a_negated_or_habitual_effort_is_not_a_hedge(text, found):
    assert flags(text) == found, find_hedges(text)


# "could" at the end of a time clause opened by "before"/"until" says someone was able to, at last; not
# after a preposition and its -ing verb, nor in a belief reported.
@pytest.mark.parametrize("text, found", [
    ("They waited a week before the storm passed and the boats could finally sail.", []),
    ("The crew rowed on until the fog lifted and they could see the harbour.", []),
    ("She paused before predicting that the new ferry could cut fares.", ["could"]),
    ("He waited until he believed the old bridge could bear the weight.", ["could"]),
])
def test_could_at_the_end_of_a_time_clause_is_ability(text, found):
    assert flags(text) == found, find_hedges(text)
