"""One reading of a text that every finder can share: its words and sentences, found once.

Several finders walk the same article word by word and sentence by sentence.
``text_index(text)`` does that walk once and keeps the result for the last few
texts, so a lesson that runs every finder on one article splits it once. A
new text (even one that differs by a single character) gets a fresh index.

Everything here is a span into ``text``; nothing changes the text.

>>> ix = text_index("The U.S. agreed. Talks begin.")
>>> [ix.text[s:e] for s, e in ix.sentences]
['The U.S. agreed.', 'Talks begin.']
>>> ix.lower_words
('the', 'u', 's', 'agreed', 'talks', 'begin')
>>> ix.words_between(17, 29)
((17, 22), (23, 28))
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .text import sentence_spans, word_spans


@dataclass(frozen=True, eq=False)
class TextIndex:
    """What the finders need to know about one text, each computed once.

    ``words`` are :func:`medialit.analysis.text.word_spans` of the whole text and
    ``sentences`` the spans of :func:`medialit.analysis.text.sentence_spans`.
    ``lower_words`` (the words in lower case) is made the first time a finder
    asks for it, and then kept, like everything else here.
    """

    text: str
    words: tuple[tuple[int, int], ...]
    sentences: tuple[tuple[int, int], ...]

    @cached_property
    def lower_words(self) -> tuple[str, ...]:
        """Each word of ``words`` in lower case."""
        text, low = self.text, self.text.lower()
        if len(low) != len(text):  # a letter such as "\u0130" grew in lower case: lower each word alone
            return tuple([text[s:e].lower() for s, e in self.words])
        return tuple([low[s:e] for s, e in self.words])

    def words_between(self, start: int, end: int) -> tuple[tuple[int, int], ...]:
        """The words that start in ``[start, end)`` (a sentence's words, when given its span)."""
        return self.words[bisect_left(self.words, (start, -1)):bisect_left(self.words, (end, -1))]


@lru_cache(maxsize=16)
def text_index(text: str) -> TextIndex:
    """The shared index of ``text`` (kept for the 16 texts seen last).

    >>> text_index("It's 30 days.").words
    ((0, 4), (5, 7), (8, 12))
    """
    joined = _JOINED_LINES.get(text)
    if joined is not None:
        return _index_of_joined_lines(text, *joined)
    return TextIndex(text, tuple(word_spans(text)), tuple(sentence_spans(text)))


# Texts made of some lines of another text, joined by line breaks (an article's body): text -> (the other
# text, the lines' spans in it). Their index is read off the other text's index, not made again.
_JOINED_LINES: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}


def note_joined_lines(joined: str, source: str, lines: tuple[tuple[int, int], ...]) -> None:
    """Record that ``joined`` is ``"\\n".join(source[s:e] for s, e in lines)``, each span a whole line of
    ``source`` without its outer white space (as ``Article.body`` is made of body blocks).

    >>> source = "Title\\n\\n  First line.\\nSecond one."
    >>> note_joined_lines("First line.\\nSecond one.", source, ((9, 20), (21, 32)))
    >>> text_index("First line.\\nSecond one.").sentences
    ((0, 11), (12, 23))
    """
    if joined == source:
        return  # nothing to gain; and each recorded text is shorter than its source, so look-ups always end
    if len(_JOINED_LINES) >= 16:
        del _JOINED_LINES[next(iter(_JOINED_LINES))]  # the oldest: a lesson reads one article at a time
    _JOINED_LINES[joined] = (source, lines)


def joined_lines(text: str) -> tuple[str, tuple[tuple[int, int], ...]] | None:
    """``(source, lines)`` when ``note_joined_lines`` recorded ``text`` as lines of ``source``, else None.

    >>> note_joined_lines("B.\\nC.", "A\\nB.\\nC.", ((2, 4), (5, 7)))
    >>> joined_lines("B.\\nC.")
    ('A\\nB.\\nC.', ((2, 4), (5, 7)))
    """
    return _JOINED_LINES.get(text)


def _index_of_joined_lines(text: str, source: str, lines: tuple[tuple[int, int], ...]) -> TextIndex:
    """The index of ``text`` from the index of ``source``, line by line.

    The same as indexing ``text`` afresh: a word never crosses white space, and a
    sentence never crosses a line break nor looks past one (see ``sentence_spans``),
    so each line holds the same words and sentences in both texts, only shifted.
    """
    whole = text_index(source)
    words: list[tuple[int, int]] = []
    sentences: list[tuple[int, int]] = []
    at = 0  # where the line starts in ``text``
    for start, end in lines:
        shift = at - start
        words += [(s + shift, e + shift) for s, e in whole.words_between(start, end)]
        first = bisect_left(whole.sentences, (start, -1))
        sentences += [(s + shift, e + shift) for s, e in whole.sentences[first:bisect_left(whole.sentences, (end, -1))]]
        at += end - start + 1
    return TextIndex(text, tuple(words), tuple(sentences))
