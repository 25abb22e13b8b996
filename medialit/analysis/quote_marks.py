"""Quotation marks: where each quotation starts and ends in a text, before anyone asks who said it.

- Double marks open and close a quotation: curly “ ”, straight ", low „ and
  guillemets « ».
- Single marks (‘ ’ ') open one only in a text that uses them for quotations,
  as British papers do: ‘We will not,’ she said. A single mark opens at the
  start of a word after a space, a bracket or a dash, and closes at the end of
  a word before a space or punctuation; a mark inside a word (it’s, Doe‘s), a
  shortening ('90s, rock 'n' roll) or a mark inside a double-marked quotation
  never does. Single marks are the text's quotation marks when double marks
  sit inside them (‘a “quote” within’), when it has no double-marked
  quotations, or when more single-marked quotations than double-marked ones
  have a reporting verb next to them. In a text that quotes with double
  marks, a single-marked phrase counts only with a reporting verb right next
  to it ('No,' she said), so a scare-quoted 'peace plan' is not a quotation,
  or when it is four words or more in the headline (Council ‘will not back
  down’ over closures), as British papers mark quotes in headlines.
- A quotation may run over several paragraphs: the first paragraph has no
  closing mark and the next one starts with an opening mark again. In a
  transcript, a paragraph whose opening mark comes before a new speaker's
  label (“ROE: ...”) starts a new quotation (see ``speaker_label``).
- A mark that is never closed stops at the end of its paragraph, so a typo
  cannot swallow the rest of the article.
- A name or a label in quotation marks is not a quotation: its so-called
  “reform”, known to fans as “Oaky”, nicknamed “the Wall” (see ``is_label``).

This module knows nothing of speakers, so the finders of names and
attributions can use it without importing each other.

>>> t = '“We will not,” Mayor Ann Lee said, “back down.”'
>>> [t[q.inner_start:q.inner_end] for q in quote_spans(t)]
['We will not,', 'back down.']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from .lexicons import reporting_verb_forms
from .text import char_positions, check_text, may_hold_any_in, nonblank_lines


class QuoteSpan(NamedTuple):
    """Where a quotation sits: ``outer`` includes the marks, ``inner`` only the words."""

    start: int  # the opening mark
    end: int  # just after the closing mark (or the end of the words if never closed)
    inner_start: int
    inner_end: int


# A doubled single mark is a double mark: wire and newspaper-archive texts write ''...'' (two
# apostrophes), AP closes with ’’ or opens with ‘‘, and feed copy opens with ‘’ (a straight '' that a
# program curled one mark at a time). Must not catch one apostrophe (it's, '90s).
# (``_double_marks`` finds what ``''|‘‘|’’|‘’|[“”„"«»]`` would.)
_DOUBLED = {"''": '"', "‘‘": "“", "’’": "”", "‘’": "“"}
_OPENERS = "“„«"
_CLOSERS = "”»"
def _opens(text: str, i: int, width: int = 1) -> bool:
    """Does the straight mark at ``i`` (``width`` characters long) look like an opening mark (space or start before it)?"""
    before = text[i - 1] if i else " "
    after = text[i + width] if i + width < len(text) else " "
    return (before.isspace() or before in "([{—–-/:") and (not after.isspace() or _opens_before_space(text, i, width))


def _opens_before_space(text: str, i: int, width: int) -> bool:
    """May the mark at ``i``, a space after it, open a quotation all the same: it opens a paragraph or follows a colon
    and a space, and a word follows the space ('" The market is calm," said Doe', "said: ' The vote is lost.'")? No
    closing mark stands there. Must not take a mark with a space on each side inside a sentence ('"We won. " He
    left'), which may close. (probe42, session 23.)"""
    return text[i + width:i + width + 1] == " " and text[i + width + 1:i + width + 2].isalnum() \
        and (not i or text[i - 1] == "\n" or text.endswith(": ", 0, i))


def _opens_apart(text: str, i: int, width: int, p_end: int) -> bool:
    """May a straight mark with a space on each side open a quotation when none is open: a word after the space and a
    mark later in its paragraph that closes ('has stated that " if there is a recession, ..."', 'she said. " I had a
    cramp."')? A typed space after the opening mark. Must not: open where a quotation is open (the caller asks only
    when none is: '"We won. " He left' closes there), nor with no closing mark after it in the paragraph."""
    if not (i and text[i - 1] == " " and text[i + width:i + width + 1] == " " and text[i + width + 1:i + width + 2].isalnum()):
        return False
    j = text.find('"', i + width + 1, p_end)
    return j > 0 and not text[j - 1].isspace()


def _closes(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    return not before.isspace() or _closes_after_inner(text, i)


def _misprinted_closer(text: str, i: int) -> bool:
    """Is the opening curly mark at ``i`` printed where a closing one belongs ("It's unusual,“ said Doe)? A letter
    or a stop right before it and a space or the end after it. Must not take a real opening mark, which a
    space or a bracket comes before and a word follows."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and before not in "([{—–-/:" and after.isspace()


def _closes_after_inner(text: str, i: int) -> bool:
    """Is the straight mark at ``i`` set off by a space after a nested quotation's closing single mark, as
    some papers print it ("... asking, 'What next?' " Doe said)? Must not take a mark that opens a
    quotation (a letter right after it) or a space-separated mark after any other character."""
    after = text[i + 1] if i + 1 < len(text) else " "
    return i >= 2 and text[i - 1] == " " and text[i - 2] in "'’" and not after.isalnum()


def quote_spans(text: str) -> list[QuoteSpan]:
    """The quotations of ``text`` as spans, sorted; nested and apostrophe marks ignored.

    >>> t = 'He said "It\\'s \\'fine\\'" and left.'
    >>> [t[q.inner_start:q.inner_end] for q in quote_spans(t)]
    ["It's 'fine'"]
    """
    text = check_text(text)
    return list(_spans(text))


@lru_cache(maxsize=16)
def _spans(text: str) -> tuple[QuoteSpan, ...]:
    paragraphs = list(nonblank_lines(text))
    doubles = _double_spans(text, paragraphs)
    singles = _single_spans(text, paragraphs) if _SINGLE_RE.search(text) else []
    if not singles:
        return tuple(doubles)
    free_singles = [q for q in singles if not _inside_any(q, doubles)]
    free_doubles = [q for q in doubles if not _inside_any(q, singles)]
    # Which marks does this text quote with? Single ones when double marks sit inside
    # single-marked quotations, when there are no double-marked quotations at all, or
    # when more single-marked ones than double ones have a reporting verb next to them.
    # Double marks in a heading do not count: a site may set its headlines' and pull quotes'
    # marks apart from its body's (“...”: Jo Doe on ... over a body quoting ‘...’), so they
    # say nothing of the body's marks. A heading is the first line, or a line that holds
    # only the quotation. (shape36, session 21)
    body_doubles = [q for q in free_doubles if not _in_headline(text, q, paragraphs[0]) and not _whole_line(text, q)]
    cued = sum(1 for q in free_singles if _cue_next_to(text, q))
    if len(free_doubles) < len(doubles) or not body_doubles or cued > len(body_doubles):
        # (a double-marked one in the headline then needs what a single-marked one needs in a text that
        # quotes with double marks: a reporting verb, or four words, not a name in marks: “Anonymous”)
        # (and in the body a title, a heading or a term in double marks, with no reporting verb next to it, is none
        # either: a single-marked text sets a programme's, a book's or a heading's name and a coined term in double
        # marks, "the series “Roundtable With You”", "the “green corridor” plan", not its speech; session 22, shape39)
        chosen = free_singles + [q for q in free_doubles if not _overlaps_any(q, free_singles)
                                 and (not (_in_headline(text, q, paragraphs[0]) or _whole_line(text, q) or _names_a_thing(text, q))
                                      or _cue_next_to(text, q) or _headline_quote(text, q, paragraphs[0]))]
    else:
        chosen = doubles + [q for q in free_singles if not _overlaps_any(q, doubles)
                            and (_cue_next_to(text, q) or _headline_quote(text, q, paragraphs[0])
                                 or _reported_in_sentence(text, q, paragraphs[0]))]
    return tuple(sorted(chosen))


# The small words a title leaves in lower case ("Roundtable With You", "War and Peace", "Tales of the City").
_TITLE_SMALL_WORDS = frozenset("a an and at by for from in of on or the to with".split())


def _titled(text: str, q: QuoteSpan) -> bool:
    """Is the quotation a title: two to six words, each capitalised but for small words (``_TITLE_SMALL_WORDS``),
    the first capitalised, and no sentence punctuation ("Roundtable With You", "Tales of the City")? Must not: take
    one word (a name in marks, which the caller reads elsewhere) or a sentence ("We Will Win!": its stop)."""
    return _titled_between(text, q.inner_start, q.inner_end)


def _titled_between(text: str, start: int, end: int) -> bool:
    """``_titled`` for the words ``text[start:end]`` (``is_title`` reads them without a stop at their end)."""
    words = text[start:end].split(None, 6)
    return 2 <= len(words) <= 6 and words[0][:1].isupper() and not any(ch in words[-1] for ch in ".!?,;:") \
        and all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words)


def _names_a_thing(text: str, q: QuoteSpan) -> bool:
    """Is the double-marked ``q`` a title (``_titled``) or a term in the writer's sentence (``is_term``), with no
    reporting verb next to it (``_cue_next_to``)? Read only in a text that has single-marked quotations."""
    return (_titled(text, q) or is_term(text, q)) and not _cue_next_to(text, q)


def _whole_line(text: str, q: QuoteSpan) -> bool:
    """Is the quotation a short line of its own, marks and all (a heading: “Witch hunt”)? At most eight words; blanks
    at either end do not count. Must not: take a paragraph that is all one quotation (a quoted statement)."""
    return len(text[q.inner_start:q.inner_end].split(None, 8)) <= 8 \
        and not text[text.rfind("\n", 0, q.start) + 1:q.start].strip() \
        and not text[q.end:(text.find("\n", q.end) + 1 or len(text) + 1) - 1].strip(" \t.")


def _double_marks(text: str) -> list[tuple[int, int, str]]:
    """(where, width, which double mark) for each double mark of ``text``, in text order: what
    ``''|‘‘|’’|‘’|[“”„\"«»]`` finds, found with str.find (quicker than a regex scan for a set of
    characters wider than Latin-1). A run of one single mark holds as many doubled marks as pairs
    fit in it, left to right."""
    marks = [(at, 1, text[at]) for at in char_positions(text, "“”„\"«»")]
    for pair, doubled in _DOUBLED.items():
        at = text.find(pair)
        while at >= 0:
            single = pair[1]
            if pair[0] == single and text[at + 2:at + 3] == single and text[at + 3:at + 4] != single \
                    and not text[at + 3:at + 4].isalnum():
                # A run of three before a space or a mark (",''' he said"): a nested quotation's closing
                # mark, then the doubled closing mark, so the last two are the pair. Must not: move the
                # pair of a run that opens a quotation ("'''Tis").
                at += 1
            if pair != "‘’" or _opens(text, at, 2):  # ‘’ only opens: "He wrote ‘’ here" is no quotation
                marks.append((at, 2, doubled))
            at = text.find(pair, at + 2)  # (a third mark in a row pairs with a fourth, if any)
    return sorted(marks)


def _double_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Quotations between double marks (curly, straight, low, guillemets)."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None  # position of the opening mark of the quote in progress
    depth = 0
    every_mark = _double_marks(text)
    at = [i for i, _, _ in every_mark]
    for n, (p_start, p_end) in enumerate(paragraphs):
        first = True
        for i, width, mark in every_mark[bisect_left(at, p_start):bisect_left(at, p_end)]:
            if open_at is not None and first and i == p_start + _lead(text, p_start, p_end) and n and _continues(text, i):
                first = False  # the repeated opening mark of a quote that runs on: skip it ...
                if speaker_label(text, i + width, p_end) is not None:
                    # ... unless a transcript label opens the paragraph (“ROE: No.”): a new speaker's turn
                    # is a new quotation, so the turn before ends with its paragraph
                    prev_end = paragraphs[n - 1][1]
                    _add(text, open_at, prev_end, prev_end, spans, open_width)
                    open_at, open_width, depth = i, width, 1
                continue
            first = False
            if open_at is None:
                if mark in _OPENERS or (mark == '"' and (_opens(text, i, width) or _opens_apart(text, i, width, p_end))):
                    open_at, open_width, depth = i, width, 1
                continue
            if mark == "“" and text[open_at] == "„" and depth == 1:
                _add(text, open_at, i, i + 1, spans)  # German style: „ ... “
                open_at = None
            elif mark in _OPENERS and not (mark == "“" and _misprinted_closer(text, i)):
                depth += 1  # a double quote inside a double quote: rare, kept inside
            elif mark in _CLOSERS or (mark == '"' and _closes(text, i)) or (mark == "“" and _misprinted_closer(text, i)):
                depth -= 1
                if depth == 0:
                    _add(text, open_at, i, i + width, spans, open_width)
                    open_at = None
            elif mark == '"' and _opens(text, i, width):
                depth += 1
        if open_at is not None:
            nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
            if nxt is None or not (_continues(text, nxt[0] + _lead(text, *nxt))
                                   or _runs_on_unopened(text, nxt, every_mark[bisect_left(at, nxt[0]):bisect_left(at, nxt[1])])):
                _add(text, open_at, p_end, p_end, spans, open_width)  # never closed: stop at the paragraph's end
                open_at = None
    return spans


# A transcript line in quotation marks: a speaker's name in capitals and a colon open it (“DOE: We will
# ...”, “MS. ROE: No.”). Must not: take a heading of the writer's own (“UPDATE: ...”, “VIDEO: ...”).
_SPEAKER_LABEL_RE = re.compile(r"((?:[A-Z][A-Z'’-]*\.? ){0,2}[A-Z][A-Z'’-]+):\s")
_NOT_SPEAKER_LABELS = frozenset("UPDATE|NOTE|VIDEO|BREAKING|WATCH|EDITOR'S NOTE|EDITOR’S NOTE|PHOTO|AUDIO|TRANSCRIPT|"
                                "READ MORE|CORRECTION|Q|A".split("|"))


def speaker_label(text: str, start: int, end: int) -> str | None:
    """The transcript label that opens ``text[start:end]`` (“DOE: We will ...” gives 'DOE'), if any.

    >>> t = '“MS. ROE: No.” “UPDATE: rain.”'
    >>> speaker_label(t, 1, 13), speaker_label(t, 16, 29)
    ('MS. ROE', None)
    """
    m = _SPEAKER_LABEL_RE.match(text, start, end)
    if m is None or m.group(1).rstrip(". ") in _NOT_SPEAKER_LABELS:
        return None
    return m.group(1)


# -- single marks -----------------------------------------------------------

_SINGLE_RE = re.compile(r"[‘’']")
# Shortenings that start with a mark and are not quotations: '90s, the class of '98, 'n', 'em, 'til, 'tis.
_ELISION_RE = re.compile(r"[‘’'](?:\d0s|\d\ds|\d\d\b|n[‘’']|em\b|til\b|tis\b|twas\b|cause\b|bout\b)", re.I)
_SINGLE_BEFORE = "([{—–-/:“\"„«"


def _single_opens(text: str, i: int) -> bool:
    """An opening single mark: ‘ or ', after a space (or start, bracket, dash), before a word."""
    if text[i] == "’":
        return False  # a right mark after a space is a shortening (’90s), not an opening
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in _SINGLE_BEFORE) and (not after.isspace() or _opens_before_space(text, i, 1)) \
        and after not in "‘’'" and not _ELISION_RE.match(text, i)


def _single_closes(text: str, i: int) -> bool:
    """A closing single mark: ’ or ', at the end of a word, before a space, punctuation or the end."""
    if text[i] == "‘":
        return False
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not (after.isalnum() or after in "‘’'")


def _single_marks(text: str) -> list[int]:
    """Where each single mark (‘ ’ ') stands, in text order: found with str.find, which is quicker than a
    regex scan for a set of characters wider than Latin-1."""
    return char_positions(text, "‘’'")


def _single_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Quotations between single marks. Single marks do not nest; an opening mark
    left open at a paragraph's end is dropped (it was an apostrophe) unless the
    next paragraph opens again (a quotation that runs on)."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    every_mark = _single_marks(text)
    for n, (p_start, p_end) in enumerate(paragraphs):
        marks = every_mark[bisect_left(every_mark, p_start):bisect_left(every_mark, p_end)]
        k = 0
        if open_at is not None:
            k = 1  # the repeated opening mark of a quotation that runs on
        while k < len(marks):
            i = marks[k]
            if open_at is None:
                if _single_opens(text, i):
                    open_at = i
            elif _single_closes(text, i) and not _plural_possessive(text, marks[k + 1:], i):
                _add(text, open_at, i, i + 1, spans)
                open_at = None
            k += 1
        if open_at is not None:
            nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
            lead = nxt[0] + _lead(text, *nxt) if nxt else -1
            if nxt is None or not (text[lead] in "‘'" and _single_opens(text, lead)):
                open_at = None  # never closed: an apostrophe, not a quotation
    return spans


def _plural_possessive(text: str, later: list[int], i: int) -> bool:
    """ "‘The leaders’ plan failed,’": an s before the mark, a word after it, and another
    closing mark to come before the next opening one."""
    if not (text[i - 1] in "sS" and text[i + 1:i + 2] == " " and text[i + 2:i + 3].isalpha()):
        return False
    for j in later:
        if _single_opens(text, j):
            return False  # ‘looking at options’ and ‘working on it’: two quotations
        if _single_closes(text, j):
            return True
    return False


def _inside_any(q: QuoteSpan, others: list[QuoteSpan]) -> bool:
    return any(o.start < q.start and q.end <= o.end for o in others)


def _overlaps_any(q: QuoteSpan, others: list[QuoteSpan]) -> bool:
    return any(o.start < q.end and q.start < o.end for o in others)


_WORDS_AFTER = re.compile(r"[\s,:;.!?—–-]*((?:[^\W\d_][\w’'.-]*\s+){0,3}[^\W\d_]+)")
_WORDS_BEFORE = re.compile(r"(?<![\w’'-])([^\W\d_]+)[\s,:—–]*$")  # not "so-called"
# A reporting verb, "as", then the quotation, or a first single-marked phrase and "and"/"or" before it ("described
# as ‘blind’ and ‘unlawful’", "branded the plan as ‘reckless’"): the phrases are the describer's words. Must not
# take a phrase after "as" with no reporting verb ("known as ‘the Wall’" is a name: ``is_label`` reads those).
_VERB_AS_BEFORE = re.compile(r"(?<![\w’'-])([^\W\d_]+)(?: (?:it|them|him|her|this|that))? as "
                             r"(?:[‘'][^‘’'\n]{1,40}[’'] (?:and|or) )?$")


def _headline_quote(text: str, q: QuoteSpan, first: tuple[int, int]) -> bool:
    """Is the single-marked ``q`` a quotation in the headline, in a text whose body quotes in double marks?
    British papers and many sites mark quotes in headlines with single marks (Council ‘will not back down’).
    The headline is the first line: at most 28 words, a blank line after it, and no full stop, question or
    exclamation mark at its end (before a closing mark or not). Must not: take a term ('Anonymous', 'gig
    economy': three words or fewer, as ``is_term`` has it), anything in the body, or a first line that is a
    sentence (a lede in a text with no headline).

    Stricter than ``article``'s headline block on purpose, which also takes a first line that ends like a
    sentence when a longer paragraph follows: here such a line may be a lede, and a single-marked phrase in a
    lede needs a reporting verb, as in the body. Nor is the second line read, as ``hedges`` reads a standfirst."""
    return _in_headline(text, q, first) and len(text[q.inner_start:q.inner_end].split(None, 3)) > 3


def _in_headline(text: str, q: QuoteSpan, first: tuple[int, int]) -> bool:
    """Is ``q`` in the first line, and that line a headline (see ``_headline_quote``)?"""
    start, end = first
    if not (start <= q.start and q.end <= end):
        return False
    line = text[start:end].rstrip()
    # (28 words, session 16 news24: an interview headline "‘...’: Jane Doe on ..." runs longer than a news one)
    return len(line.split(None, 28)) <= 28 and _ends_headline(text, end) and not line.rstrip("’'”\"").endswith((".", "?", "!"))


_PARAGRAPH_LINE = 100  # a line longer than this is a paragraph on one line, not a hard-wrapped one (see ``article.unwrap``)


def _ends_headline(text: str, end: int) -> bool:
    """Does a headline end at ``end``: a blank line after it, or (text that parts paragraphs with one newline)
    a next line that is a paragraph: longer than a hard-wrapped one, or ending a sentence? Trailing spaces and
    tabs do not count (a Windows line end is read as " \\n"). Must not: take the first line of a hard-wrapped
    paragraph (a next line of 60-80 characters that stops mid-sentence).
    (shape36, session 21: the headline's single-marked quote was lost in the same text with one newline
    between paragraphs, or with Windows line ends.)"""
    i = end
    while text[i:i + 1] in (" ", "\t"):
        i += 1
    if text[i:i + 1] != "\n":
        return False
    nxt = text.find("\n", i + 1)
    after = text[i + 1:nxt if nxt >= 0 else len(text)].rstrip()
    return not after or len(after) > _PARAGRAPH_LINE or after.endswith((".", "!", "?", "”", "’", '"'))


# Session 29 (real59, bench/real-news-25; real-news-21 had one too): a British summary quotes statements in double
# marks and passes on a report's or a paper's words in curly single marks inside its own sentence: "a report ...
# which warns that a ‘spiral of petty theft’ fed by gangs who act ‘without fear’", "the article
# accusing bus firms of failing to fix ‘chronic’ delays". A reporting verb earlier in the
# sentence makes such a phrase the reported body's words. Must not take: straight marks (apostrophes and scare
# quotes in wire copy), a phrase in the headline (``_headline_quote`` reads those), a title (‘The UK Border Farce’,
# ``_titled``), a scare-quoted word with no lower-case reporting verb before it ("we still use this ‘QX’ form"), or one whose
# verb stands more than 15 words back ("Officials say the plan ... is now a key part of the mayor’s ‘reset’").
# (perception and feeling are no reporting here: "we see a ‘new normal’", "towns worried about ... the council’s ‘pivot’")
_NOT_REPORTING = frozenset("see sees saw seen seeing worry worries worried fear fears feared hope hopes hoped".split())


def _reported_in_sentence(text: str, q: QuoteSpan, first: tuple[int, int]) -> bool:
    if text[q.start] != "\u2018" or q.start < first[1] or _titled(text, q):
        return False
    start = max(text.rfind(". ", 0, q.start), text.rfind("\n", 0, q.start)) + 1
    verbs = reporting_verb_forms()
    # (within 15 words: a verb far back in a long sentence is another clause's; in lower case, as the writer's own
    # sentence has it: "Mayor Says Fire Looks Like An ‘Act Of Arson’" is a headline in title case, "Saying to
    # people ‘Wall Street speculation’" a transcript's phrase named; a word of a compound, "tweet-author", or of a
    # tag, "<tweet", is none)
    return any(w in verbs and w not in _NOT_REPORTING
               for w in re.findall(r"(?<![\w<-])[^\W\d_]+(?![\w-])", text[start:q.start])[-15:])


def _cue_next_to(text: str, q: QuoteSpan) -> bool:
    """Does a reporting verb stand right before or after the quotation ('No,' she said)?"""
    verbs = reporting_verb_forms()
    m = _WORDS_AFTER.match(text, q.end, min(len(text), q.end + 60))
    if m and "\n" not in m.group() and any(w.lower() in verbs for w in m.group(1).split()):
        return True
    b = _WORDS_BEFORE.search(text, max(0, q.start - 30), q.start)
    if b is not None and b.group(1).lower() in verbs:
        return True
    # "described it as ‘blind’ and ‘unlawful’": the verb's "as", and a second phrase joined to a first (session 25)
    b = _VERB_AS_BEFORE.search(text, max(0, q.start - 80), q.start)
    return b is not None and b.group(1).lower() in verbs


def _lead(text: str, start: int, end: int) -> int:
    """How many blank characters start a paragraph."""
    n = 0
    while start + n < end and text[start + n].isspace():
        n += 1
    return n


def _continues(text: str, i: int) -> bool:
    """Does the paragraph starting at ``i`` open with a quotation mark (a quote that runs on)?"""
    if text.startswith(("''", "‘‘", "‘’"), i):
        return _opens(text, i, 2)
    return i < len(text) and (text[i] in _OPENERS or (text[i] == '"' and _opens(text, i)))


def _runs_on_unopened(text: str, paragraph: tuple[int, int], marks: list[tuple[int, int, str]]) -> bool:
    """Does a quotation left open at a paragraph's end run on into ``paragraph`` although no mark opens it?
    Some papers and wikis drop the repeated opening mark: 'Doe said, "We learned a lot. ¶ It was a hard
    day." The match ended.' The next paragraph runs on when its first double mark can only close (a
    curly closing mark, or a straight one with a letter or a stop before it and a space, a stop or the end
    after it) and comes after words of its own. Must not: take a paragraph whose first mark opens a
    quotation ('He said "no."'), one with no double mark (the open quotation stops at its paragraph's end,
    as before), or a paragraph that starts with the mark. The words before the mark must read as speech
    going on: a lower-case start (a sentence the line break cut) or a word of a clause (a pronoun or an
    auxiliary), so that the credit line of a quotation card ('"We will win. ¶ Jo Doe, Acme Inc."') is not
    taken as words of the quotation. (src18, session 18)"""
    if not marks:
        return False
    i, width, mark = marks[0]
    start = paragraph[0] + _lead(text, *paragraph)
    if i == start:
        return False
    after = text[i + width] if i + width < len(text) else " "
    if not (mark in _CLOSERS or (mark == '"' and not text[i - 1].isspace() and (after.isspace() or after in ".,;:!?)"))):
        return False
    return text[start].islower() or not _CLAUSE_WORDS.isdisjoint(_LETTERS_RE.findall(text[start:i].lower()))


# Words of a clause, which a credit line ("Jo Doe, deputy mayor") does not hold: see _runs_on_unopened.
_CLAUSE_WORDS = frozenset("i we you he she it they this that there is are was were be been am have has had will would "
                          "can could do did does not".split())
_LETTERS_RE = re.compile(r"[a-z]+")


def _add(text: str, open_at: int, close_at: int, end: int, spans: list[QuoteSpan], open_width: int = 1) -> None:
    s, e = open_at + open_width, close_at
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if any(c.isalnum() for c in text[s:e]):
        spans.append(QuoteSpan(open_at, end, s, e))


# Words that put a name or a label, not someone's speech, in quotation marks.
# Session 18 (real29): "the robot, named “Better Idea of Afghan Girls,”", "named their robot “Robogee.”": a name given,
# as "nicknamed" gives one (at most three words between, none a mark). Must not catch "said, naming no one, “...”".
_LABEL_BEFORE = re.compile(r"(?:\bso-called|\b(?:nick|re)?named(?:\s+[\w’']+){0,3}?|\bknown(?:\s+[\w’']+){0,5}?\s+as"
                           # real30: a name given in the passive, "The painting is called “X”", "a group named “X”" is
                           # no one's speech; "He called it “a disaster”" (active: a speaker's words) stays a quote, and
                           # so does one with its namer after it ("has been called “X” by Jo Doe": see is_label).
                           r"|\b(?P<passive>(?:is|are|was|were|be|been|being)\s+(?:called|named|titled|entitled|dubbed))"
                           # and a gloss of a foreign word, "Latin for “Savior of the World”", a translation, not speech
                           r"|\b(?:Latin|Greek|French|Spanish|German|Italian|Portuguese|Arabic|Hebrew|Persian|Russian|"
                           r"Chinese|Japanese|Korean|Hindi|Swahili|Turkish)\s+for)\s*$", re.I)
# The name of a criminal charge, alone or in a list of them: charged with “fraud”, on charges of “X,” “Y,”
# and “Z.” It is the law's wording, not the words of the person charged, whom the sentence names. Must not:
# catch "accused of “lying”", which quotes the accuser.
# (Or in single marks, as a text that quotes with them writes the list: charges of ‘X,’ ‘Y,’ and ‘Z.’ An
# apostrophe inside one is passed over: ‘inciting the people’s anger’. An item that ends in a full stop ends the
# list: in "charges of ‘theft.’ ‘I did nothing,’ he said" the second is the accused's words. shape36, session 21.)
_CHARGE_BEFORE = re.compile(r"\b(?:charged with|charges? of|convicted of|counts? of)\s*"
                            r"(?:(?:[“\"][^”\"\n]{0,79}[^”\"\n.!?][”\"]|[‘'](?:[^’'\n]|[’'](?=\w)){0,79}[^’'\n.!?][’'])"
                            r"\s*(?:(?:and|or)\s+)?)*$", re.I)
_BY_AFTER = re.compile(r"[,.]?\s+by\b")
# Passives of calling carry the caller's words when the caller follows ("was called “a disaster” by critics"); passives
# of naming give a name whoever gave it ("was named “Player of the Month” by the league": session 18, real29 and real30).
_CALLING = ("called", "dubbed")
# What every match of each pattern holds, for a quick test before it (session 18: one list for both let the common
# " for" send every quotation through the 300-character charge search, +4 % of a lesson pass).
_LABEL_WORDS = ("so-called", "named", "known", "called", "titled", "dubbed")  # and "for" (the gloss): ``_may_be_label``
# (session 20: the whole phrases the pattern spells, each with its one space: "count" alone, in "country" and
# "account", sent one quotation in nine through the 300-character search)
_LABEL_LAST_WORDS = ("called", "named", "titled", "dubbed")  # (and "so-called", "entitled", "renamed": ``_may_end_label``)
_CHARGE_WORDS = ("charged with", "charge of", "charges of", "convicted of", "count of", "counts of")
# The title of a work right after the lower-case noun for its kind: the journal “Science”, the film “Frozen”,
# the podcast “So, That Happened”. A title is no one's speech (a slogan is: its campaign's, so it is not
# listed). Must not: take a name ("Dr. Paul Song “was ...”", capitalised) or a quote after a comma or colon
# ("told the magazine: “...”").
_WORKS = ("journal|newspaper|magazine|book|novel|memoir|film|movie|song|album|poem|"
          "documentary|podcast|series|play|musical|opera|anthem|hymn|painting|sculpture|portrait|mural")
_WORK_BEFORE = re.compile(rf"\b(?:{_WORKS})\s*$")
_WORK_ENDINGS = tuple(_WORKS.split("|"))  # (the stretch must end in one of them: a quick test before the search)
# The name of a programme, a service or a group right after the noun for its kind, a comma between or not: the reality
# show “The Apprentice”, its newsletter, ‘The Daily Brief’, the service “TruthLens”, the group “Mothers for Safe
# Streets”. Only a name-shaped quotation counts (``_name_shaped``: "called the show “the news show of record”" is a
# label someone gave, and "the group, “We will not stop”" speech). PolNeAR train and dev: 13 such quotations, 10 of
# them not gold (probe42, session 23).
_KINDS = ("show", "programme", "program", "newsletter", "app", "website", "blog", "column", "service", "group", "channel")
_KIND_BEFORE = re.compile(rf"\b(?:{'|'.join(_KINDS)}),?\s*$")


# A word mentioned as a word, not spoken: "The word “because” seems to have fallen out of use", "athletes had to use
# the term “DPR Korea”" (GUIDELINES, session 27 reading; session 30, real61: such a quotation took its speaker from the
# quote before it). Only "the word", "the term" and "the label" right before marks around one to three words with no
# sentence mark inside; the caller leaves out only one with no cue in its sentence. Must not: take "the words" ("used
# the words “we will win”": an utterance), "the phrase" (often someone's words passed on), a longer quotation, nor one
# whose sentence has a cue ("coined the term “X” in describing", "the word “X” was mentioned by anchors": PolNeAR reads
# them as the coiner's or user's words).
_MENTION_NOUNS = ("word", "term", "label")
_MENTION_BEFORE = re.compile(r"\b[Tt]he\s+(?:word|term|label)\s*,?\s*$")


# Wordings given as examples after a plural noun for them: "placards bearing slogans such as “We will win”", "a few
# simple slogans (“cut the tax”, “build more homes”)", "searched for words such as “budget,” “deficit” and ...": the
# writer names kinds of wording, no one is reported saying them (session 31, q62: 3 false quotes of the general-news
# sets, 4 of PolNeAR train, none of them gold). The caller, as for "the word", leaves out only one with no cue in its
# sentence: "speculative words like “maybe” and “perhaps”, he told reporters" (PolNeAR gold) stays speech. Must not:
# take a singular noun ("a mantra (“...”)", "the slogan “...”": one wording, often its owner's, PolNeAR gold), names
# or labels someone calls others ("calls men names, like “pigs”": the caller's words, PolNeAR gold), chants (a
# crowd's utterance), a quotation of a whole sentence set off by a colon ("the words: “...”"), or "in her words, “...”".
_EXAMPLE_NOUNS = ("slogans", "words", "terms", "phrases", "expressions", "hashtags", "catchphrases", "buzzwords",
                  "mottos", "mottoes")
_EXAMPLES_BEFORE = re.compile(r"\b(?:" + "|".join(_EXAMPLE_NOUNS) + r")\s*,?\s*(?:such\s+as|like|including|\()\s*"
                              # the items of the list before this one: “A”, “B” and ...
                              r"(?:(?:[“\"‘]|'')[^”\"’\n]{1,80}(?:[”\"’]|'')\s*,?\s*(?:(?:and|or)\s+)?)*$", re.I)


def is_word_mention(text: str, q: QuoteSpan) -> bool:
    """Is the quotation a word mentioned as a word: "the word “because”", "the term “DPR Korea”" (see
    ``_MENTION_BEFORE``), or a wording given as an example after a plural noun for it, "slogans such as “We
    will win”" (see ``_EXAMPLES_BEFORE``)?

    >>> t = 'The word “because” has gone. Fans waved slogans such as “Go team go” and “Win it”.'
    >>> [is_word_mention(t, q) for q in quote_spans(t)]
    [True, True, True]
    """
    if _listed_example(text, q):
        return True
    before = text[max(0, q.start - 16):q.start]
    if not before.rstrip(" ,").endswith(_MENTION_NOUNS) or _MENTION_BEFORE.search(before) is None:
        return False
    inner = text[q.inner_start:q.inner_end]
    return 1 <= len(inner.split(None, 3)) <= 3 and not any(ch in inner for ch in ".!?;:")


def _listed_example(text: str, q: QuoteSpan) -> bool:
    """Is the quotation one of a list of wordings after "slogans such as", "words like", "terms (" (see
    ``_EXAMPLES_BEFORE``): at most ten words, no sentence mark but one at its end ("stop the boats!")?"""
    start = max(0, q.start - 240)
    if not may_hold_any_in(text, start, q.start, _EXAMPLE_NOUNS):
        return False  # (a quick test before the search)
    inner = text[q.inner_start:q.inner_end].rstrip(".,!?")
    return len(inner.split(None, 10)) <= 10 and not any(ch in inner for ch in ".!?;:") \
        and _EXAMPLES_BEFORE.search(text, start, q.start) is not None


def is_label(text: str, q: QuoteSpan) -> bool:
    """Is the quotation only a name or a label: so-called “X”, nicknamed “X”, known (to fans) as “X”, the
    name of a charge ("charged with “X”", "charges of “X,” “Y,” and “Z”"), a title ("the film “X”"), or a
    nickname between a first name and a surname (``is_nickname``)?

    >>> t = 'The so-called “reform” failed.'
    >>> is_label(t, quote_spans(t)[0])
    True
    """
    if is_nickname(text, q):
        return True
    before = text[max(0, q.start - 16):q.start]
    if before.rstrip().endswith(_WORK_ENDINGS) and _WORK_BEFORE.search(text, max(0, q.start - 16), q.start):
        return True
    if before.rstrip(" ,").endswith(_KINDS) and _KIND_BEFORE.search(text, max(0, q.start - 16), q.start) \
            and _name_shaped(text[q.inner_start:q.inner_end]):
        return True
    # (quick tests first: each case-blind search tries every character of its stretch)
    label = _LABEL_BEFORE.search(text, max(0, q.start - 60), q.start) if _may_be_label(text, q.start) else None
    if label is not None and label.group("passive") and label.group("passive").split()[-1].lower() in _CALLING \
            and _BY_AFTER.match(text, q.end):
        label = None  # "has been called “strategic ambiguity” by Jo Doe": Doe's words
    return label is not None or (may_hold_any_in(text, max(0, q.start - 300), q.start, _CHARGE_WORDS)
                                 and _CHARGE_BEFORE.search(text, max(0, q.start - 300), q.start) is not None)


# A nickname set in marks inside a person's name: Joseph “Jo” Rand, Anna 'Nan' Kerr. A name word (capitalised, then
# lower case) right before and right after, one space each side; the word before is no speech verb of a Title Case
# headline ("Mayor Says “No” To Plan" keeps its quotation). Must not: take a one-word quotation after a speech verb
# ("said “No” Monday": "said" is lower case) or one with sentence punctuation inside (“No.”). Session 24 (real46): a
# sports story's "William “Bill” Longworth" gave the quotation “Bill” and cut the speaker's name at the mark.
_NAME_WORD = re.compile(r"[A-Z][a-z’'-]+")


def is_nickname(text: str, q: QuoteSpan) -> bool:
    """Is the quotation one capitalised word set between a first name and a surname (Joseph “Jo” Rand)?

    >>> t = 'Joseph “Jo” Rand said “No” Monday. Mayor Says “No” To Plan'
    >>> [is_nickname(t, q) for q in quote_spans(t)]
    [True, False, False]
    """
    inner = text[q.inner_start:q.inner_end]
    if not (text[q.start - 1:q.start] == " " and text[q.end:q.end + 1] == " " and _NAME_WORD.fullmatch(inner)):
        return False
    before = text[max(0, q.start - 30):q.start - 1].rsplit(None, 1)[-1:]
    after = _NAME_WORD.match(text, q.end + 1)
    return bool(before) and _NAME_WORD.fullmatch(before[0]) is not None and after is not None \
        and before[0].lower() not in reporting_verb_forms() and after.group().lower() not in _TITLE_SMALL_WORDS


def _name_shaped(inner: str) -> bool:
    """Is ``inner`` shaped like a name or a title: one to eight words, the first capitalised and each other capitalised
    or a small word (``_TITLE_SMALL_WORDS``), no sentence punctuation but a comma or full stop at its very end ("The
    Apprentice,", "TruthLens", "Mothers for Safe Streets")? Must not take a sentence ("We Will Not Stop. Ever.")."""
    words = inner.rstrip(",.").split(None, 8)
    return 1 <= len(words) <= 8 and words[0][:1].isupper() and not any(ch in inner.rstrip(",.") for ch in ".!?,;:") \
        and all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words)


