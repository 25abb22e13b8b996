"""The numbers behind the lessons' figures: who gets words, hedges per paragraph, readability, sources.

Every figure in ``medialit.views.plots`` draws one of these tables, and the
exercise checks compare a learner's answer with the same numbers, so a figure
and a check can never disagree. Each function returns plain rows (dicts) that
can be printed and checked by hand.

>>> [r["words"] for r in sentence_length_data("One two. A 30-day truce began.")]
[2, 4]
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

from .article import Article, load_article
from .attribution import find_attributions
from .hedges import find_hedges
from .quotes import find_quotes
from .report import MissingItem, find_missing
from .sources import find_sources
from .readability import kit_word_spans, readability, readability_by_block, sentence_word_counts  # counted as the formulas count
from .text import ArticleError, sentence_spans

#: Above this many words a sentence counts as long (GOV.UK content design
#: guidance suggests keeping sentences to 25 words or fewer).
LONG_SENTENCE = 25
#: How ``voice_data`` names words no one is named for.
NO_SPEAKER = "(speaker not named)"
NO_SOURCE = "(no one named)"
#: The blocks a reader sees on the page (empty lines have no words to score).
TEXT_KINDS = ("headline", "subheading", "image_label", "caption", "body", "boilerplate")
#: The groups ``source_mix`` counts sources in.
MIX_BUCKETS = ("named", "unnamed", "agentless", "photo credits")
_BUCKET = {"named person": "named", "named group": "named", "unnamed": "unnamed", "agentless": "agentless",
           "photo agency": "photo credits", "photographer": "photo credits", "photo credit": "photo credits",
           "agency": "photo credits", "link": "links"}


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """Words in ``text[start:end]``, counted as the lessons and the readability formulas count them.

    "30-day", "U.S." and "1,000" are one word each (``readability.kit_word_spans``).

    >>> count_words("A 30-day U.S. plan for 1,000 towns.")
    7
    """
    return len(kit_word_spans(text, start, end))


def body_words(article_or_text: Article | str) -> int:
    """The kit's one word count of an article: the words of its body paragraphs (not headline, captions...).

    Every view that shows a word count shows this one, labelled by ``words_in_body``.

    >>> body_words("Rain Due\\n\\nIt will probably rain tomorrow, forecasters said.")
    7
    """
    art = article_of(article_or_text)
    return sum(count_words(art.text, b.start, b.end) for b in art.blocks_of("body"))


def words_in_body(n: int) -> str:
    """How a view labels the body word count.

    >>> words_in_body(458), words_in_body(1)
    ('458 words in the body', '1 word in the body')
    """
    return f"{n} word{'' if n == 1 else 's'} in the body"


def in_body(article: Article, offset: int) -> bool:
    """Does the character at ``offset`` belong to a body paragraph?

    >>> art = load_article("Rain Due\\n\\nIt may rain.")
    >>> in_body(art, 0), in_body(art, 12)
    (False, True)
    """
    return any(b.start <= offset < b.end for b in article.blocks_of("body"))


def text_of(article_or_text: Article | str) -> str:
    """The text of an article, or the text itself.

    >>> text_of("Rain")
    'Rain'
    """
    return article_or_text.text if isinstance(article_or_text, Article) else article_or_text


def article_of(article_or_text: Article | str) -> Article:
    """An ``Article``: the one given, or one read from the text.

    >>> [b.kind for b in article_of("A Title\\n\\nThe body.").blocks]
    ['headline', 'body']
    """
    return article_or_text if isinstance(article_or_text, Article) else load_article(article_or_text)


def voice_data(article_or_text: Article | str, quotes: Sequence | None = None,
               attributions: Sequence | None = None) -> list[dict]:
    """Words attributed to each source, split into direct-quote and indirect words.

    Definition (kept simple on purpose): a source's *direct* words are the
    words inside the quotations the text gives to that speaker. Its *indirect*
    words are the words of each sentence that carries an indirect attribution
    to it ("X said that ..."), counted once per sentence, leaving out words
    inside quotation marks (already counted as direct). Sources are sorted by
    total words, then by name. ``quotes``/``attributions`` default to running
    the finders on the text. Given an Article, only its body is counted (captions
    and photo labels are not the story's voices), as the kit measures everything else.

    >>> from medialit.analysis.quotes import Quote
    >>> voice_data("Ann Lee said: \\u201cWe will win.\\u201d", quotes=[Quote("We will win.", 15, 27, "Ann Lee", "said")], attributions=[])
    [{'source': 'Ann Lee', 'direct': 3, 'indirect': 0, 'total': 3}]
    """
    text = article_or_text.body if isinstance(article_or_text, Article) else article_or_text
    if quotes is None:
        quotes = find_quotes(text)
    if attributions is None:
        attributions = find_attributions(text)
    direct: Counter = Counter()
    indirect: Counter = Counter()
    quoted = [(q.start, q.end) for q in quotes]
    for q in quotes:
        direct[q.speaker or NO_SPEAKER] += len(kit_word_spans(text, q.start, q.end))
    sentences = sentence_spans(text)
    seen: set[tuple[str, int]] = set()
    for a in attributions:
        if a.direct:
            continue
        who = a.source or NO_SOURCE
        sent = next(((s, e) for s, e in sentences if s <= a.start < e), None)
        if sent is None or (who, sent[0]) in seen:
            continue
        seen.add((who, sent[0]))
        words = kit_word_spans(text, *sent)
        indirect[who] += sum(1 for ws, we in words if not any(qs <= ws and we <= qe for qs, qe in quoted))
    names = set(direct) | set(indirect)
    rows = [{"source": n, "direct": direct[n], "indirect": indirect[n], "total": direct[n] + indirect[n]}
            for n in names]
    return sorted(rows, key=lambda r: (-r["total"], r["source"]))


def hedges_per_paragraph(article: Article | str, hedges: Sequence | None = None) -> list[dict]:
    """Hedges, boosters and words in each body paragraph, and their rate per 100 words.

    ``hedges`` defaults to ``find_hedges(article.text)``; each is counted in the
    body paragraph that holds its start.

    >>> from medialit.analysis.hedges import Hedge
    >>> art = load_article("T\\n\\nIt may rain today.")
    >>> hedges_per_paragraph(art, hedges=[Hedge("may", 6, 9, "hedge", "modal", "")])
    [{'paragraph': 1, 'line': 3, 'hedges': 1, 'boosters': 0, 'words': 4, 'per_100': 25.0}]
    """
    art = article_of(article)
    if hedges is None:
        hedges = find_hedges(art.text)
    rows = []
    for n, b in enumerate(art.blocks_of("body"), 1):
        inside = [h for h in hedges if b.start <= h.start < b.end]
        words = count_words(art.text, b.start, b.end)
        hn = sum(1 for h in inside if h.kind == "hedge")
        bn = sum(1 for h in inside if h.kind == "booster")
        rows.append({"paragraph": n, "line": b.line, "hedges": hn, "boosters": bn, "words": words,
                     "per_100": round(100 * (hn + bn) / words, 1) if words else 0.0})
    return rows


def readability_data(article: Article | str, rows: list[dict] | None = None,
                     kinds: Sequence[str] = TEXT_KINDS) -> list[dict]:
    """Flesch Reading Ease of each block with words in it, from ``readability_by_block``.

    Each row: ``line``, ``kind``, ``words``, ``score`` (Flesch Reading Ease:
    higher is easier; 60-70 is plain English) and ``grade``.

    >>> [(r["line"], r["kind"]) for r in readability_data("A Title\\n\\nThe cat sat on the mat.")]
    [(1, 'headline'), (3, 'body')]
    """
    if rows is None:
        rows = readability_by_block(article_of(article), kinds=tuple(kinds))
    out = []
    for r in rows:
        score = _pick(r, "flesch_reading_ease", "reading_ease", "flesch", "score")
        if score is None:
            continue
        out.append({"line": r.get("line"), "kind": r.get("kind", "body"),
                    "words": _pick(r, "words", "word_count") or 0, "score": round(float(score), 1),
                    "grade": _pick(r, "grade", "flesch_kincaid_grade", "fk_grade")})
    return out


def _pick(row: dict, *keys: str):
    for k in keys:
        if row.get(k) is not None:
            return row[k]
    return None


def sentence_length_data(text: str) -> list[dict]:
    """Words in each sentence, in order: ``number``, ``start``, ``end``, ``words``.

    Words are counted as the readability formulas count them ("30-day" and
    "U.S." are one word each: ``readability.sentence_word_counts``).

    >>> [r["words"] for r in sentence_length_data("One two. A 30-day truce began.")]
    [2, 4]
    """
    return [{"number": i, "start": s, "end": e, "words": n}
            for i, (s, e, n) in enumerate(sentence_word_counts(text), 1)]


def source_mix(sources: Iterable, attributions: Iterable = ()) -> dict[str, int]:
    """Counts of named, unnamed, agentless sources and photo credits (anything else: "other").

    ``sources`` are ``Source`` objects (by ``kind``). Claims with no source at
    all ("It is noted that ...") are often not in the source list; pass the
    ``attributions`` to count each agentless one, unless the sources already do.

    >>> from medialit.analysis.sources import Source
    >>> source_mix([Source("Ann Lee", "named person", None, ((0, 7),), False), Source("officials", "unnamed", None, ((9, 18),), False)])
    {'named': 1, 'unnamed': 1, 'agentless': 0, 'photo credits': 0}
    """
    counts = {b: 0 for b in MIX_BUCKETS}
    for s in sources:
        bucket = _BUCKET.get(s.kind, "other")
        counts[bucket] = counts.get(bucket, 0) + 1
    if counts["agentless"] == 0:
        counts["agentless"] = sum(1 for a in attributions if a.source_kind == "agentless")
    return counts


def block_mix(article: Article | str) -> dict[str, int]:
    """Words in each kind of block (headline, photo label, caption, body, ...), in page order.

    >>> block_mix("A Title\\n\\nOne body line here.")
    {'headline': 2, 'body': 4}
    """
    art = article_of(article)
    counts: dict[str, int] = {}
    for b in art.blocks:
        counts[b.kind] = counts.get(b.kind, 0) + count_words(art.text, b.start, b.end)
    return counts


@dataclass(frozen=True)
class ReportNumbers:
    """What lesson 05's report card says about an article, before it is shown.

    ``readability`` is None when the body has no words to score; ``loaded_cues``
    are the loaded reporting verbs in order. ``hedges``, ``boosters`` and
    ``hedge_categories`` (most common first) count the body only, and ``words``
    is ``body_words``: the rate per 100 words is the one lesson 03 teaches.
    """

    source_mix: tuple[tuple[str, int], ...]
    sources_by_kind: tuple[tuple[str, tuple[str, ...]], ...]
    attributions: int
    direct: int
    direct_quotes: int
    loaded_cues: tuple[str, ...]
    hedges: int
    boosters: int
    words: int
    hedge_categories: tuple[tuple[str, int], ...]
    readability: dict | None
    missing: tuple[MissingItem, ...]


def report_numbers(article: Article | str) -> ReportNumbers:
    """The report card's numbers for ``article``.

    >>> n = report_numbers("Rain Due\\n\\nIt will probably rain tomorrow, forecasters said.")
    >>> (n.attributions, n.hedges, n.words, [m.what for m in n.missing])
    (1, 2, 7, ['byline', 'date', 'outlet', 'links'])
    """
    art = article_of(article)
    text = art.text
    sources = find_sources(art)
    atts = find_attributions(text)
    found = [h for h in find_hedges(text) if in_body(art, h.start)]
    by_kind: dict[str, list[str]] = {}
    for s in sources:
        by_kind.setdefault(s.kind, []).append(s.name)
    try:
        scores = readability(art.body)
    except ArticleError:
        scores = None
    n_hedges = sum(1 for h in found if h.kind == "hedge")
    return ReportNumbers(
        source_mix=tuple(source_mix(sources, atts).items()),
        sources_by_kind=tuple((k, tuple(v)) for k, v in by_kind.items()),
        attributions=len(atts), direct=sum(1 for a in atts if a.direct),
        # One definition of "direct quote" in the kit: a passage in quotation marks.
        direct_quotes=len(find_quotes(text)),
        loaded_cues=tuple(a.cue for a in atts if a.verb_tone == "loaded"),
        hedges=n_hedges, boosters=len(found) - n_hedges, words=body_words(art),
        hedge_categories=tuple(Counter(h.category for h in found).most_common()),
        readability=scores or None, missing=tuple(find_missing(art)))
