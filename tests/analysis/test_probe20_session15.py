"""Session 15, probe20: general causes found on invented articles in eight shapes (opinion column, feature,
court report, health study, earnings story, anonymous sourcing, British explainer, storm report).
All text here is invented for these tests."""

from support import lowered_phrases_of_kind as _flags, sources_kinds_and_cues as _attr


def test_weighing_a_choice_is_not_a_hedge_but_a_judgement_passive_is():
    assert "considering" not in _flags("Ministers are considering delaying the bridge.", "hedge")
    assert "consider" not in _flags("The mayor said he might consider running again.", "hedge")
    assert "considers" not in _flags("The coach considers the keeper the best in the league.", "hedge")
    # an openness stated with "to", the agentless passive and the participle of a judgement stay hedges
    assert _flags("Mayor Jo Penn was willing to consider a ceasefire.", "hedge") == ["consider"]
    assert _flags("The bridge is considered unsafe.", "hedge") == ["is considered"]
    assert "considered" in _flags("Oakes, considered the favourite, lost the vote.", "hedge")


def test_believe_with_an_object_pronoun_is_trust_not_a_view():
    assert _flags("'We'll believe it when we see it,' the campaigner said.", "hedge") == []
    assert _flags("Voters do not even believe it themselves.", "hedge") == []
    assert _flags("I believe him.", "hedge") == []
    # a believed clause after the pronoun is a view on a claim, so a hedge
    assert _flags("I believe it is the wrong road.", "hedge") == ["i believe"]
    assert _flags("We believe they will win the seat.", "hedge") == ["we believe"]


def test_very_after_a_or_an_is_the_intensifier():
    assert _flags("The ground was saturated after a very wet autumn.", "booster") == ["very"]
    # after "the" it can be the adjective "exact", left alone unless a grade follows
    assert _flags("These are the very streets the road was meant to help.", "booster") == []


def test_incredibly_and_exceptionally_intensify_like_extremely():
    assert _flags('The water came up "incredibly fast", she said.', "booster") == ["incredibly"]
    assert _flags("The firm faced an exceptionally tough year.", "booster") == ["exceptionally"]


def test_negated_prove_is_no_booster():
    assert _flags("The findings do not prove that walking protects the brain.", "booster") == []
    assert _flags("The findings prove that walking helps.", "booster") == ["prove"]


def test_negated_doubt_is_a_booster_like_no_doubt():
    assert _flags("I do not doubt his sincerity.", "booster") == ["do not doubt"]
    assert _flags("They never doubted each other.", "booster") == ["never doubted"]


def test_name_in_apposition_after_an_inverted_verb_is_the_source():
    lead = "Walking slows memory loss, a study has found. "
    assert _attr(lead + '"It helps," said the study\'s lead author, Dr Hannah Osei.')[-1] == (
        "Hannah Osei", "named person", "said")
    assert _attr(lead + "It helps, according to the charity's research director, Sue Crane.")[-1] == (
        "Sue Crane", "named person", "according to")
    # a body after the comma, and a name opening the main clause after an opening "According to", are not
    assert _attr(lead + '"It helps," said the regulator, Ofwat.')[-1][0] != "Ofwat"
    assert _attr(lead + "According to a summary of the trial, Jane Doe, an aide, was told.")[-2][0] == \
        "a summary of the trial"


def test_people_briefed_on_a_matter_are_an_unnamed_source_like_people_familiar_with_it():
    lead = "Rail costs soared again this year. "
    assert _attr(lead + "People briefed on the talks said no option had been ruled out.") == [
        ("People briefed on the talks", "unnamed", "said")]
    assert _attr(lead + "Another person briefed on the plans said the line could end early.")[0][:2] == (
        "Another person briefed on the plans", "unnamed")
    # a verb with its object stays a clause: the minister is the source
    assert _attr(lead + "The minister briefed the cabinet and said the line would open.")[-1][0] == "The minister"


def test_a_document_seen_by_an_outlet_is_the_source_not_the_outlet():
    lead = "Rail costs soared again this year. "
    assert _attr(lead + "A memo seen by the Eastmoor Gazette said the line could cost more.")[0][0] == \
        "A memo seen by the Eastmoor Gazette"
    assert _attr(lead + "An internal review obtained by this newspaper estimates that costs doubled.")[0][0] == \
        "An internal review obtained by this newspaper"


