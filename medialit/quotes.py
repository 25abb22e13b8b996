"""Direct quotations: the words between quotation marks, and whose they are.

Rules, in the order a careful reader applies them:

- Double marks open and close a quotation: curly “ ”, straight ", low „ and
  guillemets « ». Single marks (‘ ’ ') never open one: inside a quotation
  they mark a quote within the quote, elsewhere they are apostrophes, even
  when typed the wrong way round ("Doe‘s").
- A quotation may run over several paragraphs: the first paragraph has no
  closing mark and the next one starts with an opening mark again.
- A mark that is never closed stops at the end of its paragraph, so a typo
  cannot swallow the rest of the article.
- The speaker comes from the reporting cue next to the quote ("she said",
  "said Jane Doe", "according to X"), else from the quote before it in the
  same paragraph, else from the person who is the subject of the sentence.

>>> t = '“We will not,” Mayor Ann Lee said, “back down.” Lee‘s aides agreed.'
>>> [(q.text, q.speaker, q.cue) for q in find_quotes(t)]
[('We will not,', 'Ann Lee', 'said'), ('back down.', 'Ann Lee', 'said')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from ._text import check_text


@dataclass(frozen=True)
class Quote:
    """A direct quotation. ``start``/``end`` span the quoted words (marks excluded)."""

    text: str
    start: int
    end: int
    speaker: str | None
    cue: str | None


class QuoteSpan(NamedTuple):
    """Where a quotation sits: ``outer`` includes the marks, ``inner`` only the words."""

    start: int  # the opening mark
    end: int  # just after the closing mark (or the end of the words if never closed)
    inner_start: int
    inner_end: int


_MARKS_RE = re.compile(r"[“”„\"«»]")
_OPENERS = "“„«"
_CLOSERS = "”»"
_PARAGRAPH_RE = re.compile(r"[^\n]+")


def _opens(text: str, i: int) -> bool:
    """Does the straight mark at ``i`` look like an opening mark (space or start before it)?"""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/:") and not after.isspace()


def _closes(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    return not before.isspace()


def quote_spans(text: str) -> list[QuoteSpan]:
    """The quotations of ``text`` as spans, sorted; nested and apostrophe marks ignored.

    >>> t = 'He said "It\\'s \\'fine\\'" and left.'
    >>> [t[q.inner_start:q.inner_end] for q in quote_spans(t)]
    ["It's 'fine'"]
    """
    check_text(text)
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH_RE.finditer(text) if text[m.start():m.end()].strip()]
    spans: list[QuoteSpan] = []
    open_at: int | None = None  # position of the opening mark of the quote in progress
    depth = 0
    for n, (p_start, p_end) in enumerate(paragraphs):
        first = True
        for m in _MARKS_RE.finditer(text, p_start, p_end):
            i, mark = m.start(), m.group()
            if open_at is not None and first and i == p_start + _lead(text, p_start, p_end) and n and _continues(text, i):
                first = False  # the repeated opening mark of a quote that runs on: skip it
                continue
            first = False
            if open_at is None:
                if mark in _OPENERS or (mark == '"' and _opens(text, i)):
                    open_at, depth = i, 1
                continue
            if mark == "“" and text[open_at] == "„" and depth == 1:
                _add(text, open_at, i, i + 1, spans)  # German style: „ ... “
                open_at = None
            elif mark in _OPENERS:
                depth += 1  # a double quote inside a double quote: rare, kept inside
            elif mark in _CLOSERS or (mark == '"' and _closes(text, i)):
                depth -= 1
                if depth == 0:
                    _add(text, open_at, i, i + 1, spans)
                    open_at = None
            elif mark == '"' and _opens(text, i):
                depth += 1
        if open_at is not None:
            nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
            if nxt is None or not _continues(text, nxt[0] + _lead(text, *nxt)):
                _add(text, open_at, p_end, p_end, spans)  # never closed: stop at the paragraph's end
                open_at = None
    return spans


def _lead(text: str, start: int, end: int) -> int:
    """How many blank characters start a paragraph."""
    n = 0
    while start + n < end and text[start + n].isspace():
        n += 1
    return n


def _continues(text: str, i: int) -> bool:
    """Does the paragraph starting at ``i`` open with a quotation mark (a quote that runs on)?"""
    return i < len(text) and (text[i] in _OPENERS or (text[i] == '"' and _opens(text, i)))


def _add(text: str, open_at: int, close_at: int, end: int, spans: list[QuoteSpan]) -> None:
    s, e = open_at + 1, close_at
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if any(c.isalnum() for c in text[s:e]):
        spans.append(QuoteSpan(open_at, end, s, e))


def find_quotes(text: str) -> list[Quote]:
    """Direct quotations in ``text`` with their speaker and reporting cue, sorted by start.

    ``text`` excludes the quotation marks but keeps the punctuation inside
    them; ``speaker`` is the fullest name the text gives, or None when the
    text does not say (or names no one: "a senior official said").

    >>> t = 'Jane Roe, the mayor, said the plan was “dead.” “It will not return.”'
    >>> [(q.text, q.speaker) for q in find_quotes(t)]
    [('dead.', 'Jane Roe'), ('It will not return.', 'Jane Roe')]
    """
    check_text(text)
    from .attribution import quote_speakers  # attribution.py uses quote_spans, so import late

    return [Quote(text[q.inner_start:q.inner_end], q.inner_start, q.inner_end, speaker, cue)
            for q, (speaker, cue) in zip(quote_spans(text), quote_speakers(text))]
