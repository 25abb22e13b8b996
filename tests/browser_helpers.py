"""Machinery for tests/test_browser.py: a private JupyterLab server and page probes.

Kept apart from the test so the test reads as a list of checks. Nothing here
downloads anything: the server listens on 127.0.0.1 only, its news feed,
update check and extension manager are switched off, and every Jupyter,
IPython and matplotlib folder it writes to lives in a temporary directory.

In the page, reading state goes through `window.jupyterapp` (the server is
started with `expose_app_in_browser`); acting goes through the visible UI:
menus, dialogs, the widgets' own controls.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"

# Flags the issue asks for: no sandbox (CI runs as root), no GPU, no calls home.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
]

# JupyterLab user settings for a quiet, complete, read-only page:
# every cell stays in the DOM (no windowing), nothing is ever saved back into
# the repository. The news question is NOT answered here: the kit's own
# jupyter-settings/overrides.json answers it (see JupyterLab._write_config), so
# the test checks the settings the kit ships.
USER_SETTINGS = {
    "@jupyterlab/notebook-extension/tracker": {
        "windowingMode": "none",
        "scrollPastEnd": False,
        "autoStartDefaultKernel": True,
    },
    "@jupyterlab/docmanager-extension/plugin": {
        "autosave": False,
        "confirmClosingDocument": False,
    },
}

# The settings the kit ships (pyproject.toml installs them as data files into
# <env>/share/jupyter/lab/settings, JupyterLab's app_settings_dir; an editable
# install does not, so the test points app_settings_dir at a copy).
KIT_OVERRIDES = Path(__file__).resolve().parents[1] / "jupyter-settings" / "overrides.json"

# The pop-up JupyterLab shows on first launch when nobody has answered it.
NEWS_QUESTION = "official Jupyter news"

SERVER_CONFIG = {
    "ServerApp": {
        "open_browser": False,
        "ip": "127.0.0.1",
        "port_retries": 0,
        "allow_root": True,  # CI runs as root
        "terminals_enabled": False,
    },
    "LabApp": {
        "news_url": None,
        "check_for_updates_class": "jupyterlab.handlers.announcements.NeverCheckForUpdate",
        "extension_manager": "readonly",
        # window.jupyterapp lets the test read the notebook model (outputs,
        # execution counts, kernel status) instead of guessing from pixels.
        "expose_app_in_browser": True,
    },
}

PAGE_CONFIG: dict = {}


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nobody is listening on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class JupyterLab:
    """A `jupyter lab` server on 127.0.0.1 with its own token and config folders.

    Use as a context manager; `url(path)` gives a page URL carrying the token.
    """

    def __init__(self, root_dir: Path, work_dir: Path, startup_timeout: float = 120):
        self.root_dir = Path(root_dir)
        self.work_dir = Path(work_dir)
        self.startup_timeout = startup_timeout
        self.token = secrets.token_hex(16)
        self.port = 0
        self.proc: subprocess.Popen | None = None
        self.log_path = self.work_dir / "jupyterlab.log"

    # -- set-up -----------------------------------------------------------
    def _write_config(self) -> dict[str, str]:
        config = self.work_dir / "config"
        data = self.work_dir / "data"
        runtime = self.work_dir / "runtime"
        settings = self.work_dir / "user-settings"
        for d in (config / "labconfig", data, runtime, settings, self.work_dir / "workspaces"):
            d.mkdir(parents=True, exist_ok=True)
        (config / "jupyter_server_config.json").write_text(json.dumps(SERVER_CONFIG))
        (config / "labconfig" / "page_config.json").write_text(json.dumps(PAGE_CONFIG))
        app_settings = self.work_dir / "app-settings"
        app_settings.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(KIT_OVERRIDES, app_settings / "overrides.json")
        for plugin, values in USER_SETTINGS.items():
            path = settings / (plugin + ".jupyterlab-settings")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(values))
        env = dict(os.environ)
        env.update(
            JUPYTER_CONFIG_DIR=str(config),
            JUPYTER_DATA_DIR=str(data),
            JUPYTER_RUNTIME_DIR=str(runtime),
            IPYTHONDIR=str(self.work_dir / "ipython"),
            MPLCONFIGDIR=str(self.work_dir / "matplotlib"),
            JUPYTER_PLATFORM_DIRS="1",
            PYTHONDONTWRITEBYTECODE="1",
            # debugpy's "frozen modules" warning would reach stderr at kernel start.
            PYDEVD_DISABLE_FILE_VALIDATION="1",
        )
        # The server and its kernels must not inherit a notebook path from the user.
        env.pop("JUPYTER_PATH", None)
        env.pop("JUPYTER_CONFIG_PATH", None)
        return env

    def start(self) -> None:
        env = self._write_config()
        # Build matplotlib's font cache now: the first plot would otherwise
        # print "Matplotlib is building the font cache" to stderr.
        subprocess.run([sys.executable, "-c", "import matplotlib.font_manager"],
                       env=env, check=False, timeout=300,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.port = free_port()
        cmd = [
            sys.executable, "-m", "jupyterlab",
            "--no-browser",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={self.port}",
            f"--IdentityProvider.token={self.token}",
            f"--ServerApp.root_dir={self.root_dir}",
            f"--LabApp.user_settings_dir={self.work_dir / 'user-settings'}",
            f"--LabApp.workspaces_dir={self.work_dir / 'workspaces'}",
            f"--LabApp.app_settings_dir={self.work_dir / 'app-settings'}",
        ]
        log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            cmd, env=env, cwd=self.root_dir, stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )
        log.close()
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"jupyter lab exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                self.api("GET", "/api/status")
                return
            except (OSError, urllib.error.URLError):
                time.sleep(0.5)
        raise RuntimeError(f"jupyter lab did not answer within {self.startup_timeout:.0f} s:\n{self.log_tail()}")

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        # The server runs in its own session: signal that group (server + kernels) only.
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)
        except ProcessLookupError:
            pass

    def __enter__(self) -> "JupyterLab":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- use --------------------------------------------------------------
    def url(self, path: str) -> str:
        sep = "&" if "?" in path else "?"
        return f"http://127.0.0.1:{self.port}{path}{sep}token={self.token}"

    def api(self, method: str, path: str) -> object:
        req = urllib.request.Request(
            f"http://127.0.0.1:{self.port}{path}", method=method,
            headers={"Authorization": f"token {self.token}"},
        )
        with urllib.request.urlopen(req, timeout=10) as resp:
            body = resp.read()
        return json.loads(body) if body else None

    def shutdown_kernels(self) -> None:
        """Stop every kernel so the next notebook starts on a quiet machine."""
        for session in self.api("GET", "/api/sessions") or []:
            self.api("DELETE", f"/api/sessions/{session['id']}")
        for kernel in self.api("GET", "/api/kernels") or []:
            self.api("DELETE", f"/api/kernels/{kernel['id']}")

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])


def chromium_available() -> str | None:
    """Return None when the browser test can run, else a one-line reason."""
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        return f"{CHROMIUM} not found (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright not installed (pip install -r requirements-dev.txt)"
    return None


def remove_tree(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


# ---------------------------------------------------------------- in the page
try:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
except ImportError:  # the test skips (or fails, when required) before any page is used
    PlaywrightTimeout = TimeoutError

# One JavaScript function that describes the open notebook: the kernel's
# status and, per cell, the live model (outputs, execution count) next to what
# the page actually shows for it.
REPORT_JS = r"""
() => {
  const panel = window.jupyterapp.shell.currentWidget;
  if (!panel || !panel.content || !panel.sessionContext) return null;
  const session = panel.sessionContext.session;
  const kernel = session && session.kernel;
  const text = (node) => (node ? node.innerText || '' : '');
  const cells = panel.content.widgets.map((cell, index) => {
    const model = cell.model;
    const info = {index, type: model.type, source: model.sharedModel.getSource()};
    if (model.type !== 'code') return info;
    info.executionCount = model.executionCount;
    const prompt = cell.node.querySelector('.jp-InputPrompt');
    info.prompt = prompt ? prompt.textContent : '';
    info.outputs = model.outputs.toJSON().map((o) => ({
      output_type: o.output_type,
      name: o.name || null,
      mimes: Object.keys(o.data || {}),
      error: o.output_type === 'error' ? `${o.ename}: ${o.evalue}` : null,
      text: o.output_type === 'stream' ? String(Array.isArray(o.text) ? o.text.join('') : o.text) : null,
    }));
    const area = cell.node.querySelector('.jp-Cell-outputArea');
    const children = area
      ? Array.from(area.children).filter((c) => c.classList.contains('jp-OutputArea-child'))
      : [];
    info.rendered = children.map((child) => {
      const out = child.querySelector('.jp-OutputArea-output');
      // A rendered view has a `widget-*` class (widget-slider, widget-radio...);
      // the "Error displaying widget" placeholder has none.
      const hasView = Array.from(child.querySelectorAll('[class*="widget-"]')).some((el) =>
        Array.from(el.classList).some((c) => c.startsWith('widget-')));
      const imgs = Array.from(child.querySelectorAll('img'));
      return {
        mime: out ? out.getAttribute('data-mime-type') : null,
        widgetView: hasView,
        images: imgs.length,
        imagesLoaded: imgs.filter((i) => i.complete && i.naturalWidth > 0).length,
      };
    });
    const imgs = area ? Array.from(area.querySelectorAll('img')) : [];
    info.images = imgs.length;
    info.imagesLoaded = imgs.filter((i) => i.complete && i.naturalWidth > 0).length;
    info.stderr = area
      ? Array.from(area.querySelectorAll('[data-mime-type="application/vnd.jupyter.stderr"]')).map(
          (e) => text(e).slice(0, 400))
      : [];
    info.outputText = text(area);
    return info;
  });
  const notebookText = text(panel.content.node);
  return {
    kernel: kernel ? kernel.status : null,
    path: panel.context.path,
    loadingWidgets: notebookText.split('Loading widget...').length - 1,
    widgetErrors: notebookText.split('Error displaying widget').length - 1,
    cells,
  };
}
"""

# Records every error and stderr message the kernel sends, including those from
# widget callbacks that no Output widget captures (JupyterLab only shows them in
# its log console, where a test reading the notebook would miss them).
IOPUB_HOOK_JS = r"""
() => {
  const panel = window.jupyterapp.shell.currentWidget;
  window.__mlIopub = [];
  panel.sessionContext.iopubMessage.connect((_, msg) => {
    const t = msg.header.msg_type;
    if (t === 'error') window.__mlIopub.push(`${msg.content.ename}: ${msg.content.evalue}`);
    if (t === 'stream' && msg.content.name === 'stderr') window.__mlIopub.push(msg.content.text);
  });
  return true;
}
"""

# Accessibility facts about every highlight span (class ml-mark) on the page:
# its text colour and the colour actually painted behind it (walking up the
# ancestors and blending translucent layers), and its non-colour signals.
MARKS_JS = r"""
() => {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', {willReadFrequently: true});
  // Let the browser parse any CSS colour syntax (rgb, hex, oklch, color-mix...).
  const rgba = (css) => {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = '#000';
    ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  };
  const over = (top, bottom) => {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat([1]);
  };
  const background = (el) => {
    const layers = [];
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
      const c = rgba(getComputedStyle(node).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    let colour = [255, 255, 255, 1];
    for (const layer of layers.reverse()) colour = over(layer, colour);
    return colour;
  };
  const pseudo = (el, which) => {
    const c = getComputedStyle(el, which).content;
    return c && c !== 'none' && c !== 'normal' && c !== '""' ? c : '';
  };
  return Array.from(document.querySelectorAll('.jp-Notebook .ml-mark')).map((el) => {
    const s = getComputedStyle(el);
    const bg = background(el);
    const fg = over(rgba(s.color), bg);
    const decoration = s.textDecorationLine && s.textDecorationLine !== 'none';
    const border = ['Top', 'Right', 'Bottom', 'Left'].some(
      (side) => !['none', 'hidden'].includes(s[`border${side}Style`]) && parseFloat(s[`border${side}Width`]) > 0);
    const next = el.nextElementSibling;
    const labelEl = el.querySelector('.ml-mark-label') ||
      (next && next.classList.contains('ml-mark-label') ? next : null);
    const label = (el.getAttribute('title') || el.getAttribute('data-label') ||
      el.getAttribute('aria-label') || (labelEl ? labelEl.innerText : '') ||
      pseudo(el, '::before') || pseudo(el, '::after')).trim();
    return {
      text: el.innerText.slice(0, 80),
      color: s.color, background: bg, foreground: fg,
      decoration: decoration ? s.textDecorationLine : '', border, label,
    };
  });
}
"""

# Marks the first ml-browser-probe control and the output it drives, so the
# Python side can address both with plain selectors. Returns a description.
PROBES_JS = r"""
() => {
  const nb = window.jupyterapp.shell.currentWidget.content;
  const probes = Array.from(nb.node.querySelectorAll('.ml-browser-probe'));
  const outputs = Array.from(nb.node.querySelectorAll('.ml-widget-output'));
  const cellOf = (el) => el.closest('.jp-Cell');
  const cells = Array.from(nb.node.querySelectorAll('.jp-Cell'));
  return probes.map((probe, k) => {
    probe.setAttribute('data-ml-probe', String(k));
    const cell = cellOf(probe);
    const ci = cells.indexOf(cell);
    const after = (o) => probe.compareDocumentPosition(o) & Node.DOCUMENT_POSITION_FOLLOWING;
    // Nearest: in the probe's own cell (after it, else before it), else the
    // first one in a later cell.
    const own = outputs.filter((o) => cellOf(o) === cell);
    let out = own.find(after) || own[0] ||
      outputs.find((o) => cells.indexOf(cellOf(o)) > ci) || null;
    if (out) out.setAttribute('data-ml-probe-output', String(k));
    // Optional: a button to press after changing the control ("Check").
    const submits = Array.from(cell.querySelectorAll('.ml-browser-submit'))
      .filter((b) => b !== probe && !probe.contains(b));
    const submit = submits.find(after) || submits[0] || null;
    if (submit) submit.setAttribute('data-ml-probe-submit', String(k));
    const sel = (q) => probe.matches(q) ? probe : probe.querySelector(q);
    let kind = null;
    if (sel('.noUi-handle')) kind = 'slider';
    else if (sel('.widget-toggle-buttons')) kind = 'toggle-buttons';
    else if (sel('select')) kind = 'select';
    else if (sel('input[type=radio]')) kind = 'radio';
    else if (sel('input[type=checkbox]')) kind = 'checkbox';
    else if (sel('textarea')) kind = 'textarea';
    else if (sel('input[type=number]')) kind = 'number';
    else if (sel('input[type=text], input:not([type])')) kind = 'text';
    else if (sel('button')) kind = 'button';
    return {index: k, cell: ci, kind, classes: probe.className, hasOutput: !!out, hasSubmit: !!submit};
  });
}
"""

SHOWN_JS = r"""
(k) => {
  const out = document.querySelector(`[data-ml-probe-output="${k}"]`);
  if (!out) return null;
  const imgs = Array.from(out.querySelectorAll('img')).map((i) => i.src.length + ':' + i.src.slice(-64));
  return out.innerText + '\n' + out.innerHTML.length + '\n' + imgs.join('|');
}
"""

# Appended to a probe text box: it has a named source, a reporting verb and a
# hedge, so any of the kit's analyses reacts to it.
PROBE_TEXT = " Officials said the talks might fail."


@dataclass
class Probe:
    index: int
    cell: int
    kind: str | None
    classes: str
    has_output: bool
    has_submit: bool = False
    before: str = ""
    after: str = ""
    errors: list[str] = field(default_factory=list)


def report(page) -> dict:
    return page.evaluate(REPORT_JS)


def open_notebook(page, url: str, timeout_s: float) -> None:
    page.goto(url, timeout=timeout_s * 1000)
    page.wait_for_selector(".jp-NotebookPanel .jp-Notebook .jp-Cell", timeout=timeout_s * 1000)
    page.wait_for_function(
        "() => { const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;"
        " return !!(w && w.sessionContext && w.sessionContext.session"
        " && w.sessionContext.session.kernel && w.sessionContext.session.kernel.status === 'idle'); }",
        timeout=timeout_s * 1000,
    )
    # Wider notebook for the screenshot: fold the file browser away.
    page.evaluate("window.jupyterapp.shell.collapseLeft()")
    page.evaluate(IOPUB_HOOK_JS)


def menu(page, menu_label: str, command: str) -> None:
    """Click a menu bar entry, then the item bound to `command`."""
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(f"^{re.escape(menu_label)}$")).first.click()
    page.locator(f"li.lm-Menu-item[data-command='{command}']").click()


def restart_and_run_all(page) -> None:
    """What a learner does: clear outputs, then Run > Restart Kernel and Run All Cells."""
    menu(page, "Edit", "editmenu:clear-all")
    page.wait_for_function(
        "() => window.jupyterapp.shell.currentWidget.content.widgets"
        ".every(c => c.model.type !== 'code' || c.model.executionCount === null)"
    )
    menu(page, "Run", "runmenu:restart-and-run-all")
    # "Restart Kernel?" -> Restart. (Tolerate its absence: a setting can skip it.)
    dialog = page.locator(".jp-Dialog")
    try:
        dialog.wait_for(timeout=20_000)
    except PlaywrightTimeout:
        return
    dialog.locator(".jp-mod-accept").click()
    dialog.wait_for(state="detached", timeout=20_000)


def _finished(rep: dict | None) -> bool:
    if not rep or rep["kernel"] != "idle":
        return False
    code = [c for c in rep["cells"] if c["type"] == "code"]
    if any("*" in (c["prompt"] or "") for c in code):
        return False
    failed = any(o["output_type"] == "error" for c in code for o in c["outputs"])
    # JupyterLab skips empty code cells; after an error it cancels the rest.
    return failed or all(c["executionCount"] is not None for c in code if c["source"].strip())


def wait_until_finished(page, timeout_s: float) -> dict:
    """Poll until the kernel is idle and every cell ran (or one failed) twice in a row."""
    deadline = time.monotonic() + timeout_s
    streak, rep = 0, None
    while time.monotonic() < deadline:
        rep = report(page)
        streak = streak + 1 if _finished(rep) else 0
        if streak >= 2:
            return rep
        time.sleep(0.5)
    raise TimeoutError(f"cells still running after {timeout_s:.0f} s: "
                       + ", ".join(f"[{c.get('prompt')}]" for c in (rep or {}).get("cells", []) if c["type"] == "code"))


def wait_for_widgets(page, timeout_s: float) -> dict:
    """Poll until no widget says 'Loading widget...' (or time runs out)."""
    deadline = time.monotonic() + timeout_s
    rep = report(page)
    while rep["loadingWidgets"] and time.monotonic() < deadline:
        time.sleep(0.5)
        rep = report(page)
    return rep


def wait_idle(page, timeout_s: float) -> None:
    page.wait_for_function(
        "() => window.jupyterapp.shell.currentWidget.sessionContext.session.kernel.status === 'idle'",
        timeout=timeout_s * 1000,
    )


def find_probes(page) -> list[Probe]:
    return [Probe(p["index"], p["cell"], p["kind"], p["classes"], p["hasOutput"], p["hasSubmit"])
            for p in page.evaluate(PROBES_JS)]


def shown(page, probe: Probe) -> str | None:
    return page.evaluate(SHOWN_JS, probe.index)


def operate(page, probe: Probe) -> None:
    """Change the probe control the way a learner would, with mouse and keyboard."""
    root = page.locator(f"[data-ml-probe='{probe.index}']")
    root.scroll_into_view_if_needed()

    def inner(selector: str):
        # The class may sit on the control itself or on a box around it.
        own = page.locator(f"[data-ml-probe='{probe.index}']:is({selector})")
        return own.first if own.count() else root.locator(selector).first

    kind = probe.kind
    if kind == "slider":
        handle = inner(".noUi-handle")
        now = float(handle.get_attribute("aria-valuenow") or 0)
        top = float(handle.get_attribute("aria-valuemax") or now)
        handle.focus()
        handle.press("ArrowLeft" if now >= top else "ArrowRight")
    elif kind == "toggle-buttons":
        root.locator("button:not(.mod-active)").first.click()
    elif kind == "select":
        select = inner("select")
        values = select.locator("option").evaluate_all("os => os.map(o => o.value)")
        current = select.input_value()
        others = [v for v in values if v != current]
        if not others:
            raise AssertionError("the probe dropdown has only one option")
        select.select_option(others[0])
    elif kind == "radio":
        inner("input[type=radio]:not(:checked)").check()
    elif kind == "checkbox":
        inner("input[type=checkbox]").click()
    elif kind in ("text", "textarea"):
        box = inner("textarea" if kind == "textarea" else "input[type=text], input:not([type])")
        box.click()
        box.press("End" if kind == "text" else "Control+End")
        box.press_sequentially(PROBE_TEXT, delay=5)
        box.press("Tab")  # blur: widgets without continuous_update sync now
    elif kind == "number":
        box = inner("input[type=number]")
        box.fill(str(float(box.input_value() or 0) + 1).removesuffix(".0"))
        box.press("Tab")
    elif kind == "button":
        inner("button").click()
    else:
        raise AssertionError(f"probe control {probe.classes!r} is not one the test can operate")
    if probe.has_submit:
        submit = page.locator(f"[data-ml-probe-submit='{probe.index}']")
        button = submit if submit.evaluate("e => e.tagName") == "BUTTON" else submit.locator("button").first
        button.click()


def wait_for_change(page, probe: Probe, timeout_s: float) -> str:
    deadline = time.monotonic() + timeout_s
    now = shown(page, probe)
    while now == probe.before and time.monotonic() < deadline:
        time.sleep(0.25)
        now = shown(page, probe)
    return now or ""


# ipykernel's own chatter when the widget manager reconnects after a restart,
# before the notebook has imported ipywidgets: not the notebook's fault.
KERNEL_NOISE = re.compile(r"^\s*No such comm( target registered)?: \S+\s*$")


def iopub_errors(page) -> list[str]:
    return [m for m in page.evaluate("() => window.__mlIopub || []") if not KERNEL_NOISE.match(m)]


def marks(page) -> list[dict]:
    return page.evaluate(MARKS_JS)


def full_page_screenshot(page, path: str, max_height: int = 16000) -> None:
    """Grow the viewport until the whole notebook fits, then take the picture."""
    size = page.viewport_size or {"width": 1280, "height": 900}
    extra = page.evaluate(
        "() => { const o = window.jupyterapp.shell.currentWidget.content.node"
        ".querySelector('.jp-WindowedPanel-outer');"
        " return o ? o.scrollHeight - o.clientHeight : 0; }"
    )
    height = min(max_height, size["height"] + max(0, int(extra)))
    page.set_viewport_size({"width": size["width"], "height": height})
    page.wait_for_timeout(300)  # one layout pass after the resize
    page.screenshot(path=path, full_page=True)
    page.set_viewport_size(size)


def news_question_shown(page, wait_ms: int = 3000) -> bool:
    """True if JupyterLab's "get notified about official Jupyter news?" pop-up is on the page."""
    page.wait_for_timeout(wait_ms)  # the question appears a moment after the page loads
    return page.evaluate("(q) => document.body.innerText.includes(q)", NEWS_QUESTION)


# axe-core (Deque's accessibility engine, npm package axe-core) is not vendored:
# .ci/run installs it and MEDIALIT_AXE_JS names its axe.min.js.
AXE_ENV = "MEDIALIT_AXE_JS"
OUTPUT_AREAS = ".jp-Notebook .jp-Cell-outputArea"
AXE_RUN_JS = r"""
async (selector) => {
  const result = await axe.run({include: [[selector]]}, {resultTypes: ['violations']});
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
    nodes: v.nodes.slice(0, 3).map((n) => n.html.slice(0, 160)),
  }));
}
"""


def axe_source() -> tuple[str | None, str]:
    """(the text of axe.min.js, '') or (None, a one-line reason it is missing)."""
    path = os.environ.get(AXE_ENV, "").strip()
    if not path:
        return None, f"{AXE_ENV} is not set (npm install --prefix DIR axe-core, then {AXE_ENV}=DIR/node_modules/axe-core/axe.min.js)"
    if not os.path.isfile(path):
        return None, f"{AXE_ENV}={path} is not a file"
    return Path(path).read_text(encoding="utf-8"), ""


def axe_violations(page, source: str, width: int = 1024, height: int = 768) -> list[dict]:
    """axe-core's violations in the notebook's output areas, at a projector's 1024x768."""
    size = page.viewport_size
    page.set_viewport_size({"width": width, "height": height})
    page.wait_for_timeout(300)
    try:
        if not page.evaluate("() => typeof window.axe !== 'undefined'"):
            page.add_script_tag(content=source)
        return page.evaluate(AXE_RUN_JS, OUTPUT_AREAS)
    finally:
        if size:
            page.set_viewport_size(size)


def luminance(rgb) -> float:
    def channel(c: float) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(x) for x in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b) -> float:
    """WCAG 2 contrast ratio of two sRGB colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def upload_in_cell(page, cell_text: str, file_path: str) -> object:
    """Give a file to the FileUpload widget of the first code cell whose source contains ``cell_text``; the cell."""
    cell = page.locator(".jp-CodeCell", has=page.locator(".jp-InputArea", has_text=cell_text)).first
    cell.scroll_into_view_if_needed()
    # ipywidgets' FileUpload opens the browser's file chooser when clicked: answer it as a learner would.
    with page.expect_file_chooser() as chooser:
        cell.locator(".widget-upload").first.click()
    chooser.value.set_files(file_path)
    return cell


def code_cell(page, cell_text: str):
    """The first code cell whose source contains ``cell_text``, scrolled into view."""
    cell = page.locator(".jp-CodeCell", has=page.locator(".jp-InputArea", has_text=cell_text)).first
    cell.scroll_into_view_if_needed()
    return cell


def feedback_in(cell, has_text: str, timeout_s: float) -> str:
    """Wait until the cell shows a feedback box containing ``has_text``; return the box's visible text."""
    box = cell.locator(".ml-feedback", has_text=has_text).last
    box.wait_for(timeout=timeout_s * 1000)
    return box.inner_text()


def choose_and_check(cell, labels: list[str], reasons: list[str]) -> None:
    """Pick one label per menu and type one reason per "because" box (in page order), then press Check."""
    for i, label in enumerate(labels):
        cell.locator("select").nth(i).select_option(label=label)
    boxes = cell.locator("input[type=text]")
    for i, reason in enumerate(reasons):
        boxes.nth(i).fill(reason)
        boxes.nth(i).press("Tab")  # the widget syncs its value to the kernel
    cell.locator("button", has_text="Check").first.click()


def run_with_source(page, cell, source: str) -> None:
    """Replace a code cell's source as a learner would (select all, type), then run it with Shift+Enter."""
    cell.locator(".cm-content").first.click()
    page.keyboard.press("Control+A")
    page.keyboard.insert_text(source)  # inserted as is: no auto-indent or auto-closed quotes
    page.keyboard.press("Shift+Enter")
