"""A learner's trust ratings (lesson 00's prediction, lesson 05's verdict) never end up inside a notebook file:
they live only in the learner's answers file, and are shown only inside a widget when asked."""

import json
import shutil
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from medialit.prediction import FIRST, Prediction, save_prediction

ROOT = Path(__file__).resolve().parents[2]


def test_lesson_05_does_not_write_the_saved_prediction_into_its_outputs(tmp_path, monkeypatch):
    monkeypatch.delenv("MEDIALIT_ANSWERS_DIR", raising=False)
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    folder = tmp_path / "notebooks"
    folder.mkdir()
    secret = "My-private-reason-7f3a"
    save_prediction(Prediction(2, secret), folder)
    assert json.loads((folder / "00-start-here-my-answers.json").read_text())["trust_ratings"][FIRST]["reasons"] == secret
    nb = nbformat.read(ROOT / "notebooks" / "05-capstone.ipynb", as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(folder)}}).execute()
    stored = nbformat.writes(nb)  # what JupyterLab's autosave would write, widget state included
    assert secret not in stored
    assert "prediction_viewer()" in stored and "Save my verdict" in stored


def test_no_lesson_asks_for_private_entries_in_a_cell():
    for name in ("00-start-here", "05-capstone"):
        text = (ROOT / "notebooks" / f"{name}.ipynb").read_text(encoding="utf-8")
        assert "Double-click this cell and write your verdict" not in text
        assert "my-prediction.md" not in text and "print(mine.markdown()" not in text
