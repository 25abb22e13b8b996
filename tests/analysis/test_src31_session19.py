"""Session 19, src31: cue -> right source and sources found on general news (wire, local, feature shapes).
All text here is invented for these tests."""

from support import cues_and_sources, cues_sources_and_kinds, speakers


# --- ", and said": the second verb shares the first verb's subject, not the subject inside its report -----------

def test_and_said_after_a_quotation_takes_the_speaker_not_the_reported_subject():
    # "has supported" opens what Reid said and is no cue of its own; it must not lend "and said" its subject.
    text = ('Shadow housing minister Anna Reid said her party has supported the plan "for months", and said it '
            'was "shameful that the ministry has not acted".')
    assert [s for c, s in cues_and_sources(text) if c == "said"] == ["Anna Reid", "Anna Reid"]


def test_a_second_verb_after_a_reported_stance_with_its_own_subject_still_reads_that_subject():
    text = "Council leader Tom Vance said he supports the scheme, and warned that costs would rise."
    assert [s for c, s in cues_and_sources(text)] == ["Tom Vance", "Tom Vance"]


# --- "The commission concluded": a body the text brought in by its common noun, not the organisation before it --

def test_the_noun_of_an_unnamed_body_brought_in_before_is_not_the_organisation_that_opens_the_sentence():
    text = ("The Football League published the findings of the independent commission on Tuesday. It found the club "
            "guilty. The commission concluded that the rules had been broken.")
    assert [s for c, s in cues_and_sources(text) if c == "concluded"] == ["The commission"]


def test_a_business_noun_after_an_epithet_still_means_the_company():
    text = "Acme Foods reported a loss. Shares in the troubled company fell. The company said sales would recover."
    assert [s for c, s in cues_and_sources(text) if c == "said"] == ["Acme Foods"]


def test_a_bare_the_noun_before_still_means_the_organisation():
    text = "Halvex Group named a new board. The board approved the deal. The group said the deal was final."
    assert [s for c, s in cues_and_sources(text) if c == "said"] == ["Halvex Group"]


# --- "A spokesperson said": the organisation that spoke just before -----------------------------------------

def test_a_bare_spokesperson_speaks_for_the_organisation_that_spoke_just_before():
    text = ("The tenants' union, Homefront, criticised the rent rise, which the Marlow Trust had set. "
            'A spokesperson said: "Our members cannot pay this."')
    assert [s for c, s in cues_and_sources(text) if c == "said"] == ["A spokesperson for Homefront"]
    assert speakers(text) == ["A spokesperson for Homefront"]


def test_she_after_the_spokeswoman_is_that_spokeswoman():
    text = ('Harbour Water apologised to customers on Monday. A spokeswoman said the leak had been fixed. '
            '"We are sorry," she said.')
    assert [s for c, s in cues_and_sources(text)] == ["A spokeswoman for Harbour Water"] * 2


def test_a_spokesman_after_two_bodies_and_the_spokesperson_again_stay_as_written():
    assert [s for c, s in cues_and_sources("Tesco and Asda both raised prices. A spokesman said costs had gone up.")] \
        == ["A spokesman"]
    text = ("A Kelso Rail spokesperson said the line was closed. Engineers worked overnight, Kelso Rail said. "
            "The spokesperson added that buses would run.")
    assert [s for c, s in cues_and_sources(text) if c == "added"] == ["A Kelso Rail spokesperson"]


# --- "Neighbours said", "Jurors heard": a plural of people at a sentence's start is no named person ---------------

def test_neighbours_and_jurors_are_unnamed_groups():
    text = "Neighbours said they had heard shouting late at night. Jurors said they could not agree on a verdict."
    assert cues_sources_and_kinds(text) == [("said", "Neighbours", "unnamed"), ("said", "Jurors", "unnamed")]


# --- "Officials from Tesco, Asda and Lidl said": the officials, not the last firm --------------------------------

def test_a_group_from_a_list_of_three_bodies_is_the_whole_group():
    text = "Officials from Tesco, Asda and Lidl said prices would rise in the spring."
    assert cues_sources_and_kinds(text) == [("said", "Officials from Tesco, Asda and Lidl", "unnamed")]
    text = "Executives of Acme, Halvex and Orbis declined to comment on the merger."
    assert cues_sources_and_kinds(text) == [("declined to comment", "Executives of Acme, Halvex and Orbis", "unnamed")]


