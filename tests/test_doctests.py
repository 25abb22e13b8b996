"""Every docstring example in the package is true: run them all with doctest."""

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import medialit

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted(m.name for m in pkgutil.walk_packages(medialit.__path__, "medialit.") if not m.name.endswith("__main__"))


@pytest.mark.parametrize("name", ["medialit"] + MODULES)
def test_docstring_examples(name, monkeypatch):
    monkeypatch.chdir(ROOT)  # examples load seeds/... relative to the repository root
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"
