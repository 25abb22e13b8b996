"""The source inventory: everyone and everything an article relies on.

A reader checking a story first lists its sources: the people it names (with
the role the text gives them), the groups it speaks for ("European leaders"),
the unnamed sources ("officials", "reports"), the claims with no source at all
("It is noted that ..."), and the photo credits (who took each picture, which
agency sent it). ``find_sources`` builds that list from the other finders;
``read_credit`` reads one photo credit hop by hop.

>>> art = load_article("Bridge Reopens\\n\\nMayor Ana Lopez said the bridge would reopen. Officials said it was safe.")
>>> [(s.name, s.kind) for s in find_sources(art)]
[('Ana Lopez', 'named person'), ('Officials', 'unnamed')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate, repeat
from typing import Iterator

from .text import InputTypeError, check_text, lowered_in_place, substring_places
from .article import Article, load_article  # noqa: F401  (load_article: for the example)
from .attribution import find_attributions
from .interviews import interview_turns
from .lexicons import evidence_nouns, load_lexicon, reporting_verb_forms, word_list
from .name_words import countries, spelled_out_name, spelled_out_names
from .names import find_people
from .quotes import find_quotes
from .webpage import domain_of
from .wordlists import MONTHS, PERSONAL_PRONOUNS, WEEKDAY_WORDS

SOURCE_KINDS = ("named person", "named group", "unnamed", "agentless", "photo agency", "photographer", "link")




@dataclass(frozen=True, init=False)
class Source:
    """One source. ``mentions`` are (start, end) spans in ``Article.text``; ``quoted``: a direct quote is theirs.

    A web page's links are sources of the kind "link", one per site: ``name``
    and ``domain`` are the site, ``mentions`` the spans of the links' anchor text.
    """

    name: str
    kind: str
    role: str | None
    mentions: tuple[tuple[int, int], ...]
    quoted: bool
    attributions: int = 0
    domain: str | None = None  # for a link: the site it leads to ("council.example")

    def __init__(self, name: str, kind: str, role: str | None, mentions: tuple[tuple[int, int], ...], quoted: bool,
                 attributions: int = 0, domain: str | None = None) -> None:
        # One dict update, not frozen dataclass's object.__setattr__ a field: ~1 % of a lesson (bench/SPEED-sp71.md).
        vars(self).update(name=name, kind=kind, role=role, mentions=mentions, quoted=quoted, attributions=attributions,
                          domain=domain)


@dataclass(frozen=True)
class CreditPart:
    """One hop of a photo credit: the words, what they are, and what that means for a reader."""

    text: str
    role: str
    meaning: str


def _terms() -> dict[str, dict[str, str]]:
    return {r["term"].lower(): r for r in load_lexicon("credit_terms.csv")}


def _name_case(words: str) -> str:
    """'ANA VELASCO' -> 'Ana Velasco'; mixed-case names are kept as written."""
    return words.title() if words.isupper() and len(words.split()) > 1 else words


# Words that end the name of a newspaper, an agency or a picture library, not a person:
# "Millbrook Gazette", "Getty Images", "The Daily Echo".
_ORGANISATION_WORD = re.compile(
    r"\b(?:Images|Agency|Press|News|Photos?|Photography|Pictures|Studios?|Archives?|Library|Collection|Museum|"
    r"Times|Post|Journal|Herald|Guardian|Gazette|Chronicle|Telegraph|Tribune|Mirror|Echo|Express|Observer|"
    r"Courier|Standard|Independent|Daily|Weekly|Magazine|Media|Service|Wire)\b|^The\b", re.I)


def read_credit(credit: str) -> list[CreditPart]:
    """Read a photo credit hop by hop: photographer, agency, pool, restrictions, channel ("via").

    >>> [(p.text, p.role) for p in read_credit("JANE DOE/AFP / POOL GETTY OUT via Reuters")]
    [('Jane Doe', 'photographer'), ('AFP', 'agency'), ('POOL', 'pool'), ('GETTY OUT', 'restriction'), ('Reuters', 'channel')]
    """
    terms = _terms()
    parts: list[CreditPart] = []
    rest = credit.strip().rstrip(".")
    channel = None
    m = re.search(r"\bvia\s+(.+)$", rest, re.I)
    if m:
        channel, rest = m.group(1).strip(), rest[: m.start()].strip(" ,/")
    rest = re.sub(r"^(?:photo(?:graph)?\s+by|photo\s*:|credit\s*:)\s*", "", rest, flags=re.I)
    pool = bool(re.search(r"\bPOOL\b", rest))
    rest = re.sub(r"\bPOOL\b", " ", rest)
    restrictions = [r.group().strip() for r in re.finditer(r"\b[A-Z][A-Z0-9&.-]+(?:\s+[A-Z][A-Z0-9&.-]+)?\s+OUT\b", rest)]
    for r in restrictions:
        rest = rest.replace(r, " ")
    rest = re.sub(r"\(?\b(?:AP|Reuters|AFP)\s+Photo\b", lambda x: x.group().split()[0].lstrip("("), rest)
    rest = re.sub(r"\s+for\s+(?=[A-Z])", "/", rest)  # "Jane Doe for The Daily News"
    for token in [t.strip(" ()") for t in re.split(r"[/,]", rest)]:
        if not token:
            continue
        known = terms.get(token.lower())
        if known and known["role"] == "agency":
            parts.append(CreditPart(token, "agency", known["meaning"]))
        elif len(token.split()) >= 2 and not _ORGANISATION_WORD.search(token):
            parts.append(CreditPart(_name_case(token), "photographer", "The person who took the photo."))
        else:
            parts.append(CreditPart(token, "agency", "An agency or organisation that supplied the photo."))
    if pool:
        parts.append(CreditPart("POOL", "pool", terms["pool"]["meaning"]))
    for r in restrictions:
        parts.append(CreditPart(r, "restriction", terms["out"]["meaning"].replace('"X OUT"', f'"{r}"')))
    if channel:
        known = terms.get(channel.lower())
        meaning = terms["via"]["meaning"] + (f" {known['meaning']}" if known else "")
        parts.append(CreditPart(channel, "channel", meaning))
    return parts


def _credit_sources(article: Article) -> list[Source]:
    found: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for block in article.blocks_of("caption"):
        if not block.credit:
            continue
        for part in read_credit(block.credit):
            if part.role not in ("photographer", "agency", "channel"):
                continue
            kind = "photographer" if part.role == "photographer" else "photo agency"
            # The span of the part in the credit, matched case-insensitively ("ANA VELASCO").
            m = re.search(re.escape(part.text), block.credit, re.I)
            span = (block.credit_start + m.start(), block.credit_start + m.end()) if m else (block.start, block.end)
            found.setdefault((part.text, kind), []).append(span)
    return [Source(name, kind, None, tuple(spans), False) for (name, kind), spans in found.items()]


# An organisation's own name: an inner capital ("WikiLeaks", "YouTube") or an acronym ("NATO", "NYT").
_ORGANISATION_NAME = re.compile(r"^(?:[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z]{2,}[a-z]?)$")
_SURNAME_PREFIX = re.compile(r"^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Al|El)[A-Z]")  # "McDonald", "DeSantis": people
# "<person> of / at / from <organisation> said": the organisation is where the person works, not the source.
_AFFILIATION = re.compile(r"(?:,\s*(?:an?|the)\s+[^,.;]{1,60}?)?\s+(?:of|at|from)\s+(?:the\s+)?$")


# A pronoun the attribution finder could not resolve ("He wrote", "They said", "We estimated", "Both said") names no
# one: a learner's list of sources shows no bare "He" (issue 10, srcbug48), nor a quotation's speaker "I". The one it
# stands for, when the text makes them a source, is listed by the attribution that names them; a guess at whom is the
# attribution finder's to make. Not a quantifier ("Some say", "Many believe"): an unnamed group, listed as such.
_BARE_PRONOUNS = PERSONAL_PRONOUNS | frozenset("this that these those both".split())  # (and the words that stand alone as one)


def _bare_pronoun(words: str) -> bool:
    """Whether ``words`` is a bare pronoun (above), not an acronym spelled like one ("US", "IT")."""
    return words.lower() in _BARE_PRONOUNS and (words == "I" or not words.isupper())


def _source_key(a, text: str, people: dict, openings: tuple[list[int], list[int]]) -> tuple[str, str] | None:
    """The (name, kind) an attribution is counted under, or None when it names no source.

    Two corrections to the attribution finder, both about organisations and
    the people who work there: "Professor Ana Lopez of Valley University said"
    is Ana Lopez speaking, and "WikiLeaks" or "NATO" is an organisation (a named
    group), not a person and not an unnamed source. So is a name the text
    abbreviates ("Médecins Sans Frontières (MSF) reported"), which is then one
    source with its later "MSF said".
    """
    if a.source_kind == "agentless":
        return (a.cue, "agentless")
    if not a.source or a.source_kind == "unnamed" and _bare_pronoun(a.source):
        return None
    if a.source_kind == "named group" and a.source_start is not None and a.source_start > 0:
        # (``_AFFILIATION`` holds no full stop nor semicolon: a mention before the last one is too far.)
        after = max(text.rfind(".", 0, a.source_start), text.rfind(";", 0, a.source_start))
        for name, person in people.items():
            if getattr(person, "kind", "person") != "person":
                continue
            for start, end in person.mentions:
                # (Matched in place, between ``end`` and the source: no copy of what may be most of the text.)
                if after < end <= a.source_start and _AFFILIATION.fullmatch(text, end, a.source_start):
                    return (name, "named person")
    # An interview's turn label gives a person's initials in brackets ("Ana Petrova (AP):"): they spell out
    # no organisation, so the person stays one.
    person = a.source_kind == "named person" and any(t.speaker == a.source for t in interview_turns(text))
    spelled = _spelled_out_key(a.source, text, openings) if not person else None
    if spelled:
        return spelled
    if a.source_kind in ("named person", "unnamed") and (_ORGANISATION_NAME.match(a.source) and not
                                                         _SURNAME_PREFIX.match(a.source)
                                                         or a.source in spelled_out_names(text).values() and not person):
        return (a.source, "named group")
    return (a.source, a.source_kind)


# A body named by the initials the text spells out elsewhere ("Médecins Sans Frontières (MSF) ... MSF said") is one
# source under its fullest name (GUIDELINES.md), not a second source "MSF"; so are "officials from MSF" (the body's full
# name after "from/of/at/for"). Session 28 (src55): an "MSF" and an "NPG" listed beside their full names (real,
# real-news-17), "representatives from NOAA" where the gold gives the spelled-out NOAA (real-news-19). Must not: rename
# initials the text never spells out ("UN officials"), a person's initials in an interview, or "Jane Roe of MSF".
_INITIALS_AFTER = re.compile(r"(.*\b(?:from|of|at|for)\s+)(?:the\s+)?([A-Z][A-Za-z]{1,9})")


def _spelled_out_key(source: str, text: str, openings: tuple[list[int], list[int]]) -> tuple[str, str] | None:
    """(full name, "named group") for initials the text spells out, or (the unnamed words with the full name, "unnamed")
    for "<people> from <initials>"; None otherwise (above). ``openings``: ``_spelling_openings(text)``."""
    last = source.rsplit(None, 1)[-1] if source else ""
    if not last[:1].isupper() or not _may_be_spelled_out(text, last, openings):
        return None  # (initials not spelled out in the text "Full Name (ABC)" or "Full Name or ABC": no look-up)
    spelled = spelled_out_names(text)
    bare = source.removeprefix("the ").removeprefix("The ")
    if bare in spelled:  # (the attribution reader's renaming, ``spelled_out_name``, for the readings it does not make)
        full = spelled_out_name(text, bare)
        return (full, "named group") if full else None
    m = _INITIALS_AFTER.fullmatch(source)
    people = m.group(1).split()[:-1] if m else ()
    if m is None or m.group(2) not in spelled or any(w[:1].isupper() for w in people[1:]) \
            or people[-1:] and people[-1].lower() not in _unnamed_nouns():
        return None  # (only an unnamed noun before it: "Jane Roe of MSF" is a person, kept by the other rules)
    full = spelled_out_name(text, m.group(2))
    return (f"{m.group(1)}the {full}", "unnamed") if full else None


def _spelling_openings(text: str) -> tuple[list[int], list[int]]:
    """Where the text after each "(" and after each " or " of ``text`` starts (overlapping ones too): the only places
    ``_may_be_spelled_out`` needs to look at. Found once a text (``find_sources``), not once an attribution."""
    def after_each(mark: str) -> list[int]:
        found, at = [], text.find(mark)
        while at >= 0:
            found.append(at + len(mark))
            at = text.find(mark, at + 1)
        return found

    return after_each("("), after_each(" or ")


def _may_be_spelled_out(text: str, last: str, openings: tuple[list[int], list[int]]) -> bool:
    """``f"({last})" in text or f" or {last}" in text``, tested only where a "(" or an " or " stands (``openings``,
    from ``_spelling_openings``): each ``in`` read the whole text, twice an attribution (session 29: 1,595 calls,
    12 M characters read on a pass over PolNeAR dev; -27 M instructions, -0.7 %). An occurrence of "(X)" starts at some
    "(", one of " or X" at some " or "."""
    parens, ors = openings
    return any(map(text.startswith, repeat(f"{last})"), parens)) or any(map(text.startswith, repeat(last), ors))


# --- sources that no reporting verb introduces ------------------------------
# Two shapes the attribution finder (which reads verbs) does not turn into sources:
# a noun of expression or evidence with its source after "by"/"from" ("calls from
# Environment Secretary Jane Roe", "research led by the Centre for Marine Science
# (CMS)", "according to data from Acme Analytics"), and "what <someone> described
# as" ("In what an officer described as ..."). They must not catch a place
# ("reports from Kyiv"), a date ("figures from March") or a possessive ("data from
# Britain's statistics office", whose source is the office, not Britain).
_NAME = r"[A-Z][\w\u2019'&.-]*"
# (No "on" between names: "a statement by Ana Lopez on June 11" must stop before the date.)
_NAME_RUN = rf"{_NAME}(?:(?: +|, +)(?:(?:of|for|and|the|de) +)*{_NAME})*(?: +\([A-Z][\w-]*\))?"  # one line
_ORGANISATION_HEADS = re.compile(
    r"\b(?:Office|Ministry|Department|Agency|Centre|Center|Institute|Institutes|University|Council|Commission|"
    r"Bank|Service|Survey|Authority|Association|Foundation|Board|Committee|Police|Company|Group|Inc|Ltd|"
    r"Corporation|Fund|Trust|Society|Organisation|Organization|Party|Court|Church|Union|College|Laboratory|"
    r"Network|Programme|Program|Administration|Bureau|Force|Forces|Army|Navy)\b")
# ("what(?<!\wwhat)" is "\bwhat" written to start with its letters, which the regex engine can skip to.)
_WHAT_CALLED = re.compile(
    r"what(?<!\wwhat)\s+((?:an?|one|some|several|many|two|three)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*|"
    rf"{_NAME}(?:\s+{_NAME}){{0,3}})\s+(?:described|describes|termed|terms|labelled|labeled|branded)"
    r"(?:\s+(?:it|them|this|that))?\s+as\b")
_NOT_NAMES = frozenset(MONTHS) | WEEKDAY_WORDS  # (the months and days: CALENDAR_WORDS less "easter", "christmas")


# "by"/"from" before a capital first (rare), then the noun before it (see source_phrases.csv).
# "a statement released by the Lopez campaign": the campaign, not the person, is the source.
# (The white space before "by"/"from" is checked by a look-back after its first letter: a pattern that opens
# with "b" or "f" lets the regex engine skip to those letters, where one opening with white space stops at
# every space. A match starts at the word, one character after that space.)
_BY_NAME = re.compile(rf"(b(?<=\sb)y|f(?<=\sf)rom)\s+(?:the\s+)?({_NAME_RUN}(?:\s+(?:campaign|administration|government|team|office))?)")
# Session 25 (src47): after "by"/"from", a few lower-case words (after "U.S."-style initials) that hold a group of
# people or a body ("complaints from businesses", "comments from some stakeholders", "allegations from U.S.
# intelligence agencies"), or a name after "then-" ("advice from then-Gov. Jane Roe"), which ``_BY_NAME`` misses.
_BY_GROUP = re.compile(r"(b(?<=\sb)y|f(?<=\sf)rom)\s+(?:(?P<group>(?:[A-Z]\.(?:[A-Z]\.)+\s+)?(?!the\s+[A-Z]|then-)[a-z][a-z-]*"
                       rf"(?:\s+[a-z][a-z-]*){{0,3}})|then-(?P<name>{_NAME_RUN}))")
# Session 25 (src47): a group of people named by a plural with an agent's ending (residents, voters, stakeholders,
# scientists, participants, civilians, businesses), a person by a long singular one ("a journalist", "a physician")
# or either by a source noun is the source after a noun of expression;
# words with those endings that name things or times are not ("data from sensors", "figures from recent years").
_GROUP_ENDS = ("ers", "ors", "ists", "ians", "ants", "ents", "men", "nesses")
_NOT_GROUPS = frozenset("years months weeks days hours numbers letters papers orders borders quarters centers centres "
                        "waters computers sensors monitors meters elements segments moments events comments "
                        "documents statements others checklist playlist shortlist wishlist".split())
_GROUP_STOPS = frozenset("of in on at to and or that which who by for with as from into about".split())
_WORD_RUN = re.compile(r"\S+")
# (Where ``_BY_NAME`` and ``_BY_GROUP`` may start: "by" or "from" with white space before and after, what the
# pattern "b(?<=\sb)y\s|f(?<=\sf)rom\s" finds. Found with str.find (``_spaced_word_places``): a regex scan for
# the two words tried the words' first letters at every "b" and "f" of the text.)


def _spaced_word_places(text: str, word: str) -> list[int]:
    r"""Where ``word`` stands with white space (``\s``) just before and just after it, in order: the starts of
    what ``re.compile(rf"(?<=\s){word}\s").finditer(text)`` finds, for a word of letters."""
    n = len(word)
    return [at for at in substring_places(text, word)
            if at > 0 and text[at - 1].isspace() and text[at + n:at + n + 1].isspace()]


# A fourth: a source the text itself calls unnamed ("confirmed through anonymous sources", "citing unnamed
# officials") is a source whatever verb comes with it. Only these three words, which say outright that
# the name is withheld, and only before a source noun (not "an anonymous donation", "unnamed roads").
_WITHHELD_WORDS = ("anonymous", "unnamed", "unidentified")
_TWO_WORDS_AFTER = re.compile(r"\s+([a-z]+)\b(?:\s+([a-z]+)\b)?")


@lru_cache(maxsize=2)
def _noun_before(any_case: bool = False) -> re.Pattern[str]:
    nouns = sorted({f for row in load_lexicon("source_phrases.csv") for f in row["forms"].split("|")},
                   key=len, reverse=True)
    # (Session 25, src47: "concerns raised by", "the advice she received from"; a reporting verb's participle with
    # no auxiliary, "When asked by a journalist", "criticised by residents", whose agent is the source; and a stance
    # only with a participle, "the position adopted by the Parliament": a bare "position" or "view" is often no
    # stance, "its financial position from auditors", "the view from the hills".)
    # (Session 34, src70: a document's writer, "a report written by a geologist", "A new study, co-authored by
    # agency scientists," (the comma of an aside allowed before these only): the writer is the document's source.
    # Not "written" or "authored" after any other word: "a song written by", "the law authored by" name no finding.)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, nouns))})(?:\s+(?:led|carried\s+out|conducted|"
                      r"published|issued|released|adopted|expressed|voiced|raised|made|set\s+out|put\s+forward|"
                      r"(?:he|she|they|we|I)\s+(?:received|got|had|sought))|,?\s+(?:written|authored|co-authored))?$"
                      r"|\b(?:asked|questioned|told|urged|warned|advised|accused|criticised|criticized)$"
                      r"|\b(?:position|positions|view|views|stance)\s+(?:adopted|expressed|taken|voiced|set\s+out)$",
                      re.IGNORECASE if any_case else 0)


# Where a sentence starts, just before a word: "Calls from ..." and "Concerns raised by ..." open with a capital.
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\"\u201d\u2019)]?\s+|\n\s*)$")


def _source_noun_before(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` ends with what ``_noun_before`` finds: in lower case, or with its first word opening a
    sentence ("Calls from", "Concerns raised by", "Asked by"); not a capital inside a sentence, which is a name's word
    ("the Public Health Research from ...")."""
    if _noun_before().search(text, lo, hi):
        return True
    if not any(w[0].isupper() for w in text[lo:hi].split()[-4:]):  # (no capital in the last words: no opener)
        return False
    m = _noun_before(True).search(text, lo, hi)
    return m is not None and text[m.start()].isupper() and _SENTENCE_OPENS.search(text, max(0, m.start() - 4),
                                                                                   m.start()) is not None


