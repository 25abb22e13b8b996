"""A beginner's slip in an exercise gets one kind line, in a real kernel; other errors keep their traceback."""

from pathlib import Path

import nbformat
from nbclient import NotebookClient

from medialit.checks.slips import CONFIG_LINE, install_config, slip_line, syntax_line

ROOT = Path(__file__).resolve().parents[2]
SETUP = ("import medialit, medialit.checks.lesson02\n"
         "article = medialit.load_article('../seeds/putin-istanbul-talks-2025.txt')\n"
         "check = medialit.checks.lesson02.Checks(article)")


def _run(*sources, env=None):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources])
    client = NotebookClient(nb, kernel_name="python3", allow_errors=True, timeout=120,
                            resources={"metadata": {"path": str(ROOT / "exercises")}})
    if env:
        with client.setup_kernel(env=env):
            for i, cell in enumerate(nb.cells):
                client.execute_cell(cell, i)
    else:
        client.execute()
    return [c.outputs for c in nb.cells]


def _error(outputs):
    errors = [o for o in outputs if o.output_type == "error"]
    assert len(errors) == 1, outputs
    return errors[0].traceback


def test_slips_after_setup_are_one_line_each():
    outs = _run(SETUP,
                'check.neutral_rewrite([expressed, maintained])',
                'why = "It names no one.\nSo nobody can check it."',
                "x = [1, 2",
                "1/0",
                "print(check.progress())")
    assert _error(outs[1]) == ['Put each answer in quotation marks, like "expressed" (without them, '
                               "Python looks for a variable called expressed)."]
    assert len(_error(outs[2])) == 1 and "triple quotes" in _error(outs[2])[0]
    assert len(_error(outs[3])) == 1 and "could not read line 1" in _error(outs[3])[0]
    assert len(_error(outs[4])) > 1, "a real error keeps its full traceback"
    assert "02-attribution:" in outs[5][0].text, "the notebook goes on"


def test_check_before_setup_needs_the_kernel_extension(tmp_path):
    """`--install` adds one config line; a kernel reading it says "run Setup first" (here via IPYTHONDIR)."""
    profile = tmp_path / "ipython" / "profile_default"
    install_config(tmp_path / "prefix")
    config = (tmp_path / "prefix" / "etc" / "ipython" / "ipython_kernel_config.py").read_text()
    assert config.count(CONFIG_LINE) == 1
    assert install_config(tmp_path / "prefix").startswith("already")
    profile.mkdir(parents=True)
    (profile / "ipython_kernel_config.py").write_text("c = get_config()\n" + CONFIG_LINE + "\n")
    import os
    env = dict(os.environ, IPYTHONDIR=str(tmp_path / "ipython"))
    outs = _run("check.missing(...)", "undefined_name", env=env)
    assert _error(outs[0]) == ["Run the Setup cell at the top first (click it, then press Shift + Enter), "
                               "then run this cell again."]
    assert len(_error(outs[1])) > 1, "before an exercise's Setup, other names keep the normal traceback"


def test_lessons_keep_normal_tracebacks_for_unknown_names():
    assert slip_line(NameError("name 'expressed' is not defined"), exercise=False) is None
    assert slip_line(NameError("name 'zelenskyy_verbs' is not defined"), exercise=True).startswith(
        "'zelenskyy_verbs' is set in an earlier cell")
    assert syntax_line('answer = """two\nlines"""') is None
