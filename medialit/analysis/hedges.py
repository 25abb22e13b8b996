"""Hedges and boosters: words that soften a claim or make it stronger.

A *hedge* ("may", "about 40", "officials said", "it is believed") leaves room
for doubt or hides who is speaking; a *booster* ("clearly", "must", "rare")
pushes a claim harder. Neither is a mistake: careful reporting needs hedges,
and a quotation may be full of boosters. Each flag is a prompt to ask *how sure
is this, and who says so?* The word list, with a reason for every entry, is
``data/hedges.csv`` (after Hyland 1998 and 2005, and Wikipedia's "Words to watch").

How a phrase is found, step by step:

1. Every lexicon phrase is matched as whole words, ignoring capitals; where two
   phrases overlap, the longer one wins ("must immediately" beats "must").
2. Some entries carry a ``when`` check, so common non-hedges are left alone:
   "May 15" is a date, "about the plan" is a topic, "he said he would go"
   reports a plan, "officials to consider" is not a source speaking.
3. Vague and agentless sources ("Senior officials said", "It is understood")
   come from :func:`medialit.find_attributions`, which reads who says what
   in each sentence: an unnamed source becomes a hedge over the source phrase
   (with its verb when the two stand side by side: "reports indicated"), an
   agentless cue a hedge over the cue. The lexicon still adds fixed phrases
   the attribution finder does not treat as sources ("on condition of
   anonymity"). Its own rough guess (a source noun before a reporting verb)
   is used only while the attribution finder is not available.

>>> [(h.phrase, h.kind, h.category) for h in find_hedges("Talks may resume on May 15, officials said.")]
[('may', 'hedge', 'modal'), ('officials said', 'hedge', 'vague attribution')]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from .text import check_text, word_spans
from .attribution import find_attributions
from .lexicons import load_lexicon, reporting_verb_forms, word_list

KINDS = ("hedge", "booster")
HEDGE_CATEGORIES = ("modal", "possibility", "approximator", "tentative",
                    "vague attribution", "agentless attribution", "distancing")
BOOSTER_CATEGORIES = ("intensifier", "certainty")


@dataclass(frozen=True)
class Hedge:
    """One hedge or booster: ``text[start:end] == phrase``.

    ``kind`` is "hedge" or "booster"; ``category`` says what job the phrase does
    (see ``HEDGE_CATEGORIES`` and ``BOOSTER_CATEGORIES``); ``why`` explains it.
    """

    phrase: str
    start: int
    end: int
    kind: str
    category: str
    why: str


# --- the lexicon, compiled once ---------------------------------------------

# Placeholders a lexicon phrase may use (documented in the CSV header).
_BE = (r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be|"
       r"is\s+being|was\s+being)(?:\s+(?:widely|generally|also|now|often|still|commonly))?")
_NAME_WORD = r"(?-i:[A-Z][\w'\u2019.-]*)"
_SOMEONE = rf"(?:he|she|they|we|I|you|{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})"
_PLACEHOLDERS = {"{be}": _BE, "{someone}": _SOMEONE}
# The first words a placeholder can start with, so a phrase can be looked up by
# the word it begins with (see _Entry and _scan).
_BE_FIRST = ("is", "are", "was", "were", "has", "have", "had", "will", "would")
# A space (or hyphen) in a phrase matches any run of spaces and hyphens.
_GAP = r"[\s\-\u2010\u2011]+"


@dataclass(frozen=True)
class _Entry:
    pattern: re.Pattern[str]
    rows: tuple[dict[str, str], ...]


def _phrase_regex(phrase: str) -> str:
    parts = []
    for token in re.split(r"[\s\-]+", phrase.strip()):
        parts.append(_PLACEHOLDERS.get(token) or re.escape(token))
    # Whole words only: no letter, digit or hyphen may touch either end.
    return r"(?<![\w\-])" + _GAP.join(parts) + r"(?![\w\-])"


def _first_words(phrase: str) -> tuple[str, ...]:
    first = re.split(r"[\s\-]+", phrase.strip().lower())[0]
    return _BE_FIRST if first == "{be}" else (first,)


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, tuple[_Entry, ...]]:
    """Lexicon entries grouped by the first word of their phrase, longest phrase first."""
    by_pattern: dict[str, list[dict[str, str]]] = {}
    for row in load_lexicon("hedges.csv"):
        forms = [row["phrase"]] + [f for f in row.get("also", "").split(";") if f.strip()]
        for form in forms:
            by_pattern.setdefault(form.strip().lower(), []).append(row)
    index: dict[str, list[tuple[int, _Entry]]] = {}
    for phrase, rows in by_pattern.items():
        entry = _Entry(re.compile(_phrase_regex(phrase), re.I), tuple(rows))
        for word in _first_words(phrase):
            index.setdefault(word, []).append((len(phrase), entry))
    return {w: tuple(e for _, e in sorted(es, key=lambda x: -x[0])) for w, es in index.items()}


# --- context checks (the lexicon's "when" column) ---------------------------

_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                 "thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|"
                 "million|millions|billion|billions|dozen|dozens|half|third|quarter|score")
# "a"/"an" before a unit is an amount too: "less than a minute", "more than a decade".
_UNITS = ("second|minute|hour|day|week|fortnight|month|year|decade|century|mile|kilometre|kilometer|"
          "metre|meter|foot|inch|yard|pound|kilo|kilogram|tonne|ton|litre|liter|gallon|percent")
_NUMBER_AHEAD = re.compile(
    rf"[\s\u00a0]+(?:[$\u20ac\u00a3\u00a5]\s?)?(?:\d|(?:(?:a|an)\s+)?(?:{_NUMBER_WORDS})\b|(?:a|an)\s+(?:{_UNITS})\b)", re.I)
_NEXT_WORD = re.compile(r"[ \t\u00a0]*([^\W_][\w'\u2019\-]*)")
_PREV_WORD = re.compile(r"([^\W_][\w'\u2019\-]*)([^\w]*)$")
_MONTHS = frozenset("january february march april june july august september october november december".split())
_MONTH_LEAD = frozenset("in on of since until till by from through during before after early late mid "
                        "last next this each every between".split())
_NOT_NOUN = frozenset("said says has had have is was were will would which that who and or but of to in "
                      "on for at by with from as its it also".split())
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"\u201c\u201d\n]\s*)$")

# Words allowed between the source noun and its verb ("officials have also said").
_SOURCE_FILLERS = frozenset("have has had also privately publicly reportedly repeatedly later still now "
                            "previously already".split())
# Words that may stand before a vague noun and belong to the source phrase.
_SOURCE_MODIFIERS = frozenset("senior junior top western eastern government military intelligence security "
                              "local foreign regional unnamed anonymous some many several other most independent "
                              "administration party police health industry one two three four".split())
_NATIONALITY = re.compile(r"(?:an|ese|ish|i)$")
_SOURCE_TAIL = re.compile(r"\s+(?:familiar\s+with|close\s+to|with\s+knowledge\s+of)\s+(?:the\s+|a\s+|an\s+)?[\w'\u2019-]+", re.I)
_SHOULD_CLAUSE = re.compile(r"\s+that\b[^.!?;\n]{0,80}?\b(?:should|must|ought)\b", re.I)
_ACCORDING_TO = re.compile(r"according\s+to\s+$", re.I)
_REPORTED_FUTURE = re.compile(
    r"\b(?:said|says|told|tells|announced|stated|added|promised|pledged|vowed|confirmed|insisted|agreed|"
    r"decided|declared|warned|predicted|expected|hoped|indicated|noted|signalled|signaled|explained)\b"
    r"[^.!?;\n]{0,60}$", re.I)


def _next_word(text: str, end: int) -> str:
    m = _NEXT_WORD.match(text, end)
    return m.group(1) if m else ""


def _prev_word(text: str, start: int) -> tuple[str, str]:
    m = _PREV_WORD.search(text, max(0, start - 40), start)
    return (m.group(1), m.group(2)) if m else ("", "")


def _at_sentence_start(text: str, start: int) -> bool:
    return bool(_SENTENCE_START.search(text, max(0, start - 4), start))


def _is_month_or_name(text: str, start: int, end: int) -> bool:
    """"May" as a month ("May 15", "15 May", "in May") or a surname ("Ann May said")."""
    if text[start:end] != "May":
        return False  # lower-case "may" is the modal verb
    after = _next_word(text, end)
    before, gap = _prev_word(text, start)
    if after[:1].isdigit() or before[:1].isdigit():
        return True
    if before.lower() in _MONTH_LEAD or before.lower() in _MONTHS:
        return True
    if before.lower() in ("and", "or", "to", "through"):  # "April and May"
        earlier, _ = _prev_word(text, start - len(gap) - len(before))
        if earlier.lower() in _MONTHS:
            return True
    # Mid-sentence after a capitalised word and before a small word: a surname.
    return (before[:1].isupper() and gap.strip() == "" and not _at_sentence_start(text, start)
            and not after[:1].isupper())


def _is_proposal(text: str, end: int) -> bool:
    """"suggested a meeting", "suggesting Oslo": a proposal, not a tentative claim."""
    nxt = _next_word(text, end)
    if nxt[:1].isupper() or nxt.lower() in ("a", "an") or nxt.lower().endswith("ing"):
        return True
    return bool(_SHOULD_CLAUSE.match(text, end))  # "suggested that talks should resume"


def _source_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a vague source ("Senior officials", "reports indicated"), or None.

    Used only inside a source the attribution finder found, to choose which
    lexicon row explains it (its ``why``). ``start``/``end`` span the noun. The noun is a source when a reporting verb
    follows it (perhaps after "have"/"also") or "according to" comes before it.
    """
    s, e = start, end
    tail = _SOURCE_TAIL.match(text, e)
    if tail:
        e = tail.end()
    # Grow to the left over modifiers ("senior", "Western", "Norwegian").
    for _ in range(3):
        word, gap = _prev_word(text, s)
        if not word or gap not in (" ", "\u00a0"):
            break
        ws = s - len(gap) - len(word)
        # A capitalised word joins the source ("Western", "Chilean"), but at the
        # start of a sentence only if it looks like a nationality ("Italian officials").
        capital = word[:1].isupper() and (not _at_sentence_start(text, ws) or _NATIONALITY.search(word))
        if word.lower() in _SOURCE_MODIFIERS or capital:
            s = ws
        else:
            break
    if _ACCORDING_TO.search(text, max(0, s - 20), s):
        return _ACCORDING_TO.search(text, max(0, s - 20), s).start(), e
    pos = e
    adjacent = True
    for _ in range(4):
        m = _NEXT_WORD.match(text, pos)
        if not m or text[pos:m.start(1)].strip():
            break
        word = m.group(1).lower()
        if word in reporting_verb_forms() or word in word_list("source verb"):
            # Keep the verb in the phrase when it follows at once: "reports indicated".
            return (s, m.end(1)) if adjacent else (s, e)
        if word not in _SOURCE_FILLERS:
            break
        adjacent = False
        pos = m.end(1)
    return (s, e) if tail else None


