"""Session 29, bugs57: misreadings session 28 saw and left, each with the shapes the fix must leave alone.
All text here is invented for these tests."""
import pytest
from support import bench_module, cues_and_sources, sources_of_cue, speakers


# --- 1. "..., added Jo Reed.": a verb before its source at a sentence's end has its words before the comma ---------

@pytest.mark.parametrize("text, cue, source", [
    ("The plan is fair and it will work, added Jo Reed.", "added", "Jo Reed"),
    ("The plan is fair, added Reed.", "added", "Reed"),
    ("The plan is fair, added Jo Reed, a nurse.", "added", "Jo Reed"),
    ("The ferry will stop in May, replied the minister.", "replied", "the minister"),
])
def test_a_verb_before_its_source_at_the_end_of_a_sentence_is_a_cue(text, cue, source):
    assert sources_of_cue(text, cue) == [source]


@pytest.mark.parametrize("text", [
    "He cut taxes, added Jo Reed to the board and left.",  # an object with words after it: a deed
    "Taxes rose, and the firm added Jo Reed.",  # no comma right before the verb
])
def test_a_verb_with_an_object_after_it_stays_no_cue(text):
    assert sources_of_cue(text, "added") == []


# --- 2. "MARA QUELL: “...”": a transcript's label in capitals is no cue; the quotation keeps its speaker --------

def test_a_transcript_label_before_a_quotation_is_no_cue_but_gives_the_speaker():
    text = "Mara Quell studies tides.\n\nMARA QUELL: “The sea is rising faster every year.”\n"
    assert cues_and_sources(text) == []
    assert speakers(text) == ["Mara Quell"]


@pytest.mark.parametrize("text, source", [
    ("Mara Quell: “The sea is rising.”\n\nShe spoke at the port.", "Mara Quell"),  # a headline
    ("Mara Quell spoke.\n\"QUELL: Well, look, the sea is rising.\"", "Mara Quell"),  # a label with no quotation after it
    ("Mara Quell spoke.\n\nQuell: “The sea is rising.”", "Mara Quell"),  # a label in Title Case
])
def test_other_colon_labels_stay_cues(text, source):
    assert sources_of_cue(text, ":") == [source]


# --- 3. "A report published on May 12 said": "May" after its preposition is the month, never the modal ----------

@pytest.mark.parametrize("text", [
    "A report published on May 12 said the river was dirty.",
    "A report published in May said the river was dirty.",
    "A report released on May 12, 2031, said the river was dirty.",
])
def test_a_date_after_the_participle_does_not_end_the_source(text):
    assert sources_of_cue(text, "said") == ["A report"]


@pytest.mark.parametrize("text, source", [
    ("The harbour board on March 3, 2031, said the river was dirty.", "The harbour board"),
    ("Ann May said the river was dirty.", "Ann May"),
    ("Ann Vell, 42, said the river was dirty.", "Ann Vell"),
])
def test_a_name_with_may_or_a_year_between_commas_keeps_its_source(text, source):
    assert [s.removeprefix("The ").lower() for s in sources_of_cue(text, "said")] == [source.removeprefix("The ").lower()]


def test_it_before_a_time_phrase_and_which_is_no_source():
    assert sources_of_cue("They sold it in June, which said it all.", "said") == []


# --- 4. "The Sunday Courier published a story claiming": the paper's name, a day in it, or a date before it ---------

@pytest.mark.parametrize("text, source", [
    ("The Sunday Courier published a story claiming the mayor had lied.", "Sunday Courier"),
    ("On Monday the Courier published a story claiming the mayor had lied.", "Courier"),
    ("The Courier on Sunday published a story claiming that the mayor had lied.", "Courier"),
    ("The Courier has today published a story (‘Ferry farce’, 3 May 2031) claiming that the mayor had lied.", "Courier"),
])
def test_a_paper_that_published_a_story_is_the_source_of_its_claim(text, source):
    assert sources_of_cue(text, "claiming") == [source]


