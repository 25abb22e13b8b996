"""In a notebook, the kit's input errors show as one line; other errors keep their traceback."""

from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[2]


def _run(*sources):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources])
    NotebookClient(nb, kernel_name="python3", allow_errors=True, timeout=120,
                   resources={"metadata": {"path": str(ROOT)}}).execute()
    return [c.outputs for c in nb.cells]


def test_bad_input_is_one_line_and_the_notebook_goes_on():
    outs = _run("import medialit", "medialit.load_article('my-artcle.txt')", "medialit.find_quotes(42)",
                "1/0", "print('still here')")
    missing, wrong_type, bug, after = outs[1][0], outs[2][0], outs[3][0], outs[4][0]
    assert missing.output_type == "error"
    assert missing.traceback == ["ArticleError: No file at 'my-artcle.txt'. Check the name and folder "
                                 "(tip: use the file browser on the left)."]
    assert wrong_type.traceback[0].startswith("TypeError: The text must be a string")
    assert len(wrong_type.traceback) == 1
    assert len(bug.traceback) > 1, "other errors keep their full traceback"
    assert after.text == "still here\n"
