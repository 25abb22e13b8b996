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

from ..views.toolbox import ToolBox
from . import Feedback, compare_labels, normalise, split_reason  # noqa: F401  (compare_labels: for the example)

_BLANK = "— choose —"


class ClassifyWidget(ToolBox):
    """A VBox with ``dropdowns`` (item -> Dropdown), ``check_button`` and ``feedback`` (HTML)."""

    def __init__(self, items: Iterable[str], options: Iterable[str], checker: Callable[[dict], Feedback],
                 answers: dict[str, str] | None = None, contexts: dict[str, str] | None = None,
                 note: str = "", reasons: bool = False) -> None:
        options = list(options)
        answers = answers or {}
        contexts = contexts or {}
        self.dropdowns: dict[str, widgets.Dropdown] = {}
        self.reasons: dict[str, widgets.Text] = {}  # with ``reasons``: one "because …" box per item
        rows = []
        for item in items:
            value, because = split_reason(answers.get(item, _BLANK))
            value = next((o for o in options if normalise(o) == value), _BLANK)
            dd = widgets.Dropdown(options=[_BLANK] + options, value=value,
                                  description="", layout=widgets.Layout(width="11em"))
            self.dropdowns[item] = dd
            label = f"<b>{html.escape(item)}</b>"
            if item in contexts:
                label += f' <span style="color:#333">… {html.escape(contexts[item])} …</span>'
            row = [dd, widgets.HTML(label)]
            if reasons:
                self.reasons[item] = widgets.Text(value=because, placeholder="because …",
                                                  layout=widgets.Layout(width="22em"))
                row = [dd, self.reasons[item], widgets.HTML(label)]
            rows.append(widgets.HBox(row))
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
        """The learner's current choices (unanswered items left out); "label because reason" with reasons."""
        out = {}
        for k, d in self.dropdowns.items():
            if d.value == _BLANK:
                continue
            because = self.reasons[k].value.strip() if k in self.reasons else ""
            out[k] = f"{d.value} because {because}" if because else d.value
        return out

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
                    note: str = "", reasons: bool = False) -> ClassifyWidget:
    """Build a classification task; ``answers`` pre-fills it (the solutions, or the saved answers).

    With ``reasons`` each item also gets a "because …" box (contestable judgements).
    """
    return ClassifyWidget(items, options, checker, answers, contexts, note, reasons)
