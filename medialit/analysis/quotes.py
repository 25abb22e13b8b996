"""Direct quotations: the words between quotation marks, and whose they are.

Rules, in the order a careful reader applies them:

- Where quotations start and end is the work of ``quote_marks`` (curly,
  straight, low and single marks; quotations over several paragraphs).
- The speaker comes from the reporting cue next to the quote ("she said",
  "said Jane Doe", "according to X"), else from the quote before it in the
  same paragraph, else from the person who is the subject of the sentence.
- A name or a label in quotation marks is not a quotation: its so-called
  “reform”, known to fans as “Oaky”, nicknamed “the Wall” (see ``is_label``);
  nor is a term of up to three words in the writer's own sentence that no one
  is said to speak (“gig economy”, a title, a scare quote), or a gloss in
  brackets, “(“ecstasy”)” (see ``is_term``); nor is the title of a programme or
  a book with its maker, its broadcast or its kind next to it, “on CNN’s “New
  Day,””, “the author of “Hacked World Order,”” (see ``is_title``), nor a title
  credited to its writer, “The Long Count,” by Ann Vale (``is_credited_title``);
  nor, when no cue stands in its sentence, a word named as a word, the word
  “because”, or wordings listed as examples, slogans such as “Go team go”
  (``is_word_mention``); nor a term the writer glosses right after it, “favourite,” or the side expected to win
  (``_glossed_term``), nor a nickname before a full name, “Queen of Grass” Mara Lind (``_epithet``).

>>> t = '“We will not,” Mayor Ann Lee said, “back down.” Lee‘s aides agreed.'
>>> [(q.text, q.speaker, q.cue) for q in find_quotes(t)]
[('We will not,', 'Ann Lee', 'said'), ('back down.', 'Ann Lee', 'said')]
>>> [q.text for q in find_quotes("‘It’s not a luxury,’ she told the BBC. Rock 'n' roll came back in the '90s.")]
['It’s not a luxury,']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from .attribution import find_attributions, quote_speakers
from .quote_marks import is_credited_title, is_term, is_title, is_word_mention, label_indexes, quote_spans
from .text import anchored_search, check_text, sliced_from


@dataclass(frozen=True, init=False)
class Quote:
    """A direct quotation. ``start``/``end`` span the quoted words (marks excluded)."""

    text: str
    start: int
    end: int
    speaker: str | None
    cue: str | None

    def __init__(self, text: str, start: int, end: int, speaker: str | None, cue: str | None) -> None:
        # One dict update, not frozen dataclass's object.__setattr__ a field: ~1 % of a lesson (bench/SPEED-sp71.md).
        vars(self).update(text=text, start=start, end=end, speaker=speaker, cue=cue)


def find_quotes(text: str) -> list[Quote]:
    """Direct quotations in ``text`` with their speaker and reporting cue, sorted by start.

    ``text`` excludes the quotation marks but keeps the punctuation inside
    them; ``speaker`` is the fullest name the text gives, the phrase as written
    for a source it does not name ("a senior official"), or None when the text
    does not say who spoke ("It is said", "the sign read"). A label in
    quotation marks (so-called “reform”) is not a quotation, so it is left out.

    >>> t = 'Jane Roe, the mayor, said the plan was “dead.” “It will not return.”'
    >>> [(q.text, q.speaker) for q in find_quotes(t)]
    [('dead.', 'Jane Roe'), ('It will not return.', 'Jane Roe')]
    """
    read = check_text(text)
    return sliced_from(text, read, list(_quotes(read)), "text")  # a new list: the caller may change it


@lru_cache(maxsize=16)
def _quotes(text: str) -> tuple[Quote, ...]:
    # A lesson asks for one article's quotes twice (find_quotes, then find_sources): read them once.
    cue_starts = None
    out = []
    labels = label_indexes(text)
    for i, (q, (speaker, cue)) in enumerate(zip(quote_spans(text), quote_speakers(text))):
        if i in labels or is_title(text, q) or is_credited_title(text, q) or _hypothetical(text, q) or _epithet(text, q):
            continue  # (a programme's, a book's or an article's title is no one's words, whatever cue its sentence has)
        if is_word_mention(text, q):
            if cue_starts is None:
                cue_starts = [a.start for a in find_attributions(text)]
            if not _cue_in_sentence(text, q, cue_starts):
                continue  # "The word “because” has gone": a word named, not spoken (a speaker from the quote before is no cue)
        term = is_term(text, q)  # (asked once: both tests below need it)
        if term and not _gloss(text, q) and speaker is None and cue is None:
            if cue_starts is None:
                cue_starts = [a.start for a in find_attributions(text)]
            if not _cue_in_sentence(text, q, cue_starts):
                continue  # “gig economy”, a title: a term, not speech
        elif term and _gloss(text, q):
            continue
        elif _glossed_term(text, q):
            if cue_starts is None:
                cue_starts = [a.start for a in find_attributions(text)]
            if not _cue_in_sentence(text, q, cue_starts):
                continue  # "has a “favorite,” or the team expected to win": a term the writer explains
        out.append(Quote(text[q.inner_start:q.inner_end], q.inner_start, q.inner_end, speaker, cue))
    return tuple(out)


# The end of the writer's sentence: a full stop and a space, also with a closing mark between, as American style
# sets it ("for words such as “budget,” “deficit” and “audit.” They found none.": "found" is in the next sentence).
_SENTENCE_END = re.compile(r"\.[”\"’']{0,2}\s")


def _cue_in_sentence(text: str, q, cue_starts: list[int]) -> bool:
    """Does a reporting cue stand in the quotation's sentence ("Officials were ‘looking at options’
    for a fund and ‘working on it’, Downing Street said")? Then its short quotes are speech."""
    start = max(text.rfind(". ", 0, q.start), text.rfind("\n", 0, q.start)) + 1
    stop = _SENTENCE_END.search(text, q.inner_end - 1 if text[q.inner_end - 1:q.inner_end] == "." else q.end)
    ends = [i for i in (stop.start() if stop else -1, text.find("\n", q.end)) if i >= 0]
    end = min(ends) if ends else len(text)
    i = bisect_left(cue_starts, start)
    return i < len(cue_starts) and cue_starts[i] < end


