"""The box every kit tool comes in: before its cell is run, it says in plain words what to do.

A notebook opened fresh (on Binder, or from a download) is not yet "trusted",
so JupyterLab shows a stored tool as its plain-text stand-in. For an ipywidgets
box that stand-in is Python's description of the object,
``VBox(children=(ToggleButtons(_dom_classes=…``, which tells a learner nothing.
A ``ToolBox`` is a ``VBox`` whose stand-in is one sentence saying how to get
the tool back; the tool itself is unchanged.

>>> import ipywidgets as widgets
>>> ToolBox([widgets.Button(description="Save")])._repr_mimebundle_()["text/plain"]
'[A tool goes here. Run this cell (Shift+Enter) to show it.]'
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

RUN_TO_SHOW = "[A tool goes here. Run this cell (Shift+Enter) to show it.]"


class ToolBox(widgets.VBox):
    """A ``VBox`` that stands in for itself, where it cannot be drawn, with :data:`RUN_TO_SHOW`."""

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any]:
        data = super()._repr_mimebundle_(**kwargs) or {}
        data["text/plain"] = RUN_TO_SHOW
        return data
