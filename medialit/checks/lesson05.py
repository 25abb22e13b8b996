"""Checks for exercise 05 (the capstone: fill in a report card, judge, and transfer).

Every key is computed from the toolkit on the checked article (or, for the
transfer task, on the second article passed in), with the same counting the
report card uses, so the checks work on any article. A report-card task
checks several numbers at once and says which ones to look at again, never
what they should be.

>>> from medialit import load_article
>>> art = load_article("Rain Due\\n\\nIt will probably rain tomorrow, forecasters said.")
>>> check = Checks(art)
>>> check.card_voices(0, 1, 0).status
'correct'
>>> check.card_voices(1, 1, 0).message
'2 of 3 numbers match the toolkit. Look again at: named sources. See lesson 05 §2 (the report card) or lesson 01.'
"""

from __future__ import annotations

from ..analysis.article import Article
from ..analysis.attribution import find_attributions
from ..analysis.hedges import find_hedges
from ..analysis.quotes import find_quotes
from ..analysis.readability import readability
from ..analysis.report import find_missing
from ..analysis.sources import find_sources
from ..analysis.timeline import WEEKDAYS, find_time_expressions
from . import Feedback, Tasks, as_number, compare_labels, compare_sets, is_unanswered, normalise

#: The provenance signals of task 3, in the words shown to the learner -> ``find_missing`` names.
SIGNALS = {
    "the author's name (byline)": "byline",
    "a publication date": "date",
    "the outlet's name": "outlet",
    "links to primary sources": "links",
}
PRESENCE = ("present", "missing")

_UNANSWERED = "Replace the ... with your answer, then run the cell again."


def voices(article: Article) -> dict[str, int]:
    """Named and unnamed sources (as the report card counts them) and direct quotes.

    >>> from medialit import load_article
    >>> voices(load_article("T\\n\\nAnn Lee said: \\u201cWe will win.\\u201d Officials said it was late."))
    {'named sources': 1, 'unnamed sources': 1, 'direct quotes': 1}
    """
    from ..analysis.counts import source_mix
    mix = source_mix(find_sources(article), find_attributions(article.text))
    return {"named sources": mix["named"], "unnamed sources": mix["unnamed"],
            "direct quotes": len(find_quotes(article.text))}


def tone(article: Article) -> dict[str, float]:
    """Hedges and boosters in the whole text, and the body's Flesch–Kincaid grade.

    >>> from medialit import load_article
    >>> tone(load_article("T\\n\\nIt may rain. It will certainly be cold."))["boosters"]
    1
    """
    hedges = find_hedges(article.text)
    n_hedges = sum(1 for h in hedges if h.kind == "hedge")
    grade = readability(article.body)["flesch_kincaid_grade"] if article.body.strip() else 0.0
    return {"hedges": n_hedges, "boosters": len(hedges) - n_hedges, "grade": grade}


def time_words(article: Article) -> list[str]:
    """The weekdays and relative time phrases the text uses instead of dates, each once.

    >>> from medialit import load_article
    >>> time_words(load_article("T\\n\\nLate on Friday night talks failed. On Friday, and a few days ago, on 3 May."))
    ['Friday', 'a few days ago']
    """
    first: dict[str, str] = {}  # normalised phrase -> the phrase as first written, so each counts once
    for t in find_time_expressions(article.text):
        if t.kind == "weekday":
            word = next(w for w in WEEKDAYS if w in t.phrase.lower()).capitalize()
        elif t.kind == "relative":
            word = t.phrase
        else:
            continue
        first.setdefault(normalise(word), word)
    return list(first.values())


def _contains(given: str, expected: str) -> bool:
    """A phrase names a time word when it contains it ("late on Saturday night" names "Saturday")."""
    return normalise(expected) in normalise(given)


