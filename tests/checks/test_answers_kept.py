"""Nothing a learner does is lost: answer every exercise, then run it again from the top in a fresh kernel
(as Restart & Run All does), re-run the Setup cell alone, and save: every answer, widget choice and result
is still there, and no answers file ever shrinks.

Each exercise runs in a temporary copy of the kit; the "answers" are the solution twin's, run under the
exercise's name so that both write the same answers file.
"""

import json
import shutil
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[2]
EXERCISES = sorted((ROOT / "exercises").glob("*.ipynb"))
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
BLANK = "— choose —"


def _kit_copy(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "exercises").mkdir()
    return tmp_path / "exercises"


def _client(nb, folder: Path) -> NotebookClient:
    return NotebookClient(nb, timeout=180, kernel_name="python3", allow_errors=False,
                          resources={"metadata": {"path": str(folder)}})


def _widget_text(states: dict, model_id: str) -> str:
    """Every string a widget and its children show (labels, values, HTML), from the kernel's widget state."""
    state = states.get(model_id, {})  # nbclient keeps each model's state under its id
    parts = [v for k, v in state.items() if k in ("value", "description", "placeholder") and isinstance(v, str)]
    for child in state.get("children", []):
        parts.append(_widget_text(states, str(child).removeprefix("IPY_MODEL_")))
    return "\n".join(parts)


def _text(cell, client: NotebookClient | None = None) -> str:
    parts = []
    for out in cell.get("outputs", []):
        data = out.get("data", {})
        parts.append("".join(out.get("text", "")))
        parts.append("".join(data.get("text/plain", "")))
        parts.append("".join(data.get("text/html", "")))
        if client is not None and "application/vnd.jupyter.widget-view+json" in data:
            parts.append(_widget_text(client.widget_state, data["application/vnd.jupyter.widget-view+json"]["model_id"]))
    return "\n".join(parts)


def _answers_file(folder: Path, stem: str) -> dict:
    files = sorted(folder.glob(f"{stem}-my-answers*.json"))
    assert len(files) == 1, f"expected one answers file, found {[f.name for f in files]}"
    return json.loads(files[0].read_text(encoding="utf-8"))


def _menus(nb) -> list[dict]:
    """The saved state of every classification dropdown (the menus offering '— choose —')."""
    state = nb.metadata.get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})
    return [m["state"] for m in state.values()
            if m.get("model_name") == "DropdownModel" and BLANK in m["state"].get("_options_labels", [])]


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda p: p.stem)
def test_every_answer_survives_a_fresh_run_a_setup_rerun_and_a_save(exercise, tmp_path, monkeypatch):
    monkeypatch.delenv("MEDIALIT_ANSWERS_DIR", raising=False)  # the files go next to the notebook, as in class
    folder = _kit_copy(tmp_path)
    stem = exercise.stem

    # 1. The learner answers everything (the solution twin's answers) and saves.
    answered = nbformat.read(ROOT / "solutions" / exercise.name, as_version=4)
    _client(answered, folder).execute()
    first = _answers_file(folder, stem)
    tasks = first["tasks"]
    assert len(tasks) >= 5 and all(t["status"] != "unanswered" for t in tasks.values())
    assert first["schema"] == "medialit-answers/1" and first["notebook"] == stem
    assert len(first["article_sha256"]) == 64 and first["article_title"]
    size = sorted(folder.glob(f"{stem}-my-answers*.json"))[0].stat().st_size

    # 2. Restart & Run All on the learner's (unfilled) exercise, in a fresh kernel.
    nb = nbformat.read(exercise, as_version=4)
    shutil.copy(exercise, folder / exercise.name)
    client = _client(nb, folder)
    with client.setup_kernel():
        code = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"]
        for i in code:
            client.execute_cell(nb.cells[i], i)
        outputs = "\n".join(_text(nb.cells[i], client) for i in code)
        progress = [_text(nb.cells[i]) for i in code if "check.progress()" in nb.cells[i].source][0]
        auto = sum(t.get("kind", "auto") == "auto" for t in tasks.values())
        assert "all answered" in progress and f"{auto} of {auto} auto-checked tasks right" in progress, progress

        # 3. Re-run the Setup cell alone, then the progress cell.
        setup = next(i for i in code if "check = medialit" in nb.cells[i].source)
        client.execute_cell(nb.cells[setup], setup)
        progress_cell = next(i for i in code if "check.progress()" in nb.cells[i].source)
        client.execute_cell(nb.cells[progress_cell], progress_cell)
        assert "all answered" in _text(nb.cells[progress_cell])
        client.set_widgets_metadata()  # the widgets' state (the menus' choices) into nb.metadata

    after = _answers_file(folder, stem)
    assert after["tasks"].keys() == tasks.keys()
    for task, rec in tasks.items():
        assert after["tasks"][task]["answer"] == rec["answer"], task
        assert after["tasks"][task]["status"] == rec["status"], task
    assert sorted(folder.glob(f"{stem}-my-answers*.json"))[0].stat().st_size >= size - 200  # timestamps may differ
    # The task cells show the restored answers, and every classification menu has its choice back.
    assert outputs.count("Restored from your saved answers") >= len(tasks) - 1
    menus = _menus(nb)
    assert menus and all(m["_options_labels"][m["index"]] != BLANK for m in menus), \
        [m["_options_labels"][m["index"]] for m in menus]
    assert (folder / f"{stem}-my-answers.md").read_text(encoding="utf-8").count("## Task") == len(tasks)
