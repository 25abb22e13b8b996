"""Whom a bare "a spokesperson" speaks for: one reading for the source reader and the hedge finder.

"Unison questioned the pay. A spokesperson said: ..." names the body the
spokesperson speaks for, one sentence earlier. The source reader
(``subjects.py``) decides which body it is and writes the source as
``spokesperson_for``: "A spokesperson for Unison". The hedge finder
(``hedges.py``) reads that decision back with ``body_spoken_for`` and so
flags no vague source where the body is named (sessions 19 and 20: the two
had a reading each, which could disagree).

>>> spokesperson_for("A spokesperson", "Unison")
'A spokesperson for Unison'
>>> body_spoken_for("A  spokesperson", "A spokesperson for Unison"), body_spoken_for("A spokesperson", "A spokesperson")
('Unison', None)
"""

from __future__ import annotations

import re
from functools import lru_cache

from .wordlists import SPOKESPERSON_NOUNS


def bare_spokesperson(phrase: str) -> bool:
    """ "A spokesperson", "a spokesman": the two words alone, with no body named in them. Not "the spokesperson"
    (the one brought in before), "a council spokeswoman" or "a spokesman for the family" (they say whose)."""
    words = phrase.split()
    return len(words) == 2 and words[0] in ("A", "a") and words[1] in SPOKESPERSON_NOUNS


def spokesperson_for(phrase: str, body: str) -> str:
    """The source of a bare spokesperson (``phrase``, as written) who speaks for ``body``."""
    return f"{' '.join(phrase.split())} for {body}"


def body_spoken_for(phrase: str, source: str | None) -> str | None:
    """The body the source reader gave the bare spokesperson ``phrase`` (the words as written), from the source it
    read (``source``, as ``spokesperson_for`` wrote it); None when the phrase is no bare spokesperson or no body
    was found."""
    if source is None or not bare_spokesperson(phrase):
        return None
    said = spokesperson_for(phrase, "")
    return source[len(said):] if source.startswith(said) and len(source) > len(said) else None


# Session 20 (unify33): what shows that a one-word name the name finder read as a person's is a body's, so that "Unison
# questioned the plan. A spokesperson said" names Unison's spokesperson though "Unison" was typed a person ("Okafor
# said ...": a one-word name with "said" marks a person, a design test of names.py; only this reading asks more).
# Evidence anywhere in the text: the name written with "the" before it and punctuation or a verb after it ("the
# Pentagon said", "by the Pentagon."; not "the Doe campaign", "the Smith Institute"); the name before the people
# or places only a body has ("Unison members", "Acme's shareholders", "Acme stores"); the name as the
# subject of a verb only a body takes ("Unison represents 1.3 million workers", "Acme employs 300 people").
_MEMBERS = "members|shareholders|employees|branches|stores|customers"  # (not "staff", "spokesman": a politician has them)
_THE_AFTER = r"(?=\s*[,.;:!?)]|\s+(?:said|says|has|had|is|was|will|would|and)\b)"


@lru_cache(maxsize=64)
def _body_evidence_re(name: str) -> re.Pattern[str]:
    n = re.escape(name)
    return re.compile(rf"\b[Tt]he {n}{_THE_AFTER}|\b{n}(?:['’]s?)? (?:{_MEMBERS})\b|\b{n} (?:employs|represents)\b")


def one_word_body(text: str, name: str | None) -> bool:
    """Does ``text`` show that the one-word name ``name``, read as a person's, is a body's? Yes when it is written in
    capitals ("UNISON", "GMB") or with the evidence of ``_body_evidence_re``. Must not: take a name of two words or
    more (a person's, as the text wrote it), or one with no such evidence ("Okafor said ... A spokesperson said":
    a person may have a spokesperson).

    >>> one_word_body("Unison questioned the plan. Unison members voted.", "Unison")
    True
    >>> one_word_body("Okafor said the plan was fair. A spokesperson said ...", "Okafor")
    False
    """
    if not name or " " in name or not name[:1].isupper() or not name.isalpha():
        return False
    return (len(name) > 1 and name.isupper()) or _body_evidence_re(name).search(text) is not None