# Words someone would say only in a condition: "if your partner said “no” or “stop”", "If anyone tells you “your account
# is blocked,” hang up". No one is reported saying them (GUIDELINES: a quote reproduces what someone said or wrote;
# session 31, q62: 2 false quotes of rn48; PolNeAR dev and train hold no such quotation). "if" or "unless", a subject
# of one to four words, a verb of saying, then the quotation or a list of them. Must not: take "as if to say “...”"
# (a gesture read as words: PolNeAR gold), "asked if" (a question put), nor "if" far from the marks.
_CONDITION_WORDS = ("if", "If", "unless", "Unless")  # (every match of _HYPOTHETICAL_BEFORE starts with one)
_HYPOTHETICAL_BEFORE = re.compile(r"(?<!\bas )(?<!\basked )(?<!\bwondered )\b(?:[Ii]f|[Uu]nless)\s+[\w’']+(?:\s+[\w’']+){0,3}?\s+"
                                  r"(?:says?|said|tells?|told|asks?|asked|writes?|wrote)(?:\s+(?:you|them|him|her|us))?\s*,?\s*"
                                  r"(?:[“\"‘][^”\"’\n]{1,60}[”\"’],?\s*(?:or|and)\s+)*$")


def _hypothetical(text: str, q) -> bool:
    """Is the quotation words that someone would say only in a condition, "if your partner said “no”" (see
    ``_HYPOTHETICAL_BEFORE``)?"""
    start = max(0, q.start - 140)  # (tried only where "if" or "unless" stands, not at every character)
    return anchored_search(_HYPOTHETICAL_BEFORE, text, _CONDITION_WORDS, start, q.start)


def _gloss(text: str, q) -> bool:
    """A term in brackets, “(“ecstasy”)”: the writer's gloss, never anyone's words."""
    return text[q.start - 1:q.start] == "(" and text[q.end:q.end + 1] == ")"


# A term the writer explains right after it, the comma set inside the closing mark in American style: "a “favourite,” or
# the side expected to win", "“resting rate,” or RHR", "went into “extra time,” similar to overtime" (session 32,
# real64: 4 false quotes in two general-news batches, 1 in PolNeAR train; no gold quote of any set has the shape).
# One to three words and the comma; then "or" and a lower-case word or an acronym, or "similar to". Must not take "only “partial,” meaning it ..." (PolNeAR dev has a gold one: "meaning" may open the speaker's
# own explanation), a choice of two quotations ("“we want a bus,” or “give us a train”": a mark after "or"), nor a term
# with a cue in its sentence ("called it “reckless,” or worse": the caller keeps those).
_GLOSS_AFTER_RE = re.compile(r"[”\"’'] (?:or (?:[a-z]|[A-Z]{2,}\b)|similar to\b)")


def _glossed_term(text: str, q) -> bool:
    """Is the quotation a term of one to three words that the writer glosses right after it (``_GLOSS_AFTER_RE``)?"""
    inner = text[q.inner_start:q.inner_end]
    if not inner.endswith(",") or len(inner.split(None, 3)) > 3 or any(ch in inner[:-1] for ch in ".!?,;:"):
        return False
    return _GLOSS_AFTER_RE.match(text, q.inner_end) is not None


# A nickname set before the full name it belongs to: "defeated “Queen of Grass” Mara Lind", "led by “Big Red” Sam Hollis"
# (session 32, real64: general news 1, PolNeAR train 1 false quote; no gold quote has the shape). A label, as "known as
# “Oaky”" is. One to four capitalised words (small joining words allowed), no punctuation inside, then a space and a
# first name and a surname, then a lower-case word or punctuation. Must not take a headline's quoted words before more
# capitalised ones ("Calls Rival ‘A Disgrace’ Over Road Closure Plan"), nor a nickname before a surname alone
# ("mocked “Tiny Tim” Harlow": PolNeAR train has a gold one, the speaker's mocking word, quoted as his).
_EPITHET_NAME_RE = re.compile(r"[”\"’'] [A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][a-z]+(?:-[A-Z][a-z]+)?(?=[,.;:)]|\s+[a-z(])")
_EPITHET_SMALL = frozenset(("of", "the", "and", "a", "an", "in", "on", "for", "de", "la", "du"))


def _epithet(text: str, q) -> bool:
    """Is the quotation a nickname right before a full name (``_EPITHET_NAME_RE``), a label and no one's words?"""
    if _EPITHET_NAME_RE.match(text, q.inner_end) is None:
        return False
    words = text[q.inner_start:q.inner_end].split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() and w.replace("-", "").isalpha() or w in _EPITHET_SMALL for w in words)
