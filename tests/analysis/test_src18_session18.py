"""Session 18, src18: the right source and speaker on whole general-news articles (quotations that run on
without an opening mark, pronouns after a possessive name, misspelt surnames, names with a label before
them, an outlet that reports a quotation). All text here is invented for these tests."""
import pytest
from support import cue_texts_and_sources, cues_and_sources, quotes_and_speakers

from medialit import find_quotes, find_sources, load_article
from medialit.analysis.names import find_people


# --- a quotation that runs on into the next paragraph with no opening mark -------------------------------------

def test_a_quotation_runs_on_into_a_paragraph_that_only_closes_it():
    text = ('After the match, Tom Roe, the coach, said, "I think we learned a lot today.\n\n'
            'It was a hard day for us, but we will be back." The fans went home.\n\nThe next game is on Sunday.')
    quotes = quotes_and_speakers(text)
    assert len(quotes) == 1 and quotes[0][1] == "Tom Roe"
    assert "we will be back" in quotes[0][0] and "fans" not in quotes[0][0]


def test_the_credit_line_of_a_quotation_card_is_not_quotation():
    # a card: the quotation, then the name of who said it and the closing mark
    text = '"We will win this seat back in the autumn.\nJo Penn, Kent Labour Party."\n\nThe vote is in May.'
    assert all("Jo Penn" not in q.text for q in find_quotes(text))


def test_a_paragraph_that_opens_a_new_quotation_does_not_run_on():
    text = 'Tom Roe said, "We learned a lot.\n\nThen Ann Lee said "we did not" and left.'
    assert [q.text for q in find_quotes(text)] == ["We learned a lot.", "we did not"]


# --- a first name alone in the possessive is the person named before in full ----------------------------------

@pytest.mark.parametrize("owner", ["Thomas'", "Thomas's"])
def test_he_after_a_possessive_first_name_is_that_person(owner):
    text = ("Thomas Roe, 42, is on trial. Thomas Roe, a farmer, kept the cow at home. The prosecutor, Mark Hale, "
            "told the court the cow was ill.\n\n"
            f'Allegedly, {owner} sister pleaded with him to call a vet, but he replied "I will not do that".')
    assert quotes_and_speakers(text) == [("I will not do that", "Thomas Roe")]


def test_a_place_before_a_party_label_is_no_first_name():
    # "Florida Republicans" is read as one name; "Florida's" is the state, not a first name of that "person"
    text = ("Florida Republicans met on Monday. Mark Hale told them the vote was close.\n\n"
            'Florida\'s governor spoke to him, but he replied "I will wait".')
    assert quotes_and_speakers(text) == [("I will wait", "Mark Hale")]


# --- a person "for" or "from" a body: the body is where the person works, the person speaks --------------------

@pytest.mark.parametrize("text", [
    "Ann Lee for Food Standards Scotland, says the rules are clear.",
    "Ann Lee from Food Standards Scotland says the rules are clear.",
])
def test_a_person_for_a_body_is_the_source(text):
    assert cue_texts_and_sources(text) == [("says", "Ann Lee")]


def test_a_body_after_a_person_for_it_is_no_person():
    people = {p.name: p.kind for p in find_people("Ann Lee for Food Standards Scotland, says the rules are clear.")}
    assert people.get("Ann Lee") == "person" and people.get("Food Standards Scotland") != "person"


# --- a party label or a sentence-opening "Top" before a surname is no part of the name ---------------------------

def test_a_party_label_before_a_known_surname_is_that_person():
    text = "Jane Doe spoke on Monday. Ted Roe spoke on Tuesday.\n\nRepublican Doe and Democrat Roe have criticized the plan."
    assert cues_and_sources(text) == [("criticized", "Jane Doe and Ted Roe")]
    assert [p.name for p in find_people(text) if p.kind == "person"] == ["Jane Doe", "Ted Roe"]


def test_top_opening_a_sentence_is_not_a_first_name():
    text = "Ann Sanders spoke on Monday. Top Sanders aides said the campaign would go on. Sanders left at noon."
    assert [p.name for p in find_people(text) if p.kind == "person"] == ["Ann Sanders"]


@pytest.mark.parametrize("text, name", [
    ("Labour Party officials met. The Labour Party said the vote was fair.", "Labour Party"),
    ("Top Gear said the show would return.", "Top Gear"),
])
def test_a_label_stays_in_a_name_that_is_no_persons(text, name):
    assert name in {p.name for p in find_people(text)}


# --- "..., Doe said at the rally, reports the Daily Post.": the outlet reports, not the speaker ------------------

def test_an_outlet_that_reports_a_quotation_is_the_reports_source():
    text = '"We will win the vote," Mayor Ann Lee said at the rally, reports the Kent Daily Post.'
    assert cues_and_sources(text) == [("said", "Ann Lee"), ("reports", "Kent Daily Post")]
    assert quotes_and_speakers(text) == [("We will win the vote,", "Ann Lee")]


@pytest.mark.parametrize("text, source", [
    ("The city will recover, the mayor, Ann Lee, praised Tom Roe.", "Ann Lee"),  # a name in commas before the verb
    ("The city will recover, the mayor, Ann Lee, told Kent Radio.", "Ann Lee"),  # the hearer
])
def test_a_name_after_the_verb_is_not_its_source_when_the_subject_stands_before(text, source):
    assert [s for _, s in cues_and_sources(text)] == [source]


# --- "Robert Hale Jr." is "Hale" later ---------------------------------------------------------------------------

def test_a_surname_alone_is_the_person_named_with_a_generation_suffix():
    text = ("Brig. Gen. Robert Hale Jr., the school's commandant, spoke on Monday.\n\n"
            "Hale was there on behalf of Maj. Gen. Dana Marsh, who was away. He took the blame.\n\n"
            '"It is the chain of command," he said.')
    assert quotes_and_speakers(text) == [("It is the chain of command,", "Robert Hale Jr.")]


# --- "... that Dan Moss “walked in” and told the police, “...”": the second verb is Moss's ------------------------

def test_a_verb_after_a_quoted_predicate_shares_its_subject_inside_a_report():
    text = ('Jo Kent told the Weekly that on Monday, after the trip, Dan Moss "walked into the station" and told '
            'the police, "everything he did".')
    assert cues_and_sources(text) == [("told", "Jo Kent"), ("told", "Dan Moss")]
    # the words quoted inside the report are still the reporter's
    assert [s for _, s in quotes_and_speakers(text)] == ["Jo Kent", "Jo Kent"]


@pytest.mark.parametrize("text, source", [
    ('Ted Graham called both Ann Lee and Tom Roe "crazy" and said the party would lose.', "Ted Graham"),
])
def test_a_name_before_a_quotation_outside_a_report_is_read_as_before(text, source):
    assert [s for c, s in cues_and_sources(text) if c == "said"] == [source]


# --- one body named in full and by the last words of its name is one source --------------------------------------

def test_a_body_named_in_full_and_short_is_one_source():
    text = ("The United Kingdom Home Office said the form was simple. Later the Home Office said it would change. "
            "Jo Penn said it was unfair.")
    names = [s.name for s in find_sources(load_article(text))]
    assert names == ["United Kingdom Home Office", "Jo Penn"]


def test_a_short_name_that_ends_two_bodies_stays_apart():
    text = ("The Russian Health Ministry said it was fine. The Ukrainian Health Ministry said it was not. "
            "The Health Ministry said more.")
    assert "Health Ministry" in [s.name for s in find_sources(load_article(text))]
