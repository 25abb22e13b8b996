"""A stored tool says what to do before its cell is run (a fresh notebook on Binder is untrusted,
so JupyterLab shows each tool's plain-text stand-in until the learner runs the cell)."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from medialit import widgets
from medialit.checks.classify import ClassifyWidget
from medialit.views.prediction import prediction_widget
from medialit.views.toolbox import RUN_TO_SHOW, ToolBox

ROOT = Path(__file__).resolve().parents[2]
WIDGET = "application/vnd.jupyter.widget-view+json"


def test_a_tool_stands_in_for_itself_with_one_plain_sentence(tmp_path):
    tools = [widgets.readability_sandbox("Talks may resume. Nobody knows."),
             ClassifyWidget(["a"], ["x", "y"], lambda answers: None),
             prediction_widget(folder=tmp_path, title="An article")]
    for tool in tools:
        bundle = tool._repr_mimebundle_()
        assert isinstance(tool, ToolBox)
        assert bundle["text/plain"] == RUN_TO_SHOW
        assert bundle[WIDGET]["model_id"] == tool.model_id  # the tool itself is still there to draw


def _stored_widget_outputs(path: Path):
    for cell in nbformat.read(path, 4).cells:
        for output in cell.get("outputs", []):
            if WIDGET in output.get("data", {}):
                yield output["data"].get("text/plain", "")


@pytest.mark.parametrize("path", sorted([*ROOT.glob("notebooks/*.ipynb"), *ROOT.glob("solutions/*.ipynb"),
                                         *ROOT.glob("teacher/*.ipynb")]), ids=lambda p: p.name)
def test_no_stored_tool_shows_python_s_description_of_itself(path):
    stand_ins = list(_stored_widget_outputs(path))
    assert all(text == RUN_TO_SHOW for text in stand_ins), [t[:60] for t in stand_ins if t != RUN_TO_SHOW]
