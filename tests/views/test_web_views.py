"""The views downstream of web pages: the report card's provenance and caution line, the source
explorer's links, the "bring your own" widget's uploads (issue 11 §3, issue 9 §6), and
compare_articles."""

import base64
import datetime as dt
import html
import re
from pathlib import Path

import pytest

from medialit import compare, load_article
from medialit.views.widgets import bring_your_own, compare_articles, report_card, report_card_html, source_explorer

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "tests" / "data" / "pages"
PAIRS = ROOT / "seeds" / "extra" / "pairs"
CAUTION = "These are counts of words the rules matched; each is a question for you."
STORY = "Rain Due\n\nBy Ana Lopez\n\nIt will probably rain tomorrow, forecasters said on Monday."


def _upload(view, name, data):
    item = {"name": name, "type": "text/html", "size": len(data), "content": memoryview(data),
            "last_modified": dt.datetime(2026, 5, 19, tzinfo=dt.timezone.utc)}
    view.controls["upload"].value = (item,)


def _text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", fragment))


# --- the report card -----------------------------------------------------------------------

def test_report_card_starts_with_provenance_from_the_page():
    art = load_article(PAGES / "big-outlet.html")
    out = report_card_html(art)
    assert CAUTION in out
    first = out.index("Where it comes from")
    assert first < out.index(">Sources</h4>")
    for value in (art.meta.author, art.meta.date, art.meta.site_name):
        assert html.escape(value) in out[first:out.index(">Sources</h4>")]
    # Per body paragraph: whether it links anywhere.
    assert "2 of 6 body paragraphs link to something" in out
    assert "callowayport.example" in out and "no link" in out


def test_report_card_says_not_stated_for_plain_text():
    out = report_card_html(load_article("Rain Due\n\nIt will rain tomorrow, forecasters said."))
    block = _text(out[out.index("Where it comes from"):out.index(">Sources</h4>")])
    assert block.count("not stated") == 3 and "No links" in block


def test_report_card_reads_a_byline_from_text():
    block = _text(report_card_html(load_article(STORY)))
    assert "Who wrote it Ana Lopez" in " ".join(block.split())


def test_report_card_escapes_page_text():
    page = ('<html><head><meta name="author" content="&lt;b&gt;Eve&lt;/b&gt;"></head><body><h1>A &lt;script&gt; test</h1>'
            '<p>The council said on Monday that <a href="https://x.example/?a=1&amp;b=%3Cscript%3E">the &lt;i&gt;report'
            '&lt;/i&gt;</a> listed every repair made to the old bridge since the spring floods.</p></body></html>')
    out = report_card_html(load_article(page))
    assert "A &lt;script&gt; test" in out and "<script>" not in out
    assert "<i>report</i>" not in out and "&lt;i&gt;report&lt;/i&gt;" in out


def test_report_card_widget_has_the_provenance_section():
    v = report_card(load_article(PAGES / "opinion-column.html"))
    v.controls["section"].value = "provenance"
    assert "Where it comes from" in v.output_html.value and v.output_html.value.count("<h4") == 1


# --- the source explorer ---------------------------------------------------------------------

def test_source_explorer_lists_every_link_with_its_domain_and_a_hint():
    art = load_article(PAGES / "big-outlet.html")
    v = source_explorer(art)
    options = dict(v.controls["source"].options)
    v.controls["source"].value = options[f"(every link: {len(art.links)})"]
    out = v.output_html.value
    for link in art.links:
        assert html.escape(link.text) in out and link.domain in out
    text = _text(out)
    assert "same outlet" in text and "document" in text and "primary document" in text
    v.controls["source"].value = options["callowayport.example (link)"]
    out = v.output_html.value
    assert "callowayport.example" in out and "Links the article gives (1)" in out


# --- bring your own article ------------------------------------------------------------------

def test_an_uploaded_html_page_shows_what_was_read_then_its_card():
    data = (PAGES / "big-outlet.html").read_bytes()
    art = load_article(PAGES / "big-outlet.html")
    v = bring_your_own("my notes")
    _upload(v, "port.html", data)
    status = v.status_html.value
    assert "Loaded port.html" in status
    for value in (art.title, art.meta.author, art.meta.date, art.meta.site_name):
        assert html.escape(value) in status
    assert f"<td style=\"padding:2px 0\">{len(art.blocks_of('body'))}</td>" in status
    assert v.controls["text"].value == "my notes"
    v.controls["analyse"].click()
    assert "Report card: " + html.escape(art.title) in v.output_html.value
    assert html.escape(art.meta.author) in v.output_html.value