def _check(row: dict[str, str], text: str, start: int, end: int) -> tuple[int, int] | None:
    """Apply the row's ``when`` check; return the span to flag, or None to skip."""
    when = row.get("when", "")
    if not when:
        return start, end
    if when == "before a number":
        return (start, end) if _NUMBER_AHEAD.match(text, end) else None
    if when == "before a number or a/an":
        ok = _NUMBER_AHEAD.match(text, end) or _next_word(text, end).lower() in ("a", "an")
        return (start, end) if ok else None
    if when == "not a month":
        return None if _is_month_or_name(text, start, end) else (start, end)
    if when == "not a proposal":
        return None if _is_proposal(text, end) else (start, end)
    if when == "not reported future":
        window = text[max(0, start - 80):start]
        return None if _REPORTED_FUTURE.search(window) else (start, end)
    if when == "before a noun":
        nxt = _next_word(text, end)
        ok = nxt.isalpha() and nxt.islower() and nxt not in _NOT_NOUN
        return (start, end) if ok else None
    if when == "not before a name":
        nxt = _next_word(text, end)
        if nxt.lower() == "the":
            nxt = _next_word(text, _NEXT_WORD.match(text, end).end())
        return None if nxt[:1].isupper() else (start, end)
    if when == "as a source":
        return _source_span(text, start, end)
    raise ValueError(f"hedges.csv: unknown 'when' check {when!r}")


