"""Session 15 (cue20): more attribution cues PolNeAR marks and the finder missed, on invented sentences."""

from support import cues_and_sources as _cues


def test_speech_verbs_added_as_forms_of_existing_rows():
    # bemoaned (lamented), brushed off / shrugged off (dismissed), vouched for (defended), balked at (took issue)
    assert _cues("Mayor Ann Lee bemoaned the state of the harbour.") == [("bemoaned", "Ann Lee")]
    assert _cues("Mayor Ann Lee brushed off the complaints about the ferry.") == [("brushed off", "Ann Lee")]
    assert _cues("The council shrugged off the warning.")[0][0] == "shrugged off"
    assert _cues("Mayor Ann Lee vouched for the new harbour master.") == [("vouched for", "Ann Lee")]
    assert _cues("Mayor Ann Lee balked at the price of the bridge.") == [("balked at", "Ann Lee")]


def test_what_a_speaker_left_out_is_a_cue():
    assert _cues("Mayor Ann Lee did not mention the ferry in her speech.") == [("did not mention", "Ann Lee")]
    assert _cues("Mayor Ann Lee never mentioned her rival by name.") == [("never mentioned", "Ann Lee")]
    assert _cues("The leaflet made no mention of the fares.")[0][0] == "made no mention of"
    # since session 19 (cue32) a plain "did not say" is a cue too: it tells who was asked and what is missing
    assert _cues("Mayor Ann Lee did not say how much the bridge would cost.") == [("did not say", "Ann Lee")]


def test_a_negated_forecast_is_an_agentless_cue():
    assert _cues("The new bridge is not expected to open before May.") == [("is not expected to", None)]
    # a timetable is still left out, as for "is expected to be published"
    assert _cues("The report is not expected to be published before May.") == []


def test_more_forms_of_existing_rows():
    # "called upon" (called on), "made no secret of" (made it clear), "puts it" (put it), "is eager to" (wants)
    assert _cues("Mayor Ann Lee called upon the council to act.") == [("called upon", "Ann Lee")]
    assert _cues("Mayor Ann Lee has made no secret of her plans for the harbour.") == [("made no secret of", "Ann Lee")]
    assert ("puts it", "Ann Lee") in _cues("The harbour, as Mayor Ann Lee puts it, is the town's front door.")
    assert _cues("Mayor Ann Lee is eager to open the bridge.") == [("is eager to", "Ann Lee")]


def test_a_participle_takes_the_subject_of_the_nearest_past_verb():
    # the sentence opens with a phrase the other rules do not skip: the verb before the "-ing" cue has the subject
    assert ("asking about", "Ann Lee") in _cues("Two weeks after the vote, Judge Ann Lee broke her long silence by asking about the budget.")
    assert ("calling", "Ann Lee") in _cues("Speaking at a school in Dover, Mayor Ann Lee went after the council, calling the plan “a mess.”")
    assert ("telling", "Ann Lee") in _cues("But a few days later, Mayor Ann Lee reversed herself again, telling reporters that the ferry would run.")
    # a possessive subject phrase is read whole
    assert ("saying", "The mayor’s chief aide") in _cues("The mayor’s chief aide rallied supporters, saying: “We will win.”")


def test_no_participle_source_from_a_verb_that_is_no_clause_verb():
    # "-ed" after a determiner is an adjective, and a pronoun left as written is too weak a guess
    assert _cues("The revised plan, approved in May, saying nothing of fares, was dropped.") == []


def test_a_reputation_is_an_agentless_cue():
    assert _cues("Judge Ann Lee is known for her sharp questions.") == [("is known for", None)]
    assert _cues("The harbour master was best known as a fierce critic of the ferry.")[0][0] == "was best known as"
    # a thing's trade or name after "that"/"which" is no one's view
    assert _cues("She chose a firm that is best known for its cheap funds.") == []


def test_a_digest_item_names_its_author_after_a_dash():
    t = "FERRY FARES WILL RISE, NOT FALL - Jane Doe: “The figures point one way.”"
    assert (":", "Jane Doe") in _cues(t)
    # a name and a colon with no dash before it is left to the verb ("told Acme News: ...")
    assert _cues("Jane Doe told Acme News: “The figures point one way.”") == [("told", "Jane Doe")]


def test_a_headline_label_naming_a_poll_or_report_is_its_source():
    t = "Poll: Doe and Roe tied in the race for mayor.\n\nThe two candidates are level, the survey found."
    assert (":", "Poll") in _cues(t)
    # a label that is no source of findings stays no cue
    assert not any(c == ":" for c, _ in _cues("Update: Doe and Roe tied in the race.\n\nThe two are level."))
