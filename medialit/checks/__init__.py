"""Instant, kind feedback for the exercise notebooks.

Each exercise task ends with a call such as ``check.unnamed_sources(answer)``.
The check compares the learner's answer with what the toolkit finds in the
article and answers at once: what is right, how many are missing or extra
(never the answer itself), and which lesson section helps. An unanswered task
(``...``) says "not answered yet", so a fresh notebook runs top to bottom.

>>> fb = compare_sets(["Reports", "officials "], ["reports", "officials", "experts"], "unnamed sources", "01 §3")
>>> fb.status, fb.message
('partial', '2 of 3 unnamed sources found. 1 still missing. See lesson 01 §3.')
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

_ICONS = {"correct": "✔", "partial": "◐", "wrong": "✘", "unanswered": "…"}
_LABELS = {"correct": "Correct", "partial": "Nearly there", "wrong": "Not yet", "unanswered": "Not answered yet"}


@dataclass(frozen=True)
class Feedback:
    """The result of one check. ``status``: correct, partial, wrong or unanswered.

    It shows itself as a short, coloured-and-labelled box in a notebook and as
    one plain line of text everywhere else.
    """

    task: str
    status: str
    message: str

    @property
    def correct(self) -> bool:
        return self.status == "correct"

    def __str__(self) -> str:
        return f"{_ICONS[self.status]} {self.task}: {_LABELS[self.status]}. {self.message}".rstrip()

    __repr__ = __str__

    def _repr_html_(self) -> str:
        colours = {"correct": "#d9f2e6", "partial": "#fff3cc", "wrong": "#fde2d6", "unanswered": "#eeeeee"}
        return (
            f'<div class="ml-feedback ml-feedback-{self.status}" role="status" '
            f'style="background:{colours[self.status]};color:#000;border-left:6px solid #000;padding:6px 10px;">'
            f"<strong>{_ICONS[self.status]} {html.escape(self.task)}: {_LABELS[self.status]}.</strong> "
            f"{html.escape(self.message)}</div>"
        )


def normalise(answer: object) -> str:
    """Fold an answer for comparison: case, accents, curly quotes, spaces, a trailing full stop.

    >>> normalise("  Ukrainian   Officials. ")
    'ukrainian officials'
    """
    text = unicodedata.normalize("NFKD", str(answer))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = re.sub(r"\s+", " ", text).strip().lower()
    return text.strip(" .,;:\"'")


def same_name(a: str, b: str) -> bool:
    """True when two spellings name the same thing: case, spaces, a doubled last letter, surname alone.

    >>> same_name("Jane Kovalenkoo", "kovalenko")
    True
    """
    x, y = normalise(a), normalise(b)
    if x == y:
        return True
    undouble = lambda s: re.sub(r"(\w)\1\b", r"\1", s)  # "Kovalenkoo" ~ "Kovalenko": transliterations differ
    x, y = undouble(x), undouble(y)
    if x == y:
        return True
    # A surname alone matches the full name ("Kovalenko" for "Jane Kovalenko").
    return bool(x and y) and (x.split()[-1] == y.split()[-1]) and (len(x.split()) == 1 or len(y.split()) == 1)


def is_unanswered(answer: object) -> bool:
    """``...``, None, an empty string or an empty list mean the learner has not answered yet.

    >>> is_unanswered(...), is_unanswered([]), is_unanswered("x")
    (True, True, False)
    """
    if answer is ... or answer is None:
        return True
    if isinstance(answer, str):
        return not answer.strip()
    try:
        return len(answer) == 0  # type: ignore[arg-type]
    except TypeError:
        return False


def _hint(where: str) -> str:
    return f" See lesson {where}." if where else ""


def compare_sets(answer: Iterable[str] | object, expected: Iterable[str], what: str, where: str = "",
                 task: str | None = None, match: Callable[[str, str], bool] = same_name) -> Feedback:
    """Compare a list of names or phrases with the expected ones, forgiving spelling variants.

    Says how many are right, missing and extra; never which ones are missing.

    >>> compare_sets(["a", "b", "z"], ["a", "b"], "sources").message
    '2 of 2 sources found, but 1 extra item is not one of them.'
    """
    task = task or what
    if is_unanswered(answer):
        return Feedback(task, "unanswered", "Replace the ... with your answer, then run the cell again.")
    if isinstance(answer, str):
        answer = [answer]
    given = [a for a in answer if not is_unanswered(a)]  # type: ignore[union-attr]
    expected = list(expected)
    found = [e for e in expected if any(match(g, e) for g in given)]
    extra = [g for g in given if not any(match(g, e) for e in expected)]
    missing = len(expected) - len(found)
    n_extra = len(extra)
    plural = lambda n, w: f"{n} {w}" if n == 1 else f"{n} {w}s"
    if not missing and not n_extra:
        return Feedback(task, "correct", f"All {len(expected)} {what} found.")
    head = f"{len(found)} of {len(expected)} {what} found"
    parts = []
    if missing:
        parts.append(f"{missing} still missing")
    if n_extra:
        parts.append(f"{plural(n_extra, 'extra item')} {'is' if n_extra == 1 else 'are'} not one of them")
    status = "partial" if found else "wrong"
    if missing and n_extra:
        msg = f"{head}. {parts[0].capitalize()}, and {parts[1]}."
    elif missing:
        msg = f"{head}. {parts[0].capitalize()}."
    else:
        msg = f"{head}, but {parts[0]}."
    return Feedback(task, status, msg + _hint(where))


def compare_number(answer: object, expected: float, what: str, where: str = "", tolerance: float = 0.0,
                   task: str | None = None) -> Feedback:
    """Compare a number, within ``tolerance``; says whether the answer is too high or too low.

    >>> compare_number(7, 5, "boosters", "03 §2").message
    'Your count is too high. Re-read the paragraph word by word. See lesson 03 §2.'
    """
    task = task or what
    if is_unanswered(answer):
        return Feedback(task, "unanswered", "Replace the ... with your answer, then run the cell again.")
    try:
        value = float(answer)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return Feedback(task, "wrong", f"Give the number of {what} as a number, e.g. 4.")
    if abs(value - expected) <= tolerance + 1e-9:
        return Feedback(task, "correct", f"Yes: {what} = {expected:g}.")
    direction = "too high" if value > expected else "too low"
    return Feedback(task, "wrong", f"Your count is {direction}. Re-read the paragraph word by word." + _hint(where))


def compare_labels(answer: dict | object, expected: dict[str, str], what: str, where: str = "",
                   task: str | None = None) -> Feedback:
    """Compare a labelling (item -> label), e.g. verb -> neutral/loaded; counts right and wrong labels.

    >>> compare_labels({"said": "neutral", "claimed": "neutral"}, {"said": "neutral", "claimed": "loaded"}, "verbs").message
    '1 of 2 verbs labelled as the lexicon does. Look again at 1.'
    """
    task = task or what
    if is_unanswered(answer) or not isinstance(answer, dict):
        return Feedback(task, "unanswered", "Choose a label for every item, then press Check.")
    answered = {normalise(k): normalise(v) for k, v in answer.items() if not is_unanswered(v)}
    key = {normalise(k): normalise(v) for k, v in expected.items()}
    right = sum(answered.get(k) == v for k, v in key.items())
    blank = sum(k not in answered for k in key)
    if right == len(key):
        return Feedback(task, "correct", f"All {len(key)} {what} labelled as the lexicon does.")
    wrong = len(key) - right - blank
    msg = f"{right} of {len(key)} {what} labelled as the lexicon does."
    if wrong:
        msg += f" Look again at {wrong}."
    if blank:
        msg += f" {blank} not labelled yet."
    return Feedback(task, "partial" if right else "wrong", msg + _hint(where))


def written_answer(answer: object, task: str, min_words: int = 15, keywords: Iterable[str] = ()) -> Feedback:
    """A light check of a written answer: long enough, and touching the key ideas (hints, not marks).

    >>> written_answer("Because nobody is named.", "why it matters", min_words=3).status
    'correct'
    """
    if is_unanswered(answer):
        return Feedback(task, "unanswered", 'Replace the ... with your answer in quotation marks ("like this"), then run the cell.')
    words = len(str(answer).split())
    if words < min_words:
        return Feedback(task, "partial", f"You wrote {words} words: say a little more ({min_words} or so), with an example from the article.")
    low = normalise(answer)
    missed = [k for k in keywords if normalise(k) not in low]
    if missed:
        return Feedback(task, "partial", f"A good start. Strong answers also mention an idea about '{missed[0]}'. Compare with your teacher's guide.")
    return Feedback(task, "correct", "Thank you: compare your answer with a partner's or the model answer.")


@dataclass
class Progress:
    """The learner's results in one exercise notebook, in the order the tasks were checked.

    >>> p = Progress("demo")
    >>> _ = p.record(Feedback("task 1", "correct", ""))
    >>> p.summary()
    'demo: 1 of 1 checked tasks correct (0 not answered yet).'
    """

    notebook: str
    results: dict[str, Feedback] = field(default_factory=dict)
    answers: dict[str, object] = field(default_factory=dict)
    total: int | None = None

    def record(self, feedback: Feedback, answer: object = None) -> Feedback:
        """Keep the latest result of a task (re-running a cell replaces it) and return it."""
        self.results[feedback.task] = feedback
        if answer is not None and answer is not ...:
            self.answers[feedback.task] = answer
        return feedback

    def summary(self) -> str:
        done = sum(f.correct for f in self.results.values())
        todo = sum(f.status == "unanswered" for f in self.results.values())
        total = self.total or len(self.results)
        return f"{self.notebook}: {done} of {total} checked tasks correct ({todo} not answered yet)."

    def markdown(self, when: datetime | None = None) -> str:
        """The learner's answers and results as Markdown, to save and download."""
        when = when or datetime.now(timezone.utc)
        lines = [f"# My answers: {self.notebook}", "", f"Saved {when:%Y-%m-%d %H:%M} UTC. {self.summary()}", ""]
        for task, fb in self.results.items():
            lines += [f"## {task}", "", f"- Result: {_LABELS[fb.status]}. {fb.message}"]
            if task in self.answers:
                lines += ["- My answer:", "", "```", str(self.answers[task]), "```"]
            lines.append("")
        return "\n".join(lines)

    def save(self, folder: str | Path = ".", when: datetime | None = None) -> Path:
        """Write ``<notebook>-my-answers.md`` next to the notebook and say how to download it."""
        path = Path(folder) / f"{self.notebook}-my-answers.md"
        path.write_text(self.markdown(when), encoding="utf-8")
        return path


