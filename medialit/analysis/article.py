"""Loading an article: read the text, then label each line as a kind of block.

A scraped news page is more than its story: a headline, photo labels (the
alt text of a picture), captions with photo credits, sub-headings, the body,
and the site's boilerplate (slogans, copyright lines). Readability and the
other measures should look at the body, so we label every block first.

The labels come from simple, visible rules (see ``_classify``); the patterns
for captions, credits and boilerplate (bylines, copyright lines, corrections)
live in ``data/blocks.csv``.

>>> art = load_article("Talks Resume\\n\\nThe talks resumed on Monday, officials said.")
>>> [(b.kind, b.text) for b in art.blocks]
[('headline', 'Talks Resume'), ('body', 'The talks resumed on Monday, officials said.')]
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .index import note_joined_lines
from .text import MAX_CHARS, ArticleError, InputTypeError, check_text, lowered_in_place, may_hold_any
from .lexicons import load_lexicon
from .wordlists import CALENDAR_WORDS
from .webpage import Link, PageMeta, page_from

BLOCK_KINDS = ("headline", "subheading", "image_label", "caption", "body", "boilerplate", "empty")


@dataclass(frozen=True, init=False)
class Block:
    """One line of the article with its label.

    ``start``/``end`` are offsets into ``Article.text``; ``line`` is 1-based.
    ``credit`` is the photo credit of a caption (``"Jane Doe, AP"``), else None.
    """

    kind: str
    text: str
    start: int
    end: int
    line: int
    credit: str | None = None
    credit_start: int | None = None

    def __init__(self, kind: str, text: str, start: int, end: int, line: int, credit: str | None = None,
                 credit_start: int | None = None) -> None:
        # One dict update, not frozen dataclass's object.__setattr__ a field: ~1 % of a lesson (bench/SPEED-sp71.md).
        vars(self).update(kind=kind, text=text, start=start, end=end, line=line, credit=credit,
                          credit_start=credit_start)


@dataclass(frozen=True)
class Article:
    """A loaded article: its text, its title and its labelled blocks.

    >>> load_article("Title\\n\\nOne body line.").body
    'One body line.'
    """

    text: str
    title: str
    blocks: tuple[Block, ...]
    path: str | None = None
    meta: PageMeta | None = None  # what a web page says about itself (None for plain text)
    links: tuple[Link, ...] = ()  # the links of a web page, spans into .text

    @property
    def body(self) -> str:
        """The body paragraphs only, one per line: what readability measures by default."""
        blocks = [b for b in self.blocks if b.kind == "body"]
        body = "\n".join(b.text for b in blocks)
        note_joined_lines(body, self.text, tuple((b.start, b.end) for b in blocks))  # its words are found already
        return body

    def blocks_of(self, *kinds: str) -> list[Block]:
        """The blocks of the given kinds, in order.

        >>> [b.kind for b in load_article("T\\n\\nA body line.").blocks_of("body")]
        ['body']
        """
        return [b for b in self.blocks if b.kind in kinds]


_HTML_RE = re.compile(r"<\s*(html|body|div|p|span|a|script|head|br|article|h[1-6])\b[^>]*>", re.I)


def _read_path(path: Path) -> str:
    if not path.exists():
        raise ArticleError(f"No file at {str(path)!r}. Check the name and folder (tip: use the file browser on the left).")
    if path.is_dir():
        raise ArticleError(f"{str(path)!r} is a folder, not a text file.")
    size = path.stat().st_size
    if size > 4 * MAX_CHARS:
        raise ArticleError(f"{path.name} is {size / 1e6:.1f} MB; the kit handles one article (up to about 1 MB of text).")
    return _decode(path.read_bytes(), path.name)


def _decode(data: bytes, name: str = "The text") -> str:
    if b"\x00" in data[:8192]:
        raise ArticleError(f"{name} looks like a binary file (a PDF, image or Word file?). Save the article as plain text (.txt) first.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise ArticleError(f"{name} is not UTF-8 text. Save it as 'Plain text, UTF-8' and try again.") from None


def _looks_like_path(source: str) -> bool:
    if "\n" in source or len(source) > 1024:
        return False
    if os.path.exists(source):
        return True
    return source.lower().endswith((".txt", ".md", ".text")) and " " not in source.strip()[-12:]


def load_article(source: str | os.PathLike | bytes) -> Article:
    """Load an article from a path, or from its text, and label its blocks.

    ``source`` is a path (``str`` or ``pathlib.Path``), the article text itself,
    or the raw bytes of a text file (as an upload widget gives them). Line endings
    become ``\\n``, a paragraph hard-wrapped over several lines (as in text
    copied from an e-mail or a PDF) becomes one line, and a word a PDF split
    with a hyphen at a line end ("presid- ent") is joined again; nothing else
    is changed. ``Article.text`` is the text after these changes: every span
    indexes it, and the views show it, so a span always slices the text the
    learner sees (``Block.line`` counts its lines).

    >>> art = load_article("seeds/putin-istanbul-talks-2025.txt")
    >>> len(art.blocks), art.blocks[0].kind
    (22, 'headline')
    """
    path = None
    page = page_from(source)  # a web page (HTML, a saved .html file, an http(s) URL), else None
    if page is not None:
        text = page.text
        if isinstance(source, os.PathLike) or (isinstance(source, str) and len(source) < 1024 and os.path.isfile(source)):
            path = Path(source)  # a saved page (not HTML text, not a URL)
    elif isinstance(source, (bytes, bytearray, memoryview)):
        text = _decode(bytes(source))
    elif isinstance(source, os.PathLike):
        path = Path(source)
        text = _read_path(path)
    elif isinstance(source, str):
        if _looks_like_path(source):
            path = Path(source)
            text = _read_path(path)
        else:
            text = source
    else:
        raise InputTypeError(
            f"load_article needs a file path or the article's text, not {type(source).__name__}."
        )
    text = unwrap(text.replace("\r\n", "\n").replace("\r", "\n"))
    if page is None:  # a page's link spans index its text as read; pages are not hyphenated by line
        text = join_hyphenated(text)
    check_text(text, "article")
    if not text.strip():
        raise ArticleError("The article is empty: there is no text to analyse.")
    if page is None and _HTML_RE.search(text) and len(_HTML_RE.findall(text)) >= 3:
        raise ArticleError(
            "This looks like HTML source (it has tags such as <p> or <div>). "
            "Copy the article's text from the browser instead, or save the page as plain text."
        )
    blocks = tuple(_classify(text))
    headline = next((b.text for b in blocks if b.kind == "headline"), "")
    return Article(text=text, title=headline.strip() or "(untitled)", blocks=blocks,
                   path=str(path) if path else None,
                   meta=page.meta if page else None, links=page.links if page else ())


# --- hard-wrapped text -----------------------------------------------------

_WRAP_WIDTH = 100  # text wrapped by e-mail programs and PDFs has lines of 60-80 characters


def unwrap(text: str) -> str:
    """Join the lines of hard-wrapped paragraphs; each joining newline becomes a space.

    Offsets do not move (one character for one), so spans found in the
    unwrapped text fit the original too. Text whose paragraphs are already one
    line each (the usual scraped article) is returned unchanged.

    >>> unwrap("Title\\n\\nThe council voted on Tuesday to close the old\\ncentre of the town to most cars from next\\nspring, officials said.")
    'Title\\n\\nThe council voted on Tuesday to close the old centre of the town to most cars from next spring, officials said.'
    """
    lines = text.split("\n")
    long_lines = [l for l in lines if len(l.strip()) >= 40]
    wrapped = long_lines and sum(len(l) <= _WRAP_WIDTH for l in long_lines) >= 0.8 * len(long_lines)
    if not wrapped:
        return text  # (most texts: the pairs of lines below need not be counted)
    pairs = sum(1 for a, b in zip(lines, lines[1:]) if len(a.strip()) >= 40 and b.strip())
    if pairs < 2:
        return text
    out = list(text)
    pos = 0
    for a, b in zip(lines, lines[1:]):
        pos += len(a)
        # Join when this line is long (a wrapped line, not a heading), the next
        # one carries on the paragraph (not blank, not a photo credit line), and
        # this line does not end a sentence, unless the next one starts in lower
        # case. (A wrapped line that happens to end a sentence stays split: two
        # body blocks instead of one, which is harmless; merging real short
        # paragraphs would not be.)
        ends_sentence = a.rstrip().endswith(tuple('.!?:"\u201d\u2019)'))
        starts_lower = b.lstrip()[:1].islower()
        if (len(a.strip()) >= 40 and b.strip() and not b.lstrip().startswith(("Credit", "Photo", "©"))
                and (not ends_sentence or starts_lower)):
            out[pos] = " "
        pos += 1
    return "".join(out)


# --- words split by a hyphen at a line end (PDFs) ----------------------------

# A letter, a hyphen, then a line break or the space ``unwrap`` left there, then the rest of the word in
# lower case. Not "short- and long-term" (a hyphen shared by two words), nor "well - known" (a dash).
# It starts with the hyphen itself (the letter is looked back at), so the regex engine jumps from hyphen to hyphen.
_SPLIT_WORD = re.compile(r"-(?<=[^\W\d_]-)(?:\n|[ \t]\n?)(?=[a-z])(?!(?:and|or|nor|to|as|but|than)\b)")


def join_hyphenated(text: str) -> str:
    """Join the words a PDF split at a line end: "presid- ent" and "presid-\\nent" become "president".

    The hyphen and the break are removed, so the text gets shorter: call it
    before finding anything, and keep the spans of the result (``load_article``
    does). A hyphen shared by two words ("short- and long-term") stays.

    >>> join_hyphenated("The presid- ent may possi-\\nbly go; short- and long-term plans differ.")
    'The president may possibly go; short- and long-term plans differ.'
    """
    return _SPLIT_WORD.sub("", text)


# --- block labelling -------------------------------------------------------

@lru_cache(maxsize=None)
def _patterns(kind: str) -> re.Pattern[str]:
    # One pattern per kind, made once: every line of every article is tested against it.
    rows = [r for r in load_lexicon("blocks.csv") if r["kind"] == kind]
    return re.compile("|".join(f"(?:{r['pattern']})" for r in rows), re.I)


@lru_cache(maxsize=None)
def _line_tests(kind: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The rows of ``kind`` as two patterns: those anchored at the line's start ("^...") and the rest.

    A line has a match of either exactly when it has one of ``_patterns(kind)``. Apart, the
    anchored rows are tried once at the start of a line, not at every character of a long
    paragraph as inside the one alternation.
    """
    rows = [r["pattern"] for r in load_lexicon("blocks.csv") if r["kind"] == kind]
    parts = ([p for p in rows if p.startswith("^")], [p for p in rows if not p.startswith("^")])
    anchored, unanchored = (re.compile("|".join(f"(?:{p})" for p in part), re.I) if part else None for part in parts)
    return anchored, unanchored


