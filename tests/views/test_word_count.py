"""Review L6 (issue 12): one word count in the whole kit. Every view that shows how many words an
article has shows its body words, counted one way (as the lessons and the readability formulas
count them), and says so: "458 words in the body"."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from medialit import load_article, readability
from medialit.analysis.compare import profile
from medialit.analysis.counts import block_mix, body_words, count_words, hedges_per_paragraph, report_numbers, words_in_body
from medialit.views.plots import takeaway_block_mix, takeaway_hedges_per_paragraph
from medialit.views.widgets import block_viewer, compare_articles, hedge_highlighter, report_card_html

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "putin-istanbul-talks-2025.txt"
ARTICLES = ([SEED] + sorted((ROOT / "seeds" / "extra").rglob("*.txt")) + sorted((ROOT / "tests" / "data" / "real").glob("*.txt"))
            + sorted((ROOT / "tests" / "data" / "pages").glob("*.html")))


def _text(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def _counts_shown(fragment: str) -> list[int]:
    """Every "N words ..." a view shows, with what follows it."""
    return [int(n) for n in re.findall(r"\b(\d+) words? in the body", _text(fragment))]


@pytest.fixture(scope="module", params=ARTICLES, ids=lambda p: p.name)
def article(request):
    return load_article(request.param)


def test_the_seed_has_the_458_body_words_the_lessons_teach():
    art = load_article(SEED)
    assert body_words(art) == 458
    assert readability(art.body)["words"] == 458  # textstat, as lessons 03 and 04 show it


def test_every_count_of_the_analysis_agrees(article):
    n = body_words(article)
    assert n == sum(count_words(b.text) for b in article.blocks_of("body"))
    assert block_mix(article).get("body", 0) == n
    assert sum(r["words"] for r in hedges_per_paragraph(article)) == n
    assert report_numbers(article).words == n
    assert profile(article).words == n


def test_every_view_shows_the_same_count_and_labels_it(article):
    n = body_words(article)
    label = words_in_body(n)
    shown = {
        "hedge highlighter": hedge_highlighter(article).output_html.value,
        "report card": report_card_html(article),
        "block mix takeaway": takeaway_block_mix(article),
        "hedges per paragraph takeaway": takeaway_hedges_per_paragraph(article),
        "comparison": compare_articles(article, article).output_html.value,
    }
    for view, fragment in shown.items():
        counts = _counts_shown(fragment)
        assert counts and set(counts) == {n}, f"{view} shows {counts}, not {label}"
    viewer = block_viewer(article)
    viewer.controls["kind"].value = "body"
    assert f"{n} word" in _text(viewer.output_html.value)


def test_the_hedge_highlighter_counts_the_body_and_says_what_it_left_out():
    art = load_article("Talks May Resume\n\nThe talks will probably resume on Monday, officials said.")
    summary = _text(hedge_highlighter(art).output_html.value)
    assert "2 hedges (softeners) and 0 boosters (strengtheners) in 9 words in the body: 22.2 per 100 words." in summary
    assert "1 more marked outside the body" in summary


def test_the_label_reads_well():
    assert words_in_body(458) == "458 words in the body" and words_in_body(1) == "1 word in the body"
