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
from bisect import bisect_left
from collections import deque
from functools import lru_cache
from itertools import accumulate, chain, compress, repeat
from operator import add, itemgetter, not_
from typing import NamedTuple

from .lexicons import load_lexicon, reporting_verb_forms, word_list
from .text import char_positions, numbers_up_to
from .wordlists import TITLE_ABBREVIATIONS


# A word: letters, then letters, digits, hyphens or apostrophes (O’Connor,
# Brooks-Hart, Smith‘s), ending in a letter or digit; or dotted initials (U.S.).
# Written to start with one letter class (the initials' capital is a letter too), so
# the regex engine can skip quickly to where a word may start. The rest of a word is letters and digits, then
# any joins (hyphens, apostrophes, "_") each followed by more letters or digits: what "[\w’'‘-]*[^\W_]" takes,
# read without stepping back from each word's end (the possessive "*+" never gives back).
# (The initials' branch reads the full stop first and looks back at the capital after it: nearly every word
# fails at once on its second character, with no look-back tried.)
# The letters and digits after the first are read as ASCII ones first ("[a-zA-Z0-9]*+", one look in a table of
# 128 bits a character), then as any others ("[^\W_]*+", a Unicode look-up a character): the same run of
# letters and digits as "[^\W_]*+" alone (each repeat takes all it can and gives nothing back), but most
# characters of English news are ASCII and skip the dearer look-up.
# The classes "[^\W\d_]" (a letter) and "[^\W_]" (a letter or digit) also name the ASCII characters that are no
# letter (_NOT_ASCII_LETTER) or no letter or digit (_NOT_ASCII_ALNUM), which "\W" and "\d" hold already: the
# same classes, but the regex engine then turns away a space, a comma or a digit by one look in a table of
# 256 bits, before the Unicode look-ups "\W" and "\d" make (up to four a character). It asks so at every
# character between words, and once after every word (speed33).
_NOT_ASCII_LETTER = r"\x00-\x40\x5b-\x60\x7b-\x7f"
_NOT_ASCII_ALNUM = r"\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f"
_LETTER = rf"[^\W\d_{_NOT_ASCII_LETTER}]"
_LETTER_OR_DIGIT = rf"[^\W_{_NOT_ASCII_ALNUM}]"
TOKEN_RE = re.compile(rf"{_LETTER}(?:\.(?<=[A-Z]\.)(?:[A-Z]\.)+|[a-zA-Z0-9]*+{_LETTER_OR_DIGIT}*+(?:[_’'‘-]+{_LETTER_OR_DIGIT}+)*+)")
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
    roles = lexicon_forms("roles.csv", ("role", "title", "rank"))
    places = lexicon_forms("roles.csv", ("place",))
    nouns = lexicon_forms("source_nouns.csv", ("unnamed",))
    plural = {f for f, r in roles.items() if r["plural"] and r["kind"] == "role"}
    plural |= {f for f, r in nouns.items() if r["plural"] or f in word_list("plural group noun")}
    verbs = reporting_verb_forms(kind=None)
    return roles, places, frozenset(plural), verbs


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """Words for a job or office (roles.csv, kind role), one set for every reader that asks.

    >>> "minister" in role_words(), "mr" in role_words()
    (True, False)
    """
    return frozenset(f for f, r in vocabulary()[0].items() if r["kind"] == "role")


@lru_cache(maxsize=1)
def seats() -> frozenset:
    """Capitals and buildings that stand for a government ("Washington", "the Kremlin")."""
    return frozenset(lexicon_forms("roles.csv", ("seat",)))


@lru_cache(maxsize=1)
def countries() -> frozenset:
    """Countries ("France", "Hong Kong"): a government when one speaks ("France said"), else a place."""
    return frozenset(lexicon_forms("roles.csv", ("country",)))


@lru_cache(maxsize=1)
def seat_or_country_openers() -> frozenset:
    """The first words of the seats and countries ("hong" of "Hong Kong"): a name whose first word is none of
    these is neither, told by one look-up (most names are people's)."""
    return frozenset(name.split()[0] for name in seats() | countries())


