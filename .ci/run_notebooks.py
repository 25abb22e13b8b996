"""Run notebooks top to bottom in this Python's environment, as a learner on Binder would.

Each notebook runs in a temporary copy of its folder's parent tree position (its own folder as the
working directory), so nothing is written into the checkout. Exit status 1 if any cell raises.
Usage: python run_notebooks.py FOLDER [FOLDER ...]
"""
import shutil
import sys
import tempfile
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


def kernel_sees(folder: Path) -> str:
    """Where the kernel's Python and medialit come from: must be this environment's, not the checkout's."""
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        "import sys, medialit; print(sys.prefix, medialit.__file__)")])
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(folder)}}).execute()
    return nb.cells[0].outputs[0]["text"].strip()


failures = []
root = Path.cwd()

with tempfile.TemporaryDirectory() as tmp:
    copy = Path(tmp) / "repo"
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns(".git", "medialit", "*.egg-info", "build"))
    prefix, package = kernel_sees(copy / sys.argv[1]).split(" ", 1)
    here = Path(sys.prefix).resolve()
    if Path(prefix).resolve() != here or not Path(package).resolve().is_relative_to(here):
        sys.exit(f"the notebooks' kernel is not this environment's: {prefix}, {package}")
    print(f"kernel: {prefix}; medialit from {package}")
    for folder in sys.argv[1:]:
        for path in sorted((copy / folder).glob("*.ipynb")):
            nb = nbformat.read(path, as_version=4)
            client = NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}})
            try:
                client.execute()
                print(f"ok   {folder}/{path.name}")
            except CellExecutionError as err:
                failures.append(path.name)
                print(f"FAIL {folder}/{path.name}: {str(err).strip().splitlines()[-1]}")
if failures:
    sys.exit(f"{len(failures)} notebook(s) failed in Binder's environment")
