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
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from .text import InputTypeError
from .article import Article, load_article  # noqa: F401  (load_article: for the example)
from .attribution import find_attributions
from .lexicons import load_lexicon
from .names import find_people
from .quotes import find_quotes

SOURCE_KINDS = ("named person", "named group", "unnamed", "agentless", "photo agency", "photographer", "link")


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class CreditPart:
    """One hop of a photo credit: the words, what they are, and what that means for a reader."""

    text: str
    role: str
    meaning: str


def _terms() -> dict[str, dict[str, str]]:
    return {r["term"].lower(): r for r in load_lexicon("credit_terms.csv")}


def _name_case(words: str) -> str:
    """'LUDOVIC MARIN' -> 'Ludovic Marin'; mixed-case names are kept as written."""
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
            # The span of the part in the credit, matched case-insensitively ("LUDOVIC MARIN").
            m = re.search(re.escape(part.text), block.credit, re.I)
            span = (block.credit_start + m.start(), block.credit_start + m.end()) if m else (block.start, block.end)
            found.setdefault((part.text, kind), []).append(span)
    return [Source(name, kind, None, tuple(spans), False) for (name, kind), spans in found.items()]


# An organisation's own name: an inner capital ("WikiLeaks", "YouTube") or an acronym ("NATO", "NYT").
_ORGANISATION_NAME = re.compile(r"^(?:[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z]{2,}[a-z]?)$")
_SURNAME_PREFIX = re.compile(r"^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Al|El)[A-Z]")  # "McDonald", "DeSantis": people
# "<person> of / at / from <organisation> said": the organisation is where the person works, not the source.
_AFFILIATION = re.compile(r"(?:,\s*(?:an?|the)\s+[^,.;]{1,60}?)?\s+(?:of|at|from)\s+(?:the\s+)?$")


def _source_key(a, text: str, people: dict) -> tuple[str, str] | None:
    """The (name, kind) an attribution is counted under, or None when it names no source.

    Two corrections to the attribution finder, both about organisations and
    the people who work there: "Professor Ana Lopez of Valley University said"
    is Ana Lopez speaking, and "WikiLeaks" or "NATO" is an organisation (a named
    group), not a person and not an unnamed source.
    """
    if a.source_kind == "agentless":
        return (a.cue, "agentless")
    if not a.source:
        return None
    if a.source_kind == "named group" and a.source_start is not None:
        before = text[max(0, a.source_start - 120):a.source_start]
        for name, person in people.items():
            if getattr(person, "kind", "person") != "person":
                continue
            for start, end in person.mentions:
                if end <= a.source_start and _AFFILIATION.fullmatch(text[end:a.source_start]) and before:
                    return (name, "named person")
    if a.source_kind in ("named person", "unnamed") and _ORGANISATION_NAME.match(a.source) \
            and not _SURNAME_PREFIX.match(a.source):
        return (a.source, "named group")
    return (a.source, a.source_kind)


def find_sources(article: Article) -> list[Source]:
    """Everyone and everything ``article`` relies on, ordered by first mention.

    People and groups count as sources when the text attributes something to
    them (an attribution or a quote); people who are only mentioned are left
    out. Photo agencies and photographers come from the captions' credits; the
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
    text = article.text
    attributions = find_attributions(text)
    quotes = find_quotes(text)
    people = {p.name: p for p in find_people(text)}
    quoted = {q.speaker for q in quotes if q.speaker}

    by_name: dict[tuple[str, str], list] = {}
    for a in attributions:
        key = _source_key(a, text, people)
        if key:
            by_name.setdefault(key, []).append(a)
    for speaker in quoted:
        if not any(name == speaker for name, _ in by_name):
            by_name.setdefault((speaker, "named person"), [])

    sources = []
    for (name, kind), atts in by_name.items():
        person = people.get(name)
        spans = set(person.mentions) if person and kind == "named person" else set()
        for a in atts:
            if a.source_start is not None and not (kind == "named person" and a.source_kind == "named group"):
                spans.add((a.source_start, a.source_end))  # (not the workplace of a person: "Ana Lopez of X said")
            elif kind == "agentless":
                spans.add((a.start, a.end))
        role = person.role if person and kind == "named person" else None
        sources.append(Source(name, kind, role, tuple(sorted(spans)), name in quoted, len(atts)))
    sources = _merge_outlets(sources)
    sources += _credit_sources(article) + _link_sources(article)
    return sorted(sources, key=lambda s: (s.mentions[0][0] if s.mentions else len(text), s.name))


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
    return re.sub(r"^the\s+", "", " ".join(name.split()), flags=re.I).casefold()


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
    site = _site(url)
    if site and ((article_url and site == _site(article_url))
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


def _site(url: str) -> str | None:
    host = (urlsplit(url).hostname or "").lower()
    return (host[4:] if host.startswith("www.") else host) or None
