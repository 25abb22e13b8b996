"""Test-suite settings that keep the checkout as it was found.

The exercise checks write each answer to a file next to the notebook as it is
checked (medialit/checks/store.py). Running the solution notebooks (nbval) or
the checks' tests would then write into solutions/ or the repository, so for
the whole session MEDIALIT_ANSWERS_DIR points to a temporary folder (kernels
started by nbval and nbclient inherit it), and every test gets a fresh one.
"""

import os
import shutil
import tempfile

import pytest

_SESSION_ANSWERS = tempfile.mkdtemp(prefix="medialit-answers-")
os.environ["MEDIALIT_ANSWERS_DIR"] = _SESSION_ANSWERS


@pytest.fixture(autouse=True)
def _fresh_answers_folder(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("MEDIALIT_ANSWERS_DIR", str(tmp_path_factory.mktemp("answers")))


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_SESSION_ANSWERS, ignore_errors=True)
