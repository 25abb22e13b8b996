"""Session 29, real59: causes of errors on the first (unseen) score of bench/real-news-25, pooled with the errors of
real-news-20 to -23, each held as a family of shapes with the shapes the fix must leave alone. All text here is
invented for these tests."""
import pytest

from medialit.analysis.quotes import find_quotes
from support import phrases_of_kind as _flags


# --- a British summary: statements in double marks, a report's words in curly single marks ------------------------

_STATEMENT = "\n\nA council spokesperson said:\n\n“We will review the findings and act on them quickly.”"


@pytest.mark.parametrize("sentence, words", [
    ("The Herald reports that a review by the Road Trust warns that a ‘culture of neglect’ is spreading in depots.",
     ["culture of neglect"]),
    ("The paper says the audit accuses managers of all but abandoning ‘basic checks’ on the buses.", ["basic checks"]),
    ("An inquiry found that drivers who ignore the rules act ‘with no fear of sanction’ in the city.",
     ["with no fear of sanction"]),
])
def test_single_marked_words_after_a_reporting_verb_are_quotes_in_a_double_marked_text(sentence, words):
    text = "Bus safety in the news\n\n" + sentence + _STATEMENT
    found = [q.text for q in find_quotes(text)]
    assert all(w in found for w in words)
    assert "We will review the findings and act on them quickly." in found


@pytest.mark.parametrize("sentence", [
    "Some staff really miss the old ‘MI’ screen on the intranet.",  # no reporting verb: a scare quote
    "The Herald has published a front-page story (‘The Depot Scandal’, 2 May) about the buses.",  # a title
    "The Herald reports that a review by the Road Trust warns that a 'culture of neglect' is spreading.",  # straight
    "Officials say the new timetable, agreed after months of talks with drivers and unions across the region, is "
    "a key part of the city’s ‘reset’ plan.",  # the verb is more than 15 words back: another clause's
    "Riders worried about late buses and the council’s ‘reset’ plan.",  # a feeling, not a report
])
def test_scare_quotes_titles_straight_marks_and_far_verbs_stay_out(sentence):
    text = "Bus safety in the news\n\n" + sentence + _STATEMENT
    assert [q.text for q in find_quotes(text)] == ["We will review the findings and act on them quickly."]


def test_a_title_case_line_in_the_body_is_not_read_as_the_writers_sentence():
    text = ("Bus news\n\nMayor Says New Timetable Is A ‘Fresh Start For Riders.’\n\nThe council met on Monday."
            + _STATEMENT)
    assert "Fresh Start For Riders." not in [q.text for q in find_quotes(text)]


# --- "especially" / "particularly" before a plain adjective press a degree, as "very" ------------------------------

@pytest.mark.parametrize("text, flag", [
    ("Winter can be especially hard on older drivers.", "especially"),
    ("The last two seasons were particularly difficult for the club.", "particularly"),
    ("The files were deemed especially sensitive by the court.", "especially"),
])
def test_especially_before_a_plain_adjective_is_a_booster(text, flag):
    assert _flags(text, "booster") == [flag]


@pytest.mark.parametrize("text", [
    "Drivers should take care, especially in fog.",  # points to a case
    "The ruling particularly upset the farmers.",  # a verb after it
    "The residents are particularly concerned about noise.",  # a participle: verb or adjective
    "The menu was not particularly good.",  # after a no it understates
    "Older houses, particularly those near the river, flooded.",
])
def test_especially_pointing_to_a_case_or_before_a_verb_is_no_booster(text):
    assert _flags(text, "booster") == []


# --- "several" before a time that only dates an event is no hedge, as "some" and "a few" --------------------------

@pytest.mark.parametrize("text", [
    "Several months ago, we put a sign in the window.",
    "The shop reopened several weeks later.",
])
def test_several_dating_an_event_is_no_hedge(text):
    assert _flags(text, "hedge") == []


@pytest.mark.parametrize("text", [
    "Several people were hurt in the crash.",
    "The board met several times in May.",
    "Talks lasted several weeks.",
])
def test_several_as_a_vague_number_stays_a_hedge(text):
    assert [f.lower() for f in _flags(text, "hedge")] == ["several"]


# --- a feature introduces the speaker in the last sentence of the paragraph before a quotation ----------------------

@pytest.mark.parametrize("text, speaker", [
    ("Tom Vale’s Auto Clinic has four shops in Ohio. Mr. Vale fixes cars for free for people out of work.\n\n"
     "“A few months ago we put up a sign.”", "Tom Vale"),
    ("The bakery opened in 1990 on Mill Street. Ann Lee has run it since 2001.\n\n“We bake before dawn.”", "Ann Lee"),
])
def test_a_person_opening_the_last_sentence_before_a_quote_paragraph_speaks_it(text, speaker):
    assert [q.speaker for q in find_quotes(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "The bakery opened in 1990 on Mill Street. Her rival, Tom Day, opened a shop last week.\n\n“We bake before dawn.”",
    "The bakery opened in 1990. Lee’s sons run it now.\n\n“We bake before dawn.”",
    "The Wards took their van to a garage. The repair would cost 300 dollars.\n\n“It sounded like crickets.”",
])
def test_a_last_sentence_that_does_not_open_with_the_name_gives_no_speaker(text):
    assert [q.speaker for q in find_quotes(text)] == [None]


@pytest.mark.parametrize("text", [
    "Leave helps parents of newborns, especially poor single mothers.",  # after a comma: part of a group
    "We must reach voters, particularly Hispanic voters, this year.",
    "She thanked her party, and especially President Vale, for the help.",  # a capital follows
    "He wasn't particularly good at the job.",  # a shortened no
    "I particularly want to thank the nurses.",  # "want" ends like an adjective
])
def test_especially_picking_out_part_of_a_group_or_after_a_no_is_no_booster(text):
    assert _flags(text, "booster") == []