@lru_cache(maxsize=16)
def label_indexes(text: str) -> frozenset[int]:
    """The indexes in ``quote_spans(text)`` of the quotations that are labels (``is_label``), found once a text:
    the cue reader and the quote finder both leave them out, and each tested every quotation again (a few
    case-blind searches each).

    >>> sorted(label_indexes('The so-called “reform” failed. “No,” she said.'))
    [0]
    """
    return frozenset(i for i, q in enumerate(_spans(text)) if is_label(text, q))


def _may_be_label(text: str, start: int) -> bool:
    """False when ``_LABEL_BEFORE`` cannot match in the 60 characters before ``start``: none of ``_LABEL_WORDS``
    is there, and they do not end in "for" (a gloss, "Latin for", ends its stretch: the pattern ends in ``\\s*$``).
    (Common "for" anywhere in the stretch sent one quotation in five through the case-blind search.) Nor when the
    stretch does not end as the pattern needs (``_may_end_label``)."""
    stretch = text[max(0, start - 60):start]
    return (may_hold_any_in(text, max(0, start - 60), start, _LABEL_WORDS) or stretch.rstrip().lower().endswith("for")) \
        and _may_end_label(stretch.split())


def _may_end_label(words: list[str]) -> bool:
    """False when ``_LABEL_BEFORE`` cannot match at the end of a stretch split into ``words`` at white space: each of
    its branches ends the stretch with "as", "for", or a word ending in "called", "named", "titled" or "dubbed", or has
    "named" in one of the last four words ("nicknamed the “Iron Lady”"). (session 20: a label word anywhere in the 60
    characters, "he called half of", sent one quotation in twenty through the case-blind search, at some 40 µs each.)
    A last word outside ASCII may hold a letter that re.I reads as an ASCII one ("ſ" as s): it is passed on."""
    if not words:
        return False
    last = words[-1]
    if not last.isascii():
        return True
    last = last.lower()
    return last in ("as", "for") or last.endswith(_LABEL_LAST_WORDS) \
        or any(word.lower().endswith("named") for word in words[-4:])


