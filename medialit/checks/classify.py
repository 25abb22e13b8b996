"""A classification task as a widget: one dropdown per item, a Check button, instant feedback.

>>> w = classify_widget(["said", "claimed"], ["neutral", "loaded"],
...                     lambda labels: compare_labels(labels, {"said": "neutral", "claimed": "loaded"}, "verbs"))
>>> w.dropdowns["said"].value = "neutral"; w.dropdowns["claimed"].value = "loaded"
>>> w.check_button.click(); "Correct" in w.feedback.value
True
"""

from __future__ import annotations

import html
from typing import Callable, Iterable

import ipywidgets as widgets

from . import Feedback, compare_labels  # noqa: F401  (compare_labels: for the example)

_BLANK = "— choose —"


class ClassifyWidget(widgets.VBox):
    """A VBox with ``dropdowns`` (item -> Dropdown), ``check_button`` and ``feedback`` (HTML)."""

    def __init__(self, items: Iterable[str], options: Iterable[str], checker: Callable[[dict], Feedback],
                 answers: dict[str, str] | None = None, contexts: dict[str, str] | None = None,
                 note: str = "") -> None:
        options = list(options)
        answers = answers or {}
        contexts = contexts or {}
        self.dropdowns: dict[str, widgets.Dropdown] = {}
        rows = []
        for item in items:
            value = answers.get(item, _BLANK)
            dd = widgets.Dropdown(options=[_BLANK] + options, value=value if value in options else _BLANK,
                                  description="", layout=widgets.Layout(width="11em"))
            self.dropdowns[item] = dd
            label = f"<b>{html.escape(item)}</b>"
            if item in contexts:
                label += f' <span style="color:#333">… {html.escape(contexts[item])} …</span>'
            rows.append(widgets.HBox([dd, widgets.HTML(label)]))
        self.check_button = widgets.Button(description="Check", button_style="", icon="check",
                                           tooltip="Check your labels")
        self.check_button.add_class("ml-browser-probe")
        self.feedback = widgets.HTML("")
        self.note = widgets.HTML(f'<div style="color:#111;font-size:13px">{html.escape(note)}</div>' if note else "")
        self.feedback.add_class("ml-widget-output")
        self._checker = checker
        self.checks = 0  # how many times the labels were checked
        self.check_button.on_click(lambda _: self.check())
        super().__init__(([self.note] if note else []) + rows + [self.check_button, self.feedback])
        if answers:
            self.check()

    def labels(self) -> dict[str, str]:
        """The learner's current choices (unanswered items left out)."""
        return {k: d.value for k, d in self.dropdowns.items() if d.value != _BLANK}

    def check(self) -> Feedback:
        result = self._checker(self.labels())
        self.checks += 1
        # Say how many times it was checked, so pressing Check visibly answers even when the result is the same.
        again = (f'<div style="color:#333;font-size:12px">(checked {self.checks} times)</div>'
                 if self.checks > 1 else "")
        self.feedback.value = result._repr_html_() + again
        return result


def classify_widget(items: Iterable[str], options: Iterable[str], checker: Callable[[dict], Feedback],
                    answers: dict[str, str] | None = None, contexts: dict[str, str] | None = None,
                    note: str = "") -> ClassifyWidget:
    """Build a classification task; ``answers`` pre-fills it (the solutions, or the saved answers)."""
    return ClassifyWidget(items, options, checker, answers, contexts, note)
