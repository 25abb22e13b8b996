"""Exercise 01's checks: the solution's answers pass, typical wrong answers get the right hint, and the
judgements accept any label with a reason, then show the kit's reading (never "wrong")."""

import tempfile
import json
from datetime import date
from pathlib import Path

import pytest

from medialit import load_article
from medialit.checks.classify import ClassifyWidget
from medialit.checks.lesson01 import (CREDIT_CHOICES, INDEPENDENCE, KIND_LABELS, MAX_JUDGED, Checks, judged_sources,
                                      practice_pack, practice_page)
from checks_support import fresh

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "putin-istanbul-talks-2025.txt"
PRACTICE = ROOT / "seeds" / "extra" / "ferry-vote-practice.txt"
BRIDGE = ROOT / "seeds" / "extra" / "footbridge-repairs-practice.txt"
ACTIVITIES = ROOT / "seeds" / "activities"

SUNDAY = date(2025, 5, 11)
TUESDAY = date(2025, 5, 13)  # the "written on" day the exercise assumes
CREDIT_TEXT = "Mara Lind/NPA / POOL HARBOUR HERALD OUT via Wavefront Images"
CREDIT = {"photographer": "Mara Lind", "agency": "NPA", "via": "Wavefront Images", "POOL": "b", "HARBOUR HERALD OUT": "c"}
FERRY_SOURCES = {
    "Gullwing Lines": "named because it is a company with a name, though no person in it is named",
    "A company spokesperson": "unnamed because we are told the job but not the name",
    "officials familiar with the budget": "unnamed because no official is named",
    "It is understood": "no source given because nobody is said to understand it",
    "Critics": "unnamed because we do not know who the critics are",
    "local reports": "unnamed because no outlet or report is named",
}


@pytest.fixture
def check(article):
    return Checks(article, folder=tempfile.mkdtemp())


@pytest.fixture(scope="module")
def ferry():
    return load_article(PRACTICE)


@pytest.fixture(scope="module")
def page():
    return practice_page(str(ACTIVITIES / "search-results.json"))


@pytest.fixture(scope="module")
def pack():
    return practice_pack(str(ACTIVITIES / "evidence-pack.json"))


# --- task 1 · what is missing (on the seed and on a practice article) -------------------------------

def test_missing_on_the_seed_accepts_the_four_signals_and_synonyms(check):
    assert check.missing(["byline", "date", "outlet", "links"]).status == "correct"
    assert check.missing(["Author", "publication date", "Publisher", "hyperlinks"]).status == "correct"
    assert check.missing(["byline", "date", "outlet", "links", "copyright 2024"]).status == "correct"


def test_missing_on_the_practice_article_knows_its_outlet_is_named(check):
    bridge = load_article(BRIDGE)
    assert check.missing(["byline", "date", "links"], other=bridge).status == "correct"
    fb = check.missing(["byline", "date", "outlet", "links"], other=bridge)  # the seed's answer, copied
    assert fb.status == "partial" and "1 extra item is not one of them ('outlet')" in fb.message
    fb = check.missing(["byline"], other=bridge)
    assert fb.status == "partial" and "2 still missing" in fb.message and "links" not in fb.message
    assert fresh(check).missing([], other=bridge).status == "unanswered"


def test_missing_on_an_article_that_has_everything():
    art = load_article("Rain Due\n\nBy Ana Lopez, 3 May 2024\n\nIt will rain, forecasters said. https://example.org\n\n"
                       "© 2024 The Daily Example")
    check = Checks(art, folder=tempfile.mkdtemp())
    assert check.missing(["none"]).status == "correct"
    assert check.missing(["byline"]).status == "wrong"


# --- tasks 2 and 7 · who can a reader identify? (judgements) ---------------------------------------

