"""Reading a web page: the article's text laid out as the kit reads it, what the page says about itself, and its links.

A teacher has a page open in a browser, not a text file. ``read_page`` takes the
page as they have it (a saved ``.html`` file, the HTML source, or, only when
asked, an ``http(s)`` address) and returns a ``Page``:

- ``text``: the headline, then the body's paragraphs, sub-headings and photo
  captions (with ``Credit:``), one per line with a blank line between them, as
  ``load_article`` expects plain text. Menus, "most read" lists, comments,
  cookie banners, share buttons and scripts are left out: trafilatura, a library
  made for this job, finds the article in the page.
- ``meta``: title, author, date published, site name, canonical address,
  language and description, each ``None`` when the page does not say it.
- ``links``: every link in the text, with its anchor text, target, domain and
  the span of the anchor text in ``text``.

trafilatura is imported only when a page is read, and nothing is downloaded
unless an address is given.

>>> page = read_page('<html lang="en"><head><meta property="og:site_name" content="Valley News"></head><body>'
...                  '<h1>Bridge reopens</h1><p>The old bridge reopened on Monday after repairs, '
...                  '<a href="https://council.example/bridge-report">the council said</a> in a report '
...                  'that listed every repair made to it since the spring floods.</p></body></html>')
>>> page.text.split("\\n\\n")[0], page.meta.site_name, page.meta.language
('Bridge reopens', 'Valley News', 'en')
>>> link = page.links[0]
>>> page.text[link.start:link.end], link.domain
('the council said', 'council.example')
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from .text import ArticleError
from .lexicons import load_lexicon

#: The largest page read, in bytes. Saved pages carry scripts, styles and
#: inline images; 20 MB is far above any article page.
MAX_PAGE_BYTES = 20_000_000
FETCH_TIMEOUT = 10  # seconds

_SAVE_TIP = ("open the page in your browser, save it with File > Save Page As (\"Web page, HTML only\"), "
             "and load the saved .html file instead")
_NO_TEXT = ("This HTML page has no article text the kit can find: it may be a login page, a home page, "
            "or a page that builds its text with JavaScript. Open the article in your browser, select "
            "its text, copy it and paste it instead.")
_DOCUMENT_MAGIC = {  # the first bytes of files that are not web pages
    b"%PDF": "a PDF", b"PK\x03\x04": "a Word (or other Office) file", b"\xd0\xcf\x11\xe0": "a Word file",
    b"{\\rtf": "an RTF file", b"\x89PNG": "an image", b"\xff\xd8\xff": "an image", b"GIF8": "an image",
}
_DOCUMENT_SUFFIXES = {".pdf": "a PDF", ".doc": "a Word file", ".docx": "a Word file", ".odt": "a document",
                      ".rtf": "an RTF file", ".png": "an image", ".jpg": "an image", ".jpeg": "an image",
                      ".gif": "an image", ".webp": "an image"}
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.I | re.S)
_TAG_RE = re.compile(r"<\s*(?:html|head|body|div|p|span|a|script|article|section|h[1-6]|br|meta|title)\b[^>]*>", re.I)
_URL_RE = re.compile(r"^([a-z][a-z0-9+.-]*):(?://)?\S*$", re.I)
_OTHER_SCHEMES = frozenset({"file", "ftp", "ftps", "data", "javascript", "mailto", "about", "chrome", "blob", "view-source"})
_SPACE_RE = re.compile(r"\s+")
# Scripts (except JSON-LD, which says who wrote the page and when), styles, SVG drawings and templates.
_BULKY = re.compile(r"<script\b(?![^>]*application/ld\+json)[^>]*>.*?</script\s*>|<style\b[^>]*>.*?</style\s*>"
                    r"|<svg\b[^>]*>.*?</svg\s*>|<template\b[^>]*>.*?</template\s*>", re.I | re.S)
# Characters XML cannot hold (lxml refuses them); no page shows them.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
_HUGE_TREE = 6000  # elements; a long article page has one or two thousand
_CREDIT_IN_TEXT = re.compile(r"\(?\s*\b(?:photo(?:graph)?s?|pictures?|images?|credits?)\s*(?::|by)\s*([^()]+?)\s*\)?\s*$",
                             re.I)
_ENGLISH_WORDS = frozenset("the and of to a in is that for on was with said it as by at be are from has have "
                           "he she they this not but an will were his her their".split())




@lru_cache(maxsize=None)
def _furniture(kind: str) -> re.Pattern[str]:
    """The class words (kind "class" or "credit") of data/page_furniture.csv as one regular expression."""
    words = "|".join(r["pattern"] for r in load_lexicon("page_furniture.csv") if r["kind"] == kind)
    return re.compile(rf"(?:^|[\s_-])(?:{words})(?:$|[\s_-])", re.I)


@lru_cache(maxsize=None)
def _furniture_lines() -> frozenset[str]:
    return frozenset(r["pattern"].casefold() for r in load_lexicon("page_furniture.csv") if r["kind"] == "line")


@dataclass(frozen=True)
class PageMeta:
    """What a page says about itself; ``None`` for what it does not say (never guessed).

    ``date`` is ``YYYY-MM-DD``; ``notes`` are one-line remarks for the reader
    (for example that the page is not in English).
    """

    title: str | None = None
    author: str | None = None
    date: str | None = None
    site_name: str | None = None
    url: str | None = None
    language: str | None = None
    description: str | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Link:
    """A link in the article: ``text == page_text[start:end]``; ``domain`` without ``www.`` (None if relative)."""

    text: str
    url: str
    domain: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Page:
    """A page read for the kit: ``text`` as ``load_article`` expects it, ``meta`` and ``links``."""

    text: str
    meta: PageMeta
    links: tuple[Link, ...]


# --- what is a page --------------------------------------------------------

def looks_like_html(text: str) -> bool:
    """True if ``text`` is HTML source rather than an article's text.

    >>> looks_like_html("<p>One</p><p>Two</p><div>Three</div>"), looks_like_html("3 < 5 and <b> is a tag")
    (True, False)
    """
    head = text[:4096].encode("utf-8", "replace")
    return bool(_HTML_START.match(head)) or len(_TAG_RE.findall(text[:200_000])) >= 3


def page_from(source: object) -> Page | None:
    """The ``Page`` if ``source`` is a web page (HTML text or bytes, an .html path, a URL), else None.

    Raises ``ArticleError`` (one line) for an address that is not http(s), a
    PDF, Word file or image, or a page with no article text.

    >>> page_from("Just a line of plain text.") is None
    True
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        refuse_documents(data, "The file")
        return read_page(data) if _HTML_START.match(data[:4096]) or looks_like_html(data[:200_000].decode("latin-1")) else None
    if isinstance(source, os.PathLike):
        return _page_from_path(Path(source))
    if not isinstance(source, str):
        return None
    line = source.strip()
    if "\n" not in line and len(line) < 2048:
        page = _page_from_line(line)
        if page is not None:
            return page
    return read_page(source) if looks_like_html(source) else None


