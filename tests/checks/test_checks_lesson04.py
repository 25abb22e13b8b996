"""Exercise 04's checks: each accepts the solution's answer, rejects typical wrong answers with the
right hint, says "not answered yet" for ..., and computes its key from the article it is given."""

import tempfile
from pathlib import Path

import pytest
import textstat

import medialit
from medialit.checks.lesson04 import WORD_MEASURES, Checks, caption_text, people, places

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "putin-istanbul-talks-2025.txt"
PRACTICE = ROOT / "seeds" / "extra" / "footbridge-repairs-practice.txt"

GOOD_CAPTION = ("Six leaders visit Independence Square in Kyiv, Ukraine, on 10 May 2025. "
                "They are Donald Tusk of Poland and Olena Zelenska of Ukraine. "
                "Next to them are Keir Starmer of Britain and Emmanuel Macron of France. "
                "Then come Volodymyr Zelensky of Ukraine and Friedrich Merz of Germany.")
GOOD_EXPLANATION = (
    "A readability formula only counts words per sentence and syllables per word; it never looks at what the "
    "sentence claims. 'On Saturday, drones hit Kyiv again' is easy, but archived reports put the attack early on "
    "Sunday, so it is wrong. The correct version scores almost the same. To know if it is true, a reader has to "
    "check other sources, such as agency reports dated the same day.")


@pytest.fixture()
def check(article):
    return Checks(article)


def _fresh(check):
    """A new checker with no saved answers: a checker restores saved answers for ``...`` (see views/store.py)."""
    return type(check)(check.article, folder=tempfile.mkdtemp())


def _line(article, n):
    return next(b for b in article.blocks if b.line == n).text


# --- Task 1 -----------------------------------------------------------------------

def test_task1_longest_paragraph_is_the_one_with_most_words(check, article):
    para = check.longest_paragraph()
    assert para.line == 18
    assert all(len(b.text.split()) <= len(para.text.split()) for b in article.blocks_of("body"))


def test_task1_accepts_the_hand_count(check):
    fb = check.words_per_sentence(67, 2, 33.5)
    assert fb.status == "correct" and "line 18" in fb.message
    assert check.words_per_sentence(66, 2, 33).status == "correct"  # off by one word: a fair miscount


def test_task1_textstat_sentence_count_gets_the_abbreviation_hint(check, article):
    fooled = textstat.sentence_count(_line(article, 18))
    assert fooled == 3  # textstat cuts at "U.S."
    fb = check.words_per_sentence(67, fooled, round(67 / fooled, 1))
    assert fb.status == "partial"
    assert "sentence count is too high" in fb.message and "abbreviation" in fb.message


def test_task1_wrong_word_count_and_wrong_division(check):
    fb = check.words_per_sentence(50, 2, 25)
    assert fb.status == "partial" and "word count is too low" in fb.message and "§2" in fb.message
    fb = check.words_per_sentence(67, 2, 30)
    assert fb.status == "partial" and "does not follow from your counts" in fb.message
    fb = check.words_per_sentence(90, 1, 90)
    assert fb.status == "wrong" and "too high" in fb.message and "too low" in fb.message


def test_task1_unanswered_and_not_a_number(check):
    assert _fresh(check).words_per_sentence(..., ..., ...).status == "unanswered"
    assert "as numbers" in check.words_per_sentence("sixty", 2, 30).message


# --- Task 2 -----------------------------------------------------------------------

def test_task2_syllables_within_one(check, article):
    sentence = _line(article, 20)
    assert check.syllables(sentence, 49).status == "correct"
    assert check.syllables(sentence, 50).status == "correct"


@pytest.mark.parametrize("count, hint", [(26, "too low"), (60, "too high")])
def test_task2_rejects_counts_far_off(check, article, count, hint):
    fb = check.syllables(_line(article, 20), count)
    assert fb.status == "wrong" and hint in fb.message and "clap" in fb.message


def test_task2_key_follows_the_sentence(check):
    # The key is computed, so any sentence works: "The cat sat on the mat." has six syllables.
    assert check.syllables("The cat sat on the mat.", 6).status == "correct"
    assert check.syllables("The cat sat on the mat.", 9).status == "wrong"
    assert _fresh(check).syllables("The cat sat.", ...).status == "unanswered"


# --- Task 3 -----------------------------------------------------------------------

def test_task3_formula_labels(check):
    assert check.word_measures(dict(WORD_MEASURES)).status == "correct"
    all_syllables = {k: "syllables" for k in WORD_MEASURES}
    fb = check.word_measures(all_syllables)
    assert fb.status == "partial" and "Look again at: 'Coleman–Liau', 'Automated Readability Index', 'Dale–Chall'." in fb.message and "§1" in fb.message
    half = dict(list(WORD_MEASURES.items())[:3])
    assert "not labelled yet" in check.word_measures(half).message
    assert _fresh(check).word_measures(...).status == "unanswered"


def test_task3_widget_prefilled_checks_itself(check):
    w = check.formula_widget(dict(WORD_MEASURES))
    assert "Correct" in w.feedback.value
    assert "ml-browser-probe" in w.check_button._dom_classes
    blank = _fresh(check).formula_widget(...)
    assert blank.feedback.value == ""


# --- Task 4 -----------------------------------------------------------------------

