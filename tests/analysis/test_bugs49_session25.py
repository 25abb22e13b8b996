"""Session 25, bugs49: three reported misreadings, each held as a family of shapes with the shapes the fix must
leave alone. All text here is invented for these tests."""
import pytest
from support import kind_of, sources_of_cue, speakers

from medialit.analysis.names import find_people
from medialit.analysis.quotes import find_quotes

_QUOTE = "The vote was close. “We will win this fight,” "


# --- a surname that is also a job word, then "of" and a place: "said Tom King of Kent" -----------------------------

@pytest.mark.parametrize("tail, speaker", [
    ("said Tom King of Kent.", "Tom King"),
    ("said Tom Bishop of Kent.", "Tom Bishop"),
    ("said Ann Sheriff of New Harbour.", "Ann Sheriff"),
    ("said Tom Bishop of the Kent Club.", "Tom Bishop"),
    ("said Representative Tom T. King of Kent.", "Tom T. King"),
    ("said Senator Ann Bishop of Kent.", "Ann Bishop"),
    ("said Tom Ruiz of Kent.", "Tom Ruiz"),  # no job word: read so before
])
def test_a_full_name_keeps_a_surname_that_is_a_job_word(tail, speaker):
    text = _QUOTE + tail
    assert speakers(text)[0] == speaker
    assert kind_of(text, speaker) == "person"


@pytest.mark.parametrize("tail", [
    "said the Bishop of Kent.",  # an office: "the" before it
    "said Vice President of Acme.",  # an office word before the job word
    "said Prime Minister of Kent.",
])
def test_an_office_of_a_place_is_no_persons_name(tail):
    text = _QUOTE + tail
    assert all(p.kind != "person" for p in find_people(text))


# --- a floating "both"/"all" aside after two names: "Ann Vale and Tom Ruiz, both Liberals, said" -----------------

@pytest.mark.parametrize("text, source", [
    (_QUOTE + "Ann Vale and Tom Ruiz, both Liberals, said in a statement.", "Ann Vale and Tom Ruiz"),
    (_QUOTE + "Ann Vale and Tom Ruiz, both Liberals, said.", "Ann Vale and Tom Ruiz"),
    ("Prices rose. Acme Foods and Brent Group, both based in Kent, said the deal was done.",
     "Acme Foods and Brent Group"),
    ("The fire is out. Police and firefighters, all volunteers, said the road would reopen.", "Police and firefighters"),
])
def test_a_floating_quantifier_aside_is_skipped(text, source):
    assert sources_of_cue(text, "said") == [source]


def test_the_quote_before_the_pair_is_theirs():
    assert speakers(_QUOTE + "Ann Vale and Tom Ruiz, both Liberals, said in a statement.")[0] == "Ann Vale and Tom Ruiz"


def test_both_that_opens_the_subject_stays_the_subject():
    text = "The talks ended. After the talks, both leaders, in a statement, said the deal was done."
    assert sources_of_cue(text, "said") == ["both leaders"]


# --- a description after the source with no comma to close it: "Ann Vale, the chef who ... tweeted" ---------------

@pytest.mark.parametrize("tail, cue", [
    ("Ann Vale, the chef who founded Vale's Kitchen tweeted.", "tweeted"),
    ("Ann Vale, a chef who runs a cafe said.", "said"),
    ("Ann Vale, the chef who founded Vale's Kitchen, tweeted.", "tweeted"),  # with the comma: read so before
])
def test_the_quote_is_the_described_sources(tail, cue):
    text = _QUOTE + tail
    q = find_quotes(text)[0]
    assert (q.speaker, q.cue) == ("Ann Vale", cue)