def _page_from_line(line: str) -> Page | None:
    """A one-line source: fetch an http(s) address, read an .html path, or say in one line why not."""
    lower = line.lower()
    if lower.startswith(("http://", "https://")) and " " not in line:
        return fetch_page(line)
    scheme = _URL_RE.match(line)
    if scheme and scheme.group(1).lower() in _OTHER_SCHEMES:
        raise ArticleError(f"The kit reads web addresses that start with http:// or https://, not "
                           f"{scheme.group(1)}:. For a file on this computer, give its path or upload it.")
    if lower.startswith("www.") and " " not in line:
        raise ArticleError(f"Add https:// to the start of the address: https://{line}")
    if lower.endswith(_HTML_SUFFIXES + tuple(_DOCUMENT_SUFFIXES)):
        return _page_from_path(Path(line))
    return None


def _page_from_path(path: Path) -> Page | None:
    suffix = path.suffix.lower()
    if suffix not in _HTML_SUFFIXES and suffix not in _DOCUMENT_SUFFIXES:
        return None
    if not path.is_file():
        raise ArticleError(f"No file at {str(path)!r}. Check the name and folder (tip: use the file browser on the left).")
    if suffix in _DOCUMENT_SUFFIXES:
        refuse_documents(b"", path.name, suffix)
    if path.stat().st_size > MAX_PAGE_BYTES:
        raise ArticleError(f"{path.name} is {path.stat().st_size / 1e6:.0f} MB, too big for one web page; "
                           "save the page as \"Web page, HTML only\" or copy the article's text.")
    return read_page(path.read_bytes(), name=path.name)


