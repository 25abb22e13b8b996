"""Session 30, real61: causes found on the batch bench/real-news-27, each with the shapes the fix must leave alone.
All text here is invented for these tests."""
import pytest
from support import listed_sources, quotes_and_speakers, sources_of_cue

from medialit.analysis.text import sentence_spans


# --- 1. "Dr. Mara Pell, policy director at the Union said": a role in apposition without its closing comma -------

@pytest.mark.parametrize("text, source", [
    ("Dr. Mara Pell, policy director at the Union said the vote was a blow.", "Mara Pell"),
    ("Tom Vale, a spokesman for the council said the road would reopen.", "Tom Vale"),
    ("Ana Roe, head of research at Birdwatch said the count fell.", "Ana Roe"),
    ("Jo Roe, Chief Executive of Acme said the count fell.", "Jo Roe"),
    ("Mara Pell, policy director at the Union, said the vote was a blow.", "Mara Pell"),  # the comma written
])
def test_a_name_before_an_unclosed_role_apposition_is_the_source(text, source):
    assert sources_of_cue(text, "said") == [source]


def test_the_quotation_and_the_sources_list_take_the_name_too():
    text = "Dr. Mara Pell, policy director at the Union said, “We are not surprised by the vote.”"
    assert quotes_and_speakers(text) == [("We are not surprised by the vote.", "Mara Pell")]
    assert [name for name, _ in listed_sources(text)] == ["Mara Pell"]


@pytest.mark.parametrize("text, source", [
    ("Jane Doe, her lawyer said the count fell.", "her lawyer"),  # the lawyer speaks, not Doe
    ("Voters backed Jo Roe, a nurse said.", "a nurse"),  # the name does not stand alone in its piece
    ("Mr. Obama, officials said, has no plan for the port.", "officials"),  # a plural: the officials speak
    ("Jo Roe, a top aide said, “is very confident in the plan.”", "a top aide"),  # an aside the verb's comma closes
])
def test_a_role_that_is_not_the_name_s_apposition_keeps_its_own_source(text, source):
    assert sources_of_cue(text, "said") == [source]


def test_a_list_of_names_is_not_read_as_a_name_and_its_role():
    assert sources_of_cue("Acme, Bolt and Cory said the count fell.", "said") != ["Acme"]


# --- 2. "according to the U.N. However rights groups ...": a stop after an abbreviation may end the sentence ---------

@pytest.mark.parametrize("text, cue, source", [
    ("More than 300 farms joined, according to the U.S. However farmers in the north call it slow.", "according to", "U.S."),
    ("The plan was backed, according to the U.K. Meanwhile the union said it would strike.", "said", "the union"),
    ("The fund was sold to Acme Inc. The buyer said it would keep the staff.", "said", "The buyer"),
])
def test_a_sentence_opener_after_an_abbreviation_starts_a_new_sentence(text, cue, source):
    assert sources_of_cue(text, cue) == [source]


@pytest.mark.parametrize("text, sentences", [
    ("He moved to the U.S. In 2001 he came back.", ["He moved to the U.S.", "In 2001 he came back."]),
    ("Mr. Smith met U.S. officials. They talked.", ["Mr. Smith met U.S. officials.", "They talked."]),
    ("Gen. Lee and U.S. Army staff met U.N. Security Council envoys.",
     ["Gen. Lee and U.S. Army staff met U.N. Security Council envoys."]),  # a name goes on after them
    ("Ann B. The was there.", ["Ann B. The was there."]),  # an initial is no abbreviation of a country or a firm
])
def test_only_a_country_union_or_firm_abbreviation_before_a_sentence_opener_ends_a_sentence(text, sentences):
    assert [text[s:e] for s, e in sentence_spans(text)] == sentences


def test_a_name_after_an_abbreviation_still_runs_on():
    assert sources_of_cue("Officials at the U.S. Army said the base would close.", "said") == ["Officials at the U.S. Army"]


# --- 3. "The word “because” seems ...": a word mentioned as a word is no quotation --------------------------------

@pytest.mark.parametrize("text", [
    "Leaders talk in slogans. “Stop the boats!” they say. The word “because” seems to have gone from their talk.",
    "Athletes had to use the term “Red Team” at the games, and the label ‘rebel’ stuck.",
])
def test_a_word_after_the_word_or_the_term_is_no_quotation(text):
    assert all(words not in ("because", "Red Team", "rebel") for words, _ in quotes_and_speakers(text))


def test_a_word_whose_sentence_has_a_cue_stays_a_quotation():
    text = "Jo Roe, a nurse, coined the term “bed blockers” in describing the queues."
    assert ("bed blockers", "Jo Roe") in quotes_and_speakers(text)


def test_a_sentence_after_the_word_stays_a_quotation():
    text = "Jo Roe said the word was “final. We are done.”"
    assert ("final. We are done.", "Jo Roe") in quotes_and_speakers(text)


# --- 4. "A charity based in Leeds said", "A group, purportedly linked to X has announced": a body described by a participle

@pytest.mark.parametrize("text, cue, source", [
    ("A charity based in Leeds said it would help the families.", "said", "A charity based in Leeds"),
    ("A rebel group linked to the army said it freed the hostages.", "said", "A rebel group linked to the army"),
    ("A rebel group, based in the north said it freed the hostages.", "said", "A rebel group"),
    ("A rebel group, purportedly linked to the army has announced it freed the hostages.", "announced", "A rebel group"),
    ("According to local radio, the group, based in the hills has announced it freed the hostages.", "announced", "the group"),
])
def test_a_body_described_by_where_it_sits_or_who_backs_it_is_the_source(text, cue, source):
    assert sources_of_cue(text, cue) == [source]


@pytest.mark.parametrize("text, source", [
    ("A rebel group, based in the north, said it freed the hostages.", "A rebel group"),  # the comma written: as before
    ("The council voted on Monday and said it would help.", "The council"),  # a past tense, not a description
])
def test_other_participles_and_closed_asides_read_as_before(text, source):
    assert sources_of_cue(text, "said") == [source]
