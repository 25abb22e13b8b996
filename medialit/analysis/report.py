"""What is missing: the provenance signals a reader looks for before trusting a story.

A careful reader asks who wrote a story, who published it, when, and where its
facts come from. ``find_missing`` checks an article for a byline, an outlet
name, a full date and links to primary sources, and reports each one that is
absent, with a hint on how to look for it elsewhere (lateral reading).

>>> art = load_article("Rain Expected\\n\\nIt will rain tomorrow, forecasters said.")
>>> [m.what for m in find_missing(art)]
['byline', 'date', 'outlet', 'links']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .article import Article, is_byline, load_article  # noqa: F401  (load_article: for the example)

# A full date (day, month and year, in either order, or ISO): "5 May 2025", "May 5th, 2025", "2025-05-05".
# ``compare`` dates an article with it too.
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
FULL_DATE_RE = re.compile(
    rf"\b\d{{1,2}}\s+{_MONTH}\.?,?\s+(?:19|20)\d\d\b|\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b"
    r"|\b(?:19|20)\d\d-\d\d-\d\d\b"
)
_PUBLISHED_RE = re.compile(r"^.*\b(?:published|updated|posted)\b.*$", re.I | re.M)
_DATELINE_RE = re.compile(r"^\W*(?:by\b|published\b|updated\b|posted\b|\d{1,2}\s|[A-Z][a-z]+\s\d{1,2},)", re.I)
_LINK_RE = re.compile(r"https?://\S+|\bwww\.\S+", re.I)
_COPYRIGHT_RE = re.compile(r"(?:©|\(c\)|copyright)\s*(?P<year>(?:19|20)\d\d)?\s*[•·|,-]?\s*(?P<owner>[^\n]*)", re.I)
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass(frozen=True)
class MissingItem:
    """One provenance signal the article lacks, or a warning about one it has.

    ``what`` is byline, date, outlet, links or copyright; ``why`` says why a
    reader wants it; ``how_to_check`` suggests where to look instead.
    """

    what: str
    why: str
    how_to_check: str


def _outlet_from_copyright(text: str) -> str | None:
    for m in _COPYRIGHT_RE.finditer(text):
        owner = re.sub(r"(?i)all rights reserved\.?", "", m.group("owner")).strip(" .•·|,-")
        if owner and any(c.isalpha() for c in owner):
            return owner
    return None


def _publication_date(article: Article) -> bool:
    """A full date near the top (a dateline, before the first body paragraph) or on a 'Published' line."""
    for block in article.blocks:
        if block.kind == "body" and not _DATELINE_RE.match(block.text):
            break
        if block.kind != "caption" and FULL_DATE_RE.search(block.text):
            return True
    return any(FULL_DATE_RE.search(line) for line in _PUBLISHED_RE.findall(article.text))


def find_missing(article: Article) -> list[MissingItem]:
    """The provenance signals ``article`` lacks (byline, full date, outlet, links), plus a stale copyright year.

    For a web page, ``article.meta`` (author, date, site name) and ``article.links``
    are read first; the text is searched only for what the page's data does not say.

    >>> [m.what for m in find_missing(load_article("T\\n\\nBy Ana Lopez, 3 May 2024\\n\\nIt rained. See https://example.org"))]
    ['outlet']
    >>> page = load_article('<html><head><meta name="author" content="Ana Lopez"><meta property="og:site_name" '
    ...     'content="Valley News"></head><body><h1>Bridge Reopens</h1><p>The old bridge reopened on Monday, '
    ...     '<a href="https://council.example/report">the council said</a> in a report that listed every repair '
    ...     'made to it since the spring floods.</p></body></html>')
    >>> [m.what for m in find_missing(page)]
    ['date']
    """
    text = article.text
    meta = article.meta  # what a web page says about itself comes first; the text is read only where it is silent
    missing: list[MissingItem] = []
    if not (meta and meta.author) and not any(is_byline(b.text) for b in article.blocks):
        missing.append(MissingItem(
            "byline", "No author is named, so you cannot check who wrote it or what else they have written.",
            "Search the headline in quotation marks to find the original publisher and author."))
    if not (meta and meta.date) and not _publication_date(article):
        in_caption = any(FULL_DATE_RE.search(b.text) for b in article.blocks_of("caption"))
        missing.append(MissingItem(
            "date", "No publication date: words like 'on Saturday' or 'a few days ago' cannot be placed in time"
            + (" (the only full date is in a photo caption: that is when the photo was taken)." if in_caption else "."),
            "Find the same story on a dated page (a news agency, the original publisher) and work the dates out."))
    if not (meta and meta.site_name) and not _outlet_from_copyright(text):
        missing.append(MissingItem(
            "outlet", "No outlet is named, so you cannot judge its track record or its owners.",
            "Search a distinctive sentence or the slogan; look up who runs the site (lateral reading)."))
    if not article.links and not _LINK_RE.search(text):
        missing.append(MissingItem(
            "links", "No links to the primary sources (statements, transcripts, posts) the story relies on.",
            "Search for the original statement on the speaker's official site or account."))
    copyright_years = [int(m.group("year")) for m in _COPYRIGHT_RE.finditer(text) if m.group("year")]
    story_years = [int(y) for y in _YEAR_RE.findall(text)]
    if copyright_years and story_years and max(story_years) > max(copyright_years):
        missing.append(MissingItem(
            "copyright", f"The copyright line says {max(copyright_years)}, but the story mentions {max(story_years)}: "
            "the page template may be old or the site poorly maintained.",
            "A small signal, not proof: compare with other pages of the same site."))
    return missing


@dataclass(frozen=True)
class Provenance:
    """Who wrote an article, when, for whom, and where it was published: ``None`` where it does not say.

    ``from_page`` names the fields the page's own data gave (the rest were read from the text).
    """

    author: str | None
    date: str | None
    outlet: str | None
    url: str | None
    from_page: tuple[str, ...] = ()


_BYLINE_NAME = re.compile(r"^\W*(?:(?:opinion|analysis|comment|commentary|review|column)\s+)?"
                          r"(?:by|written by|words by|reporting by)\s+(.+?)\s*$", re.I)


def provenance(article: Article) -> Provenance:
    """Who wrote ``article``, when and for whom: the page's own data first, else the text's byline,
    dateline and copyright line; never guessed beyond that.

    >>> p = provenance(load_article("Rain Due\\n\\nBy Ana Lopez, 3 May 2024\\n\\nIt will rain. © 2024 Valley News"))
    >>> (p.author, p.date, p.outlet, p.url)
    ('Ana Lopez, 3 May 2024', '3 May 2024', 'Valley News', None)
    """
    meta = article.meta
    from_page = tuple(f for f, v in (("author", meta and meta.author), ("date", meta and meta.date),
                                     ("outlet", meta and meta.site_name), ("url", meta and meta.url)) if v)
    author = meta.author if meta and meta.author else None
    if author is None:
        author = next((m.group(1) for b in article.blocks if is_byline(b.text)
                       for m in [_BYLINE_NAME.match(b.text)] if m), None)
    date = meta.date if meta and meta.date else None
    if date is None and _publication_date(article):
        date = next((m.group(0) for b in article.blocks if b.kind != "caption"
                     for m in [FULL_DATE_RE.search(b.text)] if m), None)
    outlet = meta.site_name if meta and meta.site_name else _outlet_from_copyright(article.text)
    return Provenance(author, date, outlet, meta.url if meta else None, from_page)


def links_by_paragraph(article: Article) -> list[tuple[int, str, tuple]]:
    """(paragraph number, paragraph text, its links) for each body paragraph: does each claim link anywhere?

    >>> [(n, len(links)) for n, _, links in links_by_paragraph(load_article("T\\n\\nOne.\\n\\nTwo."))]
    [(1, 0), (2, 0)]
    """
    out = []
    for n, block in enumerate(article.blocks_of("body"), start=1):
        inside = tuple(l for l in article.links if block.start <= l.start and l.end <= block.end)
        out.append((n, block.text, inside))
    return out
