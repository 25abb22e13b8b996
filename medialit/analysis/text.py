"""Small text helpers shared by every finder: input checks and sentence spans.

Every finder takes a ``str`` and returns spans into that same string. The only
copy made is ``plain_spaces``'s, of the same length (Windows line ends and indents
read plainly); ``sliced_from`` cuts the words a finder hands back from the caller's text.

>>> text = "The U.S. agreed. Talks begin."
>>> [text[s:e] for s, e in sentence_spans(text)]
['The U.S. agreed.', 'Talks begin.']
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Iterator

#: The longest text a finder accepts. Ten times a long feature article; a
#: larger text is almost always a mistake (a whole book, a binary file).
MAX_CHARS = 1_000_000

# Letters and digits, then any inner apostrophes each followed by letters ("It's", "O\u2019Neill"). The repeats
# are possessive ("++", "*+"): nothing follows them in the pattern, so the first, longest reading is the
# match and giving characters back could never help; the engine then keeps no place to step back to.
# (The first character is a class of its own: a pattern that opens with one character class lets the regex
# engine skip straight to the next word, where one that opens with a repeat is tried at every character.)
_WORD_RE = re.compile(r"[A-Za-z\u00C0-\u024F0-9][A-Za-z\u00C0-\u024F0-9]*+(?:['\u2019][A-Za-z]++)*+")
_SPAN = re.Match.span  # for a C-level map over matches (no Python call per word)


class ArticleError(ValueError):
    """Raised when a text cannot be analysed, with a one-line reason a learner can act on.

    >>> str(ArticleError("The text is empty."))
    'The text is empty.'
    """


class InputTypeError(TypeError):
    """A ``TypeError`` raised by the kit for input of the wrong kind (a number, bytes, None...).

    It is a ``TypeError`` like any other; its own name lets a notebook show it
    as one line instead of a traceback (see ``medialit.notebook``).
    """


def check_text(text: object, what: str = "text") -> str:
    """Return ``text`` if a finder can work on it, its line ends and indents made plain (``plain_spaces``), else
    raise a one-line error. Every finder reads the text this returns.

    >>> check_text("Hello.")
    'Hello.'
    >>> check_text("Jo Doe said.\\r\\n")
    'Jo Doe said. \\n'
    """
    if isinstance(text, (bytes, bytearray)):
        raise InputTypeError(
            f"The {what} is bytes, not text: decode it first, e.g. data.decode('utf-8'), "
            "or pass it to medialit.load_article, which does that for you."
        )
    if not isinstance(text, str):
        raise InputTypeError(
            f"The {what} must be a string of text, not {type(text).__name__}. "
            "Tip: pass article.text or article.body."
        )
    if len(text) > MAX_CHARS:
        raise ArticleError(
            f"The {what} is {len(text):,} characters long; the kit handles up to "
            f"{MAX_CHARS:,} (about 150,000 words). Analyse one article at a time."
        )
    return plain_spaces(text)


def sliced_from(caller_text: str, read_text: str, items: list, field: str) -> list:
    """``items`` (frozen dataclasses with ``start``/``end``) with ``field`` cut again from ``caller_text``.

    A finder reads ``plain_spaces(caller_text)``; its spans index both texts, but a phrase cut from the plain copy
    can differ from the caller's where it crosses a Windows line end or an indent ("a \\nb" for "a\\r\\nb"). A
    span's words must be the caller's own (``text[start:end] == phrase``), so they are cut again. Nothing is made
    when the two texts are one (the usual case).

    >>> from dataclasses import dataclass
    >>> @dataclass(frozen=True)
    ... class Span:
    ...     phrase: str
    ...     start: int
    ...     end: int
    >>> sliced_from("a\\r\\nb", "a \\nb", [Span("a \\nb", 0, 4)], "phrase")[0].phrase
    'a\\r\\nb'
    """
    if caller_text is read_text:
        return items
    return [replace(x, **{field: caller_text[x.start:x.end]}) for x in items]


@lru_cache(maxsize=16)  # (every finder asks again for the same text: read it once)
def plain_spaces(text: str) -> str:
    """``text`` with Windows line ends ("\\r\\n") read as " \\n" (an old Mac one, "\\r", as "\\n") and the blanks that
    indent a line read as ending the line before (``_INDENT_RE``): the same length, so every span a finder gives still
    indexes the caller's text. (A line ending in "\\r" hid a headline's last word from the patterns that end at a
    line's end: "... says Jo Doe\\r".) The text itself is returned when it has neither (the usual case: two quick
    scans), so the finders and readability share one word index. (shape36, session 21: non-breaking spaces and wire
    datelines read as blanks too were dropped: a changed text is indexed twice, +13 % a lesson pass on PolNeAR dev.)

    >>> plain_spaces("Ana de Vries said.\\r\\n\\r\\nNext.")
    'Ana de Vries said.  \\n\\nNext.'
    >>> plain_spaces("Doe said.\\n\\n  Next.")
    'Doe said.  \\n\\nNext.'
    """
    if "\r" in text:
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    if "\n " in text or "\n\t" in text:
        text = _INDENT_RE.sub(_indent_first, text)
    return text


# Spaces that print as one but are another character: a web page's no-break space (after a title, inside a name,
# "Mr\u00a0Jo Doe", "Ana de\u00a0Vries"), thin, hair, narrow and figure spaces around numbers and dashes. Patterns that
# spell a space " " do not match them. (PolNeAR's texts hold about 1,500 no-break spaces, most between two words.)
ODD_SPACES = ("\u00a0", "\u202f", "\u2009", "\u2007", "\u200a")


def odd_spaces_plain(text: str) -> str:
    """``text`` with each of ``ODD_SPACES`` a plain space: the same length, and the text itself when it has none
    (the usual case: five scans in C). For a finder that reads the gaps between the words of an index made from
    ``text`` (a copy is never indexed again: that cost +13.7 % a lesson pass in session 21).

    >>> odd_spaces_plain("Mr\u00a0Doe and Dr\u202fRoe")
    'Mr Doe and Dr Roe'
    >>> t = "Mr Doe"; odd_spaces_plain(t) is t
    True
    """
    for odd in ODD_SPACES:
        if odd in text:
            text = text.replace(odd, " ")
    return text


# Paragraphs indented by spaces or a tab (plain text, e-mail, PDF copies): the blanks that start a line are read
# as if they ended the line before, "a.\n\n    Next" as "a.    \n\nNext", the same characters in the same stretch
# of blanks, so every span outside it keeps its place. The many rules that find a paragraph's start one past a
# newline then find its first word there. (shape36, session 21: a list of officials at an indented paragraph's
# start was lost.) Must not: change a text with no indented line, or move a character that is not blank.
_INDENT_RE = re.compile(r"[ \t]*\n[ \t\n]*[ \t]")


def _indent_first(m: re.Match[str]) -> str:
    blanks = m.group()
    newlines = blanks.count("\n")
    return blanks.replace("\n", "") + "\n" * newlines


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the words in ``text[start:end]`` (letters, digits, inner apostrophes).

    >>> word_spans("It's 30 days.")
    [(0, 4), (5, 7), (8, 12)]
    """
    end = len(text) if end is None else end
    return list(map(_SPAN, _WORD_RE.finditer(text, start, end)))  # each match's span, taken in C


