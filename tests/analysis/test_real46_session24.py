"""Session 24, real46: the families found by the fourteenth real batch (bench/real-news-14), each with new shapes of
the family and the shapes the rule must leave alone. All text here is invented for these tests."""
import pytest

import medialit
from medialit.analysis.quote_marks import is_nickname, quote_spans
from support import lowered_phrases_of_kind as _flags


# --- a nickname inside a name: no quotation, and the name is whole ---------------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ('"We trained hard," said Chief Petty Officer Joseph "Jo" Rand. "The week went well."', "Joseph Rand"),
    ("“We trained hard,” said coach Marta “Mo” Ilves. “The week went well.”", "Marta Ilves"),
    ('"We trained hard," said lead author Tomas (Tom) Vesik, Ph.D., a fellow at the lab. "It went well."',
     "Tomas Vesik"),
])
def test_a_nickname_inside_a_name_is_no_quotation_and_the_speaker_is_the_whole_name(text, speaker):
    quotes = medialit.find_quotes(text)
    assert [q.speaker for q in quotes] == [speaker, speaker]
    assert not any(q.text in ("Jo", "Mo") for q in quotes)


@pytest.mark.parametrize("text, expected", [
    ('Joseph "Jo" Rand came home.', [True]),
    ('Mayor Says "No" To Harbour Plan', [False]),  # a Title Case headline's verb before the quotation
    ('She said "No" Monday and left.', [False]),  # a speech verb in lower case before it
    ('The crew shouted "Now." Rand jumped.', [False]),  # sentence punctuation inside
    ('Joseph "Jo" and Rand left.', [False]),  # a small word after it: no surname
])
def test_nickname_shape(text, expected):
    assert [is_nickname(text, q) for q in quote_spans(text)] == expected


def test_a_trade_or_rating_with_a_bracket_before_the_name_is_a_role():
    text = ('"We stuck together," said retired Senior Chief Electronics Technician (Radar) Karl "Kal" Ots. '
            '"It felt good."')
    assert [q.speaker for q in medialit.find_quotes(text)] == ["Karl Ots", "Karl Ots"]


def test_a_bracket_after_a_long_run_is_no_nickname():
    # An organisation's initials in brackets after its name do not join the name to the next words.
    text = "The Harbour Safety Agency (HSA) Director Lina Vaher said the pier was safe."
    assert [a.source for a in medialit.find_attributions(text)] == ["Lina Vaher"]


# --- a headline that names the text as someone's statement: the issuer is a source --------------------------------

@pytest.mark.parametrize("text, name", [
    ("Statement from Mirjam K. Toom, Harbour Board Chair\n\nThe board has found cracks in the pier.", "Mirjam K. Toom"),
    ("Harbour Board issues statement on the pier\n\nRecent checks suggest the pier is weak.", "Harbour Board"),
    ("Coastal Survey Statement on the Storm Study\n\nThis study gives a chance of floods.", "Coastal Survey"),
    ("Remarks by Governor Ilmar Saar at the Port Opening\n\nThank you all for coming.", "Ilmar Saar"),
])
def test_the_issuer_a_statement_headline_names_is_a_source(text, name):
    names = [s.name for s in medialit.find_sources(medialit.load_article(text))]
    assert any(n.endswith(name) for n in names)  # ("Governor Ilmar Saar": the title may stay with the name)


@pytest.mark.parametrize("text", [
    "Mayor's Statement Angers Harbour Traders\n\nThe mayor spoke on Monday.",  # a possessive: no issuer named
    "Pier to Close for Repairs\n\nThe statement from the board came late.",  # not the headline
])
def test_no_issuer_without_a_statement_headline(text):
    names = [s.name for s in medialit.find_sources(medialit.load_article(text))]
    assert "Mayor" not in names and "Pier" not in names


# --- hedges: an initial does not end the words after a quantifier; "near" before a figure ---------------------------

@pytest.mark.parametrize("text, word", [
    ("Most U.S. farmers who sold early lost money.", "most"),
    ("The study found that some U.K. ports had no scanners.", "some"),
    ("Inflation stayed near 3 percent all year.", "near"),
    ("Turnout was near or below 40 percent in every ward.", "near or below"),
])
def test_a_quantifier_before_initials_and_near_a_figure_are_hedges(text, word):
    assert word in _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "The depot near the border closed.",
    "The most U.S. history I learned was at home.",  # "the most": a superlative, not an amount
])
def test_near_a_place_and_the_superlative_are_no_hedges(text):
    assert not {"near", "most"} & set(_flags(text, "hedge"))


@pytest.mark.parametrize("text, hedged", [
    ("The first results are promising but not conclusive.", True),
    ("The vote was conclusive: the plan passed.", False),  # the certainty word without its negation
])
def test_a_negated_conclusive_is_a_hedge(text, hedged):
    assert ("not conclusive" in _flags(text, "hedge")) is hedged


# --- a long title opening the sentence: "... and said" is the titled person's ----------------------------------------

@pytest.mark.parametrize("text", [
    "Harbour Patrol Officer Lt. Mari Tamm had sailed twice before the race, and said she was ready.",
    # "retired" in lower case elsewhere: the capitalised one opening the sentence is left out of her title
    "The retired crews cheered. Retired Harbour Patrol Officer Lt. Mari Tamm had sailed twice, and said she was ready.",
])
def test_a_long_title_before_the_name_opens_the_sentence_subject(text):
    assert [a.source for a in medialit.find_attributions(text)] == ["Mari Tamm"]


# --- a rank with an ordinal class after the speech verb: "said Sgt. 1st Class Jo Doe" ----------------------------------

@pytest.mark.parametrize("text, speaker", [
    ('"We held the line," said Petty Officer 3rd Class Ivo Kask. "It was cold."', "Ivo Kask"),
    ('"We held the line," said Army Sgt. 1st Class Ivo Kask.', "Ivo Kask"),
    ('"We came 2nd," said Ivo Kask.', "Ivo Kask"),  # an ordinal inside the quotation changes nothing
])
def test_a_rank_with_an_ordinal_class_before_the_name_after_said(text, speaker):
    assert {q.speaker for q in medialit.find_quotes(text)} == {speaker}
