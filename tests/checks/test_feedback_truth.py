"""Feedback that tells the truth: written answers are received, never "Correct"; contestable judgements
accept either label with a reason; the progress line counts the three kinds apart; checks work on any article."""

import tempfile
from pathlib import Path

import medialit
from medialit.checks import Feedback, Progress, compare_judgements, written_answer
from medialit.checks import lesson01, lesson02, lesson03, lesson05

ROOT = Path(__file__).resolve().parents[2]
PRACTICE = ROOT / "seeds" / "extra" / "heatwave-forecast-practice.txt"

ARGUED = ("The passive voice hides the person behind the claim, so a reader has nothing to follow up. "
          "If the writer had named the ministry or the agency, I could compare its statement with "
          "what other outlets reported on the same day.")  # no "who", no "check", no "yet"


def _tmp(cls, article):
    return cls(article, folder=tempfile.mkdtemp())


def test_padding_is_not_marked_correct(article):
    check = _tmp(lesson03.Checks, article)
    banana = check.explain_caution(" ".join(["who who yet yet banana"] * 6))  # 30 words
    assert banana.status == "nudge" and not banana.correct
    verdict = _tmp(lesson05.Checks, article).verdict(" ".join(["date"] * 45))
    assert verdict.status == "nudge" and not verdict.correct and "repeats" in verdict.message


def test_a_well_argued_answer_without_keywords_is_received_not_partial(article):
    fb = _tmp(lesson02.Checks, article).explain_source(ARGUED)
    assert fb.status == "received" and fb.kind == "written" and not fb.correct
    assert "Received — now compare with the model answer" in str(fb)
    assert fb.details and len(fb.selfcheck) >= 3
    html = fb._repr_html_()
    assert "<details" in html and 'type="checkbox"' in html


def test_empty_or_short_written_answers_get_a_kind_nudge():
    assert written_answer(..., "t").status == "unanswered"
    short = written_answer("It hides who.", "t", min_words=15)
    assert short.status == "nudge" and "say a little more" in short.message


def test_model_answers_exist_for_every_written_task():
    from medialit.checks import model_answer
    for notebook, task in (("02-attribution", "Task 5 · who is behind it?"),
                           ("03-hedged-language", "Task 3 · caution or evasion"), ("05-capstone", "Task 5 · my verdict")):
        text, ticks = model_answer(notebook, task)
        assert len(text.split()) > 40 and len(ticks) >= 3, (notebook, task)


def test_reasoned_disagreement_is_never_wrong():
    key = {"warned": ("loaded", "presents a danger as real"), "said": ("neutral", "plain report")}
    fb = compare_judgements({"warned": "neutral because wire style uses it for any threat",
                             "said": "neutral because it only reports the words"}, key, ["neutral", "loaded"], "verbs")
    assert fb.status == "judged" and fb.kind == "judgement" and "differ on 1" in fb.message
    assert "presents a danger as real" in fb.details and "wire style" in fb.reason


def test_a_label_without_reason_asks_for_one():
    key = {"warned": ("loaded", "presents a danger as real")}
    fb = compare_judgements({"warned": "loaded"}, key, ["neutral", "loaded"], "verbs")
    assert fb.status == "nudge" and "reason" in fb.message and "'warned'" in fb.message


def test_progress_line_counts_kinds_apart():
    p = Progress("demo", total=6, written=1, judgements=1)
    p.record(Feedback("a", "correct", ""))
    p.record(Feedback("b", "wrong", ""))
    p.record(Feedback("w", "received", "", kind="written"))
    p.record(Feedback("j", "judged", "", kind="judgement"))
    assert p.summary() == ("demo: 1 of 4 auto-checked tasks right · 1 of 1 written answers done · "
                           "1 of 1 judgements with reasons · 2 not answered yet.")


def test_lesson03_judgement_says_plainly_when_an_article_has_no_key():
    own = medialit.load_article("My Town\n\nThe mayor said the road may reopen soon. It will clearly cost more.")
    check = _tmp(lesson03.Checks, own)
    items = check.flag_items()
    assert items  # the task can be answered on another article
    fb = check.flag_judgements({i: "real because it softens the claim here" for i in items})
    assert fb.status == "judged" and "no key for this article" in fb.message
    assert "word list says" in fb.details_title and "you differ" not in fb.details


def test_lesson01_keeps_items_that_mention_a_year(article):
    check = _tmp(lesson01.Checks, article)
    fb = check.missing(["byline", "date 2024"])
    assert "'date 2024'" not in fb.message or "extra" in fb.message
    assert "2024" not in Path(lesson01.__file__).read_text(encoding="utf-8")


def test_lesson05_has_no_seed_weekdays():
    src = Path(lesson05.__file__).read_text(encoding="utf-8").lower()
    assert "_evidence" not in src  # the old keyword list that counted the seed's weekdays as evidence


def test_the_lesson_articles_keys_live_beside_it_and_are_found_from_the_exercises_folder(monkeypatch):
    from pathlib import Path
    from medialit.checks import lesson_keys
    root = Path(__file__).resolve().parents[2]
    monkeypatch.chdir(root / "exercises")  # where a learner's kernel runs
    assert "05-capstone" in lesson_keys("model-answers.json")
    assert any(len(k) == 64 for k in lesson_keys("answer-keys.json"))  # keyed by the article's sha256
    assert lesson_keys("no-such-keys.json") == {}
    assert not list((root / "medialit" / "data").glob("*answer*"))  # no article's keys among the kit's rules