def test_a_list_of_three_bodies_alone_is_still_a_named_group():
    text = "Tesco, Asda and Lidl said prices would rise in the spring."
    assert cues_sources_and_kinds(text) == [("said", "Tesco, Asda and Lidl", "named group")]


# --- "Detectives investigating the death said": a plural of people with an "-ing" phrase after it ----------------

def test_people_described_by_an_ing_phrase_are_the_source():
    for text, source in [("Detectives investigating the fire said they were keeping an open mind.",
                          "Detectives investigating the fire"),
                         ("People living nearby said they heard two loud bangs.", "People living nearby"),
                         ("Doctors treating the boy said he was stable.", "Doctors treating the boy")]:
        assert cues_sources_and_kinds(text) == [("said", source, "unnamed")]


def test_an_aside_with_an_ing_word_does_not_take_the_source():
    text = "Parents protesting outside, officials said, had blocked the road."
    assert ("said", "officials") in cues_and_sources(text)


# --- "US Secretary of State Antony Blinken said": a title with "of" before a name is no unnamed phrase -------------

def test_a_title_with_of_before_a_name_gives_the_named_person():
    text = "US Secretary of State Ann Corliss told reporters in Oslo that the talks were useful."
    assert cues_sources_and_kinds(text) == [("told", "Ann Corliss", "named person")]
    text = "Director of Public Health Dr Ravi Menon said cases were rising."
    assert cues_sources_and_kinds(text) == [("said", "Ravi Menon", "named person")]


def test_a_plural_or_kin_before_of_keeps_the_group_as_the_source():
    assert cues_sources_and_kinds("Friends of Jane Doe said she was happy.") == \
        [("said", "Friends of Jane Doe", "unnamed")]
    assert cues_sources_and_kinds("Strategists for Jane Doe and Tom Roe agree that turnout matters.") == \
        [("agree", "Strategists for Jane Doe and Tom Roe", "unnamed")]


# --- "Ms Bauchtman said" after "Lydia Buchtmann": a long surname misspelt by two letters is the same person --------

def test_a_long_surname_misspelt_by_two_letters_is_the_person_named_before():
    text = ('Food safety officer Wilhelmina Oosterhuis said the supply was safe. '
            '"We test every batch," Ms Osterhuiss said.')
    assert [s for c, s in cues_and_sources(text)] == ["Wilhelmina Oosterhuis"] * 2
    assert speakers(text) == ["Wilhelmina Oosterhuis"]


def test_two_long_surnames_further_apart_stay_two_people():
    text = ("Chief executive Anna Johansson said sales rose. The minister, Tom Johnstone, said prices fell. "
            "Mr Johnstone added that the tax would stay.")
    assert [s for c, s in cues_and_sources(text)] == ["Anna Johansson", "Tom Johnstone", "Tom Johnstone"]


# --- "The 45-year-old told the court": the person given that age, not the last person named ----------------------

def test_an_age_epithet_is_the_person_the_text_gave_that_age():
    text = ("A man has been jailed for six years. Darren Pike, 45, of Hull, admitted the attack. Judge Sarah Wood "
            "told Pike he had shown no remorse. His barrister, Tom Reeve, said his client was sorry. "
            "The 45-year-old told the court he had been drinking.")
    assert [s for c, s in cues_and_sources(text)][-1] == "Darren Pike"


def test_an_age_epithet_with_no_age_given_keeps_the_subject_before():
    text = "Darren Pike was jailed on Friday. The 45-year-old told the court he had been drinking."
    assert [s for c, s in cues_and_sources(text)] == ["Darren Pike"]


# --- "Her mother, Janet, said": a relative given a first name in commas -----------------------------------------

def test_a_relative_with_a_first_name_in_commas_is_written_with_the_name():
    text = 'Her mother, Janet, said the family had been "devastated". She added: "She loved the sea."'
    assert [s for c, s in cues_and_sources(text)] == ["Her mother, Janet"] * 2
    assert speakers(text) == ["Her mother, Janet"] * 2


def test_a_relative_before_an_adverb_in_commas_stays_as_written():
    assert [s for c, s in cues_and_sources("His wife, however, said he had been unwell.")] == ["His wife"]


# --- "The BBC, ITV and Channel 4 declined": a list of three bodies the names did not keep, one with a number ---------