def _has_match(kind: str, line: str, may: bool | None = None) -> bool:
    """Does ``line`` hold a match of any ``blocks.csv`` row of ``kind``? ``may``: False when the line is known to
    hold none of the words of ``kind``'s unanchored rows (``_lines_with_words``), None when not known."""
    anchored, unanchored = _line_tests(kind)
    # (``match``, not ``search``: each anchored row opens with "^", which without re.M holds only at the line's
    # start; a search would still try the whole alternation, row by row, at every character of the line.)
    return bool(anchored and anchored.match(line)) or bool(unanchored and (
        _may_match_unanchored(kind, line) if may is None else may) and unanchored.search(line))


def _credit_search(line: str, may: bool | None = None) -> re.Match[str] | None:
    """Where a photo credit starts in ``line`` (``_patterns("credit").search``, skipped when it cannot match;
    ``may`` as for ``_has_match``)."""
    return _patterns("credit").search(line) if (_may_match_unanchored("credit", line) if may is None else may) else None


def _lines_with_words(text: str, line_starts: list[int], kind: str) -> set[int] | None:
    """The lines (by their index in ``line_starts``) of ``text`` that may hold one of ``_row_words(kind)``, found by
    a few searches of the whole text lowered once, not a lowering and a search per line (session 26: an article's
    lines were lowered again for each kind). A line that holds no such word, even with its outer blanks, holds
    none within them. None (ask line by line) when the kind has no such words or the text cannot be lowered in
    place. The words hold no line break, so each one found lies on one line."""
    words = _row_words(kind)
    low = lowered_in_place(text) if words is not None else None
    if low is None:
        return None
    lines: set[int] = set()
    for word in words:
        at = low.find(word)
        while at >= 0:
            lines.add(bisect_right(line_starts, at) - 1)
            at = low.find(word, at + 1)
    return lines