# A pronoun and its verb run together ("it’s", "we’re", "I’m", "don’t", "they’ll") say a clause, spoken: no term is one
# ("say “it’s hindering delivery” or ...": session 23, real42). A possessive ("Schindler’s List") is not one of these.
_SPOKEN_CONTRACTION = re.compile(r"(?<![\w’'])(?:(?:it|that|there|he|she|what|who|here|let)[’']s|\w+n[’']t|"
                                 r"(?:i|you|we|they)[’'](?:re|m|ll|ve|d)|(?:he|she|it)[’'](?:ll|d))(?![\w’'])")


def is_term(text: str, q) -> bool:
    """Is a quotation that no one is said to have spoken only a term in marks, inside the writer's
    own sentence: a scare quote, a title or a coined word ("the “gig economy” grew", "the band
    played “Yesterday”")? Yes when it has at most three words, no sentence punctuation inside, and
    the writer's words go on right after it. Must not: drop a spoken sentence or a quotation with a
    speaker or a cue (the caller keeps those).

    >>> t = 'The “gig economy” grew fast.'
    >>> is_term(t, quote_spans(t)[0])
    True
    """
    inner = text[q.inner_start:q.inner_end]
    # (split at most three times: a long quotation need not be cut into all its words to count past three)
    if len(inner.split(None, 3)) > 3 or any(ch in inner for ch in ".!?,;:") or _SPOKEN_CONTRACTION.search(inner):
        return False
    after = text[q.end:q.end + 3]
    # (a no-break space after the closing mark too, as web pages set "“gig economy”\u00a0grew")
    return bool(after) and (after[0] in " \u00a0" and after[1:2].isalpha() or after[0] in ",;:)")


