"""Session 21, real36: rules from the errors of `bench/real-news-8` (its first, unseen score), each a family of
shapes, checked on the other development sets. All text here is invented for these tests."""
import pytest

from support import cue_texts_and_sources, lowered_phrases_of_kind, quotes_and_speakers
from medialit.analysis.names import find_people


# --- titles with "in Charge" (US Justice Department and FBI releases) -------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("“The fraud is over,” said Special Agent in Charge Mara Quill. “We thank our partners.”", "Mara Quill"),
    ("Assistant Director in Charge Olen Vance of the Bureau’s Kent Office made the announcement.", "Olen Vance"),
    ("Officer in Charge Petra Lind said the depot would reopen.", "Petra Lind"),
])
def test_a_title_with_in_charge_is_no_part_of_the_name(text, name):
    people = [p.name for p in find_people(text)]
    assert name in people
    assert not [p for p in people if p.startswith(("Charge", "Special Agent"))]


def test_a_quote_closed_by_said_and_an_in_charge_title_belongs_to_the_holder():
    text = ("Assistant Director in Charge Olen Vance of the Bureau’s Kent Office spoke first. “The network is gone,” "
            "said Assistant Director in Charge Vance. “The work took two years.”")
    assert [s for _, s in quotes_and_speakers(text)] == ["Olen Vance", "Olen Vance"]
    assert ("said", "Olen Vance") in cue_texts_and_sources(text)


def test_in_charge_in_lower_case_or_with_no_name_after_it_names_no_one():
    assert find_people("The Special Agent in Charge said the raid went well.") == [] or \
        not [p for p in find_people("The Special Agent in Charge said the raid went well.") if "Charge" in p.name]
    assert not [p for p in find_people("Nobody was in charge of the depot.") if "charge" in p.name.lower()]


# --- a person "of" a body named in the possessive ("of the Bureau’s Kent Office"): the person speaks ---------------

@pytest.mark.parametrize("text, cue, source", [
    ("Tobin Marsh of the Bureau’s Kent Field Office announced the arrests.", "announced", "Tobin Marsh"),
    ("Ilse Worth of the Acme Group’s Dover Office said the plant would close.", "said", "Ilse Worth"),
    ("Tobin Marsh of the Bureau’s Portland, Maine Field Office announced the arrests.", "announced", "Tobin Marsh"),
])
def test_a_person_of_a_bodys_office_is_the_source_not_the_office(text, cue, source):
    assert (cue, source) in cue_texts_and_sources(text)


def test_the_office_itself_still_speaks_when_no_person_stands_before_it():
    text = "A spokesman for the Bureau’s Kent Field Office said the arrests were lawful."
    assert not [s for _, s in cue_texts_and_sources(text) if s == "Tobin Marsh"]
    assert cue_texts_and_sources(text)[0][0] == "said"


# --- a press release's list of officials, each "of" a body, before "made the announcement" ----------------------

@pytest.mark.parametrize("text, source", [
    ("U.S. Attorney Nola Grey of the Western District, Director Tobin Marsh of the Bureau and Chief Ilse Worth "
     "of the Kent Police made the announcement.", "Nola Grey, Tobin Marsh and Ilse Worth"),
    ("Nola Grey of the Justice Ministry’s Fraud Section and Tobin Marsh of the Bureau’s Kent Office announced "
     "the charges.", "Nola Grey and Tobin Marsh"),
])
def test_titled_officials_each_of_a_body_are_the_source_together(text, source):
    assert cue_texts_and_sources(text)[0][1] == source


def test_a_list_that_is_a_clause_is_no_list_of_officials():
    text = "Grey met Worth of the Bureau and Tobin Marsh of the Kent Police said the plan failed."
    assert ("said", "Tobin Marsh") in cue_texts_and_sources(text)


# --- an "-ing" cue right after a time phrase, with no comma: the main verb's subject's -----------------------------

@pytest.mark.parametrize("text, cue, source", [
    ("Ada Penrose returned to the council in 2021 promising to reopen the library.", "promising", "Ada Penrose"),
    ("Ada Penrose wrote to the governors last week warning that the roof was unsafe.", "warning", "Ada Penrose"),
    ("The union went back to the table this month insisting that pay must rise.", "insisting", "The union"),
])
def test_a_speech_participle_after_a_time_phrase_has_the_main_subject(text, cue, source):
    assert (cue, source) in cue_texts_and_sources(text)


