"""Exercise 03's checks: three judgements (must: sure or obliged; real flag or false alarm, on the seed
and on a practice article), one written answer, one rewrite read by the toolkit. Each is tested right,
wrong, with and without a reason, empty, on the seed and on a practice article."""

import tempfile
from pathlib import Path

import pytest

import medialit
from medialit.checks import lesson03
from medialit.checks.lesson02 import exercise_items
from medialit.checks.lesson03 import (FALSE_ALARM, MUST_TASK, REAL, TRANSFER_TASK, Checks, certainty_score, context,
                                      judgement_key)
from checks_support import fresh

ROOT = Path(__file__).resolve().parents[2]
PRACTICE = ROOT / "seeds" / "extra" / "heatwave-forecast-practice.txt"
LESSON = ROOT / "notebooks" / "03-hedged-language.ipynb"

# The answers written in solutions/03-hedged-language.ipynb.
SOLUTION_JUDGEMENTS = {
    "rare (line 10)": REAL, "as he says (line 12)": REAL, "consider (line 14)": FALSE_ALARM,
    "unified (line 18)": REAL, "heavy (line 25)": FALSE_ALARM, "actively (line 27)": FALSE_ALARM,
    "cautious (line 33)": FALSE_ALARM, "increasingly (line 35)": REAL,
}
EXPLANATION = ("'About 3,000 people' is honest: nobody counts every walker, so a round number is fair. "
               "'It is understood' hides who expects the delay, so a reader cannot ask them how they know, "
               "although the 'may' about the weather is a real and honest doubt.")


@pytest.fixture
def check(article):
    return Checks(article, folder=tempfile.mkdtemp())


def _reasoned(labels, reason="of what the word does in its sentence"):
    return {k: f"{v} because {reason}" for k, v in labels.items()}


def test_the_must_sentences_are_invented_and_each_is_flagged():
    rows = exercise_items("03-hedged-language", MUST_TASK)
    assert len(rows) == 4 and {r["label"] for r in rows.values()} == {"booster", "demand"}
    for row in rows.values():
        assert any(h.phrase.lower().startswith("must") for h in medialit.find_hedges(row["sentence"]))
        assert row["why"]


def test_must_judgements_accept_either_label_with_a_reason(check):
    items = list(exercise_items("03-hedged-language", MUST_TASK))
    kit = {"sentence A": "booster", "sentence B": "demand", "sentence C": "booster", "sentence D": "demand"}
    fb = check.must_judgements(_reasoned(kit))
    assert fb.status == "judged" and fb.kind == "judgement" and "differ on 0" in fb.message and not fb.correct
    assert "the finder flags 'must' as a booster" in fb.details
    fb = check.must_judgements(_reasoned({i: "booster" for i in items}, "it sounds very sure"))  # word list's view
    assert fb.status == "judged" and "differ on 2" in fb.message and "the kit's authors — demand" in fb.details
    assert check.must_judgements(kit).status == "nudge"  # labels without reasons
    assert fresh(check).must_judgements(...).status == "unanswered"
    w = fresh(check).must_widget(...)
    assert list(w.dropdowns) == items and w.feedback.value == ""
    # the sentences are invented, so the task is the same on a practice article
    on_practice = Checks(medialit.load_article(str(PRACTICE)), folder=tempfile.mkdtemp())
    assert on_practice.must_judgements(_reasoned(kit)).status == "judged"


def test_flag_items_are_not_the_ones_the_lesson_answers(check):
    assert check.flag_items() == list(SOLUTION_JUDGEMENTS)
    lesson = LESSON.read_text(encoding="utf-8")
    for phrase in ("trying to", "might", "potential", "It is noted"):  # the lesson judges these itself
        assert not any(i.startswith(phrase + " (") for i in check.flag_items())
        assert phrase in lesson
    key = judgement_key(check.article, check.notebook, check.FLAG_TASK)
    flagged = {h.phrase.lower() for h in medialit.find_hedges(check.article.text)}
    assert set(key) <= flagged and {FALSE_ALARM, REAL} == {label for label, _ in key.values()}


def test_flag_judgements_accept_either_label_with_a_reason(check):
    fb = check.flag_judgements(_reasoned(SOLUTION_JUDGEMENTS))
    assert fb.status == "judged" and "differ on 0" in fb.message and "authors judged" in fb.details_title
    fb = check.flag_judgements(_reasoned({k: REAL for k in SOLUTION_JUDGEMENTS}, "it makes the claim sound surer"))
    assert fb.status == "judged" and "differ on 4" in fb.message and not fb.correct
    fb = check.flag_judgements(SOLUTION_JUDGEMENTS)
    assert fb.status == "nudge" and "8 labels still need a reason" in fb.message
    assert fresh(check).flag_judgements(...).status == "unanswered"


