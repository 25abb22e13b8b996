"""Session 5 speaker rules, on sentences written for these tests (no article text)."""

from support import speakers


def test_a_chain_of_he_is_one_person_not_a_name_in_an_object():
    # "He argued ..." passes "he" on to the person the first "he" meant, not to the names he mentioned.
    t = ("Mayor Tom Reed spoke on Monday. Though the vote was close, he said, it could bring in allies of "
         "Ann Cole and Bo Grant. That is why, he argued, the council must act.\n\n"
         "“This is a new time,” he said.")
    assert speakers(t) == ["Tom Reed"]


def test_a_question_quoted_inside_a_quotation_still_takes_the_cue_after_it():
    t = "“She was the only one to ask us, ‘What do you need?’” Mia Holt said.\n"
    assert speakers(t) == ["Mia Holt"]


def test_a_sentence_opened_by_he_gives_its_quotation_to_his_person():
    # No cue in the sentence: its subject "He" is the speaker, not the senator he praised.
    t = ("Radio host Sam Reyes backed the campaign of Senator Lou Diaz.\n\n"
         "He then turned to the crowd and the senator: “This is our year.”")
    assert speakers(t) == ["Sam Reyes"]


def test_an_opening_pronoun_with_no_person_before_it_gives_no_speaker():
    t = "He then turned to the crowd: “This is our year.”"
    assert speakers(t) == [None]


def test_a_paragraph_ending_in_a_colon_hands_its_subject_to_the_quotation_below():
    t = ("After the vote, Governor Ruth Okafor issued the following statement:\n\n"
         "“Our thoughts are with every family in the valley tonight.”")
    assert speakers(t) == ["Ruth Okafor"]


def test_a_colon_paragraph_with_no_person_gives_no_speaker():
    t = "The sign on the door of the hall read as follows:\n\n“Closed until the water is safe again.”"
    assert speakers(t) == [None]


def test_secretary_of_a_department_before_a_name_is_the_persons_role():
    from medialit.analysis.names import find_people

    t = "Secretary of State Jo M. Banda said the talks failed. “We remain open,” Banda said."
    people = [(p.name, p.kind, p.role) for p in find_people(t)]
    assert ("Jo M. Banda", "person", "Secretary of State") in people
    assert speakers(t) == ["Jo M. Banda"]


def test_the_head_of_a_firm_is_still_an_organisation():
    from medialit.analysis.names import find_people

    t = "The head of Acme Steel Works spoke on Monday."
    assert [(p.name, p.kind) for p in find_people(t)] == [("Acme Steel Works", "organisation")]


def test_a_cue_in_a_when_clause_after_a_quotation_is_not_its_speakers():
    t = "Mayor Al Kent shrugged, “That makes me smart,” when Jo Reyes blasted him for it."
    assert speakers(t) == ["Al Kent"]


def test_a_capitalised_word_before_a_weekday_is_not_a_person():
    from medialit.analysis.names import find_people

    t = "Following Monday’s debate, the mayor spoke. Ann Cole said on Friday that the plan had failed."
    names = [p.name for p in find_people(t)]
    assert "Following Monday" not in names and "Ann Cole" in names


def test_a_he_said_aside_late_in_a_sentence_still_carries_the_chain():
    t = ("Party elder Sam Okoro spoke on Monday.\n\n"
         "Though the last change was smooth, he said, a new one could set allies of Ann Cole against Bo Grant.\n\n"
         "“This is a different time,” he said.")
    assert speakers(t) == ["Sam Okoro"]


def test_gov_before_a_name_is_a_title():
    t = ("Ohio Gov. Lena Marsh called the ruling a “disgrace” on Monday.\n\n"
         "“It is a disgrace and the court knows it,” Marsh said.")
    assert speakers(t) == ["Lena Marsh", "Lena Marsh"]