def test_a_participle_after_a_time_phrase_with_no_speech_gives_no_cue():
    assert cue_texts_and_sources("Ada Penrose moved to the coast in 2019 hoping for quiet.") == [] or \
        all(c != "moving" for c, _ in cue_texts_and_sources("Ada Penrose moved to the coast in 2019 hoping for quiet."))


# --- forms of speech verbs in another sense: a cause that "helps explain", a noun "stress", "characterised by" ------

@pytest.mark.parametrize("text", [
    "The drought helps explain why the harvest failed.",
    "Higher rents may help to explain the fall in births.",
    "Veterans with post-traumatic stress disorder waited months for care.",
    "Nurses reported high stress levels during the winter.",
    "The fever is characterised by sudden chills and a rash.",
])
def test_a_speech_form_in_another_sense_is_no_cue(text):
    assert [c for c, _ in cue_texts_and_sources(text) if c.split()[0].startswith(("explain", "stress", "characteri"))] == []


@pytest.mark.parametrize("text, cue, source", [
    ("The mayor explained why the vote failed.", "explained", "The mayor"),
    ("Nurses stress that the ward is safe.", "stress", "Nurses"),
    ("Rivals characterised the budget as reckless.", "characterised", "Rivals"),
    ("The budget was characterised by rivals as reckless.", "characterised", "rivals"),
])
def test_the_speech_sense_stays_a_cue(text, cue, source):
    assert (cue, source) in cue_texts_and_sources(text)


# --- evidence that opens a clause ("as new data from ... shows"), and a bracketed date before the verb --------------

@pytest.mark.parametrize("text, cue, source", [
    ("Ministers praised the ports as new figures from the Harbour Board show trade rose.", "show", "Harbour Board"),
    ("Shares fell after a review from the Kent Trust found costs had doubled.", "found", "Kent Trust"),
    ("Figures released today (14 March) show that waiting lists fell.", "show", "Figures"),
    ("The minister praised farmers as new data from the Farm Office released today (2 June) shows yields rose.",
     "shows", "Farm Office"),
])
def test_evidence_opening_a_clause_or_before_a_bracketed_date_is_a_cue(text, cue, source):
    # the source is the evidence or the body that issued it (the phrase may keep "released")
    assert [c for c, s in cue_texts_and_sources(text) if c == cue and s and source in s]


def test_a_score_in_brackets_still_cuts_no_subject():
    assert [c for c, _ in cue_texts_and_sources("The Hornets (3-0) showed the crowd a new kit.")] == []


# --- "apparent": seeming before its noun (a hedge), plain to see after "be"/"become"/"more" (no hedge) ---------------

@pytest.mark.parametrize("text", [
    "The damage to the harbour is becoming ever more apparent.",
    "It soon became apparent that the ferry would not sail.",
    "The cracks were readily apparent to the inspectors.",
])
def test_apparent_meaning_plain_to_see_is_no_hedge(text):
    assert "apparent" not in lowered_phrases_of_kind(text, "hedge")


@pytest.mark.parametrize("text", [
    "In an apparent attempt to dodge the toll, the driver turned back.",
    "The apparent cause of the flooding was a blocked drain.",
])
def test_apparent_before_its_noun_is_a_hedge(text):
    assert "apparent" in lowered_phrases_of_kind(text, "hedge")


# --- a bracketed life's years (and an "-ly" word) between a subject and its verb ----------------------------------

@pytest.mark.parametrize("text, cue, source", [
    ("The economist Ivo Marren (1902-1971) famously argued that booms end in panics.", "argued", "Ivo Marren"),
    ("Ivo Marren (1902–1971) wrote that booms end in panics.", "wrote", "Ivo Marren"),
    ("The Kent Farmers Union (the largest in the county) quickly denied that it had been paid.", "denied",
     "Kent Farmers Union"),
])
def test_a_subject_before_bracketed_years_or_an_aside_and_an_adverb_speaks(text, cue, source):
    assert (cue, source) in cue_texts_and_sources(text)


def test_a_season_in_brackets_is_no_life_and_gives_no_cue():
    assert cue_texts_and_sources("The Hornets (2019-20) showed the crowd a new kit.") == []


# --- "clearest" before a noun that presses a claim, as "clear" ("the clearest proof that") -------------------------

def test_clearest_before_proof_is_a_booster_and_before_plain_water_is_not():
    assert "clearest" in lowered_phrases_of_kind("The closure was the clearest proof that the scheme had failed.", "booster")
    assert "clearest" not in lowered_phrases_of_kind("The lake has the clearest water in the county.", "booster")
