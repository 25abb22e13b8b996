"""Checks for exercise 01 (finding sources: who and what an article relies on).

Answer keys about an article are computed from the toolkit on that article
(the source inventory, the missing-provenance report, the time words), so the
same checks work on any article; the practice and transfer tasks pass a
second one. Three tasks are judgements: any label is accepted with a reason,
and the feedback then shows the kit's reading and its ``why`` to compare with.
Two of them (the search page and the evidence pack) use invented items from
``seeds/activities/``: the items are the data, so they need no article.

>>> from medialit import load_article
>>> art = load_article("Bridge Reopens\\n\\nMayor Ana Lopez said the bridge would reopen. Officials said it was safe.")
>>> check = Checks(art)
>>> check.missing(["author", "date"]).message
'2 of 4 missing signals found. 2 still missing. See lesson 01 §2.'
>>> check.source_judgements({"Officials": "unnamed because no name is given"}, art).message
'1 of 2 sources not labelled yet. Any label is fine with a reason.'
>>> check.source_judgements({"Officials": "unnamed because no name is given",
...                          "Ana Lopez": "named because she is the mayor"}, art).status
'judged'
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..analysis.activities import EvidencePack, SearchPage, evidence_pack_from_dict, read_activity, search_page_from_dict
from ..analysis.article import Article
from ..analysis.report import find_missing
from ..analysis.sources import Source, find_sources, read_credit
from ..analysis.text import sentence_spans
from ..analysis.timeline import find_time_expressions, long_date, resolve
from . import (Feedback, Tasks, UNANSWERED, compare_judgements, compare_sets, is_unanswered, normalise, same_name,
               split_reason)


#: The three labels of the source judgements (tasks 2 and 7), and the inventory kinds each one covers.
KIND_LABELS = ("named", "unnamed", "no source given")
_LABEL_OF = {"named person": "named", "named group": "named", "unnamed": "unnamed", "agentless": "no source given"}
#: Why the toolkit gives each kind its label: shown after the learner has judged, to compare.
_KIND_WHY = {
    "named person": "a person with a name a reader can look up",
    "named group": "an organisation with a name a reader can look up; but which person in it spoke?",
    "unnamed": "the words say what kind of source it is, but give no name to look up",
    "agentless": "the sentence says something is known or reported, but not by whom",
}
#: At most this many sources to judge, so the task stays short: groups, unnamed and agentless first.
MAX_JUDGED = 6
_JUDGED_FIRST = ("named group", "unnamed", "agentless")

#: Task 6: how independent each item of an evidence pack is, and the pack's kinds each label covers.
INDEPENDENCE = ("its own reporting", "a copy of another item", "one side's own statement", "cannot tell")
_INDEPENDENCE_OF = {"primary source": "its own reporting", "independent report": "its own reporting",
                    "wire story": "its own reporting", "copy of a wire story": "a copy of another item",
                    "interested party": "one side's own statement", "state agency": "one side's own statement"}
#: Task 5: the two choices on a search page.
SEARCH_ITEMS = ("open first", "skip")

#: Words a learner may use for each missing provenance signal (``MissingItem.what``).
_MISSING_WORDS = {
    "byline": ("byline", "author", "writer", "journalist", "reporter", "who wrote it", "name of the author"),
    "date": ("date", "publication date", "date published", "when it was published", "dateline", "day"),
    "outlet": ("outlet", "publisher", "website", "site", "newspaper", "news organisation",
               "news organization", "name of the outlet", "source website", "masthead"),
    "links": ("links", "link", "hyperlinks", "hyperlink", "urls", "url", "sources links",
              "links to sources", "primary sources", "references"),
}

#: Task 3: the meaning of POOL and "X OUT", as letters of the multiple choice in the exercise.
CREDIT_CHOICES = {
    "a": "a photographer called Pool took the picture",
    "b": "only one or a few photographers were let in, and they share their pictures with other news organisations",
    "c": "the picture may not be passed to, or used by, the organisation named before OUT",
    "d": "the organisation named before OUT took the picture",
    "e": "the picture is free for anyone to use",
}
_CREDIT_KEY = {"pool": "b", "restriction": "c"}


def judged_sources(sources: list[Source]) -> list[Source]:
    """The sources to judge in tasks 2 and 7: groups, unnamed and agentless first, at most ``MAX_JUDGED``,
    in reading order (people with a name are the easy case, so they come last).

    >>> people = [Source(f"P{i}", "named person", None, ((i, i + 1),), False) for i in range(8)]
    >>> [s.name for s in judged_sources(people + [Source("officials", "unnamed", None, ((99, 108),), False)])]
    ['P0', 'P1', 'P2', 'P3', 'P4', 'officials']
    """
    kept = [s for s in sources if s.kind in _LABEL_OF]
    first = [s for s in kept if s.kind in _JUDGED_FIRST][:MAX_JUDGED]
    rest = [s for s in kept if s not in first][: MAX_JUDGED - len(first)]
    return sorted(first + rest, key=lambda s: s.mentions[0][0] if s.mentions else 0)


def sentence_around(text: str, start: int, limit: int = 110) -> str:
    """The sentence of ``text`` around position ``start``, cut to about ``limit`` characters.

    >>> sentence_around("First one. Critics say it was rushed. Last.", 12)
    'Critics say it was rushed.'
    """
    s, e = next(((s, e) for s, e in sentence_spans(text) if s <= start < e), (start, len(text)))
    sentence = " ".join(text[s:e].split())
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rsplit(" ", 1)[0] + " …"


def practice_page(path: str) -> SearchPage:
    """The first invented search page of ``search-results.json`` (task 5; the lesson uses the real one)."""
    return search_page_from_dict(read_activity(path)["practice_pages"][0])


def practice_pack(path: str) -> EvidencePack:
    """The first invented evidence pack of ``evidence-pack.json`` (task 6; the lesson uses the real one)."""
    return evidence_pack_from_dict(read_activity(path)["practice_packs"][0])


def _as_date(value: object) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        return None


def _kit_reading(fb: Feedback, title: str) -> Feedback:
    """compare_judgements speaks of "the word list"; these tasks compare with the kit's reading."""
    return replace(fb, message=fb.message.replace("the word list", "the kit's reading"),
                   details=fb.details.replace("; word list — ", "; the kit's reading — ")
                   .replace("whose reason fits this sentence better?", "whose reason fits better?"), details_title=title)


