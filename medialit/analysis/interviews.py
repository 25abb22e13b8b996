"""Question-and-answer interviews: whose turn each paragraph is.

An interview printed as questions and answers gives the speaker's name only in
the label that opens each turn ("Ana Petrova (AP): When I began, I felt
stuck."), and the answer runs on, without quotation marks, until the next
label. Inside an answer "I" is the person of the label, not the writer, so a
careful reader gives the answer's "I felt", "I thought" and any quotation in
it to that person.

A text is read as an interview only when it has at least two turn labels for
two different speakers, so a single "Note:" or "Update:" line, or one
"Jane Doe: ..." headline, is no interview. A label is a name of one to five
capitalised words that opens a line, with its initials in brackets or not,
then a colon ("Global Voices (GV):", "Tom Reed:"); later turns may be
labelled with the initials alone ("AP:"). This module knows nothing of cues
or names, so ``attribution`` can use it.

>>> t = "Tom Reed (TR): Why?\\nAna Petrova (AP): I felt stuck.\\nTR: And now?\\nAP: I think I am free."
>>> [(turn.speaker, t[turn.start:turn.end]) for turn in interview_turns(t)]
[('Tom Reed', 'Why?'), ('Ana Petrova', 'I felt stuck.'), ('Tom Reed', 'And now?'), ('Ana Petrova', 'I think I am free.')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .text import line_labels

# Labels that open a line of page furniture or notes, not a speaker's turn.
_NOT_SPEAKERS = frozenset("""note update updated correction clarification photo photos image video source sources related
    read more watch listen warning disclaimer credit credits caption tags topics share published by editor
    editors""".split())


def _turn_labels(text: str) -> list[re.Match]:
    """The labels that may open a turn ("Ana Petrova (AP): ..."): a line-start label, initials allowed, with
    words after it on its line. A label in quotation marks is a quoted line, no turn."""
    return [m for m in line_labels(text, initials=True) if text[m.end():m.end() + 1].strip()]


def _says_something(text: str, start: int) -> bool:
    """Can the line after a label be spoken words? Not a figure ("Doe: 1,769."), nor a form field ("Name: Ann
    Lee Age: 27") or a headline in Title Case ("Doe: It Is Not A Radical Idea"), whose three words or more hold
    no lower-case word of four letters. A short turn ("Why?") and an answer with names in it can."""
    end = text.find("\n", start)
    words = text[start:end if end >= 0 else len(text)].split()[:12]
    if not words or not words[0][:1].isalpha() and words[0][:1] not in "“\"‘'":
        return False
    return len(words) < 3 or any(len(w) >= 4 and w[:1].islower() for w in words)


def _short_forms(labels: list[re.Match]) -> dict[str, str]:
    """The initials ("AP") and last names ("ROE") that later turns use for a fuller label ("Ana Petrova (AP)",
    "JANE ROE"). A short form two labels share ("Lee" for Ann Lee and Tom Lee) stands for no one."""
    pairs = [(m["name"].split()[-1], m["name"]) for m in labels if " " in m["name"]]
    pairs += [(m["initials"], m["name"]) for m in labels if m["initials"]]
    fulls: dict[str, set[str]] = {}
    for short, full in pairs:
        fulls.setdefault(short, set()).add(full)
    return {short: next(iter(f)) for short, f in fulls.items() if len(f) == 1 and short not in f}


def _names_a_speaker(m: re.Match, short: dict[str, str]) -> bool:
    """Does the label name someone: two words or more, initials in brackets, a name in capitals ("ROE"), or
    the short form of a fuller label? Not one capitalised word of a form or a fact box ("Party:", "Cons:")."""
    label = m["name"]
    return " " in label or bool(m["initials"]) or (label.isupper() and len(label) > 1) or label in short


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: ``start``/``end`` span the words said, after the label."""

    speaker: str
    start: int
    end: int


def interview_turns(text: str) -> tuple[Turn, ...]:
    """The turns of a question-and-answer interview in ``text``, in order; () when it is no interview.

    >>> [turn.speaker for turn in interview_turns("Tom Reed: Yes?\\nAnn Lee: No.\\nTom Reed: Why?")]
    ['Tom Reed', 'Ann Lee', 'Tom Reed']
    >>> interview_turns("Note: the figures are for 2024.")
    ()
    """
    return _turns(text)


@lru_cache(maxsize=16)
def _turns(text: str) -> tuple[Turn, ...]:
    if ":" not in text:
        return ()
    labels = [m for m in _turn_labels(text) if m["name"].split()[0].lower() not in _NOT_SPEAKERS]
    short = _short_forms(labels)
    labels = [m for m in labels if _names_a_speaker(m, short)
              and (m["name"] in short or _says_something(text, m.end()))]
    speakers = [short.get(m["name"], m["name"]) for m in labels]
    # A dialogue: two speakers or more, and either initials given for one of them or someone speaking twice,
    # so two stray "Name: ..." lines are not read as an interview.
    if len(set(speakers)) < 2 or not (any(m["initials"] for m in labels) or len(speakers) > len(set(speakers))):
        return ()
    turns = []
    for n, (m, speaker) in enumerate(zip(labels, speakers)):
        # A turn runs to the next label: an answer may take several paragraphs. The last turn runs to the end
        # of the text, so a closing paragraph in the writer's voice is read as the last speaker's; a reader
        # of the flags is told so by each flag's ``why`` ("An interview answer: ...").
        end = labels[n + 1].start() if n + 1 < len(labels) else len(text)
        turns.append(Turn(speaker, m.end(), len(text[:end].rstrip())))
    return tuple(turns)
