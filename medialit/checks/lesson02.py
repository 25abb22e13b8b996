"""Checks for exercise 02 (attribution: who said what, and how the text says it).

Every answer key is computed from the toolkit on the checked article, so the
same checks work on any article (the transfer task passes a second one).
Verbs are compared forgivingly: "emphasised" matches "emphasized", "noted"
matches "noting".

>>> from medialit import load_article
>>> art = load_article("Harbour Plan\\n\\nMayor Ann Lee said the plan was ready. Critics claimed it was rushed.")
>>> check = Checks(art)
>>> check.reporting_verbs("Lee", ["says"]).status
'correct'
>>> check.verb_tones({"said": "neutral because it only reports", "claimed": "neutral because she did say it"}).status
'judged'
"""

from __future__ import annotations

from dataclasses import replace

import re
from typing import Iterable

from ..analysis.text import sentence_spans, word_spans
from ..analysis.attribution import Attribution, find_attributions
from . import (Feedback, Tasks, article_key, article_key_rows, compare_judgements, compare_sets, is_unanswered, normalise, same_name)

TONES = ("neutral", "loaded")
CLAIM_LABELS = ("fact that can be checked", "claim attributed to someone", "writer's interpretation")
CLAIM_TASK = "Task 4 · fact, claim or interpretation"
NO_KEY = "This task's key is for the lesson article; your judgement is yours."
_UNANSWERED = "Replace the ... with your answer, then run the cell again."
_SUFFIXES = ("ing", "ed", "es", "s", "e")
_IRREGULAR = {"said": "say", "told": "tell", "wrote": "write", "spoke": "speak", "thought": "think"}
_PRONOUNS = frozenset("he she they it we i you".split())  # "they said": the source is named elsewhere


def _stem(word: str) -> str:
    """A rough stem, enough to match forms of one reporting verb.

    >>> _stem("emphasised"), _stem("emphasizes"), _stem("noting"), _stem("noted")
    ('emphasiz', 'emphasiz', 'not', 'not')
    """
    w = normalise(word)
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    w = re.sub(r"is(e|ed|es|ing)$", r"iz\1", w)  # British -ise, American -ize
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


def _stems(word: str) -> set[str]:
    """Every plausible stem of a word form: the word, and the word without each ending.

    >>> sorted(_stems("expressed")), sorted(_stems("express"))
    (['express', 'expressed'], ['expres', 'express'])
    """
    w = normalise(word)
    if w in _IRREGULAR:
        return {_IRREGULAR[w]}
    w = re.sub(r"is(e|ed|es|ing)$", r"iz\1", w)  # British -ise, American -ize
    out = {w}
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            out.add(w[: -len(suffix)])
    return out


def same_verb(answer: str, cue: str) -> bool:
    """True when ``answer`` names the reporting verb (or phrase) ``cue``, in any form.

    The answer may add words after the cue ("expressed his support" for
    "expressed"), but must start with it; "express" names "expressed".

    >>> same_verb("Emphasised", "emphasized"), same_verb("noted", "noting"), same_verb("said", "says")
    (True, True, True)
    >>> same_verb("express", "expressed"), same_verb("maintain", "has maintained"), same_verb("said", "stated")
    (True, False, False)
    """
    given = normalise(answer).split()
    key = normalise(cue).split()
    return bool(key) and len(given) >= len(key) and all(_stems(g) & _stems(k) for g, k in zip(given, key))


def as_list(answer: object) -> object:
    """A list answer typed as one string ("said, told and warned") becomes a list; anything else is kept.

    >>> as_list("said, told and warned"), as_list(["said"]), as_list(...)
    (['said', 'told', 'warned'], ['said'], Ellipsis)
    """
    if isinstance(answer, str) and answer.strip():
        return [p.strip() for p in re.split(r",|;|\band\b", answer) if p.strip()]
    return answer


