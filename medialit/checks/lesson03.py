"""Checks for exercise 03 (hedged language: how sure does the text sound?).

Which words the finder flags is computed with ``find_hedges`` on the checked
article, so the checks work on any article. Whether a flagged word really
hedges or boosts *in its sentence* is a judgement, which no word list can make:
any label with a reason is accepted, then compared with the kit's authors'
reading. Their readings are data: for an article in ``seeds/keys/answer-keys.json``
(keyed by the article's hash: the lesson article and one practice article) and
for the invented *must* sentences in ``data/exercise_items.json``. On any other
article the feedback says plainly that there is no key and shows the word list's
own reason instead.

>>> from medialit import load_article
>>> art = load_article("Storm Warning\\n\\nThe storm may reach the coast. It will certainly be strong.")
>>> check = Checks(art)
>>> check.most_hedged_sentence()
'The storm may reach the coast.'
>>> certainty_score("It may rain."), certainty_score("It will certainly rain.")
(-1, 1)
"""

from __future__ import annotations

from dataclasses import replace

from ..analysis.text import sentence_spans
from ..analysis.hedges import Hedge, find_hedges
from .lesson02 import content_words, context, exercise_items
from . import Feedback, Tasks, UNANSWERED, article_key as judgement_key, compare_judgements, is_unanswered

REAL, FALSE_ALARM = "real", "false alarm"
LABELS = (REAL, FALSE_ALARM)
MUST_LABELS = ("booster", "demand")
MUST_TASK = "Task 1 · must: sure or obliged?"
FLAG_TASK = "Task 2 · real flag or false alarm"
TRANSFER_TASK = "Task 5 · transfer: real flag or false alarm"

NO_KEY = ("There is no key for this article (keys exist for the lesson article and one practice article): "
          "your judgement is yours. Below is what the word list says about each flag, and why. Your labels and "
          "reasons are saved for your teacher.")
MAX_UNKEYED = 8  # on another article: the first flags, so the task stays short


def certainty_score(text: str) -> int:
    """How sure a text sounds, as the kit counts it: boosters minus hedges.

    >>> certainty_score("Prices could rise.")
    -1
    """
    found = find_hedges(text)
    return sum(1 for h in found if h.kind == "booster") - sum(1 for h in found if h.kind == "hedge")


def line_item(text: str, h: Hedge) -> str:
    """A flag as a task item: the phrase and its line, e.g. "potential (line 8)".

    >>> line_item("A\\nIt may rain.", find_hedges("A\\nIt may rain.")[0])
    'may (line 2)'
    """
    return f"{h.phrase} (line {text.count(chr(10), 0, h.start) + 1})"


def flags_for(article, notebook: str, task: str, limit: int = MAX_UNKEYED) -> tuple[list[Hedge], dict]:
    """The flags of a real-or-false-alarm task and the key: keyed flags, or else the first ``limit`` flags.

    A key row may name an item ("May (line 3)": one use of a word) or a phrase ("rare": every use).
    """
    key = judgement_key(article, notebook, task)
    found = find_hedges(article.text)
    if not key:
        return found[:limit], {}
    return [h for h in found if line_item(article.text, h) in key or h.phrase.lower() in key], key


def judge_flags(article, notebook: str, task: str, labels: object) -> Feedback:
    """Real or false alarm for each flag, with a reason; then the authors' reading, or the word list's."""
    flags, authors = flags_for(article, notebook, task)
    key = {}
    for h in flags:
        item = line_item(article.text, h)
        key[item] = authors.get(item) or authors.get(h.phrase.lower()) or (f"flagged as a {h.kind}", h.why)
    fb = compare_judgements(labels, key, LABELS, "flags", "03 §3", task=task,
                            whose="the kit's authors" if authors else "the word list")
    if fb.status != "judged":
        return fb
    if authors:
        return replace(fb, details_title="What the kit's authors judged, and why")
    unkeyed = fb.details.replace("  ← you differ: whose reason fits better?", "")
    return replace(fb, message=NO_KEY, details=unkeyed, details_title="What the word list says about each flag "
                   "(not a verdict)")