def numbers_up_to(n: int) -> list[int]:
    """The numbers 0, 1, 2 ... as one shared list of at least ``n`` of them: never change it.

    For ``compress(numbers_up_to(len(words)), mask)``, the places of the words a C-level test picked. Over
    ``count()`` it makes no number: ``count()`` makes a new int object for every word above 256 (and
    ``compress`` drops most of them at once), where a list hands out the ints it holds. Each finder asks
    so several times a text, over every word. (A longer list is made anew, never grown in place, so a list
    handed out is never changed.)

    >>> from itertools import compress
    >>> list(compress(numbers_up_to(4), [True, False, False, True]))
    [0, 3]
    """
    numbers = _numbers
    if len(numbers) < n:
        numbers = list(range(max(n, 2 * len(numbers))))
        _set_numbers(numbers)
    return numbers


_numbers: list[int] = list(range(4096))  # (most articles have fewer words)


def _set_numbers(numbers: list[int]) -> None:
    global _numbers
    _numbers = numbers


def may_hold_any(text: str, words: tuple[str, ...]) -> bool:
    """False only when ``text`` holds none of ``words`` (lower-case ASCII) in any case, as re.I reads case.

    A quick test before a case-blind search that needs one of the words: such a
    search tries every character of the text, while ``in`` on the lowered text is
    done in C at once. Besides the ASCII letters, re.I matches four characters to
    ASCII letters ("\u0130" and "\u0131" to i, "\u017f" to s, the Kelvin sign to k),
    which ``str.lower`` does not: a text holding one is passed on to the search.

    >>> may_hold_any("PHOTO: Jane Doe", ("photo", "credit")), may_hold_any("Talks resumed.", ("photo", "credit"))
    (True, False)
    """
    global _last_lowered
    last_text, low, blind = _last_lowered  # (one tuple, read at once: another thread may set a new one)
    if last_text is not text:  # (the same line asked about again, an article's line for credit, note, boilerplate)
        low, blind = text.lower(), None
        _last_lowered = (text, low, blind)
    for word in words:
        if word in low:
            return True
    if blind is None:  # (asked once a text, when no word is in it)
        blind = _has_case_blind_letter(text)
        _last_lowered = (text, low, blind)
    return blind


