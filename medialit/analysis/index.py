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

import re
from bisect import bisect_left, bisect_right
from functools import cached_property, lru_cache, partial
from itertools import compress
from operator import and_, itemgetter, not_

from .name_words import token_words
from .text import char_positions, numbers_up_to, sentence_spans, word_spans


class TextIndex:
    """What the finders need to know about one text, each computed once.

    ``words`` are :func:`medialit.analysis.text.word_spans` of the whole text and
    ``sentences`` the spans of :func:`medialit.analysis.text.sentence_spans`.
    ``starts`` and ``ends`` are the words' starts and ends as two flat lists: the finders of a lesson read
    those, and the (start, end) pairs of ``words`` are made only when asked for (some 25,000 tuples a lesson
    pass that outlive their text were most of what woke the garbage collector up). Each is made from the other
    when only one was given. ``lower_words`` (the words in lower case) is made the first time a finder asks for
    it, and then kept, like everything else here. Read all of them, change none.
    """

    def __init__(self, text: str, words: tuple[tuple[int, int], ...] | None = None,
                 sentences: tuple[tuple[int, int], ...] = (), written: list[str] | None = None, *,
                 starts: list[int] | None = None, ends: list[int] | None = None) -> None:
        self.text, self.sentences = text, sentences
        # Each word of ``words`` as written (``text[s:e]``), when the words were read off the tokens, which hold
        # them already; else None.
        self.written = written
        if words is not None:
            self.words = words  # (set on the instance: the cached property below is then never run)
        if starts is not None:
            self.starts, self.ends = starts, ends

    def __repr__(self) -> str:
        return f"TextIndex({self.text[:30]!r}..., {len(self.starts)} words, {len(self.sentences)} sentences)"

    @cached_property
    def words(self) -> tuple[tuple[int, int], ...]:
        return tuple(zip(self.starts, self.ends))

    @cached_property
    def starts(self) -> list[int]:
        return list(map(itemgetter(0), self.words))

    @cached_property
    def ends(self) -> list[int]:
        return list(map(itemgetter(1), self.words))

    @cached_property
    def lower_words(self) -> tuple[str, ...]:
        """Each word of ``words`` in lower case."""
        text = self.text
        if self.written is not None and "\u03a3" not in text:
            # Each word as written, lowered in C: the same as cutting the text lowered whole, as only a capital
            # sigma lowers by what stands around it (session 26: no Python step per word, -2 ms a lesson pass).
            return tuple(map(str.lower, self.written))
        low = text.lower()
        if len(low) != len(text):  # a letter such as "\u0130" grew in lower case: lower each word alone
            return tuple([text[s:e].lower() for s, e in zip(self.starts, self.ends)])
        return tuple([low[s:e] for s, e in zip(self.starts, self.ends)])

    def words_between(self, start: int, end: int) -> tuple[tuple[int, int], ...]:
        """The words that start in ``[start, end)`` (a sentence's words, when given its span)."""
        return self.words[bisect_left(self.starts, start):bisect_left(self.starts, end)]


@lru_cache(maxsize=16)
def text_index(text: str) -> TextIndex:
    """The shared index of ``text`` (kept for the 16 texts seen last).

    >>> text_index("It's 30 days.").words
    ((0, 4), (5, 7), (8, 12))
    """
    joined = _JOINED_LINES.get(text)
    if joined is not None:
        return _index_of_joined_lines(text, *joined)
    starts, ends, written = _flat_words(text)
    return TextIndex(text, None, tuple(sentence_spans(text)), written, starts=starts, ends=ends)


# The characters a word of ``word_spans`` may hold that no token of ``name_words.TOKEN_RE`` holds, so that they
# stand between tokens: the digits, "×" and "÷" (every other letter of ``word_spans``, up to U+024F, is a letter
# to TOKEN_RE). A gap between tokens that holds none of them holds no part of a word (``_words_from_tokens``).
_DIGITS_OR_SIGNS = "0123456789\u00d7\u00f7"
# A token that is one word of ``word_spans`` as it stands though not of letters alone: "team's", "didn’t".
_APOSTROPHE_WORD_RE = re.compile("[A-Za-z]+(?:['\u2019][A-Za-z]+)+")


