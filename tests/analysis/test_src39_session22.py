"""Session 22, src39: sources on unseen general news (families of shapes, each on sentences written for these tests)."""

from medialit.analysis.names import find_people
from support import attributed_sources, cues_and_sources, kind_of


def test_an_armed_unit_or_a_legislature_is_a_body_not_a_person():
    text = ("Soldiers of the 4th Harwick Brigade trained at the range in May. The 2nd Orsa Regiment joined them. "
            "The Tarn Congress voted on Tuesday.")
    assert kind_of(text, "Harwick Brigade") == "organisation"
    assert kind_of(text, "Orsa Regiment") == "organisation"
    assert kind_of(text, "Tarn Congress") == "organisation"


def test_he_after_a_legislature_goes_to_the_person_not_the_body():
    text = ("Jo Vale won the 2018 election despite twenty years in the Tarn Congress. "
            "He promised to cut taxes for small firms.")
    assert ("promised", "Jo Vale") in cues_and_sources(text)


def test_the_figures_go_to_the_body_that_issued_them():
    text = ("New data from the Harwick Tourism Board (HTB) released today shows visits rose. "
            "The figures reveal that 2 million people came to the coast last year.")
    assert ("reveal", "Harwick Tourism Board") in cues_and_sources(text)


def test_a_survey_goes_to_the_body_that_published_it_but_not_a_study_by_another():
    published = ("The Office for Tides published its survey of harbour towns on Monday. "
                 "The survey found that most quays need repair.")
    assert ("found", "Office for Tides") in cues_and_sources(published)
    other_work = ("A study by the Institute for Coasts looked at harbours in 2019. "
                  "The survey asks each harbour master how often the quay floods.")
    assert ("asks", "Institute for Coasts") not in cues_and_sources(other_work)


def test_an_owner_before_the_evidence_is_its_source_but_not_a_day_or_a_pronoun():
    assert ("show", "The commission") in cues_and_sources("The commission’s findings show that the club broke the rules.")
    assert ("show", "Tuesday") not in cues_and_sources("Tuesday’s results show that turnout fell.")
    assert ("show", "Last year") not in cues_and_sources("Last year’s figures show that turnout fell.")


def test_initials_before_the_evidence_are_spelled_out():
    text = ("The Office for Tides (OFT) counted boats in May. "
            "Revised OFT data shows that 40 boats left the harbour, up from 31.")
    assert ("shows", "Office for Tides") in cues_and_sources(text)


def test_a_headline_office_read_as_a_name_is_the_one_holder_the_story_names():
    text = ("Home Secretary announces more police for rural towns\n\n"
            "Home Secretary Ann Marlow has announced 500 more officers for country areas.")
    assert ("announces", "Ann Marlow") in cues_and_sources(text)
    two = "Prime Minister says talks went well\n\nPrime Minister Jo Vale met Tarn’s Prime Minister Ed Lund on Monday."
    assert cues_and_sources(two) == [("says", "Prime Minister")]  # two holders: the headline's words stay


def test_a_post_after_said_in_a_is_the_writing_not_a_second_cue():
    text = "The council leader said in a Facebook post that the bridge would reopen on Friday."
    assert cues_and_sources(text) == [("said", "The council leader")]
    assert "Facebook" not in attributed_sources("Ann Lee wrote in an Instagram post that she had left the club.")


def test_the_soldier_is_the_ranked_person_just_named():
    assert ("said", "Ray Moss") in cues_and_sources(
        "Pvt. Ray Moss, 22, trained for months at the base. The soldier said the course was hard.")
    assert ("said", "Ray Moss") in cues_and_sources(
        "Staff Sgt. Ray Moss trained for months at the base. The soldier said the course was hard.")
    # the plural is no group that speaks: the official keeps the second verb
    text = "A senior official said no soldiers had crossed the line and described the report as false."
    assert ("described", "soldiers") not in cues_and_sources(text)


def test_a_body_in_the_possessive_before_another_body_is_no_person():
    # "Justice" is also a judge's title: before a body's head in the possessive it is part of the body's name
    text = "Deputy Director Ann Lee of the Justice Ministry’s Harbour Section said the port was safe."
    assert kind_of(text, "Justice Ministry") == "organisation"
    assert "Ministry" not in [p.name for p in find_people(text)]


def test_and_inside_a_body_name_before_a_spokesperson_is_kept():
    assert cues_and_sources("A Fire and Rescue Service spokesperson said the blaze was out by noon.") \
        == [("said", "A Fire and Rescue Service spokesperson")]
    assert cues_and_sources("A Harwick Fire and Rescue Service spokeswoman said crews left at noon.") \
        == [("said", "A Harwick Fire and Rescue Service spokeswoman")]


def test_an_aside_that_names_the_issuer_gives_the_source():
    assert ("shows", "Harbour Office") in cues_and_sources(
        "The data, published by the Harbour Office on Thursday, shows that 300 boats left.")
    assert ("show", "The figures") in cues_and_sources("The figures, which came late, show that floods rose.")


def test_spelled_out_initials_before_evidence_name_the_body():
    text = ("The Harbour Crime Intelligence Bureau (HCIB) counts thefts from boats. "
            "According to the HCIB data, losses reached £2m last year.")
    assert ("According to", "Harbour Crime Intelligence Bureau") in cues_and_sources(text)
