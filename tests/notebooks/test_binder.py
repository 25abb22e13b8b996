"""The kit opens on Binder from requirements.txt + runtime.txt alone.

Binder (repo2docker) picks the Python version from runtime.txt and installs
requirements.txt with pip; nothing else is needed, and any other
configuration file would change what it builds. These tests check those two
files and then the environment they produce (the one pytest runs in: .ci/run
builds it fresh from requirements.txt, as the README says): JupyterLab starts
and the ipywidgets extension is enabled, so widgets render in the browser.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
PIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*(\[[A-Za-z0-9,._-]+\])?==[A-Za-z0-9.+!_-]+$")

# Files that would make repo2docker build something else, or that Binder does
# not need here (see https://repo2docker.readthedocs.io/en/latest/configuration/).
OTHER_BINDER_CONFIG = [
    "binder", ".binder",  # a binder/ folder makes repo2docker ignore the root files
    "environment.yml", "environment.yaml", "Pipfile", "Pipfile.lock", "Dockerfile",
    "apt.txt", "postBuild", "start", "install.R", "Project.toml", "REQUIRE", "default.nix",
    "requirements.in",
]


# The first requirement stops pip at once, with one line naming the versions, on another Python.


def _requirement_lines() -> list[str]:
    lines = (REPO / "requirements.txt").read_text(encoding="utf-8").splitlines()
    return [ln.split("#", 1)[0].strip() for ln in lines if ln.split("#", 1)[0].strip()]


def _pinned(name: str) -> str:
    for line in _requirement_lines():
        if line.lower().startswith(name.lower() + "=="):
            return line.split("==", 1)[1]
    raise AssertionError(f"{name} is not pinned in requirements.txt")


def _isolated_jupyter_env() -> dict[str, str]:
    """Jupyter folders in a fresh temporary place: only the venv's own set-up counts."""
    tmp = tempfile.mkdtemp(prefix="medialit-binder-")
    env = dict(os.environ)
    env.update(JUPYTER_CONFIG_DIR=f"{tmp}/config", JUPYTER_DATA_DIR=f"{tmp}/data",
               JUPYTER_RUNTIME_DIR=f"{tmp}/runtime", NO_COLOR="1")
    env.pop("JUPYTER_PATH", None)
    env.pop("JUPYTER_CONFIG_PATH", None)
    return env


def test_requirements_pin_every_package_exactly():
    lines = _requirement_lines()
    assert lines, "requirements.txt is empty"
    loose = [ln for ln in lines if ln != "-e ." and not PIN.match(ln)]
    assert not loose, f"requirements.txt lines without an exact '==' pin: {loose}"
    assert "-e ." in lines, "requirements.txt must install the kit itself with '-e .'"
    names = [ln.split("==")[0].lower().replace("_", "-") for ln in lines if ln != "-e ."]
    assert len(names) == len(set(names)), "a package is pinned twice in requirements.txt"


def test_requirements_include_what_the_notebooks_run_on():
    for name in ("jupyterlab", "ipywidgets", "jupyterlab_widgets", "matplotlib", "textstat", "ipykernel"):
        _pinned(name)


def test_runtime_is_python_311():
    assert (REPO / "runtime.txt").read_text(encoding="utf-8").strip() == "python-3.11"
    assert (3, 11) <= sys.version_info[:2] <= (3, 13), f"tests run on Python {sys.version.split()[0]}"


def test_the_kit_states_the_pythons_it_runs_on():
    from packaging.specifiers import SpecifierSet

    declared = re.search(r'^requires-python = "([^"]+)"', (REPO / "pyproject.toml").read_text(encoding="utf-8"), re.M)
    assert declared, "pyproject.toml states no requires-python"
    for version, allowed in (("3.10", False), ("3.11", True), ("3.12", True), ("3.13", True), ("3.14", False)):
        assert (version + ".0" in SpecifierSet(declared.group(1))) is allowed, version


def test_no_other_binder_configuration():
    found = [name for name in OTHER_BINDER_CONFIG if (REPO / name).exists()]
    assert not found, f"Binder needs only requirements.txt and runtime.txt; also found: {found}"


def test_jupyter_lab_starts_from_this_environment():
    jupyter = BIN / "jupyter"
    assert jupyter.exists(), f"no jupyter in {BIN}: requirements.txt did not install it"
    run = subprocess.run([str(jupyter), "lab", "--version"], capture_output=True, text=True,
                         timeout=120, env=_isolated_jupyter_env(), stdin=subprocess.DEVNULL)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == _pinned("jupyterlab")


def test_ipywidgets_extension_is_enabled():
    run = subprocess.run([str(BIN / "jupyter"), "labextension", "list"], capture_output=True,
                         text=True, timeout=120, env=_isolated_jupyter_env(), stdin=subprocess.DEVNULL)
    text = re.sub(r"\x1b\[[0-9;]*m", "", run.stdout + run.stderr)
    assert run.returncode == 0, text[-2000:]
    line = next((ln for ln in text.splitlines() if "@jupyter-widgets/jupyterlab-manager" in ln), None)
    assert line, f"the ipywidgets extension is not installed:\n{text}"
    assert re.search(r"\benabled\b", line) and re.search(r"\bOK\b", line), line
    assert "disabled" not in line, line
