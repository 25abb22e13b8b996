"""Exercise 02's checks: each accepts the solution's answer, rejects typical wrong answers with
the right hint, and says "not answered yet" for ``...``. Keys come from the toolkit, so the
checks also work on other articles (tested on small invented texts)."""

import tempfile
from pathlib import Path

import pytest

import medialit
from medialit.analysis.attribution import Attribution
from medialit.checks import lesson02
from medialit.checks.lesson02 import Checks, same_verb, vague_sources, verbs_of

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "putin-istanbul-talks-2025.txt"
PRACTICE = ROOT / "seeds" / "extra" / "heatwave-forecast-practice.txt"

# The answers written in solutions/02-attribution.ipynb.
SOLUTION_TONES = {
    "stated": "neutral", "proposed": "neutral", "suggesting": "neutral", "called for": "neutral",
    "warned": "loaded", "said": "neutral", "referenced": "neutral", "expressed": "neutral",
    "maintained": "loaded", "emphasized": "neutral", "noting": "loaded", "stressed": "neutral",
    "dismissed": "loaded", "citing": "neutral", "indicated": "neutral", "confirmed": "neutral",
}
REWRITE = ("However, Ukrainian officials have said recent Russian ceasefire declarations were not real, "
           "citing ongoing heavy fighting.")
WHY = ("\"It is noted that\" is in the passive voice and names no one: we are not told who noted it. So a reader "
       "cannot check the claim, or ask whether the person who noted it knew. It also makes a claim from one "
       "side of the war sound like neutral fact.")


@pytest.fixture
def check(article):
    return Checks(article)


def _fresh(check):
    """A new checker with no saved answers: a checker restores saved answers for ``...`` (see views/store.py)."""
    return type(check)(check.article, folder=tempfile.mkdtemp())


def test_reporting_verbs_for_zelenskyy(check):
    answer = ["expressed", "maintained", "emphasized", "noting"]
    assert check.reporting_verbs("Zelenskyy", answer).correct
    # spelling variants of the name and of the verbs are forgiven
    assert check.reporting_verbs("Volodymyr Zelensky", ["Expressed", "maintains", "emphasised", "noted"]).correct
    fb = check.reporting_verbs("Zelenskyy", ["expressed", "emphasized"])
    assert fb.status == "partial" and "2 of 4 reporting verbs found. 2 still missing" in fb.message
    assert "02 §2" in fb.message
    fb = check.reporting_verbs("Zelenskyy", answer + ["stressed"])  # Merz's verb, not Zelenskyy's
    assert "1 extra item is not one of them" in fb.message
    assert _fresh(check).reporting_verbs("Zelenskyy", ...).status == "unanswered"
    fb = check.reporting_verbs("Zelinsky", answer)
    assert fb.status == "wrong" and "check the spelling of the name" in fb.message


def test_the_key_agrees_with_the_human_reading(check):
    """The key is computed by the finder; it must give the verbs the reference reading lists for Zelenskyy."""
    import json

    reading = json.loads((ROOT / "tests" / "data" / "seed-annotation.json").read_text(encoding="utf-8"))
    by_hand = [a["cue"] for a in reading["attributions"] if "Zelensk" in (a["source"] or "")]
    key = verbs_of(check.attributions(), "Zelenskyy")
    assert sorted(key) == sorted(dict.fromkeys(by_hand))


def test_same_verb_forgives_forms_but_not_other_verbs():
    assert same_verb("expressed his support", "expressed")
    assert same_verb("tell", "told") and same_verb("says", "said")
    assert not same_verb("stated", "said") and not same_verb("", "said")
    assert not same_verb("concern", "expressing concern")


def _reasoned(labels):
    return {k: f"{v} because of how it reports the words here" for k, v in labels.items()}


def test_verb_tones_accept_any_label_with_a_reason(check):
    assert check.tone_items() == list(SOLUTION_TONES)
    fb = check.verb_tones(_reasoned(SOLUTION_TONES))
    assert fb.status == "judged" and fb.kind == "judgement" and "differ on 0" in fb.message
    fb = check.verb_tones(_reasoned({k: "neutral" for k in SOLUTION_TONES}))  # a reasoned disagreement
    assert fb.status == "judged" and "differ on 4" in fb.message and not fb.correct
    assert "warned: you — neutral" in fb.details and "word list — loaded" in fb.details
    assert "02 §3" in fb.message
    fb = check.verb_tones(SOLUTION_TONES)  # labels without reasons
    assert fb.status == "nudge" and "16 labels still need a reason" in fb.message
    fb = check.verb_tones({"warned": "loaded because it sounds like a threat"})
    assert "15 of 16 reporting verbs not labelled yet" in fb.message
    assert _fresh(check).verb_tones(...).status == "unanswered"


def test_tone_widget_prefilled_and_blank(check):
    assert "judgement is recorded" in check.tone_widget(_reasoned(SOLUTION_TONES)).feedback.value
    blank = _fresh(check).tone_widget(...)  # the exercise: tones = ...
    assert blank.feedback.value == "" and list(blank.dropdowns) == check.tone_items()
    assert set(blank.reasons) == set(blank.dropdowns)  # a "because" box per verb
    blank.dropdowns["dismissed"].value = "neutral"
    blank.check_button.click()
    assert "Say a little more" in blank.feedback.value and "reason" in blank.feedback.value
    blank.reasons["dismissed"].value = "it says what they did with the declarations"
    assert blank.labels()["dismissed"] == "neutral because it says what they did with the declarations"
    assert check.tone_contexts()["dismissed"] == "However, Ukrainian officials have dismissed recent Russian ceasefire declarations, citing"