# --- 5. "Oxfam published a report. It said": the publisher; "A poll was published. It shows": the poll -------------

@pytest.mark.parametrize("text, cue, source", [
    ("Tidewatch published a report. It said hunger had risen.", "said", "Tidewatch"),
    ("Tidewatch published a report on Monday. It found that hunger had risen.", "found", "Tidewatch"),
    ("Save the Reefs released a new survey on Monday. It found that hunger had risen.", "found", "Save the Reefs"),
    ("A new poll was published. It shows most voters want change.", "shows", "A new poll"),
])
def test_it_after_a_published_document_is_its_publisher_or_the_document(text, cue, source):
    assert sources_of_cue(text, cue) == [source]


@pytest.mark.parametrize("text, cue", [
    ("Tidewatch published its accounts. It said hunger had risen.", "said"),  # accounts: no document of findings
    ("The more scientists study sleep, the more it shows up in tests.", "shows"),  # "it" inside its sentence
    ("The town spent little on voter data, its filings say. It showed $2,000 in payments.", "showed"),
])
def test_it_without_a_published_document_is_not_given_one(text, cue):
    assert all(s in (None, "It", "it") for s in sources_of_cue(text, cue))


def test_the_evidence_verb_still_needs_its_evidence_to_drop_that():
    assert sources_of_cue("Tidewatch staff met on Monday. It shows most voters want change.", "shows") == []


# --- 6. "They" chains and "“...,” they said" -------------------------------------------------------------------

@pytest.mark.parametrize("text, cue, source", [
    ("The nurses walked out. They marched past the hospital managers. They said the pay was low.", "said",
     "The nurses"),
    ("Tomas Brenn spoke. Local farmers staged a protest. They said the pay was low. They also said the roads were bad.",
     "said", "Local farmers"),
])
def test_a_they_after_sentences_opening_with_they_stands_for_the_first(text, cue, source):
    assert sources_of_cue(text, cue)[-1] == source


def test_a_they_after_a_quotation_reads_the_sentence_before():
    text = "Tomas Brenn said the plan was fair. The farmers walked out. “We are angry,” they said."
    assert speakers(text) == ["The farmers"]


def test_a_they_after_words_of_its_own_sentence_is_left():
    assert sources_of_cue("Taxes hurt families, they said.", "said") == ["they"]


# --- 8. he/she: gender only from what the text shows (titles, roles, kin words, its own he/she); never a name list ---

@pytest.mark.parametrize("text, source", [
    ("Mr Brenn met Ann Varga on Monday. She said the deal was fair.", "Ann Varga"),  # a title rules Brenn out
    ("Ms Varga met Tomas Brenn on Monday. He said the deal was fair.", "Tomas Brenn"),
])
def test_a_pronoun_skips_a_person_the_text_shows_is_of_the_other_gender(text, source):
    assert sources_of_cue(text, "said") == [source]


@pytest.mark.parametrize("text", [
    "Tomas Brenn and Ann Varga met on Monday. She said the deal was fair.",
    # (preferring a person whose gender is shown over a subject whose gender is not was tried in session 29 and
    # lost PolNeAR train speakers: the subject is the one meant far more often)
    "Tomas Brenn met Ms Varga on Monday. She said the deal was fair.",
])
def test_with_no_gender_shown_for_the_subject_the_subject_is_taken(text):
    assert sources_of_cue(text, "said") == ["Tomas Brenn"]


# --- 7. the scorer: capital initials match the full name they abbreviate (bench/evaluate.py) ------------------

@pytest.mark.parametrize("short, full, expected", [
    ("US", "United States", True),
    ("the U.S.", "the United States", True),
    ("the WHO", "World Health Organization", True),
    ("US", "United States of America", False),  # the initials must be whole: USA
    ("UK", "United States", False),
    ("Us", "United States", False),  # a word, not capital initials
])
def test_initials_match_the_name_they_abbreviate_in_the_scorer(short, full, expected):
    ev = bench_module("evaluate")
    assert ev.names_match(short, full) is expected and ev.names_match(full, short) is expected