def _words_from_tokens(text: str) -> tuple[tuple[int, int], ...]:
    """``word_spans(text)``, read off the text's tokens (``name_words.token_words``, which the names reader splits
    the text into anyway), so a lesson scans each text for words once, not twice (session 25: a lesson pass's
    ``word_spans`` took 65 M instructions; read so, 50 M, and the pass 1,776 M -> 1,752 M).

    A token of ASCII letters alone is a word as it stands. Every other word is found again by ``word_spans`` in a
    stretch cut at "clean" gaps, gaps that hold no digit, "×" or "÷": a clean gap holds no character of a word
    but an apostrophe, and an apostrophe between two tokens' letters would have joined them into one token; so
    no word crosses a clean gap, and the stretches between them hold the same words read alone or in the text.

    >>> _words_from_tokens("The U.S. team's 3rd win, 2-1.") == tuple(word_spans("The U.S. team's 3rd win, 2-1."))
    True
    """
    return _words_and_strings(text)[0]


def _words_and_strings(text: str) -> tuple[tuple[tuple[int, int], ...], list[str] | None]:
    """``_words_from_tokens(text)``, and each word as written (``text[s:e]``) where the tokens gave them, else None.

    >>> _words_and_strings("The 3rd win of the long year.")[1]
    ['The', '3rd', 'win', 'of', 'the', 'long', 'year']
    """
    starts, ends, written = _flat_words(text)
    return tuple(zip(starts, ends)), written


def _flat_words(text: str) -> tuple[list[int], list[int], list[str] | None]:
    """``_words_and_strings(text)`` as the words' starts and ends (two lists), and the words as written or None."""
    words, bounds = token_words(text)
    n = len(words)  # tokens: token k spans bounds[2k] to bounds[2k + 1]
    if not n:
        return (*_split_spans(word_spans(text)), None)  # (no letter: at most numbers)
    starts, ends = bounds[0:-1:2], bounds[1::2]
    words = words[:]  # (``_read_again`` changes it: the cached list is the token table's too)
    # The tokens to read again: not ASCII letters alone ("team's", "U.S.", "al-Assad", "G7", "José") ...
    letters = list(map(str.isalpha, words))
    if not "".join(compress(words, letters)).isascii():  # (a text's words of letters are nearly always ASCII)
        letters = list(map(and_, letters, map(str.isascii, words)))
    # (Nor those made of ASCII letters and apostrophes, "team's", "didn’t", "O’Neill": words as they stand.)
    stretches = [[k, k + 1] for k in compress(numbers_up_to(n), map(not_, letters)) if not _APOSTROPHE_WORD_RE.fullmatch(words[k])]
    # ... and the two tokens around a gap that holds a digit or a sign ("3rd", "1990s", "5 pm": glued or not).
    # (Found with str.find: a regex scan of the whole text for them costs half as much as reading its words.)
    gaps = {p for p in map(partial(bisect_right, bounds), char_positions(text, _DIGITS_OR_SIGNS)) if p % 2 == 0}
    stretches += [[max(gap // 2 - 1, 0), min(gap // 2 + 1, n)] for gap in gaps]
    if len(stretches) * 4 > n:  # (a table of figures: a stretch read again costs some four words read afresh)
        return (*_split_spans(word_spans(text)), None)
    if stretches:
        _read_again(text, starts, ends, stretches, words)
    return starts, ends, words


def _split_spans(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The starts and the ends of ``spans``, as two lists."""
    return list(map(itemgetter(0), spans)), list(map(itemgetter(1), spans))


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


def _read_again(text: str, starts: list[int], ends: list[int], stretches: list[list[int]], written: list[str]) -> None:
    """In ``starts`` and ``ends`` (one per token), each stretch of tokens ``[a, b)`` replaced by the words
    ``word_spans`` finds there; stretches that share a token are read as one. A stretch at the text's first or
    last token reaches to the text's start or end (a gap there may hold a number). ``written`` (the tokens as
    written) is changed the same way, to the new words as written."""
    stretches.sort()
    merged = [stretches[0]]
    for a, b in stretches[1:]:
        if a < merged[-1][1]:  # (sharing a token: one stretch, as no clean gap parts them)
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    n = len(starts)  # (as many as the tokens: nothing is replaced yet)
    for a, b in reversed(merged):  # (from the end: a replacement changes the places after it only, so the
        # tokens' bounds at ``a`` and ``b - 1`` are still read as the tokens had them)
        start = starts[a] if a else 0
        end = ends[b - 1] if b < n else len(text)
        found = word_spans(text, start, end)
        starts[a:b], ends[a:b] = _split_spans(found)
        written[a:b] = [text[s:e] for s, e in found]
