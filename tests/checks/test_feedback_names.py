"""Feedback names things: labels that differ by name, a decimal comma, a rewrite of one clause, one meaning of
"direct quotes". (Typo hints and verb forms are tested with exercise 01 and ``same_verb``.)"""

from pathlib import Path

import pytest

from medialit import find_quotes, load_article
from medialit.checks import lesson02, lesson04
from medialit.widgets import report_card_html

ROOT = Path(__file__).resolve().parents[2]
SEED = load_article(ROOT / "seeds" / "putin-istanbul-talks-2025.txt")


@pytest.fixture
def check02(tmp_path):
    return lesson02.Checks(SEED, folder=tmp_path)


def test_labels_that_differ_from_the_word_list_are_named(check02):
    tones = {item: "neutral because it reads as plain reporting to me" for item in check02.tone_items()}
    fb = check02.verb_tones(tones)
    differ = [row.split(":")[0] for row in fb.details.split(" · ") if "you differ" in row]
    assert differ == ["warned", "maintained", "noting", "dismissed"]


def test_a_faithful_rewrite_of_one_clause_is_accepted(check02):
    fb = check02.neutral_rewrite("Zelenskyy said that an immediate and comprehensive ceasefire is essential.")
    assert fb.correct, fb.message


def test_decimal_comma_in_exercise_04(tmp_path):
    assert lesson04._number("14,7") == 14.7


def test_direct_quotes_mean_one_thing_on_the_card_and_in_the_task(tmp_path):
    n = len(find_quotes(SEED.text))
    assert f"{n} direct quotes (passages in quotation marks)" in report_card_html(SEED)