# Under re.I a row that is not anchored at the line's start is tried at every character of the line,
# which costs more than all the other line tests together; but each such row needs one of a few words,
# and most lines hold none of them: ``may_hold_any`` tells so at once.
_ROW_WORDS = {
    "credit": ("credit", "photo", "image", "picture"),
    "boilerplate": ("all rights reserved", "subscribe", "newsletter", "sign up", "follow us", "share", "your "),
    "note": ("the views expressed",),
}


@lru_cache(maxsize=None)
def _row_words(kind: str) -> tuple[str, ...] | None:
    """The words one of which every unanchored row of ``kind`` writes; None when a row writes none
    (a row added to ``blocks.csv`` with other words): then every line is searched, as before."""
    words = _ROW_WORDS.get(kind)
    rows = [r["pattern"].lower() for r in load_lexicon("blocks.csv") if r["kind"] == kind]
    if words is None or not all(any(w in row for w in words) for row in rows if not row.startswith("^")):
        return None
    return words


def _may_match_unanchored(kind: str, line: str) -> bool:
    """False when no unanchored row of ``kind`` can match ``line``: it holds none of their words."""
    words = _row_words(kind)
    return words is None or may_hold_any(line, words)


# A byline: "By Jane Doe", "Opinion by Jane Doe", "Reporting by Ann Lee and Tom Roe, Reuters", "By Ana Lopez,
# 3 May 2024". Only the leading words ignore case: the names must be capitalised, so "by the way" is no byline.
_BYLINE_RE = re.compile(
    r"^\s*(?i:(?:(?:opinion|analysis|comment|commentary|review|column)\s+)?(?:by|written by|words by|reporting by))\s+"
    r"(?P<first>[A-Z][\w.'’-]+)(?:\s+(?:[A-Z][\w.'’-]+|and|&))*"
    r"(?:\s*,\s*[\w'’&-]+(?:\s+[\w'’&-]+){0,5})?\s*$")


