"""A beginner's slip in an exercise notebook gets one kind line, not a traceback.

Three slips are common enough to deserve their own words:

- running a task cell before the Setup cell (``NameError: name 'check' is not defined``);
- an answer typed without quotation marks (``[expressed, maintained]`` is a ``NameError``);
- an answer over several lines without triple quotes (a ``SyntaxError``).

How it is wired, and why:

- The exercise's Setup cell builds the checks (``Tasks``), which calls
  ``install()``. From then on, in that kernel, a ``NameError`` is shown as one
  line (IPython's ``set_custom_exc``), and an input transformer turns a cell
  Python cannot read into a one-line ``Slip`` (a ``SyntaxError`` never reaches
  ``set_custom_exc``, so it must be caught before the cell is compiled).
- "Check before Setup" happens before any kit code ran in the kernel, so no
  notebook cell can catch it. The module is therefore also an IPython
  extension: ``python -m medialit.checks.slips --install`` writes one line of
  IPython configuration into the kit's environment (``<venv>/etc/ipython/``),
  so every kernel there loads it at start. It only rewords the error for the
  name ``check`` until an exercise's Setup has run: lessons and other code keep
  their normal tracebacks.
- The same command puts the kit's JupyterLab settings (no "Jupyter news?"
  pop-up on first launch) into ``<venv>/share/jupyter/lab/settings/``: a wheel
  install does that by itself, the README's editable install does not.

>>> slip_line(NameError("name 'expressed' is not defined"), exercise=True)
'Put each answer in quotation marks, like "expressed" (without them, Python looks for a variable called expressed).'
>>> slip_line(NameError("name 'check' is not defined"), exercise=False)
'Run the Setup cell at the top first (click it, then press Shift + Enter), then run this cell again.'
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from pathlib import Path
from types import TracebackType

#: Names the exercise notebooks set in their own cells (not answers a learner types).
KIT_NAMES = frozenset({"check", "article", "practice", "medialit", "widgets", "date", "original", "sentence"})
CONFIG_LINE = "c.InteractiveShellApp.extensions.append('medialit.checks.slips')  # one-line hints (medialit)"

_state = {"exercise": False}


class Slip(Exception):
    """A beginner's slip, already put into words for the learner."""


def _name_of(err: NameError) -> str:
    name = getattr(err, "name", None)
    if name:
        return str(name)
    m = re.search(r"name '([^']+)' is not defined", str(err))
    return m.group(1) if m else ""


def slip_line(err: BaseException, exercise: bool) -> str | None:
    """The one line for a slip, or None when it is not one (then the full traceback is shown)."""
    if isinstance(err, Slip):
        return str(err)
    if not isinstance(err, NameError):
        return None
    name = _name_of(err)
    if name == "check":
        return "Run the Setup cell at the top first (click it, then press Shift + Enter), then run this cell again."
    if not exercise or not name:
        return None
    if name in KIT_NAMES or "_" in name or any(c.isdigit() for c in name):
        return (f"'{name}' is set in an earlier cell: run the cells above this one first "
                "(menu Run → Run All Above Selected Cell).")
    return (f'Put each answer in quotation marks, like "{name}" (without them, Python looks for a '
            f"variable called {name}).")


def syntax_line(code: str) -> str | None:
    """The one line for a cell Python cannot read, or None when it reads fine.

    >>> syntax_line('answer = "first line\\nsecond line"').startswith("Your answer runs over more than one line")
    True
    >>> syntax_line("x = [1, 2") is not None, syntax_line("x = 1") is None
    (True, True)
    """
    try:
        ast.parse(code)
    except SyntaxError as err:
        text = str(err.msg).lower()
        if "unterminated string" in text or "eol while scanning" in text:
            return ('Your answer runs over more than one line: put it between triple quotes, like '
                    'answer = """first line ... last line""".')
        return (f"Python could not read line {err.lineno or 1} of this cell ({err.msg}). Check the quotation marks, "
                "brackets and commas, and compare with the example in the task.")
    return None


def _transform(lines: list[str]) -> list[str]:
    """IPython input transformer: a cell with a syntax slip becomes one that raises ``Slip`` with the hint."""
    if not _state["exercise"]:
        return lines
    message = syntax_line("".join(lines))
    if message is None:
        return lines
    return [f"raise __import__('medialit.checks.slips', fromlist=['Slip']).Slip({message!r})\n"]


def _handler(shell, etype: type, value: BaseException, tb: TracebackType | None,
             tb_offset: int | None = None) -> list[str]:
    from ..views.notebook import FRIENDLY, one_line
    line = slip_line(value, _state["exercise"])
    if line is not None:
        lines = [line]
    elif isinstance(value, FRIENDLY):
        lines = one_line(etype, value)
    else:  # not a slip: the normal, full traceback
        lines = shell.InteractiveTB.structured_traceback(etype, value, tb, tb_offset=tb_offset)
    shell._showtraceback(etype, value, lines)
    return lines


