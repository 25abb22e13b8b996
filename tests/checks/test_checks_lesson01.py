"""Exercise 01's checks: the solution's answers pass, typical wrong answers get the right hint."""

import tempfile
import json
from datetime import date
from pathlib import Path

import pytest

from medialit import load_article
from medialit.checks.classify import ClassifyWidget
from medialit.checks.lesson01 import CREDIT_CHOICES, KIND_LABELS, Checks

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "putin-istanbul-talks-2025.txt"
PRACTICE = ROOT / "seeds" / "extra" / "ferry-vote-practice.txt"

KINDS = {
    "Vladimir Putin": "named", "European leaders": "named", "Volodymyr Zelenskyy": "named",
    "Emmanuel Macron": "named", "Friedrich Merz": "named", "Ukrainian officials": "unnamed",
    "It is noted": "no source given", "reports": "unnamed", "Tammy Bruce": "named",
}
SUNDAY = date(2025, 5, 11)  # the "written on" day the exercise assumes
CREDIT = {"photographer": "Ludovic Marin", "agency": "EPA", "via": "AMNA", "POOL": "b", "MAXPPP OUT": "c"}


@pytest.fixture
def check(article):
    return Checks(article)


def _fresh(check):
    """A new checker with no saved answers: a checker restores saved answers for ``...`` (see views/store.py)."""
    return type(check)(check.article, folder=tempfile.mkdtemp())


# --- task 1 · what is missing -------------------------------------------------------

def test_missing_accepts_the_four_signals_and_synonyms(check):
    assert check.missing(["byline", "date", "outlet", "links"]).status == "correct"
    assert check.missing(["Author", "publication date", "Publisher", "hyperlinks"]).status == "correct"
    # Mentioning the stale copyright as well is not wrong.
    assert check.missing(["byline", "date", "outlet", "links", "copyright 2024"]).status == "correct"


def test_missing_partial_and_extra(check):
    fb = check.missing(["byline", "date"])
    assert fb.status == "partial" and "2 of 4 missing signals found. 2 still missing." in fb.message
    assert "§2" in fb.message
    fb = check.missing(["byline", "date", "outlet", "links", "photos"])
    assert fb.status == "partial" and "1 extra item is not one of them" in fb.message


def test_missing_on_an_article_that_has_everything():
    art = load_article("Rain Due\n\nBy Ana Lopez, 3 May 2024\n\nIt will rain, forecasters said. https://example.org\n\n"
                       "© 2024 The Daily Example")
    check = Checks(art)
    assert check.missing(["none"]).status == "correct"
    assert check.missing(["byline"]).status == "wrong"


# --- task 2 · unnamed sources ----------------------------------------------------------

def test_unnamed_accepts_the_solution_and_variants(check):
    assert check.unnamed_sources(["Ukrainian officials", "reports", "It is noted"]).status == "correct"
    assert check.unnamed_sources(["officials", "Reports.", "it is noted that"]).status == "correct"


def test_unnamed_rejects_named_sources_and_counts_missing(check):
    fb = check.unnamed_sources(["Ukrainian officials", "Tammy Bruce"])
    assert fb.status == "partial"
    assert "1 of 3 unnamed or agentless sources found" in fb.message and "1 extra item" in fb.message
    fb = check.unnamed_sources(["European leaders", "Washington"])
    assert fb.status == "wrong" and "0 of 3" in fb.message and "See lesson 01 §1." in fb.message
    # The hint never names what is missing.
    assert "reports" not in fb.message and "noted" not in fb.message


# --- task 3 · named or unnamed ------------------------------------------------------------

def test_kinds_accepts_the_solution(check):
    assert set(check.kind_items()) == set(KINDS)
    assert check.source_kinds(KINDS).status == "correct"


def test_kinds_wrong_labels_are_counted(check):
    wrong = dict(KINDS, reports="named", **{"It is noted": "unnamed"})
    fb = check.source_kinds(wrong)
    assert fb.status == "partial" and "7 of 9 sources labelled as the toolkit does. Look again at: 'It is noted', 'reports'." in fb.message
    fb = check.source_kinds({k: "named" for k in KINDS if KINDS[k] != "named"})
    assert fb.status == "wrong" and "6 not labelled yet" in fb.message