def test_task4_hardest_kind_is_computed_from_the_scores(check, article):
    from medialit.analysis.readability import readability_by_kind
    rows = {r["kind"]: r["flesch_reading_ease"] for r in readability_by_kind(article)
            if r["kind"] in ("headline", "subheading", "caption", "body")}
    hardest = min(rows, key=rows.get)
    assert hardest == "caption"
    assert check.hardest_kind("Captions").status == "correct"
    assert check.hardest_kind("photo caption").status == "correct"


def test_task4_rejects_other_kinds_and_nonsense(check):
    fb = check.hardest_kind("body")
    assert fb.status == "wrong" and "another kind scores lower" in fb.message and "§3" in fb.message
    fb = check.hardest_kind("the weather")
    assert fb.status == "wrong" and "Answer with one kind of block" in fb.message
    assert _fresh(check).hardest_kind(...).status == "unanswered"


# --- Task 5 -----------------------------------------------------------------------

def test_task5_caption_helpers(check):
    cap = check.longest_caption()
    text = caption_text(cap)
    assert "Credit" not in text and "AMNA" not in text and text.endswith("10 May 2025")
    assert len(people(text)) == 6
    assert places(text) == ["Kyiv"]


def test_task5_accepts_a_plain_caption_that_keeps_who_and_where(check):
    assert medialit.readability(GOOD_CAPTION)["flesch_kincaid_grade"] <= 9
    fb = check.caption_rewrite(GOOD_CAPTION)
    assert fb.status == "correct"
    # Either spelling of a name counts.
    assert check.caption_rewrite(GOOD_CAPTION.replace("Zelensky ", "Zelenskyy ")).status == "correct"


def test_task5_rejects_the_original_and_a_caption_that_drops_people(check):
    fb = check.caption_rewrite(caption_text(check.longest_caption()))
    assert fb.status == "partial" and "still above 9" in fb.message
    fb = check.caption_rewrite("Six leaders meet in Kyiv.")
    assert fb.status == "partial" and "6 of the 6 people" in fb.message and "(who)" in fb.message
    fb = check.caption_rewrite(GOOD_CAPTION.replace("in Kyiv, Ukraine,", "in Ukraine"))
    assert fb.status == "partial" and "places" in fb.message and "(where)" in fb.message


def test_task5_unanswered_and_not_text(check):
    assert _fresh(check).caption_rewrite(...).status == "unanswered"
    assert check.caption_rewrite(42).status == "wrong"
    assert "no words" in check.caption_rewrite("  ...  ,").message


# --- Task 6 -----------------------------------------------------------------------

def test_task6_written_answer_is_received_never_correct(check):
    fb = check.readable_not_true(GOOD_EXPLANATION)
    assert fb.status == "received" and not fb.correct and fb.details and fb.selfcheck
    fb = check.readable_not_true("Because it is easy.")
    assert fb.status == "nudge" and "say a little more" in fb.message
    no_keywords = ("Readability formulas count words per sentence and syllables per word, so they only show how "
                   "long the sentences and the words are, and nothing else about the sentence or the article at all.")
    assert check.readable_not_true(no_keywords).status == "received"  # the model answer shows what is missing
    assert _fresh(check).readable_not_true(...).status == "unanswered"


# --- Task 7 -----------------------------------------------------------------------

def test_task7_transfer_to_the_practice_article(check):
    practice = medialit.load_article(PRACTICE)
    rows = medialit.readability_by_block(practice)
    hardest = min(rows, key=lambda r: r["flesch_reading_ease"])
    assert hardest["first_words"].startswith("Notwithstanding")
    assert check.transfer_hardest_paragraph(practice, hardest["line"]).status == "correct"
    easy = max(rows, key=lambda r: r["flesch_reading_ease"])["line"]
    fb = check.transfer_hardest_paragraph(practice, easy)
    assert fb.status == "wrong" and "another body" in fb.message and "§3" in fb.message
    fb = check.transfer_hardest_paragraph(practice, 1)  # the headline's line is not a body paragraph
    assert fb.status == "wrong" and "line number of a body paragraph" in fb.message
    assert _fresh(check).transfer_hardest_paragraph(practice, ...).status == "unanswered"


# --- on another article, and progress ----------------------------------------------

def test_checks_work_on_an_invented_article():
    art = medialit.load_article(
        "Market Reopens\n\nPhoto\nTraders and shoppers in Castle Square in Dunmore, 2 May 2024. Credit: Ann Lee via XYZ\n\n"
        "The market reopened on Friday. Traders said business was good, and the mayor, Tom Hale, thanked the "
        "volunteers who cleaned the square after the storm.\n\nMore stalls will open next week.")
    check = Checks(art)
    assert check.longest_paragraph().line == 6
    assert check.words_per_sentence(25, 2, 12.5).status == "correct"
    assert places(caption_text(check.longest_caption())) == ["Castle Square", "Dunmore"]
    fb = check.caption_rewrite("People shop in Castle Square in Dunmore.")
    assert fb.status == "correct"


def test_progress_counts_seven_tasks(check, article):
    check.words_per_sentence(67, 2, 33.5)
    check.syllables(_line(article, 20), ...)
    assert check.progress() == "04-readability: 1 of 6 auto-checked tasks right · 0 of 1 written answers done · 6 not answered yet."