def _compare_numbers(task: str, answers: dict[str, object], key: dict[str, float], where: str,
                     tolerance: dict[str, float] | None = None) -> Feedback:
    """Several numbers at once: correct when all match, else which ones to look at again."""
    tolerance = tolerance or {}
    if all(is_unanswered(v) for v in answers.values()):
        return Feedback(task, "unanswered", _UNANSWERED)
    blank = [k for k, v in answers.items() if is_unanswered(v)]
    wrong: list[str] = []
    notes: list[str] = []
    for name, value in answers.items():
        if name in blank:
            continue
        number, note = as_number(value)
        notes += [note] if note else []
        if number is None or abs(number - key[name]) > tolerance.get(name, 0) + 1e-9:
            wrong.append(name)
    right = len(answers) - len(blank) - len(wrong)
    extra = "".join(f" ({n})" for n in notes)
    if right == len(answers):
        return Feedback(task, "correct", f"All {len(answers)} numbers match the toolkit.{extra}")
    msg = f"{right} of {len(answers)} numbers match the toolkit."
    if wrong:
        msg += " Look again at: " + ", ".join(wrong) + "."
    if blank:
        msg += f" {len(blank)} not answered yet."
    return Feedback(task, "partial" if right else "wrong", msg + f" See lesson {where}.{extra}")


class Checks(Tasks):
    """The six checked tasks of exercise 05."""

    notebook = "05-capstone"
    total = 6
    written = 1

    # --- helpers the notebook uses -------------------------------------------

    def signals_widget(self, answers: dict | None = None):
        """The classification widget for task 3: is each provenance signal present or missing?"""
        return self.classify(list(SIGNALS), PRESENCE, self.signals, answers=answers)

    # --- the tasks ------------------------------------------------------------

    def card_voices(self, named_sources: object, unnamed_sources: object, direct_quotes: object) -> Feedback:
        """Task 1: the report card's named and unnamed sources, and the number of direct quotes."""
        answers = {"named sources": named_sources, "unnamed sources": unnamed_sources, "direct quotes": direct_quotes}
        fb = _compare_numbers("Task 1 · report card: sources and quotes", answers, voices(self.article),
                              "05 §2 (the report card) or lesson 01")
        return self._record(fb, answers)

    def card_tone(self, hedges: object, boosters: object, grade: object) -> Feedback:
        """Task 2: hedges, boosters and the body's Flesch–Kincaid grade (within half a grade)."""
        answers = {"hedges": hedges, "boosters": boosters, "grade": grade}
        fb = _compare_numbers("Task 2 · report card: hedging and readability", answers, tone(self.article),
                              "05 §2 (the report card), lesson 03 or lesson 04", tolerance={"grade": 0.5})
        return self._record(fb, answers)

    def signals(self, labels: object) -> Feedback:
        """Task 3: which provenance signals the article has and which are missing."""
        missing = {m.what for m in find_missing(self.article)}
        key = {label: ("missing" if what in missing else "present") for label, what in SIGNALS.items()}
        fb = compare_labels(labels, key, "signals", "05 §2", task="Task 3 · what is missing")
        return self._record(Feedback(fb.task, fb.status, fb.message.replace("as the lexicon does", "correctly")),
                            labels)

    def time_phrases(self, phrases: object) -> Feedback:
        """Task 4: the weekdays and relative time phrases that need a date (and a time zone) to check."""
        fb = compare_sets(phrases, time_words(self.article), "time words", "05 §3",
                          task="Task 4 · time words to pin down", match=_contains)
        return self._record(fb, phrases)

    def verdict(self, answer: object) -> Feedback:
        """Task 5: a reasoned verdict, pointing to evidence."""
        task = "Task 5 · my verdict"
        return self._written(task, answer, min_words=40)

    def transfer_card(self, other: Article, named_sources: object, unnamed_sources: object, direct_quotes: object,
                      hedges: object, boosters: object) -> Feedback:
        """Task 6: the same report-card numbers for a second article."""
        answers = {"named sources": named_sources, "unnamed sources": unnamed_sources, "direct quotes": direct_quotes,
                   "hedges": hedges, "boosters": boosters}
        key = {**voices(other), **tone(other)}
        fb = _compare_numbers("Task 6 · transfer: a report card for another article", answers, key,
                              "05 §7 (bring your own article)")
        return self._record(fb, answers)
