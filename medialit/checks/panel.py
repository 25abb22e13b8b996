"""The Setup cell's panel in an exercise: the learner's name, the progress line, and "start again".

The name is optional and typed once: it is kept in the answers file, and the
next exercise opened in the same folder picks it up. "Start again" is the only
way to clear the saved answers, and it asks first.

>>> import tempfile
>>> from medialit.checks import Tasks, Feedback
>>> class Demo(Tasks):
...     notebook, total = "demo", 1
>>> t = Demo(article=None, folder=tempfile.mkdtemp())
>>> _ = t._record(Feedback("Task 1", "correct", "Yes."), 3)
>>> box = setup_panel(t)
>>> box.start_button.click(); box.confirm.layout.display
'flex'
>>> box.yes_button.click(); t.progress()
'demo: 0 of 1 auto-checked tasks right · none answered yet.'
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from ..views.toolbox import ToolBox


def setup_panel(tasks) -> widgets.VBox:
    """A VBox with ``name`` (Text), ``status`` (HTML), ``start_button`` and a hidden ``confirm`` row."""
    name = widgets.Text(value=tasks.learner, placeholder="optional: your name, for the saved files",
                        description="My name", continuous_update=False, layout=widgets.Layout(width="30em"))
    name.add_class("ml-browser-probe")
    status = widgets.HTML()
    status.add_class("ml-widget-output")
    start_button = widgets.Button(description="Start again…", icon="trash",
                                  tooltip="Clear every saved answer of this exercise (asks first)")
    yes_button = widgets.Button(description="Yes, clear them", button_style="danger",
                                layout=widgets.Layout(width="auto", min_width="10em"))
    no_button = widgets.Button(description="No, keep them", layout=widgets.Layout(width="auto", min_width="10em"))
    question = widgets.HTML("<b>Clear every answer of this exercise?</b> The old file is kept as a .bak copy.")
    confirm = widgets.HBox([question, yes_button, no_button], layout=widgets.Layout(display="none"))

    def show(note: str = "") -> None:
        file = tasks._store.path.name
        status.value = (f'<div style="color:#111;font-size:14px">{html.escape(tasks.progress())} '
                        f"Your answers are saved as you check them, in <code>{html.escape(file)}</code>. "
                        f"{html.escape(note)}</div>")

    def renamed(change) -> None:
        tasks.set_learner(change["new"])
        show("Name saved.")

    def ask(_=None) -> None:
        confirm.layout.display = "flex"

    def clear(_=None) -> None:
        tasks.start_again()
        confirm.layout.display = "none"
        show("All answers cleared: re-run the task cells to start again.")

    def keep(_=None) -> None:
        confirm.layout.display = "none"
        show("Nothing was cleared.")

    name.observe(renamed, names="value")
    start_button.on_click(ask)
    yes_button.on_click(clear)
    no_button.on_click(keep)
    show()
    box = ToolBox([name, status, start_button, confirm])
    box.name, box.status, box.start_button, box.confirm = name, status, start_button, confirm
    box.yes_button, box.no_button = yes_button, no_button
    return box
