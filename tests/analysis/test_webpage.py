"""Web pages: invented pages read by hand first, then bad input and a property test.

Each ``tests/data/pages/<name>.html`` is a page written for the kit, mimicking
what a teacher saves from a browser (no real outlet's page). Its
``<name>.expected.json`` was written by reading the page before the extractor
ran: the headline, sub-headings, body paragraphs, captions with credits, the
metadata the page states, its links, and page furniture that must not reach the
text. The network is never used: every fetch is replaced by a fake.
"""

import io
import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit import ArticleError, load_article
from medialit.analysis.webpage import Link, PageMeta, decode_html, looks_like_html, read_page

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"
NAMES = sorted(p.stem for p in PAGES.glob("*.html"))
SEED = Path(__file__).resolve().parents[2] / "seeds" / "putin-istanbul-talks-2025.txt"
BODY = ("<p>The council voted on Tuesday to close the old centre of the town to most cars from next spring, "
        "officials said. Shops in the centre had asked for the change for years, and most of them welcomed "
        "the vote.</p>")


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any attempt to reach the network fails as it does offline."""
    def offline(*args, **kwargs):
        raise urllib.error.URLError("[Errno -3] Temporary failure in name resolution")
    monkeypatch.setattr(urllib.request, "urlopen", offline)


def expected(name):
    return json.loads((PAGES / f"{name}.expected.json").read_text(encoding="utf-8"))


def test_there_are_eight_pages_or_more():
    assert len(NAMES) >= 8


@pytest.mark.parametrize("name", NAMES)
def test_blocks_match_the_hand_reading(name):
    art, exp = load_article(PAGES / f"{name}.html"), expected(name)
    assert art.title == exp["headline"] and art.blocks[0].kind == "headline"
    assert [b.text for b in art.blocks_of("body")] == exp["paragraphs"]
    assert [b.text for b in art.blocks_of("subheading")] == exp["subheadings"]
    captions = [(b.text[: b.credit_start - b.start].removesuffix("Credit: ").strip(), b.credit)
                for b in art.blocks_of("caption")]
    assert captions == [(c["text"], c["credit"]) for c in exp["captions"]]


@pytest.mark.parametrize("name", NAMES)
def test_metadata_matches_what_the_page_states(name):
    meta = load_article(PAGES / f"{name}.html").meta
    assert {k: getattr(meta, k) for k in expected(name)["meta"]} == expected(name)["meta"]
    assert meta.notes == ()


@pytest.mark.parametrize("name", NAMES)
def test_links_match_and_slice_back(name):
    art = load_article(PAGES / f"{name}.html")
    assert [{"text": l.text, "url": l.url, "domain": l.domain} for l in art.links] == expected(name)["links"]
    for link in art.links:
        assert art.text[link.start:link.end] == link.text


@pytest.mark.parametrize("name", NAMES)
def test_no_page_furniture_in_the_text(name):
    text = load_article(PAGES / f"{name}.html").text
    leaked = [s for s in expected(name)["absent"] if s.casefold() in text.casefold()]
    assert leaked == []


@pytest.mark.parametrize("name", NAMES)
def test_block_spans_slice_back(name):
    art = load_article(PAGES / f"{name}.html")
    for b in art.blocks:
        assert art.text[b.start:b.end] == b.text
        if b.credit:
            assert art.text[b.credit_start:b.credit_start + len(b.credit)] == b.credit


def test_bytes_string_and_path_give_the_same_article(tmp_path):
    raw = (PAGES / "big-outlet.html").read_bytes()
    copy = tmp_path / "saved.htm"
    copy.write_bytes(raw)
    from_path, from_bytes, from_text = load_article(copy), load_article(raw), load_article(raw.decode("utf-8"))
    assert from_path.text == from_bytes.text == from_text.text
    assert from_path.meta == from_bytes.meta == from_text.meta and from_path.path == str(copy)


def test_plain_text_and_the_seed_are_unchanged():
    art = load_article(SEED)
    assert art.meta is None and art.links == ()
    assert art.text == SEED.read_text(encoding="utf-8").replace("\r\n", "\n")


def test_windows_1252_and_latin_1_are_read_as_declared():
    page = ('<html><head><meta charset="{}"><title>Caf\xe9 reopens</title></head><body><h1>Caf\xe9 reopens</h1>'
            '<p>The caf\xe9 on the square reopened on Monday, its owner said. \x93We missed our regulars,\x94 she '
            'said, adding that most of the staff had come back after the repairs to the roof.</p></body></html>')
    for charset in ("windows-1252", "iso-8859-1"):
        art = load_article(page.format(charset).encode("latin-1"))  # \x93 \x94: curly quotes in windows-1252
        assert art.title == "Café reopens" and "\u201cWe missed our regulars,\u201d" in art.text


def test_decode_uses_the_header_charset_first():
    assert decode_html("<p>\u00e9</p>".encode("utf-8"), "utf-8") == "<p>\u00e9</p>"


def test_malformed_html_still_gives_the_story():
    art = load_article("<html><body><div><p>" + BODY[3:-4] + "<p>A second paragraph, the mayor said, was not "
                       "closed either <b>and had a stray tag.</div></span></html>")
    assert art.body.startswith("The council voted") and "stray tag" in art.body and "<" not in art.text


def test_a_page_with_no_body_tag():
    art = load_article("<html><head><title>Old centre closes to cars</title></head>" + BODY + BODY.replace("The council", "The town council") + "</html>")
    assert art.title == "Old centre closes to cars" and "The town council voted" in art.body


def test_script_and_style_never_reach_the_text():
    page = ("<html><head><style>p{color:red}.secret{}</style><script>var secret='SCRIPT_TEXT';</script></head><body>"
            "<h1>Old centre closes</h1><script>document.write('MORE_SCRIPT')</script>" + BODY +
            "<noscript>NOSCRIPT_TEXT</noscript><style>.x{}</style>" + BODY + "</body></html>")
    text = load_article(page).text
    assert not any(s in text for s in ("SCRIPT_TEXT", "MORE_SCRIPT", "color:red", "NOSCRIPT_TEXT", ".x{}"))


def test_javascript_empty_and_mailto_targets_are_not_links():
    body = ('<p>The council voted on Tuesday, <a href="javascript:void(0)">officials said</a>, to close the old centre '
            'to cars; <a href="">the plan</a> and <a href="#top">the map</a> and <a href="mailto:a@b.example">the clerk'
            '</a> were cited, and <a href="https://council.example/plan.pdf">the report</a> was published online for '
            'everyone to read before the next meeting.</p>')
    art = load_article(f"<html><body><h1>Old centre closes</h1>{body}</body></html>")
    assert [(l.text, l.domain) for l in art.links] == [("the report", "council.example")]


def test_a_relative_link_without_a_base_has_no_domain():
    art = load_article(f'<html><body><h1>Old centre closes</h1>{BODY[:-4]} <a href="/news/plan">Read the plan</a>.</p></body></html>')
    assert [(l.text, l.url, l.domain) for l in art.links] == [("Read the plan", "/news/plan", None)]


def test_a_five_megabyte_page_gives_its_article(tmp_path):
    # Its time is a benchmark figure (bench/benchmark.py, "a 5 MB saved web page"), not a timed test.
    filler = "<div class='sidebar'><ul>" + "<li><a href='/x'>Another story link</a></li>" * 40 + "</ul></div>"
    script = "<script>var data = '" + "x" * 1_000_000 + "';</script>"
    page = "<html><body><h1>Old centre closes</h1>" + BODY * 3 + script + filler * 2300 + "</body></html>"
    path = tmp_path / "big.html"
    path.write_text(page, encoding="utf-8")
    assert path.stat().st_size > 5_000_000
    art = load_article(path)
    assert art.body.startswith("The council voted")
    assert "xxxx" not in art.text


def test_an_offline_url_is_one_line_saying_how_to_save_the_page():
    with pytest.raises(ArticleError, match="Save Page As") as err:
        load_article("https://news.example/story")
    assert "\n" not in str(err.value) and "offline" in str(err.value)


def test_a_refused_url_is_one_line(monkeypatch):
    def refuse(request, timeout):
        raise urllib.error.HTTPError(request.full_url, 403, "Forbidden", {}, None)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    with pytest.raises(ArticleError, match="refused the kit .HTTP 403.") as err:
        load_article("https://news.example/story")
    assert "\n" not in str(err.value)


class _Response(io.BytesIO):
    def __init__(self, data, ctype="text/html; charset=utf-8"):
        super().__init__(data)
        from email.message import Message
        self.headers = Message()
        self.headers["Content-Type"] = ctype

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_a_fetched_page_uses_the_timeout_and_the_address(monkeypatch):
    seen = {}

    def fake(request, timeout):
        seen["timeout"] = timeout
        return _Response(f'<html><body><h1>Old centre closes</h1>{BODY[:-4]} <a href="/plan">The plan</a>.</p></body></html>'.encode())
    monkeypatch.setattr(urllib.request, "urlopen", fake)
    art = load_article("https://www.news.example/2026/story")
    assert seen["timeout"] == 10 and art.links[0].url == "https://www.news.example/plan"
    assert art.meta.url == "https://www.news.example/2026/story" and art.links[0].domain == "news.example"


def test_a_fetched_pdf_is_one_line(monkeypatch):
    monkeypatch.setattr(urllib.request, "urlopen", lambda request, timeout: _Response(b"%PDF-1.7", "application/pdf"))
    with pytest.raises(ArticleError, match="not a web page"):
        load_article("https://news.example/report.pdf")


@pytest.mark.parametrize("address", ["ftp://files.example/story.html", "file:///home/me/story.html", "javascript:alert(1)"])
def test_an_address_that_is_not_http_is_one_line(address):
    with pytest.raises(ArticleError, match="http:// or https://") as err:
        load_article(address)
    assert "\n" not in str(err.value)


def test_an_address_without_https_gets_a_tip():
    with pytest.raises(ArticleError, match="Add https://"):
        load_article("www.news.example/story")


@pytest.mark.parametrize("data,kind", [(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF"),
                                       (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "Word"),
                                       (b"\xff\xd8\xff\xe0\x00\x10JFIF", "an image")])
def test_documents_and_images_are_one_line(data, kind, tmp_path):
    with pytest.raises(ArticleError, match=kind) as err:
        load_article(data)
    assert "\n" not in str(err.value) and "paste" in str(err.value)


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".png"])
def test_document_paths_are_one_line(suffix, tmp_path):
    path = tmp_path / f"story{suffix}"
    path.write_bytes(b"not really")
    with pytest.raises(ArticleError, match="select the article's text"):
        load_article(path)


@pytest.mark.parametrize("page", [
    "<html><body><form><h1>Sign in</h1><label>Email</label><input name=e><label>Password</label>"
    "<input type=password><a href='/forgot'>Forgot your password?</a></form></body></html>",
    "<!doctype html><html><head><script src='/app.js'></script></head><body><div id='root'></div>"
    "<noscript>You need to enable JavaScript to run this app.</noscript></body></html>",
    "<html><body></body></html>",
    "<html></html>",
])
def test_pages_without_article_text_are_one_line(page):
    with pytest.raises(ArticleError, match="no article text") as err:
        load_article(page)
    assert "\n" not in str(err.value) and "paste" in str(err.value)


def test_another_language_gets_a_note_about_english_word_lists():
    body = ("<p>Le conseil municipal a voté mardi la fermeture du centre-ville aux voitures à partir du printemps "
            "prochain, selon les responsables. Les commerçants du centre demandaient ce changement depuis des années, "
            "et la plupart d'entre eux ont salué le vote.</p>")
    art = load_article(f'<html lang="fr"><body><h1>Le centre-ville ferme aux voitures</h1>{body}{body}</body></html>')
    assert art.meta.language == "fr" and len(art.meta.notes) == 1
    assert "English" in art.meta.notes[0] and "\n" not in art.meta.notes[0]
    undeclared = load_article(f"<html><body><h1>Le centre-ville ferme</h1>{body}{body}</body></html>")
    assert undeclared.meta.language is None and "English" in undeclared.meta.notes[0]


def test_what_a_page_does_not_state_is_none():
    meta = load_article(f"<html><body><h1>Old centre closes</h1>{BODY}<footer>\u00a9 2026 Somebody</footer></body></html>").meta
    assert (meta.author, meta.date, meta.site_name, meta.url, meta.language, meta.description) == (None,) * 6


def test_plain_text_with_a_few_angle_brackets_is_not_html():
    assert not looks_like_html("Pupils learned that 3 < 5 and that <b> is a tag name.")
    assert load_article("Maths\n\nPupils learned that 3 < 5 and <b> is a tag name.").meta is None


def test_results_are_frozen_dataclasses():
    page = read_page((PAGES / "opinion-column.html").read_bytes())
    assert isinstance(page.meta, PageMeta) and all(isinstance(l, Link) for l in page.links)
    with pytest.raises(AttributeError):
        page.meta.title = "x"


_TAGS = st.sampled_from(["p", "div", "span", "a", "h1", "h2", "figure", "figcaption", "script", "style", "ul", "li",
                         "b", "article", "nav", "table", "td", "br", "section", "amp-img"])
_WORDS = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
_ATTRS = st.sampled_from(["", ' href="https://x.example/a"', ' href="javascript:void(0)"', ' href=""', ' href="/rel"',
                          ' class="credit"', ' class="share"', ' lang="fr"', ' charset="windows-1252"'])


@st.composite
def _html(draw):
    parts = []
    for _ in range(draw(st.integers(0, 25))):
        tag, attr = draw(_TAGS), draw(_ATTRS)
        parts.append(draw(st.sampled_from([f"<{tag}{attr}>", f"</{tag}>", draw(_WORDS), "The council said the plan "
                                           "would go ahead next year, and most residents agreed with it. "])))
    return "<html><body>" + "".join(parts) + draw(st.sampled_from(["", "</body></html>", "<p"]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_html())
def test_arbitrary_html_never_crashes_and_spans_slice_back(page):
    try:
        art = load_article(page)
    except ArticleError as err:
        assert "\n" not in str(err)
        return
    for b in art.blocks:
        assert art.text[b.start:b.end] == b.text
    for link in art.links:
        assert art.text[link.start:link.end] == link.text and link.text


def test_importing_the_kit_does_not_import_the_extractor():
    import subprocess
    import sys
    code = "import sys, medialit; print('trafilatura' in sys.modules, 'lxml' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=SEED.parent.parent)
    assert out.stdout.split() == ["False", "False"]


def test_a_saved_page_resolves_links_against_the_address_the_browser_noted():
    page = ("<!DOCTYPE html>\n<!-- saved from url=(0036)https://www.valley.example/news/1 -->\n<html><body>"
            f"<h1>Old centre closes</h1>{BODY[:-4]} <a href='../plans/centre.pdf'>The plan</a>.</p></body></html>")
    art = load_article(page)
    assert [(l.url, l.domain) for l in art.links] == [("https://www.valley.example/plans/centre.pdf", "valley.example")]


def test_a_caption_in_a_div_with_a_photo_credit_is_a_caption_block():
    page = ("<html><body><h1>Old centre closes</h1>" + BODY +
            "<div class='wp-caption'><img src='a.jpg' alt=''><p class='wp-caption-text'>Shoppers on the high "
            "street on Saturday. Photo: Ana Lopez/Valley Press</p></div>" + BODY.replace("council", "town council") +
            "</body></html>")
    art = load_article(page)
    caption = art.blocks_of("caption")
    assert [(b.text, b.credit) for b in caption] == [
        ("Shoppers on the high street on Saturday. Credit: Ana Lopez/Valley Press", "Ana Lopez/Valley Press")]
    assert "Shoppers" not in art.body


def test_table_cells_and_list_items_keep_a_space_between_them():
    page = ("<html><body><article><h1>Old centre closes</h1>" + BODY + "<table><tr><td>Cars</td><td>1,200 a day</td></tr>"
            "</table><ul><li>Bus routes 4 and 7 change on Monday, the bus company said.</li><li>Parking moves to the "
            "station, where 300 new spaces open next month.</li></ul>" + BODY.replace("council", "town council") +
            "</article></body></html>")
    text = load_article(page).text
    assert "Cars 1,200 a day" in text and "Bus routes 4 and 7 change on Monday, the bus company said." in text


def test_the_headline_is_the_pages_h1_when_the_title_differs():
    page = ('<html><head><meta property="og:title" content="Cars banned from old centre | Valley News"></head><body>'
            f'<article><p class="kicker">News</p><h1>Old centre closes to most cars</h1>{BODY}</article></body></html>')
    art = load_article(page)
    assert art.title == "Old centre closes to most cars" and art.blocks[0].kind == "headline"
    assert art.meta.title.startswith("Cars banned") and "News\n" not in art.text


def test_without_the_extractor_installed_a_page_is_one_line(monkeypatch):
    import sys
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # what an environment without it does on import
    with pytest.raises(ArticleError, match="needs the trafilatura package") as err:
        load_article(f"<html><body><h1>Old centre closes</h1>{BODY}</body></html>")
    assert "\n" not in str(err.value)
    assert load_article(SEED).title.startswith("Putin")  # plain text does not need it


def test_a_story_inside_a_box_whose_class_sounds_like_furniture_is_kept():
    page = (f"<html><body><div class='content has-comments'><h1>Old centre closes</h1><p class='byline'>By Jo Hart</p>"
            f"{BODY}<p class='caption'>A street in the old centre</p>{BODY.replace('council', 'town council')}</div>"
            "<div class='comments'><p>First! This is a comment that should never be part of the story text.</p></div>"
            "</body></html>")
    art = load_article(page)
    assert "The town council voted" in art.body and "First!" not in art.text and art.blocks_of("caption") == []


def test_a_saved_page_is_read_with_the_network_off_and_no_warnings():
    import subprocess
    import sys
    code = ("import socket\n"
            "def refuse(*a, **k):\n"
            "    raise OSError('network is off for this test')\n"
            "socket.socket.connect = refuse\n"  # the class stays a class: the libraries subclass it
            "socket.create_connection = refuse\n"
            "import medialit\n"
            f"art = medialit.load_article({str(PAGES / 'wordpress-newsarticle.html')!r})\n"
            "print(art.meta.site_name, len(art.links))\n")
    done = subprocess.run([sys.executable, "-W", "error", "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "The Harbridge Courier 3" and done.stderr == ""


def test_a_fetched_page_has_no_file_path(monkeypatch):
    page = f"<html><body><h1>Old centre closes</h1>{BODY}</body></html>".encode()
    monkeypatch.setattr(urllib.request, "urlopen", lambda request, timeout: _Response(page))
    assert load_article("https://news.example/story.html").path is None
    assert load_article(str(PAGES / "amp-page.html")).path == str(PAGES / "amp-page.html")


def test_an_unknown_charset_falls_back_to_utf8_and_an_xml_declaration_is_fine():
    page = f'<html><head><meta charset="x-no-such-charset"></head><body><h1>Caf\u00e9 closes</h1>{BODY}</body></html>'
    assert load_article(page.encode("utf-8")).title == "Caf\u00e9 closes"
    xhtml = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" '
             f'xml:lang="en"><body><h1>Old centre closes</h1>{BODY}</body></html>')
    art = load_article(xhtml)
    assert art.title == "Old centre closes" and art.body.startswith("The council voted")


def test_the_page_furniture_list_says_where_it_comes_from_and_why():
    from medialit.lexicons import lexicon_header, load_lexicon
    rows = load_lexicon("page_furniture.csv")
    assert "Where the entries come from" in lexicon_header("page_furniture.csv")
    assert rows and all(r["why"] and r["pattern"] and r["kind"] in ("class", "credit", "line") for r in rows)