def test_a_list_of_three_bodies_with_a_number_in_a_name_is_the_source():
    assert cues_sources_and_kinds("The BBC, ITV and Channel 4 declined to comment on the figures.") == \
        [("declined to comment", "The BBC, ITV and Channel 4", "named group")]
    assert cues_sources_and_kinds("Channel 4 said the show would return in May.") == \
        [("said", "Channel 4", "named group")]


def test_a_number_after_the_name_that_is_no_part_of_it_is_left_out():
    assert [s for c, s in cues_and_sources("The BBC and ITV declined to comment on the 12% fall.")] == ["BBC and ITV"]


# --- "The Home Office letter reads": a named body's document is that body's words ------------------------------

def test_a_document_under_a_body_name_is_the_bodys_words():
    text = ('The Home Office has written to councils. The Home Office letter reads "we may extend the scheme".')
    assert [s for c, s in cues_and_sources(text) if c == "reads"] == ["Home Office"]


def test_a_document_under_a_word_that_is_no_name_stays_as_written():
    text = "The Christmas message said the church would stay open."
    assert [s for c, s in cues_and_sources(text)] == ["The Christmas message"]


# --- "Kelso Police Chief Dan Reyes joined ..., noting": the person titled by the organisation opens the sentence -----

def test_an_organisation_in_a_persons_title_does_not_take_the_opening_subject():
    text = "Kelso Police Chief Dan Reyes joined the press conference, noting his commitment to safe streets."
    assert [s for c, s in cues_and_sources(text)] == ["Dan Reyes"]
    text = "Acme Foods chief executive Jane Doe joined the call, warning that sales would fall."
    assert [s for c, s in cues_and_sources(text)] == ["Jane Doe"]


def test_an_organisation_alone_still_opens_the_sentence():
    text = "Acme Foods cut 300 jobs on Monday, warning that sales would fall."
    assert [s for c, s in cues_and_sources(text)] == ["Acme Foods"]


# --- "the government" is not the one department that opened a sentence before ---------------------------------

def test_the_government_is_not_a_department_named_before():
    text = ("The Department for Transport published the rules on Monday. Drivers must apply online, the "
            "government said.")
    assert [s for c, s in cues_and_sources(text) if c == "said"] == ["the government"]


def test_the_department_still_means_the_department():
    text = "The Department for Transport published the rules on Monday. Drivers must apply online, the department said."
    assert [s for c, s in cues_and_sources(text) if c == "said"] == ["Department for Transport"]


# --- "Network Rail apologised. They said ...": a "they" nothing else explains is the body just before ---------------

def test_they_after_a_body_that_opens_the_sentence_before_is_that_body():
    text = "Harbour Rail apologised for the delays. They said engineers were working to fix the fault."
    assert cues_sources_and_kinds(text) == [("said", "Harbour Rail", "named group")]
    text = "Kent County Council said the road would close on Monday. They added that buses would run instead."
    assert [s for c, s in cues_and_sources(text)] == ["Kent County Council"] * 2


def test_they_after_people_in_between_is_those_people():
    text = "Kent County Council said the road would close. Residents were angry. They said the closure was unfair."
    assert [s for c, s in cues_and_sources(text)] == ["Kent County Council", "Residents"]


# --- "according to Acme Foods' latest figures": the owner of a document is the source ----------------------------

def test_according_to_a_named_bodys_document_is_that_body():
    assert cues_sources_and_kinds("Sales fell by 5%, according to Acme Foods' annual report.") == \
        [("according to", "Acme Foods", "named group")]


def test_according_to_a_bodys_document_about_something_keeps_the_phrase():
    text = "Acme Foods opened a plant. According to Acme Foods' report on the harbour, rents rose."
    assert [s for c, s in cues_and_sources(text) if c == "According to"] == ["Acme Foods' report on the harbour"]


# --- "The retired teacher said", "A trained nurse said": an "-ed" word after "the"/"a" describes the noun ----------

def test_a_described_person_with_a_participle_before_the_noun_is_the_source():
    assert cues_sources_and_kinds("The retired teacher said he would keep campaigning.") == \
        [("said", "The retired teacher", "unnamed")]
    assert cues_sources_and_kinds("A trained nurse said the ward was full.") == \
        [("said", "A trained nurse", "unnamed")]


def test_a_participle_before_a_thing_makes_no_source():
    assert cues_and_sources("The proposed law said nothing about fees.") == []
