"""Session 19 (real31): rules from the errors of bench/real-news-6, each tested on sentences written for it."""

from support import cues_and_sources


def test_reportedly_before_lost_is_still_a_claim_reported():
    # "reported missing/stolen/lost" names a thing declared gone; the adverb "reportedly" does not.
    assert cues_and_sources("The mayor resigned after a teenager reportedly lost a hand in the blast.") == [
        ("reportedly", None)]
    assert cues_and_sources("The ferry was reportedly lost in a storm off the cape.") == [("reportedly", None)]
    # the verb keeps its sense of a loss reported to the police
    assert cues_and_sources("Two laptops were reported lost on Tuesday.") == []
    assert cues_and_sources("The van was reported stolen from the depot.") == []
