"""Exercise 03's checks: each accepts the solution's answer, rejects typical wrong answers with
the right hint, and says "not answered yet" for ``...``. Keys come from the toolkit, so the
checks also work on other articles (tested on small invented texts)."""

import tempfile
from pathlib import Path

import pytest

import medialit
from medialit.checks import lesson03
from medialit.checks.lesson03 import FALSE_ALARM, REAL, Checks, certainty_score, context, judgement_key

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "putin-istanbul-talks-2025.txt"
PRACTICE = ROOT / "seeds" / "extra" / "heatwave-forecast-practice.txt"

# The answers written in solutions/03-hedged-language.ipynb.
SOLUTION_JUDGEMENTS = {
    "potential (line 8)": REAL, "powerful (line 18)": REAL, "potential (line 25)": REAL,
    "It is noted (line 25)": REAL, "trying to (line 27)": FALSE_ALARM, "might (line 34)": REAL,
    "attempts to (line 35)": FALSE_ALARM, "increasingly (line 35)": REAL,
}
SOLUTION_HEDGES_8 = ["a degree of", "potential", "Ukrainian officials", "It is noted", "reports indicated"]
EXPLANATION = ("\"Potential sanctions\" is honest caution: the sanctions were a threat that had not been carried "
               "out yet, and we know who made it. \"Reports indicated\" is evasion: it does not say who reported "
               "the fighting, so a reader cannot check it, and it makes one side's claim sound like fact.")


@pytest.fixture
def check(article):
    return Checks(article)


def _fresh(check):
    """A new checker with no saved answers: a checker restores saved answers for ``...`` (see views/store.py)."""
    return type(check)(check.article, folder=tempfile.mkdtemp())


def test_boosters_in_paragraph_7(check):
    assert check.boosters_in_paragraph(1, paragraph=7).correct
    too_many = check.boosters_in_paragraph(2, paragraph=7)  # "must" and "immediately" counted apart
    assert too_many.status == "wrong" and "too high" in too_many.message and "03 §2" in too_many.message
    assert "too low" in check.boosters_in_paragraph(0, paragraph=7).message
    assert "as a number" in check.boosters_in_paragraph("one", paragraph=7).message
    assert _fresh(check).boosters_in_paragraph(..., paragraph=7).status == "unanswered"


def test_paragraph_numbers_are_body_blocks(check):
    assert check.paragraph(7).startswith("The message of the European leaders")
    with pytest.raises(ValueError, match="12 body paragraphs"):
        check.paragraph(13)


def _reasoned(labels):
    return {k: f"{v} because of what the word does in its sentence" for k, v in labels.items()}


def test_judgement_key_covers_flags_the_finder_really_raises(check):
    # A stale key (a phrase the finder no longer flags) would silently shrink the task.
    key = judgement_key(check.article, check.notebook, check.FLAG_TASK)
    flagged = {h.phrase.lower() for h in medialit.find_hedges(check.article.text)}
    assert key and set(key) <= flagged and all(why for _, why in key.values())
    assert set(check.flag_items()) == set(SOLUTION_JUDGEMENTS)
    assert {FALSE_ALARM, REAL} == {label for label, _ in key.values()}


def test_flag_judgements_accept_either_label_with_a_reason(check):
    fb = check.flag_judgements(_reasoned(SOLUTION_JUDGEMENTS))
    assert fb.status == "judged" and "differ on 0" in fb.message and "authors" in fb.details_title
    fb = check.flag_judgements(_reasoned({k: REAL for k in SOLUTION_JUDGEMENTS}))
    assert fb.status == "judged" and "differ on 2" in fb.message and not fb.correct
    assert "trying to (line 27): you — real" in fb.details and "describes an effort" in fb.details
    assert "03 §3" in fb.message
    half = dict(list(_reasoned(SOLUTION_JUDGEMENTS).items())[:4])
    assert "4 of 8 flags not labelled yet" in check.flag_judgements(half).message
    assert check.flag_judgements(SOLUTION_JUDGEMENTS).status == "nudge"  # no reasons: ask for them
    assert _fresh(check).flag_judgements(...).status == "unanswered"


def test_flag_widget_prefilled_and_blank(check):
    solved = check.flag_widget(_reasoned(SOLUTION_JUDGEMENTS))
    assert "judgement is recorded" in solved.feedback.value
    blank = _fresh(check).flag_widget(...)  # the exercise: answers = ...
    assert blank.feedback.value == "" and list(blank.dropdowns) == check.flag_items()
    blank.dropdowns["trying to (line 27)"].value = REAL
    blank.check_button.click()
    assert "Say a little more" in blank.feedback.value
    assert check.flag_contexts()["trying to (line 27)"] == "Ukrainian air defense systems actively engaged trying to intercept Russian bombs"


def test_hedges_in_paragraph_8(check):
    assert check.hedges_in_paragraph(SOLUTION_HEDGES_8, paragraph=8).correct
    spelled = ["A DEGREE OF", " potential ", "ukrainian officials", "it is noted", "reports indicated."]
    assert check.hedges_in_paragraph(spelled, paragraph=8).correct
    fb = check.hedges_in_paragraph(["potential", "It is noted", "reports indicated"], paragraph=8)
    assert fb.status == "partial" and "3 of 5 hedges found. 2 still missing" in fb.message
    fb = check.hedges_in_paragraph(SOLUTION_HEDGES_8 + ["heavy"], paragraph=8)  # a booster is not a hedge
    assert "1 extra item is not one of them" in fb.message
    assert _fresh(check).hedges_in_paragraph(..., paragraph=8).status == "unanswered"


