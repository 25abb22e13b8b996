"""Every docstring example in the package is true: run them all with doctest."""

import doctest
import importlib
import importlib.util
import pkgutil
from pathlib import Path

import pytest

import medialit

ROOT = Path(__file__).resolve().parents[1]
# medialit/plots.py and medialit/widgets.py only give medialit.views.* a short name: test each module once.
MODULES = sorted(m.name for m in pkgutil.walk_packages(medialit.__path__, "medialit.")
                 if not m.name.endswith("__main__") and importlib.import_module(m.name).__name__ == m.name)


@pytest.mark.parametrize("name", ["medialit"] + MODULES)
def test_docstring_examples(name, monkeypatch):
    monkeypatch.chdir(ROOT)  # examples load seeds/... relative to the repository root
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"


def test_benchmark_examples(monkeypatch):
    """The benchmark lives outside the package (bench/benchmark.py); its examples are true too."""
    monkeypatch.chdir(ROOT)
    spec = importlib.util.spec_from_file_location("benchmark", ROOT / "bench" / "benchmark.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0
