"""Exercise 05's checks: three judgements (the independent snippet of an invented evidence pack; can a
time word be pinned down; whose certainty a booster is), a rewrite read by the toolkit, and a written
verdict. Each is tested right, wrong, with and without a reason, empty, on the seed and a practice article."""

import tempfile
from pathlib import Path

import pytest

import medialit
from medialit.checks import lesson05
from medialit.checks.lesson02 import exercise_items
from medialit.checks.lesson05 import PIN, SNIPPET_TASK, WHOSE, Checks, pin_reading, time_words, whose_certainty
from checks_support import fresh

ROOT = Path(__file__).resolve().parents[2]
FOOTBRIDGE = ROOT / "seeds" / "extra" / "footbridge-repairs-practice.txt"
FERRY = ROOT / "seeds" / "extra" / "ferry-vote-practice.txt"
VERDICT = ("I trust the article 2 out of 5, less than at first. It names no author, no outlet and no date, so I "
           "cannot check who wrote it or when. The record also shows the drone attack was early on Sunday, not on "
           "Saturday. The quotes are close to the Kremlin's text, so it is not worthless, but I would read a dated "
           "agency report instead.")


@pytest.fixture
def check(article):
    return Checks(article, folder=tempfile.mkdtemp())


def test_the_evidence_pack_is_invented_and_every_option_has_a_why():
    pack = exercise_items("05-capstone", SNIPPET_TASK)
    assert "INVENTED" in (ROOT / "medialit" / "data" / "exercise_items.json").read_text(encoding="utf-8")
    assert pack["answer"] in pack["options"] and all(o["text"] and o["why"] for o in pack["options"].values())


def test_independent_snippet_accepts_any_choice_with_a_reason(check):
    fb = check.independent({"the independent snippet": "snippet C because the reporter talked to the engineer"})
    assert fb.status == "judged" and fb.kind == "judgement" and not fb.correct
    assert "choice and your reason are recorded" in fb.message and "snippet B: a copy of A" in fb.details
    fb = check.independent({"the independent snippet": "snippet A because it is the council itself"})
    assert fb.status == "judged" and "you differ" in fb.details and "origin of the claim" in fb.details
    assert check.independent({"the independent snippet": "snippet C"}).status == "nudge"
    assert fresh(check).independent(...).status == "unanswered"
    assert "Riverside Radio" in check.snippets()
    w = fresh(check).snippet_widget(...)
    assert list(w.dropdowns) == ["the independent snippet"]
    on_practice = Checks(medialit.load_article(str(FOOTBRIDGE)), folder=tempfile.mkdtemp())  # the pack is invented
    assert on_practice.independent({"the independent snippet": "snippet C because it has its own source"}).status == "judged"


def test_time_words_and_the_pin_reading_are_computed():
    foot = medialit.load_article(str(FOOTBRIDGE))
    assert time_words(foot) == ["Monday", "Thursday", "today", "Wednesday"]
    assert pin_reading(foot)[0] == PIN[1] and "publication date" in pin_reading(foot)[1]
    dated = medialit.load_article("Rain Due\nPublished 3 May 2025\n\nIt will rain on Friday, forecasters said.")
    assert time_words(dated) == ["Friday"] and pin_reading(dated)[0] == PIN[0]


def test_pin_times_on_the_practice_article(check):
    foot = medialit.load_article(str(FOOTBRIDGE))
    items = check.time_items(foot)
    fb = check.pin_times(foot, {i: "cannot pin it because the story gives no date" for i in items})
    assert fb.status == "judged" and "differ on 0" in fb.message and "No publication date" in fb.details
    fb = check.pin_times(foot, {i: "can pin it because the caption says 4 March 2024" for i in items})
    assert fb.status == "judged" and "differ on 4" in fb.message and not fb.correct
    assert check.pin_times(foot, {i: "can pin it" for i in items}).status == "nudge"
    assert fresh(check).pin_times(foot, ...).status == "unanswered"
    assert list(fresh(check).time_widget(foot, ...).dropdowns) == items


def test_rewrite_on_the_practice_article_is_read_by_the_toolkit(check):
    ferry = medialit.load_article(str(FERRY))
    fb = check.rewrite(ferry, "The ferry operator, Gullwing Lines, said that it could not run the service at a "
                              "loss for another year.")
    assert fb.correct and "'said' (neutral)" in fb.message and "'warned'" in fb.message
    fb = check.rewrite(ferry, "Gullwing Lines warned that it could not run the service at a loss.")
    assert fb.status == "wrong" and "loaded verb: 'warned'" in fb.message
    assert check.rewrite(ferry, "The service cannot run at a loss.").status == "wrong"
    assert fresh(check).rewrite(ferry, ...).status == "unanswered"


def test_whose_certainty_is_a_guess_from_word_order(check):
    text = "Ann Lee said the plan was clearly ready. It was a powerful speech."
    assert [whose_certainty(text, h)[0] for h in medialit.find_hedges(text)] == [WHOSE[1], WHOSE[0]]
    items = [i for i in check.booster_widget(...).dropdowns]
    assert items == ["rare (line 10)", "firm (line 14)", "essential (line 14)", "long awaited (line 14)",
                     "powerful (line 18)", "unified (line 18)"]
    fb = check.whose_boosters({i: "the writer's because no source is quoted for it" for i in items})
    assert fb.status == "judged" and "differ on 3" in fb.message and "the kit's guess" in fb.message
    assert check.whose_boosters({items[0]: "the writer's"}).status == "nudge"
    assert fresh(check).whose_boosters(...).status == "unanswered"


def test_a_booster_inside_a_quotation_is_the_speakers_whatever_the_word_order():
    # The quotation comes first and its speaker after it, so no reporting verb stands before the booster.
    text = "“The repairs are clearly overdue,” said Ann Lee, the mayor. The bridge is clearly old."
    readings = [whose_certainty(text, h) for h in medialit.find_hedges(text) if h.kind == "booster"]
    assert [r[0] for r in readings] == [WHOSE[1], WHOSE[0]]
    assert "inside a quotation (Ann Lee)" in readings[0][1]


def test_boosters_on_a_practice_article():
    foot = medialit.load_article(str(FOOTBRIDGE))
    check = Checks(foot, folder=tempfile.mkdtemp())
    items = list(check.booster_widget(...).dropdowns)
    # "six weeks of urgent repairs": since session 16 "urgent" presses only as a predicate ("repairs are urgent"),
    # not as a kind of repair, so the writer's one booster here is "clearly".
    assert items == ["clearly (line 18)"]
    fb = check.whose_boosters({i: "the writer's because nobody is quoted" for i in items})
    assert fb.status == "judged" and "differ on 0" in fb.message


def test_verdict_is_received_never_correct(check):
    fb = check.verdict(VERDICT)
    assert fb.status == "received" and not fb.correct and fb.selfcheck
    assert check.verdict(" ".join(["date"] * 45)).status == "nudge"
    assert check.verdict("Bad.").status == "nudge"
    assert fresh(check).verdict(...).status == "unanswered"


def test_progress_counts_kinds_apart(check):
    check.verdict(VERDICT)
    check.independent({"the independent snippet": "snippet C because it has its own reporting"})
    assert check.progress() == ("05-capstone: 0 of 1 auto-checked tasks right · 1 of 1 written answers done · "
                                "1 of 3 judgements with reasons · 3 not answered yet.")
    assert lesson05.Checks.total == 5
