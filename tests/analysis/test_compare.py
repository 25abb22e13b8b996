"""compare(a, b): two articles side by side, on the invented practice pairs and on web pages."""

import dataclasses
from pathlib import Path

import pytest

from medialit import find_hedges, find_quotes, load_article, readability
from medialit.analysis.compare import NO_SPEAKER, Comparison, compare, profile

ROOT = Path(__file__).resolve().parents[2]
PAIRS = ROOT / "seeds" / "extra" / "pairs"
PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"


def pair(first, second):
    return load_article(PAIRS / f"{first}.txt"), load_article(PAIRS / f"{second}.txt")


def test_the_pairs_are_there_with_their_readme():
    names = sorted(p.name for p in PAIRS.glob("*.txt"))
    assert names == ["fuel-levy-blog.txt", "fuel-levy-wire.txt", "sinkhole-local.txt", "sinkhole-sensational.txt"]
    readme = (PAIRS / "README.md").read_text(encoding="utf-8")
    assert "invented" in readme and all(n in readme for n in names)


def test_the_partisan_blog_uses_loaded_verbs_and_the_wire_does_not():
    c = compare(*pair("fuel-levy-wire", "fuel-levy-blog"))
    assert c.a.loaded_verbs == ()
    assert {"insisted", "conceded", "claimed"} <= set(c.b.loaded_verbs)
    assert "loaded reporting verb" in c.takeaway and c.b.label in c.takeaway


def test_the_blog_gives_its_space_to_one_side():
    c = compare(*pair("fuel-levy-wire", "fuel-levy-blog"))
    wire = {s.speaker: s.share for s in c.a.speakers}
    blog = {s.speaker: s.share for s in c.b.speakers}
    assert wire["Helen Achterberg"] > wire["Rob Quayle"] > 0
    assert blog["Rob Quayle"] > 5 * blog["Helen Achterberg"]
    assert c.b.boosters_per_100 > c.a.boosters_per_100


def test_the_sensational_story_gives_most_quoted_words_to_one_neighbour():
    c = compare(*pair("sinkhole-local", "sinkhole-sensational"))
    assert c.b.speakers[0].speaker.endswith("Gary Pinto") and c.b.speakers[0].share > 0.2
    assert c.a.speakers[0].speaker == "Maria Dunmore"
    assert c.a.loaded_verbs == () and "admitted" in c.b.loaded_verbs


def test_shares_are_the_quoted_characters_over_the_body_characters():
    art = load_article(PAIRS / "fuel-levy-wire.txt")
    p = profile(art)
    body = [b for b in art.blocks if b.kind == "body"]
    quoted = [q for q in find_quotes(art.text) if any(b.start <= q.start and q.end <= b.end for b in body)]
    total = sum(len(b.text) for b in body)
    assert sum(s.quotes for s in p.speakers) == len(quoted)
    assert p.quoted_share == pytest.approx(sum(q.end - q.start for q in quoted) / total, abs=1e-3)
    assert [s.chars for s in p.speakers] == sorted((s.chars for s in p.speakers), reverse=True)


def test_hedges_and_boosters_are_per_100_body_words():
    art = load_article(PAIRS / "sinkhole-local.txt")
    p = profile(art)
    words = readability(art.body)["words_kit"]
    hedges = sum(h.kind == "hedge" for h in find_hedges(art.body))
    assert p.words == words and p.hedges_per_100 == pytest.approx(100 * hedges / words, abs=0.01)
    assert p.reading_grade is not None and 0 < p.reading_grade < 20


def test_headline_lede_and_sources_only_in_one():
    a = load_article("Bridge Reopens\n\nThe bridge reopened on Monday, Mayor Ana Lopez said.\n\nTraffic was light.")
    b = load_article("Bridge Open Again\n\nThe bridge is open again, officials said. Lopez said it was safe.")
    c = compare(a, b)
    assert (c.a.title, c.a.lede) == ("Bridge Reopens", "The bridge reopened on Monday, Mayor Ana Lopez said.")
    assert c.only_in_a == () and "Ana Lopez" in c.in_both
    assert [s.lower() for s in c.only_in_b] == ["officials"]


def test_byline_date_and_outlet_from_the_text():
    art = load_article("Bridge Reopens\n\nBy Jane Doe\n\nPublished 3 May 2026\n\n"
                       "The bridge reopened on Monday, the council said.\n\n\u00a9 2026 Valley News")
    p = profile(art)
    assert (p.byline, p.date, p.outlet) == ("Jane Doe", "3 May 2026", "Valley News")
    assert p.label == "Valley News"


def test_byline_date_and_outlet_from_a_page_come_from_its_metadata():
    c = compare(load_article(PAGES / "wordpress-newsarticle.html"), load_article(PAGES / "amp-page.html"))
    assert (c.a.byline, c.a.date, c.a.outlet) == ("Priya Castellano", "2026-04-02", "The Harbridge Courier")
    assert (c.b.byline, c.b.date, c.b.outlet) == ("Hannah Brightwater", "2026-02-11", "Northvale Evening Post")


def test_plain_text_without_provenance_says_none():
    p = profile(load_article(PAIRS / "fuel-levy-blog.txt"))
    assert (p.byline, p.date, p.outlet) == (None, None, None) and p.label.startswith("\u2018Assembly")


def test_an_article_with_no_body_does_not_crash():
    p = profile(load_article("Just A Headline"))
    assert (p.lede, p.words, p.reading_grade, p.hedges_per_100, p.speakers) == (None, 0, None, 0.0, ())


def test_unattributed_quotes_are_counted_under_no_speaker():
    text = "Storm Warning\n\nThe storm was \u201cthe worst in living memory\u201d, it was reported."
    quotes = find_quotes(text)
    assert quotes and quotes[0].speaker is None  # the finder names no one here
    assert [s.speaker for s in profile(load_article(text)).speakers] == [NO_SPEAKER]


def test_takeaway_is_one_short_sentence_and_results_are_frozen():
    for first, second in [("fuel-levy-wire", "fuel-levy-blog"), ("sinkhole-local", "sinkhole-sensational")]:
        c = compare(*pair(first, second))
        assert isinstance(c, Comparison) and "\n" not in c.takeaway and c.takeaway.endswith(".")
        assert len(c.takeaway.split()) < 30
        with pytest.raises(dataclasses.FrozenInstanceError):
            c.takeaway = "x"


def test_two_identical_articles_have_no_difference():
    a = load_article(PAIRS / "sinkhole-local.txt")
    c = compare(a, a)
    assert c.only_in_a == c.only_in_b == () and "same" in c.takeaway