def refuse_documents(data: bytes, name: str = "The file", suffix: str = "") -> None:
    """Raise a one-line ``ArticleError`` for a PDF, Word file or image: the kit reads text and web pages.

    >>> refuse_documents(b"<html></html>")
    >>> refuse_documents(b"%PDF-1.7 ...")
    Traceback (most recent call last):
    ...
    medialit.analysis.text.ArticleError: The file is a PDF (a binary file), not text or a web page. Open it, select the article's text, copy it and paste it into the text box (or save it as plain text, .txt).
    """
    kind = _DOCUMENT_SUFFIXES.get(suffix) or next((k for magic, k in _DOCUMENT_MAGIC.items() if data.startswith(magic)), None)
    if kind:
        raise ArticleError(f"{name} is {kind} (a binary file), not text or a web page. Open it, select the article's text, copy it "
                           "and paste it into the text box (or save it as plain text, .txt).")


# --- bytes to text ---------------------------------------------------------

_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
# As browsers do (WHATWG Encoding standard): a page that says Latin-1 is read as windows-1252.
_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
                    "ascii": "cp1252", "iso8859-1": "cp1252", "windows-1252": "cp1252"}


def decode_html(data: bytes, declared: str | None = None) -> str:
    """The text of a page's bytes, in the charset it declares (BOM, then header, then ``<meta>``), else UTF-8 or windows-1252.

    >>> decode_html('<meta charset="windows-1252"><p>Caf\\xe9 \\x93open\\x94</p>'.encode("latin-1"))
    '<meta charset="windows-1252"><p>Café “open”</p>'
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    m = _CHARSET_RE.search(data[:8192])
    for name in (declared, m.group(1).decode("ascii", "ignore") if m else None):
        if name:
            codec = _CHARSET_ALIASES.get(name.strip().lower(), name.strip())
            try:
                return data.decode(codec, "replace")
            except LookupError:
                pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


# --- fetching (only when asked) --------------------------------------------

def fetch_page(url: str, timeout: float = FETCH_TIMEOUT) -> Page:
    """Download the page at an http(s) ``url`` (``timeout`` seconds) and read it; one-line error when offline or refused."""
    data, charset = _fetch_bytes(url, timeout)
    return read_page(data, name=url, url=url, charset=charset)


def _fetch_bytes(url: str, timeout: float) -> tuple[bytes, str | None]:
    import urllib.error
    import urllib.request  # here, not at the top: importing the kit must not load the network stack

    host = urlsplit(url).hostname or url
    request = urllib.request.Request(url, headers={"User-Agent": "Mozilla/5.0 (medialit teaching kit)"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            ctype = response.headers.get_content_type()
            if ctype not in ("text/html", "application/xhtml+xml", "text/plain"):
                raise ArticleError(f"{url} is not a web page ({ctype}): download it, open it, and copy the article's text.")
            return response.read(MAX_PAGE_BYTES + 1)[:MAX_PAGE_BYTES], response.headers.get_content_charset()
    except urllib.error.HTTPError as err:
        raise ArticleError(f"{host} refused the kit (HTTP {err.code}): {_SAVE_TIP}.") from None
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as err:
        reason = getattr(err, "reason", err)
        raise ArticleError(f"Could not reach {host} ({reason}); you may be offline: {_SAVE_TIP}.") from None


# --- reading a page ----------------------------------------------------------

def read_page(source: str | bytes, name: str = "The page", url: str | None = None, charset: str | None = None) -> Page:
    """Read HTML (text or bytes) into a ``Page``: the article's text, what the page says about itself, its links.

    ``url`` is where the page came from (used for relative links when the page
    names no canonical address).
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if len(data) > MAX_PAGE_BYTES:
            raise ArticleError(f"{name} is {len(data) / 1e6:.0f} MB, too big for one web page; copy the article's text instead.")
        refuse_documents(data, name)
        source = decode_html(data, charset)
    tree = _parse(source)
    meta_extra = _page_facts(tree)
    base = meta_extra.get("url") or _saved_from(source) or url
    captions = _captions(tree)
    _remove_furniture(tree)
    # A huge page (tens of thousands of elements, mostly link lists) would take trafilatura
    # many seconds with its fallback extractors: drop the link lists and skip the fallbacks.
    huge = tree.xpath("count(//*)") > _HUGE_TREE
    if huge:
        _remove_link_lists(tree)
    doc = _extract(tree, base, fast=huge)
    if doc is None or doc.body is None:
        raise ArticleError(_NO_TEXT)
    title = _clean(doc.title) or None
    headline, blocks = _headline(_drop_furniture(_body_blocks(doc.body, base)), title)
    blocks = _place_captions(blocks, captions)
    if sum(len(p.text.split()) for p in blocks if p.kind != "caption") < 20:
        raise ArticleError(_NO_TEXT)
    text, links = _layout(headline, blocks)
    meta = PageMeta(title=title, author=_clean(doc.author) or None, date=doc.date or None,
                    site_name=_clean(doc.sitename) or meta_extra.get("site_name"),
                    url=_clean(doc.url) or base, language=meta_extra.get("language"),
                    description=_clean(doc.description) or None,
                    notes=_language_notes(text, meta_extra.get("language")))
    return Page(text=text, meta=meta, links=links)


