"""Session 12, helper src16: sources of cues (who said it). Every sentence here is invented for the test."""

from medialit import find_quotes, find_sources, load_article
from medialit.analysis.name_words import spelled_out_names

from support import cues_sources_and_kinds as sources


# -- the one who issued a statement is the source of "saying" after it --------------------------

def test_the_subject_that_issued_a_statement_is_the_source_of_saying():
    assert sources("The Lopez campaign issued a statement saying that the mayor had been misquoted.") == [
        ("saying", "The Lopez campaign", "unnamed")]
    assert sources("Lopez's campaign released a statement saying it was postponing a rally.") == [
        ("saying", "Lopez's campaign", "unnamed")]


def test_an_opening_phrase_and_a_bracketed_label_do_not_hide_the_issuer():
    text = "Minutes later, Harbour Board Chair Ana Lopez (D-Kent) issued a statement saying the ferry would stay."
    assert sources(text) == [("saying", "Ana Lopez", "named person")]
    text = "Following the mayor's walkout, Ana Lopez released a statement highlighting the role the council played."
    assert [(c, s) for c, s, _ in sources(text)] == [("highlighting", "Ana Lopez")]


def test_a_two_word_verb_is_not_part_of_the_issuer():
    assert sources("His office put out a statement saying the town was safe.") == [
        ("saying", "His office", "named group")]


def test_a_thing_that_prompted_a_note_is_still_no_source():
    assert sources("The idea prompted a note saying the plan was dead.") == []


# -- a body's initials ("the WHO", "the NHS") name it -----------------------------------------

def test_initials_that_spell_a_grammar_word_still_name_a_body():
    assert sources("WHO said cases were falling.") == [("said", "WHO", "named group")]
    text = "The World Health Organisation (WHO) said cases were falling. The WHO added that vaccines worked."
    assert sources(text) == [("said", "World Health Organisation", "named group"),
                             ("added", "World Health Organisation", "named group")]
    assert [(s.name, s.attributions) for s in find_sources(load_article(text))] == [("World Health Organisation", 2)]


def test_the_and_initials_is_a_named_body_not_a_described_one():
    assert sources("The NHS said waiting lists would fall.") == [("said", "NHS", "named group")]
    assert sources("Waiting lists will fall, according to the NHS.") == [("according to", "NHS", "named group")]
    assert [(q.text, q.speaker) for q in find_quotes("“Lists will fall,” the NHS said.")] == [("Lists will fall,", "NHS")]


def test_a_headline_in_capitals_and_longer_phrases_stay_as_they_were():
    assert sources("WHO IS TO BLAME? Ana Lopez said the council was.") == [("said", "Ana Lopez", "named person")]
    assert sources("After a desperate HP asked workers to take a pay cut, the mood changed.") == [
        ("asked", "a desperate HP", "unnamed")]
    # "for the EU, said X": the initials end what was said, the source comes after the verb
    assert sources("The vote marks the end for the EU, said Ana Lopez, a member of the Kent Party.")[0][1] == "Ana Lopez"


def test_the_spelled_out_name_drops_the_opening_the():
    assert spelled_out_names("The Kent Ferry Trust (KFT) said fares would rise.") == {"KFT": "Kent Ferry Trust"}


# -- a wire dateline is no subject ------------------------------------------------------------

def test_a_dateline_is_not_the_subject_of_a_participle():
    text = "London (AFP) – Ana Lopez has taken a swipe at her rival's plan, saying that tolls do harm."
    assert sources(text) == [("saying", "Ana Lopez", "named person")]


def test_a_dateline_is_not_part_of_a_who_clause_subject():
    text = "KENTVILLE, Ohio (AP) — A man who lives near the plant said he smelled smoke."
    assert sources(text) == [("said", "A man", "unnamed")]


def test_a_bracket_after_a_name_is_no_dateline():
    text = "Senator Ana Lopez (D-Kent) — who has taken a swipe at the plan — said that tolls do harm."
    assert sources(text) == [("said", "Ana Lopez", "named person")]


# -- asides before the verb: a number's comma, an adverb before the "-ing" word ----------------

def test_a_comma_inside_a_number_does_not_split_an_aside():
    text = "Acme Foods, which employs 2,000 people in Kent, said profits fell. It said it would cut 300 jobs."
    assert sources(text) == [("said", "Acme Foods", "named group"), ("said", "Acme Foods", "named group")]


def test_an_adverb_before_the_ing_word_still_opens_an_aside():
    text = "Ana Lopez, later alleging that the mayor wanted to admit 250,000 visitors, said she would object."
    assert sources(text)[-1] == ("said", "Ana Lopez", "named person")


# -- initials that open a name ("DP World", "NBC News") ----------------------------------------

def test_initials_open_a_name_with_one_capitalised_word_after_them():
    assert sources("Acme port's owner said little. DP World estimates the port will save money.")[-1][1] == "DP World"
    assert sources("The news site RTL Info reported that profits rose.")[0][1] == "RTL Info"


def test_initials_before_a_longer_name_or_a_place_code_stay_out_of_it():
    assert sources("DJ Ana Lopez said she was thrilled.") == [("said", "Ana Lopez", "named person")]
    assert sources("US President Ana Lopez said profits rose.") == [("said", "Ana Lopez", "named person")]


# -- a person's name that holds a place word ("Jo Park", "Ann Street") --------------------------