class Checks(Tasks):
    """The five checked tasks of exercise 03: three judgements, one written answer, one rewrite."""

    notebook = "03-hedged-language"
    total = 5
    written, judgements = 1, 3
    FLAG_TASK = FLAG_TASK

    # --- helpers the notebook uses -------------------------------------------

    def sentence_with(self, phrase: str) -> str:
        """The first sentence of the article that contains ``phrase``."""
        text = self.article.text
        for s, e in sentence_spans(text):
            if phrase.lower() in text[s:e].lower():
                return text[s:e]
        raise ValueError(f"No sentence of the article contains {phrase!r}.")

    def most_hedged_sentence(self, article=None) -> str:
        """The body sentence with the most hedges (the first of a tie): task 4's sentence, on any article."""
        article = article or self.article
        body = article.body
        spans = sentence_spans(body)
        if not spans:
            raise ValueError("The article has no body sentences.")
        count = lambda se: sum(1 for h in find_hedges(body[se[0]:se[1]]) if h.kind == "hedge")
        best = max(spans, key=lambda se: (count(se), -se[0]))
        return body[best[0]:best[1]]

    def flags(self, article=None, task: str = FLAG_TASK) -> list[Hedge]:
        """The flags of task 2 (or 5) in reading order: those the article's key covers, or else the first few."""
        return flags_for(article or self.article, self.notebook, task)[0]

    def flag_items(self, article=None, task: str = FLAG_TASK) -> list[str]:
        """The items of task 2 (or 5): each flag with its line, e.g. "potential (line 8)"."""
        article = article or self.article
        return [line_item(article.text, h) for h in self.flags(article, task)]

    def flag_contexts(self, article=None, task: str = FLAG_TASK) -> dict[str, str]:
        """Each item with a few words either side, from its own sentence."""
        article = article or self.article
        return {line_item(article.text, h): context(article.text, h.start, h.end) for h in self.flags(article, task)}

    def flag_widget(self, answers: dict | None = None):
        """The judgement widget for task 2: one dropdown and one "because …" box per flagged word."""
        return self.classify(self.flag_items(), LABELS, self.flag_judgements, answers=answers,
                             contexts=self.flag_contexts(), reasons=True)

    def must_widget(self, answers: dict | None = None):
        """Task 1: invented sentences where the finder flags *must*: booster or demand?"""
        items = exercise_items(self.notebook, MUST_TASK)
        return self.classify(list(items), MUST_LABELS, self.must_judgements, answers=answers,
                             contexts={k: v["sentence"] for k, v in items.items()}, reasons=True)

    def transfer_widget(self, other, answers: dict | None = None):
        """Task 5: task 2's decision on a second article's flags."""
        return self.classify(self.flag_items(other, TRANSFER_TASK), LABELS,
                             lambda labels: self.transfer_judgements(other, labels), answers=answers,
                             contexts=self.flag_contexts(other, TRANSFER_TASK), reasons=True)

    # --- the tasks ------------------------------------------------------------

    def must_judgements(self, labels: object) -> Feedback:
        """Task 1: each *must* judged with a reason; then the authors' reading and what the finder flagged."""
        rows = exercise_items(self.notebook, MUST_TASK)
        key = {}
        for item, row in rows.items():
            flagged = [h for h in find_hedges(row["sentence"]) if h.phrase.lower().startswith("must")]
            finder = f"; the finder flags '{flagged[0].phrase}' as a {flagged[0].kind}" if flagged else ""
            key[item] = (row["label"], row["why"] + finder)
        fb = compare_judgements(labels, key, MUST_LABELS, "sentences", "03 §3", task=MUST_TASK, whose="the kit's authors")
        if fb.status == "judged":
            fb = replace(fb, details_title="The kit's reading of each sentence, and what the finder did")
        return self._record(fb, labels)

    def flag_judgements(self, labels: object) -> Feedback:
        """Task 2: for each flag, real or false alarm, with a reason; then compare with the authors' key."""
        return self._record(judge_flags(self.article, self.notebook, FLAG_TASK, labels), labels)

    def explain_caution(self, answer: object) -> Feedback:
        """Task 3: a written answer: when is a hedge honest caution, and when is it evasion?"""
        return self._written("Task 3 · caution or evasion", answer, min_words=30)

    def certainty_rewrite(self, original: str, rewrite: object, direction: str = "more") -> Feedback:
        """Task 4: rewrite ``original`` to sound ``direction`` ("more" or "less") certain, keeping its meaning."""
        task = "Task 4 · more or less certain"
        if direction not in ("more", "less"):
            raise ValueError('direction must be "more" or "less".')
        if is_unanswered(rewrite):
            return self._record(Feedback(task, "unanswered", UNANSWERED))
        before, after = certainty_score(original), certainty_score(str(rewrite))
        keep = content_words(original)
        if keep and len(keep & content_words(str(rewrite))) / len(keep) < 0.5:
            return self._record(Feedback(task, "partial", "Keep most of the sentence: change only the words that "
                                         "make it sound sure or unsure. See lesson 03 §7."), rewrite)
        moved = after > before if direction == "more" else after < before
        if not moved:
            way = "strengthen it (a booster) or remove a hedge" if direction == "more" else \
                "soften it (a hedge) or remove a booster"
            return self._record(Feedback(task, "wrong", f"The kit's count did not move: certainty {before} before, "
                                         f"{after} after. Try a word that would {way}. See lesson 03 §7."), rewrite)
        return self._record(Feedback(task, "correct", f"The count moved the right way: certainty {before} before, "
                                     f"{after} after (boosters minus hedges)."), rewrite)

    def transfer_judgements(self, other, labels: object) -> Feedback:
        """Task 5: real or false alarm for a second article's flags (its key, or the word list's reasons)."""
        return self._record(judge_flags(other, self.notebook, TRANSFER_TASK, labels), labels)
