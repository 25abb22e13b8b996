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

from .text import InputTypeError
from .article import Article, load_article  # noqa: F401  (load_article: for the example)
from .attribution import find_attributions
from .lexicons import load_lexicon
from .names import find_people
from .quotes import find_quotes

SOURCE_KINDS = ("named person", "named group", "unnamed", "agentless", "photo agency", "photographer")


@dataclass(frozen=True)
class Source:
    """One source. ``mentions`` are (start, end) spans in ``Article.text``; ``quoted``: a direct quote is theirs."""

    name: str
    kind: str
    role: str | None
    mentions: tuple[tuple[int, int], ...]
    quoted: bool
    attributions: int = 0


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


def find_sources(article: Article) -> list[Source]:
    """Everyone and everything ``article`` relies on, ordered by first mention.

    People and groups count as sources when the text attributes something to
    them (an attribution or a quote); people who are only mentioned are left
    out. Photo agencies and photographers come from the captions' credits.
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
        if a.source_kind == "agentless":
            key = (a.cue, "agentless")
        elif a.source:
            key = (a.source, a.source_kind)
        else:
            continue
        by_name.setdefault(key, []).append(a)
    for speaker in quoted:
        if not any(name == speaker for name, _ in by_name):
            by_name.setdefault((speaker, "named person"), [])

    sources = []
    for (name, kind), atts in by_name.items():
        person = people.get(name)
        spans = set(person.mentions) if person and kind == "named person" else set()
        for a in atts:
            if a.source_start is not None:
                spans.add((a.source_start, a.source_end))
            elif kind == "agentless":
                spans.add((a.start, a.end))
        role = person.role if person and kind == "named person" else None
        sources.append(Source(name, kind, role, tuple(sorted(spans)), name in quoted, len(atts)))
    sources += _credit_sources(article)
    return sorted(sources, key=lambda s: (s.mentions[0][0] if s.mentions else len(text), s.name))
