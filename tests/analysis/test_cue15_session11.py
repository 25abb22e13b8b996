"""Attribution cues added in session 11 (cue15, issue 10): what each new rule catches and what it must not.

Every sentence here was written for this test.
"""

from support import cues_and_sources as cues


def test_a_named_person_recalling_gives_an_account_without_a_clause():
    text = "Mayor Lena Hart opened the hall. Tom Bray recalled his years at the mill."
    assert cues(text) == [("recalled", "Tom Bray")]


def test_a_pronoun_for_a_named_person_counts_too():
    text = "Lena Hart spoke at the hall. She recalled the long winter of her childhood."
    assert cues(text) == [("recalled", "Lena Hart")]


def test_a_thing_or_an_unnamed_group_recalling_is_no_account():
    assert cues("The carmaker recalled its vans on Monday.") == []
    assert cues("Officials recalled the ships to port.") == []


def test_recalling_inside_what_another_cue_reports_is_not_a_second_attribution():
    assert cues("Lena Hart said she recalls the first storm well.") == [("said", "Lena Hart")]


def test_the_ing_form_needs_its_clause_as_before():
    assert "recalling" not in [c for c, _ in cues("Lena Hart built a boat, recalling her town.")]


def test_a_person_as_the_object_is_a_memory_of_someone_not_an_account():
    assert cues("Lena Hart recalled him fondly.") == []
    assert cues("Lena Hart recalled her warmly.") == []
    assert cues("Tom Bray recalled her first speech.") == [("recalled", "Tom Bray")]


def test_ridicule_put_into_words_is_a_cue_like_mocked():
    assert cues("Senator Ada Moss belittled the new budget at the rally.") == [("belittled", "Ada Moss")]
    assert cues("Ada Moss disparaged the plan on Tuesday.") == [("disparaged", "Ada Moss")]


def test_the_noun_insults_is_no_cue():
    assert cues("The two rivals traded insults for an hour.") == []


def test_alluded_to_reports_words_that_name_nothing_outright():
    assert cues("Mayor Ada Moss alluded to the coming vote.") == [("alluded to", "Ada Moss")]
    assert cues("The council may allude to it.") == [("allude to", "The council")]


def test_a_body_or_unnamed_people_asking_someone_is_a_cue_without_a_clause():
    text = "The Harbour Guild has asked the council for a vote. Two residents asked the mayor several times about it."
    assert cues(text) == [("asked", "Harbour Guild"), ("asked", "Two residents")]


def test_a_named_person_or_we_asking_with_no_clause_stays_no_cue():
    assert cues("At the fair, Lena Hart asked for a photo.") == []
    assert cues("We asked our readers on Monday.") == []


def test_asking_inside_what_another_cue_reports_is_not_a_second_attribution():
    assert cues("The Harbour Guild said it had asked the council for a vote.") == [("said", "Harbour Guild")]


def test_asking_not_to_be_named_is_no_attribution():
    text = "A porter, who asked not to be named, said the gate was open."
    assert [c for c, _ in cues(text)] == ["said"]
