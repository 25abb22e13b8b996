"""Session 14 (review18): bugs found reviewing boost18, pron18 and cue18. Every sentence here is invented."""

import pytest

from support import phrases_of_kind as flags, speakers


# A plain adjective in "-est" is no superlative: "a modest rise is possible" leaves the claim open (a hedge),
# "some of the honest voices" is a vague share, and "the very modest gains" grades the adjective (a booster).
@pytest.mark.parametrize("text,kind,found", [
    ("A modest recovery is possible by spring.", "hedge", ["possible"]),
    ("An honest settlement is possible before the ferry season.", "hedge", ["possible"]),
    ("It is the best possible outcome for the harbour.", "hedge", []),
    ("Some of the honest voices on the council left.", "hedge", ["Some"]),
    ("Some of the richest farmers sold their land.", "hedge", ["Some"]),  # session 24 (boost45): flagged, own why
    ("The very modest gains held through winter.", "booster", ["very"]),
    ("The very test of the bypass comes in March.", "booster", []),
])
def test_adjective_in_est_is_no_superlative(text, kind, found):
    assert flags(text, kind) == found


# "would soon/eventually/later" is the future seen from the story's past only outside a condition,
# and a condition may follow the verb as well as come before it.
@pytest.mark.parametrize("text,found", [
    ("Bus fares would soon rise if the county cut its grant.", ["would"]),
    ("The old bridge would eventually fail unless it is repaired.", ["would"]),
    ("If the strike went ahead, the port would soon run out of fuel.", ["would"]),
    ("The young clerk would go on to run the whole library.", []),
    ("The mill would later become a museum.", []),
])
def test_narrative_would_not_in_a_condition_after_it(text, found):
    assert flags(text, "hedge") == found


# A transcript label ends in the speaker's name after title words ("SEN. LEE:"), never after a function word:
# "QUESTION TO LEE:" is put to Lee, not said by her.
def test_label_after_a_function_word_is_not_the_named_person():
    from medialit import find_attributions
    asked = "Ann Roe toured the flooded ward on Monday.\n\nQUESTION TO ROE: “Will you rebuild the school?”\n"
    assert [a.source for a in find_attributions(asked)] == []
    titled = "Ann Roe toured the flooded ward on Monday.\n\nSEN. ROE: “We will rebuild the school.”\n"
    # (session 29, bugs57: a transcript's label before a quotation is no cue; the quotation is Roe's)
    assert [a.source for a in find_attributions(titled)] == []
    assert speakers(titled) == ["Ann Roe"]


# "They" opening a sentence may stand for a plural subject of the sentence before ("Canadians went ...
# They said"), but never for one person whose name ends in "-s" ("Ben Sanders", "Ms. Powers").
@pytest.mark.parametrize("text,source", [
    ("Ben Sanders toured the dock. They said the cranes were old.", "They"),
    ("Ms. Powers left the hall early. They said the meeting was over.", "They"),
    ("Demonstrators marched past the depot. They said the police lied.", "Demonstrators"),
    ("Senate Democrats blocked the bill. They said it was unfair.", "Senate Democrats"),
])
def test_they_is_not_one_person_named_in_s(text, source):
    from medialit import find_attributions
    assert [a.source for a in find_attributions(text) if a.cue == "said"] == [source]


# After the words reported ("Taxes hurt families, they said") the sentence's opening phrase is what was said,
# not who said it; and "it" never stands for a person ("A man was hurt. It said ...").
@pytest.mark.parametrize("text,source", [
    ("Rents crush young families, they said.", "they"),
    ("The levy hurts small farms, it said.", "it"),
    ("As shoppers left, they said the queues were long.", "shoppers"),
    ("A man was hurt in the blast. It said two others died.", "It"),
    ("The memo also blames the mayor for the delay. It also said the budget was short.", "The memo"),
])
def test_pronoun_not_read_as_what_was_said_or_as_a_person(text, source):
    from medialit import find_attributions
    assert [a.source for a in find_attributions(text) if a.cue == "said"] == [source]


# "unified" as a verb with its object (a pronoun or a name, not only "the ...") reports an act: no booster.
@pytest.mark.parametrize("text,found", [
    ("The flood unified them within a week.", []),
    ("The pay dispute unified Labour and the unions.", []),
    ("The strike unified the whole valley.", []),
    ("Rival clubs are now unified on the stadium.", ["unified"]),
    ("Residents want a unified council.", ["unified"]),
])
def test_unified_verb_with_an_object_is_no_booster(text, found):
    assert flags(text, "booster") == found


# "as ... as possible" is an idiom of the most that can be done; a lone "as possible" ("sees a strike as
# possible") judges a possibility and stays a hedge.
@pytest.mark.parametrize("text,found", [
    ("The union sees a strike as possible this winter.", ["possible"]),
    ("Clear the square as soon as possible.", []),
    ("Hire as many of the local staff as possible.", []),
])
def test_lone_as_possible_is_a_hedge(text, found):
    assert flags(text, "hedge") == found


# A first comma piece that opens with a past participle ("Frustrated by delays,") sets the scene: it is not
# the subject of a later "said"; a name ending in "-ed" still is.
@pytest.mark.parametrize("text,sources", [
    ("Frustrated by delays, Acme, a bus maker, said it would sue.", []),
    ("Alfred Roe, a baker, said the oven broke.", ["Alfred Roe"]),
])
def test_participle_opening_piece_is_no_source(text, sources):
    from medialit import find_attributions
    assert [a.source for a in find_attributions(text)] == sources


def test_participle_before_its_noun_opens_a_subject():
    from medialit import find_attributions
    text = "Worried parents, Ann Lee among them, said the school was unsafe."
    assert [a.source for a in find_attributions(text)] == ["Worried parents"]


# "asked <someone> about/whether/when ..." puts a question; the one asked never runs over "for" or "to":
# "asked the city for help when the storm hit" is a request.
@pytest.mark.parametrize("text,cues", [
    ("The mayor asked the city for help when the storm hit.", []),
    ("The council asked the town's biggest employers about the bypass.", ["asked"]),
])
def test_asked_for_help_is_no_question(text, cues):
    from medialit import find_attributions
    assert [a.cue for a in find_attributions(text)] == cues


# "<subject> sent a letter saying": the sender's words; but not when the writing hangs off a preposition
# ("fired an aide over a tweet saying": the tweet is the aide's, not the firm's).
@pytest.mark.parametrize("text,sources", [
    ("The bakery fired a driver over a post saying the ovens were dirty.", []),
    ("The ferry company sent a letter Tuesday saying the route would close.", ["The ferry company"]),
])
def test_writing_saying_is_the_senders_only_as_its_object(text, sources):
    from medialit import find_attributions
    assert [a.source for a in find_attributions(text) if a.cue == "saying"] == sources


def test_writing_after_an_amount_of_is_still_the_senders():
    from medialit import find_attributions
    text = "The coach sent a series of emails on Sunday saying the match was off."
    assert [a.source for a in find_attributions(text) if a.cue == "saying"] == ["The coach"]


# A superlative before a postposed "possible" ("the largest cut possible") is the idiom of the utmost; as a
# predicate after a be-form ("The latest offer is possible") "possible" leaves the claim open: a hedge.
@pytest.mark.parametrize("text,found", [
    ("The latest offer is possible, but the union is wary.", ["possible"]),
    ("The council made the largest cut possible.", []),
])
def test_superlative_then_be_possible_is_a_hedge(text, found):
    assert flags(text, "hedge") == found