def _loose(answer: str, expected: str) -> bool:
    """Names of sources: the same name, or one phrase inside the other ("reports" in "reports indicated")."""
    if same_name(answer, expected):
        return True
    a, e = normalise(answer), normalise(expected)
    return len(a) >= 4 and len(e) >= 4 and (f" {a} " in f" {e} " or f" {e} " in f" {a} ")


def context(text: str, start: int, end: int, words: int = 6) -> str:
    """Up to ``words`` words either side of ``text[start:end]``, within its sentence.

    >>> context("First. Then the storm may reach the coast by night, they said.", 22, 25, words=2)
    'the storm may reach the'
    """
    sent = next(((s, e) for s, e in sentence_spans(text) if s <= start < e), (0, len(text)))
    spans = word_spans(text, *sent)
    before = [w for w in spans if w[1] <= start][-words:]
    after = [w for w in spans if w[0] >= end][:words]
    lo = before[0][0] if before else start
    hi = after[-1][1] if after else end
    return " ".join(text[lo:hi].split())


def clauses(sentence: str) -> list[str]:
    """The clauses of a sentence, split at commas, semicolons and joining words (but, while, although, and).

    >>> clauses("He agreed, but has maintained that a ceasefire is essential.")
    ['He agreed', 'has maintained that a ceasefire is essential.']
    """
    joiners = r"(?:but|while|although|whereas|and)\s+"
    pieces = re.split(rf"\s*[,;:]\s*(?:{joiners})?|\s+{joiners}", sentence)
    return [p.strip() for p in pieces if len(p.split()) >= 2]


def _words(text: str) -> set[str]:
    """The content words of a text (longer than 3 letters), for "did you keep the meaning?" checks."""
    return {text[s:e].lower() for s, e in word_spans(text) if e - s > 3}


def vague_sources(attributions: Iterable[Attribution]) -> list[str]:
    """The sources a reader cannot check: unnamed sources by name, agentless claims by their cue.

    >>> a = Attribution("officials", "unnamed", "said", False, 10, 14, "neutral", 0, 9, "")
    >>> b = Attribution(None, "agentless", "It is believed", False, 20, 34, "neutral", None, None, "")
    >>> c = Attribution("they", "unnamed", "said", False, 40, 44, "neutral", 35, 39, "")
    >>> vague_sources([a, b, a, c])
    ['officials', 'It is believed']
    """
    out: list[str] = []
    for a in attributions:
        if a.source_kind == "unnamed" and a.source and normalise(a.source) not in _PRONOUNS:
            phrase = a.source
        elif a.source_kind == "agentless":
            phrase = a.cue
        else:
            continue
        if not any(normalise(phrase) == normalise(p) for p in out):
            out.append(phrase)
    return out


def verbs_of(attributions: Iterable[Attribution], source: str) -> list[str]:
    """The cues of every attribution to ``source`` (spelling variants forgiven), each verb once.

    >>> a = Attribution("Ann Lee", "named person", "said", False, 8, 12, "neutral", 0, 7, "")
    >>> b = Attribution("Ann Lee", "named person", "says", False, 30, 34, "neutral", 20, 23, "")
    >>> verbs_of([a, b], "Lee")
    ['said']
    """
    key: list[str] = []
    for a in attributions:
        if a.source and same_name(a.source, source) and not any(same_verb(a.cue, k) for k in key):
            key.append(a.cue)
    return key