def is_byline(line: str) -> bool:
    """Is the line a byline, naming who wrote the article? "By Tuesday, the council ..." is not.

    >>> [is_byline(l) for l in ("By Jane Doe", "Opinion by Jane Doe, Reuters", "By Tuesday, the council met", "by the way")]
    [True, True, False, False]
    """
    m = _BYLINE_RE.match(line)
    return m is not None and m.group("first").lower() not in CALENDAR_WORDS


_ENDS_SENTENCE = re.compile(r"[.!?:;,\"\u201d\u2019)]\s*$")
_SOFT_SPACE = "\u00a0\u200b\u2060\ufeff"
_BLANK_EDGES = " \t\f\v" + _SOFT_SPACE


def _is_blank(line: str) -> bool:
    kept = line.strip(_BLANK_EDGES)
    # (Most lines open with a letter, which answers at once: what the strip took off is space or a soft space,
    # none of which the character-by-character test below counts, so ``kept[0]`` is the first it could count.)
    if not kept or kept[0].isprintable() and not kept[0].isspace():
        return not kept
    return not any(c.isprintable() and not c.isspace() and c not in _SOFT_SPACE for c in line)


def _short_title(line: str, max_words: int) -> bool:
    return _short_counted(line, _words_up_to(line, max_words), max_words)


def _short_counted(line: str, words: int, max_words: int) -> bool:
    """``_short_title(line, max_words)``, given ``words == _words_up_to(line, n)`` for some ``n >= max_words``: the
    line has at most ``max_words`` words just when ``words`` is at most that (a line counted once serves each test)."""
    return 0 < words <= max_words and not _ENDS_SENTENCE.search(line)