@lru_cache(maxsize=1)
def epithet_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """("the 19-year-old", "the midfielder"), and the same after "a"/"an" (someone new, unnamed)."""
    words = "|".join(sorted((re.escape(f) for f in lexicon_forms("roles.csv", ("epithet",))), key=len, reverse=True))
    age = r"\d{1,3}-year-old"
    # "he(?<=[Tt]he)(?<!\w[Tt]he)" is "\b[Tt]he" written to start with the letters "he", which the regex
    # engine finds far more quickly than it stops at every "t" (the look-backs check the "T" and the word
    # boundary before it): a match starts one character into "the". "[Aa](?<!\w[Aa])" is "\b[Aa]" written
    # to start with a character class.
    the = re.compile(rf"he(?<=[Tt]he)(?<!\w[Tt]he)\s+({age}(?:\s+(?:{words}))?|(?:{words}))\b(?![’'‘]s)")
    a = re.compile(rf"[Aa](?<!\w[Aa])n?\s+(?:[a-z]+\s+)?({age}|{words})\b")
    return the, a


@lru_cache(maxsize=1)
def epithet_hints() -> tuple[str, ...]:
    """Strings one of which every match of ``epithet_patterns`` holds: a quick test in C before the patterns
    scan a text (they stop at every "the" and "a")."""
    return ("-year-old",) + tuple(lexicon_forms("roles.csv", ("epithet",)))


@lru_cache(maxsize=1)
def org_nouns() -> frozenset:
    """Nouns for organisations ("operator", "charity"): before a name or as its apposition, they make it one."""
    return frozenset(lexicon_forms("source_nouns.csv", ("institution",)))


# (Remembered: the same names come back many times in a text and across texts, and a look-up in the cache
# costs a fraction of a call of this function from C, as ``map(fold_name, words)`` makes.)
@lru_cache(maxsize=4096)
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


