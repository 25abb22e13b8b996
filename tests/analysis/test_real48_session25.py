"""Session 25 (real48): families found in bench/real-news-16's first (unseen) errors. Every sentence here is
invented for the test."""

import pytest
from support import cues_and_sources, hedges


# A date in brackets between a subject and its verb, with an ordinal day ("(22nd December)", "(1st May)"), is an
# aside like "(29 September)": the verb's subject stands before the bracket (GOV.UK's style of release).
@pytest.mark.parametrize("text, cue, source", [
    ("The council today (22nd December) confirms £3m to repair the harbour wall.", "confirms", "The council"),
    ("The ferry board has today (1st May) announced a new timetable for the island.", "announced", "The ferry board"),
    ("Ministers yesterday (3rd March) said the bridge tolls would be scrapped.", "said", "Ministers"),
    ("The trust today (Thursday 23rd June) confirmed that the ward will reopen.", "confirmed", "The trust"),
])
def test_an_ordinal_date_in_brackets_keeps_the_subject(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


@pytest.mark.parametrize("text", [
    # a score, a record or a count in brackets is no date: the team at play, not a source of words
    "The visitors (2nd in the league) confirmed their lead with a late goal.",
    "The Rovers (3-0-0) attacked the defence all afternoon.",
])
def test_a_bracket_that_is_no_date_gives_no_subject_across_it(text):
    assert not [c for c, s in cues_and_sources(text) if s and s.startswith("The")]


# "a little bit" before an adjective or a comparative softens it, as "a little" and "a bit" do.
@pytest.mark.parametrize("text, phrase", [
    ("The last ten minutes were a little bit stressful for the keeper.", "a little bit"),
    ("The new route is a little bit longer than the old one.", "a little bit"),
    ("The second half felt a little bit more open.", "a little bit"),
])
def test_a_little_bit_before_a_description_is_a_hedge(text, phrase):
    assert phrase in hedges(text)


@pytest.mark.parametrize("text", [
    "She ate a little bit of the cake and left.",
    "We waited a little bit.",
])
def test_a_little_bit_of_a_thing_is_no_hedge(text):
    assert not any(h.startswith("a little") for h in hedges(text))


# A broadcast's sign-on names the reporter: "I'm Jane Roe reporting." reports no one's words.
@pytest.mark.parametrize("text", [
    "From Kent, this is Harbour Radio news. I'm Jane Roe reporting.\n\nThe ferry strike has ended.",
    "This is Ana Lopez reporting from Nairobi.",
    "I am Tom Reyes reporting in Cardiff!",
])
def test_a_reporters_sign_on_is_no_cue(text):
    assert not [c for c, _ in cues_and_sources(text) if c.startswith("reporting")]


@pytest.mark.parametrize("text, cue, source", [
    ("The harbour radio is reporting that the ferry strike has ended.", "reporting", "harbour radio"),
    ("Local stations are reporting the bridge will reopen on Monday.", "reporting", "Local stations"),
])
def test_reporting_with_what_was_reported_stays_a_cue(text, cue, source):
    assert any(c == cue and s and source in s for c, s in cues_and_sources(text))
