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

# A name of one to five capitalised words at a line's start, its initials in brackets or not, then ": ".
# Must not catch a time ("10:30": no capital) or a sentence with a colon ("The plan is simple: ...": lower-case
# words before the colon).
# (Matched at the start of each line that holds a colon, found with str.find: a "^" that opens a pattern is
# tried at every character of the text.)
_TURN_LABEL_RE = re.compile(
    r"[ \t]*([A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,4})(?:[ \t]*\(([A-Z][A-Za-z]{0,4})\))?:[ \t]+(?=\S)")
# Labels that open a line of page furniture or notes, not a speaker's turn.
_NOT_SPEAKERS = frozenset("""note update updated correction clarification photo photos image video source sources related
    read more watch listen warning disclaimer credit credits caption tags topics share published by editor
    editors""".split())


def _line_labels(text: str) -> list[re.Match]:
    """``_TURN_LABEL_RE`` matched at the start of each line that holds a colon, in text order."""
    found, colon = [], text.find(":")
    while colon >= 0:
        m = _TURN_LABEL_RE.match(text, text.rfind("\n", 0, colon) + 1)
        if m:
            found.append(m)
        line_end = text.find("\n", colon)
        colon = text.find(":", line_end) if line_end >= 0 else -1
    return found


def _says_something(text: str, start: int) -> bool:
    """Can the line after a label be spoken words? Not a figure ("Clinton: 1,769."), a form field ("Name:
    Ann Lee Age: 27") or a headline in Title Case ("Doe: It Is Not A Radical Idea"): three words or more,
    most of them capitalised. A short turn ("Why?") can."""
    end = text.find("\n", start)
    words = text[start:end if end >= 0 else len(text)].split()[:12]
    if not words or not words[0][:1].isalpha() and words[0][:1] not in "“\"‘'":
        return False
    return len(words) < 3 or sum(w[:1].isupper() for w in words) * 2 <= len(words)


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: ``label_start``/``label_end`` span the label's name, ``start``/``end`` the words said."""

    speaker: str
    label_start: int
    label_end: int
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
    labels = [m for m in _line_labels(text)
              if m.group(1).split()[0].lower() not in _NOT_SPEAKERS and _says_something(text, m.end())]
    # Later turns may give the initials ("AP:") or the last name ("TAPPER:") of a fuller earlier label.
    short = {m.group(1).split()[-1]: m.group(1) for m in labels if " " in m.group(1)}
    short.update({m.group(2): m.group(1) for m in labels if m.group(2)})
    speakers = [short.get(m.group(1), m.group(1)) for m in labels]
    initials = any(m.group(2) for m in labels)
    # A dialogue: two speakers or more, each named (not "Q" and "A"), and either initials given for one of
    # them or someone speaking twice, so two stray "Name: ..." lines are not read as an interview.
    if len(set(speakers)) < 2 or any(len(s) < 2 for s in speakers) \
            or not (initials or len(speakers) > len(set(speakers))):
        return ()
    turns = []
    for n, (m, speaker) in enumerate(zip(labels, speakers)):
        # The turn runs to the next label, or to the end of its own paragraph run: the answer's paragraphs
        # after it, up to the next label, are the same speaker's (an answer may take several paragraphs).
        end = labels[n + 1].start() if n + 1 < len(labels) else len(text)
        end = len(text[:end].rstrip())
        turns.append(Turn(speaker, m.start(1), m.end(2) + 1 if m.group(2) else m.end(1), m.end(), end))
    return tuple(turns)
