"""A learner's first impression of an article, saved so a later lesson can return to it.

Before any analysis, a learner rates how much they trust the article (1 to 5)
and says why. Comparing that first impression with what the analysis finds is
the point of the capstone. The prediction is a tiny Markdown file next to the
notebook, written only when the learner asks (a button), read back with
``load_prediction``.

>>> p = Prediction(4, "It names its sources.")
>>> p.words
'mostly'
>>> parse_prediction(p.markdown()) == p
True
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

#: The file a prediction is saved to, next to the notebook.
DEFAULT_FILE = "my-prediction.md"

#: What each rating means, in words (a scale says more with labels than numbers).
SCALE = {1: "not at all", 2: "a little", 3: "somewhat", 4: "mostly", 5: "completely"}

_RATING_RE = re.compile(r"^Trust rating:\s*([1-5])\s+out of 5", re.M)


@dataclass(frozen=True)
class Prediction:
    """A trust rating from 1 (not at all) to 5 (completely) and the learner's reasons."""

    rating: int
    reasons: str = ""

    def __post_init__(self) -> None:
        if isinstance(self.rating, bool) or not isinstance(self.rating, int) or not 1 <= self.rating <= 5:
            raise ValueError(f"A trust rating is a whole number from 1 to 5, not {self.rating!r}.")
        if not isinstance(self.reasons, str):
            raise TypeError("The reasons must be text (a string).")

    @property
    def words(self) -> str:
        """The rating in words, e.g. 'somewhat'."""
        return SCALE[self.rating]

    def markdown(self, title: str = "the article") -> str:
        """The prediction as a small Markdown file.

        >>> print(Prediction(2).markdown())
        # My prediction, before the analysis
        <BLANKLINE>
        Trust rating: 2 out of 5 (a little), for the article.
        <BLANKLINE>
        ## Why
        <BLANKLINE>
        (no reasons written)
        <BLANKLINE>
        """
        reasons = self.reasons.strip() or "(no reasons written)"
        return (f"# My prediction, before the analysis\n\n"
                f"Trust rating: {self.rating} out of 5 ({self.words}), for {title}.\n\n"
                f"## Why\n\n{reasons}\n")


def parse_prediction(text: str) -> Prediction:
    """Read a prediction back from the Markdown written by ``Prediction.markdown``.

    >>> parse_prediction("Trust rating: 5 out of 5\\n\\n## Why\\n\\nBecause.").reasons
    'Because.'
    """
    m = _RATING_RE.search(text)
    if not m:
        raise ValueError("This file has no line 'Trust rating: N out of 5': was it saved from lesson 00?")
    _, _, why = text.partition("## Why")
    reasons = why.strip()
    return Prediction(int(m.group(1)), "" if reasons == "(no reasons written)" else reasons)


def save_prediction(prediction: Prediction, folder: str | Path = ".", title: str = "the article") -> Path:
    """Write ``my-prediction.md`` in ``folder`` and return its path."""
    path = Path(folder) / DEFAULT_FILE
    path.write_text(prediction.markdown(title), encoding="utf-8")
    return path


def load_prediction(folder: str | Path = ".") -> Prediction | None:
    """The prediction saved in ``folder``, or None if the learner has not saved one."""
    path = Path(folder) / DEFAULT_FILE
    if not path.is_file():
        return None
    return parse_prediction(path.read_text(encoding="utf-8"))


def prediction_widget(folder: str | Path = ".", title: str = "the article", rating: int = 3) -> "widgets.VBox":
    """A 1-5 trust scale (five labelled buttons), a box for reasons and a Save button; nothing is written until Save is pressed.

    >>> w = prediction_widget(rating=2)
    >>> "2 out of 5 (a little)" in w.output.value
    True
    """
    import ipywidgets as widgets  # a view: only this function needs widgets

    # Five labelled buttons, not a slider: a slider's handle has no accessible name
    # (ipywidgets cannot give it one), so a screen reader would announce just a number.
    slider = widgets.ToggleButtons(options=[(f"{n} {SCALE[n]}", n) for n in SCALE], value=rating,
                                   description="Trust (1–5)", style={"description_width": "initial",
                                                                     "button_width": "auto"})
    slider.add_class("ml-browser-probe")
    reasons = widgets.Textarea(placeholder="Why? One or two sentences (optional: you can also edit the cell above).",
                               layout=widgets.Layout(width="36em", height="4.5em"))
    button = widgets.Button(description="Save my prediction", icon="save",
                            tooltip=f"Write {DEFAULT_FILE} next to this notebook",
                            layout=widgets.Layout(width="16em"))
    output = widgets.HTML()
    output.add_class("ml-widget-output")

    def show(note: str = "") -> None:
        p = Prediction(slider.value, reasons.value)
        output.value = (f'<div style="color:#111;font-size:14px">Your rating: <b>{p.rating} out of 5 '
                        f"({html.escape(p.words)})</b>. {html.escape(note)}</div>")

    saved: list[Prediction] = []  # what was last written to the file, if anything

    def save(_=None) -> None:
        p = Prediction(slider.value, reasons.value)
        path = save_prediction(p, folder, title)
        saved[:] = [p]
        show(f"Saved to {path.name}: lesson 05 will come back to it.")

    def changed(_=None) -> None:
        if not saved:
            show("Not saved yet: press the button to keep it.")
        elif saved[0] != Prediction(slider.value, reasons.value):
            show("Changed since you saved: press the button again to keep this version.")
        else:
            show(f"Saved to {DEFAULT_FILE}.")

    slider.observe(changed, names="value")
    reasons.observe(changed, names="value")
    button.on_click(save)
    changed()
    box = widgets.VBox([slider, reasons, button, output])
    box.slider, box.reasons, box.button, box.output = slider, reasons, button, output
    return box
