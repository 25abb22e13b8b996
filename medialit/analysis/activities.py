"""The hands-on activities' data (``seeds/activities/*.json``), read into plain frozen records.

The activity files hold a mock search page, an evidence pack of dated snippets,
a quote check and a sentence sort, each with the kit's own reading to compare
with. This module only reads and checks them; showing them is for
``medialit.views.activities``. A missing or broken file gives one
``ArticleError`` line, never a traceback.

>>> page = search_page_from_dict({"query": "q", "claim": "c", "task": "t", "results": [
...     {"rank": 1, "title": "A", "url": "u", "snippet": "s", "kind": "k", "confidence": "[1]",
...      "good_reader_notices": "n"}],
...     "model_choice": {"open_first": [1], "why": "w", "skip": [], "why_skip": ""}})
>>> page.results[0].title, page.open_first
('A', (1,))
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .text import ArticleError


@dataclass(frozen=True)
class SearchResult:
    """One result on the mock search page, with what a careful reader notices about it."""

    rank: int
    title: str
    url: str
    snippet: str
    kind: str
    confidence: str
    notices: str


@dataclass(frozen=True)
class SearchPage:
    """A mock results page for one query, and the kit's reading of which results to open first."""

    query: str
    claim: str
    task: str
    results: tuple[SearchResult, ...]
    open_first: tuple[int, ...]
    why: str
    skip: tuple[int, ...]
    why_skip: str


@dataclass(frozen=True)
class Claim:
    """A claim from the article to check, and what the record shows."""

    id: str
    article_line: int
    text: str
    record: str


@dataclass(frozen=True)
class Snippet:
    """One dated item in the evidence pack, with the kit's reading of who is behind it."""

    id: str
    outlet: str
    kind: str
    date: str
    summary: str
    who_is_behind: str
    independent_of: tuple[str, ...]
    copy_of: str | None
    about_claims: tuple[tuple[str, str], ...]
    citation: str
    confidence: str

    def about(self, claim_id: str) -> str:
        """What this snippet says about one claim ("Nothing." when it says nothing)."""
        return dict(self.about_claims).get(claim_id, "Nothing.")


@dataclass(frozen=True)
class EvidencePack:
    """Claims, snippets, and a plain definition of each kind of snippet."""

    claims: tuple[Claim, ...]
    kinds: tuple[tuple[str, str], ...]
    snippets: tuple[Snippet, ...]


@dataclass(frozen=True)
class QuoteFragment:
    """Words the article puts in quotation marks, set against the fuller text they come from."""

    sentence_id: str
    label: str
    full_text: str
    full_source: str
    fragment: str
    article_line: int
    dropped_or_changed: tuple[str, ...]
    fair_points: tuple[str, ...]


@dataclass(frozen=True)
class QuoteCheck:
    task: str
    fragments: tuple[QuoteFragment, ...]
    model_answer: str
    marking_note: str


@dataclass(frozen=True)
class SortSentence:
    """A sentence of the article with the kit's label (news / claim / interpretation) and reason."""

    id: str
    article_line: int
    sentence: str
    label: str
    reason: str
    debatable: bool
    other_labels: tuple[str, ...]
    record: str


@dataclass(frozen=True)
class SentenceSort:
    labels: tuple[tuple[str, str], ...]
    task: str
    sentences: tuple[SortSentence, ...]
    discussion_cases: tuple[str, ...]


