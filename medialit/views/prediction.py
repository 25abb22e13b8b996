"""A learner's first impression of an article, saved so a later lesson can return to it.

Before any analysis, a learner rates how much they trust the article (1 to 5)
and says why. Comparing that first impression with what the analysis finds is
the point of the capstone.

Privacy: the rating and the reasons are the learner's own. JupyterLab
autosaves notebooks, so they are never printed into a notebook's outputs:
they go only into the learner's answers file (``00-start-here-my-answers.json``
next to the notebook, see ``medialit/views/store.py``), written only when the
learner presses Save, and are shown again only inside a widget.

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

#: The file of older versions of the kit (still read, never written).
DEFAULT_FILE = "my-prediction.md"
#: Where lesson 00 keeps the prediction, and the names of the two ratings in an answers file.
LESSON_00 = "00-start-here"
FIRST = "first impression (lesson 00)"
VERDICT = "verdict (lesson 05)"

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


def _store(notebook: str, folder: str | Path | None):
    from .store import AnswerStore  # the learner's answers file: the one place private entries go
    return AnswerStore(notebook, folder)


def save_prediction(prediction: Prediction, folder: str | Path | None = None, title: str = "the article",
                    which: str = FIRST, notebook: str = LESSON_00, learner: str | None = None) -> Path:
    """Keep a rating in the learner's answers file in ``folder`` (never in the notebook); returns the file's path.

    ``learner`` (optional, typed by the learner) goes into the file and its name, so
    the teacher's overview can pair a learner's first impression with their verdict.
    """
    store = _store(notebook, folder)
    if learner is not None and learner.strip() != store.learner:
        store.rename(learner)
    store.article_title = store.article_title or title
    store.record_trust(which, prediction.rating, prediction.reasons)
    return store.path


def load_prediction(folder: str | Path | None = None, which: str = FIRST, notebook: str = LESSON_00) -> Prediction | None:
    """The rating saved in ``folder``, or None if the learner has not saved one."""
    saved = _store(notebook, folder).trust.get(which)
    if isinstance(saved, dict) and saved.get("rating") in SCALE:
        return Prediction(int(saved["rating"]), str(saved.get("reasons", "")))
    legacy = Path(folder if folder is not None else ".") / DEFAULT_FILE
    if which == FIRST and legacy.is_file():
        return parse_prediction(legacy.read_text(encoding="utf-8"))
    return None


def prediction_viewer(folder: str | Path | None = None, which: str = FIRST) -> "widgets.VBox":
    """A button that shows a saved rating inside a widget, so it never becomes part of the notebook file.

    >>> prediction_viewer("/nonexistent").button.description
    'Show my first impression'
    """
    import ipywidgets as widgets

    button = widgets.Button(description="Show my first impression", icon="eye", layout=widgets.Layout(width="18em"))
    output = widgets.HTML()
    output.add_class("ml-widget-output")

    def show(_=None) -> None:
        p = load_prediction(folder, which)
        output.value = ('<div style="color:#111;font-size:14px">' + (
            f"You trusted it <b>{p.rating} out of 5 ({html.escape(p.words)})</b>. "
            f"{html.escape(p.reasons) or '(no reasons written)'}" if p else
            "No saved prediction was found next to this notebook: how much did you trust the article at first, "
            "from 1 to 5, and why?") + "</div>")

    button.on_click(show)
    from .toolbox import ToolBox  # a view: widgets only when a box is built

    box = ToolBox([button, output])
    box.button, box.output = button, output
    return box


def _trust_controls(rating: int, learner_name: str) -> tuple:
    """The scale, the reasons box and the optional name box of the trust widget."""
    import ipywidgets as widgets

    # Five labelled buttons, not a slider: a slider's handle has no accessible name
    # (ipywidgets cannot give it one), so a screen reader would announce just a number.
    slider = widgets.ToggleButtons(options=[(f"{n} {SCALE[n]}", n) for n in SCALE], value=rating,
                                   description="Trust (1–5)", style={"description_width": "initial",
                                                                     "button_width": "auto"})
    slider.add_class("ml-browser-probe")
    reasons = widgets.Textarea(placeholder="Why? One or two sentences. They are kept in your answers file, "
                               "not in this notebook.", layout=widgets.Layout(width="36em", height="4.5em"))
    # Optional: the name only labels the answers file, so a teacher can pair lesson 00 with lesson 05.
    learner = widgets.Text(value=learner_name, description="Your name (optional)",
                           placeholder="first name, or leave empty", style={"description_width": "initial"},
                           layout=widgets.Layout(width="30em"))
    return slider, reasons, learner


def prediction_widget(folder: str | Path | None = None, title: str = "the article", rating: int = 3,
                      which: str = FIRST, notebook: str = LESSON_00,
                      button_text: str = "Save my prediction") -> "widgets.VBox":
    """A 1-5 trust scale (five labelled buttons), a box for reasons and a Save button; nothing is written until Save is pressed.

    What the learner enters goes only to their answers file; the message under
    the button is neutral ("Saved"), and repeats neither the rating nor the reasons.

    >>> w = prediction_widget(rating=2)
    >>> "Not saved yet" in w.output.value
    True
    """
    import ipywidgets as widgets  # a view: only this function needs widgets

    slider, reasons, learner = _trust_controls(rating, _store(notebook, folder).learner)
    button = widgets.Button(description=button_text, icon="save",
                            tooltip="Keep it in your answers file next to this notebook",
                            layout=widgets.Layout(width="16em"))
    button.add_class("ml-browser-submit")  # the browser test moves the slider, then saves: the line changes
    output = widgets.HTML()
    output.add_class("ml-widget-output")

    def show(note: str) -> None:
        output.value = f'<div style="color:#111;font-size:14px">{html.escape(note)}</div>'

    saved: list[Prediction] = []  # what was last written to the file, if anything

    def save(_=None) -> None:
        p = Prediction(slider.value, reasons.value)
        path = save_prediction(p, folder, title, which, notebook, learner.value)
        if which == VERDICT:  # one file with both ratings, for the learner and the teacher's overview
            first = load_prediction(folder)
            if first is not None:
                save_prediction(first, folder, title, FIRST, notebook, learner.value)
        saved[:] = [p]
        show(f"Saved in {path.name} (not in this notebook).")

    def changed(_=None) -> None:
        if not saved:
            show("Not saved yet: press the button to keep it.")
        elif saved[0] != Prediction(slider.value, reasons.value):
            show("Changed since you saved: press the button again to keep this version.")
        else:
            show("Saved.")

    slider.observe(changed, names="value")
    reasons.observe(changed, names="value")
    button.on_click(save)
    changed()
    from .toolbox import ToolBox

    box = ToolBox([slider, reasons, learner, button, output])
    box.slider, box.reasons, box.learner, box.button, box.output = slider, reasons, learner, button, output
    return box
