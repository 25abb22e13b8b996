"""Checks for exercise 05 (the capstone: weigh evidence, judge, rewrite, and give a verdict).

Three tasks are judgements: any label with a reason is accepted, then the kit's
reading is shown to compare. Where the toolkit can know the answer, the reading
is computed on the checked article (does it give a publication date? is a
booster inside an attributed sentence?), so the tasks work on any article. The
evidence pack is invented (``data/exercise_items.json``). The rewrite is read
by the toolkit; the verdict is a written answer, never marked right.

>>> from medialit import load_article
>>> art = load_article("Rain Due\\n\\nIt will certainly rain on Friday, forecasters said.")
>>> check = Checks(art)
>>> check.time_items(art)
['Friday']
>>> check.pin_times(art, {"Friday": "cannot pin it because no date is given"}).status
'judged'
"""

from __future__ import annotations

from dataclasses import replace

from ..analysis.article import Article
from ..analysis.attribution import find_attributions
from ..analysis.hedges import Hedge, find_hedges
from ..analysis.quotes import find_quotes
from ..analysis.report import find_missing
from ..analysis.text import sentence_spans
from ..analysis.timeline import WEEKDAYS, find_time_expressions
from . import Feedback, Tasks, compare_judgements, normalise
from .lesson02 import context, exercise_items, rewrite_feedback
from .lesson03 import line_item

PIN = ("can pin it", "cannot pin it")
WHOSE = ("the writer's", "a source's")
SNIPPET_TASK = "Task 1 · which snippet is independent?"
MAX_BOOSTERS = 6  # the first boosters only, so the task stays short


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


def pin_reading(article: Article) -> tuple[str, str]:
    """The toolkit's reading for every time word: can the article alone pin it to a date? (label, why).

    >>> from medialit import load_article
    >>> pin_reading(load_article("T\\n\\nIt rained on Friday."))[0]
    'cannot pin it'
    """
    missing = {m.what: m.why for m in find_missing(article)}
    if "date" in missing:
        return PIN[1], missing["date"]
    return PIN[0], "the article gives its publication date: count from it (and mind the time zone)"


def whose_certainty(text: str, flag: Hedge) -> tuple[str, str]:
    """The kit's guess at whose certainty a booster is: a source's when it sits after a reporting cue (or in a
    quote) in its sentence, else the writer's. A guess from word order, so a prompt, not a verdict.

    >>> text = "Ann Lee said the plan was clearly ready. It was a powerful speech."
    >>> [whose_certainty(text, h)[0] for h in find_hedges(text)]
    ["a source's", "the writer's"]
    """
    # Inside quotation marks the words are the speaker's, whatever comes before them in the sentence.
    quote = next((q for q in find_quotes(text) if q.start <= flag.start < q.end), None)
    if quote is not None:
        who = quote.speaker or "a speaker the article does not name"
        return WHOSE[1], f"it is inside a quotation ({who}): the speaker's emphasis, not the writer's"
    start, end = next(((s, e) for s, e in sentence_spans(text) if s <= flag.start < e), (0, len(text)))
    cues = [a for a in find_attributions(text[start:end]) if a.source_kind != "agentless"]
    before = [a for a in cues if start + a.start < flag.start]
    if before:
        return WHOSE[1], f"it comes after '{before[0].cue}' ({before[0].source}): it may be the source's emphasis"
    return WHOSE[0], "no reporting verb comes before it in its sentence: the writer says it"


class Checks(Tasks):
    """The five checked tasks of exercise 05: three judgements, one rewrite, one written verdict."""

    notebook = "05-capstone"
    total = 5
    written, judgements = 1, 3

    # --- helpers the notebook uses -------------------------------------------

    def snippets(self) -> str:
        """The invented evidence pack of task 1, as plain text to print."""
        pack = exercise_items(self.notebook, SNIPPET_TASK)
        lines = [f"Claim: {pack['claim']}", ""] + [f"{k}: {v['text']}" for k, v in pack["options"].items()]
        return "\n".join(lines)

    def snippet_widget(self, answers: dict | None = None):
        """Task 1: one menu (which snippet?) and a "because …" box."""
        options = list(exercise_items(self.notebook, SNIPPET_TASK)["options"])
        return self.classify(["the independent snippet"], options, self.independent, answers=answers, reasons=True)

    def time_items(self, other: Article) -> list[str]:
        """The items of task 2: the time words of ``other`` (weekdays and relative phrases), each once."""
        return time_words(other)

    def time_widget(self, other: Article, answers: dict | None = None):
        """Task 2: for each time word of ``other``, can the article alone pin it to a date?"""
        return self.classify(self.time_items(other), PIN, lambda labels: self.pin_times(other, labels),
                             answers=answers, reasons=True)

    def boosters(self) -> list[Hedge]:
        """The first boosters the finder flags in the body, in reading order (task 4)."""
        text = self.article.text
        start = text.find(self.article.body[:40]) if self.article.body else 0
        return [h for h in find_hedges(text) if h.kind == "booster" and h.start >= max(start, 0)][:MAX_BOOSTERS]

    def booster_widget(self, answers: dict | None = None):
        """Task 4: for each booster, whose certainty is it?"""
        text = self.article.text
        items = {line_item(text, h): context(text, h.start, h.end) for h in self.boosters()}
        return self.classify(list(items), WHOSE, self.whose_boosters, answers=answers, contexts=items, reasons=True)

    # --- the tasks ------------------------------------------------------------

    def independent(self, labels: object) -> Feedback:
        """Task 1: the snippet that checks the claim independently, with a reason; then every snippet's why."""
        pack = exercise_items(self.notebook, SNIPPET_TASK)
        answer = pack["answer"]
        key = {"the independent snippet": (answer, pack["options"][answer]["why"])}
        fb = compare_judgements(labels, key, pack["options"], "choices", task=SNIPPET_TASK,
                                whose="the kit's reading")
        if fb.status == "judged":
            others = " · ".join(f"{k}: {v['why']}" for k, v in pack["options"].items() if k != answer)
            fb = replace(fb, message="Your choice and your reason are recorded. Open the comparison below: a "
                         "different choice with a good reason is not a mistake. See lesson 01b (reading laterally).",
                         details=f"{fb.details} · {others}",
                         details_title="The kit's reading of the pack, and why")
        return self._record(fb, labels)

    def pin_times(self, other: Article, labels: object) -> Feedback:
        """Task 2: each time word judged with a reason; the reading is computed (is there a publication date?)."""
        reading = pin_reading(other)
        key = {word: reading for word in time_words(other)}
        fb = compare_judgements(labels, key, PIN, "time words", "05 §3", task="Task 2 · can you pin it down?",
                                whose="the toolkit")
        return self._record(fb, labels)

    def rewrite(self, other: Article, rewrite: object) -> Feedback:
        """Task 3: a loaded attribution of ``other`` rewritten neutrally; the toolkit reads the rewrite."""
        return self._record(rewrite_feedback(other, rewrite, "Task 3 · rewrite and re-run the toolkit"), rewrite)

    def whose_boosters(self, labels: object) -> Feedback:
        """Task 4: whose certainty each booster is, with a reason; then the kit's guess from word order."""
        text = self.article.text
        key = {line_item(text, h): whose_certainty(text, h) for h in self.boosters()}
        fb = compare_judgements(labels, key, WHOSE, "boosters", "05 §2", task="Task 4 · whose certainty?",
                                whose="the kit's guess")
        return self._record(fb, labels)

    def verdict(self, answer: object) -> Feedback:
        """Task 5: a reasoned verdict, pointing to evidence."""
        return self._written("Task 5 · my verdict", answer, min_words=40)