def test_neutral_rewrite(check):
    fb = check.neutral_rewrite(REWRITE)
    assert fb.correct and "'said'" in fb.message
    fb = check.neutral_rewrite("However, Ukrainian officials have dismissed recent Russian ceasefire declarations.")
    assert fb.status == "wrong" and "still has a loaded verb: 'dismissed'" in fb.message
    fb = check.neutral_rewrite("Recent Russian ceasefire declarations were not real.")  # the source is gone
    assert fb.status == "wrong" and "no attribution" in fb.message
    fb = check.neutral_rewrite("Tammy Bruce said that recent Russian ceasefire declarations were not real.")
    assert fb.status == "partial" and "keep the same source" in fb.message
    fb = check.neutral_rewrite("Ukrainian officials said they liked the weather in spring very much.")
    assert fb.status == "partial" and "keep what the source said" in fb.message
    assert _fresh(check).neutral_rewrite(...).status == "unanswered"


def test_unnamed_sources(check):
    assert check.unnamed_sources(["Ukrainian officials", "reports", "It is noted"]).correct
    assert check.unnamed_sources(["officials", "reports indicated", "it is noted that"]).correct
    fb = check.unnamed_sources(["Ukrainian officials", "reports"])
    assert fb.status == "partial" and "2 of 3 unnamed or agentless sources found. 1 still missing" in fb.message
    fb = check.unnamed_sources(["Ukrainian officials", "reports", "It is noted", "Merz"])  # Merz is named
    assert "1 extra item is not one of them" in fb.message and "02 §4" in fb.message
    assert _fresh(check).unnamed_sources(...).status == "unanswered"


def test_vague_sources_skip_pronouns_and_named_sources():
    a = Attribution("officials", "unnamed", "said", False, 10, 14, "neutral", 0, 9, "")
    b = Attribution(None, "agentless", "It is believed", False, 20, 34, "neutral", None, None, "")
    c = Attribution("they", "unnamed", "stress", False, 40, 46, "neutral", 35, 39, "")
    d = Attribution("Ann Lee", "named person", "said", False, 50, 54, "neutral", 42, 49, "")
    assert vague_sources([a, b, c, d, a]) == ["officials", "It is believed"]


def test_explain_agentless_is_received_never_correct(check):
    fb = check.explain_agentless(WHY)
    assert fb.status == "received" and not fb.correct and "Both sides" in fb.details
    assert "say a little more" in check.explain_agentless("Nobody is named.").message
    no_keywords = ("The phrase uses the passive voice, so we never learn who noted the Easter ceasefire. That hides "
                   "the source from the reader and makes a disputed account of the fighting sound settled.")
    assert check.explain_agentless(no_keywords).status == "received"  # no keyword decides anything
    assert _fresh(check).explain_agentless(...).status == "unanswered"


def test_biggest_voice(check):
    assert check.biggest_voice("Vladimir Putin").correct
    assert check.biggest_voice("putin").correct
    fb = check.biggest_voice("Volodymyr Zelenskyy")
    assert fb.status == "wrong" and "not the biggest one" in fb.message and "02 §5" in fb.message
    fb = check.biggest_voice("Keir Starmer")  # mentioned, but never speaks
    assert fb.status == "wrong" and "not one of the sources" in fb.message
    assert _fresh(check).biggest_voice(...).status == "unanswered"


def test_transfer_on_the_practice_article(check):
    practice = medialit.load_article(PRACTICE)
    assert check.transfer_verbs(practice, "Mira Solberg", ["said", "warned", "told"]).correct
    fb = check.transfer_verbs(practice, "Solberg", ["said", "told"])  # "warned against panic" missed
    assert fb.status == "partial" and "1 still missing" in fb.message
    assert _fresh(check).transfer_verbs(practice, "Solberg", ...).status == "unanswered"


def test_checks_work_on_another_article():
    art = medialit.load_article("Harbour Plan\n\nMayor Ann Lee said the plan was ready. Critics claimed "
                                "it was rushed. It is understood that the vote was delayed.")
    check = Checks(art)
    assert check.reporting_verbs("Ann Lee", ["said"]).correct
    assert check.verb_tones({"said": "neutral because it just reports", "claimed": "loaded because it doubts them"}).status == "judged"
    assert check.unnamed_sources(["critics", "It is understood"]).correct
    assert check.biggest_voice("Ann Lee").status in ("correct", "wrong")  # answers, never crashes


def test_progress_counts_each_task_once(check):
    check.reporting_verbs("Zelenskyy", ["said"])
    check.reporting_verbs("Zelenskyy", ["expressed", "maintained", "emphasized", "noting"])  # re-run replaces
    check.biggest_voice(...)
    assert check.progress() == "02-attribution: 1 of 4 auto-checked tasks right · 0 of 1 written answers done · 0 of 2 judgements with reasons · 6 not answered yet."
    assert lesson02.Checks.total == 7


def test_a_list_typed_as_one_string_is_read_as_a_list(check):
    assert check.reporting_verbs("Zelenskyy", "expressed, maintained, emphasized and noting").correct
    assert check.unnamed_sources("Ukrainian officials; reports; It is noted").correct


def test_claim_labels_accept_a_reasoned_label_and_show_the_kits_reading(check):
    items = check.claim_items()
    assert len(items) == 9 and items[0] == "sentence 1 (line 8)"
    fb = check.claim_labels({i: "fact that can be checked because other outlets could report it" for i in items})
    assert fb.status == "judged" and not fb.correct and "responded to" in fb.details
    assert check.claim_labels({items[0]: "writer's interpretation"}).status == "nudge"
    other = Checks(medialit.load_article(PRACTICE), folder=tempfile.mkdtemp())
    assert other.claim_items() == [] and "key is for the lesson article" in other.claim_labels({}).message
