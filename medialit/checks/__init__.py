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

import difflib
import html
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

_ICONS = {"correct": "✔", "partial": "◐", "wrong": "✘", "unanswered": "…", "received": "✎", "judged": "⚖",
          "nudge": "✎"}
_LABELS = {"correct": "Correct", "partial": "Nearly there", "wrong": "Not yet", "unanswered": "Not answered yet",
           "received": "Received — now compare with the model answer",
           "judged": "Your judgement is recorded — now compare", "nudge": "Say a little more"}
#: What kind of task a result belongs to. Only "auto" tasks can be right or wrong: a written answer is
#: received (never "correct"), and a contestable judgement with a reason is recorded, never marked wrong.
KINDS = ("auto", "written", "judgement")
_COLOURS = {"correct": "#d9f2e6", "partial": "#fff3cc", "wrong": "#fde2d6", "unanswered": "#eeeeee",
            "received": "#e3ecfa", "judged": "#e3ecfa", "nudge": "#fff3cc"}


@dataclass(frozen=True)
class Feedback:
    """The result of one check. ``status``: correct, partial, wrong or unanswered.

    It shows itself as a short, coloured-and-labelled box in a notebook and as
    one plain line of text everywhere else.
    """

    task: str
    status: str
    message: str
    kind: str = "auto"
    #: Shown after submitting, folded away: the model answer, or what the word list says and why.
    details: str = ""
    details_title: str = "Model answer"
    #: A short self-check list from the marking guide, for the learner to tick.
    selfcheck: tuple[str, ...] = ()
    #: The learner's reason ("because ..."), for judgements; saved for the teacher.
    reason: str = ""

    @property
    def correct(self) -> bool:
        return self.kind == "auto" and self.status == "correct"

    def __str__(self) -> str:
        text = f"{_ICONS[self.status]} {self._head()} {_LABELS[self.status]}. {self.message}".rstrip()
        if self.details:
            text += f"\n{self.details_title}: {self.details}"
        if self.selfcheck:
            text += "\nCheck your own answer:" + "".join(f"\n[ ] {item}" for item in self.selfcheck)
        return text

    __repr__ = __str__

    def _head(self) -> str:
        """The task's name, then a colon (none after a question mark: "Task 1 · who is it?")."""
        return self.task if self.task.endswith("?") else f"{self.task}:"

    def _repr_html_(self) -> str:
        extra = ""
        if self.details:
            extra += (f'<details style="margin-top:4px"><summary>{html.escape(self.details_title)} '
                      f"(open it after you have written yours)</summary>{_details_html(self.details)}</details>")
        if self.selfcheck:
            ticks = "".join(f'<li><label><input type="checkbox"> {html.escape(i)}</label></li>' for i in self.selfcheck)
            extra += f'<div style="margin-top:4px">Check your own answer:<ul style="margin:2px 0">{ticks}</ul></div>'
        return (
            f'<div class="ml-feedback ml-feedback-{self.status}" role="status" '
            f'style="background:{_COLOURS[self.status]};color:#000;border-left:6px solid #000;padding:6px 10px;">'
            f"<strong>{_ICONS[self.status]} {html.escape(self._head())} {_LABELS[self.status]}.</strong> "
            f"{html.escape(self.message)}{extra}</div>"
        )


def _details_html(details: str) -> str:
    """Details as escaped HTML: rows joined by " · " (a comparison, item by item) become a list.

    >>> _details_html("a: x · b: <y>")
    '<ul style="margin:2px 0"><li>a: x</li><li>b: &lt;y&gt;</li></ul>'
    """
    rows = details.split(" · ")
    if len(rows) == 1:
        return html.escape(details)
    return '<ul style="margin:2px 0">' + "".join(f"<li>{html.escape(r)}</li>" for r in rows) + "</ul>"


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