class Checks(Tasks):
    """The seven checked tasks of exercise 02."""

    notebook = "02-attribution"
    total = 7
    written, judgements = 1, 2

    # --- helpers the notebook uses -------------------------------------------

    def attributions(self) -> list[Attribution]:
        """The attributions the toolkit finds in the article."""
        return find_attributions(self.article.text)

    def _tone_key(self) -> dict[str, tuple[str, str, str]]:
        """Each reporting verb once (forms of one verb counted once), in reading order: cue -> (tone, context, why)."""
        key: dict[str, tuple[str, str, str]] = {}
        for a in self.attributions():
            if a.source_kind != "agentless" and not any(same_verb(a.cue, k) for k in key):
                key[a.cue] = (a.verb_tone, context(self.article.text, a.start, a.end, words=5), a.why)
        return key

    def tone_items(self) -> list[str]:
        """The items of task 2: each reporting verb of a named or unnamed source once, in reading order."""
        return list(self._tone_key())

    def tone_contexts(self) -> dict[str, str]:
        """For each item of ``tone_items``: the words around its first use, to show next to the dropdown."""
        return {cue: ctx for cue, (_, ctx, _) in self._tone_key().items()}

    def tone_widget(self, answers: dict | None = None):
        """The judgement widget for task 2: per reporting verb, neutral / loaded and a "because …" box."""
        return self.classify(self.tone_items(), TONES, self.verb_tones, answers=answers,
                             contexts=self.tone_contexts(), reasons=True)

    # --- the tasks ------------------------------------------------------------

    def _verbs(self, task: str, attributions: list[Attribution], source: str, verbs: object) -> Feedback:
        key = verbs_of(attributions, source)
        if not key:
            return self._record(Feedback(task, "wrong", f"The toolkit finds no attribution to '{source}' in "
                                         "this article: check the spelling of the name."), verbs)
        fb = compare_sets(as_list(verbs), key, "reporting verbs", "02 §2", task=task, match=same_verb)
        return self._record(fb, verbs)

    def reporting_verbs(self, source: str, verbs: object) -> Feedback:
        """Task 1: the reporting verbs (cues) of every attribution to ``source``."""
        return self._verbs("Task 1 · reporting verbs", self.attributions(), source, verbs)

    def verb_tones(self, labels: object) -> Feedback:
        """Task 2: neutral or loaded, each with a reason; then compare with the word list and its ``why``."""
        key = {cue: (tone, why) for cue, (tone, _, why) in self._tone_key().items()}
        fb = compare_judgements(labels, key, TONES, "reporting verbs", "02 §3", task="Task 2 · neutral or loaded verbs")
        return self._record(fb, labels)

    def neutral_rewrite(self, rewrite: object) -> Feedback:
        """Task 3: one of the article's loaded attributions, rewritten with a neutral verb."""
        task = "Task 3 · rewrite neutrally"
        if is_unanswered(rewrite):
            return self._record(Feedback(task, "unanswered", _UNANSWERED))
        text = str(rewrite)
        found = find_attributions(text)
        if not found:
            return self._record(Feedback(task, "wrong", "The toolkit finds no attribution in your sentence: say "
                                         "who said it, with a reporting verb. See lesson 02 §3."), rewrite)
        loaded = [a for a in found if a.verb_tone == "loaded"]
        if loaded:
            return self._record(Feedback(task, "wrong", f"Your sentence still has a loaded verb: "
                                         f"'{loaded[0].cue}'. Try the plainest verb there is. See lesson 02 §3."),
                                rewrite)
        originals = [a for a in self.attributions() if a.verb_tone == "loaded"]
        same_source = [o for o in originals
                       if any(f.source and o.source and same_name(f.source, o.source) for f in found)]
        if not same_source:
            return self._record(Feedback(task, "partial", "The verb is neutral now, but keep the same source: "
                                         "who said it must not change. See lesson 02 §2."), rewrite)
        sentences = [self.article.text[s:e] for s, e in sentence_spans(self.article.text)
                     if any(s <= o.start < e for o in same_source)]
        mine = _words(text)
        # A faithful rewrite of one clause must not be measured against the whole two-clause sentence.
        parts = [c for s in sentences for c in [s, *clauses(s)]]
        overlap = max((len(mine & _words(c)) / max(len(_words(c)), 1) for c in parts), default=0.0)
        if overlap < 0.4:
            return self._record(Feedback(task, "partial", "Neutral verb and the same source: good. Now keep what "
                                         "the source said (the content): change the verb, not the claim."), rewrite)
        verbs = ", ".join(f"'{a.cue}'" for a in found)
        return self._record(Feedback(task, "correct", f"Every reporting verb in your sentence ({verbs}) is neutral, "
                                     "and the source and the content are kept."), rewrite)

    def claim_items(self) -> list[str]:
        """The sentences of task 4 ("sentence 1 (line 8)" ...): only the lesson article has them."""
        return list(article_key_rows(self.article, self.notebook, CLAIM_TASK))

    def claim_widget(self, answers: dict | None = None):
        """Task 4: per sentence, fact / attributed claim / interpretation, with a "because …" box."""
        rows = article_key_rows(self.article, self.notebook, CLAIM_TASK)
        if not rows:
            import ipywidgets as widgets
            return widgets.HTML(f"<div>{NO_KEY} Pick three sentences and label them in a note.</div>")
        return self.classify(list(rows), CLAIM_LABELS, self.claim_labels, answers=answers,
                             contexts={k: v.get("sentence", "") for k, v in rows.items()}, reasons=True)

    def claim_labels(self, labels: object) -> Feedback:
        """Task 4: each sentence labelled with a reason; then the kit's reading (and why) to compare."""
        key = article_key(self.article, self.notebook, CLAIM_TASK)
        if not key:
            return self._record(Feedback(CLAIM_TASK, "unanswered", NO_KEY, kind="judgement"))
        fb = compare_judgements(labels, key, CLAIM_LABELS, "sentences", "02 §4", task=CLAIM_TASK)
        if fb.status == "judged":
            fb = replace(fb, details_title="The kit's reading of each sentence, and why")
        return self._record(fb, labels)

    def unnamed_sources(self, answer: object) -> Feedback:
        """Task 4: the unnamed sources and the claims with no source at all."""
        key = vague_sources(self.attributions())
        fb = compare_sets(as_list(answer), key, "unnamed or agentless sources", "02 §4",
                          task="Task 4 · unnamed and agentless sources", match=_loose)
        return self._record(fb, answer)

    def explain_agentless(self, answer: object) -> Feedback:
        """Task 5: a written answer on why an agentless "It is noted that" matters."""
        return self._written("Task 5 · why 'It is noted' matters", answer, min_words=25)

    def biggest_voice(self, answer: object) -> Feedback:
        """Task 6: the source with the most words attributed to it (the longest bar in the voice chart)."""
        from ..analysis.counts import voice_data
        task = "Task 6 · the biggest voice"
        if is_unanswered(answer):
            return self._record(Feedback(task, "unanswered", _UNANSWERED))
        if not isinstance(answer, str):
            return self._record(Feedback(task, "wrong", "Give one name, in quotation marks, like \"Ann Lee\" "
                                         "(not a list or a number)."), answer)
        rows = voice_data(self.article)
        if not rows:
            return self._record(Feedback(task, "wrong", "The toolkit finds no attributed words in this article."),
                                answer)
        top = [r["source"] for r in rows if r["total"] == rows[0]["total"]]
        if any(same_name(str(answer), t) for t in top):
            return self._record(Feedback(task, "correct", "Yes: more words are attributed to this source than to "
                                         "any other (the longest bar)."), answer)
        if any(same_name(str(answer), r["source"]) for r in rows):
            return self._record(Feedback(task, "wrong", "That source has a voice, but not the biggest one. Compare "
                                         "the lengths of the bars. See lesson 02 §5."), answer)
        return self._record(Feedback(task, "wrong", "That name is not one of the sources in the voice chart. See "
                                     "lesson 02 §5."), answer)

    def transfer_verbs(self, other, source: str, verbs: object) -> Feedback:
        """Task 7: task 1 again on a second article (``other``: an Article): the verbs of ``source``."""
        return self._verbs("Task 7 · transfer", find_attributions(other.text), source, verbs)
