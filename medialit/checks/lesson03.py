"""Checks for exercise 03 (hedged language: how sure does the text sound?).

Answer keys are computed with ``find_hedges`` on the checked article, so the
checks work on any article. One task is different: deciding whether a flagged
word really hedges or boosts *in its sentence* is a judgement, which no word
list can make. For that task the kit's authors' judgements for the lesson
article are data (``data/answer_keys.json``, keyed by the article's hash): any
label with a reason is accepted and compared with theirs; on another article
the task says its key is for the lesson article.

>>> from medialit import load_article
>>> art = load_article("Storm Warning\\n\\nThe storm may reach the coast. It will certainly be strong.")
>>> check = Checks(art)
>>> check.boosters_in_paragraph(1, paragraph=1).status
'correct'
>>> certainty_score("It may rain."), certainty_score("It will certainly rain.")
(-1, 1)
"""

from __future__ import annotations

from dataclasses import replace

from ..analysis.text import sentence_spans, word_spans
from ..analysis.hedges import Hedge, find_hedges
from .lesson02 import as_list, context
from . import Feedback, Tasks, article_key as judgement_key, compare_judgements, compare_number, compare_sets, is_unanswered, normalise

REAL, FALSE_ALARM = "real", "false alarm"
LABELS = (REAL, FALSE_ALARM)
_UNANSWERED = "Replace the ... with your answer, then run the cell again."

NO_KEY = ("This task's key is for the lesson article; your judgement is yours. Your labels and reasons are "
          "saved for your teacher.")
MAX_UNKEYED = 8  # on another article: the first flags, so the task stays short


def certainty_score(text: str) -> int:
    """How sure a text sounds, as the kit counts it: boosters minus hedges.

    >>> certainty_score("Prices could rise.")
    -1
    """
    found = find_hedges(text)
    return sum(1 for h in found if h.kind == "booster") - sum(1 for h in found if h.kind == "hedge")


def _words(text: str) -> set[str]:
    return {text[s:e].lower() for s, e in word_spans(text) if e - s > 3}


def _loose(answer: str, expected: str) -> bool:
    """A flagged phrase, forgiving case and spacing, and a phrase given with a word more or less."""
    a, e = normalise(answer), normalise(expected)
    return bool(a) and (a == e or (len(a) >= 3 and (f" {a} " in f" {e} " or f" {e} " in f" {a} ")))