@lru_cache(maxsize=1)
def _words_before_by() -> frozenset[str]:
    """Every word that may end what ``_noun_before`` finds: its nouns and the participles after them."""
    nouns = {f for row in load_lexicon("source_phrases.csv") for f in row["forms"].split("|")}
    return frozenset(nouns | set("""led out conducted published issued released adopted expressed voiced raised made
        forward received got had sought asked questioned told urged warned advised accused criticised criticized
        taken written authored co-authored""".split()))


def _named_source(text: str, start: int, end: int, people: dict, loose: bool) -> tuple[str, str] | None:
    """The (name, kind) that ``text[start:end]`` names, or None when it is no clear source.

    ``loose``: any capitalised run counts as a name (after "by", or as the subject of a
    reporting verb); otherwise ("from") only an organisation's name does, not a place.
    """
    words = text[start:end]
    if words.endswith(("'s", "\u2019s")) or words.split()[0].lower() in _NOT_NAMES:
        return None
    for name, person in people.items():
        for s, e in person.mentions if getattr(person, "kind", "person") == "person" else ():
            # A person ends the phrase ("Environment Secretary Jane Roe", "Warren E. Buffett"),
            # unless an organisation's name holds it ("Department of Veterans Affairs").
            if s < end and e == end and not _ORGANISATION_HEADS.search(text[start:max(start, s)]) \
                    and (loose or " " in name):  # after "from" a one-word "person" may be a place ("data from Iowa")
                return name, "named person"
    if _ORGANISATION_NAME.match(words) or _ORGANISATION_HEADS.search(words) or loose:
        return words, "named group"
    return None


def _withheld_sources(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """("anonymous sources", "unnamed", span) for each source noun the text calls anonymous, unnamed or unidentified."""
    found, nouns = [], _unnamed_nouns()
    for word in _WITHHELD_WORDS:
        # (Found with str.find from the word's second letter, either case of the first: far quicker than a
        # case-blind pattern scanning every position, and most texts have none of the three words.)
        start = text.find(word[1:])
        while start > 0:
            first = start - 1
            if text[first] in (word[0], word[0].upper()) and not (first and text[first - 1].isalnum()):
                m = _TWO_WORDS_AFTER.match(text, start + len(word) - 1)
                # the noun may have one word before it: "unnamed senior officials"
                noun = next((g for g in (1, 2) if m and m.group(g) and m.group(g).lower() in nouns), None)
                if noun:
                    found.append((text[first:m.end(noun)], "unnamed", (first, m.end(noun))))
            start = text.find(word[1:], start + 1)
    return found


# A fifth: the one cited by "citing" or "quoting" ("Reuters reported, citing two people familiar with the
# matter", "the agency, quoting an official source in Luanda, reports"): the attribution's source is the one who
# cites, but the article relies on the one cited too. Only an unnamed-source noun after a count or a determiner
# (with "familiar with ...", "close to ..." or "in <Place>" after it), or a capitalised name, is taken; not
# "citing concerns", "quoting the Bible".
_CITED = re.compile(r"(?:c(?<=\bc)iting|q(?<=\bq)uoting)\s+")
_CITED_OPENING = re.compile(r"(?:an?|the|one|two|three|four|five|six|several|some|\d+)((?:\s+[a-z-]+){1,4})")
_WORD = re.compile(r"[a-z-]+")
_CITED_AFTER = re.compile(r"\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+knowledge\s+of)\s+(?:the\s+)?[a-z]+"
                          r"|\s+in\s+[A-Z][\w-]+")


def _cited_sources(text: str, people: dict) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, kind, span) of each source after "citing"/"quoting" (see ``_CITED``)."""
    found, nouns = [], _unnamed_nouns()
    start = text.find("ting ")  # (most texts cite no one: one search for both words' ending)
    if start < 0:
        return found
    # ("ting " is in most texts, "meeting ", "voting "; the words themselves in few: the scan starts at the first.)
    first = min((at for at in (text.find("citing"), text.find("quoting")) if at >= 0), default=-1)
    if first < 0:
        return found
    for m in _CITED.finditer(text, max(0, start - 4, first)):
        at = m.end()
        if text[at:at + 1].isupper():
            name = re.compile(_NAME_RUN).match(text, at)
            key = _named_source(text, at, name.end(), people, True) if name else None
            if key:
                found.append((*key, (at, name.end())))
            continue
        phrase = _CITED_OPENING.match(text, at)
        if phrase is None:
            continue
        words = list(_WORD.finditer(text, phrase.start(1), phrase.end(1)))
        # the phrase's noun: the last unnamed-source noun of a run of them ("an official source", "two people")
        last = next((w for n, w in enumerate(words) if w.group() in nouns
                     and (n + 1 == len(words) or words[n + 1].group() not in nouns)), None)
        if last is not None:
            end = last.end()
            after = _CITED_AFTER.match(text, end)
            end = after.end() if after else end
            found.append((text[at:end], "unnamed", (at, end)))
    return found


def _lower_group(text: str, m: re.Match) -> tuple[str, str] | None:
    """(words, kind) of the group of people or body that ``_BY_GROUP``'s lower-case words name, up to its noun: "some
    stakeholders" of "some stakeholders or other civil servants", "military commanders" (a run of such nouns: the
    last is the head); None when no word before a function word is such a noun ("from home", "from the start of")."""
    nouns, bodies = _unnamed_nouns(), _institution_nouns()
    head = None
    for w in _WORD_RUN.finditer(text, m.start("group"), m.end("group")):
        word = w.group()
        if word in nouns or word in bodies or word.endswith(_GROUP_ENDS) and word not in _NOT_GROUPS or (
                len(word) > 6 and word.endswith(("ist", "ian")) and word not in _NOT_GROUPS):  # "a journalist"
            head = w
        elif head is not None or word in _GROUP_STOPS:
            break
    if head is None:
        return None
    return text[m.start("group"):head.end()], "named group" if head.group() in bodies else "unnamed"


def _by_sources(text: str, people: dict) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, kind, span) of the source named after "by"/"from" when a source noun comes before it: a name
    (``_BY_NAME``), else a lower-case group or a "then-" name (``_BY_GROUP``: "from U.S. intelligence agencies",
    where "U.S." alone names no source)."""
    found, last_words = [], _words_before_by()
    for at in sorted(_spaced_word_places(text, "by") + _spaced_word_places(text, "from")):  # (above)
        before = text[max(0, at - 25):at].rsplit(None, 1)
        if not before or before[-1] not in last_words and before[-1].lower() not in last_words:  # (a set look-up
            # spares most hits the patterns below)
            continue
        m, g = _BY_NAME.match(text, at), _BY_GROUP.match(text, at)
        group = _lower_group(text, g) if g is not None and g.group("group") else None  # (cheap tests first)
        if not (m or group or g and g.group("name")) \
                or not _source_noun_before(text, max(0, at - 41), at - 1):  # (before the space)
            continue
        if m is not None:
            # (A name that ends a sentence keeps no full stop: "by the Harbour Council." Initials keep theirs.)
            end = m.end(2) - (text[m.end(2) - 1] == "." and text[m.end(2) - 3:m.end(2) - 1].isalpha()
                              and text[m.end(2) - 2].islower())
            key = _named_source(text, m.start(2), end, people, m.group(1) == "by")
            if key:
                found.append((*key, (m.start(2), end)))
                continue
        if group:
            found.append((*group, (g.start("group"), g.start("group") + len(group[0]))))
        elif g is not None and g.group("name"):
            key = _named_source(text, g.start("name"), g.end("name"), people, g.group(1) == "by")
            found += [(*key, g.span("name"))] if key else []
    return found


