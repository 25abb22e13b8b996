"""Every lesson notebook (the activities included) runs with the network blocked inside the kernel.

This replaces the hand check with ``unshare -rn``. The kernel starts with a
``sitecustomize.py`` first on its PYTHONPATH; it makes every socket connect and
every name lookup write one line to a log file in tmp_path and then fail. A lesson
passes when it runs top to bottom with no error output and the log stays empty.
The notebooks and the seeds they read are copied to tmp_path, so nothing is
written into the checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[2]
LESSONS = sorted((ROOT / "notebooks").glob("*.ipynb"))

# Loaded by Python at start-up (the kernel's too) because its folder comes first on PYTHONPATH.
GUARD = '''
import os
import socket

_LOG = os.environ["MEDIALIT_NETWORK_LOG"]


def _blocked(what, detail):
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(f"{what} {detail!r}\\n")
    raise OSError(f"network blocked by the offline test: {what} {detail!r}")


def _connect(self, address, *args, **kwargs):
    if self.family == getattr(socket, "AF_UNIX", None):  # a local pipe, not the network
        return _original_connect(self, address, *args, **kwargs)
    _blocked("connect", address)


def _connect_ex(self, address, *args, **kwargs):
    if self.family == getattr(socket, "AF_UNIX", None):
        return _original_connect_ex(self, address, *args, **kwargs)
    _blocked("connect_ex", address)


def _getaddrinfo(host, port, *args, **kwargs):
    _blocked("getaddrinfo", (host, port))


def _gethostbyname(host, *args, **kwargs):
    _blocked("gethostbyname", host)


_original_connect, _original_connect_ex = socket.socket.connect, socket.socket.connect_ex
socket.socket.connect, socket.socket.connect_ex = _connect, _connect_ex
socket.getaddrinfo, socket.gethostbyname = _getaddrinfo, _gethostbyname
'''


def _offline_env(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """An environment whose Python processes cannot reach the network, and the log of their attempts."""
    guard_dir = tmp_path / "offline-guard"
    guard_dir.mkdir()
    (guard_dir / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    log = tmp_path / "network-attempts.log"
    log.write_text("", encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(guard_dir), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["MEDIALIT_NETWORK_LOG"] = str(log)
    env["MEDIALIT_ANSWERS_DIR"] = str(tmp_path / "answers")  # answers files, if a cell writes one
    env["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
    return env, log


def test_the_guard_blocks_and_records_a_connection(tmp_path):
    """The guard itself works: a plain Python process that tries to fetch a page fails, and the log says so."""
    env, log = _offline_env(tmp_path)
    code = "import urllib.request; urllib.request.urlopen('http://example.org', timeout=5)"
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "network blocked by the offline test" in result.stderr
    assert "example.org" in log.read_text(encoding="utf-8")


def _errors(nb) -> list[str]:
    return [f"cell {i}: {out.get('ename')}: {out.get('evalue')}"
            for i, cell in enumerate(nb.cells) if cell.cell_type == "code"
            for out in cell.get("outputs", []) if out.get("output_type") == "error"]


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda p: p.name)
def test_lesson_runs_with_the_network_blocked(lesson, tmp_path):
    env, log = _offline_env(tmp_path)
    # The lessons read "../seeds/..." from their own folder: copy both folders, keep the layout.
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "notebooks").mkdir()
    copy = tmp_path / "notebooks" / lesson.name
    shutil.copy2(lesson, copy)

    nb = nbformat.read(copy, as_version=4)
    # A last cell proves the guard was active in this kernel (not only in the test's own process).
    nb.cells.append(nbformat.v4.new_code_cell("import socket; print(socket.getaddrinfo.__module__)"))
    client = NotebookClient(nb, timeout=180, kernel_name="python3", allow_errors=True,
                            resources={"metadata": {"path": str(copy.parent)}})
    client.execute(env=env)

    assert not _errors(nb), f"{lesson.name} offline: {_errors(nb)[:3]}"
    probe = "".join(out.get("text", "") for out in nb.cells[-1].outputs)
    assert probe.strip() == "sitecustomize", f"the network guard was not loaded in the kernel: {probe!r}"
    attempts = log.read_text(encoding="utf-8")
    assert attempts == "", f"{lesson.name} tried to use the network:\n{attempts[:500]}"