def test_kinds_widget_prefilled_and_blank(check):
    w = check.kinds_widget(KINDS)
    assert isinstance(w, ClassifyWidget) and "Correct" in w.feedback.value
    assert list(w.dropdowns) == check.kind_items()
    assert all(d.options[1:] == KIND_LABELS for d in w.dropdowns.values())
    blank = _fresh(check).kinds_widget(...)  # the exercise's "kinds = ..."
    assert blank.feedback.value == "" and blank.labels() == {}


# --- task 4 · the photo credit --------------------------------------------------------------

def test_credit_accepts_the_solution_and_case_variants(check):
    assert check.photo_credit(CREDIT).status == "correct"
    loud = {"Photographer": "LUDOVIC MARIN", "agency": "epa", "via": "amna", "pool": "B", "maxppp out": "c"}
    assert check.photo_credit(loud).status == "correct"


def test_credit_names_the_parts_to_look_at_again(check):
    swapped = dict(CREDIT, photographer="EPA", agency="Ludovic Marin")
    fb = check.photo_credit(swapped)
    assert fb.status == "partial" and "3 of 5 parts right. Look again at: photographer, agency." in fb.message
    fb = check.photo_credit(dict(CREDIT, POOL="a", **{"MAXPPP OUT": "d"}))
    assert "Look again at: POOL, MAXPPP OUT." in fb.message and "§3" in fb.message
    fb = check.photo_credit({"photographer": "Ludovic Marin"})
    assert "Not answered yet: agency, via, POOL, MAXPPP OUT." in fb.message


def test_credit_first_photo_has_no_pool(check):
    fb = check.photo_credit({"photographer": "Gavriil Grigorov", "agency": "Sputnik", "via": "AMNA"}, which=1)
    assert fb.status == "correct" and "All 3 parts" in fb.message
    assert check.photo_credit(CREDIT, which=3).status == "wrong"
    assert set(CREDIT_CHOICES) == {"a", "b", "c", "d", "e"}


# --- task 5 · "a few days ago" ----------------------------------------------------------------

def test_few_days_accepts_dates_and_iso_strings(check):
    assert check.few_days_ago((date(2025, 5, 4), date(2025, 5, 9)), SUNDAY).status == "correct"
    assert check.few_days_ago(["2025-05-04", "2025-05-09"], SUNDAY).status == "correct"


def test_few_days_typical_mistakes(check):
    fb = check.few_days_ago((date(2025, 5, 9), date(2025, 5, 4)), SUNDAY)
    assert fb.status == "partial" and "wrong order" in fb.message
    fb = check.few_days_ago((date(2025, 5, 1), date(2025, 5, 1)), SUNDAY)  # the record's day, not the article's account
    assert fb.status == "wrong" and "2 to 7 days" in fb.message and "§5" in fb.message
    fb = check.few_days_ago((date(2025, 5, 8), date(2025, 5, 11)), SUNDAY)
    assert fb.status == "wrong" and "'Ago' means before" in fb.message
    fb = check.few_days_ago((date(2025, 5, 4), date(2025, 5, 10)), SUNDAY)
    assert fb.status == "partial" and fb.message.startswith("One end is right.")
    assert "4 May" not in fb.message and "9 May" not in fb.message
    assert check.few_days_ago(date(2025, 5, 4), SUNDAY).status == "wrong"
    assert check.few_days_ago(("4 May", "9 May"), SUNDAY).message.startswith("Write each date as date(")


def test_few_days_follows_the_written_on_day(check):
    assert check.few_days_ago((date(2025, 5, 5), date(2025, 5, 10)), written_on=date(2025, 5, 12)).status == "correct"


# --- task 6 · the search ------------------------------------------------------------------------