def install(shell=None, exercise: bool = True) -> bool:
    """Show slips as one line in the running IPython (``exercise``: the Setup cell of an exercise ran)."""
    from ..views.notebook import FRIENDLY, running_shell

    shell = shell if shell is not None else running_shell()
    if shell is None:
        return False
    _state["exercise"] = _state["exercise"] or exercise
    shell.set_custom_exc(FRIENDLY + (NameError, Slip), _handler)
    if _transform not in shell.input_transformers_post:
        shell.input_transformers_post.append(_transform)
    return True


def load_ipython_extension(shell) -> None:
    """Loaded at kernel start (see ``--install``): rewords only "check before Setup"."""
    install(shell, exercise=False)


def config_file(prefix: str | Path = sys.prefix) -> Path:
    """The IPython kernel configuration file of the environment at ``prefix``."""
    return Path(prefix) / "etc" / "ipython" / "ipython_kernel_config.py"


def install_config(prefix: str | Path = sys.prefix) -> str:
    """Add the extension line to the environment's kernel configuration (once); returns what was done."""
    path = config_file(prefix)
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if CONFIG_LINE in old:
        return f"already set up: {path}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(old + ("\n" if old and not old.endswith("\n") else "") + CONFIG_LINE + "\n", encoding="utf-8")
    return f"written: {path}"


# JupyterLab settings the kit ships (the same as jupyter-settings/overrides.json, which a wheel
# install puts in place by itself): never ask "get notified about official Jupyter news?", which
# covers the lesson on first launch, and never look for updates (the kit runs offline). Code cells
# wrap long lines at the cell's edge: on a projector at 1024x768 a line that runs off to the right
# is a line the class cannot read, and a learner does not know to scroll sideways.
NEWS_PLUGIN = "@jupyterlab/apputils-extension:notification"
NOTEBOOK_PLUGIN = "@jupyterlab/notebook-extension:tracker"
LAB_OVERRIDES = {
    NEWS_PLUGIN: {"fetchNews": "false", "checkForUpdates": False},
    NOTEBOOK_PLUGIN: {"codeCellConfig": {"lineWrap": True}},
}


def lab_settings_file(prefix: str | Path = sys.prefix) -> Path:
    """JupyterLab's overrides file in the environment at ``prefix`` (its ``app_settings_dir``)."""
    return Path(prefix) / "share" / "jupyter" / "lab" / "settings" / "overrides.json"


def merge_settings(current: dict, ours: dict) -> dict:
    """``current`` with ``ours`` laid over it, key by key, keeping every setting ``ours`` does not name.

    >>> merge_settings({"a": {"x": 1, "y": {"p": 1}}}, {"a": {"y": {"q": 2}}})
    {'a': {'x': 1, 'y': {'p': 1, 'q': 2}}}
    """
    merged = dict(current)
    for key, value in ours.items():
        old = merged.get(key)
        merged[key] = merge_settings(old, value) if isinstance(value, dict) and isinstance(old, dict) else value
    return merged


def install_lab_settings(prefix: str | Path = sys.prefix) -> str:
    """Merge the kit's JupyterLab settings into the environment's overrides.json; returns what was done.

    An editable install (``pip install -e .``, as requirements.txt does) skips
    the wheel's data files, so this puts them in place. Other settings already
    in the file are kept; a file that is not JSON is left alone, with one line.
    """
    path = lab_settings_file(prefix)
    try:
        current = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    except (OSError, UnicodeDecodeError, ValueError):
        current = None
    if not isinstance(current, dict):
        return f"not changed: {path} is not a JSON settings file; add {json.dumps(LAB_OVERRIDES)} to it by hand"
    merged = merge_settings(current, LAB_OVERRIDES)
    if merged == current:
        return f"already set up: {path}"
    from ..views.store import write_atomic  # the kit's one atomic writer: JupyterLab never reads half a file
    write_atomic(path, json.dumps(merged, indent=2) + "\n")
    return f"written: {path}"


def main(argv: list[str] | None = None) -> int:
    """``python -m medialit.checks.slips --install``: one-line hints in every kernel here, and no news pop-up."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--install", action="store_true",
                        help="write the IPython kernel configuration line and JupyterLab's settings")
    args = parser.parse_args(argv)
    if not args.install:
        print(f"Nothing done. With --install, this adds one line to {config_file()} "
              f"and sets JupyterLab's settings (no news question, code lines wrapped) in {lab_settings_file()}.")
        return 0
    print(install_config())
    print(install_lab_settings())
    return 0


if __name__ == "__main__":
    sys.exit(main())
