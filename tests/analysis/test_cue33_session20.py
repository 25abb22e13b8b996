"""Session 20 (cue33): attribution cues on general news, missed and false.

Every sentence here is written for these tests (none is taken from a development text).
"""

from support import cue_texts_and_sources, cues_and_sources


def test_a_judgement_deemed_with_no_one_named_is_an_agentless_cue():
    text = "The banner at the match was deemed a political message, and it came down."
    assert ("was deemed", None) in cue_texts_and_sources(text)
    text = "Some 300 of the council's emails have since been deemed confidential."
    assert ("been deemed", None) in cue_texts_and_sources(text)


def test_what_someone_terms_a_thing_in_quotation_marks_is_their_label():
    text = "Ms. Okafor says the union still favours what she terms “talks before strikes.”"
    assert ("terms", "Okafor") in [(cue, source.split()[-1] if source else None) for cue, source in cues_and_sources(text)]


def test_terms_of_a_deal_or_a_passive_term_is_no_cue():
    text = "She served two terms on the council. In terms of money, the plan is “thin,” she said."
    assert [cue for cue, _ in cues_and_sources(text)] == ["said"]
    text = "The fees could be termed “a gift,” the auditor wrote."
    assert [cue for cue, _ in cues_and_sources(text)] == ["wrote"]


def test_thanks_expressed_is_no_cue_but_concern_or_condolences_are():
    text = "The ferry captain expressed his gratitude for the help of the crew."
    assert cues_and_sources(text) == []
    text = "The ferry captain expressed his condolences to the families."
    assert ("expressed", "The ferry captain") in cues_and_sources(text)
    text = "The ferry captain expressed deep concern about the weather."
    assert [cue for cue, _ in cues_and_sources(text)] == ["expressed"]


def test_a_study_that_provides_evidence_with_a_clause_is_a_cue():
    text = "The new survey of the lake provides evidence that the water has warmed since 1990."
    assert ("provides evidence", "The new survey of the lake") in cues_and_sources(text)
    text = "The farmer provided evidence of the damage to the insurer."
    assert cues_and_sources(text) == []


def test_a_thing_found_inside_a_quotation_is_no_view_of_the_speaker():
    text = "“If we find work we stay, and we find a good chance to learn,” said Tomas Varga, a driver."
    assert [cue for cue, _ in cues_and_sources(text)] == ["said"]
    text = "“I find it hard to sleep,” said Tomas Varga, a driver."
    assert ("find", "Tomas Varga") in cues_and_sources(text)


def test_a_conference_call_is_no_cue_but_calling_something_a_name_is():
    text = "Ms. Varga told investors on a conference call that costs would keep rising."
    assert [cue for cue, _ in cues_and_sources(text)] == ["told"]
    text = "After the phone calls to the depot, the manager calls the plan “a farce.”"
    assert [cue for cue, _ in cues_and_sources(text)] == ["calls"]


def test_what_the_public_can_report_is_an_action_not_words_reported():
    text = "Drivers can report potholes on the council's website or by phone."
    assert cues_and_sources(text) == []
    text = "The inspectors can report that the bridge is safe, the council said."
    assert ("report", "The inspectors") in cues_and_sources(text)


def test_people_who_fear_what_may_happen_hold_a_view():
    text = "Some shopkeepers fear the new car park will empty the high street."
    assert ("fear", "Some shopkeepers") in cues_and_sources(text)


def test_fear_as_a_noun_is_no_cue():
    text = "The attack caused fear and panic in the town. Residents spoke of fear of reprisals."
    assert not any(cue.lower() == "fear" for cue, _ in cues_and_sources(text))


def test_putting_a_figure_at_a_number_is_an_estimate():
    text = "The coastguard puts the number of boats at about 40, but fishermen said there were more."
    assert ("puts", "The coastguard") in cues_and_sources(text)


def test_putting_a_time_or_a_thing_somewhere_is_no_estimate():
    text = "The organisers put the start at 7 p.m. and put the stalls at the back of the hall."
    assert cues_and_sources(text) == []


def test_a_bare_is_expected_before_a_time_or_place_is_an_agentless_forecast():
    text = "A verdict is expected on Friday, and heavy snow is expected across the hills."
    assert [(cue, source) for cue, source in cue_texts_and_sources(text)] == [("is expected", None), ("is expected", None)]


def test_than_expected_or_what_is_expected_is_no_forecast():
    text = "Turnout was higher than was expected in the north. Staff know what is expected of them."
    assert cues_and_sources(text) == []


def test_a_quantifier_standing_for_people_holds_a_stance():
    text = "The ferry timetable changed in May. Many feel the change was rushed, and some want it reversed."
    assert ("feel", "Many") in cues_and_sources(text)
    assert ("want", "some") in cues_and_sources(text)


def test_a_thing_still_holds_no_stance():
    text = "The new timetable wants a second look."
    assert cues_and_sources(text) == []


def test_it_or_there_and_a_helping_verb_open_a_clause_without_that():
    text = "Some shop owners worry it would drive visitors away. The mayor added there was no money left."
    cues = cues_and_sources(text)
    assert ("worry", "Some shop owners") in cues and ("added", "The mayor") in cues


def test_it_as_an_object_opens_no_clause():
    text = "The builder recalled it fondly. The person who posted it was banned from the forum."
    assert cues_and_sources(text) == []


def test_a_sentence_opening_with_someones_view_or_words_is_their_cue():
    text = "Dr Mira Osei studied the plan for a year. In Osei’s view, the new road would help the town."
    assert any(cue == "view" and source and source.endswith("Osei") for cue, source in cues_and_sources(text))


def test_a_view_inside_a_sentence_is_no_opening_cue():
    text = "The bridge, in his view, was too narrow for the buses."
    assert cues_and_sources(text) == []
