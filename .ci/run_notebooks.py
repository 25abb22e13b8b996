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

failures = []
root = Path.cwd()
with tempfile.TemporaryDirectory() as tmp:
    copy = Path(tmp) / "repo"
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns(".git", "medialit", "*.egg-info", "build"))
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
