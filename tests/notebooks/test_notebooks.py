"""Every lesson and every (unfilled) exercise runs top to bottom in a fresh kernel without errors or warnings,
and again with its cells re-run in reverse order (learners run cells out of order).

The solutions are checked separately, output by output, by nbval (see pyproject.toml).
"""

import json
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[2]
LESSONS = sorted((ROOT / "notebooks").glob("*.ipynb"))
EXERCISES = sorted((ROOT / "exercises").glob("*.ipynb"))
TEACHER = sorted((ROOT / "teacher").glob("*.ipynb"))  # the class overview
EXPECTED_LESSONS = ["00-start-here", "01-finding-sources", "01b-reading-laterally", "02-attribution", "03-hedged-language",
                    "04-readability", "04b-readability-extension", "05-capstone"]


def test_all_lessons_exist():
    assert [p.stem for p in LESSONS] == EXPECTED_LESSONS


def _problems(outputs):
    for out in outputs:
        if out.get("output_type") == "error":
            yield f"error: {out.get('ename')}: {out.get('evalue')}"
        elif out.get("output_type") == "stream" and out.get("name") == "stderr":
            yield f"stderr: {''.join(out.get('text', ''))[:200]}"


def _run(path: Path):
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=120, kernel_name="python3", allow_errors=True,
                            resources={"metadata": {"path": str(path.parent)}})
    with client.setup_kernel():
        code_cells = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"]
        for i in code_cells:
            client.execute_cell(nb.cells[i], i)
        first = [(i, p) for i in code_cells for p in _problems(nb.cells[i].outputs)]
        for i in reversed(code_cells):
            client.execute_cell(nb.cells[i], i)
        again = [(i, p) for i in code_cells for p in _problems(nb.cells[i].outputs)]
    return first, again


@pytest.mark.parametrize("path", LESSONS + EXERCISES + TEACHER, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_notebook_runs_cleanly_in_order_and_out_of_order(path):
    first, again = _run(path)
    assert not first, f"{path.name} (top to bottom): {first[:3]}"
    assert not again, f"{path.name} (cells re-run in reverse order): {again[:3]}"


@pytest.mark.parametrize("path", LESSONS + sorted((ROOT / "solutions").glob("*.ipynb")),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_committed_outputs_are_present_and_clean(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code and all(c.get("outputs") is not None for c in code)
    assert sum(bool(c["outputs"]) for c in code) >= len(code) // 2, "commit the notebook with its outputs"
    problems = [p for c in code for p in _problems(c["outputs"])]
    assert not problems, problems[:3]


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_lesson_has_header_widget_figure_takeaway_and_key_points(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    md = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    for word in ("Objectives", "Questions", "Time", "Key points", "Discussion"):
        assert word in md, f"{path.name} lacks a '{word}' section"
    outputs = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c["outputs"]]
    assert any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in outputs), "no widget"
    # A figure is a PNG, shown as an <img> with its takeaway as alt text (views/plots.py).
    assert any("image/png" in o.get("data", {}) or "<img" in "".join(o.get("data", {}).get("text/html", ""))
               for o in outputs), "no figure"
    shown = ["".join(o.get("text", "")) + "".join(o.get("data", {}).get("text/html", "")) for o in outputs]
    assert "Takeaway" in md or any("Takeaway" in text for text in shown)  # printed, or a medialit.paragraph


WIDGET_MARKER = "# NBVAL_IGNORE_OUTPUT: a widget's model id changes on every run"


@pytest.mark.parametrize("path", LESSONS + sorted((ROOT / "solutions").glob("*.ipynb")),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_only_widget_cells_are_excused_from_nbval_and_each_says_why(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for i, cell in enumerate(c for c in nb["cells"] if c["cell_type"] == "code"):
        src = "".join(cell["source"])
        markers = [line.strip() for line in src.splitlines() if "NBVAL" in line]
        shows_widget = any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in cell["outputs"])
        assert markers == ([WIDGET_MARKER] if shows_widget else []), f"code cell {i}: {markers}"
