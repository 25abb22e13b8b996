"""Exercise 02's checks: four judgements (any label with a reason is accepted, then the toolkit's or
the kit's reading is shown), one rewrite read by the toolkit, one written answer. Each is tested
right, wrong, with and without a reason, empty, on the seed and on a practice article."""

import tempfile
from pathlib import Path

import pytest

import medialit
from medialit.checks import lesson02
from medialit.checks.lesson02 import CHECKABLE, Checks, checkable, same_verb, tone_key
from checks_support import fresh

ROOT = Path(__file__).resolve().parents[2]
PRACTICE = ROOT / "seeds" / "extra" / "heatwave-forecast-practice.txt"

# The answers written in solutions/02-attribution.ipynb.
SOLUTION_TONES = {
    "stated": "neutral", "proposed": "neutral", "suggesting": "neutral", "called for": "neutral",
    "warned": "loaded", "said": "neutral", "referenced": "neutral", "expressed": "neutral",
    "maintained": "loaded", "emphasized": "neutral", "noting": "loaded", "stressed": "neutral",
    "dismissed": "loaded", "citing": "neutral", "indicated": "neutral", "confirmed": "neutral",
}
REWRITE = ("Ukrainian President Volodymyr Zelenskyy said on Sunday that he supported Putin's proposal but has said "
           "that an immediate and comprehensive ceasefire is essential.")
PLAN = ("I would start with 'Ukrainian officials' and search for statements by Ukraine's president and foreign "
        "minister about the Russian truce in the same week, on their own channels, and then compare the words.")


@pytest.fixture
def check(article):
    return Checks(article, folder=tempfile.mkdtemp())


def _reasoned(labels):
    return {k: f"{v} because of how it reports the words here" for k, v in labels.items()}


def test_same_verb_forgives_forms_but_not_other_verbs():
    assert same_verb("expressed his support", "expressed")
    assert same_verb("tell", "told") and same_verb("says", "said")
    assert not same_verb("stated", "said") and not same_verb("", "said")
    assert not same_verb("concern", "expressing concern")


def test_checkable_comes_from_the_toolkit():
    assert checkable("Ann Lee, the mayor, said the bridge will close.")[0] == CHECKABLE[0]
    label, why = checkable("Officials said the bridge will close.")
    assert label == CHECKABLE[1] and "'Officials'" in why
    assert checkable("The bridge will close.") == (CHECKABLE[1], "the toolkit finds no source at all in this sentence")


def test_versions_accept_any_label_with_a_reason(check):
    items = [f"version {x}" for x in "ABCD"]
    right = {i: ("can be checked" if i.endswith("C") else "cannot be checked") + " because of who is named" for i in items}
    fb = check.versions(right)
    assert fb.status == "judged" and fb.kind == "judgement" and not fb.correct and "differ on 0" in fb.message
    assert "You and the toolkit differ" in fb.message and "'Dana Kerr'" in fb.details
    wrong = {i: "can be checked because a reader could ask around" for i in items}  # a reasoned disagreement
    fb = check.versions(wrong)
    assert fb.status == "judged" and "differ on 3" in fb.message and "you differ" in fb.details
    fb = check.versions({i: "can be checked" for i in items})  # no reasons
    assert fb.status == "nudge" and "4 labels still need a reason" in fb.message
    assert check.versions({"version A": "cannot be checked because nobody"}).status == "nudge"  # 3 blank, short reason
    assert fresh(check).versions(...).status == "unanswered"


def test_version_widget_shows_each_sentence(check):
    blank = fresh(check).version_widget(...)
    assert list(blank.dropdowns) == [f"version {x}" for x in "ABCD"] and set(blank.reasons) == set(blank.dropdowns)
    blank.dropdowns["version A"].value = "cannot be checked"
    blank.check_button.click()
    assert "Say a little more" in blank.feedback.value


def test_verb_tones_accept_any_label_with_a_reason(check):
    assert check.tone_items() == list(SOLUTION_TONES)
    fb = check.verb_tones(_reasoned(SOLUTION_TONES))
    assert fb.status == "judged" and fb.kind == "judgement" and "differ on 0" in fb.message
    fb = check.verb_tones(_reasoned({k: "neutral" for k in SOLUTION_TONES}))  # a reasoned disagreement
    assert fb.status == "judged" and "differ on 4" in fb.message and not fb.correct
    assert "warned: you — neutral" in fb.details and "the word list — loaded" in fb.details
    fb = check.verb_tones(SOLUTION_TONES)  # labels without reasons
    assert fb.status == "nudge" and "16 labels still need a reason" in fb.message
    assert fresh(check).verb_tones(...).status == "unanswered"


def test_tone_widget_prefilled_and_blank(check):
    assert "judgement is recorded" in check.tone_widget(_reasoned(SOLUTION_TONES)).feedback.value
    blank = fresh(check).tone_widget(...)
    assert blank.feedback.value == "" and list(blank.dropdowns) == check.tone_items()
    blank.dropdowns["dismissed"].value = "neutral"
    blank.reasons["dismissed"].value = "it says what they did with the declarations"
    assert blank.labels()["dismissed"] == "neutral because it says what they did with the declarations"


