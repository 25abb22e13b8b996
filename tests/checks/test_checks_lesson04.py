"""Exercise 04's checks: each accepts the solution's answer, rejects typical wrong answers with the
right hint, says "not answered yet" for ..., and computes its key from the article it is given."""

import tempfile
from pathlib import Path

import pytest
import textstat

import medialit
from medialit.checks.lesson04 import CAPTION_CHOICES, FIT_LABELS, Checks, caption_facts, caption_text, fit_key, people, places
from checks_support import fresh

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "putin-istanbul-talks-2025.txt"
PRACTICE = ROOT / "seeds" / "extra" / "footbridge-repairs-practice.txt"
HEATWAVE = ROOT / "seeds" / "extra" / "heatwave-forecast-practice.txt"

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
    assert fresh(check).words_per_sentence(..., ..., ...).status == "unanswered"
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
    assert fresh(check).syllables("The cat sat.", ...).status == "unanswered"


# --- Task 3 · does the score fit? (judgement) ----------------------------------------

FIT = {
    "The EU, the UN and NATO met the OSCE in the UAE.": "harder than its score says because you must know five organisations",
    "Everybody watched television yesterday afternoon.": "easier than its score says because the long words are very common",
    "The ferry will run two boats a day in winter.": "about right because the words are short and common",
    "We ought not to be so sure that what we know is what is so.": "harder than its score says because the idea is abstract",
}


def test_task3_sentences_are_data_with_a_why_and_really_mislead_the_formula():
    key = fit_key()
    assert list(key) == list(FIT) and all(why for _, why in key.values())
    grades = {s: medialit.readability(s)["flesch_kincaid_grade"] for s in key}
    assert grades["The EU, the UN and NATO met the OSCE in the UAE."] < 5  # abbreviations look easy
    assert grades["Everybody watched television yesterday afternoon."] > 15  # common long words look hard


def test_task3_any_label_with_a_reason_is_judged(check):
    fb = check.score_fit(FIT)
    assert fb.status == "judged" and not fb.correct and "differ on 0" in fb.message and "word list" not in fb.message
    mine = dict(FIT, **{"We ought not to be so sure that what we know is what is so.":
                        "about right because every word is short and easy"})
    fb = check.score_fit(mine)
    assert fb.status == "judged" and "differ on 1" in fb.message and "abstract" in fb.details


def test_task3_without_reasons_or_blank(check):
    fb = check.score_fit({k: v.split(" because")[0] for k, v in FIT.items()})
    assert fb.status == "nudge" and "4 labels still need a reason" in fb.message
    assert check.score_fit(dict(list(FIT.items())[:1])).status == "nudge"
    assert fresh(check).score_fit(...).status == "unanswered"


def test_task3_widget_prefilled_shows_grades(check):
    w = check.fit_widget(FIT)
    assert "recorded" in w.feedback.value and all(d.options[1:] == FIT_LABELS for d in w.dropdowns.values())
    assert "ml-browser-probe" in w.check_button._dom_classes
    assert fresh(check).fit_widget(...).feedback.value == ""


# --- Tasks 4 and 7 · the hardest paragraph for a reader (judgement) --------------------------

def test_task4_prediction_that_agrees_with_the_formula(check):
    heat = medialit.load_article(HEATWAVE)
    fb = check.hardest_for_a_reader("line 5 because it has two long sentences with a quote", heat)
    assert fb.status == "judged" and fb.kind == "judgement" and "The formula agrees" in fb.message
    assert "line 5: 42.9" in fb.details and fb.reason.startswith("it has two")


def test_task4_a_different_reasoned_choice_is_not_wrong(check):
    heat = medialit.load_article(HEATWAVE)
    fb = check.hardest_for_a_reader("Line 13, because 'appear to be preparing' and 'could not be confirmed' are vague", heat)
    assert fb.status == "judged" and "line 5 the lowest" in fb.message and "whose reason" in fb.message


def test_task4_needs_a_body_line_and_a_reason(check):
    heat = medialit.load_article(HEATWAVE)
    fb = check.hardest_for_a_reader("line 5", heat)
    assert fb.status == "nudge" and "add 'because" in fb.message
    fb = check.hardest_for_a_reader("line 1 because the headline is short", heat)  # not a body paragraph
    assert fb.status == "nudge" and "3, 5, 7" in fb.message
    assert fresh(check).hardest_for_a_reader(..., heat).status == "unanswered"


def test_task4_on_the_seed_and_task7_transfer(check, article):
    fb = check.hardest_for_a_reader("line 18 because it is the longest paragraph", article)
    assert fb.status == "judged" and "line 18" in fb.details
    practice = medialit.load_article(PRACTICE)
    fb = check.hardest_for_a_reader("line 16 because of rare, abstract words", practice, transfer=True)
    assert fb.task.startswith("Task 7") and "The formula agrees" in fb.message


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
    assert fresh(check).caption_rewrite(...).status == "unanswered"
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
    assert fresh(check).readable_not_true(...).status == "unanswered"


# --- Task 5b · which caption would you print? (judgement) ---------------------------------

def test_task5b_choice_with_a_reason_shows_what_the_kit_measured(check):
    fb = check.caption_choice(GOOD_CAPTION, "my rewrite because it keeps all six people and a young reader can follow it")
    assert fb.status == "judged" and not fb.correct and "names 6 person(s) and 1 place(s)" in fb.details
    assert fb.details.count("grade") == 2
    fb = check.caption_choice(GOOD_CAPTION, "The original, because it is one sentence and shorter")
    assert fb.status == "judged"


def test_task5b_needs_a_choice_a_reason_and_a_rewrite(check):
    assert check.caption_choice(GOOD_CAPTION, "my rewrite").status == "nudge"
    fb = check.caption_choice(GOOD_CAPTION, "the best one because it is nice and short")
    assert fb.status == "nudge" and all(c in fb.message for c in CAPTION_CHOICES)
    assert fresh(check).caption_choice(..., "my rewrite because x y z").status == "unanswered"
    assert fresh(check).caption_choice(GOOD_CAPTION, ...).status == "unanswered"
    assert caption_facts("A crowd waits as Ann Lee speaks in Leeds.").startswith("9 words, 1 sentence(s)")


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


def test_progress_counts_eight_tasks_by_kind(check, article):
    check.words_per_sentence(67, 2, 33.5)
    check.syllables(_line(article, 20), ...)
    check.score_fit(FIT)
    assert check.progress() == ("04-readability: 1 of 3 auto-checked tasks right · 0 of 1 written answers done · "
                                "1 of 4 judgements with reasons · 6 not answered yet.")


def test_task5b_on_a_practice_article_with_a_caption(tmp_path):
    ferry = Checks(medialit.load_article(ROOT / "seeds" / "extra" / "ferry-vote-practice.txt"), folder=tmp_path)
    fb = ferry.caption_choice("People wait for the boat in Kestrel Point.", "my rewrite because it is short and keeps the place")
    assert fb.status == "judged" and "names 0 person(s) and 1 place(s)" in fb.details