def test_source_items_favour_the_sources_that_need_judgement(check, ferry):
    assert list(FERRY_SOURCES) == [s.name for s in judged_sources(check.sources(ferry))]
    assert len(judged_sources(check.sources())) == MAX_JUDGED  # the seed: capped, so the task stays short


def test_sources_judged_with_reasons_show_the_kits_reading(check, ferry):
    fb = check.source_judgements(FERRY_SOURCES, ferry)
    assert fb.status == "judged" and fb.kind == "judgement" and not fb.correct
    assert "differ on 0" in fb.message and "word list" not in fb.message
    assert "the toolkit reads it as named group" in fb.details
    assert "we are told the job" in fb.reason


def test_a_reasoned_disagreement_is_not_wrong(check, ferry):
    mine = dict(FERRY_SOURCES, **{"Gullwing Lines": "unnamed because nobody in the company is named"})
    fb = check.source_judgements(mine, ferry)
    assert fb.status == "judged" and "differ on 1" in fb.message and "you differ" in fb.details


def test_sources_without_reasons_or_blank_get_a_nudge(check, ferry):
    fb = check.source_judgements({k: v.split(" because")[0] for k, v in FERRY_SOURCES.items()}, ferry)
    assert fb.status == "nudge" and "6 labels still need a reason" in fb.message
    fb = check.source_judgements({"Critics": "unnamed because we do not know who"}, ferry)
    assert fb.status == "nudge" and "5 of 6 sources not labelled yet" in fb.message
    assert fresh(check).source_judgements(..., ferry).status == "unanswered"


def test_source_judgements_work_on_the_seed_and_on_any_article(check, article):
    items = [s.name for s in judged_sources(check.sources(article))]
    fb = check.source_judgements({i: "unnamed because I cannot look it up" for i in items}, article)
    assert fb.status == "judged" and "reports" in fb.details
    plain = load_article("Quiet Day\n\nNothing happened today.")
    fb = fresh(check).source_judgements({"x": "named because y z"}, plain)
    assert fb.status == "unanswered" and "choose another one" in fb.message


def test_transfer_uses_its_own_task_label(check):
    bridge = load_article(BRIDGE)
    items = [s.name for s in judged_sources(check.sources(bridge))]
    fb = check.source_judgements({i: "named because the group can be called" for i in items}, bridge, transfer=True)
    assert fb.task.startswith("Task 7") and fb.status == "judged"


def test_source_widget_prefilled_and_blank(check, ferry):
    w = check.source_widget(ferry, FERRY_SOURCES)
    assert isinstance(w, ClassifyWidget) and "recorded" in w.feedback.value and "Correct" not in w.feedback.value
    assert list(w.dropdowns) == list(FERRY_SOURCES) and set(w.reasons) == set(FERRY_SOURCES)
    assert all(d.options[1:] == KIND_LABELS for d in w.dropdowns.values())
    blank = fresh(check).source_widget(ferry, ...)
    assert blank.feedback.value == "" and blank.labels() == {}


# --- task 3 · a photo credit ---------------------------------------------------------------------

def test_credit_accepts_the_solution_and_case_variants(check):
    assert check.photo_credit(CREDIT, credit=CREDIT_TEXT).status == "correct"
    loud = {"Photographer": "MARA LIND", "agency": "npa", "via": "wavefront images", "pool": "B",
            "harbour herald out": "c"}
    assert check.photo_credit(loud, credit=CREDIT_TEXT).status == "correct"


def test_credit_names_the_parts_to_look_at_again(check):
    fb = check.photo_credit(dict(CREDIT, photographer="NPA", agency="Mara Lind"), credit=CREDIT_TEXT)
    assert fb.status == "partial" and "3 of 5 parts right. Look again at: photographer, agency." in fb.message
    fb = check.photo_credit({"photographer": "Mara Lind"}, credit=CREDIT_TEXT)
    assert "Not answered yet: agency, via, POOL, HARBOUR HERALD OUT." in fb.message
    assert fresh(check).photo_credit(..., credit=CREDIT_TEXT).status == "unanswered"