def _phrase_sources(text: str, people: dict) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, kind, span) of the sources named by a noun ("calls from X"), by "what X described as" or after
    "citing"/"quoting"."""
    found = _cited_sources(text, people)
    found += _by_sources(text, people)
    for m in _WHAT_CALLED.finditer(text):
        words = m.group(1)
        if words[:1].isupper():
            key = _named_source(text, m.start(1), m.end(1), people, True)
            if key:
                found.append((*key, m.span(1)))
        else:
            found.append((words, "unnamed", m.span(1)))
    found += _withheld_sources(text)
    return found


# A third shape: "<subject> [has] <reporting verb> that ..." whose verb the attribution
# finder left without a source (a long subject with an apposition, "Scientists from
# the Institute (ABC), part of the Agency, argue that"; "Wikinews has learned that").
# Only a name or an unnamed-source noun may be the subject, never a pronoun or a
# quantifier ("It", "This", "Many"), and only where no attribution covers the verb.
_NOT_SUBJECTS = frozenset("it its this that these those he she they we i you there what which who many some "
                          "others most few all both each one none everyone someone anyone nobody "
                          "and but so yet or then if when as because while".split())
# Verbs of evidence take things as subjects ("Video shows that", "Research found that"):
# with them a lone capitalised word is a name only when the name finder knows it.
_EVIDENCE_VERBS = frozenset("show shows showed shown suggest suggests suggested reveal reveals revealed indicate "
                            "indicates indicated find finds found prove proves proved mean means meant confirm "
                            "confirms confirmed demonstrate demonstrates demonstrated imply implies implied".split())


_THAT_WORD = re.compile(r"that\b")  # starts with letters: the regex engine skips to each "that" at once


def _that_starts(text: str) -> Iterator[int]:
    """Where each "that" with white space before it, right after a lower-case letter, starts its white space
    ("said  that" -> the first space): what ``(?<=[a-z])\\s+that\\b`` finds, found from each "that" backwards."""
    for m in _THAT_WORD.finditer(text):
        i = m.start()
        while i and text[i - 1].isspace():  # (str.isspace is the regex engine's \s)
            i -= 1
        if 0 < i < m.start() and "a" <= text[i - 1] <= "z":
            yield i
_LAST_WORD = re.compile(r"(?<![\w'\u2019-])([a-z]+)$")


# A subject (and its apposition and auxiliaries) that ends where the searched text ends: a name, or up to two
# lower-case words and an unnamed-source noun ("senior officials"), with "from/at/of" and a name after it or not.
_SUBJECT_OPEN = r"(?:^|(?<=[.!?\n]\s)|(?<=\n)|(?<=,\s))"
_SUBJECT_TAIL = r"(?:\s*,[^,.;\n]{1,80},)?(?:\s+(?:has|have|had|also|now))*\s+$"
_AFTER_NOUN = rf"(?P<of>\s+(?:from|at|of)\s+(?:the\s+)?{_NAME_RUN})?"  # "officials from the Acme Group"


@lru_cache(maxsize=1)
def _subject_pattern() -> re.Pattern[str]:
    """The subject pattern with any word of letters for the noun (group ``noun``). (The same pattern with the 140
    nouns spelled out took 28 M instructions to compile on a teacher's first article; this one 40 % of that.)"""
    group = rf"(?:[a-z][\w-]*\s+){{0,2}}(?P<noun>[a-z]+){_AFTER_NOUN}"
    return re.compile(rf"{_SUBJECT_OPEN}(?P<subj>{_NAME_RUN}|{group}){_SUBJECT_TAIL}")


@lru_cache(maxsize=1)
def _after_noun() -> re.Pattern[str]:
    """What follows a subject's noun, up to where the searched text ends."""
    return re.compile(_AFTER_NOUN + _SUBJECT_TAIL)


_SPACED_WORD = re.compile(r"\S+")


def _subject_before(text: str) -> tuple[int, int] | None:
    """The span of the subject ``_subject_pattern`` finds in ``text`` (searched: the first that fits), its noun one
    of ``_unnamed_nouns``: just what the pattern with those nouns spelled out finds. A noun ends where its word ends
    (a space or a comma must follow it), so at each place the first reading whose word is a noun is the one that
    pattern takes: after a reading with another word, each reading with fewer words before the noun is tried (its
    noun one of the first reading's words), then the next place."""
    nouns = _unnamed_nouns()
    if not _nouns_are_words():  # (a noun of more than letters: spelled out in the pattern)
        m = _nouns_spelled_out().search(text)
        return m.span("subj") if m else None
    pos = 0
    while (m := _subject_pattern().search(text, pos)) is not None:
        if m.group("noun") is None or m.group("noun") in nouns:
            return m.span("subj")
        for word in reversed(list(_SPACED_WORD.finditer(text, m.start(), m.start("noun")))):  # (0 to 2 words)
            if word.group() in nouns and (after := _after_noun().match(text, word.end())) is not None:
                return m.start(), max(word.end(), after.end("of"))
        pos = m.start() + 1
    return None


@lru_cache(maxsize=1)
def _nouns_are_words() -> bool:
    """Is each of ``_unnamed_nouns`` one word of lower-case letters, as ``_subject_pattern``'s noun is?"""
    return all(map(re.compile("[a-z]+").fullmatch, _unnamed_nouns()))


@lru_cache(maxsize=1)
def _nouns_spelled_out() -> re.Pattern[str]:
    """``_subject_pattern`` with the nouns spelled out (for a lexicon whose nouns are not all words of letters)."""
    nouns = "|".join(map(re.escape, sorted(_unnamed_nouns(), key=len, reverse=True)))
    return re.compile(_subject_pattern().pattern.replace("(?P<noun>[a-z]+)", f"(?P<noun>{nouns})", 1))


class _Covered:
    """The attributions' spans, to ask whether a stretch overlaps any of them in two bisections, not a walk
    through all of them (asked for every "that" after a reporting verb)."""

    def __init__(self, attributions: list) -> None:
        spans = sorted((a.start, a.end) for a in attributions)
        self.starts = [s for s, _ in spans]
        self.max_ends = list(accumulate((e for _, e in spans), max))  # the furthest end among the first k spans

    def overlaps(self, start: int, end: int) -> bool:
        """Does any span (s, e) have s < end and start < e?"""
        k = bisect_left(self.starts, end)  # the spans that start before ``end``
        return k > 0 and self.max_ends[k - 1] > start


def _that_clause_sources(text: str, attributions: list, people: dict) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, kind, span) of the subjects of reporting verbs that no attribution covers."""
    verbs, covered = reporting_verb_forms(), _Covered(attributions)
    found = []
    for that in _that_starts(text):  # verbs first: few are left without an attribution
        v = _LAST_WORD.search(text, max(0, that - 30), that)
        if not v or v.group(1) not in verbs or covered.overlaps(v.start(), v.end()):
            continue
        found += _verb_subject(text, v.start(), v.group(1), people)
    return found


def _verb_subject(text: str, vs: int, verb: str, people: dict) -> list[tuple[str, str, tuple[int, int]]]:
    """[(name, kind, span)] of the subject ``_subject_before`` finds right before the verb at ``vs``, or []."""
    offset = max(0, vs - 200)
    found_at = _subject_before(text[offset:vs])
    if found_at is None:
        return []
    span = (offset + found_at[0], offset + found_at[1])
    subject = text[span[0]:span[1]]
    if re.split(r"['\u2019]", subject.split()[0].lower())[0] in _NOT_SUBJECTS or (  # ("We've": a pronoun)
            verb in _EVIDENCE_VERBS and " " not in subject and subject not in people
            and not _ORGANISATION_NAME.match(subject)):
        return []
    if subject[:1].islower() or subject.lower() in _unnamed_nouns():
        return [(subject, "unnamed", span)]
    key = _named_source(text, *span, people, True)
    return [(*key, span)] if key else []


# A sixth: a verb of finding with what was found as its object, not a "that" clause: "Researchers have found
# evidence of ...", "Scientists discover how sound reduces pain", "Police found no sign of ...". The finder is a
# source of the finding (GUIDELINES.md: a finding attributed to them), as with "found that". Only with an object
# that is itself a finding (evidence, signs, a link, proof) or a question answered (how, why, what, whether), and
# where no attribution covers the verb; the subject as ``_that_clause_sources`` takes it (no pronoun: "we've
# found evidence" inside a quotation is its speaker's). Must not take "found the body", "discovered a bug", "found
# it hard". Session 28 (src55): real-news-14's headline "Researchers discover how" and real-news-20's
# "Researchers have found evidence of" gave no source.
_FINDING = re.compile(r"(?:found|discover(?:s|ed)?|identified|uncovered|detected)\s+(?:(?:new|no|little|clear|strong|"
                      r"some|fresh|further|more|any)\s+)?(?:evidence|signs?|traces?|proof|links?|how|why|what|whether)\b")
_FINDING_GATE = ("found", "discover", "identified", "uncovered", "detected")


def _finding_sources(text: str, attributions: list, people: dict) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, kind, span) of the subjects of verbs of finding with a finding as their object (above)."""
    covered, found = None, []
    for word in _FINDING_GATE:  # (str.find to each verb, then the pattern there: no pattern run over the whole text)
        at = text.find(word)
        while at >= 0:
            m = _FINDING.match(text, at) if at == 0 or not text[at - 1].isalpha() else None
            covered = covered or (_Covered(attributions) if m else None)
            if m and not covered.overlaps(at, m.end()):
                found += _verb_subject(text, at, "found", people)
            at = text.find(word, at + 1)
    return sorted(found, key=lambda f: f[2])



# A seventh: a document or an inquiry that opens a sentence, a phrase after it, then a verb of finding or reporting:
# "The inquiry into the crash found that ...", "Analysis of the votes cast in May identified errors ...", "New figures
# out today show that ...", "Court documents filed on Friday allege ...", "A report, published today, warns ...". The
# cue and subject readers stop at the phrase between the noun and its verb, so the finding had no source (session 31,
# src62: real-news-16's "New figures" and "FBI investigation", real-news-24's "analysis of drones"; GUIDELINES.md: a
# document the article attributes a finding to is a source). The noun: a document noun, an evidence noun or an
# inquiry noun (vocabulary.csv, evidence_nouns.csv), at most four words into the sentence, none of them a word that
# opens a clause or a phrase ("In the report, ...", "When the inquiry ..."). The phrase after it: one that opens with a
# preposition or a participle, or one aside between commas; no finite verb, pronoun or clause word in it (not "The
# report was late and officers found ..."), no "and" before a lower-case word. Only where no attribution covers the
# verb, and not a passive ("The report was found").
_NOT_BEFORE_NOUN = frozenset("in on at for with after before since when while if as by from to of into under over "
                             "during it he she they we i you there here what which who whose how why where but and "
                             "or so yet is are was were be been has have had will would can could should may might "
                             "must do does did not no according despite although though because unless until "
                             "once like than also often watch see read".split())
_PHRASE_OPENERS = frozenset("of into on about by from for in at out among between across over under conducted carried "
                            "published released issued filed commissioned led ordered launched seen obtained made "
                            "used cited based involving covering posted shared leaked due".split())
_NOT_IN_PHRASE = frozenset("is are was were be been being will would can could should may might must do does did "
                           "which who whom whose that when while after because if although though since he she they "
                           "we it i you said says but or".split())
_BEFORE_VERB = frozenset("has have had also now recently previously already reportedly apparently later further "
                         "clearly today".split())
_FINDING_VERBS = frozenset("found finds identified identifies uncovered uncovers detected detects concluded "
                           "concludes".split())
_DOC_SENTENCE = re.compile(r"(?:[.!?][\"\u201d\u2019]?\s\s?|;\s|\n)(?:(?:But|And|Yet|However|Meanwhile),?\s+)?(?=[A-Z0-9])")
# A clause inside a sentence: after a joining word ("... but analysis of the drones identified ..."), or after a
# reporting verb whose clause has no "that" ("sources report the inquiry into the fire has identified ...").
_DOC_CLAUSE = re.compile(r"(?<=\s)(?:but|while|whereas|although|though|because|(?:and|that)(?=\s+(?:[Tt]he|[Aa]n?|[A-Z])))"
                         r"\s+(?=[a-zA-Z])")  # (a bare noun after "and"/"that" may be a verb: "teams that review reports")
_DOC_ARTICLE = re.compile(r" (?:the|an?) ")  # (a literal first: the engine jumps to each; the verb is read back)
_DOC_WORD = re.compile(r"[^\s,;:]+|[,;:]")


# Things that show but are no one's account (session 4's reading: "Footage, filmed by a passer-by, reveals ..." lists
# no source), and words for amounts ("An average of ...", "the numbers").
_NOT_DOCUMENTS = frozenset("word video videos footage evidence test tests average averages numbers".split())


