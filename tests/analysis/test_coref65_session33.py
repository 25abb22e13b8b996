"""Cue -> source on general news: a definite description of a named body ("the group", "The United Nations agency")
is the body named before, read by the kind of body its name is headed by (data/body_kinds.csv; session 33, coref65,
issue 10).

Every sentence here was written for this test.
"""
from medialit.analysis.lexicons import body_kinds
from support import cue_texts_and_sources


def test_the_group_is_the_society_named_sentences_before():
    text = ("A panel from the Northern Society of Pond Keepers reported its findings in a newsletter. The group looked "
            "at twelve ponds. The group began the work in spring.\n\nThe group said in its report that frogs were "
            "doing well.")
    assert cue_texts_and_sources(text)[-1] == ("said", "Northern Society of Pond Keepers")


def test_the_group_passes_a_body_of_another_kind_by():
    # the name nearest before is a council: no group
    text = ("The Alliance of Tram Riders met on Monday. Its members later wrote to Harbour District Council about fares. "
            "The group said the fares were too high.")
    assert cue_texts_and_sources(text)[-1] == ("said", "Alliance of Tram Riders")


def test_the_group_stays_as_written_with_no_group_named():
    text = "Harbour District Council raised its parking fees on Monday. The group said the change was needed."
    assert cue_texts_and_sources(text)[-1] == ("said", "The group")


def test_a_parent_body_before_the_noun_stands_for_the_agency_named_before():
    text = ("The World Tea Organization estimates that growers will earn less this year. This is a fall of ten "
            "percent. The United Nations agency says the weather is to blame.")
    assert cue_texts_and_sources(text)[-1] == ("says", "World Tea Organization")


def test_a_country_before_the_noun_is_no_parent_body():
    # a country has bodies of every kind: the phrase stays as written
    text = ("The World Tea Organization estimates that growers will earn less this year. The Kenyan government "
            "said the weather is to blame.")
    assert cue_texts_and_sources(text)[-1] == ("said", "The Kenyan government")


def test_body_kinds_lexicon_lists_heads_of_names_only():
    kinds = body_kinds()
    assert "society" in kinds["group"] and "organization" in kinds["agency"]
    assert "bank" not in kinds["group"] and "club" not in kinds["commission"]


def test_a_committee_is_no_group_and_an_institute_is_an_organization():
    text = ("Jo Marsh chairs the Harbour Transport Committee. She faces a close race this spring. The group said "
            "she was ahead.")
    assert cue_texts_and_sources(text)[-1] == ("said", "The group")
    text = ("The Institute for Coastal Studies published a survey on Monday. The organization found that most "
            "harbours were short of staff.")
    assert cue_texts_and_sources(text)[-1] == ("found", "Institute for Coastal Studies")


def test_a_capitalised_noun_ends_the_bodys_own_name():
    text = ("The Harbour Drivers' Association said fares would rise. The Coastal Ferry Users' Group welcomed the vote "
            "and said it would check the timetable.")
    assert cue_texts_and_sources(text)[-1] == ("said", "The Coastal Ferry Users' Group")
