"""Checks for exercise 01 (finding sources: who and what an article relies on).

Every answer key is computed from the toolkit on the checked article (the
source inventory, the missing-provenance report, the photo credits, the time
words), so the same checks work on any article; the transfer task passes a
second one. Names are compared forgivingly (case, spacing, a doubled last
letter, a surname alone) and a phrase may be given shorter or longer than the
toolkit's ("officials" for "Ukrainian officials").

>>> from medialit import load_article
>>> art = load_article("Bridge Reopens\\n\\nMayor Ana Lopez said the bridge would reopen. Officials said it was safe.")
>>> check = Checks(art)
>>> check.unnamed_sources(["officials"]).status
'correct'
>>> check.missing(["author", "date"]).message
'2 of 4 missing signals found. 2 still missing. See lesson 01 §2.'
"""

from __future__ import annotations

import re
from datetime import date

from ..analysis.quotes import find_quotes
from ..analysis.report import find_missing
from ..analysis.sources import Source, find_sources, read_credit
from ..analysis.timeline import find_time_expressions, long_date, resolve
from . import Feedback, Tasks, compare_labels, compare_sets, is_unanswered, normalise, same_name

_UNANSWERED = "Replace the ... with your answer, then run the cell again."

#: The three labels of task 3, and the inventory kinds each one covers.
KIND_LABELS = ("named", "unnamed", "no source given")
_LABEL_OF = {"named person": "named", "named group": "named", "unnamed": "unnamed", "agentless": "no source given"}

#: Words a learner may use for each missing provenance signal (``MissingItem.what``).
_MISSING_WORDS = {
    "byline": ("byline", "author", "writer", "journalist", "reporter", "who wrote it", "name of the author"),
    "date": ("date", "publication date", "date published", "when it was published", "dateline", "day"),
    "outlet": ("outlet", "publisher", "website", "site", "newspaper", "news organisation",
               "news organization", "name of the outlet", "source website", "masthead"),
    "links": ("links", "link", "hyperlinks", "hyperlink", "urls", "url", "sources links",
              "links to sources", "primary sources", "references"),
}

#: Task 4: the meaning of POOL and "X OUT", as letters of the multiple choice in the exercise.
CREDIT_CHOICES = {
    "a": "a photographer called Pool took the picture",
    "b": "only one or a few photographers were let in, and they share their pictures with other news organisations",
    "c": "the picture may not be passed to, or used by, the organisation named before OUT",
    "d": "the organisation named before OUT took the picture",
    "e": "the picture is free for anyone to use",
}
_CREDIT_KEY = {"pool": "b", "restriction": "c"}


def _loose(answer: object, expected: str) -> bool:
    """Same name, or one phrase inside the other ("officials" for "Ukrainian officials")."""
    if same_name(str(answer), expected):
        return True
    a, e = normalise(answer), normalise(expected)
    return len(a) >= 4 and len(e) >= 4 and (f" {a} " in f" {e} " or f" {e} " in f" {a} ")


def vague_sources(sources: list[Source]) -> list[str]:
    """The inventory entries a reader cannot check: unnamed sources and agentless claims.

    >>> vague_sources([Source("Ann Lee", "named person", None, ((0, 7),), False),
    ...                Source("officials", "unnamed", None, ((9, 18),), False)])
    ['officials']
    """
    return [s.name for s in sources if s.kind in ("unnamed", "agentless")]


def _as_date(value: object) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        return None


def _day(d: date) -> str:
    return long_date(d)