def test_neutral_rewrite_is_read_by_the_toolkit(check):
    fb = check.neutral_rewrite(REWRITE)
    assert fb.correct and "'said' (neutral)" in fb.message and "'maintained'" in fb.message
    fb = check.neutral_rewrite("However, Ukrainian officials have dismissed recent Russian ceasefire declarations.")
    assert fb.status == "wrong" and "loaded verb: 'dismissed'" in fb.message
    fb = check.neutral_rewrite("Recent Russian ceasefire declarations were not real.")  # the source is gone
    assert fb.status == "wrong" and "no attribution" in fb.message
    fb = check.neutral_rewrite("Tammy Bruce said that recent Russian ceasefire declarations were not real.")
    assert fb.status == "partial" and "keep the same source" in fb.message
    fb = check.neutral_rewrite("Ukrainian officials said they liked the weather in spring very much.")
    assert fb.status == "partial" and "keep what the source said" in fb.message
    assert fresh(check).neutral_rewrite(...).status == "unanswered"


def test_claim_labels_use_sentences_the_lesson_does_not_sort(check):
    import json
    items = check.claim_items()
    assert len(items) == 6 and items[0] == "sentence 1 (line 6)"
    lesson = json.loads((ROOT / "seeds" / "activities" / "news-claim-interpretation.json").read_text("utf-8"))
    sorted_in_lesson = {s["sentence"] for p in lesson["paragraphs"] for s in p["sentences"]}
    rows = lesson02.article_key_rows(check.article, check.notebook, lesson02.CLAIM_TASK)
    assert not sorted_in_lesson & {r["sentence"] for r in rows.values()}
    assert all(r["sentence"] in check.article.text for r in rows.values())
    fb = check.claim_labels({i: "fact that can be checked because other outlets could report it" for i in items})
    assert fb.status == "judged" and not fb.correct and "powerful demonstration" in fb.details
    assert check.claim_labels({items[0]: "writer's interpretation"}).status == "nudge"
    other = Checks(medialit.load_article(PRACTICE), folder=tempfile.mkdtemp())
    assert other.claim_items() == [] and "key is for the lesson article" in other.claim_labels({}).message


def test_explain_source_is_received_never_correct(check):
    fb = check.explain_source(PLAN)
    assert fb.status == "received" and not fb.correct and fb.details and len(fb.selfcheck) >= 3
    assert "say a little more" in check.explain_source("Search for it.").message
    assert check.explain_source("who who check check banana " * 6).status == "nudge"
    assert fresh(check).explain_source(...).status == "unanswered"


def test_transfer_tones_on_the_practice_article(check):
    practice = medialit.load_article(str(PRACTICE))
    assert list(tone_key(medialit.find_attributions(practice.text), practice.text, "Mira Solberg")) == \
        ["said", "warned", "told"]
    fb = check.transfer_tones(practice, "Solberg", {"said": "neutral because it only reports",
                                                     "warned": "neutral because panic really is a danger",
                                                     "told": "neutral because it only reports"})
    assert fb.status == "judged" and "differ on 1" in fb.message and "warned: you — neutral" in fb.details
    assert check.transfer_tones(practice, "Solberg", {"said": "neutral"}).status == "nudge"
    assert fresh(check).transfer_tones(practice, "Solberg", ...).status == "unanswered"
    w = fresh(check).transfer_widget(practice, "Mira Solberg", ...)
    assert list(w.dropdowns) == ["said", "warned", "told"]
    with pytest.raises(ValueError, match="check the name"):
        check.transfer_widget(practice, "Nobody Here")


def test_checks_work_on_another_article():
    art = medialit.load_article("Harbour Plan\n\nMayor Ann Lee said the plan was ready. Critics claimed "
                                "it was rushed. It is understood that the vote was delayed.")
    check = Checks(art, folder=tempfile.mkdtemp())
    assert check.tone_items() == ["said", "claimed"]
    assert check.verb_tones({"said": "neutral because it just reports", "claimed": "loaded because it doubts them"}).status == "judged"
    assert check.neutral_rewrite("Critics said it was rushed.").correct
    assert check.versions({f"version {x}": "cannot be checked because nobody is named" for x in "ABCD"}).status == "judged"


def test_progress_counts_each_task_once(check):
    check.neutral_rewrite("Nobody.")
    check.neutral_rewrite(REWRITE)  # re-run replaces
    check.explain_source(PLAN)
    check.verb_tones(_reasoned(SOLUTION_TONES))
    assert check.progress() == ("02-attribution: 1 of 1 auto-checked tasks right · 1 of 1 written answers done · "
                                "1 of 4 judgements with reasons · 3 not answered yet.")
    assert lesson02.Checks.total == 6
