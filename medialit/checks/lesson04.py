"""Checks for exercise 04 (readability: what the formulas count, and what fools them).

Every answer key about an article is computed from the toolkit on that
article, so the same checks work on any article (the practice and transfer
tasks pass a second one). Counting by hand is a judgement call, so the
counting tasks accept a small margin and say whether an answer is too high or
too low, never what the count is. Four tasks are judgements: whether a score
fits a sentence, which paragraph is hardest for a reader, and which caption to
print. Any choice with a reason is accepted; the feedback then shows what the
formula measured (and the kit's reading, with its ``why``) to compare with.

>>> from medialit import load_article
>>> art = load_article("Harbour Plan\\n\\nThe plan is ready. Critics say it was rushed and will cost too much.")
>>> check = Checks(art)
>>> check.words_per_sentence(14, 2, 7).status
'correct'
>>> check.words_per_sentence(14, 1, 14).message
'Your sentence count is too low. Count the full stops that really end a sentence. See lesson 04b §2.'
>>> check.hardest_for_a_reader("line 3 because it is the longest", art).status
'judged'
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..analysis.text import sentence_spans
from ..analysis.article import Article, Block
from ..analysis.lexicons import load_lexicon
from ..analysis.readability import readability, readability_by_block
from . import (Feedback, Tasks, UNANSWERED, as_number, compare_judgements, has_reason, is_unanswered, normalise,
               same_name, split_reason)

#: Task 3: does a sentence's score fit how hard it really is to read? (``data/readability_fit.csv``)
FIT_LABELS = ("harder than its score says", "easier than its score says", "about right")
#: Task 5b: which caption would you print under the photo?
CAPTION_CHOICES = ("my rewrite", "the original", "neither")

#: The grade a rewritten caption must reach (US grade 9: readers of about 14 to 15).
TARGET_GRADE = 9.0

_CREDIT_TAIL = re.compile(r"[\s,.;:–—-]*(?:credits?|photo(?:graph)?|image|picture)?\s*:?\s*$", re.I)
_PLACE = re.compile(r"\b(?:in|at|near)\s+((?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)")


def _number(answer: object) -> float | None:
    return as_number(answer)[0]  # a decimal comma ("14,7" or 14,7) is read as a point


def caption_text(block: Block) -> str:
    """A caption without its photo credit (the credit is not part of what the caption says).

    >>> from medialit import load_article
    >>> art = load_article("T\\n\\nPhoto\\nA crowd in Rome, 2 May 2024. Credit: Ann Lee via XYZ\\n\\nBody text here.")
    >>> caption_text(art.blocks_of("caption")[0])
    'A crowd in Rome, 2 May 2024'
    """
    text = block.text
    if block.credit_start is not None:
        text = text[: block.credit_start - block.start]
    return _CREDIT_TAIL.sub("", text).strip()


def places(text: str) -> list[str]:
    """Place names the text gives after "in", "at" or "near" (the caption's "where").

    >>> places("Fans gather in Green Park in Leeds, at noon.")
    ['Green Park', 'Leeds']
    """
    out: list[str] = []
    for m in _PLACE.finditer(text):
        name = re.sub(r"^the\s+", "", m.group(1))
        if name not in out:
            out.append(name)
    return out


def people(text: str) -> list[str]:
    """The people a text names (fullest form), in order: the caption's "who"."""
    from ..analysis.names import find_people
    return [p.name for p in find_people(text) if p.kind == "person"]


def _mentions(answer: str, name: str) -> bool:
    """True when ``answer`` names ``name``: its last word in any spelling ("Kovalenko"/"Kovalenkoo")."""
    last = name.split()[-1]
    return any(same_name(word, last) for word in re.findall(r"[\w’'-]+", answer))


def fit_key() -> dict[str, tuple[str, str]]:
    """Task 3's sentences with the kit's reading and why: sentence -> (label, why).

    >>> key = fit_key()
    >>> len(key) >= 3 and all(label in FIT_LABELS for label, _ in key.values())
    True
    """
    return {r["sentence"]: (r["reading"], r["why"]) for r in load_lexicon("readability_fit.csv")}


def _line_of(label: str) -> int | None:
    """The line number in a prediction's label ("line 14", "14", "paragraph on line 14").

    >>> _line_of("line 14"), _line_of("the one on line 9"), _line_of("the last")
    (14, 9, None)
    """
    found = re.findall(r"\d+", label)
    return int(found[-1]) if found else None


def caption_facts(text: str) -> str:
    """What the toolkit measures in a caption: words, sentences, grade, people and places named.

    >>> caption_facts("A crowd waits as Ann Lee speaks in Leeds.")
    '9 words, 1 sentence(s), grade -0.3; names 1 person(s) and 1 place(s)'
    """
    r = readability(text)
    return (f"{r['words']} words, {r['sentences_kit']} sentence(s), grade {r['flesch_kincaid_grade']:.1f}; "
            f"names {len(people(text))} person(s) and {len(places(text))} place(s)")


class Checks(Tasks):
    """The eight checked tasks of exercise 04: three auto-checked, one written, four judgements with reasons."""

    notebook = "04-readability"
    total = 8
    written, judgements = 1, 4

    # --- helpers the notebook uses -------------------------------------------

    def longest_paragraph(self) -> Block:
        """The body paragraph with the most words (the first one if two tie)."""
        body = self.article.blocks_of("body")
        return max(body, key=lambda b: (len(b.text.split()), -b.start))

    def longest_caption(self) -> Block | None:
        """The caption with the most words, or None if the article has no caption."""
        caps = self.article.blocks_of("caption")
        return max(caps, key=lambda b: (len(caption_text(b).split()), -b.start)) if caps else None

    def fit_widget(self, answers: dict | None = None):
        """The judgement widget of task 3: per sentence, does its score fit, with a "because …" box."""
        contexts = {sentence: f"grade {readability(sentence)['flesch_kincaid_grade']:.1f}" for sentence in fit_key()}
        return self.classify(list(fit_key()), FIT_LABELS, self.score_fit, answers=answers, contexts=contexts,
                             reasons=True)

    # --- the tasks ------------------------------------------------------------

    def words_per_sentence(self, words: object, sentences: object, per_sentence: object) -> Feedback:
        """Task 1: words, sentences and words per sentence of the longest body paragraph, by hand."""
        task = "Task 1 · words per sentence, by hand"
        answer = {"words": words, "sentences": sentences, "words per sentence": per_sentence}
        if all(is_unanswered(v) for v in answer.values()):
            return self._record(Feedback(task, "unanswered", UNANSWERED))
        block = self.longest_paragraph()
        text = block.text
        # Two honest ways of counting words: pieces between spaces, or the kit's word count.
        counts = (len(text.split()), readability(text)["words_kit"])
        key_sentences = len(sentence_spans(text))
        key_wps = sum(counts) / 2 / key_sentences
        w, s, p = _number(words), _number(sentences), _number(per_sentence)
        if None in (w, s, p):
            return self._record(Feedback(task, "wrong", "Give all three answers as numbers, e.g. 42, 2 and 21.0."),
                                answer)
        problems = []
        if not min(counts) - 1 <= w <= max(counts) + 1:
            problems.append(f"Your word count is {'too high' if w > max(counts) else 'too low'}. "
                            "Count every piece of text between two spaces.")
        if s != key_sentences:
            problems.append(f"Your sentence count is {'too high' if s > key_sentences else 'too low'}. "
                            "Count the full stops that really end a sentence.")
            if s == readability(text)["sentences"] and s > key_sentences:
                problems[-1] += " (That is textstat's count: look for a full stop inside an abbreviation.)"
        if not problems and s and abs(p - w / s) > 0.15:
            problems.append("Your words per sentence does not follow from your counts: divide words by sentences.")
        elif not problems and abs(p - key_wps) > 1.0:
            problems.append("Your words per sentence is off: divide words by sentences.")
        if not problems:
            return self._record(Feedback(task, "correct", f"Yes: about {key_wps:.1f} words per sentence in the "
                                         f"paragraph on line {block.line}."), answer)
        status = "partial" if len(problems) < 2 else "wrong"
        return self._record(Feedback(task, status, " ".join(problems) + " See lesson 04b §2."), answer)

    def syllables(self, sentence: str, count: object) -> Feedback:
        """Task 2: the syllables in ``sentence``, counted by hand (within 1 of the kit's count)."""
        task = "Task 2 · syllables in one sentence"
        if is_unanswered(count):
            return self._record(Feedback(task, "unanswered", UNANSWERED))
        n = _number(count)
        if n is None:
            return self._record(Feedback(task, "wrong", "Give the number of syllables as a number, e.g. 30."), count)
        key = readability(sentence)["syllables_kit"]
        if abs(n - key) <= 1:
            return self._record(Feedback(task, "correct", f"Yes: the kit counts {key} syllables (a difference of one "
                                         "is a fair judgement call)."), count)
        direction = "too high" if n > key else "too low"
        return self._record(Feedback(task, "wrong", f"Your count is {direction}. Say each word aloud and clap the "
                                     "beats; say abbreviations letter by letter. See lesson 04b §2."), count)

    def score_fit(self, labels: object) -> Feedback:
        """Task 3: does each sentence's grade fit how hard it is to read? Any label with a reason."""
        fb = compare_judgements(labels, fit_key(), FIT_LABELS, "sentences", "04 §2", task="Task 3 · does the score fit?")
        if fb.status == "judged":
            fb = replace(fb, message=fb.message.replace("the word list", "the kit's reading"),
                         details=fb.details.replace("; word list — ", "; the kit's reading — "),
                         details_title="The kit's reading of each sentence, and why")
        return self._record(fb, labels)

    def hardest_for_a_reader(self, answer: object, other: Article, transfer: bool = False) -> Feedback:
        """Task 4 (or 7): the body paragraph a 15-year-old would find hardest, with a reason; then the formula's view."""
        task = ("Task 7 · transfer: the hardest paragraph for a reader" if transfer
                else "Task 4 · the hardest paragraph for a reader")
        if is_unanswered(answer):
            return self._record(Feedback(task, "unanswered", 'Write "line N because …", then run the cell.',
                                         kind="judgement"))
        scores = {r["line"]: r["flesch_reading_ease"] for r in readability_by_block(other)}
        label, reason = split_reason(answer)
        line = _line_of(label)
        if line not in scores:
            lines = ", ".join(map(str, scores))
            return self._record(Feedback(task, "nudge", f"Give the line of a body paragraph ({lines}), then "
                                         "'because' and your reason.", kind="judgement"), answer)
        if not has_reason(reason):
            return self._record(Feedback(task, "nudge", f"Line {line} is your choice: now add 'because …' and say "
                                         "what makes it hard for a reader.", kind="judgement"), answer)
        hardest = min(scores, key=lambda k: (scores[k], k))
        same = ("The formula agrees: it gives that paragraph the lowest Reading Ease." if line == hardest else
                f"The formula gives line {hardest} the lowest Reading Ease. You and the formula differ: "
                "whose reason fits a 15-year-old reader better?")
        details = " · ".join(f"line {k}: {v:.1f}" for k, v in scores.items())
        return self._record(Feedback(task, "judged", f"{same} The formula counts only sentence and word "
                                     "length; you may have seen more. See lesson 04 §1.",
                                     kind="judgement", details=details,
                                     details_title="Reading Ease of each body paragraph (lower is harder)",
                                     reason=reason), answer)

    def caption_rewrite(self, rewrite: object) -> Feedback:
        """Task 5: the longest caption rewritten for grade 9 or below, still saying who and where."""
        task = "Task 5 · a caption for a grade-9 reader"
        if is_unanswered(rewrite):
            return self._record(Feedback(task, "unanswered", 'Replace the ... with your caption in quotation marks '
                                         '("like this"), then run the cell.'))
        if not isinstance(rewrite, str):
            return self._record(Feedback(task, "wrong", "Write your caption as text, between quotation marks."),
                                rewrite)
        block = self.longest_caption()
        original = caption_text(block) if block else ""
        try:
            grade = readability(rewrite)["flesch_kincaid_grade"]
        except ValueError:
            return self._record(Feedback(task, "wrong", "Your caption has no words yet."), rewrite)
        who = people(original)
        where = places(original)
        lost_who = sum(1 for p in who if not _mentions(rewrite, p))
        lost_where = sum(1 for p in where if normalise(p) not in normalise(rewrite))
        notes = []
        if grade > TARGET_GRADE:
            notes.append(f"Its Flesch–Kincaid grade is {grade:.1f}, still above {TARGET_GRADE:g}: split long "
                         "sentences and use shorter words.")
        if lost_who:
            notes.append(f"{lost_who} of the {len(who)} people in the original caption "
                         f"{'is' if lost_who == 1 else 'are'} no longer named (who).")
        if lost_where:
            notes.append(f"{lost_where} of the {len(where)} places in the original caption "
                         f"{'is' if lost_where == 1 else 'are'} missing (where).")
        if not notes:
            return self._record(Feedback(task, "correct", f"Grade {grade:.1f}, and it still says who and where. "
                                         "Check with a partner that it still says what happened."), rewrite)
        status = "wrong" if grade > TARGET_GRADE and (lost_who or lost_where) else "partial"
        return self._record(Feedback(task, status, " ".join(notes) + " See lesson 04 §4."), rewrite)

    def readable_not_true(self, answer: object) -> Feedback:
        """Task 6: explain why a readable sentence is not necessarily true or fair."""
        task = "Task 6 · readable is not true"
        return self._written(task, answer, min_words=30)

    def caption_choice(self, rewrite: object, choice: object) -> Feedback:
        """Task 5b: print the original caption or your rewrite? A choice with a reason; then what the kit measured."""
        task = "Task 5b · which caption would you print?"
        if is_unanswered(rewrite) or not isinstance(rewrite, str):
            return self._record(Feedback(task, "unanswered", "Write your caption in Task 5 first.", kind="judgement"))
        if is_unanswered(choice):
            return self._record(Feedback(task, "unanswered", 'Write "my rewrite because …" (or "the original" or '
                                         '"neither"), then run the cell.', kind="judgement"))
        label, reason = split_reason(choice)
        if label not in CAPTION_CHOICES:
            return self._record(Feedback(task, "nudge", "Start with one of: " + ", ".join(CAPTION_CHOICES)
                                         + "; then 'because' and your reason.", kind="judgement"), choice)
        if not has_reason(reason):
            return self._record(Feedback(task, "nudge", "Add 'because …': what does your choice keep, or lose, for "
                                         "the reader?", kind="judgement"), choice)
        block = self.longest_caption()
        original = caption_text(block) if block else ""
        details = f"The original: {caption_facts(original)}. Your rewrite: {caption_facts(rewrite)}."
        return self._record(Feedback(task, "judged", "Open what the toolkit measured in both captions: does it show what your reason says? It cannot "
                                     "see whether a caption is true. See lesson 04 §3.", kind="judgement",
                                     details=details, details_title="What the toolkit measured", reason=reason),
                            choice)
