"""The activity widgets: real data loads, choices are kept per item, the reading waits, everything is escaped."""

import json
from pathlib import Path

import pytest

from medialit.analysis.activities import (evidence_pack_from_dict, load_evidence_pack, load_quote_check,
                                          load_search_page, load_sentence_sort, quote_check_from_dict,
                                          sentence_sort_from_dict)
from medialit.analysis.text import ArticleError
from medialit.views.activities import (NOT_CHOSEN, evidence_table, quote_checker, search_chooser,
                                       sentence_sort)

ACTIVITIES = Path(__file__).resolve().parents[2] / "seeds" / "activities"
EVIL = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def seed_views():
    return {
        "search": search_chooser(load_search_page(ACTIVITIES / "search-results.json")),
        "pack": evidence_table(load_evidence_pack(ACTIVITIES / "evidence-pack.json"), "C2"),
        "quotes": quote_checker(load_quote_check(ACTIVITIES / "quote-check.json")),
        "sort": sentence_sort(load_sentence_sort(ACTIVITIES / "news-claim-interpretation.json")),
    }


def test_seed_data_loads_whole():
    assert len(load_evidence_pack(ACTIVITIES / "evidence-pack.json").snippets) == 10
    assert len(load_search_page(ACTIVITIES / "search-results.json").results) == 8
    assert [f.fragment for f in load_quote_check(ACTIVITIES / "quote-check.json").fragments] == [
        "without preconditions", "eliminating the root causes of the conflict", "lasting peace"]
    sort = load_sentence_sort(ACTIVITIES / "news-claim-interpretation.json")
    assert len(sort.sentences) == 9 and sort.discussion_cases == ("s1", "s9")


def test_missing_or_broken_file_is_one_line(tmp_path):
    with pytest.raises(ArticleError, match="No activity file"):
        load_evidence_pack(tmp_path / "nope.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ArticleError, match="cannot be read"):
        load_sentence_sort(bad)
    bad.write_text(json.dumps({"labels": {}}), encoding="utf-8")
    with pytest.raises(ArticleError, match="'paragraphs'"):
        load_sentence_sort(bad)


def test_every_control_is_labelled(seed_views):
    for view in seed_views.values():
        for name, control in view.controls.items():
            assert (control.description or "").strip(), f"{name} has no label"


def test_reading_waits_for_the_button_and_hides_again_on_a_new_item(seed_views):
    view = seed_views["sort"]
    assert "Our reading" not in view.output_html.value
    view.controls["reveal"].value = True
    assert "Our reading" in view.output_html.value and "writer&#x27;s interpretation" in view.output_html.value
    view.controls["item"].value = "s2"
    assert view.controls["reveal"].value is False and "Our reading" not in view.output_html.value


def test_feedback_never_says_wrong(seed_views):
    for view in seed_views.values():
        for item in [v for _, v in view.controls["item"].options][:4]:
            view.controls["item"].value = item
            view.controls["reveal"].value = True
            assert "wrong" not in view.output_html.value.lower().replace("never marked wrong", "")
            assert "compare it with yours" in view.output_html.value


def test_answers_are_kept_per_item_and_restored(seed_views):
    view = seed_views["pack"]
    view.controls["item"].value = "unn"
    view.controls["independent"].value = "yes: its own reporting"
    view.controls["who"].value = "a Ukrainian agency"
    view.controls["item"].value = "tass"
    assert view.controls["who"].value == "" and view.controls["independent"].value == NOT_CHOSEN
    view.controls["item"].value = "unn"
    assert view.answers["unn"] == {"who": "a Ukrainian agency", "independent": "yes: its own reporting",
                                   "about": NOT_CHOSEN}
    assert view.controls["who"].value == "a Ukrainian agency"


def test_typed_words_are_not_echoed_into_the_output(seed_views):
    view = seed_views["quotes"]
    view.controls["dropped"].value = "my private note 12345"
    view.controls["reveal"].value = True
    assert "12345" not in view.output_html.value


def test_search_choice_is_one_answer_with_its_reason(seed_views):
    view = seed_views["search"]
    view.controls["item"].value = 6
    view.controls["why"].value = "a recording of the briefing"
    assert view.answers["page"]["open_first"] == 6
    assert view.answers["page"]["why"] == "a recording of the briefing"
    assert "You chose <b>result 6</b>" in view.output_html.value


def test_copies_and_ties_are_named_in_the_reading(seed_views):
    view = seed_views["pack"]
    view.controls["item"].value = "reuters-ndtv"
    view.controls["reveal"].value = True
    assert "It is a copy of Newsmax" in view.output_html.value
    view.controls["item"].value = "tass"
    view.controls["reveal"].value = True
    assert "Not independent of: Russian Embassy in Guyana" in view.output_html.value


def test_data_text_is_escaped():
    sort = sentence_sort_from_dict({"labels": {EVIL: EVIL}, "paragraphs": [{"sentences": [
        {"id": "s1", "article_line": 1, "sentence": EVIL, "label": EVIL, "reason": EVIL}]}]})
    pack = evidence_pack_from_dict({"claims": [{"id": "C1", "text": EVIL}], "snippets": [
        {"id": "a", "outlet": EVIL, "summary": EVIL, "who_is_behind": EVIL, "what_it_says_about_claim": {"C1": EVIL}}]})
    check = quote_check_from_dict({"sentences": [{"label": EVIL, "kremlin_english": EVIL,
                                                   "article_fragments": [{"fragment": EVIL, "fair_points": [EVIL]}]}]})
    for view in (sentence_sort(sort), evidence_table(pack), quote_checker(check)):
        view.controls["reveal"].value = True
        page = view.output_html.value + "".join(getattr(c, "value", "") for c in view.children
                                                if hasattr(c, "value") and isinstance(c.value, str))
        assert "<script>" not in page and "&lt;script&gt;" in page
