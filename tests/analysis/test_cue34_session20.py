"""Session 20 (cue34): sources missed on general news because no cue fired, or because one cue
had several named people and only one of them was listed. Sentences written for these tests."""

from support import cue_texts_and_sources

from medialit import find_sources, load_article


def source_names(text: str) -> list[str]:
    return [s.name for s in find_sources(load_article(text))]


def test_made_the_announcement_is_a_cue():
    assert cue_texts_and_sources("Mayor Ana Lopez made the announcement at the town hall on Friday.") == [
        ("made the announcement", "Ana Lopez")]


def test_a_press_release_list_after_the_verb_gives_every_named_person():
    text = ("A Leeds man, 41, was charged on Monday with fraud, announced Jane Roe, Acting U.S. Attorney; "
            "Tom Pike, Special Agent in Charge of the Field Office; and Ann Moss, Chief of the Harbour Police.")
    names = source_names(text)
    assert {"Jane Roe", "Tom Pike", "Ann Moss"} <= set(names)


def test_a_list_of_titled_people_before_the_verb_gives_every_named_person():
    text = ("Deputy Minister Jane Roe of the Transport Office, Chief Inspector Tom Pike for the Harbour District "
            "and Director Ann Moss of the Coast Agency made the announcement.")
    names = source_names(text)
    assert {"Jane Roe", "Tom Pike", "Ann Moss"} <= set(names)


def test_people_only_mentioned_before_the_speaker_are_not_sources():
    assert "Jane Roe" not in " ".join(source_names(
        "After Jane Roe and Tom Pike left the hall, Mayor Ann Moss said the bridge was safe."))
    assert "Tom Pike" not in " ".join(source_names(
        "Mayor Ann Moss, who met Jane Roe and Tom Pike, said the bridge was safe."))


def test_protested_with_a_clause_is_a_cue_and_a_street_protest_is_not():
    assert cue_texts_and_sources("Supporters of the mayor have protested that the fine was unjust.") == [
        ("protested", "Supporters of the mayor")]
    assert cue_texts_and_sources("Students protested outside the town hall on Monday.") == []


def test_a_subject_is_read_across_have_been():
    assert cue_texts_and_sources("In addition, tenants have been complaining about the damp flats.") == [
        ("complaining", "tenants")]
    assert cue_texts_and_sources("Critics have been quick to point to the cost of the bridge.") == [
        ("point to", "Critics")]
    assert cue_texts_and_sources("A driver has been charged with speeding.") == []


def test_a_title_case_headline_verb_is_a_cue_not_part_of_a_name():
    text = ("Harbour Board Official Tells Radio Station Fees are Too High\n\n"
            "The fees are too high, a harbour board official said on Monday.")
    assert ("Tells", "Harbour Board Official") in cue_texts_and_sources(text)
    text = "Minister Tells Farmers Subsidy Is Safe\n\nThe subsidy is safe, the minister said on Monday."
    assert ("Tells", "Minister") in cue_texts_and_sources(text)


def test_research_is_an_unnamed_source_noun():
    assert cue_texts_and_sources("The result differs from earlier research that suggested a thin atmosphere.") == [
        ("suggested", "earlier research")]


def test_reassurances_by_a_role_with_the_are_a_cue_of_that_role():
    text = "Fans were angry. Reassurances by the club chairman that the ground would stay open were not believed."
    assert ("Reassurances by", "the club chairman") in cue_texts_and_sources(text)
    assert cue_texts_and_sources("The claims by the end of the season were small.") == []


def test_a_date_after_from_between_a_study_and_its_relative_clause_is_skipped():
    text = "The finding supports a study from March 2021 that suggested most lakes could dry up."
    assert cue_texts_and_sources(text) == [("suggested", "a study")]


def test_proved_that_is_a_finding_and_proved_costly_is_not():
    assert cue_texts_and_sources("The trials prove that early treatment works.") == [("prove", "The trials")]
    assert cue_texts_and_sources("The move proved costly for the club.") == []