# What puts a title of a programme, book or show, not anyone's words, in quotation marks (session 23, quote42: on
# PolNeAR train 59 of 600 false quotes were such titles, most with a speaker or cue taken from their sentence):
# - before it, the one who made or fronts it: "the author of “Hacked World Order,”", "a host of “The Five,”";
# - before it, its kind: "his 2012 book, “An Island Son,”", "her memoir, “Hard Calls.”";
# - before it, a broadcast: "on “Meet the Press”", "told “Fox and Friends,”", "an interview with “Fox News Sunday.”", "on CNN’s “New Day,”", "on Friday’s “PBS NewsHour.”", "Fox News
#   channel’s “Sunday Morning Futures,”", "the reality show “Cake Boss.”" (a capitalised short word or a day before
#   the possessive: a network, not a person, "Doe’s “Make Our Town Great Again”" stays her words);
# - after it, what kind of work it is: "“Tales From the Crypt,” an HBO series", "“Destiny and Power,” a biography".
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight"
_TITLE_BEFORE = re.compile(r"(?:\b(?:author|co-author|editor|co-editor|host|co-host|anchor|star|creator|heroine|hero|episode|"
                           r"edition|broadcast|cast)\s+of(?:\s+the)?|\b(?:on|show|program|programme|sitcom|reboot|sequel|book|"
                           r"memoir|autobiography|biography|novel|documentary|film|movie)"
                           rf"|(?<![\w’'-])(?:[A-Z][A-Z&]{{1,5}}|{_DAYS}|network|channel|station|radio)[’']s)\s*,?\s*$"
                           # told a programme, an interview with it (no comma: 'told reporters, “...”' is speech)
                           r"|\b(?:told|interview with)\s*$")
