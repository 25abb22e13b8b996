"""The kit ships JupyterLab settings that stop the "get notified about Jupyter news?" pop-up.

jupyter-settings/overrides.json must (1) set values JupyterLab's own schema
accepts and (2) land, in a wheel install (Binder's, CI's), in the folder
JupyterLab reads overrides from: its app_settings_dir,
<sys.prefix>/share/jupyter/lab/settings. (The real-browser test checks the page.)
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OVERRIDES = ROOT / "jupyter-settings" / "overrides.json"
PLUGIN = "@jupyterlab/apputils-extension:notification"


def _schema() -> dict:
    from jupyterlab.commands import get_app_dir
    package, name = PLUGIN.split(":")
    path = Path(get_app_dir()) / "schemas" / package / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def test_overrides_turn_the_news_question_off_with_values_jupyterlab_accepts():
    settings = json.loads(OVERRIDES.read_text(encoding="utf-8"))[PLUGIN]
    props = _schema()["properties"]
    assert settings["fetchNews"] == "false"  # "Never"; the default "none" means: ask the user
    assert settings["fetchNews"] in {o["const"] for o in props["fetchNews"]["oneOf"]}
    assert settings["checkForUpdates"] is False and props["checkForUpdates"]["type"] == "boolean"


def test_jupyterlab_reads_overrides_from_the_prefix_share_folder():
    from jupyterlab.labapp import LabApp
    assert Path(LabApp().app_settings_dir) == Path(sys.prefix) / "share" / "jupyter" / "lab" / "settings"


def test_a_wheel_installs_overrides_where_jupyterlab_reads_them(tmp_path):
    # Build from a copy: building in the checkout would leave build/ and *.egg-info behind.
    src = tmp_path / "src"
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout.split(b"\0")
    for name in filter(None, files):
        path = ROOT / name.decode()
        if path.is_file():
            (src / name.decode()).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, src / name.decode())
    (src / "jupyter-settings").mkdir(exist_ok=True)
    shutil.copy2(OVERRIDES, src / "jupyter-settings" / "overrides.json")  # even before it is committed
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                           "--no-index", "-w", str(tmp_path / "wheel"), str(src)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(f"pip wheel failed: {done.stderr.strip().splitlines()[-1:]}", pytrace=False)
    wheel, = (tmp_path / "wheel").glob("medialit-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        # A wheel's <name>.data/data/X is installed to <sys.prefix>/X.
        inside = [n for n in zf.namelist() if n.endswith(".data/data/share/jupyter/lab/settings/overrides.json")]
        assert len(inside) == 1, zf.namelist()
        assert json.loads(zf.read(inside[0])) == json.loads(OVERRIDES.read_text(encoding="utf-8"))