#: What a task says to an answer left as ``...`` (every lesson's checks say it).
UNANSWERED = "Replace the ... with your answer, then run the cell again."


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
    "2 of 2 sources found, but 1 extra item is not one of them ('z')."
    """
    task = task or what
    if is_unanswered(answer):
        return Feedback(task, "unanswered", UNANSWERED)
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
        mine = ", ".join(f"'{g}'" for g in extra)  # the learner's own words: naming them gives nothing away
        parts.append(f"{plural(n_extra, 'extra item')} {'is' if n_extra == 1 else 'are'} not one of them ({mine})")
    status = "partial" if found else "wrong"
    if missing and n_extra:
        msg = f"{head}. {parts[0].capitalize()}, and {parts[1]}."
    elif missing:
        msg = f"{head}. {parts[0].capitalize()}."
    else:
        msg = f"{head}, but {parts[0]}."
    msg += typo_hints(extra, [e for e in expected if e not in found])
    return Feedback(task, status, msg + _hint(where))


def typo_hints(given: Iterable[object], candidates: Iterable[str]) -> str:
    """" 'expresed' — did you mean 'expressed'?" for each given item that is a near miss of a candidate.

    Only close spellings are named (difflib, ratio 0.8 or more), so a hint never gives away a missing answer.

    >>> typo_hints(["expresed", "banana"], ["expressed", "stated"])
    " 'expresed' — did you mean 'expressed'?"
    """
    hints = []
    pool = {normalise(c): str(c) for c in candidates}
    for g in given:
        close = difflib.get_close_matches(normalise(g), list(pool), n=1, cutoff=0.8)
        if close:
            hints.append(f"'{g}' — did you mean '{pool[close[0]]}'?")
    return "".join(" " + h for h in hints)


def as_number(answer: object) -> tuple[float | None, str]:
    """A number from an answer, forgiving a decimal comma; and a note when the comma was read.

    In Python ``14,7`` is two numbers (a tuple), and ``"14,7"`` is text: both mean 14.7 here.

    >>> as_number((14, 7)), as_number("14,7"), as_number(3), as_number("three")[0]
    ((14.7, 'I read 14,7 as 14.7: Python writes decimals with a point.'), (14.7, 'I read 14,7 as 14.7: Python writes decimals with a point.'), (3.0, ''), None)
    """
    if isinstance(answer, bool):
        return None, ""
    if isinstance(answer, (int, float)):
        return float(answer), ""
    text = None
    if isinstance(answer, tuple) and len(answer) == 2 and all(isinstance(x, int) and not isinstance(x, bool)
                                                              for x in answer) and answer[1] >= 0:
        text = f"{answer[0]},{answer[1]}"
    elif isinstance(answer, str) and re.fullmatch(r"\s*-?\d+,\d+\s*", answer):
        text = answer.strip()
    if text is not None:
        return float(text.replace(",", ".")), f"I read {text} as {text.replace(',', '.')}: Python writes decimals with a point."
    try:
        return float(answer), ""  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None, ""


def compare_number(answer: object, expected: float, what: str, where: str = "", tolerance: float = 0.0,
                   task: str | None = None) -> Feedback:
    """Compare a number, within ``tolerance``; says whether the answer is too high or too low.

    >>> compare_number(7, 5, "boosters", "03 §2").message
    'Your count is too high. Re-read the paragraph word by word. See lesson 03 §2.'
    """
    task = task or what
    if is_unanswered(answer):
        return Feedback(task, "unanswered", UNANSWERED)
    value, note = as_number(answer)
    if value is None:
        return Feedback(task, "wrong", f"Give the number of {what} as a number, e.g. 4 (no quotation marks).")
    note = f" ({note})" if note else ""
    if abs(value - expected) <= tolerance + 1e-9:
        return Feedback(task, "correct", f"Yes: {what} = {expected:g}.{note}")
    direction = "too high" if value > expected else "too low"
    return Feedback(task, "wrong", f"Your count is {direction}. Re-read the paragraph word by word." + _hint(where) + note)


def compare_labels(answer: dict | object, expected: dict[str, str], what: str, where: str = "",
                   task: str | None = None) -> Feedback:
    """Compare a labelling (item -> label), e.g. verb -> neutral/loaded; counts right and wrong labels.

    >>> compare_labels({"said": "neutral", "claimed": "neutral"}, {"said": "neutral", "claimed": "loaded"}, "verbs").message
    "1 of 2 verbs labelled as the lexicon does. Look again at: 'claimed'."
    """
    task = task or what
    if is_unanswered(answer) or not isinstance(answer, dict):
        return Feedback(task, "unanswered", "Choose a label for every item, then press Check.")
    answered = {normalise(k): normalise(v) for k, v in answer.items() if not is_unanswered(v)}
    key = {normalise(k): normalise(v) for k, v in expected.items()}
    shown = {normalise(k): str(k) for k in expected}  # the item as the learner sees it
    right = sum(answered.get(k) == v for k, v in key.items())
    blank = [shown[k] for k in key if k not in answered]
    if right == len(key):
        return Feedback(task, "correct", f"All {len(key)} {what} labelled as the lexicon does.")
    wrong = [shown[k] for k, v in key.items() if k in answered and answered[k] != v]
    msg = f"{right} of {len(key)} {what} labelled as the lexicon does."
    if wrong:
        msg += " Look again at: " + ", ".join(f"'{w}'" for w in wrong) + "."
    if blank:
        msg += f" {len(blank)} not labelled yet."  # the blank menus show which
    return Feedback(task, "partial" if right else "wrong", msg + _hint(where))


def looks_like_prose(text: str) -> bool:
    """False for padding: a few words repeated to reach a length ("date date date ...").

    >>> looks_like_prose("who who yet yet banana " * 6), looks_like_prose("It names no one, so nobody can check it.")
    (False, True)
    """
    words = [w for w in re.findall(r"[a-z']+", normalise(text))]
    distinct = set(words)
    return len(distinct) >= 0.5 * len(words) and (len(words) < 12 or len(distinct) >= 8)


def written_answer(answer: object, task: str, min_words: int = 15, model: str = "",
                   selfcheck: Iterable[str] = ()) -> Feedback:
    """A written answer is received, never marked: the model answer and a self-check list come back.

    No keyword decides anything: a machine cannot judge an argument. Only an
    empty, very short or padded answer gets a kind nudge instead.

    >>> written_answer("Because nobody is named, a reader cannot check it.", "why it matters", min_words=3).status
    'received'
    >>> written_answer("date " * 45, "verdict").status
    'nudge'
    """
    if is_unanswered(answer):
        return Feedback(task, "unanswered", 'Replace the ... with your answer in quotation marks ("like this"), '
                        "then run the cell.", kind="written")
    text = str(answer)
    words = len(text.split())
    if words < min_words:
        return Feedback(task, "nudge", f"You wrote {words} words: say a little more ({min_words} or so), with an "
                        "example from the article.", kind="written")
    if not looks_like_prose(text):
        return Feedback(task, "nudge", "Your answer repeats the same few words. Write it in your own sentences, "
                        "with an example from the article.", kind="written")
    return Feedback(task, "received", "Read the model answer below, then tick what your answer already does. "
                    "Your teacher reads the rest.", kind="written", details=model, selfcheck=tuple(selfcheck))


def lesson_keys(name: str) -> dict:
    """A keys file of the lesson article (``seeds/keys/<name>``), or {} where the kit has no ``seeds`` folder.

    They name the lesson article's people, so they live beside it, not in the
    kit's rules. They are found from the notebook's folder (``exercises/`` ->
    ``../seeds``), the current folder, or the kit's own checkout.
    """
    import json
    here = Path.cwd()
    for folder in (here / "seeds", here.parent / "seeds", Path(__file__).resolve().parents[2] / "seeds"):
        if (folder / "keys" / name).is_file():
            return json.loads((folder / "keys" / name).read_text("utf-8"))
    return {}


def model_answer(notebook: str, task: str) -> tuple[str, tuple[str, ...]]:
    """The model answer and self-check list of a written task, from ``seeds/keys/model-answers.json``.

    >>> text, ticks = model_answer("05-capstone", "Task 5 · my verdict")
    >>> text.startswith("I now trust"), len(ticks) > 2, model_answer("none", "x")
    (True, True, ('', ()))
    """
    entry = lesson_keys("model-answers.json").get(notebook, {}).get(task, {})
    return entry.get("model", ""), tuple(entry.get("selfcheck", ()))


def article_key(article, notebook: str, task: str) -> dict[str, tuple[str, str]]:
    """The authors' key for a judgement task on ``article`` (item -> (label, why)), from ``seeds/keys/answer-keys.json``.

    Keyed by the sha256 of the article's text, so only the article it was written for has one.

    >>> from types import SimpleNamespace
    >>> article_key(SimpleNamespace(text="It may rain."), "03-hedged-language", "Task 2 · real flag or false alarm")
    {}
    """
    return {item: (v["label"], v.get("why", "")) for item, v in article_key_rows(article, notebook, task).items()}


def article_key_rows(article, notebook: str, task: str) -> dict[str, dict]:
    """The raw rows of an article's key (with any extra fields, e.g. the sentence)."""
    from ..views.store import text_hash
    return lesson_keys("answer-keys.json").get(text_hash(getattr(article, "text", "") or ""), {}).get(notebook, {}).get(task, {})