@lru_cache(maxsize=1)
def _inquiry_words() -> tuple[frozenset[str], frozenset[str]]:
    """The inquiry reader's words (``_inquiry_sources``; the document-from reader's nouns too): the nouns that may
    head such a subject, and the verbs that may follow it (above)."""
    nouns = (evidence_nouns() | frozenset(word_list("document noun")) | frozenset(word_list("inquiry noun"))) \
        - _NOT_DOCUMENTS
    verbs = frozenset(f for f in reporting_verb_forms() if " " not in f and not f.endswith("ing"))
    return nouns, verbs | _EVIDENCE_VERBS | _FINDING_VERBS


# (Speed: the openings are many, the nouns few, and an opening is read only if one of the nouns starts up to 60
# characters after it (the plain split below). So the nouns are found first (``_doc_noun_hits``), and the openings
# only before them (``_doc_openings``). The opening patterns scan from a character none of their matches can
# consume (``_DOC_OPENING_CHARS``: their literals and spaces), so they find there what a scan from the text's start
# finds.)
_DOC_OPENING_CHARS = frozenset(".!?;,\"\u201d\u2019BAYHMabcdeghilnorstuvw")


@lru_cache(maxsize=1)
def _doc_noun_stems() -> tuple[str, ...]:
    """The nouns of ``_inquiry_words`` that begin with no other of them (finding "report" finds "reports" too)."""
    nouns = _inquiry_words()[0]
    return tuple(n for n in nouns if not any(n != m and n.startswith(m) for m in nouns))


def _doc_noun_hits(text: str) -> list[int] | None:
    """The sorted places where one of ``_inquiry_words``' nouns starts, in any case, or None when lower-casing
    changes the text's length (a letter lower-cased to two: the places would shift)."""
    low = lowered_in_place(text)  # (shared: the hedges finder has lowered this text already in a lesson's run)
    if low is None:  # (a letter that lowers to two, or one that re.I reads as ASCII: lowered here, as before)
        low = text.lower()
        if len(low) != len(text):
            return None
    return sorted(at for noun in _doc_noun_stems() for at in substring_places(low, noun))


def _doc_openings(text: str, verbs: frozenset[str], hits: list[int] | None) -> set[int]:
    """The openings of sentences and clauses (``_DOC_SENTENCE``, ``_DOC_CLAUSE``, a verb's ``_DOC_ARTICLE``, the
    text's start) up to 60 characters before a place in ``hits``; all of them for None (above)."""
    if hits is None:
        return _openings_in(text, verbs, [(0, len(text))])
    return _openings_in(text, verbs, [(max(0, h - 59), h) for h in hits])


# The gate in ``_inquiry_sources`` reads an opening only when one of the first five words of the 60 characters
# after it (split at white space, stripped of ",;:") is one of the nouns. Such a word starts at white space (an
# opening is the text's start or follows white space) and begins with a noun stem, so a hit of
# ``_doc_noun_hits`` starts it; and the opening lies at most four words before it. So each hit needs only the
# openings from the white space before its fourth word back (never more than 59 characters back) up to the hit, and none when the hit is inside a word or its word is no noun, unless the 60-character cut
# falls inside the word ("reporters" read as "report": then only the openings 61 characters or more before the
# word's end). Must not drop an opening the gate would pass: each window is the widest those rules allow.
_WORD_AT = re.compile(r"\S+")


def _doc_windows(text: str, hits: list[int], nouns: frozenset[str]) -> list[tuple[int, int]]:
    """(lo, hi) for each hit of ``hits`` (sorted) that may start a noun the gate reads: the openings from lo to hi
    (both included) are the only ones whose first words it may be among (above)."""
    windows = []
    for h in hits:
        if h == 0:
            windows.append((0, 0))
            continue
        if not text[h - 1].isspace():
            continue  # (inside a word: "misreported")
        word = _WORD_AT.match(text, h)
        hi = h if word.group().rstrip(",;:").lower() in nouns else min(h, word.end() - 61)
        lo = max(0, h - 59)
        before = text[lo:h].rsplit(None, 4)  # (five parts: the fifth word back or more, then four words)
        if len(before) == 5:
            lo += len(before[0])  # (the white space after the fifth word back: rsplit keeps none of it there)
        if lo <= hi:
            windows.append((lo, hi))
    return windows


def _openings_in(text: str, verbs: frozenset[str], windows: list[tuple[int, int]]) -> set[int]:
    """The openings of ``_doc_openings`` from lo to hi of each window (lo, hi)."""
    spans: list[list[int]] = []
    for lo, h in sorted(windows):
        if spans and lo <= spans[-1][1] + 1:
            spans[-1][1] = max(spans[-1][1], h)
        else:
            spans.append([lo, h])
    openings = set()
    for lo, hi in spans:
        x = lo
        while x > 0 and (text[x - 1] in _DOC_OPENING_CHARS or text[x - 1].isspace()):
            x -= 1
        if lo == 0:
            openings.add(0)
        stop = _scan_end(text, hi)
        for pattern in (_DOC_SENTENCE, _DOC_CLAUSE):
            for m in pattern.finditer(text, x, stop):
                if m.end() > hi:
                    break
                if m.end() >= lo:
                    openings.add(m.end())
        for m in _DOC_ARTICLE.finditer(text, x, stop):
            if m.start() + 1 > hi:
                break
            if m.start() + 1 >= lo and text[text.rfind(" ", 0, m.start()) + 1:m.start()] in verbs:
                openings.add(m.start() + 1)
    return openings


def _scan_end(text: str, hi: int) -> int:
    """Where a scan for the openings up to ``hi`` may stop: past every character that a try of ``_DOC_SENTENCE``,
    ``_DOC_CLAUSE`` or ``_DOC_ARTICLE`` at or before ``hi`` reads, so each such try reads as in the whole text.

    (A try reads at most 15 characters (".\u201d However,"), then a run of spaces, then 3 ("The"). Unbounded, the
    scans went on past ``hi`` to their next match, often hundreds of characters away, at every window.)"""
    end = min(len(text), hi + 20)
    while end < len(text) and text[end].isspace():
        end += 1
    return min(len(text), end + 4)


def _inquiry_sources(text: str, attributions: list) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, "unnamed", span) of each document or inquiry that opens a sentence or a clause and finds or reports
    (above)."""
    nouns, verbs = _inquiry_words()
    covered, found = None, []
    hits = _doc_noun_hits(text)
    windows = [(0, len(text))] if hits is None else _doc_windows(text, hits, nouns)
    openings = _openings_in(text, verbs, windows)
    for at in sorted(openings):
        if not any(w.rstrip(",;:").lower() in nouns for w in text[at:at + 60].split()[:5]):
            continue  # (a plain split first: most openings hold no such noun)
        first = list(_DOC_WORD.finditer(text, at, min(len(text), at + 60)))[:5]
        head = next((k for k, w in enumerate(first) if w.group().lower() in nouns), None)
        if head is None:
            continue
        stop = min((i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0), default=len(text))
        words = list(_DOC_WORD.finditer(text, at, min(stop, at + 240)))
        if head >= len(words) or not _doc_opening(words, head, verbs):
            continue
        poll = words[head].group().lower() in _POLLS  # ("A new Gallup poll gives the mayor a lead": its finding)
        verb = _doc_verb(words, head, verbs | _POLL_VERBS if poll else verbs)
        if verb is None:
            continue
        covered = covered or _Covered(attributions)
        if not covered.overlaps(words[verb].start(), words[verb].end()):
            end = _doc_name_end(words[:verb], head)
            found.append((text[at:end], "unnamed", (at, end)))
    return found


_DOC_DETERMINERS = frozenset("the a an this that these those its their his her our one another new latest recent "
                             "separate further other earlier previous some both each such early preliminary initial "
                             "final full most".split())


def _doc_opening(words: list, head: int, verbs: frozenset[str]) -> bool:
    """Are the words before the noun at ``head`` a subject's opening: a determiner or a capitalised word first, then
    capitalised words and numbers, or lower-case words after a determiner only ("The latest figures", "Court
    documents", "A police investigation"; not "Officials searched their records", "Watch the full video", "The Times
    quoted a document")? A noun that is also a verb form ("report", "reports") after a name or a plural is that verb
    ("The Mail reports", "Companies report")."""
    before = [w.group() for w in words[:head]]
    if any(b.lower() in _NOT_BEFORE_NOUN or b in ",;:" for b in before):
        return False
    if before and before[0].lower() not in _DOC_DETERMINERS and (
            not before[0][:1].isupper() or any(b[:1].islower() for b in before[1:])):
        return False
    if any(b.lower() in _ARTICLES for b in before[1:]) or any(b.endswith("ed") and b.islower() for b in before):
        return False
    noun = words[head].group()
    return not (before and noun.lower() in verbs and before[-1].lower() not in _DOC_DETERMINERS
                and (before[-1][:1].isupper() or before[-1].endswith("s")))


_ARTICLES = frozenset("a an the this that these those".split())  # (only first: "The Times quoted a document")
_POLLS = frozenset("poll polls survey surveys".split())
_POLL_VERBS = frozenset("gives gave puts put".split())  # (a poll's finding: "gives Doe a lead", "puts support at 40%")
_BEFORE_A_NOUN = frozenset("last first next same whole".split())  # ("the last claim": a noun, not the verb "claim")


def _doc_verb(words: list, head: int, verbs: frozenset[str]) -> int | None:
    """The index of the verb after the subject's noun at ``head``, past an allowed phrase (above), or None."""
    k = head + 1
    if k < len(words) and words[k].group() == ",":  # an aside between commas: "A report, published today, warns"
        close = next((j for j in range(k + 1, min(len(words), k + 12)) if words[j].group() == ","), None)
        if close is None or any(w.group() in _NOT_IN_PHRASE for w in words[k + 1:close]):
            return None
        k = close + 1
    elif k < len(words) and words[k].group().lower() not in _PHRASE_OPENERS | _BEFORE_VERB | verbs:
        return None
    for j in range(k, min(len(words), k + 20)):
        word, before = words[j].group(), words[j - 1].group()
        if word in verbs and before not in ("to", "be", "been", "being") and not (j == head + 1 and word in
                _PHRASE_OPENERS) and before.lower() not in _DOC_DETERMINERS | _BEFORE_A_NOUN \
                and not before.endswith(("'s", "\u2019s")):
            return j  # (not a participle opening the phrase, "a video posted on ...", nor a noun: "the last claim")
        if word in ("percent", "%") or word.endswith("%"):
            return None  # ("An average of 10 percent of voters reported": the voters did)
        if word in ",;:" or word in _NOT_IN_PHRASE or word == "and" and j + 1 < len(words) \
                and words[j + 1].group()[:1].islower():  # (case kept: "in May" holds no "may")
            return None
    return None


def _doc_name_end(words: list, head: int) -> int:
    """Where the listed name ends: the noun, with an "of/into/on/about" phrase of up to four words after it ("analysis
    of drones", "The inquiry into the crash"), cut before a participle, a preposition or a comma."""
    end = words[head].end()
    if head + 1 < len(words) and words[head + 1].group() in ("of", "into", "on", "about"):
        for w in words[head + 2:head + 6]:
            low = w.group().lower()
            if w.group() in ",;:" or low in _PHRASE_OPENERS and low not in ("of",) or low.endswith(("ed", "ing")) \
                    or low in _NOT_IN_PHRASE or low in _BEFORE_VERB:
                break
            end = w.end()
    return end


# An eighth: a document said to come from a body ("The survey is from the Harbour Institute and the Lake Trust",
# "The figures came from the Office of Rents"): the body is the document's author, a source (GUIDELINES.md: a
# report and its author). Session 31 (src62): real-news-22's survey "from the Pew Research Center's ... Project and
# the California HealthCare Foundation" listed neither. Only a document noun as above after a determiner, a be-form
# or "come(s)/came" and "from", and names of bodies (or people) as ``_named_source`` reads them after "from": not
# "from Iowa", "from May", "from last year", "from his mother". Bodies joined by a comma or "and the" are each one.
_DOC_FROM_DETERMINERS = r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Aa]n?)\s"
_DOC_FROM = re.compile(_DOC_FROM_DETERMINERS + r"+(?:[a-z-]+\s+){0,2}?"
                       r"([a-z]+)\s+(?:is|are|was|were|comes?|came)\s+(?:also\s+)?from\s+([^.;:\n]{2,200})")
_DOC_FROM_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+(?=the\s)")
_FROM_NAME = re.compile(r"(?:the\s+)?([A-Z][\w\u2019\u201d'&.-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w\u2019\u201d'&.-]*)*)")
# (Speed: ``_DOC_FROM`` alone tries its determiners at every word of the text, and its verb and "from" are rare. So
# ``_doc_from_matches`` finds each verb first (``_doc_from_verbs``, where any match has its verb) and tries the
# pattern only at the determiners before it, back to the nearest character no match can hold between determiner and
# verb (anything but ASCII letters, "-" and space), in order: the same leftmost, non-overlapping matches as
# ``_DOC_FROM.finditer``.)
_DOC_FROM_VERBS = ("is", "are", "was", "were", "come", "comes", "came")  # (none ends another, nor ends in "o")


def _doc_from_verbs(text: str) -> Iterator[int]:
    r"""The starts of what ``re.compile(r"(?:is|are|was|were|comes?|came)\s+(?:also\s+)?from\s").finditer(text)``
    finds, in order, read back from each "from" between white space (``_spaced_word_places``: "from" is rarer than
    the verbs' first letters, which a regex scan tried at every "i", "a", "w" and "c"). The verb ends just before
    the white space before "from", or before "also" and the white space before it; one ends there at most, and
    no two such matches overlap."""
    for f in _spaced_word_places(text, "from"):
        end = f - 1
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if text.endswith("also", 0, end) and end > 4 and text[end - 5].isspace():
            end -= 5
            while end > 0 and text[end - 1].isspace():
                end -= 1
        for verb in _DOC_FROM_VERBS:
            if text.endswith(verb, 0, end):
                yield end - len(verb)
                break
