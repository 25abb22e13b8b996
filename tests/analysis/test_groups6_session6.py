"""Session 6 (groups6): quotations with no cue whose sentence opens with the group, body or document
that speaks them. Every sentence here is invented for these tests."""

from medialit import find_attributions

from support import speakers as _speakers


# --- the noun phrase that opens the sentence speaks a quotation with no cue -----------------------------


def test_an_unnamed_group_that_opens_the_sentence_speaks_its_chant():
    text = "Marchers crossing the bridge chanted “Fair pay now!” and kept walking to the town hall."
    assert _speakers(text) == ["Marchers crossing the bridge"]


def test_a_body_that_acts_speaks_the_quotation_not_the_person_it_wrote_to():
    text = "The harbour board mailed Jane Doe a letter under the heading “Safety first, always.”"
    assert _speakers(text) == ["The harbour board"]


def test_a_phrase_of_time_before_the_subject_is_skipped():
    text = "After the vote, the residents' group printed leaflets with a plea to Jane Doe: “Save our library, please.”"
    assert _speakers(text) == ["the residents' group"]


def test_a_verb_in_s_ends_the_subject():
    text = "The ferry company lists “bad weather, strikes and acts of God” among the reasons for delays."
    assert _speakers(text) == ["The ferry company"]


def test_a_plural_noun_in_s_is_not_taken_for_the_verb():
    text = "The two city councils introduced the “clean streets, clean air” plan together."
    assert _speakers(text) == ["The two city councils"]


# --- what the rule must not do ------------------------------------------------------------------------------


def test_a_pronoun_or_a_word_for_no_one_is_not_a_speaker():
    assert _speakers("It was “the worst winter anyone here remembers, by far.”") == [None]
    assert _speakers("Something moved “very fast, like a shadow.”") == [None]


def test_the_subject_of_is_describes_and_does_not_speak():
    text = "The old mill was “a ruin, a danger and an eyesore” until Jane Doe bought it."
    assert _speakers(text) == [None]


def test_a_cue_of_its_own_still_decides():
    assert _speakers("Fundraising can “wait a year or two,” the treasurer said.") == ["the treasurer"]


def test_a_title_in_marks_gets_no_speaker():
    assert _speakers("The choir sang “Abide with me” twice.") == []


def test_a_guess_from_the_opening_phrase_is_not_carried_to_the_next_quotation():
    text = ("Neighbours waved banners reading “Stay strong, Fenwick.” In the square, the fountain that "
            "Mayor Ann Lee on Friday described as “a place of peace for all” was full of flowers.")
    assert _speakers(text)[0] == "Neighbours"
    assert _speakers(text)[1] != "Neighbours"


def test_a_person_named_in_the_opening_phrase_is_given_by_name():
    text = "Acme's chief, Jane Doe, offered staff “a fresh start, and a fair one.”"
    assert _speakers(text) == ["Jane Doe"]


# --- "X was “...,” said Y": the quotation between "was" and "said" makes no passive --------------------


def test_a_quotation_between_was_and_said_is_the_named_speakers():
    text = "The new bypass was “a costly mistake from the start,” said Jane Doe, a planner at the county council."
    assert _speakers(text) == ["Jane Doe"]
    [cue] = [a for a in find_attributions(text) if a.cue == "said"]
    assert (cue.source, cue.source_kind) == ("Jane Doe", "named person")


def test_a_real_passive_keeps_no_source():
    text = "The bypass was said to be “a costly mistake from the start.”"
    assert [a.source_kind for a in find_attributions(text)] == ["agentless"]


# --- an "-ing" cue after a preposition's object: the object does not speak -------------------------------


def test_a_participle_after_on_a_site_is_the_subjects():
    text = "Jane Doe answered the question on Facebook writing, “Yes, I will, and soon.”"
    assert _speakers(text) == ["Jane Doe"]


def test_a_participle_after_to_its_readers_takes_the_sentences_subject():
    text = "Acme Ferries sent a letter to residents stating, “All sailings are cancelled today.”"
    assert _speakers(text) == ["Acme Ferries"]


def test_a_participle_after_with_or_of_keeps_its_own_subject():
    assert _speakers("The vote was close, with Jane Doe calling it “a fair result.”") == ["Jane Doe"]


def test_a_participle_or_preposition_that_opens_the_sentence_is_no_subject():
    text = "Based on the leaflet released by the council, swimmers “must not enter the water at all.”"
    assert _speakers(text)[0] != "Based on the leaflet"
    text = "Besides the ferry, the island needed “a bridge, or at least a tunnel.”"
    assert _speakers(text)[0] != "Besides the ferry"


def test_a_participle_after_the_object_of_issued_is_the_issuers():
    text = "The Harbour Trust issued a statement calling the closure “a sad day for the town.”"
    assert _speakers(text) == ["Harbour Trust"]


def test_a_participle_right_after_its_subject_keeps_it():
    assert _speakers("Jane Doe praised the mayor saying “she did well, very well.”") == ["Jane Doe"]


# --- "Name II, role, said": a generation numeral ends the name --------------------------------------------


def test_a_generation_numeral_ends_the_speakers_name():
    text = "“We will rebuild the pier,” Thomas Hale III, a director of the harbour trust, said on Monday."
    assert _speakers(text) == ["Thomas Hale III"]


def test_another_opens_an_unnamed_source_after_said():
    assert _speakers("“The pier is not safe,” said another resident of the old town.") == ["another resident of the old town"]
    [cue] = find_attributions("“The pier is not safe,” said another resident.")
    assert (cue.source, cue.source_kind) == ("another resident", "unnamed")


def test_a_clause_inside_the_opening_phrase_is_no_subject():
    text = "Contrary to his claim that people would “learn nothing at all,” the files were long."
    assert _speakers(text)[0] is None


def test_asked_ends_the_opening_subject():
    text = "One pointed question asked whether the council would “keep the pier open, or not.”"
    assert _speakers(text) == ["One pointed question"]


def test_an_adjective_before_a_plural_is_not_a_whole_subject():
    text = "The new rules “will not solve the problem, but they help,” a committee aide said."
    assert "The new" not in _speakers(text)
    assert _speakers("The new ferries “run late, every single day.”") == [None]
