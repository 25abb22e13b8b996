"""Regression tests for the issue 10 causes fixed on branch ``accuracy``, each on text written for it."""

from medialit.analysis.attribution import find_attributions

from support import cues_and_sources as sources, quotes_and_speakers as speakers


# -- an office stands for the person who holds it --------------------------------------------

def test_shortened_office_is_the_person_introduced_with_it():
    t = "Prime Minister Jane Roe visited a school on Monday. The PM said: “We will build more.”"
    assert speakers(t) == [("We will build more.", "Jane Roe")]


def test_office_no_one_is_titled_with_is_the_person_named_nearby():
    # The office comes first and the name only later, with no title: a common shape of press releases.
    t = ("New homes for all, says Jane Roe\n\nThe Prime Minister has said homes will be built.\n\n"
         "Jane Roe and Housing Secretary Lord Kim visited the site.\n\nThe PM said:\n\n“We will build more.”")
    assert speakers(t) == [("We will build more.", "Jane Roe")]
    t = ("The Prime Minister thanked the crews.\n\nSpeaking on radio, the Prime Minister said: “We should be told.”"
         "\n\nJane Roe said she had spoken to firms.")
    assert speakers(t) == [("We should be told.", "Jane Roe")]


def test_office_is_not_given_to_someone_with_another_title_or_to_a_spokesman():
    t = "Housing Secretary Lord Kim toured the site. The Prime Minister said: “We will build more.”"
    assert speakers(t) == [("We will build more.", "The Prime Minister")]
    t = "Jane Roe opened the plant. The spokesman said: “It is a good day.”"
    assert speakers(t) == [("It is a good day.", "The spokesman")]
    # Someone brought in ahead with a title and a description is someone else.
    t = ("Officials met on Monday. The Prime Minister said: “We will act.”\n\n"
         "Dr Jane Roe, a historian, said the problem was old.")
    assert speakers(t) == [("We will act.", "The Prime Minister")]


# -- "Name, role at Organisation, verb" -------------------------------------------------------

def test_name_with_a_long_description_before_the_verb_after_a_quote():
    t = ("“It is fiscally responsible,” Jim Doe, director of the Tax Policy Center and a professor at the "
         "Maxwell School of Kestrel University, said in an interview.")
    assert speakers(t) == [("It is fiscally responsible,", "Jim Doe")]


def test_short_asides_between_the_name_and_its_verb_are_skipped():
    assert speakers("“Our view is clear,” Senate Leader Jim Doe, R-Ky., said Tuesday.") == [
        ("Our view is clear,", "Jim Doe")]
    assert speakers("Ann Lee, of Leeds, said it was “lovely”.") == [("lovely", "Ann Lee")]
    # A clause of the writer's own between quote and verb still stops it.
    t = "“We will see,” the minister replied, and the crowd, angry and wet, said nothing."
    assert [a.source for a in find_attributions(t) if a.cue == "said"] == []


# -- cue recall: a plain speech verb whose subject is a longer noun phrase --------------------

def test_plain_speech_verb_keeps_a_longer_unnamed_subject():
    assert sources("Political observers in the state and around the country say she deserves it.") == [
        ("say", "Political observers in the state and around the country")]
    assert sources("However, 63 percent said the plan was fair.") == [("said", "63 percent")]
    assert sources("New port will bring jobs, says Jane Doe\n\nThe port opened in May.") == [("says", "Jane Doe")]


def test_a_clause_or_an_adjective_before_the_verb_is_no_subject():
    assert sources("The crowd, angry and wet, said nothing.") == []
    assert sources("A statement was issued on the website criticising the attack.") == []


def test_more_reporting_verbs_and_clauses_without_that():
    assert sources("Jane Doe declared she was standing down.") == [("declared", "Jane Doe")]
    assert sources("Jane Doe reiterated the offer. Doe recognised that costs had risen.") == [
        ("reiterated", "Jane Doe"), ("recognised", "Jane Doe")]
    assert sources("Jane Doe felt that the vote was unfair.") == [("felt", "Jane Doe")]
    assert sources("The quake was felt in the city.") == []  # no person: not a view
    assert sources("Jane Doe recalled him fondly.") == []  # an object, not a clause


# -- nominal cues and event passives ------------------------------------------------------------

def test_a_document_in_the_possessive_is_its_issuers_words():
    t = "Mayor Jane Doe spoke. Doe’s statement said the bridge was safe."
    assert [(a.cue, a.source, a.source_kind) for a in find_attributions(t)] == [("said", "Jane Doe", "named person")]


def test_an_event_in_the_passive_is_no_attribution_but_reported_speech_is():
    assert sources("Ten extra titles were announced on Monday.") == []
    assert sources("Job cuts will be announced next week.") == []
    assert sources("It was reported that the mayor resigned.") == [("It was reported", None)]
    assert sources("Residents were told to leave.") == [("were told", None)]
    assert sources("The firm was accused of hiding losses.") == [("was accused", None)]


def test_described_without_as_and_a_subject_after_an_opening_phrase():
    t = "Police Chief Jane Doe spoke. In a press release, Doe described what happened after the raid."
    assert sources(t) == [("described", "Jane Doe")]
    t = "Jane Doe gave an interview. In the interview Doe also described the economy as “difficult.”"
    assert speakers(t) == [("difficult.", "Jane Doe")]


# -- terms in quotation marks ------------------------------------------------------------------

def test_terms_titles_and_glosses_in_marks_are_not_quotes():
    t = ("The term “gig economy” is new. The band played “Yesterday” at the end. Police found "
         "MDMA (“ecstasy”) in the van, officers said.")
    assert speakers(t) == []


def test_partial_quotes_with_a_speaker_or_a_cue_stay():
    assert speakers("Doe said the plan was “dead” and left.") == [("dead", "Doe")]
    assert speakers("Sales were “disappointing”, the firm said.") == [("disappointing", "the firm")]
    assert speakers("Jane Doe’s plan wants “no talks”.") == [("no talks", "Jane Doe")]
    assert speakers("The sign read “Keep out.”") == [("Keep out.", None)]  # a sentence: kept, no speaker


def test_a_participle_after_a_preposition_is_no_cue():
    assert sources("Two towns near deal on disputed river border\n\nTalks went on.") == []


# -- a quotation paragraph after reported speech; "he’s claiming" -------------------------------

def test_quotation_paragraph_continues_the_named_source_of_the_paragraph_before():
    assert speakers("Jane Doe said the city would recover.\n\n“We will rebuild.”") == [("We will rebuild.", "Jane Doe")]
    assert speakers("A resident said it was cold.\n\n“We froze.”") == [("We froze.", None)]  # unnamed: not carried
    assert speakers("Jane Doe said it was cold. Tom Roe spoke next.\n\nThe crowd left.\n\n“We froze.”") == [
        ("We froze.", None)]  # narration in between: not carried


def test_contracted_pronoun_is_a_subject_not_a_possessive():
    t = "Jane Doe spoke in Ohio. She’s claiming that fraud is “a big problem” in the state."
    assert speakers(t) == [("a big problem", "Jane Doe")]


def test_a_name_and_its_verb_in_s_is_not_a_group():
    t = "The Kestrel Herald reports that the team avoided the hospital to “keep the details quiet.”"
    assert speakers(t) == [("keep the details quiet.", "Kestrel Herald")]
    assert sources("Police reports said the road was closed.") == [("said", "Police reports")]
