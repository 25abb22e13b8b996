"""Session 23, src42: cue -> source on general news (families of shapes, each on sentences written for these tests)."""

from medialit.analysis.names import find_people
from support import cues_and_sources, kind_of


def test_the_authority_is_the_council_named_paragraphs_before():
    text = ("Harwick District Council voted on Tuesday to close two libraries.\n\n"
            "The local branch of the union said 14 jobs were at risk. Its members will meet on Monday.\n\n"
            "The authority said it would offer the buildings to community groups. It added that a van would visit.")
    assert ("said", "Harwick District Council") in cues_and_sources(text)
    assert ("added", "Harwick District Council") in cues_and_sources(text)  # "it": the body "the authority" is


def test_the_regulator_passes_a_bank_by_and_takes_the_authority():
    text = ("The Coastal Conduct Authority has fined Marlow Bank for failing its customers.\n\n"
            "Marlow Bank said it was sorry. Jo Vale, the authority's head of enforcement, said firms must do better.\n\n"
            "The regulator said the bank had co-operated with its inquiry.")
    pairs = cues_and_sources(text)
    assert pairs[-1] == ("said", "Coastal Conduct Authority")


def test_the_airline_is_the_one_named_before_and_the_agency_a_public_body():
    text = ("Skyline Airways cancelled 120 flights on Monday because of a strike.\n\n"
            "Passengers waited for hours at Orsa Bank's terminal. The airline said refunds would be offered.\n\n"
            "The Harbour and Coast Administration opened an inquiry. According to the agency, the runway was safe.")
    pairs = cues_and_sources(text)
    assert ("said", "Skyline Airways") in pairs
    assert ("According to", "Harbour and Coast Administration") in pairs


def test_a_noun_of_another_kind_keeps_its_own_words():
    # no airline named: "the airline" is not the union nor the bank
    text = ("The Pilots Union called a strike at Orsa Bank's airport branch. The airline said flights would run.")
    assert ("said", "Pilots Union") not in cues_and_sources(text)
    assert ("said", "Orsa Bank") not in cues_and_sources(text)


def test_a_body_whose_name_joins_two_words_with_and_is_one_name():
    text = "The Food and Drug Administration said on Friday that no illnesses had been reported."
    assert kind_of(text, "Food and Drug Administration") == "organisation"
    assert ("said", "Food and Drug Administration") in cues_and_sources(text)


def test_and_between_two_names_or_after_a_body_still_makes_two_names():
    text = "Kent and Essex said the rules would change. The Harwick Council and Health Board agreed."
    names = {p.name for p in find_people(text)}
    assert "Kent and Essex" not in names
    assert "Harwick Council and Health Board" not in names


def test_the_group_named_in_apposition_opens_its_sentence_for_a_later_the_group():
    text = ("The group Tide Watch said its members had acted peacefully. "
            "In a statement, the group said it would go on with its campaign.")
    assert cues_and_sources(text)[-1] == ("said", "Tide Watch")


def test_a_wire_datelines_agency_in_brackets_spells_out_no_place():
    from medialit.analysis.name_words import spelled_out_names
    text = "KENTVILLE (AP) — The Harbour Safety Board (HSB) said on Monday that the pier was safe."
    assert spelled_out_names(text) == {"HSB": "Harbour Safety Board"}


def test_general_before_a_bodys_head_is_part_of_the_bodys_name_not_a_title():
    text = ("In his farewell speech to the Tarn General Assembly, Jon Vale looked back on ten years in office.\n\n"
            "In his words, it was a decade of hard choices. The General Medical Council said it had no comment.")
    assert kind_of(text, "Tarn General Assembly") == "organisation"
    assert kind_of(text, "General Medical Council") == "organisation"
    assert ("words", "Jon Vale") in cues_and_sources(text)


def test_a_general_with_a_name_is_still_a_person():
    text = "Gen. Mark Doe said the troops would stay. Secretary General Ana Vale said talks would go on."
    assert kind_of(text, "Mark Doe") == "person"
    assert kind_of(text, "Ana Vale") == "person"


def test_he_is_the_nearer_of_two_unnamed_speakers():
    text = ("The trainers explained that if a player said he was hurt, the coach had to stop the game. "
            "A young striker raised his hand and said, “That would end every match.” "
            "He clearly saw nothing wrong with the idea, presumably believing it was widely shared.")
    assert ("believing", "A young striker") in cues_and_sources(text)


def test_said_then_a_name_and_a_lower_case_role_to_the_end_is_the_source():
    text = ("It seems most unlikely that Vole can catch Marsh, said Tom Elm, deputy campaign manager for "
            "the Roe campaign in 2004.")
    assert cues_and_sources(text) == [("said", "Tom Elm")]
    text = ("The vote will bring older people to the polls, said Ann Tay, a chairman of the history "
            "department at Orsa College in Elk Falls, Kan.")
    assert ("said", "Ann Tay") in cues_and_sources(text)


def test_a_name_in_commas_before_the_verb_is_still_its_subject():
    assert ("praised", "Ann Lee") in cues_and_sources("The mayor, Ann Lee, praised Tom Roe.")
    assert ("said", "Ann Lee") in cues_and_sources("The mayor, Ann Lee, said Tom Roe, and then left.")


def test_an_aside_of_attribution_inside_the_sentence_gives_the_source():
    assert cues_and_sources("The plan, said Jo Vale, was never costed.") == [("said", "Jo Vale")]
    text = "And the mayor, said Ann Sun, who has known her for years, is no bully."
    assert cues_and_sources(text) == [("said", "Ann Sun")]


def test_a_wire_ledes_nationality_and_trade_stand_for_the_company_the_sentence_names():
    text = "Hartwell Motors will cut 3,000 jobs in Europe, the German carmaker said on Tuesday."
    assert cues_and_sources(text) == [("said", "Hartwell Motors")]


def test_a_nationality_and_trade_in_another_sentence_or_before_a_public_body_stay_as_written():
    text = "Acme Foods said it would buy Sato Motors. The Japanese company said it welcomed the offer."
    assert ("said", "The Japanese company") in cues_and_sources(text)  # (then "welcomed the offer": cue65)
    text = "The White House said talks went well. The Saudi government said it disagreed."
    assert ("said", "White House") not in cues_and_sources(text)[1:]


def test_its_research_is_the_body_the_sentences_before_are_about():
    text = ("The Harbour Policy Institute said living costs were rising. "
            "Its research found that the poorest fifth of households were worse off.")
    assert ("found", "Harbour Policy Institute") in cues_and_sources(text)


def test_its_data_with_no_body_before_stays_as_written():
    assert cues_and_sources("Jo Vale spoke on Monday. Its data show a rise.") == [("show", "Its data")]
