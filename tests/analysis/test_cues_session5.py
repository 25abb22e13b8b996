"""Session 5 cue causes (issue 10), each on sentences written for this test."""

import pytest

from support import sources_kinds_and_cues as found


@pytest.mark.parametrize("text, expected", [
    # A passive forecast with no one named is an agentless cue.
    ("The mill is expected to close next spring.", [(None, "agentless", "is expected to")]),
    ("Turnout was widely expected to fall.", [(None, "agentless", "was widely expected to")]),
    # A timetable ("to be" and a participle) is no one's forecast; "than expected" names no one.
    ("The new bridge is expected to be opened in June.", []),
    ("Sales were higher than expected.", []),
])
def test_expected_passive(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A verb that needs a that-clause, with a plain noun phrase as its subject.
    ("Most of the farmers agreed that rents would rise.", [("Most of the farmers", "unnamed", "agreed")]),
    ("Farmers in the valley agreed that rents would rise.", [("Farmers in the valley", "unnamed", "agreed")]),
    # No clause: an action agreed on. Since session 21 (cue36) the past "agreed to" before a verb is a cue of its own,
    # a commitment given (PolNeAR train 17 of the 30 it adds gold, dev 5 of 6, real-news-7 1 of 1); "agreed to a truce"
    # (a thing accepted) stays out.
    ("Farmers in the valley agreed to sell.", [("Farmers in the valley", "unnamed", "agreed to")]),
])
def test_clause_verb_with_noun_phrase_subject(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A participle after a comma takes the sentence's subject, past a scene-setting opening.
    # (Since session 9, stance12, "attacked" with a person as subject is a cue too, with the same source.)
    ("During a long speech in the city on Friday, Jane Doe attacked the plan, saying it was rushed.",
     [("Jane Doe", "named person", "attacked"), ("Jane Doe", "named person", "saying")]),
    ("Meanwhile, Jane Doe attacked the plan, saying it was rushed.",
     [("Jane Doe", "named person", "attacked"), ("Jane Doe", "named person", "saying")]),
    # A subject with an aside is no opening phrase.
    ("Jane Doe, the mayor, attacked the plan, saying it was rushed.",
     [("Jane Doe", "named person", "attacked"), ("Jane Doe", "named person", "saying")]),
])
def test_participle_after_opening_phrase(text, expected):
    assert found(text) == expected


def test_noun_phrase_after_and():
    # "..., and local shopkeepers warned": the phrase after "and" is the source, not nothing.
    assert found("The mayor praised the scheme, and local shopkeepers warned that rents would rise.") == [
        ("The mayor", "named person", "praised"), ("local shopkeepers", "unnamed", "warned")]


def test_transcript_labels_in_capitals():
    # "REED:" and "DOE:" spell the last names of people the text names; "NOTE:" names no one.
    text = ("Mayor Jane Doe spoke to the radio host Tom Reed on Sunday.\n\nREED: Will the bridge open?\n\n"
            "DOE: It will open in May.\n\nNOTE: Times are local.")
    assert found(text) == [("Tom Reed", "named person", ":"), ("Jane Doe", "named person", ":")]


def test_headline_label_of_a_name_given_below():
    # A headline in title case is not read for names; the same name in the body makes "Jane Doe:" a cue.
    text = "Jane Doe: Bridge Will Open in May\n\nThe new bridge will open in May, Mayor Jane Doe told reporters."
    assert found(text) == [("Jane Doe", "named person", ":"), ("Jane Doe", "named person", "told")]


@pytest.mark.parametrize("text, expected", [
    # "called" with an object and a description starting "a"/"an" gives a view, quoted or not.
    ("Jane Doe called the plan a disaster.", [("Jane Doe", "named person", "called")]),
    ("Jane Doe called him a liar on Monday.", [("Jane Doe", "named person", "called")]),
    # Calling a meeting is an action, not a description.
    ("Jane Doe called a meeting for Monday.", []),
])
def test_called_object_description(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jane Doe likened the new tax to a trap.", [("Jane Doe", "named person", "likened")]),
    ("The farmers made the case that the road should stay open.", [("The farmers", "unnamed", "made the case")]),
    ("Jane Doe spoke of her fears for the valley.", [("Jane Doe", "named person", "spoke of")]),
    # Naming a topic is not reporting what was said.
    ("The two leaders discussed trade.", []),
])
def test_session5_lexicon_rows(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The council disclosed that the bridge had failed two checks.", [("The council", "named group", "disclosed")]),
    ("Jane Doe recounted how the river rose overnight.", [("Jane Doe", "named person", "recounted")]),
])
def test_disclosed_and_recounted(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "went on to" and "has yet to" lead into the verb: the subject stands before them.
    ("Jane Doe praised the firm and went on to say that jobs were safe.",
     [("Jane Doe", "named person", "praised"), ("Jane Doe", "named person", "went on to say")]),
    ("The firm has yet to explain why the plant closed.", [("The firm", "named group", "explain")]),
    ("Jane Doe went on to win the seat.", []),
])
def test_verb_after_went_on_to_and_yet_to(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # After a clause word the phrase that follows it is the clause's subject, with its figure.
    ("Most voters backed the plan, while 40 percent said it was too costly.", [("40 percent", "unnamed", "said")]),
    ("The road stayed shut because local engineers said the bridge was unsafe.",
     [("local engineers", "unnamed", "said")]),
    ("73 percent said it was too costly.", [("73 percent", "unnamed", "said")]),
])
def test_subject_after_clause_word(text, expected):
    assert found(text) == expected
