"""The words of names: tokens, the word lists a name is judged by, and how two spellings are compared.

``names`` builds on these to find people and groups; ``subjects`` uses the
same word lists to judge a cue's subject.

>>> [t.word for t in tokens("Mayor Jane O’Neill met U.S. officials.")][:4]
['Mayor', 'Jane', 'O’Neill', 'met']
>>> fold_name("Kovalenkoo") == fold_name("Kovalenko")
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .lexicons import load_lexicon, reporting_verb_forms, word_list
from .wordlists import TITLE_ABBREVIATIONS


# A word: letters, then letters, digits, hyphens or apostrophes (O’Connor,
# Brooks-Hart, Smith‘s), ending in a letter or digit; or dotted initials (U.S.).
TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:[\w’'‘-]*[^\W_])?")
APOSTROPHES = "’'‘"


def lexicon_forms(name: str, kinds: tuple[str, ...]) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for row in load_lexicon(name):
        if row.get("kind") in kinds:
            forms = row["forms"].lower().split("|")
            for i, form in enumerate(forms):
                out[form] = dict(row, plural="1" if i > 0 else "")
    return out


@lru_cache(maxsize=1)
def vocabulary() -> tuple[dict, dict, frozenset, frozenset]:
    """(role and title forms, place words, plural group nouns, reporting-verb forms)."""
    roles = lexicon_forms("roles.csv", ("role", "title"))
    places = lexicon_forms("roles.csv", ("place",))
    nouns = lexicon_forms("source_nouns.csv", ("unnamed",))
    plural = {f for f, r in roles.items() if r["plural"] and r["kind"] == "role"}
    plural |= {f for f, r in nouns.items() if r["plural"] or f in word_list("plural group noun")}
    verbs = reporting_verb_forms(kind=None)
    return roles, places, frozenset(plural), verbs


@lru_cache(maxsize=1)
def seats() -> frozenset:
    """Capitals and buildings that stand for a government ("Washington", "the Kremlin")."""
    return frozenset(lexicon_forms("roles.csv", ("seat",)))


@lru_cache(maxsize=1)
def epithet_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """("the 19-year-old", "the midfielder"), and the same after "a"/"an" (someone new, unnamed)."""
    words = "|".join(sorted((re.escape(f) for f in lexicon_forms("roles.csv", ("epithet",))), key=len, reverse=True))
    age = r"\d{1,3}-year-old"
    the = re.compile(rf"\b[Tt]he\s+({age}(?:\s+(?:{words}))?|(?:{words}))\b(?![’'‘]s)")
    a = re.compile(rf"\b[Aa]n?\s+(?:[a-z]+\s+)?({age}|{words})\b")
    return the, a


@lru_cache(maxsize=1)
def org_nouns() -> frozenset:
    """Nouns for organisations ("operator", "charity"): before a name or as its apposition, they make it one."""
    return frozenset(lexicon_forms("source_nouns.csv", ("institution",)))


def fold_name(word: str) -> str:
    """Compare names loosely: case, apostrophe style and a doubled final vowel or y.

    Transliterated names end in a doubled vowel in one outlet and a single one
    in another (Shevchenkoo, Shevchenko; Petrenkoo, Petrenko). A doubled final
    consonant is part of the name: Hall, Mann and Ross are not Hal, Man, Ros.

    >>> [fold_name(w) for w in ("Dmytryy", "Hall", "Mann", "Ross", "O’Neill")]
    ['dmytry', 'hall', 'mann', 'ross', "o'neill"]
    """
    w = word.lower().replace("’", "'").replace("‘", "'")
    if len(w) > 3 and w[-1] == w[-2] and w[-1] in "aeiouy":
        w = w[:-1]
    return w


class Token(NamedTuple):  # a tuple: cheap to make, and ignored by the garbage collector
    start: int
    end: int  # end of the word, without "’s"
    full_end: int  # end including "’s" or an abbreviation's full stop
    word: str  # the word without "’s"
    cap: bool
    possessive: bool


def tokens(text: str) -> list[Token]:
    toks = []
    make = tuple.__new__  # a NamedTuple's own constructor is one more Python call per word
    for m in TOKEN_RE.finditer(text):
        word, s, e = m.group(), m.start(), m.end()
        full, poss = e, False
        last = word[-1]
        if len(word) > 2 and last == "s" and word[-2] in APOSTROPHES:
            word, e, poss = word[:-2], e - 2, True
        elif (last == "s" or last == "S") and text[e:e + 1] in APOSTROPHES and not text[e + 1:e + 2].isalpha():
            poss, full = True, e + 1  # plural possessive: "leaders’"
        if text[full:full + 1] == "." and (len(word) == 1 and word.isupper() or word.lower() in TITLE_ABBREVIATIONS):
            full += 1
        first_up = word[0].isupper()
        shout = first_up and len(word) > 1 and word.isupper() and "." not in word
        toks.append(make(Token, (s, e, full, word, first_up and not shout, poss)))
    return toks