def split_reason(answer: object) -> tuple[str, str]:
    """A judgement typed as "label because reason" (or a (label, reason) pair): the label and the reason.

    >>> split_reason("Loaded because it makes the threat sound real."), split_reason(("neutral", "plain verb"))
    (('loaded', 'it makes the threat sound real.'), ('neutral', 'plain verb'))
    """
    if isinstance(answer, (list, tuple)) and len(answer) == 2:
        return normalise(answer[0]), str(answer[1]).strip()
    text = str(answer or "").strip()
    match = re.match(r"(?is)(.*?)(?:,|;|:|\s)\s*(?:because|as|since)\b\s*(.*)", text)
    if match:
        return normalise(match.group(1)), match.group(2).strip()
    return normalise(text), ""


def has_reason(reason: str, min_words: int = 3) -> bool:
    """A one-line reason: a few real words, not a shrug.

    >>> has_reason("it sounds like a threat"), has_reason("idk"), has_reason("")
    (True, False, False)
    """
    return len(reason.split()) >= min_words and looks_like_prose(reason)


def compare_judgements(answer: dict | object, key: dict[str, tuple[str, str]], options: Iterable[str],
                       what: str, where: str = "", task: str | None = None, whose: str = "the word list") -> Feedback:
    """Contestable labels: any label is accepted WITH a reason; then the word list's label and ``why`` are shown.

    ``answer`` maps each item to "label because reason"; ``key`` maps it to (label, why), and
    ``whose`` names where the key's reading comes from (the word list, the toolkit, the kit's authors).
    A reasoned disagreement is never marked wrong; a label without a reason asks for one.

    >>> key = {"warned": ("loaded", "presents a danger as real")}
    >>> compare_judgements({"warned": "neutral because wire style uses it for threats"}, key, ["neutral", "loaded"], "verbs").status
    'judged'
    >>> compare_judgements({"warned": "neutral"}, key, ["neutral", "loaded"], "verbs").message
    "1 label still needs a reason: write 'because …' after it ('warned'). Any label is fine with a reason."
    """
    task = task or what
    offered = {normalise(o): str(o) for o in options}  # the labels as the menus show them
    options = list(offered)
    if is_unanswered(answer) or not isinstance(answer, dict):
        return Feedback(task, "unanswered", "Choose a label for every item and write why, then press Check.",
                        kind="judgement")
    given = {normalise(k): split_reason(v) for k, v in answer.items() if not is_unanswered(v)}
    shown = {normalise(k): str(k) for k in key}
    blank = [shown[k] for k in shown if k not in given or given[k][0] not in options]
    no_reason = [shown[k] for k in shown if k in given and given[k][0] in options and not has_reason(given[k][1])]
    if blank or no_reason:
        parts = []
        if blank:
            parts.append(f"{len(blank)} of {len(key)} {what} not labelled yet.")
        if no_reason:
            n = len(no_reason)
            names = ", ".join(f"'{w}'" for w in no_reason)
            parts.append(f"{n} label{'s' if n > 1 else ''} still need{'' if n > 1 else 's'} a reason: write "
                         f"'because …' after it ({names}).")
        return Feedback(task, "nudge", " ".join(parts) + " Any label is fine with a reason.", kind="judgement")
    rows, differ = [], 0
    for k, (label, why) in key.items():
        mine, reason = given[normalise(k)]
        same = mine == normalise(label)
        differ += not same
        rows.append(f"{k}: you — {offered.get(mine, mine)} (because {reason}); {whose} — {label}"
                    + (f" ({why})" if why else "") + ("" if same else "  ← you differ: whose reason fits better?"))
    msg = (f"All {len(key)} {what} labelled, each with a reason. You and {whose} differ on {differ}. "
           "Open the comparison below: a reasoned disagreement is not a mistake." + _hint(where))
    return Feedback(task, "judged", msg, kind="judgement", details=" · ".join(rows),
                    details_title="What the word list says, and why",
                    reason=" | ".join(f"{k}: {given[normalise(k)][1]}" for k in key))