def test_credit_of_the_seed_and_of_a_practice_article(check, ferry):
    fb = check.photo_credit({"photographer": "Gavriil Grigorov", "agency": "Sputnik", "via": "AMNA"}, which=1)
    assert fb.status == "correct"
    assert check.photo_credit({"photographer": "x"}, which=3).status == "wrong"
    ferry_credit = ferry.blocks_of("caption")[0].credit
    fb = check.photo_credit({"photographer": "Jana Holm", "agency": "Coastline Press", "via": "NPA"}, credit=ferry_credit)
    assert fb.status == "correct"
    assert set(CREDIT_CHOICES) == {"a", "b", "c", "d", "e"}


# --- task 4 · "a few days ago" -------------------------------------------------------------------

def test_few_days_accepts_dates_and_iso_strings(check):
    assert check.few_days_ago((date(2025, 5, 6), date(2025, 5, 11)), TUESDAY).status == "correct"
    assert check.few_days_ago(["2025-05-06", "2025-05-11"], TUESDAY).status == "correct"


def test_few_days_typical_mistakes(check):
    lesson = check.few_days_ago((date(2025, 5, 4), date(2025, 5, 9)), TUESDAY)  # the lesson's answer, for 11 May
    assert lesson.status == "wrong" and "2 to 7 days" in lesson.message and "6 May" not in lesson.message
    fb = check.few_days_ago((date(2025, 5, 11), date(2025, 5, 6)), TUESDAY)
    assert fb.status == "partial" and "wrong order" in fb.message
    fb = check.few_days_ago((date(2025, 5, 8), date(2025, 5, 13)), TUESDAY)
    assert fb.status == "wrong" and "'Ago' means before" in fb.message
    fb = check.few_days_ago((date(2025, 5, 6), date(2025, 5, 10)), TUESDAY)
    assert fb.status == "partial" and fb.message.startswith("One end is right.") and "11 May" not in fb.message
    assert check.few_days_ago(("6 May", "11 May"), TUESDAY).message.startswith("Write each date as date(")


def test_few_days_follows_the_written_on_day_and_the_article(check, ferry):
    assert check.few_days_ago((date(2025, 5, 4), date(2025, 5, 9)), SUNDAY).status == "correct"
    practice = Checks(ferry, folder=tempfile.mkdtemp())
    assert practice.few_days_ago((date(2024, 5, 29), date(2024, 6, 3)), date(2024, 6, 5)).status == "correct"


# --- task 5 · which result do you open first? (judgement) ---------------------------------------

def test_search_page_is_invented_and_differs_from_the_lessons():
    data = json.loads((ACTIVITIES / "search-results.json").read_text(encoding="utf-8"))
    assert data["results"][0]["rank"] == 1 and "drop of a hat" in data["query"]  # the lesson's page is unchanged
    practice = data["practice_pages"][0]
    assert practice["invented"] and "drop of a hat" not in practice["query"]
    assert all(r["url"].split("/")[2].endswith(".example") for r in practice["results"])


def test_search_choice_with_reasons(check, page):
    fb = check.search_choice({"open first": "2 because it is the council's own record",
                              "skip": "6 because it has no date and no link"}, page)
    assert fb.status == "judged" and "differ on 0" in fb.message  # 6 is one of the results worth skipping
    assert "council's own video" in fb.details


def test_search_choice_disagreeing_is_not_wrong(check, page):
    fb = check.search_choice({"open first": "3 because a dated newsroom is quicker to read",
                              "skip": "2 because a six-hour video takes too long"}, page)
    assert fb.status == "judged" and "differ on 2" in fb.message and not fb.correct