_KIND_AFTER = re.compile(r"[\s\u00a0]+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,4}?(?:series|show|novel|book|film|movie|documentary|"
                         r"sequel|biography|history|memoir|comedy|drama|program|programme|podcast|thriller|sitcom|"
                         r"procedural|musical|album)\b")


def is_title(text: str, q: QuoteSpan) -> bool:
    """Is the quotation the title of a programme, a book or a show (``_titled``: two to six capitalised words; a
    comma or a stop at its end may stand inside the marks), with its maker, a broadcast or its kind next to it
    ("the author of “Hacked World Order,”", "on CNN’s “New Day,”", "“Tales From the Crypt,” an HBO series")?
    Must not: take a slogan with its owner ("Doe’s “Make Our Town Great Again”", "“We Will Win!”", a sentence),
    or a title with none of those next to it (the caller's other rules read it).

    >>> t = 'She told ABC’s “Good Morning America” she would run.'
    >>> is_title(t, quote_spans(t)[0])
    True
    """
    end = q.inner_end - 1 if text[q.inner_end - 1:q.inner_end] in (",", ".") else q.inner_end
    if not _titled_between(text, q.inner_start, end):
        return False
    if _TITLE_BEFORE.search(text, max(0, q.start - 40), q.start):
        return True
    if end < q.inner_end:  # “Tales From the Crypt,” an HBO series
        return text[end] == "," and _KIND_AFTER.match(text, q.end) is not None
    return text[q.end:q.end + 1] == "," and _KIND_AFTER.match(text, q.end + 1) is not None


