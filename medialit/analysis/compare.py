"""Two articles side by side: "What do other sources say?"

``compare(a, b)`` reads two loaded articles about one event with the kit's
finders and sets out what differs: headline and lede, who wrote it, when and
for whom, who is quoted and how much of the story their words fill, the
sources only one article uses, loaded reporting verbs, hedges and boosters
per 100 words, and reading grade. Nothing here draws: a view shows it.

>>> a = load_article("Bridge Reopens\\n\\nThe bridge reopened on Monday, the council said. "
...                  "\\u201cIt is safe,\\u201d said engineer Ana Lopez.")
>>> b = load_article("Bridge Chaos Ends\\n\\nThe council finally admitted the bridge was fixed. "
...                  "Residents clearly suffered for months.")
>>> c = compare(a, b)
>>> c.a.loaded_verbs, c.b.loaded_verbs
((), ('admitted',))
>>> c.b.boosters_per_100 > 0
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Only the kit's public names, from the package itself: they stay put when modules move.
from .article import Article, load_article  # noqa: F401  (load_article: for the example)
from .attribution import find_attributions
from .hedges import find_hedges
from .quotes import find_quotes
from .readability import readability
from .report import FULL_DATE_RE
from .sources import find_sources
from .text import ArticleError

NO_SPEAKER = "(no speaker named)"
# Photo credits and "It is noted" are not sources of the story's claims to compare.
_NOT_COMPARED = ("photo agency", "photographer", "agentless")
_BYLINE_RE = re.compile(r"^\s*(?:by|written by|words by|reporting by)\s+(.+?)\s*$", re.I)
_COPYRIGHT_RE = re.compile(r"(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d)?\s*[•·|,-]?\s*([^\n]+)", re.I)


@dataclass(frozen=True)
class SpeakerShare:
    """One speaker's direct quotes: how many, and what share of the body's characters they fill (0 to 1)."""

    speaker: str
    quotes: int
    chars: int
    share: float


@dataclass(frozen=True)
class ArticleProfile:
    """What ``compare`` measures in one article. ``None`` where the article does not say (byline, date, outlet)."""

    title: str
    lede: str | None
    byline: str | None
    date: str | None
    outlet: str | None
    speakers: tuple[SpeakerShare, ...]
    quoted_share: float
    sources: tuple[str, ...]
    loaded_verbs: tuple[str, ...]
    hedges_per_100: float
    boosters_per_100: float
    words: int
    reading_grade: float | None

    @property
    def label(self) -> str:
        """A short name for the article: its outlet, else the first words of its headline in quotation marks."""
        if self.outlet:
            return self.outlet
        words = self.title.split()
        return "\u2018" + " ".join(words[:5]) + ("\u2026" if len(words) > 5 else "") + "\u2019"


@dataclass(frozen=True)
class Comparison:
    """Two profiles, the sources each has alone, and a one-sentence takeaway computed from the differences."""

    a: ArticleProfile
    b: ArticleProfile
    only_in_a: tuple[str, ...]
    only_in_b: tuple[str, ...]
    in_both: tuple[str, ...]
    takeaway: str


def _in_body(article: Article, start: int, end: int) -> bool:
    return any(b.start <= start and end <= b.end for b in article.blocks_of("body"))


def _byline(article: Article) -> str | None:
    if article.meta and article.meta.author:
        return article.meta.author
    for block in article.blocks[:6]:
        m = _BYLINE_RE.match(block.text)
        if m and block.kind == "boilerplate":
            return m.group(1)
    return None


def _date(article: Article) -> str | None:
    if article.meta and article.meta.date:
        return article.meta.date
    for block in article.blocks[:6]:
        m = FULL_DATE_RE.search(block.text)
        if m and block.kind != "caption":
            return m.group(0)
    return None


def _outlet(article: Article) -> str | None:
    if article.meta and article.meta.site_name:
        return article.meta.site_name
    for block in article.blocks_of("boilerplate"):
        m = _COPYRIGHT_RE.search(block.text)
        owner = m and re.sub(r"(?i)all rights reserved\.?", "", m.group(1)).strip(" .•·|,-")
        if owner and any(c.isalpha() for c in owner):
            return owner
    return None


def _speakers(article: Article, body_chars: int) -> tuple[tuple[SpeakerShare, ...], float]:
    counts: dict[str, list[int]] = {}
    for q in find_quotes(article.text):
        if _in_body(article, q.start, q.end):
            entry = counts.setdefault(q.speaker or NO_SPEAKER, [0, 0])
            entry[0] += 1
            entry[1] += q.end - q.start
    total = max(1, body_chars)
    shares = tuple(sorted((SpeakerShare(name, n, chars, round(chars / total, 4)) for name, (n, chars) in counts.items()),
                          key=lambda s: (-s.chars, s.speaker)))
    return shares, round(sum(s.chars for s in shares) / total, 4)


def profile(article: Article) -> ArticleProfile:
    """Measure one article for ``compare``.

    >>> p = profile(load_article("Rain Due\\n\\nIt may rain on Friday, forecasters said."))
    >>> p.title, p.lede, p.hedges_per_100 > 0
    ('Rain Due', 'It may rain on Friday, forecasters said.', True)
    """
    body_blocks = article.blocks_of("body")
    body = article.body
    body_chars = sum(len(b.text) for b in body_blocks)
    try:
        scores = readability(body)
        words, grade = scores["words_kit"], scores["flesch_kincaid_grade"]
    except ArticleError:  # no words the measures can count (a headline only)
        words, grade = 0, None
    speakers, quoted = _speakers(article, body_chars)
    loaded = tuple(article.text[a.start:a.end] for a in find_attributions(article.text)
                   if a.verb_tone == "loaded" and _in_body(article, a.start, a.end))
    hedges = find_hedges(body) if words else []
    per_100 = 100 / words if words else 0.0
    return ArticleProfile(
        title=article.title, lede=body_blocks[0].text if body_blocks else None,
        byline=_byline(article), date=_date(article), outlet=_outlet(article),
        speakers=speakers, quoted_share=quoted,
        sources=tuple(s.name for s in find_sources(article) if s.kind not in _NOT_COMPARED),
        loaded_verbs=loaded,
        hedges_per_100=round(sum(h.kind == "hedge" for h in hedges) * per_100, 2),
        boosters_per_100=round(sum(h.kind == "booster" for h in hedges) * per_100, 2),
        words=words, reading_grade=grade)


def _key(name: str) -> str:
    """Names match across articles on their last word, case-blind: 'Mayor Ana Lopez' and 'Lopez'."""
    words = re.findall(r"[\w'’-]+", name.casefold())
    return words[-1] if words else name.casefold()


def compare(a: Article, b: Article) -> Comparison:
    """Compare two articles about one event: see the module docstring."""
    pa, pb = profile(a), profile(b)
    keys_a, keys_b = {_key(s) for s in pa.sources}, {_key(s) for s in pb.sources}
    only_a = tuple(s for s in pa.sources if _key(s) not in keys_b)
    only_b = tuple(s for s in pb.sources if _key(s) not in keys_a)
    both = tuple(s for s in pa.sources if _key(s) in keys_b)
    return Comparison(pa, pb, only_a, only_b, both, _takeaway(pa, pb, only_a, only_b))


def _takeaway(pa: ArticleProfile, pb: ArticleProfile, only_a: tuple[str, ...], only_b: tuple[str, ...]) -> str:
    """The largest difference, in one sentence."""
    a, b = (pa.label, pb.label) if pa.label != pb.label else ("The first article", "the second")
    candidates: list[tuple[float, str]] = []
    la, lb = len(pa.loaded_verbs), len(pb.loaded_verbs)
    if la != lb:
        more, less, verbs = (a, b, pa.loaded_verbs) if la > lb else (b, a, pb.loaded_verbs)
        candidates.append((abs(la - lb) * 2.0, f"{more} uses {max(la, lb)} loaded reporting verb(s) "
                           f"({', '.join(sorted(set(verbs))[:3])}) where {less} uses {min(la, lb)}."))
    if len(only_a) != len(only_b):
        more, n = (a, len(only_a)) if len(only_a) > len(only_b) else (b, len(only_b))
        candidates.append((abs(len(only_a) - len(only_b)) * 1.5, f"{more} uses {n} source(s) the other leaves out."))
    boost = pb.boosters_per_100 - pa.boosters_per_100
    if abs(boost) >= 0.5:
        more, less = (b, a) if boost > 0 else (a, b)
        candidates.append((abs(boost) * 2.0, f"{more} sounds more certain than {less}: "
                           f"{max(pa.boosters_per_100, pb.boosters_per_100):.1f} boosters per 100 words against "
                           f"{min(pa.boosters_per_100, pb.boosters_per_100):.1f}."))
    share = pb.quoted_share - pa.quoted_share
    if abs(share) >= 0.1:
        more, less = (b, a) if share > 0 else (a, b)
        candidates.append((abs(share) * 10, f"Quotations fill {max(pa.quoted_share, pb.quoted_share):.0%} of {more} "
                           f"but {min(pa.quoted_share, pb.quoted_share):.0%} of {less}."))
    if not candidates:
        return f"{a} and {b} use the same kinds of sources and words in much the same way."
    return max(candidates, key=lambda c: c[0])[1]