# --- finding ----------------------------------------------------------------

def _scan(text: str, skip_sources: bool = False) -> list[Hedge]:
    """Lexicon matches, left to right, longest first, without overlaps."""
    lexicon = _lexicon()
    found: list[Hedge] = []
    taken = 0  # nothing may start before the end of the previous match
    for ws, we in word_spans(text):
        if ws < taken:
            continue
        entries = lexicon.get(text[ws:we].lower())
        if not entries:
            continue
        best: tuple[int, int, dict[str, str]] | None = None
        for entry in entries:
            m = entry.pattern.match(text, ws)
            if not m or (best and m.end() - m.start() <= best[1] - best[0]):
                continue
            for row in entry.rows:
                if skip_sources and row.get("when") == "as a source":
                    continue
                span = _check(row, text, m.start(), m.end())
                if span and (not best or span[1] - span[0] > best[1] - best[0]):
                    best = (span[0], span[1], row)
                    break
        if best:
            # A longer phrase that swallows earlier matches replaces them
            # ("According to people familiar with the talks").
            while found and best[0] <= found[-1].start and best[1] >= found[-1].end:
                found.pop()
            taken = found[-1].end if found else 0
        if best and best[0] >= taken:
            s, e, row = best
            found.append(Hedge(text[s:e], s, e, row["kind"], row["category"], row["why"]))
            taken = e
    return found


