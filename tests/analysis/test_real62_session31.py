"""Session 31, real62: causes found on the batch bench/real-news-28, each with the shapes the fix must leave alone.
All text here is invented for these tests."""
import pytest
from support import cue_phrases, listed_sources, quotes_and_speakers, sources_of_cue


# --- 1. "Jim Roe of Parsec Financial in Leeds says": a person, the body they work for, the place --------------------

@pytest.mark.parametrize("text, cue, source", [
    ("Jim Roe of Parsec Financial in Leeds says the slump is over.", "says", "Jim Roe"),
    ("Ann Lee of the University of Kent in England says the drug works.", "says", "Ann Lee"),
    ("Market analyst Tom Vale of Bright Insight says prices will rise.", "says", "Tom Vale"),
    ("Bishop Aram Doyan of the Holy Chapel of Varna told the paper it was sad.", "told", "Aram Doyan"),
    ("Jim Roe of Parsec Financial says the slump is over.", "says", "Jim Roe"),  # as before: no place
])
def test_a_person_of_a_body_in_a_place_is_the_source_not_the_place(text, cue, source):
    assert sources_of_cue(text, cue) == [source]


def test_the_body_after_of_is_no_second_person_for_he_said():
    text = ('Jim Roe of Parsec Financial says the slump is over.\n\n'
            '"Shops are full again," he said. "We did not expect it."\n')
    assert quotes_and_speakers(text) == [("Shops are full again,", "Jim Roe"), ("We did not expect it.", "Jim Roe")]
    assert ("Parsec Financial", "named person") not in listed_sources(text)


@pytest.mark.parametrize("text, source", [
    ("Friends of Jane Doe said she was kind.", "Friends of Jane Doe"),  # no person before "of"
    ("Supporters of Acme Bank said the plan was fair.", "Supporters of Acme Bank"),
    ("A lawyer for Jo Doe of Acme Bank said she was fine.", "A lawyer for Jo Doe of Acme Bank"),  # the lawyer speaks
])
def test_no_person_before_of_keeps_the_group_or_the_role(text, source):
    assert sources_of_cue(text, "said") == [source]


def test_two_people_joined_by_and_are_not_cut_to_the_first():
    assert sources_of_cue("Jo Doe of Acme and Tom Reed said prices rose.", "said") != ["Jo Doe"]


def test_a_one_word_place_after_of_is_read_as_before():
    text = "''We must stop it,'' former Gov. Jo Rand of Utah said on Monday."
    assert quotes_and_speakers(text) == [("We must stop it,", "Jo Rand")]


# --- 2. "VOA's Jo Pell reports from our bureau in Dakar.": a broadcast hand-over line, no words reported -------------

@pytest.mark.parametrize("text", [
    "Turnout was low. Radio Acme's Jo Pell reports from our bureau in Dakar.\n\nThe count goes on.\n",
    "Growth is slowing. Radio Acme's Jo Pell reports from a meeting of the Acme Society in Leeds.\n\nThe count goes on.\n",
    "Turnout was low. Jo Pell reports from a conference in Geneva.\n",
    "Turnout was low. Jo Pell reports from the Pentagon.\n",  # as before: a capital after "from"
])
def test_a_hand_over_to_a_reporter_somewhere_is_no_cue(text):
    assert "reports" not in cue_phrases(text)


@pytest.mark.parametrize("text, cue", [
    ("The paper reported from a meeting in Leeds that the firm would close.", "reported"),  # a clause follows
    ("Jo Pell reported from the talks.", "reported"),  # no place named
    ("Jo Pell reports that the bureau in Dakar has closed.", "reports"),
])
def test_a_report_with_content_or_no_place_stays_a_cue(text, cue):
    assert cue in cue_phrases(text)


# --- 3. "The latest poll from the Acme Times puts the two in a dead heat": a poll's verb of standing -----------------

@pytest.mark.parametrize("text, cue, source", [
    ("The latest poll from the Acme Times in co-operation with Gallup puts the two candidates in a dead heat.",
     "puts", "The latest poll from the Acme Times in co-operation with Gallup"),
    ("Previous polls had given Lee - who won 46% in May - a larger lead.", "had given", "Previous polls"),
    ("A new Acme News poll gives Jo Roe a six-point lead over Tom Reed.", "gives", "A new Acme News poll"),
    ("The Acme survey placed the mayor ahead of her rival.", "placed", "The Acme survey"),
])
def test_a_poll_that_puts_or_gives_a_standing_is_the_source_of_a_cue(text, cue, source):
    assert sources_of_cue(text, cue) == [source]


@pytest.mark.parametrize("text", [
    "The polls put pressure on Roe to quit.",  # no standing after the verb
    "The survey gave people a choice of two plans.",
    "Acme Polls Inc gave Roe a lead.",  # a firm's name, not a poll
    "Polls closed and officials put the results ahead of schedule.",  # "and": another clause
])
def test_other_puts_and_gives_near_a_poll_are_no_cue(text):
    assert not {"put", "gave", "puts", "gives"} & set(cue_phrases(text))
