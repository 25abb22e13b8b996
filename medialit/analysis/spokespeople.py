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
