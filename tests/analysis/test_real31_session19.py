"""Session 19 (real31): rules from the errors of bench/real-news-6, each tested on sentences written for it."""

from support import cues_and_sources, hedges, quotes_and_speakers


def test_reportedly_before_lost_is_still_a_claim_reported():
    # "reported missing/stolen/lost" names a thing declared gone; the adverb "reportedly" does not.
    assert cues_and_sources("The mayor resigned after a teenager reportedly lost a hand in the blast.") == [
        ("reportedly", None)]
    assert cues_and_sources("The ferry was reportedly lost in a storm off the cape.") == [("reportedly", None)]
    # the verb keeps its sense of a loss reported to the police
    assert cues_and_sources("Two laptops were reported lost on Tuesday.") == []
    assert cues_and_sources("The van was reported stolen from the depot.") == []


def test_a_modal_passive_with_nothing_said_is_no_cue():
    # a possible check of a thing, no one's words
    assert cues_and_sources("If the samples can be confirmed, the lab would have its first result.") == []
    assert cues_and_sources("Three judges are still waiting to be confirmed.") == []
    # with its agent after "by" it stays the agent's cue
    assert cues_and_sources("Three judges are waiting to be confirmed by the senate committee.") == [
        ("confirmed", "the senate committee")]
    assert cues_and_sources("The figures could be verified within a week.") == []
    # a clause, "as" or "to" after it, or a plain passive, stays a cue
    assert cues_and_sources("It can be said that the harvest failed.") == [("It can be said", None)]
    assert cues_and_sources("The truce could be described as fragile.") == [("could be described", None)]
    assert cues_and_sources("The crew will be told to leave the ship.") == [("will be told", None)]
    assert cues_and_sources("The closure was confirmed by the council.") == [("confirmed", "the council")]


def test_a_partial_quote_after_a_modal_passive_keeps_the_speaker_of_its_sentence():
    text = ("Ana Ruiz led the survey. She noted that if the counts can be confirmed, "
            "the data would mark “a turning point” for the reserve.")
    assert quotes_and_speakers(text) == [("a turning point", "Ana Ruiz")]


def test_a_worry_or_hope_held_with_a_clause_is_a_cue():
    assert cues_and_sources("Stewards were concerned that the banner might start a fight.") == [
        ("were concerned", "Stewards")]
    assert cues_and_sources("The growers remain hopeful that the rain will come in time.") == [
        ("remain hopeful", "The growers")]
    assert cues_and_sources("Some parents are afraid that the bus route will be cut.") == [
        ("are afraid", "Some parents")]
    # a topic, a fear of a thing, the parties involved, or the frame of a view: no cue
    assert cues_and_sources("Parents are concerned about the new bus route.") == []
    assert cues_and_sources("The boy was afraid of the dark.") == []
    assert cues_and_sources("The parties concerned met in the town hall.") == []
    assert cues_and_sources("As far as the farmers are concerned the scheme has failed.") == []


def test_a_bracketed_aside_between_subject_and_verb_keeps_the_subject():
    text = ("In 1979 the Liberal Party (then the largest party in the valley, with nine seats) "
            "condemned the strike as reckless.")
    assert cues_and_sources(text) == [("condemned", "Liberal Party")]
    assert cues_and_sources("Mayor Ines Okafor (who has led the town since 2019) said the bridge would reopen.") == [
        ("said", "Ines Okafor")]
    # a team's record in brackets is no aside before a speaker: "attacked" is play here
    assert cues_and_sources("The Hawks (4-1-0) attacked the visitors' defence all night.") == []


def test_seen_as_is_an_agentless_judgement():
    assert cues_and_sources("As a young mayor, Ruiz was seen as a reformer.") == [("was seen as", None)]
    assert cues_and_sources("The harbour deal is widely seen as a mistake.") == [("is widely seen as", None)]
    # a wish to appear so, or a modal "can be seen as", is no one's judgement reported
    assert cues_and_sources("The council is anxious not to be seen as weak.") == []
    assert cues_and_sources("The vote can be seen as a sign of the times.") == []


def test_a_quote_after_an_agentless_cue_inside_a_named_speakers_sentence_is_the_speakers():
    text = "At the meeting, Mayor Lena Ortiz said, the plan is widely seen as “a gift to developers.”"
    assert quotes_and_speakers(text) == [("a gift to developers.", "Lena Ortiz")]
    # with no named speaker in its sentence it stays no one's
    assert quotes_and_speakers("Ortiz left early. The plan is widely seen as “a gift to developers.”") == [
        ("a gift to developers.", None)]


def test_would_reported_by_a_clause_after_it_or_a_remark_is_no_hedge():
    assert "would" not in hedges("The new ferry would enter service in March, the operator said.")
    assert "would" not in hedges("During the visit I remarked the bridge would need repairs.")
    assert "would" not in hedges("The coach was so convinced that his side would win that he booked the hall.")
    # a speaker's own hypothetical, a condition, or a relative clause after the comma keeps the flag
    assert "would" in hedges("“It would ruin the harbour,” she said.")
    assert "would" in hedges("The ferry would sail daily if the funding came through, the operator said.")
    assert "would" in hedges("A delay would hurt growers, who said they had waited long enough.")