@dataclass
class Progress:
    """The learner's results in one exercise notebook, in the order the tasks were checked.

    Only auto-checked tasks count as right; written answers count as done once
    received, and judgements once they carry a reason.

    >>> p = Progress("demo", total=3, written=1)
    >>> _ = p.record(Feedback("task 1", "correct", ""))
    >>> _ = p.record(Feedback("task 2", "received", "", kind="written"))
    >>> p.summary()
    'demo: 1 of 2 auto-checked tasks right · 1 of 1 written answers done · 1 not answered yet.'
    """

    notebook: str
    results: dict[str, Feedback] = field(default_factory=dict)
    answers: dict[str, object] = field(default_factory=dict)
    total: int | None = None
    written: int = 0
    judgements: int = 0

    def record(self, feedback: Feedback, answer: object = None) -> Feedback:
        """Keep the latest result of a task (re-running a cell replaces it) and return it."""
        self.results[feedback.task] = feedback
        if answer is not None and answer is not ...:
            self.answers[feedback.task] = answer
        return feedback

    def summary(self) -> str:
        """One line: auto-checked tasks right, written answers done, judgements with reasons, not answered yet."""
        answered = [f for f in self.results.values() if f.status != "unanswered"]
        of_kind = lambda kind: [f for f in answered if f.kind == kind]
        n_written = max(self.written, len(of_kind("written")))
        n_judged = max(self.judgements, len(of_kind("judgement")))
        total = max(self.total or 0, len(answered))
        n_auto = max(total - n_written - n_judged, len(of_kind("auto")))
        right = sum(f.correct for f in answered)
        parts = [f"{right} of {n_auto} auto-checked tasks right"]
        if n_written:
            parts.append(f"{sum(f.status == 'received' for f in of_kind('written'))} of {n_written} written answers done")
        if n_judged:
            parts.append(f"{sum(f.status == 'judged' for f in of_kind('judgement'))} of {n_judged} "
                         "judgements with reasons")
        todo = n_auto + n_written + n_judged - len(answered)
        parts.append("all answered" if todo <= 0 else "none answered yet" if not answered
                     else f"{todo} not answered yet")
        return f"{self.notebook}: " + " · ".join(parts) + "."

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


