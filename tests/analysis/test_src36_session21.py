"""Session 21, src36: the kinds of sources on general news (person, body, unnamed), and public-body release shapes.
All text here is invented for these tests."""

from medialit import find_sources, load_article
from medialit.analysis.names import find_people
from support import cues_sources_and_kinds


def people_and_kinds(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.kind) for p in find_people(text)]


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.name, s.kind) for s in find_sources(load_article(text)) if s.kind != "link"]


# --- a noun for evidence that opens a sentence is capitalised, not a name ------------------------------------------

def test_a_capitalised_noun_of_evidence_is_no_person():
    text = "Sleep Matters\n\nResearch suggests that pupils need more sleep. Data shows lessons start too early."
    assert kinds(text) == [("Research", "unnamed"), ("Data", "unnamed")]


def test_evidence_the_noun_rows_do_not_hold_is_unnamed_too():
    assert cues_sources_and_kinds("Evidence shows the ferry left late.") == [("shows", "Evidence", "unnamed")]


def test_a_one_word_name_before_a_reporting_verb_is_still_a_person():
    assert people_and_kinds("Brannock said the fares were fair. Brannock’s rivals disagreed.") == [("Brannock", "person")]


# --- a job word inside a body's name: "the Justice Department" ---------------------------------------------------

def test_a_department_named_with_a_job_word_is_a_body():
    text = "The U.S. Justice Department said the two men had been charged."
    assert cues_sources_and_kinds(text) == [("said", "U.S. Justice Department", "named group")]


def test_a_job_word_before_a_surname_still_makes_a_person():
    assert people_and_kinds("Justice Ana Lark said the appeal failed.")[0][1] == "person"


# --- bodies whose names end in "International" or "Watch" ---------------------------------------------------------

def test_international_and_watch_end_a_body_name():
    text = "Amnesty Harbour International said the men were held. Coastal Rights Watch said the trial was unfair."
    assert kinds(text) == [("Amnesty Harbour International", "named group"), ("Coastal Rights Watch", "named group")]


# --- one-word regulators ----------------------------------------------------------------------------------------

def test_a_regulator_named_in_one_word_is_a_body():
    text = "Ofsted said the school in Eastvale was good. Ofcom said the broadcaster broke the rules."
    assert kinds(text) == [("Ofsted", "named group"), ("Ofcom", "named group")]


# --- "A Northvale Fire and Rescue Service spokesperson": "and" inside the body's name -----------------------------

def test_a_spokesperson_of_a_body_with_and_in_its_name_is_unnamed():
    text = "Two cars collided. A Northvale Fire and Rescue Service spokesperson said two crews attended."
    assert cues_sources_and_kinds(text) == [
        ("said", "A Northvale Fire and Rescue Service spokesperson", "unnamed")]


def test_a_person_and_another_person_stay_named():
    text = "Jo Dale met the crews. Ana Lark and Tom Reed said the road was clear."
    assert cues_sources_and_kinds(text)[-1] == ("said", "Ana Lark and Tom Reed", "named person")


# --- British offices with "of State" -------------------------------------------------------------------------------

def test_an_under_secretary_of_state_is_the_person_named_after_the_office():
    text = "The Parliamentary Under-Secretary of State, Ivo Lark, visited Dunmore. Under-Secretary of State Ivo Lark said it."
    assert [(n, k) for n, k in kinds(text)] == [("Ivo Lark", "named person")]


def test_a_minister_of_state_for_a_brief_is_the_person_named_after_it():
    text = "Minister of State for Transport Ana Brel said the line would reopen."
    assert cues_sources_and_kinds(text) == [("said", "Ana Brel", "named person")]


# --- a quotation's speaker that no cue counts keeps the kind the names found ---------------------------------------

def test_a_group_that_only_speaks_a_quotation_is_unnamed():
    text = "The lake is cold. Scientists had already placed the lake inside the “cold belt.” It freezes in May."
    assert kinds(text) == [("Scientists", "unnamed")]


def test_a_person_who_only_speaks_a_quotation_is_still_a_named_person():
    text = "Ana Lark watched the boats. “It was a long night,” Lark recalled."
    assert ("Ana Lark", "named person") in kinds(text)


# --- a headline's role noun is the one person the story names with that role ----------------------------------------

def test_a_headline_role_is_the_person_the_story_names_in_that_role():
    text = ("Harbour Ministry Official Tells Radio Fares Will Rise\n\n"
            "Harbour ministry official Ivo Lark told listeners on Monday that fares would rise. Lark said the rise was small.")
    assert [s for _, s, _ in cues_sources_and_kinds(text)] == ["Ivo Lark"] * 3
    assert kinds(text) == [("Ivo Lark", "named person")]


def test_a_headline_role_stays_as_written_when_no_one_or_two_hold_it():
    text = ("Minister Warns Farmers of Drought\n\n"
            "Farm minister Ana Brel and water minister Tom Reed visited Dunmore. Brel said the reservoirs were low.")
    assert cues_sources_and_kinds(text)[0] == ("Warns", "Minister", "unnamed")
    text = "Officials Warn of Drought\n\nWater official Tom Reed said the reservoirs were low."
    assert cues_sources_and_kinds(text)[0] == ("Warn", "Officials", "unnamed")


# --- "the report" is no study named inside a body's name ("the National Audit Office") ------------------------------

def test_the_report_is_not_cut_from_a_body_whose_name_holds_audit():
    text = ("A report by the Harbour Audit Office, published on Wednesday, found that the scheme had overspent. "
            "According to the report, costs rose by a third.")
    assert [s for _, s, _ in cues_sources_and_kinds(text)] == ["Harbour Audit Office", "the report"]


def test_a_named_study_is_still_the_report():
    text = "The Northvale Sleep Study followed 2,000 pupils. The study found that most slept too little."
    assert cues_sources_and_kinds(text)[-1][1] == "Northvale Sleep Study"


# --- "The government in Harare wants": a body named by where it sits holds a stance --------------------------------

def test_a_government_named_by_its_seat_wants_and_hopes():
    for text in ("The government in Veldstad, however, wants the province to stay.",
                 "The government in Veldstad hopes the province will stay."):
        assert [(s, k) for _, s, k in cues_sources_and_kinds(text)] == [("The government in Veldstad", "unnamed")], text


def test_a_thing_in_a_place_still_wants_nothing():
    assert cues_sources_and_kinds("The plan in Veldstad wants more buses.") == []


# --- public bodies: names that end in Authority, Board, Administration ...; "and" inside a name with "for"/"of" -----

def test_public_bodies_ending_in_authority_or_administration_are_bodies():
    text = ("The Fares and Markets Authority (FMA) said the merger could raise prices. "
            "The Coastal Aviation Administration said flights would resume.")
    assert [k for _, _, k in cues_sources_and_kinds(text)] == ["named group", "named group"]


def test_a_body_named_with_for_and_and_is_one_source():
    text = "The Centers for Coastal Control and Prevention reported 40 new cases on Friday."
    assert kinds(text) == [("Centers for Coastal Control and Prevention", "named group")]


def test_two_bodies_joined_by_and_stay_as_written():
    text = "The Bank of Eastvale and Acme Steel said rates would rise."
    assert cues_sources_and_kinds(text) == [("said", "Bank of Eastvale and Acme Steel", "named group")]


def test_a_quotation_speaker_with_a_or_one_is_unnamed():
    text = ("The match ended late. A club supporter waited outside for hours: “We stood there "
            "until midnight and nobody told us anything.”")
    found = kinds(text)
    assert found and all(k == "unnamed" for _, k in found), found