class Checks(Tasks):
    """The seven checked tasks of exercise 01."""

    notebook = "01-finding-sources"
    total = 7

    # --- helpers the notebook uses -------------------------------------------

    def sources(self) -> list[Source]:
        """The source inventory the toolkit finds in the article."""
        return find_sources(self.article)

    def kind_items(self) -> list[str]:
        """The people, groups, unnamed sources and agentless claims of the inventory (not photo credits)."""
        return [s.name for s in self.sources() if s.kind in _LABEL_OF]

    def kinds_widget(self, answers: dict | None = None):
        """The classification widget for task 3: named / unnamed / no source given, per source."""
        return self.classify(self.kind_items(), KIND_LABELS, self.source_kinds, answers=answers)

    def credits(self) -> list[str]:
        """The photo credits of the article, in order."""
        return [b.credit for b in self.article.blocks_of("caption") if b.credit]

    # --- the tasks ------------------------------------------------------------

    def missing(self, answer: object) -> Feedback:
        """Task 1: the provenance signals the article lacks (byline, date, outlet, links)."""
        task = "Task 1 · what is missing"
        key = [m.what for m in find_missing(self.article) if m.what in _MISSING_WORDS]
        if not is_unanswered(answer) and isinstance(answer, (list, tuple, set)):
            # A copyright line is a warning, not a missing signal: mentioning it is fine (any year, any article).
            answer = [a for a in answer if "copyright" not in normalise(a)]

        def match(given: object, what: str) -> bool:
            g = f" {normalise(given)} "
            return any(f" {w} " in g for w in _MISSING_WORDS[what] + (what,))

        if not key:
            if is_unanswered(answer):
                return self._record(Feedback(task, "unanswered", _UNANSWERED))
            given = " ".join(map(str, answer)) if isinstance(answer, (list, tuple, set)) else str(answer)
            said_none = normalise(given) in {"none", "nothing", "no"}
            return self._record(Feedback(task, "correct" if said_none else "wrong",
                                         "The toolkit finds nothing missing: the article has a byline, a date, "
                                         "an outlet and links" + ("." if said_none else ": answer 'none'.")), answer)
        fb = compare_sets(answer, key, "missing signals", "01 §2", task=task, match=match)
        return self._record(fb, answer)

    def unnamed_sources(self, answer: object) -> Feedback:
        """Task 2: every unnamed source and every claim with no source at all."""
        key = vague_sources(self.sources())
        fb = compare_sets(answer, key, "unnamed or agentless sources", "01 §1",
                          task="Task 2 · unnamed sources", match=_loose)
        return self._record(fb, answer)

    def source_kinds(self, labels: object) -> Feedback:
        """Task 3: label each source named, unnamed or "no source given"."""
        key = {s.name: _LABEL_OF[s.kind] for s in self.sources() if s.kind in _LABEL_OF}
        fb = compare_labels(labels, key, "sources", "01 §1", task="Task 3 · named or unnamed")
        if fb.status != "unanswered":
            fb = Feedback(fb.task, fb.status, fb.message.replace("labelled as the lexicon does", "labelled as the toolkit does"))
        return self._record(fb, labels)

    def photo_credit(self, answer: object, which: int = 2) -> Feedback:
        """Task 4: read photo credit number ``which`` hop by hop (who took it, who sent it, via, POOL, OUT).

        ``answer`` is a dict with the keys photographer, agency, via, and, when
        the credit has them, POOL and the "X OUT" term (a letter from
        ``CREDIT_CHOICES``).
        """
        task = f"Task 4 · photo credit {which}"
        if is_unanswered(answer) or not isinstance(answer, dict):
            return self._record(Feedback(task, "unanswered", _UNANSWERED))
        credits = self.credits()
        if not 1 <= which <= len(credits):
            return self._record(Feedback(task, "wrong", f"This article has {len(credits)} photo credit(s)."), answer)
        parts = read_credit(credits[which - 1])
        key: dict[str, str] = {}
        for p in parts:
            if p.role == "photographer":
                key.setdefault("photographer", p.text)
            elif p.role == "agency":
                key.setdefault("agency", p.text)
            elif p.role == "channel":
                key["via"] = p.text
            elif p.role in _CREDIT_KEY:
                key[p.text] = _CREDIT_KEY[p.role]
        order = ["photographer", "agency", "via"]  # the questions' order, then POOL and restrictions
        key = {k: key[k] for k in sorted(key, key=lambda k: order.index(k) if k in order else len(order))}
        given = {normalise(k): v for k, v in answer.items()}
        right, wrong, blank = [], [], []
        for field, expected in key.items():
            value = given.get(normalise(field))
            if is_unanswered(value):
                blank.append(field)
            elif (normalise(value) == expected if expected in CREDIT_CHOICES else same_name(str(value), expected)):
                right.append(field)
            else:
                wrong.append(field)
        if not wrong and not blank:
            return self._record(Feedback(task, "correct", f"All {len(key)} parts of the credit read correctly."), answer)
        msg = f"{len(right)} of {len(key)} parts right."
        if wrong:
            msg += f" Look again at: {', '.join(wrong)}."
        if blank:
            msg += f" Not answered yet: {', '.join(blank)}."
        return self._record(Feedback(task, "partial" if right else "wrong", msg + " See lesson 01 §3."), answer)

    def few_days_ago(self, answer: object, written_on: date, phrase: str = "a few days ago") -> Feedback:
        """Task 5: the earliest and latest date ``phrase`` can mean if the article was written on ``written_on``."""
        task = f"Task 5 · '{phrase}' as dates"
        if is_unanswered(answer):
            return self._record(Feedback(task, "unanswered", _UNANSWERED))
        exprs = [t for t in find_time_expressions(self.article.text) if normalise(t.phrase) == normalise(phrase)]
        span = resolve(exprs[0], written_on) if exprs else None
        if span is None:
            return self._record(Feedback(task, "wrong", f"The toolkit finds no '{phrase}' in this article."), answer)
        if not isinstance(answer, (tuple, list)) or len(answer) != 2:
            return self._record(Feedback(task, "wrong", "Give two dates, the earliest and the latest, like "
                                         "(date(2025, 1, 2), date(2025, 1, 5))."), answer)
        first, last = (_as_date(a) for a in answer)
        if first is None or last is None:
            return self._record(Feedback(task, "wrong", "Write each date as date(year, month, day)."), answer)
        if (first, last) == span:
            return self._record(Feedback(task, "correct", f"Yes: from {_day(span[0])} to {_day(span[1])}."), answer)
        if (last, first) == span:
            return self._record(Feedback(task, "partial", "The right days, in the wrong order: earliest first."), answer)
        if last >= written_on:
            return self._record(Feedback(task, "wrong", "'Ago' means before the day the article was written, so "
                                         "neither date can be that day or later. See lesson 01 §5."), answer)
        hint = ("The kit reads 'a few' as 2 to 7 days. Count back from the day the article was written. "
                if "few" in normalise(phrase) else "Count back from the day the article was written. ")
        near = first == span[0] or last == span[1]
        return self._record(Feedback(task, "partial" if near else "wrong",
                                     ("One end is right. " if near else "") + hint + "See lesson 01 §5."), answer)

    def trace_search(self, answer: object) -> Feedback:
        """Task 6: a search that would trace one of the article's quotes to where it was first said.

        A good search puts at least three of the quoted words, exactly as
        printed, inside quotation marks, and adds who said them.
        """
        task = "Task 6 · trace the quote"
        if is_unanswered(answer):
            return self._record(Feedback(task, "unanswered", _UNANSWERED))
        quotes = find_quotes(self.article.text)
        if not quotes:
            return self._record(Feedback(task, "wrong", "The toolkit finds no quotation in this article."), answer)
        search = str(answer)
        words = normalise(search).split()
        inside = [normalise(p) for p in re.findall(r"[\"\u201c\u201d]([^\"\u201c\u201d]+)[\"\u201c\u201d]", search)]
        traced = next((q for q in quotes for p in inside
                       if len(p.split()) >= 3 and f" {p} " in f" {normalise(q.text)} "), None)
        if traced is None:
            # Did they use a quote's words, just not exactly and inside quotation marks?
            def shared(q) -> list[str]:
                return [w for w in set(normalise(q.text).split()) if w in words]
            near = any(len(shared(q)) >= 3 and sum(len(w) > 2 for w in shared(q)) >= 2 for q in quotes)
            why = ("Put at least three of the quoted words, exactly as printed, inside quotation marks: a search "
                   "engine then looks for that exact phrase." if near else
                   "Use the quoted words themselves, exactly as printed, inside quotation marks.")
            return self._record(Feedback(task, "partial" if near else "wrong", why + " See lesson 01 §4."), answer)
        who = not traced.speaker or any(len(w) > 2 and w in words for w in normalise(traced.speaker).split())
        if not who:
            return self._record(Feedback(task, "partial", "Good: the exact words in quotation marks. Add who said "
                                         "them (a name or a job) to find the original, not the copies. "
                                         "See lesson 01 §4."), answer)
        return self._record(Feedback(task, "correct", "The exact words in quotation marks plus who said them: "
                                     "a search that leads to the first place they were said."), answer)

    def transfer_unnamed(self, other, answer: object) -> Feedback:
        """Task 7: the unnamed and agentless sources of a second article (``other``: an Article)."""
        task = "Task 7 · transfer"
        key = vague_sources(find_sources(other))
        if not key:
            given = " ".join(map(str, answer)) if isinstance(answer, (list, tuple, set)) else str(answer)
            said_none = not is_unanswered(answer) and normalise(given) in {"none", "no", "nothing"}
            if is_unanswered(answer):
                return self._record(Feedback(task, "unanswered", _UNANSWERED))
            return self._record(Feedback(task, "correct" if said_none else "wrong",
                                         "The toolkit finds no unnamed or agentless source in that text"
                                         + ("." if said_none else ": answer 'none'.")), answer)
        fb = compare_sets(answer, key, "unnamed or agentless sources", "01 §1", task=task, match=_loose)
        return self._record(fb, answer)
