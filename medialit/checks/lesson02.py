"""Checks for exercise 02 (attribution: who said what, and how the text says it).

Most tasks are judgements: the learner picks a label and writes a reason, and
the feedback shows the toolkit's reading (computed on the checked article, or
on the invented items in ``data/exercise_items.json``) to compare; a reasoned
disagreement is never marked wrong. Only the sentence sort has a key that is
data, and it is for the lesson article only.
Verbs are compared forgivingly: "emphasised" matches "emphasized", "noted"
matches "noting".

>>> from medialit import load_article
>>> art = load_article("Harbour Plan\\n\\nMayor Ann Lee said the plan was ready. Critics claimed it was rushed.")
>>> check = Checks(art)
>>> check.neutral_rewrite("Critics said it was rushed.").status
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
from . import (Feedback, Tasks, UNANSWERED, article_key, article_key_rows, compare_judgements, is_unanswered, normalise,
               same_name)

TONES = ("neutral", "loaded")
CLAIM_LABELS = ("fact that can be checked", "claim attributed to someone", "writer's interpretation")
CLAIM_TASK = "Task 4 · fact, claim or interpretation"
CHECKABLE = ("can be checked", "cannot be checked")
VERSION_TASK = "Task 1 · which version can a reader check?"
NO_KEY = "This task's key is for the lesson article; your judgement is yours."
_SUFFIXES = ("ing", "ed", "es", "s", "e")
_IRREGULAR = {"said": "say", "told": "tell", "wrote": "write", "spoke": "speak", "thought": "think"}


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


def content_words(text: str) -> set[str]:
    """The content words of a text (longer than 3 letters), for "did you keep the meaning?" checks (lessons 02, 03)."""
    return {text[s:e].lower() for s, e in word_spans(text) if e - s > 3}


def exercise_items(notebook: str, task: str) -> dict[str, dict]:
    """The invented items of a judgement task (``data/exercise_items.json``): item -> {sentence, label, why, ...}.

    >>> sorted(exercise_items("02-attribution", VERSION_TASK))[:2]
    ['version A', 'version B']
    """
    import json
    from pathlib import Path
    path = Path(__file__).resolve().parent.parent / "data" / "exercise_items.json"
    return json.loads(path.read_text("utf-8")).get(notebook, {}).get(task, {})


def checkable(sentence: str) -> tuple[str, str]:
    """The toolkit's reading of one sentence: can a reader check who said it? (label, why).

    >>> checkable("Ann Lee, the mayor, said the bridge will close.")[0], checkable("It is understood that it will close.")[0]
    ('can be checked', 'cannot be checked')
    """
    found = find_attributions(sentence)
    named = [a for a in found if a.source_kind in ("named person", "named group")]
    if named:
        return CHECKABLE[0], f"the toolkit finds a named source ('{named[0].source}'): you can look for what they said"
    if found:
        kind = found[0].source_kind
        who = f"'{found[0].source}'" if found[0].source else "no one"
        return CHECKABLE[1], f"the toolkit finds an {kind} source ({who}, cue '{found[0].cue}'): nobody to ask"
    return CHECKABLE[1], "the toolkit finds no source at all in this sentence"


def tone_key(attributions: Iterable[Attribution], text: str, source: str | None = None) -> dict[str, tuple[str, str, str]]:
    """Each reporting verb once, in reading order: cue -> (tone, context, why); only ``source``'s when given.

    >>> from medialit import load_article
    >>> art = load_article("T\\n\\nAnn Lee said it was late. Lee warned of floods. Bo Park claimed it was fine.")
    >>> {cue: tone for cue, (tone, _, _) in tone_key(find_attributions(art.text), art.text, "Ann Lee").items()}
    {'said': 'neutral', 'warned': 'loaded'}
    """
    key: dict[str, tuple[str, str, str]] = {}
    for a in attributions:
        if a.source_kind == "agentless" or (source and not (a.source and same_name(a.source, source))):
            continue
        if not any(same_verb(a.cue, k) for k in key):
            key[a.cue] = (a.verb_tone, context(text, a.start, a.end, words=5), a.why)
    return key


def rewrite_feedback(article, rewrite: object, task: str) -> Feedback:
    """A loaded attribution of ``article`` rewritten with a neutral verb: the toolkit reads the rewrite.

    Correct when every cue the toolkit finds is neutral, the source is one of the article's
    loaded-verb sources, and most of the content words are kept.
    """
    if is_unanswered(rewrite):
        return Feedback(task, "unanswered", UNANSWERED)
    text = str(rewrite)
    found = find_attributions(text)
    if not found:
        return Feedback(task, "wrong", "The toolkit finds no attribution in your sentence: say who said it, with a "
                        "reporting verb. See lesson 02 §3.")
    loaded = [a for a in found if a.verb_tone == "loaded"]
    if loaded:
        return Feedback(task, "wrong", f"The toolkit still reads a loaded verb: '{loaded[0].cue}'. Try the plainest "
                        "verb there is. See lesson 02 §3.")
    originals = [a for a in find_attributions(article.text) if a.verb_tone == "loaded"]
    same_source = [o for o in originals if any(f.source and o.source and same_name(f.source, o.source) for f in found)]
    if not same_source:
        return Feedback(task, "partial", "The verb is neutral now, but keep the same source: who said it must not "
                        "change. See lesson 02 §2.")
    sentences = [article.text[s:e] for s, e in sentence_spans(article.text) if any(s <= o.start < e for o in same_source)]
    mine = content_words(text)
    # A faithful rewrite of one clause must not be measured against the whole two-clause sentence.
    parts = [c for s in sentences for c in [s, *clauses(s)]]
    overlap = max((len(mine & content_words(c)) / max(len(content_words(c)), 1) for c in parts), default=0.0)
    if overlap < 0.4:
        return Feedback(task, "partial", "Neutral verb and the same source: good. Now keep what the source said "
                        "(the content): change the verb, not the claim.")
    before = ", ".join(sorted({f"'{o.cue}'" for o in same_source}))
    after = ", ".join(f"'{a.cue}' ({a.verb_tone})" for a in found)
    return Feedback(task, "correct", f"The toolkit reads your sentence: {after}. In the article the same source had "
                    f"{before} (loaded). The source and the content are kept; only the verb's judgement is gone.")


class Checks(Tasks):
    """The six checked tasks of exercise 02: four judgements, one rewrite, one written answer."""

    notebook = "02-attribution"
    total = 6
    written, judgements = 1, 4

    # --- helpers the notebook uses -------------------------------------------

    def attributions(self) -> list[Attribution]:
        """The attributions the toolkit finds in the article."""
        return find_attributions(self.article.text)

    def _tone_key(self) -> dict[str, tuple[str, str, str]]:
        return tone_key(self.attributions(), self.article.text)

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

    def version_widget(self, answers: dict | None = None):
        """Task 1: four invented versions of one claim; can a reader check who said it?"""
        items = exercise_items(self.notebook, VERSION_TASK)
        return self.classify(list(items), CHECKABLE, self.versions, answers=answers,
                             contexts={k: v["sentence"] for k, v in items.items()}, reasons=True)

    # --- the tasks ------------------------------------------------------------

    def versions(self, labels: object) -> Feedback:
        """Task 1: each version judged with a reason; then what the toolkit finds in each one."""
        key = {k: checkable(v["sentence"]) for k, v in exercise_items(self.notebook, VERSION_TASK).items()}
        fb = compare_judgements(labels, key, CHECKABLE, "versions", "02 §4", task=VERSION_TASK, whose="the toolkit")
        if fb.status == "judged":
            fb = replace(fb, details_title="What the toolkit finds in each version")
        return self._record(fb, labels)

    def verb_tones(self, labels: object) -> Feedback:
        """Task 2: neutral or loaded, each with a reason; then compare with the word list and its ``why``."""
        key = {cue: (tone, why) for cue, (tone, _, why) in self._tone_key().items()}
        fb = compare_judgements(labels, key, TONES, "reporting verbs", "02 §3", task="Task 2 · neutral or loaded verbs")
        return self._record(fb, labels)

    def neutral_rewrite(self, rewrite: object) -> Feedback:
        """Task 3: one of the article's loaded attributions, rewritten with a neutral verb."""
        return self._record(rewrite_feedback(self.article, rewrite, "Task 3 · rewrite neutrally"), rewrite)

    def claim_items(self) -> list[str]:
        """The sentences of task 4 ("sentence 1 (line 6)" ...): only the lesson article has them."""
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
        fb = compare_judgements(labels, key, CLAIM_LABELS, "sentences", "02 §4", task=CLAIM_TASK,
                                whose="the kit's reading")
        if fb.status == "judged":
            fb = replace(fb, details_title="The kit's reading of each sentence, and why")
        return self._record(fb, labels)

    def explain_source(self, answer: object) -> Feedback:
        """Task 5: a written plan: how would you find out who is behind an unnamed source?"""
        return self._written("Task 5 · who is behind it?", answer, min_words=25)

    def transfer_widget(self, other, source: str, answers: dict | None = None):
        """Task 6: task 2's decision on a second article, for the reporting verbs of ``source``."""
        key = tone_key(find_attributions(other.text), other.text, source)
        if not key:
            raise ValueError(f"The toolkit finds no attribution to {source!r} in this article: check the name.")
        return self.classify(list(key), TONES, lambda labels: self.transfer_tones(other, source, labels),
                             answers=answers, contexts={k: v[1] for k, v in key.items()}, reasons=True)

    def transfer_tones(self, other, source: str, labels: object) -> Feedback:
        """Task 6: neutral or loaded for ``source``'s verbs in ``other``; the word list's label is computed there."""
        key = {cue: (tone, why) for cue, (tone, _, why) in
               tone_key(find_attributions(other.text), other.text, source).items()}
        fb = compare_judgements(labels, key, TONES, "reporting verbs", "02 §3", task="Task 6 · transfer: neutral or loaded")
        return self._record(fb, labels)