def _words_up_to(line: str, most: int) -> int:
    """How many words ``line`` has, or ``most + 1`` when it has more: a long paragraph is not split whole."""
    return len(line.split(None, most))


# The headline block (``Article.title``, the word counts by block). The finders read the bare text, without
# blocks, and each keeps its own test, fitted to what it decides: ``quote_marks`` takes only a first line that
# does not end like a sentence, ``hedges`` one of the first two lines (a standfirst too) with a present-tense
# cue, and ``names.in_headline`` any Title Case line. One rule for all would change the finders' output.
# How a headline may end: a question, an exclamation, a quotation ("Mayor: bridge is ‘safe’"), a full stop.
_HEADLINE_END = re.compile(r"[?!]\s*[\"\u201d\u2019']?\s*$|[\"\u201d\u2019']\s*$|(?<![A-Z])\.\s*$")


def _is_headline(line: str, after: str) -> bool:
    """The first title-like line: short with no closing punctuation, or a short headline ending in ?, !, a quote or a full stop.

    A line that ends like a sentence counts only when it is one sentence of
    at most 20 words followed by a blank line and a longer paragraph (so a
    text that starts with its first paragraph has no headline).

    >>> _is_headline("Will the bridge reopen before winter?", "\\n\\nThe council met on Tuesday to decide on it.")
    True
    >>> _is_headline("The council met.", "\\nIt voted.")
    False
    """
    if _short_title(line, 25):
        return True
    words = line.split()
    if not 0 < len(words) <= 20 or not _HEADLINE_END.search(line) or re.search(r"[.!?]\s+[A-Z]", line):
        return False
    following = after.lstrip(" \t")
    if not following.startswith("\n\n") and not re.match(r"\n[ \t]*\n", following):
        return False  # a headline stands alone: a blank line follows it
    # The next paragraph, past a byline ("By Jo Hart"), must be longer than the headline.
    next_block = next((l.strip() for l in following.split("\n") if l.strip() and not is_byline(l)), "")
    return len(next_block.split()) > len(words)


# Abbreviated day and month names a dateline may use ("Mon, 2 Dec 2013").
_SHORT_CALENDAR = frozenset("mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec".split())
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)?", re.I)


def is_date_line(line: str) -> bool:
    """Is the line only a date ("Monday, December 2, 2013", "12 May 2025")? Such a dateline is no headline.

    >>> [is_date_line(l) for l in ("Monday, December 2, 2013", "Sat 10 May", "May Day march draws 5,000")]
    [True, True, False]
    """
    tokens = re.findall(r"[^\W_]+", line)
    return (bool(tokens) and any(t[0].isdigit() for t in tokens)
            and all(_ORDINAL.fullmatch(t) or t.lower() in CALENDAR_WORDS or t.lower() in _SHORT_CALENDAR for t in tokens))


def is_section_label(line: str, following: list[str]) -> bool:
    """Is the line a section label or kicker set above the headline ("WORLD NEWS", "Analysis", "Ukraine war")?

    ``following`` are the next non-blank lines. A label is short (at most two
    words, or up to five in capitals), does not end like a sentence, and
    stands right above a title-like line at least three words longer (the
    real headline), which is no photo label (no credit line under it).
    A short headline over a body paragraph is not a label.

    >>> is_section_label("WORLD NEWS", ["Talks to resume in Istanbul on Friday", "The talks resumed on Monday."])
    True
    >>> is_section_label("Talks Resume", ["The talks resumed on Monday, officials said."])
    False
    """
    words = line.split()
    letters = [c for c in line if c.isalpha()]
    in_capitals = bool(letters) and all(c.isupper() for c in letters)
    if not words or len(words) > (5 if in_capitals else 2) or _ENDS_SENTENCE.search(line) or not following:
        return False
    title = following[0]
    title_like = _short_title(title, 25) or bool(re.search(r"[?!]\s*[\"\u201d\u2019']?\s*$", title))
    under_title = following[1] if len(following) > 1 else ""
    return (title_like and len(title.split()) >= len(words) + 3 and len(title.split()) <= 25
            and not is_byline(title) and not is_date_line(title) and not _credit_search(under_title))