class Checks(Tasks):
    """The seven checked tasks of exercise 01: three auto-checked, four judgements with reasons."""

    notebook = "01-finding-sources"
    total = 7
    judgements = 4

    # --- helpers the notebook uses -------------------------------------------

    def sources(self, other: Article | None = None) -> list[Source]:
        """The source inventory the toolkit finds in the article (or in ``other``)."""
        return find_sources(other or self.article)

    def source_widget(self, other: Article, answers: dict | None = None, transfer: bool = False):
        """The judgement widget of task 2 (or 7, with ``transfer``): per source, a label and a "because …"."""
        chosen = judged_sources(self.sources(other))
        contexts = {s.name: sentence_around(other.text, s.mentions[0][0]) for s in chosen if s.mentions}
        return self.classify([s.name for s in chosen], KIND_LABELS,
                             lambda labels: self.source_judgements(labels, other, transfer), answers=answers,
                             contexts=contexts, reasons=True)

    def search_widget(self, page: SearchPage, answers: dict | None = None):
        """The judgement widget of task 5: the result to open first and one to skip, each with a reason."""
        ranks = [str(r.rank) for r in page.results]
        return self.classify(list(SEARCH_ITEMS), ranks, lambda labels: self.search_choice(labels, page),
                             answers=answers, reasons=True)

    def independence_widget(self, pack: EvidencePack, answers: dict | None = None):
        """The judgement widget of task 6: per snippet, how independent it is, with a reason."""
        contexts = {s.outlet: f"{s.date}: {s.summary}" for s in pack.snippets}
        return self.classify([s.outlet for s in pack.snippets], INDEPENDENCE,
                             lambda labels: self.independence(labels, pack), answers=answers, contexts=contexts,
                             reasons=True)

    def credits(self) -> list[str]:
        """The photo credits of the article, in order."""
        return [b.credit for b in self.article.blocks_of("caption") if b.credit]

    # --- the tasks ------------------------------------------------------------

    def missing(self, answer: object, other: Article | None = None) -> Feedback:
        """Task 1: the provenance signals an article lacks (byline, date, outlet, links); ``other`` if given."""
        task = "Task 1 · what is missing"
        key = [m.what for m in find_missing(other or self.article) if m.what in _MISSING_WORDS]
        if not is_unanswered(answer) and isinstance(answer, (list, tuple, set)):
            # A copyright line is a warning, not a missing signal: mentioning it is fine (any year, any article).
            answer = [a for a in answer if "copyright" not in normalise(a)]

        def match(given: object, what: str) -> bool:
            g = f" {normalise(given)} "
            return any(f" {w} " in g for w in _MISSING_WORDS[what] + (what,))

        if not key:
            if is_unanswered(answer):
                return self._record(Feedback(task, "unanswered", UNANSWERED))
            given = " ".join(map(str, answer)) if isinstance(answer, (list, tuple, set)) else str(answer)
            said_none = normalise(given) in {"none", "nothing", "no"}
            return self._record(Feedback(task, "correct" if said_none else "wrong",
                                         "The toolkit finds nothing missing: the article has a byline, a date, "
                                         "an outlet and links" + ("." if said_none else ": answer 'none'.")), answer)
        fb = compare_sets(answer, key, "missing signals", "01 §2", task=task, match=match)
        return self._record(fb, answer)

    def source_judgements(self, labels: object, other: Article, transfer: bool = False) -> Feedback:
        """Task 2 (or 7): can a reader identify each source? Any label with a reason; then the kit's reading."""
        task = "Task 7 · transfer: who can a reader identify?" if transfer else "Task 2 · who can a reader identify?"
        key = {s.name: (_LABEL_OF[s.kind], f"the toolkit reads it as {s.kind}: {_KIND_WHY[s.kind]}")
               for s in judged_sources(self.sources(other))}
        if not key:
            return self._record(Feedback(task, "unanswered", "The toolkit finds no people, groups or unnamed "
                                         "sources in this article: choose another one.", kind="judgement"))
        fb = compare_judgements(labels, key, KIND_LABELS, "sources", "01 §1", task=task)
        if fb.status == "judged":
            fb = _kit_reading(fb, "The toolkit's reading of each source, and why")
        return self._record(fb, labels)

    def search_choice(self, labels: object, page: SearchPage) -> Feedback:
        """Task 5: the result to open first and one to skip, with reasons; then the kit's reading of the page."""
        task = "Task 5 · which result do you open first?"
        skip = (split_reason(labels.get("skip", ""))[0] if isinstance(labels, dict) else "")
        skips = [str(r) for r in page.skip]
        key = {"open first": (str(page.open_first[0]) if page.open_first else "", page.why),
               # Several results are worth skipping: any of them is the kit's reading too.
               "skip": (skip if skip in skips else (skips[0] if skips else ""), page.why_skip)}
        fb = compare_judgements(labels, key, [str(r.rank) for r in page.results], "choices", "01b §3", task=task)
        if fb.status == "judged":
            fb = _kit_reading(fb, "The kit's reading of the page, and why")
        return self._record(fb, labels)

    def independence(self, labels: object, pack: EvidencePack) -> Feedback:
        """Task 6: per snippet, its own reporting, a copy or one side's statement; then the kit's reading."""
        task = "Task 6 · which snippet is independent?"
        key = {s.outlet: (_INDEPENDENCE_OF.get(s.kind, "cannot tell"),
                          s.who_is_behind + (" It repeats another item word for word." if s.copy_of else ""))
               for s in pack.snippets}
        fb = compare_judgements(labels, key, INDEPENDENCE, "snippets", "01b §4", task=task)
        if fb.status == "judged":
            fb = _kit_reading(fb, "The kit's reading of each snippet, and why")
        return self._record(fb, labels)

    def photo_credit(self, answer: object, which: int = 2, credit: str | None = None) -> Feedback:
        """Task 3: read a photo credit hop by hop (who took it, who sent it, via, POOL, OUT).

        ``credit`` is the credit's text; without it, credit number ``which`` of
        the article. ``answer`` is a dict with the keys photographer, agency,
        via, and, when the credit has them, POOL and the "X OUT" term (a letter
        from ``CREDIT_CHOICES``).
        """
        task = "Task 3 · a photo credit, hop by hop"
        if is_unanswered(answer) or not isinstance(answer, dict):
            return self._record(Feedback(task, "unanswered", UNANSWERED))
        if credit is None:
            credits = self.credits()
            if not 1 <= which <= len(credits):
                return self._record(Feedback(task, "wrong", f"This article has {len(credits)} photo credit(s)."),
                                    answer)
            credit = credits[which - 1]
        key = self._credit_key(credit)
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

    @staticmethod
    def _credit_key(credit: str) -> dict[str, str]:
        """What each part of a credit is: photographer, agency, via, then POOL and "X OUT" as choice letters."""
        key: dict[str, str] = {}
        for p in read_credit(credit):
            if p.role == "photographer":
                key.setdefault("photographer", p.text)
            elif p.role == "agency":
                key.setdefault("agency", p.text)
            elif p.role == "channel":
                key["via"] = p.text
            elif p.role in _CREDIT_KEY:
                key[p.text] = _CREDIT_KEY[p.role]
        order = ["photographer", "agency", "via"]  # the questions' order, then POOL and restrictions
        return {k: key[k] for k in sorted(key, key=lambda k: order.index(k) if k in order else len(order))}

    def few_days_ago(self, answer: object, written_on: date, phrase: str = "a few days ago") -> Feedback:
        """Task 4: the earliest and latest date ``phrase`` can mean if the article was written on ``written_on``."""
        task = f"Task 4 · '{phrase}' as dates"
        if is_unanswered(answer):
            return self._record(Feedback(task, "unanswered", UNANSWERED))
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
            return self._record(Feedback(task, "correct", f"Yes: from {long_date(span[0])} to "
                                         f"{long_date(span[1])}."), answer)
        if (last, first) == span:
            return self._record(Feedback(task, "partial", "The right days, in the wrong order: earliest first."), answer)
        if last >= written_on:
            return self._record(Feedback(task, "wrong", "'Ago' means before the day the article was written, so "
                                         "neither date can be that day or later. See lesson 01b §1."), answer)
        hint = ("The kit reads 'a few' as 2 to 7 days. Count back from the day the article was written. "
                if "few" in normalise(phrase) else "Count back from the day the article was written. ")
        near = first == span[0] or last == span[1]
        return self._record(Feedback(task, "partial" if near else "wrong",
                                     ("One end is right. " if near else "") + hint + "See lesson 01b §1."), answer)