class Checks(Tasks):
    """The seven checked tasks of exercise 03."""

    notebook = "03-hedged-language"
    total = 7
    written, judgements = 1, 1

    # --- helpers the notebook uses -------------------------------------------

    def sentence_with(self, phrase: str) -> str:
        """The first sentence of the article that contains ``phrase``."""
        text = self.article.text
        for s, e in sentence_spans(text):
            if phrase.lower() in text[s:e].lower():
                return text[s:e]
        raise ValueError(f"No sentence of the article contains {phrase!r}.")

    FLAG_TASK = "Task 2 · real flag or false alarm"

    def flags(self) -> list[Hedge]:
        """The flags of task 2 in reading order: those the article's judgement key covers, or else the first few."""
        key = judgement_key(self.article, self.notebook, self.FLAG_TASK)
        found = find_hedges(self.article.text)
        return [h for h in found if h.phrase.lower() in key] if key else found[:MAX_UNKEYED]

    def _item(self, h: Hedge) -> str:
        line = self.article.text.count("\n", 0, h.start) + 1
        return f"{h.phrase} (line {line})"

    def flag_items(self) -> list[str]:
        """The items of task 2: each covered flag with its line, e.g. "potential (line 8)"."""
        return [self._item(h) for h in self.flags()]

    def flag_contexts(self) -> dict[str, str]:
        """Each item of task 2 with a few words either side, from its own sentence."""
        return {self._item(h): context(self.article.text, h.start, h.end) for h in self.flags()}

    def flag_widget(self, answers: dict | None = None):
        """The classification widget for task 2: one dropdown per flagged word."""
        return self.classify(self.flag_items(), LABELS, self.flag_judgements, answers=answers,
                             contexts=self.flag_contexts(), reasons=True)

    # --- the tasks ------------------------------------------------------------

    def boosters_in_paragraph(self, answer: object, paragraph: int = 7) -> Feedback:
        """Task 1: how many boosters the toolkit finds in one body paragraph."""
        key = sum(1 for h in find_hedges(self.paragraph(paragraph)) if h.kind == "booster")
        fb = compare_number(answer, key, f"boosters in paragraph {paragraph}", "03 §2",
                            task="Task 1 · boosters in a paragraph")
        return self._record(fb, answer)

    def flag_judgements(self, labels: object) -> Feedback:
        """Task 2: for each flag, real or false alarm, with a reason; then compare with the authors' key."""
        authors = judgement_key(self.article, self.notebook, self.FLAG_TASK)
        key = {self._item(h): authors.get(h.phrase.lower(), ("no key for this article", "")) for h in self.flags()}
        fb = compare_judgements(labels, key, LABELS, "flags", "03 §3", task=self.FLAG_TASK)
        if fb.status == "judged":
            fb = replace(fb, details_title="What the kit's authors judged, and why") if authors else \
                replace(fb, message=NO_KEY, details="")
        return self._record(fb, labels)

    def hedges_in_paragraph(self, answer: object, paragraph: int = 8) -> Feedback:
        """Task 3: the hedges (not boosters) the toolkit finds in one body paragraph."""
        key: list[str] = []
        for h in find_hedges(self.paragraph(paragraph)):
            if h.kind == "hedge" and h.phrase not in key:
                key.append(h.phrase)
        fb = compare_sets(as_list(answer), key, "hedges", "03 §2", task="Task 3 · hedges in a paragraph",
                          match=_loose)
        return self._record(fb, answer)

    def most_hedged_paragraph(self, answer: object) -> Feedback:
        """Task 4: the body paragraph with the most hedges and boosters per 100 words."""
        from ..analysis.counts import hedges_per_paragraph
        rows = hedges_per_paragraph(self.article)
        top = max(rows, key=lambda r: (r["per_100"], -r["paragraph"]))
        fb = compare_number(answer, top["paragraph"], "the most hedged or boosted paragraph", "03 §5",
                            task="Task 4 · the densest paragraph")
        if fb.status == "wrong" and "number" not in fb.message:
            fb = Feedback(fb.task, "wrong", "Not that paragraph: look for the highest point of the dotted line "
                          "(per 100 words), not the tallest bar. See lesson 03 §6.")
        return self._record(fb, answer)

    def explain_caution(self, answer: object) -> Feedback:
        """Task 5: a written answer: when is a hedge honest caution, and when is it evasion?"""
        return self._written("Task 5 · caution or evasion", answer, min_words=30)

    def certainty_rewrite(self, original: str, rewrite: object, direction: str = "more") -> Feedback:
        """Task 6: rewrite ``original`` to sound ``direction`` ("more" or "less") certain, keeping its meaning."""
        task = "Task 6 · more or less certain"
        if direction not in ("more", "less"):
            raise ValueError('direction must be "more" or "less".')
        if is_unanswered(rewrite):
            return self._record(Feedback(task, "unanswered", _UNANSWERED))
        before, after = certainty_score(original), certainty_score(str(rewrite))
        keep = _words(original)
        if keep and len(keep & _words(str(rewrite))) / len(keep) < 0.5:
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

    def transfer_counts(self, other, hedges: object, boosters: object) -> Feedback:
        """Task 7: the numbers of hedges and boosters in the body of a second article (``other``)."""
        task = "Task 7 · transfer"
        if is_unanswered(hedges) or is_unanswered(boosters):
            return self._record(Feedback(task, "unanswered", _UNANSWERED))
        found = find_hedges(other.body)
        key_h = sum(1 for h in found if h.kind == "hedge")
        key_b = sum(1 for h in found if h.kind == "booster")
        fh = compare_number(hedges, key_h, "hedges", "03 §2")
        fb = compare_number(boosters, key_b, "boosters", "03 §2")
        if fh.correct and fb.correct:
            return self._record(Feedback(task, "correct", f"Yes: {key_h} hedges and {key_b} boosters in the body."),
                                (hedges, boosters))
        parts = [f"{what}: {f.message.split('.')[0].replace('Your count', 'your count')}"
                 for what, f in (("Hedges", fh), ("Boosters", fb)) if not f.correct]
        status = "partial" if fh.correct or fb.correct else "wrong"
        return self._record(Feedback(task, status, "; ".join(parts) + ". Count in the body only (article.body). "
                                     "See lesson 03 §2."), (hedges, boosters))
