"""Session 18 (recall18): attribution cues that general news uses and the cue finder missed.

Every sentence here is written for these tests (none is taken from a development text).
"""

from support import cues_and_sources


def test_an_owned_claim_with_its_clause_is_the_owners_cue():
    text = "Fact-checkers examined Jane Doe’s claim that crime had doubled in a year."
    assert ("claim", "Jane Doe") in cues_and_sources(text)


def test_an_owned_claim_may_take_one_adjective_and_a_pronoun_owner():
    text = "Mark Roe spoke on Monday. His earlier claims that the bridge was safe were wrong."
    assert ("claims", "Mark Roe") in cues_and_sources(text)


def test_an_assertion_owned_by_a_body_is_its_cue():
    text = "The ministry rejected the Acme Party's assertion that the vote was rigged."
    assert ("assertion", "Acme Party") in cues_and_sources(text)


def test_a_claim_with_no_owner_or_no_clause_is_no_cue():
    for text in ("The claim that prices fell was false.", "A claim that the mayor lied spread online.",
                 "His claim was rejected by the court.", "Her claims for expenses were paid in May."):
        assert not any(cue in ("claim", "claims") for cue, _ in cues_and_sources(text)), text


def test_quoted_as_saying_gives_the_one_quoted_their_own_cue():
    text = "The Daily Courier quoted Jane Doe as saying the ferry would stop in May."
    assert ("saying", "Jane Doe") in cues_and_sources(text)
    assert ("denying", "a senior official") in cues_and_sources("Reuters quoted a senior official as denying the plan.")


def test_the_passive_quoted_as_takes_the_subject_not_the_place():
    text = "Rebel spokesmen in Lisbon were quoted by the paper as denying the report."
    assert ("denying", "Rebel spokesmen") in cues_and_sources(text)


def test_quoted_as_without_an_ing_cue_adds_nothing():
    text = "The figure was quoted in the report as a rough guess."
    assert all(cue != "guess" for cue, _ in cues_and_sources(text))


def test_whilst_before_a_participle_cue_takes_the_main_subject():
    assert ("promising", "The mayor") in cues_and_sources("The mayor defended the budget whilst promising a review soon.")


def test_each_before_a_participle_cue_takes_the_main_subject():
    text = "The two coaches met the press on Friday, each noting that the pitch was poor."
    assert [cue for cue, _ in cues_and_sources(text)] == ["noting"]


def test_asked_a_body_of_five_words_to_act_is_a_request_put():
    text = "Jane Doe personally asked the Acme National Safety Council to review the case."
    assert ("asked", "Jane Doe") in cues_and_sources(text)


def test_owned_calls_for_are_the_owners_demand():
    text = "Dr Jane Doe spoke to the panel. She says ministers ignored her repeated calls for a ban."
    assert ("calls", "Jane Doe") in cues_and_sources(text)


def test_calls_for_with_no_owner_stay_unowned():
    assert cues_and_sources("The mayor resigned amid calls for reform.") == []


def test_realised_with_a_clause_is_a_view():
    text = "Halfway through the season, the coach realised that the squad was too small."
    assert ("realised", "the coach") in [(c, s.lower() if s else s) for c, s in cues_and_sources(text)]


def test_realised_with_a_thing_is_no_cue():
    assert cues_and_sources("The firm realised a profit of two million pounds.") == []


def test_an_owned_claim_whose_owner_points_to_no_one_is_left_out():
    assert cues_and_sources("Contrary to his claim that the road was safe, the files were long.") == []


def test_encouraged_others_to_act_is_a_call_made():
    assert ("encouraged", "Mark Roe") in cues_and_sources("Mark Roe encouraged all tenants to report leaks at once.")
    assert ("encouraging", "The council") in cues_and_sources("The council is encouraging local families to recycle glass.")


def test_encouraged_as_a_mood_is_no_cue():
    for text in ("The coach was encouraged by the early results.", "There were encouraging signs in the data.",
                 "It was an encouraging start to the season."):
        assert cues_and_sources(text) == [], text


def test_disagreed_is_a_stance_voiced():
    text = "Asked about the closure, a senior adviser to the board, Tom Vance, disagreed."
    assert [cue for cue, _ in cues_and_sources(text)][-1] == "disagreed"
    assert ("disagrees", "Jane Doe") in cues_and_sources("Jane Doe disagrees with the ruling on the bridge.")
