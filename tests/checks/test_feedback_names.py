"""Feedback names things: wrong labels by name, typos with a suggestion, any verb form, a decimal comma,
a list typed where one name is asked, a rewrite of one clause, one meaning of "direct quotes"."""

from pathlib import Path

import pytest

from medialit import find_quotes, load_article
from medialit.checks import lesson02, lesson04, lesson05
from medialit.widgets import report_card_html

ROOT = Path(__file__).resolve().parents[2]
SEED = load_article(ROOT / "seeds" / "putin-istanbul-talks-2025.txt")


@pytest.fixture
def check02(tmp_path):
    return lesson02.Checks(SEED, folder=tmp_path)


def test_a_typo_is_named_with_a_suggestion(check02):
    fb = check02.reporting_verbs("Zelenskyy", ["expresed", "maintained", "emphasized", "noting"])
    assert "'expresed' — did you mean 'expressed'?" in fb.message
    assert "not one of them ('expresed')" in fb.message


def test_any_form_of_the_verb_is_accepted(check02):
    assert check02.reporting_verbs("Zelenskyy", ["express", "maintain", "emphasise", "note"]).correct


def test_labels_that_differ_from_the_word_list_are_named(check02):
    tones = {item: "neutral because it reads as plain reporting to me" for item in check02.tone_items()}
    fb = check02.verb_tones(tones)
    differ = [row.split(":")[0] for row in fb.details.split(" · ") if "you differ" in row]
    assert differ == ["warned", "maintained", "noting", "dismissed"]


def test_a_list_where_one_name_is_asked_says_the_format(check02):
    fb = check02.biggest_voice(["Vladimir Putin", "Zelenskyy"])
    assert fb.status == "wrong" and 'Give one name, in quotation marks' in fb.message


def test_a_faithful_rewrite_of_one_clause_is_accepted(check02):
    fb = check02.neutral_rewrite("Zelenskyy said that an immediate and comprehensive ceasefire is essential.")
    assert fb.correct, fb.message


@pytest.mark.parametrize("grade", [(14, 7), "14,7", 14.7])
def test_a_decimal_comma_is_read_as_a_point(tmp_path, grade):
    check = lesson05.Checks(SEED, folder=tmp_path)
    key = lesson05.tone(SEED)
    fb = check.card_tone(key["hedges"], key["boosters"], grade)
    assert fb.correct, fb.message
    if grade != 14.7:
        assert "I read 14,7 as 14.7" in fb.message


def test_decimal_comma_in_exercise_04(tmp_path):
    assert lesson04._number("14,7") == 14.7


def test_direct_quotes_mean_one_thing_on_the_card_and_in_the_task(tmp_path):
    n = len(find_quotes(SEED.text))
    assert f"{n} direct quotes (passages in quotation marks)" in report_card_html(SEED)
    assert lesson05.voices(SEED)["direct quotes"] == n