def test_chambers_of_commerce_is_one_named_body():
    lead = "Rail costs soared again this year. "
    assert _attr(lead + "The Northern Chambers of Commerce said any delay would hurt firms.") == [
        ("Northern Chambers of Commerce", "named group", "said")]
    assert _attr(lead + "The Eastmoor Chamber of Commerce said any delay would hurt firms.") == [
        ("Eastmoor Chamber of Commerce", "named group", "said")]


def test_past_perfect_never_is_a_fact_of_the_background_not_emphasis():
    assert _flags("Oakes had never been in a debate like this before.", "booster") == []
    assert _flags("She'd never run for office before.", "booster") == []
    # the speaker's own emphatic never stays, and so does "we'd" meaning "we would"
    assert _flags("We've never seen water rise this fast.", "booster") == ["never"]
    assert _flags("We'd never tolerate it again.", "booster") == ["never"]


def test_sharply_gives_the_size_of_a_change_not_certainty():
    assert _flags("Building prices have risen sharply this year.", "booster") == []


def test_what_we_know_so_far_announces_facts_and_presses_none():
    assert _flags("Water bills will rise. Here is what we know so far.", "booster") == []
    assert _flags("What we know about the flood\n\nThe river burst its banks.", "booster") == []
    # pressing a point stays a booster
    assert _flags("The bishop said what we all know, that the river floods.", "booster") == ["we all know"]


def test_a_body_named_between_commas_after_its_description_is_the_source():
    lead = "Bus fares will rise by 10% in April. "
    assert _attr(lead + "The UN's refugee agency, UNHCR, said the rise was fair.") == [("UNHCR", "named group", "said")]
    assert _attr(lead + "The country's biggest union, Unite, said the rise was unfair.") == [
        ("Unite", "named group", "said")]
    # an aside that is no name leaves the description as the source
    assert _attr(lead + "The union, however, said the rise was unfair.") == [("The union", "named group", "said")]


def test_as_much_as_and_as_many_as_before_a_figure_hedge_like_up_to():
    assert _flags("The storm could cost insurers as much as $5 billion.", "hedge") == ["could", "as much as"]
    # Session 17 (boost26): a market's recorded move is a figure read off the day's trading, not a guess (the
    # invented wire gold leaves it unmarked): see test_boost26_session17.
    assert _flags("Shares fell as much as 5% in early trading.", "hedge") == []
    assert _flags("As many as 200 people were evacuated.", "hedge") == ["as many as"]
    # a comparison, not a figure
    assert _flags("He earns as much as his boss.", "hedge") == []


def test_would_reported_after_a_concession_is_no_hedge_like_after_said():
    assert "would" not in _flags("The consultants admitted that congestion would return within ten years.", "hedge")
    assert "would" not in _flags("She acknowledged that the plan would need more money.", "hedge")
    # the writer's own hypothetical stays
    assert "would" in _flags("A new road would fill up with traffic.", "hedge")


def test_the_family_of_someone_named_speaks_not_the_person_named():
    lead = "Bus fares will rise by 10% in April. "
    assert _attr(lead + "The family of Jane Doe said the rise was unfair.") == [
        ("The family of Jane Doe", "unnamed", "said")]
    assert _attr(lead + "Friends of Jane Doe said she was upset.")[0][0] == "Friends of Jane Doe"
    # a person from a place stays the person
    assert _attr(lead + "Jane Doe of Eastmoor said the rise was unfair.")[0][0] == "Jane Doe"
    # a body's proper name with a kin word is the named body, whole
    assert _attr(lead + "Friends of the Moorland said the rise was unfair.") == [
        ("Friends of the Moorland", "named group", "said")]


def test_opinion_column_certainty_and_doubt_markers():
    assert _flags("There is no question that the bypass is the wrong answer.", "booster") == ["no question"]
    assert _flags("The scheme is patently unfair.", "booster") == ["patently"]
    assert _flags("The plan is unquestionably flawed.", "booster") == ["unquestionably"]
    assert _flags("The council has evidently lost control.", "booster") == ["evidently"]
    assert _flags("To my mind, the road is a mistake.", "hedge") == ["to my mind"]
    assert _flags("I doubt the road will ever be built.", "hedge") == ["i doubt"]
    # a plural question asked is no certainty
    assert _flags("The mayor took no questions.", "booster") == []