def test_flag_widget_prefilled_and_blank(check):
    assert "judgement is recorded" in check.flag_widget(_reasoned(SOLUTION_JUDGEMENTS)).feedback.value
    blank = fresh(check).flag_widget(...)
    assert blank.feedback.value == "" and list(blank.dropdowns) == list(SOLUTION_JUDGEMENTS)
    assert check.flag_contexts()["actively (line 27)"] == ("attacks, with Ukrainian air defense systems actively engaged "
                                                            "trying to intercept Russian bombs")


def test_explain_caution_is_received_never_correct(check):
    fb = check.explain_caution(EXPLANATION)
    assert fb.status == "received" and not fb.correct and "About 3,000" in fb.details
    assert check.explain_caution("It hides who.").status == "nudge"
    assert fresh(check).explain_caution(...).status == "unanswered"


def test_the_rewrite_sentence_is_computed(check):
    original = check.most_hedged_sentence()
    assert original.startswith("German Chancellor Merz expressed a degree of hope")
    practice = medialit.load_article(str(PRACTICE))
    assert check.most_hedged_sentence(practice).startswith("Forecasters in the Vell Valley say")


def test_certainty_rewrite(check):
    original = check.most_hedged_sentence()
    more = original.replace("a degree of hope for a potential ceasefire", "hope for a ceasefire")
    assert check.certainty_rewrite(original, more, direction="more").correct
    fb = check.certainty_rewrite(original, original, direction="more")
    assert fb.status == "wrong" and "did not move" in fb.message and "03 §7" in fb.message
    assert check.certainty_rewrite(original, more, direction="less").status == "wrong"
    fb = check.certainty_rewrite(original, "Merz is certainly right.", direction="more")
    assert fb.status == "partial" and "Keep most of the sentence" in fb.message
    assert fresh(check).certainty_rewrite(original, ..., direction="more").status == "unanswered"
    with pytest.raises(ValueError):
        check.certainty_rewrite(original, more, direction="sideways")


def test_certainty_score_counts_boosters_minus_hedges():
    assert certainty_score("Prices will rise.") == 0
    assert certainty_score("Prices might possibly rise.") == -2
    assert certainty_score("Prices will certainly rise.") == 1


def test_transfer_on_the_practice_article_uses_its_key(check):
    practice = medialit.load_article(str(PRACTICE))
    items = check.flag_items(practice, TRANSFER_TASK)
    assert items[:2] == ["Forecasters in the Vell Valley say (line 3)", "May (line 3)"] and len(items) == 7
    assert "may (line 5)" in items and "May (line 5)" in items  # the month and the verb are told apart
    # "said it would open ..., and that its staff would certainly check": since session 16 the second "would" is
    # read as reported by the same "said", so it is no flag at all (the key's "false alarm" row stays, unused).
    assert "would (line 15)" not in items
    fb = check.transfer_judgements(practice, _reasoned({i: REAL for i in items}))
    assert fb.status == "judged" and "differ on 3" in fb.message and "the month of May" in fb.details
    assert check.transfer_judgements(practice, {items[0]: "real"}).status == "nudge"
    assert fresh(check).transfer_judgements(practice, ...).status == "unanswered"
    w = fresh(check).transfer_widget(practice, ...)
    assert list(w.dropdowns) == items


def test_transfer_on_an_article_without_a_key_shows_the_word_list():
    own = medialit.load_article("Storm Warning\n\nThe storm may reach the coast. It will certainly be strong.")
    check = Checks(own, folder=tempfile.mkdtemp())
    assert check.flag_items(own, TRANSFER_TASK) == ["may (line 3)", "certainly (line 3)"]
    fb = check.transfer_judgements(own, {"may (line 3)": "real because the storm may not come",
                                         "certainly (line 3)": "false alarm because it is only about strength"})
    assert fb.status == "judged" and "no key for this article" in fb.message and "flagged as a booster" in fb.details


def test_context_stays_inside_the_sentence():
    text = "First one. The storm may reach the coast by night."
    assert context(text, 21, 24, words=2) == "The storm may reach the"


def test_progress_counts_and_save(check, tmp_path):
    check.flag_judgements(_reasoned(SOLUTION_JUDGEMENTS))
    check.certainty_rewrite("It may rain.", "It will rain.")
    check.explain_caution(...)
    assert check.progress() == ("03-hedged-language: 1 of 1 auto-checked tasks right · 0 of 1 written answers done · "
                                "1 of 3 judgements with reasons · 3 not answered yet.")
    path = check._progress.save(tmp_path)
    assert path.name == "03-hedged-language-my-answers.md" and "Task 2" in path.read_text(encoding="utf-8")
    assert lesson03.Checks.total == 5