_DOC_FROM_DETERMINER = re.compile(_DOC_FROM_DETERMINERS)  # (where ``_DOC_FROM`` may start)
_DOC_FROM_RUN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-")


def _doc_from_matches(text: str) -> Iterator[re.Match]:
    """``_DOC_FROM.finditer(text)``, found verb first (above)."""
    pos = tried = 0  # (pos: where the last match ended; tried: every start before it is tried)
    for v in _doc_from_verbs(text):
        if v <= pos or not text[v - 1].isspace():
            continue  # (a lookbehind for the space would cost the regex its fast scan for the verbs' first letters)
        lo, floor = v, max(tried, pos)
        while lo > floor and (text[lo - 1] in _DOC_FROM_RUN or text[lo - 1].isspace()):
            lo -= 1
        for det in _DOC_FROM_DETERMINER.finditer(text, lo, v):
            m = _DOC_FROM.match(text, det.start())
            if m:
                yield m
                pos = m.end()
                break
        tried = v


def _doc_from_sources(text: str, people: dict) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, kind, span) of the bodies a document is said to come from (above)."""
    found, nouns = [], _inquiry_words()[0]
    for m in _doc_from_matches(text):
        if m.group(1) not in nouns:
            continue
        at = m.start(2)  # (where the piece starts: a name is read in place, not searched for, which could find
        for piece in _DOC_FROM_SPLIT.split(m.group(2)):  # a later mention or, past the last, none at all)
            name = _FROM_NAME.match(piece)
            if name is None:
                break  # (a list ends at its first piece that is no name: "from X, a charity in Leeds")
            start, end = at + name.start(1), at + name.end(1)
            key = _named_source(text, start, end, people, False)
            if key:
                found.append((*key, (start, end)))
            comma = _DOC_FROM_SPLIT.match(text, at + len(piece), m.end(2))  # (the split's own separator)
            at = comma.end() if comma else at + len(piece)
    return found

# A fifth: a document followed by the -ing form of a reporting verb ("a newsletter recommending the book",
# "the letter urging calm") is the source of what follows, when no attribution already covers that verb
# (as in "the ministry released a statement saying ...", whose source is the ministry). Only after "a",
# "an" or "the" (and at most one lower-case word): "her statement condemning" is hers, "ads attacking"
# are no one document. Not with verbs of a mind ("the interview thinking"): a document does not think.
# Not after a verb of sending or "in" ("the campaign sent out a press release saying", "In a statement
# defending him, the club said"): there the sender, a source already, speaks through the document.
_MIND_PARTICIPLES = frozenset("thinking believing hoping expecting wondering".split())
_SENT_BEFORE = re.compile(r"(?:\b(?:sent|sends|send|out|released|releases|issued|issues|published|posted|emailed|"
                          r"[Ii]n)\s+)$")


@lru_cache(maxsize=1)
def _participle_words() -> tuple[frozenset[str], re.Pattern[str]]:
    """The participle reader's words (``_document_sources``): the participles that may follow a document, and a
    pattern for "a/the [word] <document>" ending a text."""
    nouns = sorted(set(word_list("document noun") + word_list("written text")), key=len, reverse=True)
    participles = frozenset(f for f in reporting_verb_forms() if f.endswith("ing") and f not in _MIND_PARTICIPLES)
    return participles, re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)??({'|'.join(nouns)})\s+$")


_ING_END = re.compile(r"ing\b")  # a literal: the regex engine jumps from one "-ing" to the next


def _document_sources(text: str, attributions: list) -> list[tuple[str, str, tuple[int, int]]]:
    """(noun, "unnamed", span) for each document that a participle makes a source: "a letter urging"."""
    participles, document_before = _participle_words()
    found, cues = [], [(a.start, a.end) for a in attributions]
    # (Participle first, then the document before it: few "-ing" words are reporting verbs, and only
    # those need the look back. One pass of the noun pattern over the whole text costs far more.)
    for m in _ING_END.finditer(text):
        space = text.rfind(" ", 0, m.start())
        if text[space + 1:m.end()] not in participles:
            continue
        d = document_before.search(text, max(0, space - 40), space + 1)
        if d and not _SENT_BEFORE.search(text, max(0, d.start() - 12), d.start()) \
                and not any(s < m.end() and space < e for s, e in cues):
            found.append((d.group(1), "unnamed", d.span(1)))
    return found


@lru_cache(maxsize=1)
def _institution_nouns() -> frozenset[str]:
    """The nouns data/source_nouns.csv lists as institutions ("ministry", "agencies")."""
    return frozenset(f for row in load_lexicon("source_nouns.csv") if row["kind"] == "institution"
                     for f in row["forms"].split("|"))


@lru_cache(maxsize=1)
def _unnamed_nouns() -> frozenset[str]:
    """The nouns data/source_nouns.csv lists as unnamed sources ("officials", "scientists")."""
    return frozenset(f for row in load_lexicon("source_nouns.csv") if row["kind"] == "unnamed"
                     for f in row["forms"].split("|"))


# A fourth shape: several named people who share one cue, each with a title of their own, as a press
# release lists them: "announced Jane Roe, Acting U.S. Attorney; John Doe, Special Agent in Charge ...; and
# Ann Poe, Chief of ..." (a list after the verb, cut by semicolons) and "Attorney General Jane Roe of the
# Division, U.S. Attorney John Doe for the District and Director Ann Poe of the Bureau made the announcement"
# (a list before the verb: each name right after a comma or "and" and its Title-Case title). The attribution
# finder gives one of them; the others are sources too. Must not take a name that is only mentioned: a
# name after "who met", or a list of names followed by more of the clause ("After Roe and Doe left, the mayor
# said": a comma after the last name ends the list). Two names before the verb ("Roe and Doe said") are
# left to the attribution, which names both already: a list before the verb needs three.
_LIST_GAP = re.compile(r"(?:\s+(?:of|for|at|from|in)\s+[^,;]*?)?(?:,|;|\s+and)\s+(?:and\s+)?(?:[A-Z][\w.\u2019'-]*\s+)*")
_TITLE_RUN = re.compile(r"(?:[A-Z][\w.\u2019'-]*\s+)*")
_SEMI_ITEM = re.compile(r"\s*(?:and\s+)?")
_SENTENCE_STOP = re.compile(r"[a-z)]\.\s|\n")


def _list_window_start(text: str, source_start: int) -> int:
    """Where a list of officials before a source may start: its paragraph's start, at most 300 characters back."""
    return max(text.rfind("\n", 0, source_start) + 1, source_start - 300)


def _person_starts(mentions: list[tuple[int, int, str]], lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The people's mentions (sorted (start, end, name)) that lie within lo..hi."""
    return [m for m in mentions[bisect_left(mentions, (lo,)):bisect_left(mentions, (hi,))] if m[1] <= hi]


def _listed_before(text: str, a, mentions: list) -> list[tuple[str, str, tuple[int, int]]]:
    lo = _list_window_start(text, a.source_start)
    lo = max([lo] + [m.end() for m in _SENTENCE_STOP.finditer(text, lo, a.source_start)])  # a sentence's end: not "U.S. "
    items, pos = [], lo
    for s, e, name in _person_starts(mentions, lo, a.start):
        gap = _TITLE_RUN if pos == lo else _LIST_GAP
        if gap.fullmatch(text, pos, s):
            items.append((name, "named person", (s, e)))
            pos = e
    tail = text[pos:a.start]
    if len(items) < 3 or "," in tail or ";" in tail or a.source_start < items[0][2][0]:
        return []
    return items


def _listed_after(text: str, a, mentions: list) -> list[tuple[str, str, tuple[int, int]]]:
    hi = min(len(text), a.source_end + 800)
    stop = _SENTENCE_STOP.search(text, a.source_end - 1, hi)  # (from the name's last letter: "said Jane Roe. ")
    stretch = text[a.source_end:max(a.source_end, stop.start() + 1) if stop else hi]
    items, at = [], a.source_end + len(stretch.split(";")[0]) + 1
    starts = {s: (e, name) for s, e, name in _person_starts(mentions, a.source_end, at + len(stretch))}
    for piece in stretch.split(";")[1:]:
        s = _SEMI_ITEM.match(text, at).end()
        if s not in starts:
            break
        items.append((starts[s][1], "named person", (s, starts[s][0])))
        at += len(piece) + 1
    return items


# Session 25 (src47): two people after one verb joined by "and", each with an office and a workplace, as a press
# release names them: "announced Attorney General Jane Roe of the Criminal Division and Special Agent in Charge John
# Doe of the Field Office". The attribution gives the first. Not a person named in a possessive ("and John Doe's
# lawyer"), nor one past a sentence's end ("said Jane Roe of Acme. He and John Doe ...": initials are no end).
# A name's suffix may stand between the person and the affiliation ("Jane Roe, Jr. of the Criminal Division and ...":
# session 29, src57; the list was not read).
_NAME_SUFFIX = r"(?:,?\s+(?:Jr\.|Sr\.|II|III|IV)(?=[\s,]))?"
_AND_GAP = re.compile(_NAME_SUFFIX + r"(?:\s+(?:of|for|at|from|in)\s+(?:[^,;.\n]|\.(?=\S)|(?<=\b[A-Z])\.\s)*?)?,?\s+and\s+"
                      r"(?:[A-Z][\w.\u2019'-]*\s+(?:(?:in|of|for)\s+)?)*")


# Session 26 (csrc50): a longer list after the verb, "said Jane Roe, John Doe and Ann Lee" (each after a comma, with
# an affiliation and a title allowed as above), gave only the first person.
_COMMA_GAP = re.compile(_NAME_SUFFIX + r"(?:\s+(?:of|for|at|from|in)\s+[^,;.\n]*?)?,\s+(?:[A-Z][\w.\u2019'-]*\s+(?:(?:in|of|for)\s+)?)*")


def _joined_after(text: str, a, mentions: list) -> list[tuple[str, str, tuple[int, int]]]:
    """The people joined by "and" (and before it by commas) to a source named after its verb (above), if any. Must
    not: take a person after a comma with no "and" closing the list ("said Jane Roe, John Doe's lawyer")."""
    items, pos = [], a.source_end
    for s, e, name in _person_starts(mentions, a.source_end, a.source_end + 200):
        if s < pos or text.startswith(("'s", "\u2019s"), e):
            continue
        if _AND_GAP.fullmatch(text, pos, s):
            return items + [(name, "named person", (s, e))]
        if not _COMMA_GAP.fullmatch(text, pos, s):
            return []
        items.append((name, "named person", (s, e)))
        pos = e
    return []


def _co_sources(text: str, attributions: list, people: dict) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, kind, span) of the other people in a list that shares one cue with a named person (above)."""
    found, mentions = [], None
    for a in attributions:
        if a.source_start is None or a.source_kind not in ("named person", "named group"):
            continue
        after = a.end < a.source_start <= a.end + 2 and ";" in text[a.source_end:a.source_end + 200]
        joined = (not after and a.end < a.source_start <= a.end + 80 and " and " in text[a.source_end:a.source_end + 120]
                  and _TITLE_RUN.fullmatch(text, a.end + 1, a.source_start) is not None)  # ("said Mayor Jo Roe and")
        # (a list before the verb needs a comma and an "and" in its paragraph, within 300 characters: a cheap test
        # first; not cut at ". ", which may be an initial or "U.S." inside the list)
        before = False
        if not after and a.source_end <= a.start:
            lo = _list_window_start(text, a.source_start)
            before = " and " in text[lo:a.start] and "," in text[lo:a.start]
        if not (after or before or joined):
            continue
        if mentions is None:  # (made once, for the few cues that pass the tests above)
            mentions = sorted((s, e, p.name) for p in people.values() if p.kind == "person" for s, e in p.mentions)
        if after:
            found += _listed_after(text, a, mentions)
        elif joined:
            found += _joined_after(text, a, mentions)
        elif bisect_left(mentions, (a.start,)) - bisect_left(mentions, (a.source_start - 300,)) >= 3:
            found += _listed_before(text, a, mentions)  # (three people named in the stretch, else no list)
    return found


# A sixth: a headline that names the text as someone's statement ("Statement from Jo Rand, Port Director", "Remarks by
# the Mayor", "Acme Statement on the Recall", "Federal Reserve issues FOMC statement"): every word below is the
# issuer's, so the issuer is a source though no verb says so. Only the first line, and only a name (capitalised
# words joined by single spaces); a possessive is no issuer ("Mayor's Statement Angers ...": ``_named_source``).
# Session 24 (real46): a NASA, a USGS and a Federal Reserve release so headed gave no source for their issuer.
_HEADLINE_STATEMENT = re.compile(
    rf"\b(?:Statement|Remarks|Testimony)\s+(?:[Ff]rom|[Bb]y|[Oo]f)\s+(?:the\s+)?({_NAME}(?: {_NAME})*)"
    rf"|^({_NAME}(?: {_NAME})*?) (?:Statement|Remarks)\b"
    rf"|^({_NAME}(?: {_NAME})*?) (?:issues|releases|publishes|Issues|Releases|Publishes)\b[^\n]{{0,30}}?\b[Ss]tatement\b")


def _headline_statement_sources(text: str, people: dict) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, kind, span) of the issuer a statement's headline names (see ``_HEADLINE_STATEMENT``)."""
    line = text[:text.find("\n")] if "\n" in text else text
    m = _HEADLINE_STATEMENT.search(line) if len(line) < 200 and ("tatement" in line or "emarks" in line
                                                                   or "estimony" in line) else None
    if m is None:
        return []
    group = next(g for g in (1, 2, 3) if m.group(g))
    key = _named_source(text, m.start(group), m.end(group), people, True)
    return [(*key, m.span(group))] if key else []


