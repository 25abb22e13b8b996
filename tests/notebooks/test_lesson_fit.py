"""Each checked lesson fits the minutes in its header, and its prose suits a 15-year-old reader.

The measures are bench/lesson_fit.py's: words shown / 175 per minute, plus 4 min per class
discussion, 2 per Try-it, 2 per widget and 15 s per code cell; no markdown sentence over
30 words; Flesch-Kincaid grade of the markdown 9 or below.
"""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("lesson_fit", ROOT / "bench" / "lesson_fit.py")
lesson_fit = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("lesson_fit", lesson_fit)  # dataclasses look their module up by name
_spec.loader.exec_module(lesson_fit)

# Every lesson in notebooks/, so a new or edited lesson is measured too.
LESSONS_CHECKED = sorted(p.name for p in (ROOT / "notebooks").glob("[0-9]*.ipynb"))


@pytest.fixture(scope="module", params=LESSONS_CHECKED)
def fit(request):
    return lesson_fit.lesson_fit(ROOT / "notebooks" / request.param)


def test_lesson_states_its_minutes(fit):
    assert fit.stated_minutes > 0, f"{fit.path.name}: no '**Time:** N minutes' in the header"


def test_estimate_fits_the_stated_minutes(fit):
    assert fit.estimated_minutes <= fit.stated_minutes, (
        f"{fit.path.name}: about {fit.estimated_minutes} min of work for {fit.stated_minutes} stated")


def test_no_sentence_over_30_words(fit):
    assert not fit.long_sentences, f"{fit.path.name}: {fit.long_sentences[:3]}"


def test_grade_at_most_9(fit):
    assert fit.grade <= lesson_fit.MAX_GRADE, f"{fit.path.name}: Flesch-Kincaid grade {fit.grade:.1f}"


def test_the_measure_can_fail(tmp_path):
    import nbformat
    nb = nbformat.v4.new_notebook()
    long = " ".join(["word"] * 40) + "."
    nb.cells = [nbformat.v4.new_markdown_cell("# X\n\n> **Time:** 1 minutes\n\n" + (long + " ") * 30)]
    path = tmp_path / "99-x.ipynb"
    nbformat.write(nb, path)
    f = lesson_fit.lesson_fit(path)
    assert f.stated_minutes == 1 and not f.fits and f.long_sentences