def _classify(text: str) -> list[Block]:
    caption_re = _patterns("caption")
    lines: list[tuple[int, int, int]] = []  # (line number, start, end)
    pos = 0
    for number, line in enumerate(text.split("\n"), start=1):
        lines.append((number, pos, pos + len(line)))
        pos += len(line) + 1

    blocks: list[Block] = []
    seen_headline = False
    line_starts = [s for _, s, _ in lines]
    credits, notes, boilerplates = (_lines_with_words(text, line_starts, kind) for kind in ("credit", "note", "boilerplate"))
    for i, (number, s, e) in enumerate(lines):
        if s == e:
            continue  # an ordinary blank line only separates blocks
        line = text[s:e]
        # (A line that opens with a letter or digit is no blank line, and one with no space at either end is its
        # own stripped text: most lines, which then need neither test nor copy.)
        if not line[0].isalnum() and _is_blank(line):
            blocks.append(Block("empty", line, s, e, number))
            continue
        # Leading/trailing spaces are not part of the block.
        if line[0].isspace() or line[-1].isspace():
            ls = s + (len(line) - len(line.lstrip()))
            le = s + len(line.rstrip())
            stripped = text[ls:le]
        else:
            ls, le, stripped = s, e, line
        words = _words_up_to(stripped, 25)  # (one count for the three length tests below: a paragraph is split once)
        # (``_credit_search`` asked only of a line that may hold a credit: most lines hold none of its words)
        credit = _credit_search(stripped) if credits is None else _credit_search(stripped, True) if i in credits else None
        kind = "body"
        credit_text = credit_start = None
        if credit and (len(stripped.split()) >= 3 or caption_re.search(stripped)):
            kind = "caption"
            credit_text = stripped[credit.end():].strip() or None
            if credit_text:
                credit_start = ls + credit.end() + (len(stripped[credit.end():]) - len(stripped[credit.end():].lstrip()))
        # The cheap length test first: the boilerplate patterns need not search every long paragraph.
        # (A note, a correction or a disclaimer, is boilerplate however long.)
        elif (words <= 25 and (
                _has_match("boilerplate", stripped, None if boilerplates is None else i in boilerplates) or is_byline(stripped))) \
                or _has_match("note", stripped, None if notes is None else i in notes):
            kind = "boilerplate"
        elif not seen_headline and (is_date_line(stripped)
                                    or is_section_label(stripped, _next_lines(text, lines, i, 2))):
            kind = "boilerplate"  # a dateline or a section label above the headline is the page's furniture
        elif not seen_headline and _is_headline(stripped, text[e:e + 2000]):
            kind = "headline"
        elif words <= 8 and _short_counted(stripped, words, 8) and (next_line := _line_after(text, lines, i)).strip() \
                and _credit_search(next_line, None if credits is None else i + 1 in credits):
            kind = "image_label"  # alt text scraped just above a captioned photo
        elif words <= 14 and seen_headline and _short_counted(stripped, words, 14):
            kind = "subheading"
        if kind != "empty":
            seen_headline = seen_headline or kind in ("headline", "body", "subheading")
        blocks.append(Block(kind, stripped, ls, le, number, credit_text, credit_start))
    return blocks


def _line_after(text: str, lines: list[tuple[int, int, int]], i: int) -> str:
    """Line ``i + 1`` of ``text`` ("" after the last line); cut only for the few short lines that ask for it."""
    return text[lines[i + 1][1]:lines[i + 1][2]] if i + 1 < len(lines) else ""


def _next_lines(text: str, lines: list[tuple[int, int, int]], i: int, count: int) -> list[str]:
    """The next ``count`` non-blank lines after line ``i``, stripped."""
    found: list[str] = []
    for _, s, e in lines[i + 1:]:
        if len(found) == count:
            break
        if text[s:e].strip():
            found.append(text[s:e].strip())
    return found