# A seventh: a short paragraph that opens with a person's name and ends with a colon introduces what follows (a
# blockquote, a post, a quotation), whatever its verb ("Jane Roe salutes the council for its stance:", "And Ann Lee
# can't see why the park was closed:"), as "Jane Roe says:" does: the person is a source. Blog round-ups write it so
# (Global Voices in real-news-3, -15, -18). Only a person the names reader found, by a name of two words or more (not
# "Rankings did not change:", a word of "Power Rankings"), at the paragraph's first word (after "And"/"But"),
# followed by a lower-case word that is no copula; not a possessive, not a list opened by a long sentence ("The
# UN's boss, Kofi Annan, set up:": no name first), nor a pronoun (the attribution finder resolves those), nor a name
# that opens a paragraph of two sentences ("Global Voices spoke with Jane Roe. She has seen the damage:").
_NEXT_SENTENCE = re.compile(r"[.!?][\"\u201d\u2019)]?\s+[A-Z]")  # (one sentence: "X spoke with Y. He has seen:")
_COLON_VERB = re.compile(r" (?!(?:is|was|are|were)\b)[a-z]")  # (a verb, not a copula: "Jo Roe is a co-host. Listen:")
_COLON_PARAGRAPH = re.compile(r"(?:^|\n)(?:(?:And|But|So)\s+)?(?=[A-Z])([^\n:]{3,200}):[^\S\n]*(?=\n|$)")


def _colon_paragraphs(text: str) -> Iterator[re.Match[str]]:
    """``_COLON_PARAGRAPH.finditer(text)``, tried only where a match can start: the text's start (``^``, which
    ``match`` at a later place never takes) and each line break, found with str.find (a regex scan tried the
    pattern's opening at every character), each place once and never inside a match given already. Where no
    "And"/"But"/"So" opens the line, the match is tried only if the line's first colon ends it (but for white
    space): the paragraph's words can hold no colon or line break, and a try read them all, up to 200 characters,
    and back again."""
    at, done = 0, 0
    while at >= 0:
        if at >= done:
            opens = at + 1 if text.startswith("\n", at) else at  # (where the words or the "And" start)
            line_end = text.find("\n", opens)
            line_end = len(text) if line_end < 0 else line_end
            colon = text.find(":", opens, line_end)
            if (colon >= 0 and (colon + 1 == line_end or text[colon + 1:line_end].isspace())
                    or text.startswith(("And", "But", "So"), opens)) \
                    and (m := _COLON_PARAGRAPH.match(text, at)) is not None:
                done = m.end()
                yield m
        at = text.find("\n", at + 1)


def _colon_sources(text: str, people: dict) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, "named person", span) for each person who opens a paragraph ending with a colon (above)."""
    paragraphs = list(_colon_paragraphs(text)) if ":\n" in text or text.rstrip().endswith(":") else []
    if not paragraphs:
        return []
    starts = {s: (name, e) for name, p in people.items() if getattr(p, "kind", "person") == "person"
              for s, e in p.mentions}
    found = []
    for m in paragraphs:
        name, end = starts.get(m.start(1), (None, 0))
        if name and " " in text[m.start(1):end] and len(m.group(1).split()) <= 30 \
                and _COLON_VERB.match(text, end) and not _NEXT_SENTENCE.search(m.group(1)):
            found.append((name, "named person", (m.start(1), end)))
    return found


# An eighth: a list of bodies that shares a verb after it ("..., the Express, Times and Sun report.", "..., Oxfam, Save
# the Children and the Red Cross said.") gives the attribution finder its last body only; the bodies before it, back
# over ", " to the list's first, are sources too (GUIDELINES: each source once). Session 28 (src55): real-news-16's
# papers; session 26's probes ("Oxfam, ... and the Red Cross said": "Red Cross"). Only before a named group that the
# attribution gives alone, joined to it by "and" (two bodies: with "the" or a comma before the last, not one body's
# name, "the Korean Sport and Olympic Committee"); each piece capitalised words (small joining words inside), none a
# person the names found nor a month or day; the list opens after a comma or at a sentence's start. (A paper's name
# the names read as a person's, "Sun", counts as a body: data/outlet_aliases.csv.)
_LAST_JOIN = re.compile(r"(?:,\s*|\s+)and\s+(?:the\s+)?$")
_LIST_ITEM = re.compile(r"(?:^|(?<=\s))(?:[Tt]he\s+)?([A-Z][\w\u2019'&.-]*(?:\s+(?:(?:of|the|for|de)\s+)*[A-Z][\w\u2019'&.-]*)*)$")
_LIST_OPENS = re.compile(r"(?:,|^|[.!?][\"\u201d\u2019]?|\n)\s*$")


def _bodies_listed_before(text: str, attributions: list, people: dict) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, "named group", span) of the bodies listed before a named group that is an attribution's source (above)."""
    persons, found = None, []
    for a in attributions:
        if a.source_start is None or "and " not in text[max(0, a.source_start - 9):a.source_start] \
                or " and " in (a.source or " and ") or a.source_kind != "named group" and not (
                a.source_kind == "named person" and outlets_named(a.source)):  # ("Sun": an outlet read as a person)
            continue
        if persons is None:
            persons = {s for p in people.values() if getattr(p, "kind", "person") == "person" for s, _ in p.mentions}
        lo = max(0, a.source_start - 160)
        join = _LAST_JOIN.search(text, lo, a.source_start)
        items, end = [], join.start() if join else lo
        # (Back from the "and", item by item while a comma or a sentence's start is before each: "In a statement on
        # Monday, Britain, France and Germany said" stops at "Monday", which no comma opens.)
        while end > lo and (item := _LIST_ITEM.search(text, lo, end)) is not None \
                and _LIST_OPENS.search(text, lo, item.start()):
            items.append(item)
            comma = text.rfind(",", lo, item.start())
            if comma < 0 or text[comma + 1:item.start()].strip():
                break
            end = comma
        if not items or len(items) == 1 and not join.group().rstrip().endswith(("the", ",")) or any(
                i.start(1) in persons or i.group(1).split()[0].lower() in _NOT_NAMES for i in items):
            continue
        found += [(i.group(1), "named group", i.span(1)) for i in reversed(items)]
    return found


def _sources_without_verbs(text: str, attributions: list, people: dict) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, kind, span) of the sources that no attribution gives (the shapes above)."""
    return (_phrase_sources(text, people) + _that_clause_sources(text, attributions, people)
            + _finding_sources(text, attributions, people) + _colon_sources(text, people)
            + _bodies_listed_before(text, attributions, people)
            + _document_sources(text, attributions) + _co_sources(text, attributions, people)
            + _headline_statement_sources(text, people) + _inquiry_sources(text, attributions)
            + _doc_from_sources(text, people))


# The source kind of a quotation's speaker that no attribution counts, from the kind of name the names found.
_SPEAKER_KINDS = {"person": "named person", "organisation": "named group", "group": "unnamed"}
# The first words of a speaker the names did not keep that say no one is named ("One student", "A parent"); not
# "the" ("the presiding judge": an office, a named person by design).
_UNNAMED_OPENERS = frozenset("a an one another some several many most two three four both".split())


# Session 25 (srcbug48): "Jane Roe and John Doe said" is two sources, as "said Jane Roe and John Doe" is (the second
# by ``_joined_after``): each person by their name (GUIDELINES.md: once per source, by its fullest name). So is a
# joint source the attribution finder resolved ("Both said": "Jane Roe and John Doe"). Split only where every piece
# is a person the names found; not an organisation's name ("Fisheries and Aquaculture Science"), nor "Metro and
# Mirror", nor "Germany and France" (places, which the names do not hold as people).
_JOINT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _joint_names(name: str, people: dict) -> list[str]:
    """The people a joint name holds ("Jane Roe and John Doe": both), or [] when it is no list of people (above)."""
    pieces = _JOINT.split(name) if " and " in name else ()
    return pieces if len(pieces) > 1 and all(getattr(people.get(n), "kind", None) == "person" for n in pieces) else []


# A list of bodies as one source ("Oxfam, Save the Children and the Red Cross said", "Acme and the Red Cross said"): each
# body is a source of its own, as the golds list them (bugs53). Only a list with a comma or a "the" after "and" (not
# "Marks and Spencer"), each piece capitalised words with small joining words inside ("Save the Children"), and not
# one body's name the names found ("the Department of Health and Human Services"), nor a list a first "of"/"for" holds.
_BODY_LIST_RE = re.compile(r"(?:[Tt]he )?[A-Z0-9][\w’'&.-]*(?: (?:(?:of|the|for|on|and|without|de|du)(?= [A-Z]) )*[A-Z0-9][\w’'&.-]*)*")


def _listed_bodies(a, people: dict) -> list[tuple[str, int]]:
    """The bodies a named group's source lists, each with where it starts in the source, or [] (above)."""
    name = a.source
    if a.source_kind != "named group" or not name or " and " not in name or (
            "," not in name and " and the " not in name and " and The " not in name) \
            or getattr(people.get(name.removeprefix("the ").removeprefix("The ")), "kind", None) == "organisation":
        return []
    out, at = [], 0
    for m in _JOINT.finditer(name + ", "):
        piece = name[at:m.start()]
        if not _BODY_LIST_RE.fullmatch(piece) or not out and (" of " in piece or " for " in piece):
            return []  # (a first name with "of"/"for" may hold the list: "Centre for Environment, Fisheries and ...")
        lead = 4 if piece[:4] in ("the ", "The ") else 0
        out.append((piece[lead:], at + lead))
        at = m.end()
    return out if len(out) > 1 else []


# Session 31 (src62): an unnamed description whose people the text names right after it, between commas ("Its two
# former leaders, Jane Roe and John Doe, are on trial. They deny ..."): a pronoun the attribution finder resolves to
# the description ("former leaders") stands for the people named, and the golds list them (GUIDELINES.md: each
# source by its fullest name). Only people the names found, each mention starting where the list has it, two or
# more joined by "and", and a comma closing the list: not "Officials, Jane Roe said, are ..." (an aside, no closing
# comma after the name), not "Officials, Jane Roe and others, ..." (a piece that is no person), not after "according
# to" (the names after its comma open the clause). One person after a
# description ("The coach, Jane Roe, ...") is the names' to join: "She says" goes to her already.
_NAMED_AFTER = re.compile(r",\s+((?:[A-Z][\w.\u2019'-]*\s+)*?[A-Z][\w.\u2019'-]*"
                          r"(?:(?:,\s+|,?\s+and\s+)(?:[A-Z][\w.\u2019'-]*\s+)*?[A-Z][\w.\u2019'-]*)+),")


def _named_after(text: str, a, people: dict) -> list[tuple[str, tuple[int, int]]]:
    """[(name, mention)] of the people an unnamed source's phrase is followed by, in apposition (above), or []."""
    if a.source_kind != "unnamed" or a.source_end is None or a.cue.lower().startswith("according"):
        return []  # ("According to court documents, Jane Roe and John Doe, with others, ...": the clause's subject)
    # (The phrase itself, or, for a pronoun the attribution finder resolved ("They" -> "founders"), the group's last
    # mention before it: not an earlier one, as "officials" may be other officials by then.)
    end = a.source_end
    if _bare_pronoun(text[a.source_start:a.source_end]):
        end = max((e for _, e in getattr(people.get(a.source), "mentions", ()) if e <= a.source_start), default=end)
    m = _NAMED_AFTER.match(text, end)
    if m is None or " and " not in m.group(1):
        return []
    starts = {s: (n, (s, e)) for n, p in people.items() if getattr(p, "kind", None) == "person" for s, e in p.mentions}
    out, at = [], m.start(1)
    for piece in _JOINT.finditer(m.group(1) + ", "):
        end = m.start(1) + piece.start()
        name, span = starts.get(at, (None, None))
        if name is None or span[1] != end:
            return []
        out.append((name, span))
        at = m.start(1) + piece.end()
    return out


def _split_joint(attributions: list, people: dict, text: str) -> list:
    """``attributions`` with each one whose source names several people (above) made one per person, each on their
    own mention inside the source's phrase (else on the phrase: "Both"); a list of bodies, one per body; an unnamed
    description the people it names follow (``_named_after``), one per person."""
    out = []
    for a in attributions:
        at = _writer_pronoun_start(a)
        if at is not None and a.source not in ("I", "we", "We"):  # (its people are listed by _writer_partners)
            a = replace(a, source=text[at:a.source_end], source_kind="unnamed", source_start=at)
        if named := _named_after(text, a, people):
            out += [replace(a, source=n, source_kind="named person", source_start=s, source_end=e) for n, (s, e) in named]
            continue
        pieces = _joint_names(a.source, people) if a.source_kind == "named person" and a.source else []
        if not pieces:
            bodies = _listed_bodies(a, people)
            exact = a.source_start is not None and a.source_end - a.source_start == len(a.source)
            out += [replace(a, source=body, source_start=a.source_start + at if exact else a.source_start,
                            source_end=a.source_start + at + len(body) if exact else a.source_end)
                    for body, at in bodies] or [a]
            continue
        for name in pieces:
            span = next(((s, e) for s, e in people[name].mentions if a.source_start is not None
                         and a.source_start <= s and e <= a.source_end), (a.source_start, a.source_end))
            out.append(replace(a, source=name, source_start=span[0], source_end=span[1]))
    return out


def _add_speakers(by_name: dict, quoted: set, people: dict) -> None:
    """Each quotation's speaker that no attribution counts, as a source of the kind the names found: "Scientists"
    (a group: unnamed) or "Sierra Club" (a body: a named group) is no named person (session 21, src36)."""
    for speaker in quoted:
        if not any(name == speaker for name, _ in by_name):
            kind = _SPEAKER_KINDS.get(getattr(people.get(speaker), "kind", "person"), "named person")
            if speaker not in people and speaker.split()[0].lower() in _UNNAMED_OPENERS:
                kind = "unnamed"  # "One college football player", "A parent": no one named
            by_name.setdefault((speaker, kind), [])


_BRACKETED_INITIALS_RE = re.compile(r"(.+) \(([A-Z][\w-]*)\)")


