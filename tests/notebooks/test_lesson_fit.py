"""Each lesson fits the minutes in its header, and its prose suits a 15-year-old reader.

The measures come from bench/lesson_fit.py (words / 175 per minute + 4 min per discussion + 2 per Try-it
+ 2 per widget + 15 s per code cell; no markdown sentence over 30 words; Flesch-Kincaid grade <= 9).
The lessons are listed by name, so a lesson that is renamed or split must be added here on purpose.
"""
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("lesson_fit", ROOT / "bench" / "lesson_fit.py")
lesson_fit_module = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("lesson_fit", lesson_fit_module)  # dataclasses look their module up by name
_spec.loader.exec_module(lesson_fit_module)
lesson_fit = lesson_fit_module.lesson_fit

LESSONS_CHECKED = ["03-hedged-language.ipynb", "04-readability.ipynb", "04b-readability-extension.ipynb",
                   "05-capstone.ipynb"]


@pytest.fixture(scope="module", params=LESSONS_CHECKED)
def fit(request):
    path = ROOT / "notebooks" / request.param
    assert path.exists(), f"{request.param} is listed but missing"
    return lesson_fit(path)


def test_lesson_states_its_time(fit):
    assert fit.stated_minutes > 0, f"{fit.path.name}: no '**Time:** N minutes' in its header"


def test_lesson_fits_its_stated_time(fit):
    assert fit.estimated_minutes <= fit.stated_minutes, (
        f"{fit.path.name}: about {fit.estimated_minutes} min of work for {fit.stated_minutes} stated")


def test_no_sentence_over_30_words(fit):
    assert not fit.long_sentences, f"{fit.path.name}: {list(fit.long_sentences)[:3]}"


def test_prose_grade_at_most_9(fit):
    assert fit.grade <= lesson_fit_module.MAX_GRADE, f"{fit.path.name}: Flesch-Kincaid {fit.grade}"


def test_the_measure_catches_an_overrun(tmp_path):
    # The test above can fail: a lesson stating 1 minute with a discussion in it does not fit.
    import nbformat
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# X\n\n> **Time:** 1 minutes"),
                                         nbformat.v4.new_markdown_cell("**Discussion (class):** Why? " + "word " * 40)])
    path = tmp_path / "99-x.ipynb"
    nbformat.write(nb, path)
    result = lesson_fit(path)
    assert not result.fits and len(result.long_sentences) == 1