def test_most_hedged_paragraph(check):
    assert check.most_hedged_paragraph(11).correct
    fb = check.most_hedged_paragraph(8)  # the tallest bar, not the highest rate
    assert fb.status == "wrong" and "dotted line" in fb.message and "03 §6" in fb.message
    assert "as a number" in check.most_hedged_paragraph("the last one").message
    assert _fresh(check).most_hedged_paragraph(...).status == "unanswered"


def test_explain_caution_is_received_never_correct(check):
    fb = check.explain_caution(EXPLANATION)
    assert fb.status == "received" and not fb.correct and fb.selfcheck
    assert "say a little more" in check.explain_caution("It is vague.").message
    no_who = ("Potential sanctions are a threat not carried out so far, so the hedge is accurate and fair. Reports "
              "indicated is vague wording that sounds like neutral fact and cannot be traced by the reader.")
    assert check.explain_caution(no_who).status == "received"  # no keyword decides anything
    assert _fresh(check).explain_caution(...).status == "unanswered"


def test_certainty_rewrite(check):
    original = check.sentence_with("might")
    more = original.replace("might be", "is")
    assert check.certainty_rewrite(original, more, direction="more").correct
    fb = check.certainty_rewrite(original, original, direction="more")
    assert fb.status == "wrong" and "did not move" in fb.message and "03 §7" in fb.message
    assert check.certainty_rewrite(original, more, direction="less").status == "wrong"
    less = original.replace("must precede", "should perhaps precede")
    assert check.certainty_rewrite(original, less, direction="less").correct
    fb = check.certainty_rewrite(original, "Macron is certainly right.", direction="more")
    assert fb.status == "partial" and "Keep most of the sentence" in fb.message
    assert _fresh(check).certainty_rewrite(original, ..., direction="more").status == "unanswered"
    with pytest.raises(ValueError):
        check.certainty_rewrite(original, more, direction="sideways")


def test_certainty_score_counts_boosters_minus_hedges():
    assert certainty_score("Prices will rise.") == 0
    assert certainty_score("Prices might possibly rise.") == -2
    assert certainty_score("Prices will certainly rise.") == 1


def test_transfer_counts_on_an_invented_article(check):
    other = medialit.load_article("Storm Warning\n\nThe storm may reach the coast. It will certainly be strong. "
                                  "Forecasters could be wrong.")
    assert check.transfer_counts(other, 2, 1).correct
    fb = check.transfer_counts(other, 3, 1)
    assert fb.status == "partial" and "Hedges: your count is too high" in fb.message
    fb = check.transfer_counts(other, 0, 0)
    assert fb.status == "wrong" and "Boosters: your count is too low" in fb.message
    assert _fresh(check).transfer_counts(other, ..., 1).status == "unanswered"


def test_transfer_on_the_practice_article_counts_the_body_only(check):
    practice = medialit.load_article(PRACTICE)
    found = medialit.find_hedges(practice.body)
    h = sum(1 for x in found if x.kind == "hedge")
    b = len(found) - h
    assert h > 5 and b > 2  # a practice text worth counting
    assert check.transfer_counts(practice, h, b).correct
    # the headline's "Could" is not in the body: counting the whole text is a typical slip
    whole = medialit.find_hedges(practice.text)
    assert len(whole) > len(found)
    assert not check.transfer_counts(practice, sum(1 for x in whole if x.kind == "hedge"), b).correct


def test_checks_work_on_another_article():
    art = medialit.load_article("Storm Warning\n\nThe storm may reach the coast. It will certainly be strong.")
    check = Checks(art)
    assert check.boosters_in_paragraph(1, paragraph=1).correct
    assert check.hedges_in_paragraph(["may"], paragraph=1).correct
    assert check.flag_items() == ["may (line 3)", "certainly (line 3)"]  # no key here: the learner's own judgement
    fb = check.flag_judgements({"may (line 3)": "real because the storm may not come",
                                "certainly (line 3)": "real because it insists on the strength"})
    assert fb.status == "judged" and "key is for the lesson article" in fb.message


def test_context_stays_inside_the_sentence():
    text = "First one. The storm may reach the coast by night."
    assert context(text, 21, 24, words=2) == "The storm may reach the"


def test_progress_counts_and_save(check, tmp_path):
    check.boosters_in_paragraph(1, paragraph=7)
    check.most_hedged_paragraph(8)
    check.explain_caution(...)
    assert check.progress() == "03-hedged-language: 1 of 5 auto-checked tasks right · 0 of 1 written answers done · 0 of 1 judgements with reasons · 5 not answered yet."
    path = check._progress.save(tmp_path)
    assert path.name == "03-hedged-language-my-answers.md" and "Task 1" in path.read_text(encoding="utf-8")
    assert lesson03.Checks.total == 7
