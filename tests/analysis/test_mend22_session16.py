"""Session 16, mend22: misreadings of general news that earlier sessions noticed and left. Each test is a class:
the wrong reading and close sentences that must keep today's reading. All text here was invented for these tests."""

from support import cues_and_sources as cues, lowered_phrases_of_kind as flags


# 1. Phrasal reporting forms used of things, not statements


def test_a_thing_or_an_animal_balking_or_sounding_is_no_one_speaking():
    assert cues("The horse balked at the fence.") == []
    assert cues("The horn sounded a warning.") == []
    assert cues("A siren sounded the alarm across the valley.") == []
    # a person, a body or a group still takes a stance
    assert cues("The senator balked at the plan.") == [("balked at", "The senator")]
    assert cues("The company balked at the price.") == [("balked at", "The company")]
    assert cues("Governors in a dozen states balked at the cost.") == [("balked at", "Governors in a dozen states")]
    assert cues("The minister sounded a warning about prices.") == [("sounded", "The minister")]
    assert cues("The Acme campaign shrugged off the comments.") == [("shrugged off", "The Acme campaign")]


def test_brushing_off_a_thing_or_asking_oneself_reports_no_words():
    assert cues("She brushed off the dust and stood up.") == []
    assert cues("He shrugged off his coat and sat down.") == []
    assert cues("Voters should also ask themselves why the plan failed.") == []
    assert cues("He asked himself whether he had done enough.") == []
    # a criticism waved away, a question put to someone, keep their cue
    assert cues("She brushed off the criticism.") == [("brushed off", "She")]
    assert cues("He shrugged off the report's findings.") == [("shrugged off", "He")]
    assert cues("The judge asked him whether the firm had paid.") == [("asked", "The judge")]
    assert cues("She asked whether the firm had paid.") == [("asked whether", "She")]


# 2. Missed cues


def test_an_inverted_said_takes_a_possessive_tie_as_its_speaker():
    assert cues("\u201cWe will win,\u201d said his rival.") == [("said", "his rival")]
    assert cues("\u201cIt is not over,\u201d said her opponent, who runs a bakery.") == [("said", "her opponent")]
    assert cues("\u201cWe will win,\u201d said his wife.") == [("said", "his wife")]
    # a possessive and a tie word that open what was said stay the content
    assert cues("He said his rival would lose.") == [("said", "He")]


def test_a_one_word_name_with_an_adverb_before_its_verb_still_speaks():
    assert cues("The fisherman Dale also says the catch is down.") == [("says", "Dale")]
    assert cues("The baker Dale still says the bread is good.") == [("says", "Dale")]
    assert cues("The fisherman Dale says the catch is down.") == [("says", "Dale")]
    assert cues("The fisherman Dale Rees also says the catch is down.") == [("says", "Dale Rees")]


def test_a_broadcaster_named_by_its_medium_reports():
    assert cues("State radio was reporting that the dam had burst.") == [("reporting", "State radio")]
    assert cues("Local television reported that the dam had burst.") == [("reported", "Local television")]
    assert cues("State TV said the dam had burst.") == [("said", "State TV")]
    # a programme is no finding shown; the person telling the broadcaster is the source
    assert cues("Her weekly radio show drew many callers.") == []
    assert cues("She told state television that the dam had burst.") == [("told", "She")]
    assert cues("Polls show the mayor ahead.") == [("show", "Polls")]


def test_a_cue_in_a_relative_clause_with_its_subject_pronoun():
    assert cues("The firm sells a reader that it claims can run for a week.") == [("claims", "The firm")]
    assert [c for c, _ in cues("Acme sells a reader that it says can run for a week.")] == ["says"]
    assert cues("The tax that they claim will help passed.") == [("claim", "they")]
    # a thought in such a clause, or the noun "claims", is no claim reported
    assert "thought" not in [c for c, _ in cues("Mr Hale read the rules that he thought would cost jobs.")]
    assert cues("The claims that it makes are false.") == []


# 3. "100%" reads like "100 percent"


def test_a_percent_sign_reads_as_the_word_in_the_degree_booster():
    assert flags("I am 100% sure.", "booster") == ["100%"]
    assert flags("I back her 100%.", "booster") == ["100%"]
    assert flags("We are 100% committed to the town.", "booster") == ["100%"]
    assert flags("I back her 100 percent.", "booster") == ["100 percent"]
    # a share, a rate or a rating is a figure either way
    for text in ("Turnout was 100% in the village.", "Almost 100% of the votes were counted.",
                 "Prices rose 100% in a year.", "Almost 100 percent of the votes were counted."):
        assert "100%" not in flags(text, "booster") and "100 percent" not in flags(text, "booster"), text


def test_figures_with_a_sign_or_the_word_read_alike():
    for sign, word in (("Shares fell about 12% on Monday.", "Shares fell about 12 percent on Monday."),
                       ("Up to 20% of trains were late.", "Up to 20 percent of trains were late.")):
        assert flags(sign, "hedge") == flags(word, "hedge") != []
    assert cues("Nearly 60% say they will vote.") == [("say", "Nearly 60%")]


# 4. Habitual "would" after a frequency phrase


def test_habitual_would_after_a_frequency_phrase_is_no_hedge():
    for text in ("Every summer we would visit the lake.", "Each year she would bake bread for the fair.",
                 "As boys they used to fish, and they would swim after.", "We would visit the lake every summer."):
        assert "would" not in flags(text, "hedge"), text


def test_a_plan_or_a_condition_with_a_frequency_keeps_its_hedge():
    for text in ("Each year the tax would raise two million.", "The tax would raise two million each year.",
                 "Every year we would lose money if the plan passed.",
                 "If it rained, the children would stay in every day.",
                 "Some rivals who usually would be out by now are still standing."):
        assert "would" in flags(text, "hedge"), text