# The last text ``may_hold_any`` lowered, its lower case, and whether it holds a letter of
# ``_has_case_blind_letter`` (None until asked). (Held, so its id cannot pass to another string.)
_last_lowered: tuple[str, str, bool | None] = ("", "", None)


def _has_case_blind_letter(text: str) -> bool:
    """Does ``text`` hold one of the four characters re.I matches to an ASCII letter and ``str.lower`` does not?"""
    # (``in`` with a character wider than any of the text's returns at once: most texts are Latin-1.)
    return "\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text


def may_hold_any_in(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """``may_hold_any(text[start:end], words)`` (``words`` not empty), reading ``text`` lowered once.

    A finder that asks about many stretches of one text (the 300 characters before each quotation)
    would lower each stretch anew, most characters several times over; the whole text lowered once is
    searched between ``start`` and ``end`` instead. Only a text whose lower case keeps every character
    at its place and holds none of the four letters above is read so; any other is read stretch by stretch.

    >>> t = "The so-called “Plan B” failed."
    >>> may_hold_any_in(t, 0, 14, ("so-called",)), may_hold_any_in(t, 14, len(t), ("so-called",))
    (True, False)
    """
    low = _lowered_in_place(text)
    if low is None:
        return may_hold_any(text[start:end], words)
    low = low[start:end]  # (one slice: ``in`` on it is cheaper than ``find`` with bounds, whose arguments are parsed each time)
    for word in words:
        if word in low:
            return True
    return False


def lowered_in_place(text: str) -> str | None:
    """``text.lower()`` when each character keeps its place in it and none of the four letters ``may_hold_any``
    passes on is in ``text`` (then an ASCII word is in a stretch of ``text``, read as re.I reads case, just when
    it is in that stretch of the result); else None. Kept for the last few texts.

    >>> lowered_in_place("PHOTO: Jo"), lowered_in_place("\u0130stanbul")
    ('photo: jo', None)
    """
    return _lowered_in_place(text)


@lru_cache(maxsize=16)
def _lowered_in_place(text: str) -> str | None:
    """``text.lower()`` when each character keeps its place in it and ``text`` holds none of the four letters
    ``_has_case_blind_letter`` looks for; else None. (Only Greek capital sigma reads its neighbours when
    lowered, and it never lowers to an ASCII letter, so a stretch of the result is that stretch lowered as far
    as ASCII words can tell.)"""
    low = text.lower()
    return low if len(low) == len(text) and not _has_case_blind_letter(text) else None


def char_positions(text: str, chars: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where each of ``chars`` stands in ``text[start:end]``, in text order.

    Found with str.find, one character at a time: quicker than a regex scan for a set
    of characters, above all one wider than Latin-1 (curly quotation marks).

    >>> char_positions("“Yes,” she said. ‘No.’", "“”")
    [0, 5]
    """
    end = len(text) if end is None else end
    found: list[int] = []
    for char in chars:
        at = text.find(char, start, end)
        while at >= 0:
            found.append(at)
            at = text.find(char, at + 1, end)
    return sorted(found)



def substring_places(text: str, word: str) -> list[int]:
    """Every place where ``word`` starts in ``text``, in order (overlapping ones too), found with str.find.

    >>> substring_places("a poll, two polls", "poll")
    [2, 12]
    """
    places = []
    at = text.find(word)
    while at >= 0:
        places.append(at)
        at = text.find(word, at + 1)
    return places


def anchored_finditer(pattern: re.Pattern[str], text: str, anchors: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, for a pattern whose every match is non-empty and starts with one of ``anchors``.

    A pattern that opens with a word boundary or a set of words ("\\b[Pp]olls?") has no literal prefix for the
    regex engine, so a scan tries it at every character of the text; most texts hold its rare opening words a few
    times or never. The anchors are found with str.find and the pattern is tried only there (``match`` at a place
    still reads the text before it, for a ``\\b`` or a look-behind), each place once, never inside a match given
    already: the matches a scan would give, in order. Must not be used for a pattern that can match an empty string
    or start elsewhere than at an anchor.

    >>> [m.group() for m in anchored_finditer(re.compile(r"\\b[Pp]olls?"), "Polls, polling, apoll", ("poll", "Poll"))]
    ['Polls', 'poll']
    """
    places = [at for anchor in anchors for at in substring_places(text, anchor)]
    done = 0  # (the end of the last match: a scan goes on from there)
    for at in sorted(places):
        if at >= done and (m := pattern.match(text, at)) is not None:
            done = m.end()
            yield m


def anchored_search(pattern: re.Pattern[str], text: str, anchors: tuple[str, ...], start: int, end: int) -> bool:
    """``pattern.search(text, start, end) is not None``, for a pattern that cannot match an empty string and whose
    every match starts with one of ``anchors``: the pattern is tried only where an anchor stands (see
    ``anchored_finditer``), not at every character of the stretch.

    >>> anchored_search(re.compile(r"\\b[Ii]f\\s+\\w+$"), "Life goes on if asked", ("if", "If"), 0, 21)
    True
    """
    for anchor in anchors:
        at = text.find(anchor, start, end)
        while at >= 0:
            if pattern.match(text, at, end) is not None:
                return True
            at = text.find(anchor, at + 1, end)
    return False


# A line: the characters between two line breaks. Blank lines, with only white space on them, are skipped.
_LINE_RE = re.compile(r"[^\n]+")


def nonblank_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Spans of the lines of ``text[start:end]`` that hold more than white space, in order, read lazily.

    The first of them is where a headline stands (``quote_marks`` reads only the first line; ``hedges`` the
    first two), so a caller that needs only the opening lines stops reading there.

    >>> t = "Talks Resume\\n\\n  \\nThe talks resumed.\\nOfficials said so."
    >>> [t[s:e] for s, e in nonblank_lines(t)]
    ['Talks Resume', 'The talks resumed.', 'Officials said so.']
    """
    end = len(text) if end is None else end
    return (m.span() for m in _LINE_RE.finditer(text, start, end) if m.group().strip())


# A label that opens a line: a name of one to five capitalised words, its initials in brackets or not, then a
# colon and a space ("Jane Doe: ...", "Ana Petrova (AP): ...", "“Ann: ..."). Must not catch a time ("10:30":
# no capital) or a sentence with a colon ("The plan is simple: ...": lower-case words before the colon).
# (Matched at the start of each line that holds a colon, found with str.find: a "^" that opens a pattern is
# tried at every character of the text. The repeats are possessive ("*+"): giving back a word character, a
# space or a word can never let the bracket or the colon match, as neither is a word character or a space,
# so the regex engine need not try it on each line.)
_LINE_LABEL_RE = re.compile(
    r"[ \t]*+(?P<quote>[\"“‘']?)(?P<name>[A-Z][\w.’'-]*+(?:[ \t]++[A-Z][\w.’'-]*+){0,4}+)"
    r"(?:[ \t]*+\((?P<initials>[A-Z][A-Za-z]{0,4})\))?:[ \t]++")


def line_labels(text: str, *, initials: bool = False, opening_quote: bool = False) -> list[re.Match]:
    """Labels that open a line of ``text`` ("Jane Doe: ..."), in text order: matches whose groups are ``name``,
    ``initials`` (the bracket after the name, or None) and ``quote`` (a mark before the name, or ""), and
    whose end is past the spaces after the colon. No match crosses a line.

    ``initials`` lets a bracket stand between name and colon, as interviews give them ("Ana Petrova (AP):");
    ``opening_quote`` lets a quotation mark open the line, as a quoted line does ("“Ann: ...").

    >>> t = "Ana Petrova (AP): I felt stuck.\\n“Tom Reed: Why?\\nAt 10:30: rain.\\nLee: Yes."
    >>> [m["name"] for m in line_labels(t)], [m["name"] for m in line_labels(t, initials=True)]
    (['Lee'], ['Ana Petrova', 'Lee'])
    >>> [m["name"] for m in line_labels(t, opening_quote=True)]
    ['Tom Reed', 'Lee']
    """
    found, colon = [], text.find(":")
    while colon >= 0:
        m = _LINE_LABEL_RE.match(text, text.rfind("\n", 0, colon) + 1)
        if m and (initials or m["initials"] is None) and (opening_quote or not m["quote"]):
            found.append(m)
        line_end = text.find("\n", colon)
        colon = text.find(":", line_end) if line_end >= 0 else -1
    return found

# Abbreviations that end in a full stop but rarely end a sentence. Lower-case,
# without the final stop. Kept short and general on purpose. The last row: army and police
# ranks written before a name ("said Spc. Jo Doe", "Maj. Gen. Jo Doe", "Det. Insp. Jo Doe").
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt gen col lt sgt capt cmdr adm gov sen rep rev hon pres
    vs etc inc ltd co corp dept est fig approx jan feb mar apr jun jul aug sep sept
    oct nov dec u.s u.k u.n e.u u.s.a e.g i.e a.m p.m d.c
    maj brig spc pfc pvt cpl ssgt sfc cpt det insp supt atty cdr""".split()
)

# The endings of an ordinal ("2nd", "1st") and the rank words one opens ("2nd Lt.", "1st Sgt.", "Sgt. 1st Class").
_ORDINAL_ENDS = frozenset("st nd rd th".split())
_RANKS_AFTER_ORDINAL = frozenset("lt lieutenant sgt sergeant class cpl corporal pvt private pfc spc capt maj col gen brig".split())
_NEXT_WORD_RE = re.compile(r"\s+([A-Za-z]+)")
# "No." and "Nos." shorten "number" only before one ("No. 10 Downing Street", "bill no. 5", "Nos. 3 and 4"):
# before a word they are the answer "no" ("He said no. She left.", "Is it over? No. But ..."), which ends a sentence.
_NUMBER_ABBREVIATIONS = frozenset(("no", "nos"))
_DIGIT_NEXT_RE = re.compile(r"\s+\d")
# A run of letters this long right before a full stop is no abbreviation, nor initials (``_is_abbreviation``).
_LONGER_THAN_ABBREVIATIONS = max(map(len, _ABBREVIATIONS | _NUMBER_ABBREVIATIONS | _ORDINAL_ENDS)) + 1

# A sentence ends at . ! or ? (possibly doubled, possibly followed by closing
# quotes or brackets), then white space, then something that can start a sentence.
# (``[.!?][.!?]*`` rather than ``[.!?]+``: a pattern that starts with one character class lets
# the regex engine skip straight to the next candidate.)
# (A sentence may open with two apostrophes for a quotation mark, as some papers write it: ". ''We ...")
# (And a quotation may open with a low mark or a guillemet, as European copy prints them: ". \u201eWe ...", ". \u00ab We ..."; the
# closing guillemet "\u00bb" may end the sentence before. session 22, shape39)
_END_RE = re.compile(r"[.!?][.!?]*['\"\u2019\u201d\u00bb)\]]*(?=\s+(?:''|\u00ab[ \u00a0\u202f]?|[\"'\u2018\u201c\u201e(\[])?[A-Z0-9\u00C0-\u00DE])")
# A run of line breaks, read as one: the blank lines inside a run hold no sentence, so ``_split_sentences`` takes no
# step for them (about half the line breaks of a scraped article, which spaces its paragraphs with a blank line). The
# next line's piece then opens with the run's other line breaks, which ``_add_trimmed`` trims as white space.
_LINE_BREAK_RE = re.compile(r"\n\n*")  # (not "\n+": a pattern that opens with a literal is searched for at C speed)
_ALNUM_RE = re.compile(r"[^\W_]")  # a letter or digit: what str.isalnum accepts
_NONSPACE_RE = re.compile(r"\S")  # what str.isspace does not accept
# _END_RE with white space other than a line break after the end: read on a whole text, it finds just what
# _END_RE finds read line by line (no line holds a line break, so none of its white space is one).
_END_IN_LINE_RE = re.compile(_END_RE.pattern.replace(r"(?=\s+", r"(?=[^\S\n]+", 1))


def _is_abbreviation(text: str, stop: int) -> bool:
    """True when the full stop at ``stop`` closes an abbreviation or an initial."""
    if text[stop] != ".":
        return False
    if stop >= _LONGER_THAN_ABBREVIATIONS and text[stop - _LONGER_THAN_ABBREVIATIONS:stop].isalpha():
        # (Many full stops close a word of seven letters or more: no abbreviation or initials are so long (the longest
        # is "approx"), and the word, however it is read below, holds those seven letters. One test, not the searches.)
        return False
    # The run of letters and full stops before ``stop``: most often the whole word after the last space or line
    # break (two searches in C, not a step and a test per character); else it is found character by character.
    i = max(text.rfind(" ", 0, stop), text.rfind("\n", 0, stop)) + 1
    if not text[i:stop].replace(".", "").isalpha():
        i = stop
        while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
            i -= 1
    token = text[i:stop].lower()
    if not token:
        return False
    if token in _ABBREVIATIONS:
        return True
    if token in _NUMBER_ABBREVIATIONS:
        return _DIGIT_NEXT_RE.match(text, stop + 1) is not None
    if token in _ORDINAL_ENDS and i and text[i - 1].isdigit():
        # "2nd. Lt. Jo Doe", "Sgt. 1st. Class Jo Doe": an ordinal with a full stop before a rank opens the rank
        # (not "She came 2nd. Then ...": only a rank word may follow).
        m = _NEXT_WORD_RE.match(text, stop + 1)
        return m is not None and m.group(1).lower() in _RANKS_AFTER_ORDINAL
    # A single capital letter ("Ann B. Doe") is an initial, and so is a run of them joined by full stops
    # ("A.G. Alice", "George H.W. Bush"): a person's initials, which do not end a sentence.
    return all(len(part) == 1 for part in token.split(".")) and text[i:stop].isupper()


# Abbreviations of a country, a union or a company that may close a sentence ("according to the U.N.", "sold to Acme
# Inc."), and words that open a sentence but never go on a name after them: "according to the U.N. However rights groups
# ...", "in the U.S. The ..." end the sentence at the stop (session 30, real61: a source read as "U.N. However"). Must
# not: end at a title, a rank or an initial ("Mr. Doe", "Gen. Lee", "Ann B. Doe"), nor before a word that goes on a
# name ("U.S. Army", "U.N. Security Council", "U.S. President").
_SENTENCE_END_ABBREVIATIONS = frozenset("u.s u.k u.n e.u u.s.a d.c inc ltd corp co etc".split())
_SENTENCE_OPENERS_AFTER_ABBREVIATION_RE = re.compile(
    r"\s+[\"'\u2018\u201c(]?(?:The|However|But|Meanwhile|Still|Yet|Instead|Also|It|Its|He|She|They|We|I|This|That|"
    r"These|Those|There|Their|His|Her|In|On|At|And|If|When|While|After|Before|A|An)\b")


def _ends_after_abbreviation(text: str, stop: int) -> bool:
    """Does the full stop at ``stop``, which closes an abbreviation, also end the sentence (see
    ``_SENTENCE_END_ABBREVIATIONS``)?"""
    i = stop
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    return text[i:stop].lower() in _SENTENCE_END_ABBREVIATIONS \
        and _SENTENCE_OPENERS_AFTER_ABBREVIATION_RE.match(text, stop + 1) is not None


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentence spans, without cutting at "U.S." or "Mr.".

    A line break always ends a sentence too: in a scraped article each line is
    a paragraph, a caption or a heading.

    >>> t = "Mr. Smith met U.S. officials. They talked."
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['Mr. Smith met U.S. officials.', 'They talked.']
    """
    end = len(text) if end is None else end
    if start == 0 and end == len(text):
        return list(_whole_text_sentences(text))  # a copy: the caller may change its list
    return _split_sentences(text, start, end)


@lru_cache(maxsize=32)
def _whole_text_sentences(text: str) -> tuple[tuple[int, int], ...]:
    # Several finders split the same article: split it once (a new text is split afresh).
    return tuple(_split_sentences(text, 0, len(text)))


def _split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    # One scan of the whole stretch for sentence ends, each taken to its line (no end spans a line break):
    # scanning line by line would start a new scan for every line, most of them short.
    spans: list[tuple[int, int]] = []
    line_ends = [m.start() for m in _LINE_BREAK_RE.finditer(text, start, end)] + [end]
    k, line_end, pos = 0, line_ends[0], start
    for m in _end_matches(text, start, end):
        at = m.start()
        while at > line_end:  # the end lies on a later line: close the lines before it
            _add_trimmed(text, pos, line_end, spans)
            pos = line_end + 1
            k += 1
            line_end = line_ends[k]
        found = m.group()
        stop = at + (found.find(".") if "." in found else 0)
        if found[0] == "." and _is_abbreviation(text, stop) and not _ends_after_abbreviation(text, stop):
            # "U.S. President" continues the sentence ("in the U.S. The" ends it: ``_ends_after_abbreviation``).
            continue
        _add_trimmed(text, pos, m.end(), spans)
        pos = m.end()
    _add_trimmed(text, pos, line_end, spans)
    for k in range(k + 1, len(line_ends)):
        _add_trimmed(text, line_ends[k - 1] + 1, line_ends[k], spans)
    _without_datelines(text, spans)
    return spans


def _end_matches(text: str, start: int, end: int) -> list[re.Match]:
    """What ``_END_IN_LINE_RE.finditer(text, start, end)`` finds, matched only where a ".", "!" or "?" stands.

    (The pattern opens with one of these, so no match starts anywhere else; each is tried in text order, none
    inside the match before, as finditer tries them. str.find finds the few such characters in C, where the
    regex scan tests every character against the pattern's first class, slowly on texts wider than Latin-1:
    10.3 M instructions for the scan on the benchmark's 30 texts, 8.5 M for the finds and a match at each mark.)
    """
    found, after, match = [], start, _END_IN_LINE_RE.match
    for at in char_positions(text, ".!?", start, end):
        if at >= after and (m := match(text, at, end)) is not None:
            found.append(m)
            after = m.end()
    return found


# A wire dateline that opens a paragraph: "LONDON (Reuters) - ", "WASHINGTON, May 3 (AP) — ", "KYIV, Ukraine — ",
# "PURCHASE, N.Y., April 1 (UPI) — ": a place in capitals (one to three words), a region after a comma, a date, an
# agency in brackets, then a dash (not "Washington (AFP) – ": only a line that opens with two capitals is read). It says where and through
# whom a story was filed, not who said anything: ``sentence_spans`` starts the paragraph's first sentence after it
# (the dateline is in no sentence), so the paragraph's first words are its sentence's opening (the subject of
# "Results of a study suggest", not "LONDON (Reuters) - Results").
# Must not: take a word in capitals joined to the next by a hyphen ("COVID-19 cases rose", "US-China talks": a plain
# hyphen needs a space before it), a capitalised opening with no agency ("Washington said", "Ms Doe — a teacher"),
# or a heading in capitals of four words or more. (PolNeAR holds about 140 such paragraphs; session 22, shape39.)
# (Matched at a line start only.)
_DATELINE_BODY = (r"[ \t]*(?:[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,2}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
                  r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?(?: ?\([A-Z][A-Za-z]{1,12}(?: [A-Z][A-Za-z]+)?\))?)"
                  r"(?: (?:--|[\u2014\u2013\u2015-])|[\u2014\u2013\u2015]|--)[ \u00a0\u2009]?(?=[^\W_]|[\"\u201c\u2018'])")
_DATELINE_RE = re.compile(_DATELINE_BODY)
_DATELINE_REACH = 1500  # (after a headline, a standfirst and a byline or two)


def _without_datelines(text: str, spans: list[tuple[int, int]]) -> None:
    """Start each sentence of ``spans`` that opens a line with a wire dateline (``_DATELINE_RE``) after it, in place:
    the dateline is in no sentence, so the lede is still the story's first sentence after its headline, and the
    sentence after the lede its next one. (Only a sentence that opens a line with two capitals is read further: a
    scan of the text for such lines cost five times as much.) A dateline opens a story's first body paragraph, so
    only sentences that start in the text's first ``_DATELINE_REACH`` characters are read: a test of every sentence
    cost 10 % of the split."""
    for n, (s, e) in enumerate(spans):
        if s > _DATELINE_REACH:
            return
        if "A" <= text[s] <= "Z" and "A" <= text[s + 1:s + 2] <= "Z" and (s == 0 or text[s - 1] == "\n"):
            m = _DATELINE_RE.match(text, s, e)
            if m is not None:
                spans[n] = (m.end(), e)


def _add_trimmed(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    # (Searched in place: a sentence copied out of a long text is a costly new string.)
    # (Most pieces open with a word, or with the one space after the sentence before: two looks, no search.)
    if s + 1 < e and text[s].isspace() and not text[s + 1].isspace():
        s += 1
    elif s >= e or text[s].isspace():
        first = _NONSPACE_RE.search(text, s, e)
        if first is None:
            return  # only white space, so no letter or digit
        s = first.start()
    # (Nearly every piece opens with a letter or digit: only the others need the search for one.)
    if not text[s].isalnum() and _ALNUM_RE.search(text, s, e) is None:
        return  # no letter or digit
    while text[e - 1].isspace():  # (stops at that letter or digit at the latest)
        e -= 1
    out.append((s, e))
