"""Session 28, real57: causes of errors on the first (unseen) score of bench/real-news-23, each held as a family of
shapes with the shapes the fix must leave alone. All text here is invented for these tests."""
import pytest

from medialit.analysis.attribution import find_attributions
from medialit.analysis.hedges import find_hedges
from medialit.analysis.quotes import find_quotes


def _cues(text: str) -> list[tuple[str, str | None]]:
    return [(a.cue, a.source) for a in find_attributions(text)]


def _flags(text: str, kind: str) -> list[str]:
    return [text[h.start:h.end] for h in find_hedges(text) if h.kind == kind]


# --- a quantifier standing alone ("Some", "Many") is never the one "he" or "she" ---------------------------------

@pytest.mark.parametrize("text, name", [
    ("Ann Lee, a nurse, explained the rota. Some calls need a quick answer. A stroke comes first, she said.", "Ann Lee"),
    ("Tom Hart chairs the board. Many say the plan is late. It will open in May, he said.", "Tom Hart"),
    ("Rob Vine runs the depot. Several argue the vans are old. We will buy new ones, he said.", "Rob Vine"),
])
def test_a_lone_quantifier_is_no_antecedent_of_he_or_she(text, name):
    assert ("said", name) in _cues(text)


def test_a_singular_unnamed_speaker_still_takes_she():
    text = "Tom Hart chairs the board. A neighbour said the plan was late. It will open in May, she said."
    assert _cues(text)[-1] == ("said", "A neighbour")


# --- "the paper" / "the newspaper": the newspaper the text named last --------------------------------------------

@pytest.mark.parametrize("text, paper", [
    ("Her brother told the Guardian that the ruling was unfair. The paper also reports that the council will appeal.",
     "Guardian"),
    ("The Times ran the story on Monday. The paper said the deal was dead.", "The Times"),
    ("The club's owner spoke to the Evening Herald last week. The paper says the sale will go ahead.", "Evening Herald"),
])
def test_the_paper_is_the_newspaper_named_before(text, paper):
    assert _cues(text)[-1][1] == paper


def test_a_quote_the_paper_reports_is_the_papers():
    text = "Her brother told the Guardian that the ruling was ‘unfair’. The paper also reports the council faces ‘a long fight’."
    assert [q.speaker for q in find_quotes(text)] == ["Her brother", "Guardian"]


@pytest.mark.parametrize("text", [
    "A study in the New England Journal of Medicine found gains. The paper says more work is needed.",  # a journal
    "He queued at the Post Office for an hour. The paper said queues were long.",  # a longer name, no paper
    "Researchers looked at 40 farms. The paper says yields fell.",  # no paper named at all
    "Independent experts praised the study. According to the paper, yields fell.",  # "Independent" opens a sentence
])
def test_the_paper_with_no_newspaper_named_stays_as_written(text):
    assert _cues(text)[-1][1].lower() == "the paper"


def test_the_newspaper_stays_as_written():
    # PolNeAR's gold keeps "the newspaper" as written (train lost sources when it was taken, sessions 21 and 28)
    assert _cues("The Times ran the story on Monday. The newspaper said the deal was dead.")[-1][1] == "The newspaper"


# --- a statement quoted as a block over several paragraphs: its "I" is the one who made it ------------------------

def test_first_person_in_a_later_paragraph_of_a_block_statement():
    text = ("Flood plan\n\nThe minister Jo Vale said:\n\nWe know families are worried and I have asked officials to act."
            "\n\nI told the council we will fund the repairs.")
    assert ("told", "Jo Vale") in _cues(text)


def test_a_paragraph_after_a_subheading_is_not_the_statement():
    text = ("Flood plan\n\nThe minister Jo Vale said:\n\nWe will fund the repairs.\n\nNew homes\n\n"
            "I told the builders to hurry, the site manager said.")
    assert ("told", "Jo Vale") not in _cues(text)


# --- "would" in a forecast reported across initials ("the U.S. economy") ------------------------------------------

@pytest.mark.parametrize("text", [
    "Economists predicted this week that U.S. growth would be a modest 2 percent.",
    "Officials told the U.K. press that the talks would resume in May.",
    "Most analysts said they expected the E.U. budget to pass, and that it would be signed in June.",
])
def test_would_in_a_forecast_reported_across_initials_is_no_hedge(text):
    assert "would" not in _flags(text, "hedge")


def test_a_full_stop_after_initials_still_ends_the_clause():
    assert "would" in _flags("Jobs were lost in the U.S. It would be wise to wait.", "hedge")


@pytest.mark.parametrize("text, source", [
    ("Most analysts expected the U.S. central bank to raise rates.", "Most analysts"),
    ("Traders expected the E.U. summit to fail.", "Traders"),
])
def test_expected_with_an_object_across_initials_is_a_cue(text, source):
    assert ("expected", source) in _cues(text)


# --- "exactly" after a verb of knowing, before a question word: a booster -----------------------------------------

@pytest.mark.parametrize("text", [
    "The voters know exactly what they want.",
    "She knew exactly how the deal would end.",
    "We understand exactly why people are angry.",
])
def test_know_exactly_what_is_a_booster(text):
    assert _flags(text, "booster") == ["exactly"]


@pytest.mark.parametrize("text", [
    "They do not know exactly what happened.",  # negated: understates
    "He asked exactly what the plan was.",  # a question asked
])
def test_exactly_in_an_open_question_is_no_booster(text):
    assert "exactly" not in _flags(text, "booster")


# --- "a little" / "a bit" after a verb, before a time phrase --------------------------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("Growth should speed up a little next year.", "a little"),
    ("Prices rose a bit last week.", "a bit"),
    ("Sales improved a little this month, she said.", "a little"),
])
def test_a_little_after_a_verb_before_a_time_is_a_hedge(text, phrase):
    assert phrase in _flags(text, "hedge")


def test_a_little_after_waiting_stays_a_time():
    assert "a little" not in _flags("He waited a little last week.", "hedge")


# --- "believed trapped", "feared dead": the reduced passive of a belief about the missing or dead ---------------

@pytest.mark.parametrize("text, phrase", [
    ("Rescuers dug for the dozens of people believed trapped under the rubble.", "believed trapped"),
    ("Three sailors feared dead were found alive on Tuesday.", "feared dead"),
    ("Police searched the lake for a boy thought missing since May.", "thought missing"),
])
def test_believed_trapped_is_an_agentless_cue_and_a_hedge(text, phrase):
    assert (phrase, None) in _cues(text)
    assert phrase in _flags(text, "hedge")


def test_a_headline_in_capitals_gives_no_reduced_passive_cue():
    text = "Twelve Miners Feared Trapped After Collapse\n\nTwelve miners were trapped on Monday, the company said."
    assert all(cue != "Feared Trapped" for cue, _ in _cues(text))