def test_what_could_not_be_found_gets_one_note():
    v = bring_your_own()
    v.controls["text"].value = "Rain Due\n\nIt will rain tomorrow, forecasters said."
    notes = re.findall(r"Not found: [^.]*\.", v.status_html.value)
    assert notes == ["Not found: byline, date, outlet."]


def test_pasted_html_is_read_as_a_page():
    v = bring_your_own()
    v.controls["text"].value = (PAGES / "wordpress-newsarticle.html").read_text(encoding="utf-8")
    art = load_article(PAGES / "wordpress-newsarticle.html")
    assert html.escape(art.meta.author) in v.status_html.value
    v.controls["analyse"].click()
    assert "Report card: " + html.escape(art.title) in v.output_html.value


@pytest.mark.parametrize("name,data,needle", [
    ("story.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    ("story.html", b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(200)), "Word"),
    ("photo.html", b"\x89PNG\r\n\x1a\n" + bytes(range(200)), "image"),
    ("login.html", b"<html><body><form><input name=user><button>Sign in</button></form></body></html>", "no article text"),
    ("empty.txt", b"", "empty"),
])
def test_a_refused_upload_never_shows_the_previous_card(name, data, needle):
    v = bring_your_own(STORY)
    v.controls["analyse"].click()
    assert "Report card: Rain Due" in v.output_html.value
    _upload(v, name, data)
    line = v.status_html.value
    assert needle in line and name in line and line.count("<div") == 1
    assert "Report card" not in v.output_html.value  # cleared at once
    v.controls["analyse"].click()
    assert "Report card" not in v.output_html.value and needle in v.output_html.value
    assert v.controls["text"].value == STORY
    # Editing the box makes the box the article again.
    v.controls["text"].value = STORY + " More rain is due."
    v.controls["analyse"].click()
    assert "Report card: Rain Due" in v.output_html.value


def test_card_has_the_caution_line():
    v = bring_your_own(STORY)
    v.controls["analyse"].click()
    assert CAUTION in v.output_html.value


# --- compare_articles ------------------------------------------------------------------------

@pytest.mark.parametrize("a,b", [("fuel-levy-wire.txt", "fuel-levy-blog.txt"), ("sinkhole-local.txt", "sinkhole-sensational.txt")])
def test_compare_articles_on_the_practice_pairs(a, b):
    art_a, art_b = load_article(PAIRS / a), load_article(PAIRS / b)
    c = compare(art_a, art_b)
    v = compare_articles(art_a, art_b)
    out = v.output_html.value
    assert html.escape(art_a.title) in out and html.escape(art_b.title) in out
    alt = re.search(r'<img class="ml-figure" src="data:image/png;base64,([^"]+)" alt="([^"]+)"', out)
    assert alt and html.unescape(alt.group(2)) == c.takeaway
    assert base64.b64decode(alt.group(1))[:4] == b"\x89PNG"
    for verb in c.b.loaded_verbs:
        assert html.escape(verb) in out
    assert out.count("<img") == 1


def test_compare_articles_takes_pasted_text_and_an_html_page():
    v = compare_articles("Bridge Reopens\n\nThe bridge reopened on Monday, the council said.", str(PAGES / "big-outlet.html"))
    out = v.output_html.value
    assert "World Dispatch" in out and "Bridge Reopens" in out and "not stated" in out


def test_compare_articles_bad_input_is_one_line():
    v = compare_articles("Bridge Reopens\n\nThe bridge reopened.", "   ")
    out = v.output_html.value
    assert out.count("<div") == 1 and "Article B" in out and "empty" in out


def test_compare_figure_is_readable_at_1024_and_labelled():
    from medialit.views.compare_view import plot_comparison
    c = compare(load_article(PAIRS / "sinkhole-local.txt"), load_article(PAIRS / "sinkhole-sensational.txt"))
    fig = plot_comparison(c)
    width_px = fig.get_figwidth() * fig.dpi
    assert width_px <= 1000
    for ax in fig.axes:
        labels = [t.get_text() for t in ax.get_xticklabels()]
        assert labels == ["A", "B"]
        assert len(ax.texts) == 2  # each bar carries its value: colour is never the only signal
        hatches = {p.get_hatch() for p in ax.patches}
        assert len(hatches) == 2
    key = fig.get_supxlabel()
    assert key.startswith("A = ") and "B = " in key  # which letter is which article, in words