def _without_own_initials(text: str, name: str) -> str:
    """``name`` without the initials in brackets after it when the text spells them out as that name: "new data from
    the Office for National Statistics (ONS)" is the body the cues name "Office for National Statistics", one source,
    not two (session 30, cs60: three texts in three sets listed both). The caller lists the two as one under the name
    with its initials, which holds both ways of naming it. Must not: cut brackets that are no spelling of the name
    before them ("the Harbour Trust (Scotland)")."""
    m = _BRACKETED_INITIALS_RE.fullmatch(name)
    if m is None or spelled_out_names(text).get(m.group(2)) != m.group(1).removeprefix("The ").removeprefix("the "):
        return name
    return m.group(1)


def _list_under_initials(by_name: dict[tuple[str, str], list], text: str, name: str, kind: str) -> None:
    """Move the source the cues name ``name`` without its bracketed initials to ``name`` (``_without_own_initials``):
    one body, listed under the name that holds its initials too."""
    bare = _without_own_initials(text, name)
    if bare != name and (bare, kind) in by_name:
        by_name[(name, kind)] = by_name.pop((bare, kind))


def find_sources(article: Article) -> list[Source]:
    """Everyone and everything ``article`` relies on, ordered by first mention.

    People and groups count as sources when the text attributes something to
    them (an attribution or a quote, or a noun that carries their words or
    findings: "calls from Jane Roe", "research led by the Marine Institute");
    people who are only mentioned are left out. Photo agencies and photographers come from the captions' credits; the
    sites a web page links to are sources of the kind "link". One outlet named
    two ways ("NYT", "the Times") is listed once, under its first name.

    >>> art = load_article('<html><body><h1>Bridge Reopens</h1><p>The bridge reopened on Monday, '
    ...     '<a href="https://council.example/report.pdf">the council said</a> in a report that '
    ...     'lists every repair made since the spring floods.</p></body></html>')
    >>> [(s.name, s.kind, s.domain) for s in find_sources(art) if s.kind == "link"]
    [('council.example', 'link', 'council.example')]
    """
    if not isinstance(article, Article):
        raise InputTypeError("find_sources needs an Article: use medialit.load_article(...) first.")
    text = check_text(article.text)  # (Windows line ends and indents read plainly: see plain_spaces)
    attributions = find_attributions(text)
    quotes = find_quotes(text)
    people = {p.name: p for p in find_people(text)}
    quoted = {q.speaker for q in quotes if q.speaker and not _bare_pronoun(q.speaker)}
    quoted = {n for q in quoted for n in (_joint_names(q, people) or [q])}  # ("Jane Roe and John Doe": both quoted)

    extra, openings = _sources_without_verbs(text, attributions, people), _spelling_openings(text)
    by_name: dict[tuple[str, str], list] = {}
    for a in _split_joint(attributions, people, text):
        key = _regrouped_key(a, text, by_name, quoted) or _source_key(a, text, people, openings)
        if a.source_start is not None:  # "Coastal Studies" cut out of "the Institute for Coastal Studies"
            key = next(((n, k) for n, k, (s, e) in extra if k == "named group" and s <= a.source_start
                        and a.source_end <= e and e - s > a.source_end - a.source_start), key)
        if key:
            by_name.setdefault(key, []).append(a)
    _add_speakers(by_name, quoted, people)
    phrase_spans = _partner_spans(by_name, text, attributions, people)
    taken = [(a.source_start, a.source_end) for a in attributions if a.source_start is not None]
    for name, kind, span in extra:
        if any(s <= span[0] and span[1] <= e for s, e in taken):
            continue  # a source the verbs already gave (a longer name holding theirs is kept: see above)
        _list_under_initials(by_name, text, name, kind)  # ("Office for National Statistics (ONS)": one body)
        full = spelled_out_name(text, name)  # "MSF demands that", after "Médecins Sans Frontières (MSF)": listed
        key = next((k for k in by_name if k[0] == full), (name, kind)) if full else (name, kind)
        by_name.setdefault(key, [])
        phrase_spans.setdefault(key, set()).add(span)

    sources = []
    for (name, kind), atts in by_name.items():
        person = people.get(name)
        # (a person's every mention; a group's or a body's only when a quotation alone makes it a source)
        spans = set(person.mentions) if person and (kind == "named person" or not atts and name in quoted) else set()
        for a in atts:
            if a.source_start is not None and not (kind == "named person" and a.source_kind == "named group"):
                spans.add((a.source_start, a.source_end))  # (not the workplace of a person: "Ana Lopez of X said")
            elif kind == "agentless":
                spans.add((a.start, a.end))
        spans |= phrase_spans.get((name, kind), set())
        role = person.role if person and kind == "named person" else None
        sources.append(Source(name, kind, role, tuple(sorted(spans)), name in quoted, len(atts)))
    sources = _merge_short_bodies(_merge_outlets(_drop_name_fragments(sources)))
    sources += _credit_sources(article) + _link_sources(article)
    return sorted(sources, key=lambda s: (s.mentions[0][0] if s.mentions else len(text), s.name))


def _regrouped_key(a, text: str, by_name: dict, quoted: set) -> tuple[str, str] | None:
    """The key a cue's source is counted under when the readers below mend it (a bare quantifier's group, a cut list
    of people, a medium's whole title), or None. A quantifier's quotation becomes its group's (in ``quoted``)."""
    key = _partitive_key(a, text, by_name)
    if key and a.source in quoted:  # ("One told me ...": its quotation is the group's, not a speaker "One")
        quoted.discard(a.source)
        quoted.add(key[0])
    if key or a.source_kind != "unnamed" or not a.source:
        return key
    cut = (", " + a.source, " and " + a.source)  # (a cut list's later "they": listed under the whole list)
    return _list_subject_key(a, text) or next((k for k, atts in by_name.items() if k[0].endswith(cut)
                                               and any(b.source == a.source for b in atts)), None) \
        or _medium_title_key(a, text)


def _partner_spans(by_name: dict, text: str, attributions: list, people: dict) -> dict[tuple[str, str], set]:
    """The spans of the people named with the writer and of a document source's makers (below), by key; each key is
    added to ``by_name`` (inside a cue's source phrase, or beside its "I": listed all the same)."""
    spans: dict[tuple[str, str], set[tuple[int, int]]] = {}
    for name, kind, span in _writer_partners(text, attributions, people) + _document_makers(text, attributions, people) \
            + _owner_bodies(text, attributions):
        by_name.setdefault((name, kind), [])
        spans.setdefault((name, kind), set()).add(span)
    return spans


# A quantifier standing alone as a source ("One told me ...", "another said ...", "while others worry ...", "with
# some worrying ...") speaks for a group of people the text has just named: "Three aides described the meeting. One
# of the aides said ...; another said ..." lists "Three aides", not "another". The group: the nearest plural people
# noun (source_nouns.csv's unnamed nouns and roles.csv's roles, not a document: "exit polls") before it, in its
# sentence or the one before, in its paragraph, with its determiner or number and up to two lower-case modifiers
# ("Some administration officials", "Two prominent energy economists"); when a source already listed holds that
# noun, that source. Must not: a quantifier with its own noun ("One of the aides"); "few" (mostly people in
# general: "few believe"), nor an aside ("..., many think, is ...", "Even then, others insist, ..."); "another" or
# "One" in a sentence that holds "one company says" or "another Republican" (the singular is the antecedent: "one
# <word>"/"another <word>" in the window leaves it as written); "Some say" with no people noun before it (left as written).
_PARTITIVES = frozenset("one another others some many several most".split())
_GROUP_BEFORE = re.compile(r"(?<![\w'\u2019])(?:(?:[Tt]he|[Tt]hese|[Tt]hose|[Ss]ome|[Mm]any|[Ss]everal|[Tt]wo|[Tt]hree|[Ff]our|"
                           r"[Ff]ive|\d+)\s+)?(?:(?!(?:and|or|but|of|the|a|an|to|in|on|at|by|for|from|with|through|"
                           r"are|is|was|were|be|been|have|has|had|more|most)\s)[a-z][a-z-]*\s+){0,2}?([a-z]+s)\b")
_SINGLE_BETWEEN = re.compile(r"\b(?:[Oo]ne|[Aa]nother)\s+(?!of\b)[A-Za-z]")


@lru_cache(maxsize=1)
def _people_plurals() -> frozenset[str]:
    """The plural people nouns a quantifier may stand for (above)."""
    rows = [r for r in load_lexicon("source_nouns.csv") if r["kind"] == "unnamed"]
    rows += [r for r in load_lexicon("roles.csv") if r["kind"] == "role"]
    return frozenset(f for r in rows for f in r["forms"].lower().split("|")
                     if f.endswith("s") and " " not in f) - _inquiry_words()[0]


def _partitive_key(a, text: str, by_name: dict) -> tuple[str, str] | None:
    """The group a bare quantifier source stands for (above), or None when there is none."""
    if a.source_kind != "unnamed" or not a.source or a.source.lower() not in _PARTITIVES or a.source_start is None:
        return None
    lo = max(text.rfind("\n", 0, a.source_start) + 1, a.source_start - 300)
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, lo, a.source_start)]
    lo = max([lo] + stops[-2:-1])  # (its sentence and the one before)
    nouns, last = _people_plurals(), None
    for m in _GROUP_BEFORE.finditer(text, lo, a.source_start):
        if m.group(1) in nouns:
            last = m
    if last is None or a.source.lower() in ("one", "another") and _SINGLE_BETWEEN.search(text, lo, a.source_start) \
            or text[a.end:a.end + 1] == "," and text[:a.source_start].rstrip().endswith(","):
        return None  # (a singular antecedent; an aside, "..., many think, is ...", says what people in general think)
    at, noun = last.start(1), last.group(1)
    known = next((k for k, atts in by_name.items() if any(  # (the source whose words hold the noun, else its namesake)
        b.source_start is not None and b.source_start <= at < b.source_end for b in atts)), None) or next(
        (k for k in by_name if k[1] == "unnamed" and k[0].lower().rsplit(None, 1)[-1] == noun), None)
    return known or (last.group(0), "unnamed")


# The writer with named partners: "as my co-authors Jo Hale, Tim Rusk and I argue", "Ana Ruiz and I argue that":
# the cue's source is "I" or "we" (no source by itself), but the people named with the writer make the claim too,
# and each is a source, on their own mention. Only names joined by commas and a last "and" right before the pronoun,
# read from the pronoun back: each a person the names reader found, or two or three capitalised words none of which
# is a grammar word (the names reader leaves out a surname that is also a title: "Devin Pope"); at least one a
# person it found. Must not: a person before another clause ("After Jo Hale left, I argued": no "and"), "Jo Hale's
# team and I" (a possessive), "In Paris, Jo Hale and I" (the list stops at "In Paris"), "Jo Hale, others and I".
_WITH_WRITER = re.compile(r"((?:[A-Z][\w\u2019'.-]*\s+){1,3}?[A-Z][\w\u2019'-]*),?\s+and\s+$")
_PARTNER_BEFORE = re.compile(r"((?:[A-Z][\w\u2019'.-]*\s+){1,3}?[A-Z][\w\u2019'-]*),\s+$")
_NOT_PARTNER = frozenset("In At On For After Before When While As My Our The A An And But If Since By From With".split())


def _writer_pronoun_start(a) -> int | None:
    """Where the writer's "I"/"we" stands as a cue's whole source, or closing a source that lists people with it
    ("Jo Hale, Tim Rusk and I": the attribution finder gives the whole list since session 32); else None."""
    if a.source_start is None or not a.source:
        return None
    if a.source in ("I", "we", "We"):
        return a.source_start
    pronoun = a.source.rsplit(" and ", 1)[-1] if " and " in a.source else ""
    exact = a.source_end - a.source_start == len(a.source)
    return a.source_end - len(pronoun) if exact and pronoun in ("I", "we") else None


def _writer_partners(text: str, attributions: list, people: dict) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, "named person", span) of each person named with the writer's "I"/"we" as a cue's source (above)."""
    found = []
    for a in attributions:
        at = _writer_pronoun_start(a)
        if at is None:
            continue
        pieces, pattern = [], _WITH_WRITER
        while (m := pattern.search(text, max(0, at - 80), at)) is not None:
            words = m.group(1)
            if words.split()[0] in _NOT_PARTNER or words.endswith(("'s", "\u2019s")) or "\n" in words:
                break
            person = next((n for n in people if words.endswith(n) and " " in n), None)  # ("Professor Jo Hale")
            pieces.append((person, words, m.start(1)))
            pattern, at = _PARTNER_BEFORE, m.start(1)
        if any(p for p, _, _ in pieces):
            found += [(p or w, "named person", (s + len(w) - len(p or w), s + len(w))) for p, w, s in pieces]
    return found


# A document a cue gives as its source, made by two bodies or more: "The latest poll from the newspaper Helsingin
# Sanomat in co-operation with Gallup puts ...", "A survey by Harbor Institute and the Vale Trust found ...": each
# body is a source too (GUIDELINES: a report and its author), not only the whole phrase (whose one name no body
# matches). Only a document noun, then "from" or "by" (a participle before it: "conducted by"), then two names or
# more joined by "in co-operation with", "in partnership with", "together with", a comma, or "and" before "the";
# each name the capitalised words closing its piece ("the newspaper Helsingin Sanomat"). Must not: one body (the
# phrase names it already), "and" inside a name ("the Center for Complementary and Integrative Health"), a piece
# with no name ("from Gallup and others": the list is left whole).
_MAKERS = re.compile(r"\b([a-z]+)\s+(?:[a-z]+ed\s+)?(?:from|by)\s+(.+)$")
_MAKER_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+(?=the\s)|\s+(?:in\s+co-?operation|in\s+partnership|together|jointly)"
                          r"\s+with\s+")
_MAKER_NAME = re.compile(r"((?:[A-Z][\w.&\u2019'-]*\s+(?:(?:of|for|on|at|the|and)\s+)*)*[A-Z][\w.&\u2019'-]*)$")


def _document_makers(text: str, attributions: list, people: dict) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, kind, span) of each body a cue's document source names as its makers (above)."""
    found = []
    for a in attributions:
        if a.source_kind != "unnamed" or a.source_start is None or " with " not in a.source and ", " not in a.source \
                and " and the " not in a.source:
            continue  # (the joining words first: most sources hold none)
        m = _MAKERS.search(a.source)
        if m is None or m.group(1) not in _inquiry_words()[0]:
            continue
        pieces = [_MAKER_NAME.search(p) for p in _MAKER_SPLIT.split(m.group(2))]
        if len(pieces) < 2 or None in pieces:
            continue
        at = a.source_start + m.start(2)
        for piece in pieces:
            start = text.find(piece.group(1), at)
            key = _named_source(text, start, start + len(piece.group(1)), people, True)
            if key:
                found.append((*key, (start, start + len(piece.group(1)))))
            at = start + len(piece.group(1))
    return found


