"""Session 19, src32: cue -> right source on general news, through links to an earlier mention.
All text here is invented for these tests."""

from support import cues_and_sources, cues_sources_and_kinds, speakers


# --- "The retired teacher added": a description the text gave a named person in an apposition ------------------

def test_a_description_after_an_age_in_commas_is_the_person_it_described():
    text = ("Mr Reed, 61, a retired teacher, has lived in the street for thirty years. "
            "The retired teacher added that parking was a problem.")
    assert cues_sources_and_kinds(text) == [("added", "Reed", "named person")]


def test_an_office_given_a_named_inspector_in_commas_is_that_inspector():
    text = ("Detective Inspector Clare Moss, the senior investigating officer, appealed for witnesses. "
            "The senior investigating officer said the attack was targeted.")
    assert [s for c, s in cues_and_sources(text) if c == "said"] == ["Clare Moss"]


def test_an_office_no_one_was_given_in_commas_stays_as_written():
    text = "Detective Inspector Clare Moss visited the scene. The senior investigating officer said the attack was targeted."
    assert [s for c, s in cues_and_sources(text) if c == "said"] == ["The senior investigating officer"]


def test_a_document_noun_never_becomes_the_person_described():
    text = "Ann Cole, a pollster, ran the survey in May. The poll showed that most voters were undecided."
    assert [s for c, s in cues_and_sources(text) if c == "showed"] == ["The poll"]


def test_a_new_teacher_brought_in_after_the_name_is_someone_else():
    text = ("Mr Reed, 61, a retired teacher, lives nearby. A young teacher from the school joined him. "
            "The teacher said the road was dangerous.")
    assert [s for c, s in cues_and_sources(text) if c == "said"] != ["Reed"]


# --- "The report says": a study the text named ---------------------------------------------------------------

def test_the_report_after_a_named_study_is_that_study():
    text = ("The Northfield Sleep Study followed 2,000 pupils for five years. Its authors met heads on Monday. "
            "The report says most pupils sleep less than seven hours.")
    assert [s for c, s in cues_and_sources(text) if c == "says"] == ["Northfield Sleep Study"]


def test_the_report_with_no_named_study_stays_as_written():
    text = "Researchers at a university studied sleep in teenagers. The report says most pupils sleep too little."
    assert [s for c, s in cues_and_sources(text) if c == "says"] == ["The report"]


# --- "The forecaster said": the weather service named before ---------------------------------------------------

def test_the_forecaster_is_the_weather_service_named_before():
    text = ("The National Weather Service issued a flood warning on Tuesday. Rivers rose fast. "
            "The forecaster said more rain would come.")
    assert cues_sources_and_kinds(text)[-1] == ("said", "National Weather Service", "named group")


def test_the_forecaster_after_a_body_that_is_no_weather_service_stays_as_written():
    text = "Acme Bank raised its outlook for the year. The forecaster said growth would slow."
    assert [s for c, s in cues_and_sources(text) if c == "said"] == ["The forecaster"]


# --- "Voters in Kent, Essex and Surrey said": the unnamed group, not the last place ----------------------------

def test_a_plain_plural_before_a_list_of_places_is_the_source():
    text = "Voters in Kent, Essex and Surrey said the cost of living was their main worry."
    assert cues_sources_and_kinds(text) == [("said", "Voters in Kent, Essex and Surrey", "unnamed")]
    text = "Farmers across Devon, Cornwall and Somerset said the rain had ruined the harvest."
    assert cues_and_sources(text) == [("said", "Farmers across Devon, Cornwall and Somerset")]


def test_a_list_of_names_alone_is_still_read_as_names():
    text = "Tesco, Asda and Lidl said prices would rise."
    assert cues_sources_and_kinds(text) == [("said", "Tesco, Asda and Lidl", "named group")]


# --- "The group ... They also ... They believe": a "they" chain back to the group the story is about ---------------

def test_they_goes_on_from_the_group_to_the_organisation_the_story_is_about():
    text = ("The Harbour Tenants Union staged a sit-in at the council offices on Monday.\n\n"
            "The group occupied the mayor's office last year. They also blocked the Town Hall steps in March. "
            "They believe rents are rising too fast.")
    assert [(s, k) for c, s, k in cues_sources_and_kinds(text) if c == "believe"] == [("Harbour Tenants Union", "named group")]


def test_they_after_a_sentence_about_someone_else_stays_as_written():
    text = "The Harbour Tenants Union staged a sit-in. Ann Cole watched from across the road. They believe rents are too high."
    assert [s for c, s in cues_and_sources(text) if c == "believe"] == ["They"]


# --- ", both noting": the two people the sentence named, not the first nor a body in their titles --------------

def test_both_and_a_participle_after_two_named_people_is_the_pair():
    text = ("Paul Dunn, chair of the Harbour Trust, and Rita Shah, head of the Port Authority, spoke at the meeting, "
            "both noting that traffic had grown.")
    assert cues_sources_and_kinds(text) == [("noting", "Paul Dunn and Rita Shah", "named person")]


def test_both_after_three_named_people_is_no_pair():
    text = ("Paul Dunn, Rita Shah and Tom Vance spoke at the meeting, with Dunn and Shah later walking out, "
            "both noting that traffic had grown.")
    assert [s for c, s in cues_and_sources(text) if c == "noting"] != ["Paul Dunn and Rita Shah"]