_PRONOUNS = frozenset("he she they it we i you him her them us".split())
_MAX_SOURCE_WORDS = 8
_VAGUE_WHY = "Points to a source without naming it, so a reader cannot check who said it."
_AGENTLESS_WHY = "Reports a claim without saying who made it."


def _from_attributions(text: str) -> list[Hedge]:
    """Vague and agentless sources, as the attribution finder reads them."""
    found = []
    for a in find_attributions(text):
        if a.source_kind == "unnamed" and a.source_start is not None and a.source_end is not None:
            s, e = a.source_start, a.source_end
            source = text[s:e]
            # A pronoun points back to someone named earlier, and a vague source is a
            # short noun phrase: anything else is not a hedge we can explain.
            if source.lower() in _PRONOUNS or not 0 < len(source.split()) <= _MAX_SOURCE_WORDS:
                continue
            # "reports indicated", "according to experts": source and cue side by side.
            if 0 <= a.start - e <= 2 and not text[e:a.start].strip():
                e = a.end
            elif 0 <= s - a.end <= 2 and not text[a.end:s].strip():
                s = a.start
            category, default_why = "vague attribution", _VAGUE_WHY
        elif a.source_kind == "agentless":
            s, e = a.start, a.end
            category, default_why = "agentless attribution", _AGENTLESS_WHY
        else:
            continue
        if not (0 <= s < e <= len(text)):
            continue
        why = next((h.why for h in _scan(text[s:e]) if h.category == category), default_why)
        found.append(Hedge(text[s:e], s, e, "hedge", category, why))
    return found


def find_hedges(text: str) -> list[Hedge]:
    """Every hedge and booster in ``text``, sorted by start, without overlaps.

    >>> [(h.phrase, h.category) for h in find_hedges("It is believed the deal will clearly help about 40 towns.")]
    [('It is believed', 'agentless attribution'), ('clearly', 'certainty'), ('about', 'approximator')]
    >>> find_hedges("They met in May 2024 to talk about the plan.")
    []
    """
    check_text(text)
    derived = _from_attributions(text)
    lexical = _scan(text, skip_sources=True)  # who is a source is the attribution finder's call
    # Longest span first; at equal length the attribution finder wins.
    candidates = sorted(derived + lexical, key=lambda h: (-(h.end - h.start), h.start))
    kept: list[Hedge] = []  # sorted by start, never overlapping
    starts: list[int] = []
    for h in candidates:
        i = bisect.bisect_right(starts, h.start)
        if (i and kept[i - 1].end > h.start) or (i < len(kept) and kept[i].start < h.end):
            continue
        kept.insert(i, h)
        starts.insert(i, h.start)
    return kept


def count_hedges(text: str) -> dict[str, int]:
    """How many hedges and boosters ``text`` has, by kind.

    >>> count_hedges("It might rain. It will certainly rain.")
    {'hedge': 1, 'booster': 1}
    """
    counts = {kind: 0 for kind in KINDS}
    for h in find_hedges(text):
        counts[h.kind] += 1
    return counts