# Session 34 (src70): a body's document or part named with the body's possessive, "The State Department's latest
# Human Rights Report says", "NOAA's Climate Prediction Center now expects": the cue's source is the document or the
# part (a named group), and the body that issued it is a source too (the scorer takes a document's sender). Only
# an organisation as owner: a name with an organisation's head word (Department, Agency, ...) or an acronym of three
# capitals or more that is no country; up to two lower-case words ("latest", "annual") and the capitalised title
# (through "in"/"of": "Trafficking in Persons Report") between the "'s" and the source. Must not: a place ("South
# Korea's Defense Ministry", "India's Department of ..."), a person ("Jo Roe's Acme Party"), a person as the cue's
# source ("Australia's Chief Scientist Alan Finkel"), an owner run on from the sentence before ("... Chaudhuri.
# India's"), a headline above the owner (no line break inside it).
_OWNER = re.compile(r"((?:[A-Z][\w.&-]*[^\S\n]+(?:(?:of|for|and|the|on)[^\S\n]+)*)*[A-Z][\w.&-]*)['\u2019]s[^\S\n]+"
                    r"(?:[a-z][\w-]*[^\S\n]+){0,2}(?:[A-Z][\w.&-]*[^\S\n]+(?:(?:in|of|for|on|the)[^\S\n]+)*)*$")
_OWNER_SENTENCE = re.compile(r"(?<=[a-z]{2})\.\s+")  # (a sentence's end, not an initial's dot: "U.S. State")
_ACRONYM = re.compile(r"[A-Z]{3,}")


def _owner_bodies(text: str, attributions: list) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, "named group", span) of the body whose possessive names a cue's document or part (above)."""
    found = []
    for a in attributions:
        if a.source_kind != "named group" or a.source_start is None \
                or "s " not in text[max(0, a.source_start - 120):a.source_start]:
            continue  # (a cheap test first: no "'s " before the source, no owner)
        m = _OWNER.search(text, max(0, a.source_start - 120), a.source_start)
        if m is None:
            continue
        start = m.start(1) + max((e.end() for e in _OWNER_SENTENCE.finditer(m.group(1))), default=0)
        start += 4 * text.startswith("The ", start)
        owner = text[start:m.end(1)]
        if owner.lower() not in countries() and (_ORGANISATION_HEADS.search(owner) or _ACRONYM.fullmatch(owner)):
            found.append((owner, "named group", (start, m.end(1))))
    return found


# A medium named by its title, the title holding "in the", "of the" or "on the": "according to the blog Journalism
# in the Americas", "the podcast Life on the Coast said": the attribution finder's source stops at the first small
# word ("the blog Journalism"), and the title's end is lost. The name runs on through "in/of/on/for the" and the
# capitalised words after it, up to a comma, a full stop or a line's end. Only after a medium noun (blog, podcast,
# newsletter, website, magazine, column, programme, channel) and a capitalised title: not "the mayor Jo Hale in the
# town hall" (no medium), not "the blog Rivers in the spring" (a lower-case word), not a title run on into a clause.
_MEDIUM_TITLE = re.compile(r"(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[Tt]heir)\s+(?:blog|podcast|newsletter|website|magazine|column|"
                           r"programme|program|channel)\s+[A-Z]")
_TITLE_RUN_ON = re.compile(r"\s+(?:in|of|on|for)\s+the\s+(?:[A-Z][\w\u2019'-]*\s+)*?[A-Z][\w\u2019'-]*(?=[,.;:)\n]|$)")


def _medium_title_key(a, text: str) -> tuple[str, str] | None:
    """(the medium with its whole title, "unnamed") for a source cut inside its title (above), or None."""
    if a.source_kind != "unnamed" or a.source_end is None or not _MEDIUM_TITLE.match(a.source or ""):
        return None
    m = _TITLE_RUN_ON.match(text, a.source_end)
    return (a.source + text[a.source_end:m.end()], "unnamed") if m else None


# A list of people as a sentence's subject, cut by the attribution finder at its last comma or "and": "Doctors,
# nurses and paramedics say ..." gave "paramedics"; "More than 500 journalists, writers, artists and defenders of
# free speech wrote ..." gave "artists and defenders of free speech". The source is the whole list, back to the
# sentence's start: each item one to three lower-case words ending in a plural ("shop owners"; the sentence's first
# word capitalised), the first item perhaps opened by a number or "More than"; at least one item a people noun
# (source_nouns.csv, roles.csv), and a one-word first item always one. Must not: an opening phrase before the
# subject ("In recent weeks, officials said": a grammar word; "Nevertheless, experts say": no people noun), a
# quotation's words ("... what Rubio most needs,” aides said": a capital inside), a list short of the sentence's start.
_PEOPLE_ITEM = re.compile(r"(?:(?:[Mm]ore +than|[Aa]bout|[Nn]early|[Oo]ver|[Dd]ozens +of|[Hh]undreds +of) +)?"
                          r"(?:\d[\d,]* +)?((?:[A-Za-z][a-z-]* +){0,2}[A-Za-z][a-z-]*[^su\W]s)(?:,\s+(?:and\s+)?|\s+and\s+)$")
_PEOPLE_LIST_CHARS = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ,-]*")
_PEOPLE_LIST_OPEN = re.compile(r"(?:^|[.!?]\s+|\n)$")
_NOT_ITEM_WORDS = frozenset("in on at for after before since during as of the a an to by with from this these those "
                            "its their our his her".split())


def _list_subject_key(a, text: str) -> tuple[str, str] | None:
    """(the whole list, "unnamed") for a people list cut by the attribution finder (above), or None."""
    if a.source_kind != "unnamed" or a.source_start is None or not (
            text.startswith(", ", a.source_start - 2) or text.startswith(" and ", a.source_start - 5)):
        return None  # (only right after ", " or " and ")
    opening = max(text.rfind(". ", 0, a.source_start) + 2, text.rfind("\n", 0, a.source_start) + 1)
    if a.source_start - opening > 200 or not _PEOPLE_LIST_CHARS.fullmatch(text, opening, a.source_start):
        return None  # (a quick test first: only words, numbers, commas and hyphens back to the sentence's start)
    at, items, people = a.source_start, [], _people_plurals()
    while (m := _PEOPLE_ITEM.search(text, max(0, at - 60), at)) is not None and len(items) < 12:
        words = m.group(1).split()
        if any(w.lower() in _NOT_ITEM_WORDS for w in words) or not "".join(words[1:] + [words[0][1:]]).islower():
            return None
        items.append(words[-1].lower())
        at = m.start()
        if _PEOPLE_LIST_OPEN.search(text, max(0, at - 3), at):
            break
        if not words[0].islower():
            return None  # (a capital inside the sentence: a name or a quotation's words, no list of people)
    else:
        return None
    if len(m.group(1).split()) == 1 and items[-1] not in people or not any(w in people for w in items):
        return None
    return (text[at:a.source_end], "unnamed")


def _drop_name_fragments(sources: list[Source]) -> list[Source]:
    """Leave out a "person" who is only a piece of an organisation's name listed as a source.

    "Aquaculture Science", given a quotation by the quote finder, is part of "the
    Centre for Environment, Fisheries and Aquaculture Science": not a second source.
    Only a source with no attribution of its own is dropped.
    """
    groups = [m for s in sources if s.kind == "named group" for m in s.mentions]
    return [s for s in sources if not (
        s.kind == "named person" and s.attributions == 0 and s.mentions
        and all(any(gs <= ms and me <= ge and (ge - gs) > (me - ms) for gs, ge in groups) for ms, me in s.mentions))]


def _merge_short_bodies(sources: list[Source]) -> list[Source]:
    """One body listed twice, in full and by the last words of its name ("United Kingdom Home Office" and "Home
    Office", "the U.S. Justice Department" and "Justice Department"), is listed once, under the full name, with the
    mentions and attributions of both. (src18, session 18.) Must not: merge a one-word name ("Office", "Police":
    any body's), a person, or a short name that ends two longer names ("Health Ministry" after "Russian Health
    Ministry" and "Ukrainian Health Ministry": which one is meant is not known)."""
    groups = [s for s in sources if s.kind == "named group"]
    into: dict[str, Source] = {}
    for short in groups:
        if " " not in short.name:
            continue
        longer = [s for s in groups if s is not short and s.name.endswith(" " + short.name)]
        if len(longer) == 1:
            into[short.name] = longer[0]
    if not into:
        return sources
    merged = {id(full): full for full in into.values()}
    for short_name, full in into.items():
        short = next(s for s in groups if s.name == short_name)
        now = merged[id(full)]
        merged[id(full)] = replace(now, mentions=tuple(sorted(set(now.mentions) | set(short.mentions))),
                                   quoted=now.quoted or short.quoted, attributions=now.attributions + short.attributions)
    return [merged.get(id(s), s) for s in sources if s.name not in into or s.kind != "named group"]


def _link_sources(article: Article) -> list[Source]:
    """One source per site the article links to, with the spans of its links' anchor text."""
    by_domain: dict[str, list[tuple[int, int]]] = {}
    for link in article.links:
        if link.domain:
            by_domain.setdefault(link.domain, []).append((link.start, link.end))
    return [Source(domain, "link", None, tuple(sorted(spans)), False, 0, domain) for domain, spans in by_domain.items()]


@lru_cache(maxsize=1)
def _outlet_names() -> dict[str, frozenset[str]]:
    """alias (case-folded, no leading 'the') -> the outlets it may name (data/outlet_aliases.csv)."""
    names: dict[str, set[str]] = {}
    for row in load_lexicon("outlet_aliases.csv"):
        for name in (row["alias"], row["outlet"]):
            names.setdefault(_outlet_key(name), set()).add(row["outlet"])
    return {k: frozenset(v) for k, v in names.items()}


def _outlet_key(name: str) -> str:
    """The name with white space made single spaces, without an opening "the ", case-folded."""
    # (A test of the first four characters, not a regex substitution: asked twice for every source. After the
    # join the only white space left is single spaces, and no letter but t, h, e matches "the" in any case.)
    key = " ".join(name.split())
    if key[3:4] == " " and key[:3].lower() == "the":
        key = key[4:]
    return key.casefold()


def outlets_named(name: str) -> frozenset[str]:
    """The outlets a source's name may stand for (empty when it names none the kit knows).

    >>> sorted(outlets_named("NYT")), sorted(outlets_named("the Times"))
    (['The New York Times'], ['The New York Times', 'The Times (London)'])
    """
    return _outlet_names().get(_outlet_key(name), frozenset())


def _merge_outlets(sources: list[Source]) -> list[Source]:
    """Fold the sources that name one outlet into the first of them (mentions and counts added up).

    A name that may mean two outlets ("the Times") joins only a source whose
    name means exactly one of them ("NYT"), so two different papers are never merged.
    """
    firm = {}
    for s in sources:
        outlets = outlets_named(s.name)
        if len(outlets) == 1 and s.kind in ("named group", "named person", "unnamed"):
            firm.setdefault(next(iter(outlets)), s)
    groups: dict[str, list[Source]] = {}
    kept: list[Source] = []
    for s in sources:
        home = next((o for o in sorted(outlets_named(s.name)) if o in firm), None)
        if home is None or s.kind not in ("named group", "named person", "unnamed"):
            kept.append(s)
        else:
            groups.setdefault(home, []).append(s)
    for members in groups.values():
        members.sort(key=lambda m: m.mentions[0][0] if m.mentions else 10**9)
        first = members[0]
        spans = tuple(sorted({sp for m in members for sp in m.mentions}))
        kept.append(Source(first.name, "named group", None, spans, any(m.quoted for m in members),
                           sum(m.attributions for m in members)))
    return kept


def link_kind(url: str, article_url: str | None = None, outlet: str | None = None) -> str:
    """What a link leads to, as data/link_hints.csv names it: same outlet, document, official site, another outlet, other page.

    ``article_url`` is the article's own address (``Article.meta.url``): a link
    to the same site is the outlet's own earlier story.

    >>> link_kind("https://council.example/files/budget-2026.pdf")
    'document'
    >>> link_kind("https://news.example/2025/older-story", "https://www.news.example/today")
    'same outlet'
    """
    site = domain_of(url)
    if site and ((article_url and site == domain_of(article_url))
                 or (outlet and _outlet_key(outlet).replace(" ", "") in site.replace("-", ""))):
        return "same outlet"
    for row in load_lexicon("link_hints.csv"):
        if row["pattern"] and re.search(row["pattern"], url, re.I):
            return row["kind"]
    return "other page"


def link_hints() -> dict[str, str]:
    """kind of link -> the question to ask of it (data/link_hints.csv).

    >>> sorted(link_hints())[:2]
    ['another outlet', 'document']
    """
    return {row["kind"]: row["hint"] for row in load_lexicon("link_hints.csv")}
