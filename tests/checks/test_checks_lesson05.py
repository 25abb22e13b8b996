"""Exercise 05's checks: each accepts the solution's answer, rejects typical wrong answers with the
right hint, says "not answered yet" for ..., and computes its key from the article it is given."""

import tempfile
from pathlib import Path

import pytest

import medialit
from medialit.checks.lesson05 import SIGNALS, Checks, time_words, tone, voices
from medialit.analysis.counts import source_mix

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "putin-istanbul-talks-2025.txt"
PRACTICE = ROOT / "seeds" / "extra" / "footbridge-repairs-practice.txt"

VERDICT = (
    "I now trust the article 2 out of 5; in lesson 00 I gave it 3. Two pieces of evidence weigh most. First, what is "
    "missing: no author, no outlet and no date, so I cannot check who wrote it or when. Second, the record shows "
    "that the drone attack it puts on Saturday happened early on Sunday 11 May. I would read a dated agency report "
    "and the Kremlin's own text instead.")


@pytest.fixture(scope="module")
def practice():
    return medialit.load_article(PRACTICE)


@pytest.fixture()
def check(article):
    return Checks(article)


def _fresh(check):
    """A new checker with no saved answers: a checker restores saved answers for ``...`` (see views/store.py)."""
    return type(check)(check.article, folder=tempfile.mkdtemp())


# --- the keys are the toolkit's own numbers -------------------------------------------

def test_keys_are_what_the_report_card_shows(article):
    from medialit.views.widgets import report_card_html
    card = report_card_html(article)
    v, t = voices(article), tone(article)
    mix = source_mix(medialit.find_sources(article), medialit.find_attributions(article.text))
    assert (v["named sources"], v["unnamed sources"]) == (mix["named"], mix["unnamed"])
    assert v["direct quotes"] == len(medialit.find_quotes(article.text))
    assert f"{int(t['hedges'])} hedges and {int(t['boosters'])} boosters" in card
    assert f"grade {t['grade']:.1f}" in card


def test_seed_keys_match_a_human_reading(article):
    # The article quotes four phrases (three from Putin, one from Tammy Bruce), and names no author or outlet.
    assert voices(article)["direct quotes"] == 4
    assert time_words(article) == ["Saturday", "Sunday", "a few days ago"]
    assert {m.what for m in medialit.report.find_missing(article)} >= set(SIGNALS.values())


# --- Task 1 and 2: the report card's numbers ------------------------------------------

def test_task1_accepts_the_cards_numbers(check, article):
    v = voices(article)
    fb = check.card_voices(v["named sources"], v["unnamed sources"], v["direct quotes"])
    assert fb.status == "correct"


def test_task1_names_the_wrong_field_never_the_number(check, article):
    v = voices(article)
    fb = check.card_voices(v["named sources"] + 3, v["unnamed sources"], v["direct quotes"])
    assert fb.status == "partial" and "Look again at: named sources." in fb.message and "§2" in fb.message
    assert str(v["named sources"]) not in fb.message.replace("2 of 3", "").replace("§2", "")
    fb = check.card_voices(0, 0, 0)
    assert fb.status == "wrong" and "named sources, unnamed sources, direct quotes" in fb.message
    fb = check.card_voices(v["named sources"], ..., ...)
    assert fb.status == "partial" and "2 not answered yet" in fb.message
    assert _fresh(check).card_voices(..., ..., ...).status == "unanswered"
    assert check.card_voices("six", v["unnamed sources"], v["direct quotes"]).status == "partial"


def test_task2_grade_within_half_a_grade(check, article):
    t = tone(article)
    assert check.card_tone(t["hedges"], t["boosters"], round(t["grade"])).status == "correct"
    fb = check.card_tone(t["boosters"], t["hedges"], t["grade"])  # hedges and boosters swapped
    assert fb.status == "partial" and "hedges, boosters" in fb.message
    fb = check.card_tone(t["hedges"], t["boosters"], t["grade"] + 2)
    assert fb.status == "partial" and "Look again at: grade." in fb.message


# --- Task 3: what is missing -----------------------------------------------------------

def test_task3_signals(check):
    all_missing = {label: "missing" for label in SIGNALS}
    assert check.signals(all_missing).status == "correct"
    fb = check.signals({label: "present" for label in SIGNALS})
    assert fb.status == "wrong" and "Look again at: 'the author's name (byline)', 'a publication date'" in fb.message
    one = dict(all_missing, **{"a publication date": "present"})
    fb = check.signals(one)
    assert fb.status == "partial" and "3 of 4" in fb.message
    assert _fresh(check).signals(...).status == "unanswered"


def test_task3_key_follows_the_article():
    dated = medialit.load_article("Rain Due\n\nBy Ana Lopez, 3 May 2024\n\nIt will rain, forecasters said. "
                                  "See https://example.org\n\n© 2024 Weather Weekly")
    check = Checks(dated)
    assert check.signals({label: "present" for label in SIGNALS}).status == "correct"


def test_task3_widget_is_prefilled_and_probed(check):
    w = check.signals_widget({label: "missing" for label in SIGNALS})
    assert "Correct" in w.feedback.value and "ml-browser-probe" in w.check_button._dom_classes


# --- Task 4: time words ----------------------------------------------------------------

def test_task4_time_words(check):
    assert check.time_phrases(["Saturday", "Sunday", "a few days ago"]).status == "correct"
    # Phrases as written in the article also count: "late on Saturday night" names Saturday.
    assert check.time_phrases(["late on Saturday night", "on Sunday", "A few days ago"]).status == "correct"
    fb = check.time_phrases(["Saturday"])
    assert fb.status == "partial" and "2 still missing" in fb.message and "§3" in fb.message
    fb = check.time_phrases(["Saturday", "Sunday", "a few days ago", "15 May"])
    assert fb.status == "partial" and "1 extra item" in fb.message
    assert _fresh(check).time_phrases(...).status == "unanswered"


# --- Task 5: the verdict -----------------------------------------------------------------

def test_task5_verdict_is_received_never_correct(check):
    fb = check.verdict(VERDICT)
    assert fb.status == "received" and not fb.correct and "Sunday 11 May" in fb.details
    fb = check.verdict("I do not trust it.")
    assert fb.status == "nudge" and "say a little more" in fb.message
    assert check.verdict(" ".join(["date"] * 45)).status == "nudge"
    assert _fresh(check).verdict(...).status == "unanswered"


# --- Task 6: transfer ----------------------------------------------------------------------

def test_task6_transfer_card(check, practice):
    v, t = voices(practice), tone(practice)
    # The practice article names three sources (the town council, Grace Adeyemi, Leo Marsh), quotes two
    # passages and leaves at least two sources unnamed ("a council report", "Some shop owners").
    assert (v["named sources"], v["direct quotes"]) == (3, 2) and v["unnamed sources"] >= 2
    fb = check.transfer_card(practice, 3, v["unnamed sources"], 2, t["hedges"], t["boosters"])
    assert fb.status == "correct"
    seed_v = voices(check.article)
    assert seed_v["named sources"] != 3
    fb = check.transfer_card(practice, seed_v["named sources"], v["unnamed sources"], 2, t["hedges"], t["boosters"])
    assert fb.status == "partial" and "named sources" in fb.message and "§7" in fb.message
    assert _fresh(check).transfer_card(practice, ..., ..., ..., ..., ...).status == "unanswered"


def test_progress_counts_six_tasks(check):
    check.verdict(VERDICT)
    check.time_phrases(...)
    assert check.progress() == "05-capstone: 0 of 5 auto-checked tasks right · 1 of 1 written answers done · 5 not answered yet."