def test_search_with_exact_words_and_speaker_passes(check):
    assert check.trace_search('"at the drop of a hat to mediate meetings" Tammy Bruce State Department').status == "correct"
    assert check.trace_search('\u201cdrop of a hat\u201d bruce').status == "correct"


def test_search_without_quotation_marks_or_speaker(check):
    fb = check.trace_search("drop of a hat Tammy Bruce")
    assert fb.status == "partial" and "inside quotation marks" in fb.message and "§4" in fb.message
    fb = check.trace_search('"drop of a hat"')
    assert fb.status == "partial" and "Add who said" in fb.message
    fb = check.trace_search("US stops mediating Ukraine")
    assert fb.status == "wrong" and "quoted words themselves" in fb.message
    fb = check.trace_search('"stops mediating meetings" Bruce')  # quoted, but not the article's words
    assert fb.status == "wrong"


def test_search_can_trace_any_of_the_quotes(check):
    assert check.trace_search('"eliminating the root causes of the conflict" Putin').status == "correct"
    fb = check.trace_search('"eliminating the root causes of the conflict" Tammy Bruce')  # the wrong speaker
    assert fb.status == "partial" and "Add who said" in fb.message


# --- task 7 · transfer ------------------------------------------------------------------------------

def test_transfer_on_the_practice_article(check):
    practice = load_article(PRACTICE)
    answer = ["A company spokesperson", "officials familiar with the budget", "It is understood", "Critics",
              "local reports"]
    assert check.transfer_unnamed(practice, answer).status == "correct"
    fb = check.transfer_unnamed(practice, ["Ruth Okafor", "Critics"])
    assert fb.status == "partial" and "1 of 5" in fb.message and "1 extra item" in fb.message
    fb = check.transfer_unnamed(practice, ["Ukrainian officials", "European leaders"])  # from the seed, not this text
    assert fb.status == "wrong"


def test_transfer_on_a_text_with_only_named_sources(check):
    plain = load_article("Bridge Opens\n\nMayor Ana Lopez said the bridge was open.")
    assert check.transfer_unnamed(plain, ["none"]).status == "correct"
    assert "answer 'none'" in check.transfer_unnamed(plain, ["officials"]).message


# --- every task: not answered yet, and progress ---------------------------------------------------

@pytest.mark.parametrize("call", [
    lambda c: c.missing(...), lambda c: c.unnamed_sources(...), lambda c: c.source_kinds(...),
    lambda c: c.photo_credit(...), lambda c: c.few_days_ago(..., SUNDAY), lambda c: c.trace_search(...),
    lambda c: c.transfer_unnamed(load_article(PRACTICE), ...),
])
def test_unanswered_says_so(check, call):
    fb = call(check)
    assert fb.status == "unanswered"


def test_progress_counts_seven_tasks_and_saves(check, tmp_path):
    check.missing(["byline", "date", "outlet", "links"])
    check.unnamed_sources(...)
    assert check.progress() == "01-finding-sources: 1 of 7 auto-checked tasks right · 6 not answered yet."
    message = check.save(tmp_path)
    assert "01-finding-sources-my-answers.md" in message
    saved = (tmp_path / "01-finding-sources-my-answers.md").read_text(encoding="utf-8")
    assert "Task 1 · what is missing" in saved and "byline" in saved


def test_solution_notebook_uses_these_answers():
    """The solution notebook's answers are the ones tested here (so the two cannot drift apart)."""
    nb = json.loads((ROOT / "solutions" / "01-finding-sources.ipynb").read_text(encoding="utf-8"))
    src = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert '"photographer": "Ludovic Marin"' in src and "date(2025, 5, 4), date(2025, 5, 9)" in src
    for name, label in KINDS.items():
        assert f'"{name}": "{label}"' in src


def test_pressing_check_again_changes_the_feedback(check):
    # The browser test presses Check on the pre-filled solution widget and expects a visible change.
    w = check.kinds_widget(KINDS)
    before = w.feedback.value
    w.check_button.click()
    assert w.feedback.value != before and "checked 2 times" in w.feedback.value and "Correct" in w.feedback.value
