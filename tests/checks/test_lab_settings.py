"""Issue 9: the README's set-up command (`python -m medialit.checks.slips --install`) also turns off
JupyterLab's "get notified about official Jupyter news?" pop-up, which an editable install
(`pip install -e .`) does not do: it skips the wheel's data files. Always in a temporary prefix."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

from medialit.checks.slips import LAB_OVERRIDES, NEWS_PLUGIN, NOTEBOOK_PLUGIN, install_lab_settings, lab_settings_file

ROOT = Path(__file__).resolve().parents[2]


def test_the_settings_are_the_ones_the_wheel_installs():
    assert LAB_OVERRIDES == json.loads((ROOT / "jupyter-settings" / "overrides.json").read_text(encoding="utf-8"))


def test_the_file_is_where_jupyterlab_reads_overrides():
    from jupyterlab.labapp import LabApp

    assert lab_settings_file().parent == Path(LabApp().app_settings_dir)


def test_install_writes_the_settings_once(tmp_path):
    assert install_lab_settings(tmp_path).startswith("written: ")
    path = tmp_path / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    assert json.loads(path.read_text(encoding="utf-8")) == LAB_OVERRIDES
    assert install_lab_settings(tmp_path).startswith("already set up: ")
    assert not list(path.parent.glob("*.tmp"))


def test_settings_already_there_are_kept(tmp_path):
    path = lab_settings_file(tmp_path)
    path.parent.mkdir(parents=True)
    theme = {"@jupyterlab/apputils-extension:themes": {"theme": "JupyterLab Dark"}}
    path.write_text(json.dumps({**theme, NEWS_PLUGIN: {"doNotDisturbMode": True, "fetchNews": "none"}}))
    install_lab_settings(tmp_path)
    merged = json.loads(path.read_text(encoding="utf-8"))
    assert merged["@jupyterlab/apputils-extension:themes"] == theme["@jupyterlab/apputils-extension:themes"]
    assert merged[NEWS_PLUGIN] == {"doNotDisturbMode": True, "fetchNews": "false", "checkForUpdates": False}


def test_a_teachers_own_code_cell_settings_are_kept_beside_the_line_wrap(tmp_path):
    path = lab_settings_file(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({NOTEBOOK_PLUGIN: {"codeCellConfig": {"lineNumbers": True}, "kernelShutdown": True}}))
    install_lab_settings(tmp_path)
    mine = json.loads(path.read_text(encoding="utf-8"))[NOTEBOOK_PLUGIN]
    assert mine == {"codeCellConfig": {"lineNumbers": True, "lineWrap": True}, "kernelShutdown": True}


def test_jupyterlab_accepts_the_line_wrap_setting():
    from jupyterlab.commands import get_app_dir

    package, name = NOTEBOOK_PLUGIN.split(":")
    schema = json.loads((Path(get_app_dir()) / "schemas" / package / f"{name}.json").read_text(encoding="utf-8"))
    config = schema["properties"]["codeCellConfig"]
    assert config["type"] == "object" and "lineWrap" in config["default"]
    assert LAB_OVERRIDES[NOTEBOOK_PLUGIN]["codeCellConfig"]["lineWrap"] is True


def test_a_file_that_is_not_json_is_left_alone_with_one_line(tmp_path):
    path = lab_settings_file(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text("{ not json")
    message = install_lab_settings(tmp_path)
    assert message.startswith("not changed: ") and "\n" not in message
    assert path.read_text() == "{ not json"


def test_the_readme_command_sets_up_a_fresh_environment(tmp_path):
    """`python -m medialit.checks.slips --install` run by a new venv's python: both files land in that venv."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    # The kit from the checkout and its packages from this environment; sys.prefix is the new venv.
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), sysconfig.get_paths()["purelib"]]),
               PYTHONDONTWRITEBYTECODE="1")
    done = subprocess.run([str(python), "-m", "medialit.checks.slips", "--install"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert json.loads(lab_settings_file(venv).read_text(encoding="utf-8")) == LAB_OVERRIDES
    assert (venv / "etc" / "ipython" / "ipython_kernel_config.py").is_file()
    assert str(lab_settings_file(venv)) in done.stdout
