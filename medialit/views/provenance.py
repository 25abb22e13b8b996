"""Where an article comes from, as HTML: who wrote it, when, for whom, and which claims link to evidence.

Used at the top of the report card (lesson 05), in the source explorer's link
rows (lesson 01) and in the "bring your own" widget's check of what was
extracted. Every piece of article text is escaped.

>>> from medialit import load_article
>>> "not stated" in provenance_html(load_article("Rain Due\\n\\nIt will rain tomorrow, forecasters said."))
True
"""

from __future__ import annotations

import html

from ..analysis.article import Article
from ..analysis.report import links_by_paragraph, provenance
from ..analysis.sources import link_hints, link_kind
from .palette import SANS

NOT_STATED = "not stated"
CAUTION = "These are counts of words the rules matched; each is a question for you."


def _value(value: str | None, from_page: bool) -> str:
    if not value:
        return f"<i>{NOT_STATED}</i>"
    return f"<b>{html.escape(value)}</b>" + (" <small>(from the page's own data)</small>" if from_page else "")


def _table(rows: list[tuple[str, str]], css_class: str) -> str:
    trs = "".join(f'<tr><th scope="row" style="text-align:left;padding:2px 10px 2px 0;vertical-align:top">'
                  f'{html.escape(k)}</th><td style="padding:2px 0">{v}</td></tr>' for k, v in rows)
    return f'<table class="{css_class}" style="{SANS};font-size:14px;border-collapse:collapse;margin:4px 0">{trs}</table>'


def provenance_html(article: Article) -> str:
    """Who wrote it, when, for whom (and the page's address): "not stated" where the article does not say."""
    p = provenance(article)
    rows = [("Who wrote it", _value(p.author, "author" in p.from_page)),
            ("When", _value(p.date, "date" in p.from_page)),
            ("For whom (outlet)", _value(p.outlet, "outlet" in p.from_page))]
    if p.url:
        rows.append(("Address", f"<code>{html.escape(p.url)}</code>"))
    return _table(rows, "ml-provenance")


def paragraph_links_html(article: Article, words: int = 10) -> str:
    """For each body paragraph: the sites its links lead to, or "no link". One line when nothing links."""
    rows = links_by_paragraph(article)
    linked = sum(1 for _, _, links in rows if links)
    if not article.links:
        return (f"<p style='margin:2px 0'>No links: none of the {len(rows)} body paragraphs links to its evidence. "
                "Search for the original statements yourself.</p>")
    items = []
    for n, text, links in rows:
        start = " ".join(text.split()[:words]) + ("…" if len(text.split()) > words else "")
        where = (", ".join(dict.fromkeys(html.escape(l.domain or l.url) for l in links)) if links
                 else "<i>no link</i>")
        mark = "[link]" if links else "[ — ]"
        items.append(f"<li><b>{mark}</b> ¶{n} “{html.escape(start)}”: {where}</li>")
    return (f"<p style='margin:2px 0'>{linked} of {len(rows)} body paragraphs link to something "
            f"({len(article.links)} link{'s' if len(article.links) != 1 else ''} in all).</p>"
            f"<ul class='ml-paragraph-links' style='margin:2px 0;list-style:none;padding-left:0.5em'>{''.join(items)}</ul>")


def link_table_html(article: Article, domain: str | None = None) -> str:
    """Every link (or those to ``domain``): its words, the site, what kind of page it seems to be and what to ask of it."""
    hints = link_hints()
    own = article.meta.url if article.meta else None
    outlet = article.meta.site_name if article.meta else None
    chosen = [l for l in article.links if domain is None or l.domain == domain]
    if not chosen:
        return f'<p style="{SANS}">This article has no links.</p>'
    head = "".join(f'<th scope="col" style="text-align:left;padding:2px 8px">{h}</th>'
                   for h in ("linked words", "site", "looks like", "what to ask of it"))
    body = []
    for l in chosen:
        kind = link_kind(l.url, own, outlet)
        cells = [f"“{html.escape(l.text)}”<br><small><code>{html.escape(l.url)}</code></small>",
                 html.escape(l.domain or "(this site)"), f"<b>{html.escape(kind)}</b>", html.escape(hints[kind])]
        body.append("<tr>" + "".join(f'<td style="padding:3px 8px;vertical-align:top;border-top:1px solid #999">{c}</td>'
                                     for c in cells) + "</tr>")
    return (f'<table class="ml-links" style="{SANS};font-size:13px;border-collapse:collapse;margin-top:6px">'
            f"<caption style='text-align:left;font-weight:bold'>Links the article gives ({len(chosen)})</caption>"
            f"<tr>{head}</tr>{''.join(body)}</table>")


def extracted_html(article: Article) -> str:
    """What was read from an upload or a paste, for the learner to check before analysing, with a note on what is missing."""
    p = provenance(article)
    paragraphs = len(article.blocks_of("body"))
    title = article.title if article.title != "(untitled)" else None
    rows = [("Title", _value(title, False)), ("Byline", _value(p.author, False)), ("Date", _value(p.date, False)),
            ("Outlet", _value(p.outlet, False)), ("Paragraphs", str(paragraphs)), ("Links", str(len(article.links)))]
    missing = [name for name, v in (("title", title), ("byline", p.author), ("date", p.date), ("outlet", p.outlet)) if not v]
    note = ""
    if missing:
        note = (f"<p class='ml-extract-note' style='margin:2px 0'>Not found: {', '.join(missing)}. If the page shows "
                "them, add them at the top of the text (a “By …” line, the date) or upload the saved page.</p>")
    notes = "".join(f"<p style='margin:2px 0'>{html.escape(n)}</p>" for n in (article.meta.notes if article.meta else ()))
    return (f'<div class="ml-extracted" style="{SANS};border:1px dashed #555;padding:4px 10px;margin:4px 0">'
            f"<b>What the kit read — check it before you press Analyse</b>{_table(rows, 'ml-extracted-table')}"
            f"{note}{notes}</div>")