def read_activity(path: str | Path) -> dict[str, Any]:
    """The JSON object in ``path``, or one ``ArticleError`` line saying what is wrong."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ArticleError(f"No activity file at {p}: run the notebook from the notebooks/ folder.") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ArticleError(f"The activity file {p.name} cannot be read: {exc}.") from None
    if not isinstance(data, dict):
        raise ArticleError(f"The activity file {p.name} does not hold a JSON object.")
    return data


def _need(data: dict, key: str, where: str) -> Any:
    if key not in data:
        raise ArticleError(f"The activity data has no {key!r} in {where}.")
    return data[key]


def search_page_from_dict(data: dict) -> SearchPage:
    """A ``SearchPage`` from the parsed ``search-results.json`` (see the module example)."""
    results = tuple(
        SearchResult(int(_need(r, "rank", "a result")), str(r.get("title", "")), str(r.get("url", "")),
                     str(r.get("snippet", "")), str(r.get("kind", "")), str(r.get("confidence", "")),
                     str(r.get("good_reader_notices", "")))
        for r in _need(data, "results", "the search page"))
    choice = data.get("model_choice", {})
    return SearchPage(str(data.get("query", "")), str(data.get("claim", "")), str(data.get("task", "")),
                      results, tuple(choice.get("open_first", ())), str(choice.get("why", "")),
                      tuple(choice.get("skip", ())), str(choice.get("why_skip", "")))


def _snippet(s: dict) -> Snippet:
    return Snippet(str(_need(s, "id", "a snippet")), str(s.get("outlet", "")), str(s.get("kind", "")),
                   str(s.get("date", "")), str(s.get("summary", "")), str(s.get("who_is_behind", "")),
                   tuple(s.get("independent_of", ())), s.get("copy_of"),
                   tuple((str(k), str(v)) for k, v in s.get("what_it_says_about_claim", {}).items()),
                   str(s.get("citation", "")), str(s.get("confidence", "")))


def evidence_pack_from_dict(data: dict) -> EvidencePack:
    """An ``EvidencePack`` from the parsed ``evidence-pack.json``.

    >>> pack = evidence_pack_from_dict({"claims": [{"id": "C1", "article_line": 3, "text": "t",
    ...     "what_the_record_shows": "r"}], "kinds": {}, "snippets": [{"id": "a",
    ...     "what_it_says_about_claim": {"C1": "Against it."}}]})
    >>> pack.snippets[0].about("C1"), pack.snippets[0].about("C9")
    ('Against it.', 'Nothing.')
    """
    claims = tuple(Claim(str(_need(c, "id", "a claim")), int(c.get("article_line", 0)), str(c.get("text", "")),
                         str(c.get("what_the_record_shows", "")))
                   for c in _need(data, "claims", "the evidence pack"))
    kinds = tuple((str(k), str(v)) for k, v in data.get("kinds", {}).items())
    return EvidencePack(claims, kinds, tuple(_snippet(s) for s in _need(data, "snippets", "the evidence pack")))


def quote_check_from_dict(data: dict) -> QuoteCheck:
    """A ``QuoteCheck`` from the parsed ``quote-check.json``: one entry per quoted fragment."""
    fragments = []
    for s in _need(data, "sentences", "the quote check"):
        source = s.get("source", {})
        where = "; ".join(x for x in (f"{source.get('outlet', '')}, {source.get('date', '')}".strip(", "),
                                      str(s.get("confidence", ""))) if x)
        for f in _need(s, "article_fragments", "a sentence"):
            fragments.append(QuoteFragment(str(s.get("id", "")), str(s.get("label", "")),
                                           str(_need(s, "kremlin_english", "a sentence")), where,
                                           str(_need(f, "fragment", "a fragment")), int(f.get("article_line", 0)),
                                           tuple(f.get("dropped_or_changed", ())), tuple(f.get("fair_points", ()))))
    return QuoteCheck(str(data.get("task", "")), tuple(fragments), str(data.get("model_answer", "")),
                      str(data.get("marking_note", "")))


def sentence_sort_from_dict(data: dict) -> SentenceSort:
    """A ``SentenceSort`` from the parsed ``news-claim-interpretation.json``, sentences in article order."""
    sentences = tuple(
        SortSentence(str(_need(s, "id", "a sentence")), int(s.get("article_line", 0)),
                     str(_need(s, "sentence", "a sentence")), str(_need(s, "label", "a sentence")),
                     str(s.get("reason", "")), bool(s.get("debatable", False)),
                     tuple(s.get("other_reasonable_labels", ())), str(s.get("what_the_record_shows", "")))
        for p in _need(data, "paragraphs", "the sentence sort") for s in _need(p, "sentences", "a paragraph"))
    labels = tuple((str(k), str(v)) for k, v in _need(data, "labels", "the sentence sort").items())
    return SentenceSort(labels, str(data.get("task", "")), sentences, tuple(data.get("discussion_cases", ())))


def load_search_page(path: str | Path) -> SearchPage:
    """``search-results.json`` read from ``path``."""
    return search_page_from_dict(read_activity(path))


def load_evidence_pack(path: str | Path) -> EvidencePack:
    """``evidence-pack.json`` read from ``path``."""
    return evidence_pack_from_dict(read_activity(path))


def load_quote_check(path: str | Path) -> QuoteCheck:
    """``quote-check.json`` read from ``path``."""
    return quote_check_from_dict(read_activity(path))


def load_sentence_sort(path: str | Path) -> SentenceSort:
    """``news-claim-interpretation.json`` read from ``path``."""
    return sentence_sort_from_dict(read_activity(path))