def test_a_role_before_a_full_name_makes_it_a_person_though_a_word_is_a_place():
    text = "The town's mayor, Jo Park, has backed the bakery. Park says it is good. She adds that the council will help."
    assert sources(text) == [("says", "Jo Park", "named person"), ("adds", "Jo Park", "named person")]
    text = "Council leader Ann Street opened the bridge. Street said it had cost too much."
    assert sources(text) == [("said", "Ann Street", "named person")]


def test_a_place_word_with_no_person_before_it_stays_a_place():
    text = "Officials at Kent Park said the gates would close."
    assert sources(text)[0][2] != "named person"


# -- a body's name with "of"/"for" in it; a job at a body between commas ----------------------

def test_a_bodys_name_goes_on_over_of_and_for():
    assert sources("The Institute for Harbour Studies said rents would rise.") == [
        ("said", "Institute for Harbour Studies", "named group")]
    assert sources("The Royal Society for the Protection of Otters said numbers fell.") == [
        ("said", "Royal Society for the Protection of Otters", "named group")]
    assert sources("Rents rose, according to the Kent Bureau of Housing Statistics.") == [
        ("according to", "Kent Bureau of Housing Statistics", "named group")]


def test_of_after_a_person_or_and_between_bodies_joins_nothing():
    assert sources("Ana Lopez of Kentville said rents would rise.")[0][1] == "Ana Lopez"


def test_a_job_at_a_body_between_commas_is_no_subject():
    text = "Ana Lopez, dean of the University of Kent College of Law, said there had been a rise."
    assert sources(text) == [("said", "Ana Lopez", "named person")]
    text = "Ana Lopez, now director of the Kent International Center for Scholars, urged the mayor to act."
    assert sources(text)[-1][:2] == ("urged", "Ana Lopez")


# -- "Jane Doe of Kentville said": the person, not where she is from ---------------------------

def test_the_person_before_of_is_the_source_not_the_place_or_body():
    assert sources("Senator Ana Lopez of Kentville endorsed the plan.")[0][1] == "Ana Lopez"
    assert sources("Professor Ana Lopez from the University of Kent said rents would rise.") == [
        ("said", "Ana Lopez", "named person")]


def test_a_quote_before_a_person_of_a_body_is_the_persons():
    text = "\u201cIt was the least bad outcome,\u201d Ana Lopez of the Kent Club said."
    assert [(q.text, q.speaker) for q in find_quotes(text)] == [("It was the least bad outcome,", "Ana Lopez")]


def test_a_role_or_a_full_name_after_of_keeps_its_reading():
    assert sources("The son of Ana Lopez said rents would rise.")[0][1] == "Ana Lopez"
    assert sources("Representative Ana Lopez, Republican of Ohio, said the plan was dead.")[0][1] == "Ana Lopez"


# -- an "-ing" cue after ", but <name> ..." -----------------------------------------------------

def test_a_participle_after_a_joined_clause_takes_that_clauses_subject():
    text = ("Ana Lopez quickly pivoted to talking about trade, but Tom Reed brought her back to the attacks, "
            "asking her to share her views.")
    assert sources(text)[-1] == ("asking", "Tom Reed", "named person")
    text = "It was a long shot, but Ana Lopez was in Kentville on Tuesday, stressing the town's importance."
    assert sources(text)[-1][:2] == ("stressing", "Ana Lopez")


def test_a_participle_with_no_joint_keeps_the_main_subject():
    assert sources("Ana Lopez criticised the plan, saying it was too costly.") == [
        ("criticised", "Ana Lopez", "named person"), ("saying", "Ana Lopez", "named person")]


def test_a_dropped_cue_after_the_joint_does_not_hide_its_subject():
    text = "Ana Lopez said the plan had failed, and Tom Reed agreed, saying it was too costly."
    assert sources(text) == [("said", "Ana Lopez", "named person"), ("saying", "Tom Reed", "named person")]


# -- a series of verbs shares its subject ------------------------------------------------------

def test_verbs_in_a_series_share_the_first_ones_source_not_its_object():
    text = 'The candidate has mocked a local reporter, referred to the councillors as "clowns" and called the mayor "a fraud."'
    assert [s for _, s, _ in sources(text)] == ["The candidate"] * 3


def test_an_inverted_verb_or_a_cue_aside_is_no_series():
    text = "The trust will pay for the repairs to the harbour wall, said Ms. Ana Lopez."
    assert sources(text)[-1][1] == "Ana Lopez"
    text = "Tom Reed, they said, ordered them to wait."
    assert sources(text)[-1][:2] == ("ordered", "Tom Reed")


# -- "-ing" after those written to: the writer is the source -------------------------------------

def test_the_one_who_wrote_to_people_is_the_source_of_saying():
    assert sources("Ana Lopez emailed supporters saying the campaign would go on.") == [
        ("saying", "Ana Lopez", "named person")]
    text = 'To mark the win, her campaign sent out a text message to supporters saying: "We won."'
    assert sources(text)[-1][:2] == ("saying", "her campaign")


def test_reports_after_a_past_verb_are_no_people_written_to():
    text = "Her filing to the court noted published reports alleging that the firm had lied."
    assert sources(text)[-1] == ("alleging", "reports", "unnamed")


def test_a_manner_named_after_someone_is_no_name():
    text = 'Tom Reed offered a Lopez-style retort on the mayor\'s favourite platform, tweeting at her, "you are wrong."'
    assert sources(text) == [("tweeting", "Tom Reed", "named person")]
