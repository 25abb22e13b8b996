"""Free-text answers written in an exercise's Markdown cells, read from the saved notebook file.

The generator marks each Markdown cell that asks for a written answer with
``metadata.medialit.written_answer`` (a short label) and ``question`` (the
cell's text before the prompt). JupyterLab keeps cell metadata when a learner
edits a cell, so the answer is found again however the cell was edited.

Why read the file rather than give each question a text box: the learner's
text stays in the notebook itself, where it is never lost, and where the
teacher's model answers sit in the solution twin; the answers file only
copies it for collection. The cost is that the file is as fresh as the last
save (JupyterLab autosaves every two minutes; Ctrl+S saves at once), and the
save message says so.

>>> cell = {"cell_type": "markdown", "source": "Why?\\nBecause nobody is named.",
...         "metadata": {"medialit": {"written_answer": "Why?", "question": "Why?\\n"}}}
>>> written_answers_of([cell])
{'Why?': 'Because nobody is named.'}
"""

from __future__ import annotations

from pathlib import Path


def _prompt() -> str:
    from ..exercises import MD_PROMPT
    return MD_PROMPT


def written_answers_of(cells: list) -> dict[str, str]:
    """Label -> the learner's text, for every marked Markdown cell the learner has written in."""
    out: dict[str, str] = {}
    for cell in cells:
        meta = (cell.get("metadata") or {}).get("medialit") or {}
        label = meta.get("written_answer")
        if cell.get("cell_type") != "markdown" or not label:
            continue
        src = cell.get("source", "")
        src = "".join(src) if isinstance(src, list) else src
        question = meta.get("question", "")
        if question and src.startswith(question):
            src = src[len(question):]
        text = src.replace(_prompt(), "").strip()
        if text:
            out[label] = text
    return out


def read_written_answers(notebook_file: str | Path) -> dict[str, str]:
    """The written answers in a notebook file; empty when the file is missing or unreadable."""
    import nbformat
    try:
        nb = nbformat.read(str(notebook_file), as_version=4)
    except (OSError, ValueError, nbformat.reader.NotJSONError):
        return {}
    return written_answers_of(nb.cells)
