"""Checks for exercise 04 (readability: what the formulas count, and what fools them).

Every answer key about the article is computed from the toolkit on the
checked article, so the same checks work on any article (the transfer task
passes a second one). Counting by hand is a judgement call, so the counting
tasks accept a small margin and say whether an answer is too high or too low,
never what the count is.

>>> from medialit import load_article
>>> art = load_article("Harbour Plan\\n\\nThe plan is ready. Critics say it was rushed and will cost too much.")
>>> check = Checks(art)
>>> check.words_per_sentence(14, 2, 7).status
'correct'
>>> check.words_per_sentence(14, 1, 14).message
'Your sentence count is too low. Count the full stops that really end a sentence. See lesson 04b §2.'
"""

from __future__ import annotations

import re

from ..analysis.text import sentence_spans, word_spans
from ..analysis.article import Article, Block
from ..analysis.readability import readability, readability_by_block, readability_by_kind
from . import Feedback, Tasks, as_number, compare_labels, is_unanswered, normalise, same_name

#: What each formula counts to judge how hard a *word* is (all of them also use sentence length).
#: From the formulas as published: Flesch 1948; Kincaid et al. 1975; Gunning 1952; McLaughlin 1969;
#: Coleman & Liau 1975; Senter & Smith 1967; Dale & Chall 1948 (Chall & Dale 1995).
WORD_MEASURES = {
    "Flesch Reading Ease": "syllables",
    "Flesch–Kincaid grade": "syllables",
    "Gunning Fog": "syllables",
    "SMOG": "syllables",
    "Coleman–Liau": "letters",
    "Automated Readability Index": "letters",
    "Dale–Chall": "familiar-word list",
}
MEASURE_OPTIONS = ("syllables", "letters", "familiar-word list")

#: The kinds of block that are prose, written by someone to be read (labels and boilerplate are not).
PROSE_KINDS = ("headline", "subheading", "caption", "body")

#: The grade a rewritten caption must reach (US grade 9: readers of about 14 to 15).
TARGET_GRADE = 9.0

_UNANSWERED = "Replace the ... with your answer, then run the cell again."
_CREDIT_TAIL = re.compile(r"[\s,.;:–—-]*(?:credits?|photo(?:graph)?|image|picture)?\s*:?\s*$", re.I)
_PLACE = re.compile(r"\b(?:in|at|near)\s+((?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)")


def _number(answer: object) -> float | None:
    return as_number(answer)[0]  # a decimal comma ("14,7" or 14,7) is read as a point


def _kind_name(kind: str) -> str:
    return kind.replace("_", " ")


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


class Checks(Tasks):
    """The seven checked tasks of exercise 04."""

    notebook = "04-readability"
    total = 7
    written = 1

    # --- helpers the notebook uses -------------------------------------------

    def longest_paragraph(self) -> Block:
        """The body paragraph with the most words (the first one if two tie)."""
        body = self.article.blocks_of("body")
        return max(body, key=lambda b: (len(b.text.split()), -b.start))

    def longest_caption(self) -> Block | None:
        """The caption with the most words, or None if the article has no caption."""
        caps = self.article.blocks_of("caption")
        return max(caps, key=lambda b: (len(caption_text(b).split()), -b.start)) if caps else None

    def formula_widget(self, answers: dict | None = None):
        """The classification widget for task 3: what each formula counts to judge a word."""
        return self.classify(list(WORD_MEASURES), MEASURE_OPTIONS, self.word_measures, answers=answers)

    # --- the tasks ------------------------------------------------------------

    def words_per_sentence(self, words: object, sentences: object, per_sentence: object) -> Feedback:
        """Task 1: words, sentences and words per sentence of the longest body paragraph, by hand."""
        task = "Task 1 · words per sentence, by hand"
        answer = {"words": words, "sentences": sentences, "words per sentence": per_sentence}
        if all(is_unanswered(v) for v in answer.values()):
            return self._record(Feedback(task, "unanswered", _UNANSWERED))
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
            return self._record(Feedback(task, "unanswered", _UNANSWERED))
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

    def word_measures(self, labels: object) -> Feedback:
        """Task 3: for each formula, what it counts to judge how hard a word is."""
        fb = compare_labels(labels, WORD_MEASURES, "formulas", "04 §1", task="Task 3 · what the formulas count")
        return self._record(Feedback(fb.task, fb.status, fb.message.replace("as the lexicon does", "correctly")),
                            labels)

    def hardest_kind(self, kind: object) -> Feedback:
        """Task 4: which kind of prose block (headline, subheading, caption, body) is hardest to read."""
        task = "Task 4 · the hardest kind of block"
        if is_unanswered(kind):
            return self._record(Feedback(task, "unanswered", _UNANSWERED))
        rows = [r for r in readability_by_kind(self.article) if r["kind"] in PROSE_KINDS]
        scores = {r["kind"]: r["flesch_reading_ease"] for r in rows}
        given = normalise(kind).replace("_", " ").rstrip("s")
        match = next((k for k in scores if _kind_name(k) == given or given.endswith(_kind_name(k))), None)
        if match is None:
            options = ", ".join(_kind_name(k) for k in scores)
            return self._record(Feedback(task, "wrong", f"Answer with one kind of block: {options}."), kind)
        hardest = min(scores, key=lambda k: (scores[k], k))
        if match == hardest:
            return self._record(Feedback(task, "correct", f"Yes: the {_kind_name(match)} text scores "
                                         f"{scores[match]:.1f} on Reading Ease, the lowest."), kind)
        return self._record(Feedback(task, "wrong", f"The {_kind_name(match)} text scores {scores[match]:.1f}; "
                                     "another kind scores lower (harder). See lesson 04b §3."), kind)

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

    def transfer_hardest_paragraph(self, other: Article, line: object) -> Feedback:
        """Task 7: in another article, the line of the body paragraph with the lowest Reading Ease."""
        task = "Task 7 · transfer: the hardest paragraph of another article"
        if is_unanswered(line):
            return self._record(Feedback(task, "unanswered", _UNANSWERED))
        rows = readability_by_block(other)
        if not rows:
            return self._record(Feedback(task, "wrong", "That article has no body paragraphs to score."), line)
        scores = {r["line"]: r["flesch_reading_ease"] for r in rows}
        n = _number(line)
        if n is None or int(n) not in scores:
            return self._record(Feedback(task, "wrong", "Give the line number of a body paragraph, as the list "
                                         "from readability_by_block shows it."), line)
        hardest = min(scores, key=lambda k: (scores[k], k))
        if int(n) == hardest:
            return self._record(Feedback(task, "correct", f"Yes: line {hardest} scores {scores[hardest]:.1f}, the "
                                         "lowest Reading Ease of the body."), line)
        return self._record(Feedback(task, "wrong", f"Line {int(n)} scores {scores[int(n)]:.1f}; another body "
                                     "paragraph scores lower (harder). See lesson 04b §3."), line)