# A title credited to its writer after a comma: "“The Long Count,” by Ann Vale, tells ...", a newsletter's
# "—“Museum to close at year's end,” by the Herald's Jo Penn: “...”". The words in marks are a headline or a book's
# title, no one's speech (session 23, quote42: 13 false quotes of PolNeAR train, one book title that its gold took).
# Capitalised words only between "by" and the comma or colon: "“..., unprompted,” by Doe last week" is Doe's words.
# Must not: take a quotation with no comma before "by" ("called “a mess” by Jo Doe, a critic": Doe's words).
_CREDIT_AFTER = re.compile(r"\s+by\s+(?:the\s+)?(?:[A-Z][\w.’'&-]*\s+){0,4}[A-Z][\w.’'&-]*\s*[:,]")


def is_credited_title(text: str, q: QuoteSpan) -> bool:
    """Is the quotation a title or a headline credited to its writer: a comma at its end (inside or right after the
    closing mark), then "by" and a capitalised name before a comma or a colon ("“The Long Count,” by Ann Vale, ...")?

    >>> t = 'One book, “The Long Count,” by Ann Vale, tells it. He was called “a mess,” by Jo Doe’s count.'
    >>> [is_credited_title(t, q) for q in quote_spans(t)]
    [True, False]
    """
    if text[q.inner_end - 1:q.inner_end] == ",":
        return _CREDIT_AFTER.match(text, q.end) is not None
    return text[q.end:q.end + 1] == "," and _CREDIT_AFTER.match(text, q.end + 1) is not None