_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->", re.I)


def _saved_from(html: str) -> str | None:
    """The address a browser noted when it saved the page ("<!-- saved from url=(0042)https://... -->")."""
    m = _SAVED_FROM.search(html[:4096])
    return m.group(1) if m else None


def _parse(html: str):
    try:
        import trafilatura  # noqa: F401  (checked here so that a missing install is one line)
        from lxml import etree, html as lxml_html  # lxml comes with trafilatura
    except ImportError:
        raise ArticleError("Reading web pages needs the trafilatura package, which is not installed here: "
                           "run pip install -r requirements.txt, or paste the article's text instead.") from None

    html = _CONTROL.sub("", re.sub(r"^\s*<\?xml[^>]*\?>", "", html))
    html = _BULKY.sub("", html)  # scripts, styles and drawings are never text: drop them before parsing
    if not html.strip():
        raise ArticleError(_NO_TEXT)
    try:
        tree = lxml_html.document_fromstring(html, parser=lxml_html.HTMLParser(remove_comments=True, huge_tree=True))
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        raise ArticleError(_NO_TEXT) from None
    return tree


def _extract(tree, base: str | None, fast: bool = False):
    import trafilatura

    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.CRITICAL)  # its notes would show as red boxes in a notebook
    try:
        # No "extensive" date search: a copyright year or a date in a sidebar is a guess, not the page's date.
        return trafilatura.bare_extraction(
            tree, url=base, fast=fast, with_metadata=True, include_links=True, include_images=False,
            include_tables=True, include_comments=False, include_formatting=False, deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception:  # noqa: BLE001  (a page the library cannot take is a page with no text we can read)
        return None


def _clean(text: str | None) -> str:
    return _SPACE_RE.sub(" ", text or "").strip()


def _page_facts(tree) -> dict[str, str]:
    """Language, canonical address and site name where the page states them (attributes, meta tags, JSON-LD)."""
    facts: dict[str, str] = {}
    lang = tree.get("lang") or tree.get("xml:lang") or _meta(tree, "og:locale") or _json_ld(tree, "inLanguage")
    if lang and re.fullmatch(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*", lang.strip()):
        facts["language"] = lang.strip().replace("_", "-")
    canonical = tree.xpath("//link[@rel='canonical']/@href") or [_meta(tree, "og:url") or ""]
    if canonical[0].strip().lower().startswith(("http://", "https://")):
        facts["url"] = canonical[0].strip()
    site = _meta(tree, "og:site_name")
    if site:
        facts["site_name"] = _clean(site)
    return facts


def _meta(tree, name: str) -> str | None:
    found = tree.xpath(f"//meta[@property='{name}' or @name='{name}']/@content")
    return found[0] if found else None


def _json_ld(tree, key: str) -> str | None:
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        items = data.get("@graph", [data]) if isinstance(data, dict) else data if isinstance(data, list) else []
        for item in items:
            if isinstance(item, dict) and isinstance(item.get(key), str):
                return item[key]
    return None


def _remove_link_lists(tree) -> None:
    """Drop menus and lists whose text is nearly all link text (site navigation, 'more stories')."""
    for el in tree.xpath("//nav|//aside|//footer|//ul|//ol"):
        if el.getparent() is None:
            continue
        text = len(_SPACE_RE.sub("", el.text_content()))
        linked = len(_SPACE_RE.sub("", "".join(a.text_content() for a in el.iter("a"))))
        if el.tag in ("nav", "aside", "footer") or linked >= 0.6 * max(1, text):
            el.drop_tree()


def _classes(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".strip()


def _remove_furniture(tree) -> None:
    """Drop what is never the story before extraction: figures (read apart), ads, share bars, comment boxes.

    An element whose class only sounds like furniture but that holds the story
    (``<div class="content has-comments">``: the <h1>, or most of the page's
    paragraph text) stays; trafilatura judges it.
    """
    doomed = tree.xpath("//figure|//figcaption|//amp-ad|//amp-analytics|//amp-social-share|//amp-sidebar|//form|//button")
    paragraph_chars = sum(len(p.text_content()) for p in tree.iter("p"))
    for el in tree.xpath("//*[@class or @id]"):  # XPath, not a Python loop over every element: big pages
        if (el.tag not in ("html", "body", "main", "article")
                and _furniture("class").search(_classes(el)) and not _holds_story(el, paragraph_chars)):
            doomed.append(el)
    for el in doomed:
        parent = el.getparent()
        if parent is not None:
            el.drop_tree()  # keeps the tail text, which belongs to the parent


def _holds_story(el, paragraph_chars: int) -> bool:
    if el.xpath(".//h1"):
        return True
    return sum(len(p.text_content()) for p in el.iter("p")) > 0.5 * paragraph_chars > 0


@dataclass(frozen=True)
class _Piece:
    """One line of the laid-out text; ``links`` are (start, end, url) inside ``text``."""

    text: str
    links: tuple[tuple[int, int, str], ...] = ()
    kind: str = "p"  # "p", "head" (a sub-heading), "h1" (the headline) or "caption"


def _body_blocks(body, base: str | None) -> list[_Piece]:
    pieces: list[_Piece] = []
    for el in body:
        if not isinstance(el.tag, str) or el.tag == "graphic":
            continue
        if el.tag in ("list", "table"):
            rows = el.xpath("./item|.//row")
            pieces.extend(p for row in rows if (p := _piece(row, base, "p")).text)
            continue
        kind = ("h1" if el.get("rend") == "h1" else "head") if el.tag == "head" else "p"
        piece = _piece(el, base, kind)
        if piece.text:
            pieces.append(piece)
    return pieces


def _piece(el, base: str | None, kind: str) -> _Piece:
    """The text of one element with whitespace collapsed, and where its links sit in it."""
    parts: list[str] = []
    links: list[tuple[int, int, str]] = []

    def add(s: str | None) -> None:
        if not s:
            return
        s = _SPACE_RE.sub(" ", s)
        if s.startswith(" ") and (not parts or parts[-1].endswith(" ")):
            s = s[1:]
        if s:
            parts.append(s)

    def walk(node, target: str | None) -> None:
        start = len("".join(parts))
        if node.tag in ("lb", "cell", "item"):
            add(" ")  # a line break, a table cell or a list item starts after a space
        add(node.text)
        for child in node:
            if isinstance(child.tag, str):
                walk(child, target)
            add(child.tail)
        if node.tag == "ref":
            href = _link_target(node.get("target"), base)
            if href and target is None:
                text = "".join(parts)
                s = start + (len(text[start:]) - len(text[start:].lstrip()))
                e = len(text.rstrip())
                if e > s:
                    links.append((s, e, href))

    add(el.text)
    for child in el:
        if isinstance(child.tag, str):
            walk(child, None)
        add(child.tail)
    text = "".join(parts)
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    kept = tuple((s - lead, e - lead, u) for s, e, u in links if s >= lead and e - lead <= len(stripped))
    return _Piece(stripped, kept, kind)


def _link_target(href: str | None, base: str | None) -> str | None:
    """An absolute http(s) address, or None for what is not a link to a source (javascript:, mailto:, #top, empty)."""
    href = (href or "").strip()
    if not href or href.startswith("#") or re.match(r"(?i)(?:javascript|mailto|tel|data|about|sms):", href):
        return None
    if base:
        href = urljoin(base, href)
    scheme = urlsplit(href).scheme.lower()
    return href if scheme in ("http", "https", "") else None


def domain_of(url: str) -> str | None:
    """The site a web address is on: its host in lower case, without "www." (None when it names none).

    >>> domain_of("https://www.News.example/2025/story")
    'news.example'
    """
    host = (urlsplit(url).hostname or "").lower()
    return (host[4:] if host.startswith("www.") else host) or None


def _norm(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip().casefold()


def _headline(pieces: list[_Piece], title: str | None) -> tuple[str | None, list[_Piece]]:
    """The headline (the page's <h1> near the top, else its title) and the pieces without it.

    A short label just above the headline ("Press release", "Opinion") goes too.
    """
    for i, p in enumerate(pieces[:4]):
        if p.kind == "h1" or (title and _norm(p.text) == _norm(title)):
            return p.text, [q for q in pieces[:i] if len(q.text.split()) > 5] + pieces[i + 1:]
    return title, pieces


def _drop_furniture(pieces: list[_Piece]) -> list[_Piece]:
    """Remove lines such as 'Advertisement' or a press release's 'ENDS'."""
    return [p for p in pieces if _norm(p.text).strip(" .:") not in _furniture_lines()]


def _captions(tree) -> list[tuple[str, str, str]]:
    """(caption, credit, text of the paragraph after the photo) for each photo caption that names a credit.

    A caption is a ``<figcaption>`` or an element whose class says "caption";
    the credit is an element whose class says credit (or copyright, source...)
    in the same figure, or a "Photo: ..." at the end of the caption.
    """
    found, seen = [], set()
    for cap in tree.xpath("//figcaption|//*[contains(translate(@class, 'CAPTION', 'caption'), 'caption')]"):
        box = (cap.xpath("ancestor::figure[1]") or [_photo_box(cap)])[0]
        credit_els = [el for el in box.iter() if isinstance(el.tag, str) and _furniture("credit").search(_classes(el))
                      and el is not cap and len(_clean(el.text_content())) < 120]
        credit = _clean(credit_els[0].text_content()) if credit_els else ""
        caption = _clean(cap.text_content())
        if credit and credit in caption:
            caption = _clean(caption.replace(credit, " "))
        elif not credit:
            m = _CREDIT_IN_TEXT.search(caption)
            if m:
                caption, credit = _clean(caption[: m.start()]), m.group(1)
        credit = _clean(_CREDIT_IN_TEXT.sub(r"\1", credit)).strip("() ")
        if caption and credit and caption not in seen and len(caption) < 600:
            seen.add(caption)
            after = cap.xpath("following::p[normalize-space()][1]")
            found.append((caption, credit, _clean(after[0].text_content()) if after else ""))
    return found


def _photo_box(cap):
    """The small wrapper around a photo and its caption (an image and a few elements), else the caption itself."""
    parent = cap.getparent()
    if parent is not None and len(parent) <= 4 and parent.xpath(".//img|.//picture|.//amp-img"):
        return parent
    return cap


def _place_captions(pieces: list[_Piece], captions: list[tuple[str, str, str]]) -> list[_Piece]:
    """Put each caption line ('... Credit: name') just before the paragraph that follows its photo on the page."""
    out = [p for p in pieces if _norm(p.text) not in {_norm(c) for c, _, _ in captions}]
    for caption, credit, after in captions:
        line = _Piece(f"{caption} Credit: {credit}", (), "caption")
        key = _norm(after)[:60]
        at = next((i for i, p in enumerate(out) if key and _norm(p.text).startswith(key)), len(out))
        out.insert(at, line)
    return out


def _layout(title: str | None, pieces: list[_Piece]) -> tuple[str, tuple[Link, ...]]:
    lines = ([title] if title else []) + [p.text for p in pieces]
    links: list[Link] = []
    pos = len(title) + 2 if title else 0
    for p in pieces:
        for s, e, url in p.links:
            links.append(Link(p.text[s:e], url, domain_of(url), pos + s, pos + e))
        pos += len(p.text) + 2
    return "\n\n".join(lines), tuple(links)


def _language_notes(text: str, declared: str | None) -> tuple[str, ...]:
    words = re.findall(r"[^\W\d_]+", text.lower())
    english = sum(w in _ENGLISH_WORDS for w in words) / max(1, len(words))
    if (declared and not declared.lower().startswith("en")) or (len(words) >= 30 and english < 0.08):
        said = f" (the page says its language is {declared})" if declared and not declared.lower().startswith("en") else ""
        return (f"This page does not look like English{said}: the kit's word lists are English, "
                "so it will miss most quotes, hedges and sources.",)
    return ()