class Tasks:
    """The base of each lesson's checks: one method per task, each returning ``Feedback``.

    A subclass sets ``notebook`` and ``total`` and calls ``self._record`` in
    every task method, so results are kept for the progress line and the
    "save my answers" cell. The article is an argument so that the same checks
    work on another article (the transfer tasks).

    >>> class Demo(Tasks):
    ...     notebook, total = "demo", 1
    ...     def count(self, answer):
    ...         return self._record(compare_number(answer, 3, "things"), answer)
    >>> t = Demo(article=None)
    >>> t.count(...).status, t.count(3).status, t.progress()
    ('unanswered', 'correct', 'demo: 1 of 1 checked tasks correct (0 not answered yet).')
    """

    notebook = "exercise"
    total: int | None = None

    def __init__(self, article) -> None:
        self.article = article
        self._progress = Progress(self.notebook, total=self.total)

    def _record(self, feedback: Feedback, answer: object = None) -> Feedback:
        return self._progress.record(feedback, answer)

    def paragraph(self, n: int) -> str:
        """The text of body paragraph ``n`` (1 = the first body block), as the tasks number them."""
        body = self.article.blocks_of("body")
        if not 1 <= n <= len(body):
            raise ValueError(f"The article has {len(body)} body paragraphs; choose a number from 1 to {len(body)}.")
        return body[n - 1].text

    def progress(self) -> str:
        """One line: how many tasks are checked correct so far."""
        return self._progress.summary()

    def save(self, folder: str | Path = ".") -> str:
        """Write the answers and results to a Markdown file next to the notebook; say how to download it."""
        path = self._progress.save(folder)
        return (f"Saved your answers to {path.name}. To keep them, find the file in the file browser "
                "on the left, right-click it and choose Download. (On Binder, work is lost when the session ends.)")
