"""Attribution cues added in session 25 (cueg48, issue 10): the plain verb "report" after plural reporters, and the
verbs "outline" and "considers". What each rule catches and what it must not.

Every sentence here was written for this test.
"""

from support import cue_phrases, cues_and_sources as cues


def test_report_after_a_list_of_names_is_their_verb():
    assert cue_phrases("Police are searching for a second van, the Herald, Post and Star report.") == ["report"]
    assert cue_phrases("The Herald, the Post and the Star report the harbour will close.") == ["report"]


def test_report_after_a_plural_noun_and_that_is_their_verb():
    assert cues("The paper is quoting officials that report the bridge has cracked.")[-1] == ("report", "officials")


def test_report_stays_a_noun_in_a_name_or_after_a_demonstrative():
    assert cues("The Ways and Means report, released on Tuesday, ran to forty pages.") == []
    assert cues("He claims that report is false.") == [("claims", "He")]


def test_report_of_an_activity_is_no_cue():
    assert "report" not in cue_phrases("Outlets that report on crime were sent a letter.")


def test_outlined_plans_and_how():
    assert cues("The minister outlined plans to build two new schools.") == [("outlined", "The minister")]
    assert cues("The council has outlined how the money will be spent.") == [("outlined", "The council")]


def test_the_noun_outline_is_no_cue():
    assert cues("The outline of the plan was printed on one page.") == []


def test_considers_gives_a_persons_view_but_not_a_things_or_a_free_relative():
    assert cues("Mr Doe considers the new tax unfair.") == [("considers", "Doe")]
    assert cues("The new law considers the needs of farmers.") == []
    assert cues("He criticised what he considers unfair coverage.") == [("criticised", "He")]


def test_a_verb_before_being_is_no_reduced_relative():
    # "being" is never a sentence's own verb, so the -ed form before it is the verb, not a participle after its noun
    assert cues("Another swimmer confirmed being in the water at the time.") == [("confirmed", "Another swimmer")]
    assert cues("The driver admitted being on the phone.") == [("admitted", "The driver")]
    assert cues("The opinions expressed are the writer’s own.") == []