def one_letter_apart(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with one letter added, dropped or changed.

    News copy misspells a name now and then ("Salamulah" in one paragraph,
    "Salamumlah" in the next); ``names`` reads such a slip as the same person.

    >>> one_letter_apart("okonkwo", "okonkow"), one_letter_apart("okonkwo", "okonkwoo"), one_letter_apart("hall", "hall")
    (False, True, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    # past the first difference: one letter of b more (added), or one letter each (changed)
    return a[i:] == b[i + 1:] if len(a) < len(b) else a[i + 1:] == b[i + 1:]


def two_letters_apart(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with at most two letters added, dropped or changed (and they differ).

    A long name misspelt twice in one slip ("Bauchtman" for "Buchtmann": a letter in, a letter out).

    >>> two_letters_apart("buchtmann", "bauchtman"), two_letters_apart("buchtmann", "baumann"), two_letters_apart("ab", "ab")
    (True, False, False)
    """
    if a == b or abs(len(a) - len(b)) > 2:
        return False
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
        if min(row) > 2:
            return False
    return row[-1] <= 2


class Token(NamedTuple):  # one word of ``tokens``; the finders read the columns of ``token_table`` instead
    start: int
    end: int  # end of the word, without "’s"
    full_end: int  # end including "’s" or an abbreviation's full stop
    word: str  # the word without "’s"
    cap: bool
    possessive: bool


# The same words as TOKEN_RE, kept with the text between them: ``split`` hands back
# [gap, word, gap, word, ..., gap] in one call, so most words need no Python code of their own.
_TOKEN_SPLIT_RE = re.compile(f"({TOKEN_RE.pattern})")
# Runs of words one space apart ("the mayor said on Monday"), one match each: the regex engine is called once
# a run, not once a word (a call costs more than the characters it reads: about 2.7K instructions a word on
# news text, against half that a word read in runs). Tokens never hold a space, and a word read inside a run is
# the word a fresh search from that place would find (TOKEN_RE looks back only inside its own match, and the
# run's repeat gives nothing back), so the runs cut at their spaces are the words of _TOKEN_SPLIT_RE.
_TOKEN_RUN_SPLIT_RE = re.compile(f"((?:{TOKEN_RE.pattern})(?: (?:{TOKEN_RE.pattern}))*+)")


def _words_and_bounds(text: str) -> tuple[list[str], list[int]]:
    """The words of ``_TOKEN_SPLIT_RE.split(text)`` ([gap, word, gap, word, ..., gap]), and where each of those
    pieces ends in ``text``, read a run of words at a time; the gaps themselves are never made.

    Each run cut at its spaces (in C) gives its words, in order. The pieces' lengths are the words' and, for the
    gaps, one space inside a run, else the gap the run split kept (set at the place of each run's first word:
    that word's number is the number of words in the runs before it).
    (Made so, a lesson pass reads 3 M instructions less than when the gaps were cut out as strings too: session
    29, sp57; and 2 M less than when the runs were joined into one copy of the text to be cut, which also
    counted each run's spaces in a scan of its own: session 30, sp60. Most of what is left is the regex, the
    word strings and the bounds' numbers, which are read.)

    >>> _words_and_bounds("Dr. Doe’s 2 plans")
    (['Dr', 'Doe’s', 'plans'], [0, 2, 4, 9, 12, 17, 17])
    """
    pieces = _TOKEN_RUN_SPLIT_RE.split(text)  # [gap, run, gap, run, ..., gap]
    runs = pieces[1::2]
    if not runs:
        return [], [len(text)]
    by_run = list(map(str.split, runs, repeat(" ")))  # (tokens hold no space; a run's words are one space apart)
    words = list(chain.from_iterable(by_run))
    lengths = [1] * (2 * len(words) + 1)
    lengths[1::2] = map(len, words)
    before = list(accumulate(map(len, by_run), initial=0))  # the words in the runs before each
    firsts = map(add, before, before)  # the place in ``lengths`` of each run's gap before it
    deque(map(lengths.__setitem__, firsts, map(len, pieces[0::2])), maxlen=0)  # (in C; the last: the gap at the end)
    return words, list(accumulate(lengths))


# A word needs a closer look (possessive, a title's full stop) only when one of these follows it, or when it
# ends in an apostrophe and "s". Few characters of a text are these: found with str.find (quicker than a
# regex scan for a set of characters), each is matched to the word it ends by bisection (no test for every word).
# A full stop changes only a title's or an initial's ending ("Dr.", "J."): only such words are looked at again.


def tokens(text: str) -> list[Token]:
    """The words of ``text``: "’s" taken off (possessive), "Dr." and "J." with their full stop in ``full_end``.

    >>> [(t.word, t.possessive, t.cap) for t in tokens("Dr. Doe’s NATO plan")]
    [('Dr', False, True), ('Doe', True, True), ('NATO', False, False), ('plan', False, False)]
    """
    table = token_table(text)
    return list(map(tuple.__new__, repeat(Token), zip(*table)))


class TokenTable(NamedTuple):
    """The fields of ``tokens(text)``, each a list of its own, one item per word: ``starts[k]`` is
    ``tokens(text)[k].start``. The finders read these lists and make no ``Token``: a list of numbers or
    strings is one object to the garbage collector, where a tuple per word is one more object for each
    of its walks. The lists are shared: read them, never change them."""
    starts: list[int]
    ends: list[int]
    full_ends: list[int]
    words: list[str]
    caps: list[bool]
    possessive: list[bool]


def token_table(text: str) -> TokenTable:
    """The tokens of ``text`` as lists, one for each field of ``Token``.

    >>> token_table("Dr. Doe’s plan").words
    ['Dr', 'Doe', 'plan']
    """
    return token_table_with_capitals(text)[0]


@lru_cache(maxsize=4)
def token_words(text: str) -> tuple[list[str], list[int]]:
    """The words of ``text`` as ``TOKEN_RE`` finds them (before any "’s" comes off), and where each piece of
    [gap, word, gap, word, ..., gap] ends in ``text``: word k spans ``bounds[2k]`` to ``bounds[2k + 1]``. Read,
    never changed (copy a list to change it).

    Kept for the last few texts: the token table and the text index (``index.text_index``, whose words it gives
    for most of a text) both read one split of the text, not a scan each.

    >>> token_words("Dr. Doe’s 2 plans")
    (['Dr', 'Doe’s', 'plans'], [0, 2, 4, 9, 12, 17, 17])
    """
    return _words_and_bounds(text)


def token_table_with_capitals(text: str) -> tuple[TokenTable, list[int]]:
    """``token_table(text)``, and the places of its words written in capitals ("NATO", "U.S.", "I"), in order:
    the capital test reads them, and ``names`` reads them for acronyms (one look at every word, for both).

    >>> token_table_with_capitals("The NATO plan, I said")[1]
    [1, 3]
    """
    return token_table_and_cases(text)[:2]


def token_table_and_cases(text: str) -> tuple[TokenTable, list[int], list[bool], list[int]]:
    """``token_table_with_capitals(text)``, then whether each word is written in lower case (``str.islower``) and
    the places of the words that are not, in order (``names`` reads both: the table's own tests made them).

    >>> table, in_capitals, in_lower_case, not_lower = token_table_and_cases("The NATO plan, I said")
    >>> in_lower_case, not_lower
    ([False, False, True, False, True], [0, 1, 3])
    """
    words, bounds = token_words(text)
    words = words[:]  # (changed below: the cached list is the text index's too)
    starts, ends = bounds[0:-1:2], bounds[1::2]
    full_ends, possessive = ends[:], [False] * len(words)
    closer = _words_to_look_at(text, starts, ends, words)
    if words and bounds[-2] == bounds[-1]:  # (no gap after the last word)
        closer.add(len(words) - 1)  # the text's last word: a final "s" there reads as "leaders’"
    for i in closer:
        ends[i], full_ends[i], words[i], possessive[i] = _word_ending(text, ends[i], words[i])
    # A word in lower case (most words) is neither in capitals nor capitalised: ``islower()`` holds only when no
    # character is upper or title case, and ``isupper()`` only when none is lower case. So one look at every word
    # finds them, and only the others (about a quarter) are read for capitals. (Session 35, sp72n.)
    in_lower_case = list(map(str.islower, words))
    not_lower = list(compress(numbers_up_to(len(words)), map(not_, in_lower_case)))
    in_capitals = list(compress(not_lower, map(str.isupper, map(words.__getitem__, not_lower))))  # (in C)
    caps = _capitalised(words, not_lower, in_capitals)
    if "l-" in text:  # (the quick test: most texts have no such name, and pay one search for it)
        for m in _ARTICLE_NAME_RE.finditer(text):
            at = m.start() - 1  # the article's first letter, just before the match
            i = bisect_left(starts, at)
            if i < len(starts) and starts[i] == at:
                caps[i] = True
    return TokenTable(starts, ends, full_ends, words, caps, possessive), in_capitals, in_lower_case, not_lower


# A name whose first word starts with the Arabic article in lower case ("Bashar al-Assad", "Abdel Fattah el-Sisi",
# "al-Qaida"): the word is a capitalised name word, so "Bashar al-Assad said" has a speaker. Must not: take a
# lower-case word with no capital after the hyphen ("al-fresco"), nor a longer word ending in "al" ("rival-Acme").
# (The match opens with the literal "l-", which the regex engine finds at once, and looks back at the article's
# first letter and what stands before it: a pattern that opens with a look-back is tried at every character,
# some 12 M instructions a lesson pass for the few texts that hold "l-" at all, against under 1 M this way.)
_ARTICLE_NAME_RE = re.compile(r"l-(?=[A-Z])(?<=(?<![\w-])[ae]l-)")


# The full stops right after a one-letter word ("J.") or a title's abbreviation ("Dr.", "Sgt."), the only ones that
# change a word's ending (``_words_to_look_at``): a full stop (a literal, which the regex engine finds at once),
# then a look back at the letters before it, with no letter before those (a word starts there). Must catch every
# such word; may catch more (``_words_to_look_at`` then asks whether a word ends at the full stop and what it is):
# so the titles are matched in any case, as ``str.lower`` reads them. Most full stops, after a longer word, are
# turned away in C, where a Python step for each cost some 5 M instructions a lesson pass (session 34, sp70).
# (A look-back must have a fixed width: one for each length of the titles' abbreviations, up to four letters.)
_INITIAL_OR_TITLE_STOP_RE = re.compile(r"\.(?:" + "|".join(
    rf"(?<=(?<![^\W\d_])(?i:{'|'.join(sorted(a for a in TITLE_ABBREVIATIONS if len(a) == size))})\.)"
    for size in sorted({len(a) for a in TITLE_ABBREVIATIONS})) + r"|(?<=(?<![^\W\d_])[^\W\d_]\.))")
_match_start = re.Match.start


def _words_to_look_at(text: str, starts: list[int], ends: list[int], words: list[str]) -> set[int]:
    """The words that an apostrophe follows or that end in an apostrophe and "s", and the one-letter words
    and titles' abbreviations that a full stop follows (a full stop after any other word changes nothing:
    a word that also ends in "’s" is found by its apostrophe)."""
    closer, n = set(), len(ends)
    for at in char_positions(text, APOSTROPHES):  # one look at each mark finds both
        i = bisect_left(ends, at)
        if i < n and ends[i] == at:
            closer.add(i)  # the mark follows word i
        if text[at + 1:at + 2] == "s":
            i = bisect_left(ends, at + 2, i)
            if i < n and ends[i] == at + 2 and starts[i] <= at:
                closer.add(i)  # word i ends in the apostrophe and "s"
    for at in map(_match_start, _INITIAL_OR_TITLE_STOP_RE.finditer(text)):  # (in C: most full stops are no such)
        i = bisect_left(ends, at)
        if i < n and ends[i] == at and (len(words[i]) == 1 or words[i].lower() in TITLE_ABBREVIATIONS):
            closer.add(i)
    return closer


def _capitalised(words: list[str], not_lower: list[int], in_capitals: list[int]) -> list[bool]:
    """Capitalised, but not a word in capitals ("NATO"); initials ("U.S.") and one capital letter count.
    (``not_lower``: the places of the words not in lower case, the only ones whose first letter may be a capital.
    ``in_capitals``: the places of the words in capitals. Of those, a word whose first letter is no capital is
    not capitalised either way.)"""
    caps = [False] * len(words)
    first_letters = map(itemgetter(0), map(words.__getitem__, not_lower))
    deque(map(caps.__setitem__, not_lower, map(str.isupper, first_letters)), maxlen=0)  # (in C)
    for i in in_capitals:  # (far fewer than the capitalised words: only they are read again)
        if len(words[i]) > 1 and "." not in words[i]:
            caps[i] = False
    return caps


def _word_ending(text: str, end: int, word: str) -> tuple[int, int, str, bool]:
    """(end, full_end, word, possessive) of the word ending at ``end``: "’s" off, a title's full stop kept."""
    full, poss = end, False
    last = word[-1]
    if len(word) > 2 and last == "s" and word[-2] in APOSTROPHES:
        word, end, poss = word[:-2], end - 2, True
    elif (last == "s" or last == "S") and text[end:end + 1] in APOSTROPHES and not text[end + 1:end + 2].isalpha():
        poss, full = True, end + 1  # plural possessive: "leaders’" (also a final "s" at the very end of the text)
    if text[full:full + 1] == "." and (len(word) == 1 and word.isupper() or word.lower() in TITLE_ABBREVIATIONS):
        full += 1
    return end, full, word, poss


# "Médecins Sans Frontières (MSF)": an abbreviation in brackets, and the capitalised words before it,
# with small joining words inside ("Doctors of the World", "Banque de la Ville").
_ABBREVIATION_RE = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
# "the Strategic Advisory Group of Experts on Immunization or SAGE": an abbreviation after "or". Only when
# its letters are the name's initials in order ("Group of Experts or GE"), so "Doe or NATO" is two names.
# (The white space before "or" is checked by a look-back after it: a pattern that opens with the letters
# "or" lets the regex engine skip to them at once, where a look-back first is tried at every character.)
_OR_ABBREVIATION_RE = re.compile(r"or(?<=\sor)\s+([A-Z]{2,9})\b")
_NAME_WORD = r"[A-Z][\w\u2019'&.-]*"
# (The words of one name never run across a line break: a headline's last word is no part of the name that opens
# the next paragraph, "... Warns\n\nThe World Food Programme (WFP)".)
_SPELLED_OUT_RE = re.compile(
    rf"(?:^|(?<=\s))({_NAME_WORD}(?:[^\S\n]+(?:(?:of|for|and|the|on|de|du|des|la|le)[^\S\n]+)*{_NAME_WORD})*)\s+$")


@lru_cache(maxsize=16)
def spelled_out_names(text: str) -> dict[str, str]:
    """Each abbreviation ``text`` spells out as "Full Name (ABBR)" -> that full name (the first spelling).

    Both the source list and the attribution reader use it, so "MSF said" and "Médecins Sans
    Frontières (MSF)" are one source.

    >>> spelled_out_names("Doctors of the World (DOTW) said it would help. DOTW sent two nurses.")
    {'DOTW': 'Doctors of the World'}
    """
    found: dict[str, str] = {}
    for m in _ABBREVIATION_RE.finditer(text):
        name = _SPELLED_OUT_RE.search(text, max(0, m.start() - 100), m.start())
        if name and not name.group(1).isupper():  # (not a wire dateline's place: "WASHINGTON (AP)")
            # "The World Health Organization (WHO)": the name without the sentence's opening "The"
            found.setdefault(m.group(1), _with_listed_words(text, name.start(1), name.group(1),
                                                            m.group(1)).removeprefix("The "))
    for m in _OR_ABBREVIATION_RE.finditer(text):
        name = _SPELLED_OUT_RE.search(text, max(0, m.start() - 100), m.start())
        full = name.group(1).removeprefix("The ") if name else ""
        if len(full.split()) >= 2 and _initials_spell(full, m.group(1)):
            found.setdefault(m.group(1), full)
    return found


# The capitalised words before a comma that opens a name's last words: "Centre for Environment" in "Centre for
# Environment, Fisheries and Aquaculture Science (Cefas)" (``_with_listed_words``).
_NAME_BEFORE_COMMA_RE = re.compile(
    rf"(?:^|(?<=\s))({_NAME_WORD}(?:[^\S\n]+(?:(?:of|for|the|on)[^\S\n]+)*{_NAME_WORD})*),[^\S\n]+$")


def _with_listed_words(text: str, start: int, name: str, abbreviation: str) -> str:
    """``name`` with the words before it when a comma lists the name's fields and only the longer name spells the
    initials: "Centre for Environment, Fisheries and Aquaculture Science (Cefas)" (the words after the comma alone,
    "Fisheries and Aquaculture Science", do not open with a C; session 30, cs60). Must not: join a name to a list
    of other names ("Oxfam, Save the Children (STC)": the short name spells its initials, so it stays), nor to a
    name before a comma when the short one has no "and" ("Acme, Fisheries Board (FB)")."""
    if " and " not in name or _initials_spell(name, abbreviation.upper()):
        return name
    before = _NAME_BEFORE_COMMA_RE.search(text, max(0, start - 80), start)
    if before is None:
        return name
    longer = f"{before.group(1)}, {name}"
    return longer if _initials_spell(longer.removeprefix("The "), abbreviation.upper()) else name


def _initials_spell(name: str, abbreviation: str) -> bool:
    """Do the initials of ``name``'s words hold ``abbreviation``'s letters in order, from the first?
    ("Strategic Advisory Group of Experts on Immunization", "SAGE": yes.)"""
    initials = iter(w[0].upper() for w in name.split())
    return name[0].upper() == abbreviation[0] and all(letter in initials for letter in abbreviation)


def spelled_out_from(text: str, name: str) -> str | None:
    """The name ``text`` spells out as initials that opens with ``name`` and a comma, or None: the names reader cuts
    "Centre for Environment, Fisheries and Aquaculture Science (Cefas)" at its comma, and the issuer of "this
    research" is then "Centre for Environment", no name the text gives (session 30, cs60). Must not: lengthen a name
    the text never spells out with initials ("Acme, Fisheries Board" with no brackets after it).

    >>> spelled_out_from("Work by the Office for Tides, Reefs and Coasts (Otrc) ended.", "Office for Tides")
    'Office for Tides, Reefs and Coasts'
    """
    return next((full for full in spelled_out_names(text).values() if full.startswith(name + ", ")), None)


def initials_spelled_out(text: str, word: str) -> str | None:
    """``spelled_out_name`` for a ``word`` written as initials: all capitals ("MSF"), two capitals or more among
    small letters ("PwC", "DfE"), or a word each of whose letters is an initial of the name, in order ("Cefas" for
    "Centre for Environment, Fisheries and Aquaculture Science"; session 30, cs60: the attribution reader renamed
    only all-capital initials). Must not: rename a short name that is a word of its own ("Caltrans" for "California
    Department of Transportation": one capital, and "a" is no initial there; PolNeAR train's gold keeps it).

    >>> initials_spelled_out("The audit by BrightwaterCoopers LLP (BwC) ended.", "BwC")
    'BrightwaterCoopers LLP'
    >>> initials_spelled_out("The Harbour Road Transit Authority (Hartrans) said so.", "Hartrans") is None
    True
    """
    if sum(c.isupper() for c in word) < 2:
        full = spelled_out_names(text).get(word)
        if full is None or not word[:1].isupper() or not _initials_spell(full, word.upper()):
            return None
    return spelled_out_name(text, word)


def spelled_out_name(text: str, initials: str) -> str | None:
    """The name ``text`` spells out for ``initials`` ("Full Name (ABBR)", ``spelled_out_names``), as a source is named.

    The one rule for writing initials as their name, which the attribution reader and the source list share (session
    29, src57): the spelled-out words from the first whose initial is the initials' first letter, with no possessive
    ("Staff of the Northern Flood Agency’s (NFA)" gives "Northern Flood Agency" for "NFA": the capitalised words
    before the brackets may open with a sentence's first word or be an owner). None when the text does not spell the
    initials out, or when the name's words' initials do not hold their capital letters in order: "Alliance to Reclaim Our
    Schools (AROS)" is read as "Reclaim Our Schools", which is no name for AROS.

    >>> spelled_out_name("Staff of the Northern Flood Agency’s (NFA) office said so. NFA said more.", "NFA")
    'Northern Flood Agency'
    >>> spelled_out_name("Reclaim Our Schools (AROS) said so.", "AROS") is None
    True
    >>> spelled_out_name("Work by BrightwaterCoopers LLP (BwC) ended. BwC said so.", "BwC")
    'BrightwaterCoopers LLP'
    """
    full = spelled_out_names(text).get(initials)
    if full is None:
        return None
    words = full.split()
    start = next((i for i, w in enumerate(words) if w[:1].upper() == initials[:1]), None)
    if start is None:
        return None
    # (A hyphenated word gives each part's initial: "World Anti-Doping Agency" for "WADA"; so does a word with a
    # capital inside: "BrightwaterCoopers" for the "B" and "C" of "BwC".)
    letters = iter(w[0].upper() for w in re.split(r"[\s-]+|(?<=[a-z])(?=[A-Z])", " ".join(words[start:])) if w)
    # (Only the capital letters: "DfE" for "Department for Education", "Caltrans" for "California Department of ...")
    if not all(letter in letters for letter in initials if letter.isupper()):
        return None
    return re.sub(r"(?:'|\u2019)s$", "", " ".join(words[start:]))
