"""Test-suite settings that keep the checkout exactly as it was found.

- The exercise checks write each answer to a file next to the notebook as it is
  checked (medialit/checks/store.py). Running the solution notebooks (nbval) or
  the checks' tests would then write into solutions/ or the repository, so for
  the whole session MEDIALIT_ANSWERS_DIR points to a temporary folder (kernels
  started by nbval and nbclient inherit it), and every test gets a fresh one.
- Compiled Python files go to a temporary folder too (``sys.pycache_prefix``,
  and PYTHONPYCACHEPREFIX for kernels), so no ``__pycache__`` appears in the
  checkout; pytest has already compiled this file itself when it runs, so that
  one file is removed at the end.
- Hypothesis keeps no example database and writes its caches to the temporary
  folder (by default both are a ``.hypothesis/`` folder in the checkout).
"""

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

_SESSION = Path(tempfile.mkdtemp(prefix="medialit-tests-"))

try:
    from hypothesis import configuration, settings
except ImportError:  # the property tests skip themselves without it
    pass
else:
    settings.register_profile("medialit", database=None)
    settings.load_profile("medialit")
    configuration.set_hypothesis_home_dir(str(_SESSION / "hypothesis"))  # its caches, out of the checkout

(_SESSION / "answers").mkdir()
os.environ["MEDIALIT_ANSWERS_DIR"] = str(_SESSION / "answers")
sys.pycache_prefix = str(_SESSION / "pycache")
os.environ["PYTHONPYCACHEPREFIX"] = sys.pycache_prefix


@pytest.fixture(autouse=True)
def _fresh_answers_folder(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("MEDIALIT_ANSWERS_DIR", str(tmp_path_factory.mktemp("answers")))


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_SESSION, ignore_errors=True)
    cache = Path(__file__).with_name("__pycache__")
    for compiled in cache.glob("conftest.*.pyc"):
        compiled.unlink(missing_ok=True)
    if cache.is_dir() and not any(cache.iterdir()):
        cache.rmdir()