RESTORED = "Restored from your saved answers."


def _restored(task: str, rec: dict) -> Feedback:
    """A saved result as Feedback again (older files have no ``kind``: their tasks were auto-checked)."""
    kind = rec.get("kind") if rec.get("kind") in KINDS else "auto"
    return Feedback(task, rec["status"], str(rec.get("message", "")), kind=kind, reason=str(rec.get("reason") or ""))


def _notebook_file(notebook: str) -> Path:
    """The running notebook's file: Jupyter Server tells the kernel (JPY_SESSION_NAME), else ``<notebook>.ipynb``."""
    import os
    session = os.environ.get("JPY_SESSION_NAME", "")  # a path from the server's root; the kernel runs in its folder
    for candidate in (Path(session), Path(Path(session).name)) if session.endswith(".ipynb") else ():
        if candidate.is_file():
            return candidate
    return Path(f"{notebook}.ipynb")


class Tasks:
    """The base of each lesson's checks: one method per task, each returning ``Feedback``.

    A subclass sets ``notebook`` and ``total`` and calls ``self._record`` in
    every task method. Each result is written to the answers file at once
    (see ``store.py``), and a new ``Tasks`` (the Setup cell, after a restart)
    reads it back: a task cell run again with ``...`` shows the saved answer
    and result instead of forgetting them. The article is an argument so that
    the same checks work on another article (the transfer tasks).

    >>> import tempfile
    >>> class Demo(Tasks):
    ...     notebook, total = "demo", 2
    ...     def count(self, answer):
    ...         return self._record(compare_number(answer, 3, "things"), answer)
    >>> folder = tempfile.mkdtemp()
    >>> t = Demo(article=None, folder=folder)
    >>> t.count(...).status, t.count(3).status, t.progress()
    ('unanswered', 'correct', 'demo: 1 of 2 auto-checked tasks right · 1 not answered yet.')
    >>> again = Demo(article=None, folder=folder)   # e.g. after Restart & Run All
    >>> again.progress(), again.count(...).status
    ('demo: 1 of 2 auto-checked tasks right · 1 not answered yet.', 'correct')
    """

    notebook = "exercise"
    total: int | None = None
    #: How many of ``total`` are written answers and contestable judgements (never marked right or wrong).
    written: int = 0
    judgements: int = 0

    def __init__(self, article, folder: str | Path | None = None, learner: str | None = None) -> None:
        from .slips import install
        from ..views.store import AnswerStore, text_hash
        install()  # in a notebook: beginners' slips get one line from now on
        self.article = article
        self._checking = ""  # the menu widget's check now running, kept with its answer
        self._progress = Progress(self.notebook, total=self.total, written=self.written, judgements=self.judgements)
        text = getattr(article, "text", "") or ""
        self._store = AnswerStore(self.notebook, folder, learner, getattr(article, "title", "") or "",
                                  text_hash(text) if text else "")
        self._load_saved()

    def _load_saved(self) -> None:
        """Fill the progress from the answers file (results and answers as they were last checked)."""
        self._progress = Progress(self.notebook, total=self.total, written=self.written, judgements=self.judgements)
        for task, rec in self._store.tasks.items():
            if rec.get("status") in _LABELS and rec.get("status") != "unanswered":
                self._progress.record(_restored(task, rec), rec.get("answer"))

    def _record(self, feedback: Feedback, answer: object = None) -> Feedback:
        if feedback.status == "unanswered":
            saved = self._store.tasks.get(feedback.task)
            if saved and saved.get("status") in _LABELS and saved["status"] != "unanswered":
                from ..views.store import show_answer
                shown = show_answer(saved.get("answer")).strip()
                restored = _restored(feedback.task, saved)
                restored = Feedback(**{**restored.__dict__, "message": f"{RESTORED} {restored.message} "
                                                                       f"Your answer was: {shown}"})
                return self._progress.record(restored, saved.get("answer"))
            return self._progress.record(feedback, answer)
        self._store.record(feedback.task, feedback.status, feedback.message, answer, kind=feedback.kind,
                           reason=feedback.reason, check=self._checking)
        return self._progress.record(feedback, answer)

    def _written(self, task: str, answer: object, min_words: int) -> Feedback:
        """A written task: received with the model answer and self-check list (never marked right)."""
        model, ticks = model_answer(self.notebook, task)
        return self._record(written_answer(answer, task, min_words=min_words, model=model, selfcheck=ticks), answer)

    def classify(self, items: list[str], options, checker, answers: object = None,
                 contexts: dict[str, str] | None = None, reasons: bool = False):
        """A classification widget for a task, pre-filled from the cell's ``answers`` or else the saved answers.

        ``answers`` may be a dictionary (item -> label) or a list of labels in
        the order of the menus; anything else is not silently ignored: the
        widget says it was not used.
        """
        from .classify import classify_widget
        items = list(items)
        note = ""
        if isinstance(answers, (list, tuple)) and answers and all(isinstance(a, str) for a in answers):
            answers = dict(zip(items, answers))  # a list of labels, in the order of the menus
        if not isinstance(answers, dict) or not answers:
            if not is_unanswered(answers):
                note = ("Your answers line was not used: write a dictionary {item: label} or a list of labels, "
                        "or just choose in the menus.")
            answers = None
        name = getattr(checker, "__name__", "")
        if answers is None:
            answers = self._saved_labels(items, name)
            note = note or (RESTORED if answers else "")

        def checked(*args, **kwargs):
            self._checking = name
            try:
                return checker(*args, **kwargs)
            finally:
                self._checking = ""

        return classify_widget(items, options, checked, answers=answers, contexts=contexts, note=note, reasons=reasons)

    def _saved_labels(self, items: list[str], check: str = "") -> dict | None:
        """The saved labelling of this check whose items are these menus' items (restores a widget after a restart).

        Another check's answer is never used, even when its items are the same;
        a file from before checks were named is matched by its items alone.
        """
        fits = [rec for rec in self._store.tasks.values()
                if isinstance(rec.get("answer"), dict) and rec["answer"] and set(rec["answer"]) <= set(items)]
        for rec in sorted(fits, key=lambda r: r.get("check") != check):  # this check's own answer first
            if rec.get("check") in (check, None):
                return rec["answer"]
        return None

    def saved_answer(self, task: str) -> object:
        """The answer last checked for ``task`` (from this session or the answers file), or None."""
        return self._store.tasks.get(task, {}).get("answer")

    def paragraph(self, n: int) -> str:
        """The text of body paragraph ``n`` (1 = the first body block), as the tasks number them."""
        body = self.article.blocks_of("body")
        if not 1 <= n <= len(body):
            raise ValueError(f"The article has {len(body)} body paragraphs; choose a number from 1 to {len(body)}.")
        return body[n - 1].text

    def progress(self) -> str:
        """One line: how many tasks are correct, answered and not answered yet."""
        return self._progress.summary()

    @property
    def learner(self) -> str:
        """The learner's name as typed (may be empty)."""
        return self._store.learner

    def set_learner(self, name: str) -> Path:
        """Use the learner's name: in the answers files' content and names. Returns the JSON file's path."""
        return self._store.rename(name)

    def start_again(self) -> None:
        """Forget every answer of this notebook (the old file is kept as ``.bak``). Only the panel's
        confirmed "start again" button calls this."""
        self._store.clear()
        self._progress = Progress(self.notebook, total=self.total, written=self.written, judgements=self.judgements)

    def panel(self):
        """The Setup cell's panel: the learner's name, the progress line and a "start again" button."""
        from .panel import setup_panel
        return setup_panel(self)

    def save(self, folder: str | Path | None = None, notebook_file: str | Path | None = None) -> str:
        """Write the answers, results and written answers to the JSON and Markdown files; say how to download them."""
        from .written import read_written_answers
        if folder is not None:
            self._store.folder = Path(folder)
        nb_file = Path(notebook_file) if notebook_file else _notebook_file(self.notebook)
        written = read_written_answers(nb_file)
        for label, text in written.items():
            self._store.written[label] = {"text": text}
        path = self._store.write()
        if not nb_file.exists():
            note = ""
        elif written:
            note = (f" Included: {len(written)} written answer(s) from the text cells, as the notebook was last saved "
                    "(press Ctrl+S first).")
        else:
            note = (" No written answers found in the text cells yet (they are read from the notebook as last saved: "
                    "press Ctrl+S first).")
        return (f"Saved: {self.progress()} Files: {path.name} and {path.with_suffix('.md').name}.{note} To hand "
                "them in, find them in the file browser on the left, right-click and choose Download. "
                "(On Binder, work is lost when the session ends.)")