def test_search_choice_without_reason_or_blank(check, page):
    fb = check.search_choice({"open first": "2", "skip": "5 because it is off topic"}, page)
    assert fb.status == "nudge" and "('open first')" in fb.message
    fb = check.search_choice({"open first": "9 because it is best", "skip": "5 because it is off topic"}, page)
    assert fb.status == "nudge" and "not labelled yet" in fb.message  # no result 9 on the page
    assert fresh(check).search_choice(..., page).status == "unanswered"


# --- task 6 · which snippet is independent? (judgement) --------------------------------------------

SNIPPETS = {
    "NPA (news agency), its own website": "its own reporting because it is the agency's first story",
    "Harbour Herald website": "a copy of another item because the text is word for word NPA's",
    "Island FM website": "a copy of another item because it says Source: NPA",
    "Tern Island Gazette": "its own reporting because its reporter asked the company",
    "Gullwing Lines, press release": "one side's own statement because the company has a stake",
}


def test_independence_with_reasons(check, pack):
    fb = check.independence(SNIPPETS, pack)
    assert fb.status == "judged" and "differ on 0" in fb.message
    assert "word for word" in fb.details and "cannot tell" in INDEPENDENCE


def test_independence_disagreeing_or_missing_reasons(check, pack):
    mine = dict(SNIPPETS, **{"Gullwing Lines, press release": "its own reporting because it is the company's words"})
    assert "differ on 1" in check.independence(mine, pack).message
    fb = check.independence({k: v.split(" because")[0] for k, v in SNIPPETS.items()}, pack)
    assert fb.status == "nudge" and "5 labels still need a reason" in fb.message
    assert fresh(check).independence({}, pack).status == "unanswered"


def test_independence_widget_shows_each_snippet(check, pack):
    w = check.independence_widget(pack, SNIPPETS)
    assert list(w.dropdowns) == list(SNIPPETS) and "recorded" in w.feedback.value


# --- every task: not answered yet, progress and saving ---------------------------------------------

@pytest.mark.parametrize("call", [
    lambda c: c.missing(...), lambda c: c.source_judgements(..., load_article(PRACTICE)),
    lambda c: c.photo_credit(..., credit=CREDIT_TEXT), lambda c: c.few_days_ago(..., TUESDAY),
    lambda c: c.search_choice(..., practice_page(str(ACTIVITIES / "search-results.json"))),
    lambda c: c.independence(..., practice_pack(str(ACTIVITIES / "evidence-pack.json"))),
])
def test_unanswered_says_so(check, call):
    assert call(check).status == "unanswered"


def test_progress_counts_kinds_apart_and_saves(check, ferry, tmp_path):
    check.missing(["byline", "date", "outlet", "links"])
    check.source_judgements(FERRY_SOURCES, ferry)
    assert check.progress() == ("01-finding-sources: 1 of 3 auto-checked tasks right · 1 of 4 judgements with "
                                "reasons · 5 not answered yet.")
    message = check.save(tmp_path)
    assert "01-finding-sources-my-answers.md" in message
    saved = json.loads((tmp_path / "01-finding-sources-my-answers.json").read_text(encoding="utf-8"))
    task2 = saved["tasks"]["Task 2 · who can a reader identify?"]
    assert task2["kind"] == "judgement" and "job but not the name" in task2["reason"]


def test_solution_notebook_uses_these_answers():
    """The solution notebook's answers are the ones tested here (so the two cannot drift apart)."""
    nb = json.loads((ROOT / "solutions" / "01-finding-sources.ipynb").read_text(encoding="utf-8"))
    src = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert CREDIT_TEXT in src and "date(2025, 5, 6), date(2025, 5, 11)" in src
    for name, label in {**FERRY_SOURCES, **SNIPPETS}.items():
        assert f'"{name}": "{label.split(" because")[0]} because' in src


def test_pressing_check_again_changes_the_feedback(check, ferry):
    w = check.source_widget(ferry, FERRY_SOURCES)
    before = w.feedback.value
    w.check_button.click()
    assert w.feedback.value != before and "checked 2 times" in w.feedback.value
