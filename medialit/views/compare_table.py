"""Two articles side by side as one small HTML table, for lesson 05's "Find better coverage".

A stand-in for the comparison widget: it shows what ``medialit.compare`` measured, row by row,
with every piece of article text escaped. ``show_comparison(a, b)`` is the one-line call a notebook uses.

>>> from medialit.analysis.article import load_article
>>> a = load_article("Bridge Opens\\n\\nThe bridge opened on Monday, the council said.")
>>> b = load_article("Bridge <b>Chaos</b>\\n\\nThe council finally admitted the bridge was clearly fixed.")
>>> page = comparison_table_html(a, b)
>>> "&lt;b&gt;Chaos&lt;/b&gt;" in page and "<b>Chaos</b>" not in page
True
"""
from __future__ import annotations

import html

from ..analysis.article import Article
from ..analysis.compare import ArticleProfile, Comparison, compare

NOT_GIVEN = "(not given)"
_CELL = 'style="padding:3px 8px;vertical-align:top;border-bottom:1px solid #ccc;text-align:left"'


def _text(value: object) -> str:
    return html.escape(NOT_GIVEN if value in (None, "", ()) else str(value))


def _speakers(p: ArticleProfile) -> str:
    top = [f"{s.speaker} ({s.quotes})" for s in p.speakers[:3]]
    return ", ".join(top) if top else "no direct quotes"


def comparison_rows(c: Comparison) -> list[tuple[str, str, str]]:
    """(what is compared, article A, article B) as plain text, in reading order.

    >>> from medialit.analysis.article import load_article
    >>> rows = comparison_rows(compare(load_article("A\\n\\nIt rained, she said."), load_article("B\\n\\nIt rained.")))
    >>> rows[0]
    ('Headline', 'A', 'B')
    """
    a, b = c.a, c.b
    return [
        ("Headline", a.title, b.title),
        ("First line (lede)", a.lede or NOT_GIVEN, b.lede or NOT_GIVEN),
        ("Byline, date, outlet", " · ".join(map(str, (a.byline or NOT_GIVEN, a.date or NOT_GIVEN, a.outlet or NOT_GIVEN))),
         " · ".join(map(str, (b.byline or NOT_GIVEN, b.date or NOT_GIVEN, b.outlet or NOT_GIVEN)))),
        ("Quoted speakers (quotes)", _speakers(a), _speakers(b)),
        ("Share of the body in quotes", f"{a.quoted_share:.0%}", f"{b.quoted_share:.0%}"),
        ("Sources only this one uses", ", ".join(c.only_in_a) or "none", ", ".join(c.only_in_b) or "none"),
        ("Loaded reporting verbs", ", ".join(a.loaded_verbs) or "none", ", ".join(b.loaded_verbs) or "none"),
        ("Hedges / boosters per 100 words", f"{a.hedges_per_100:.1f} / {a.boosters_per_100:.1f}",
         f"{b.hedges_per_100:.1f} / {b.boosters_per_100:.1f}"),
        ("Reading grade (Flesch–Kincaid)", _text(a.reading_grade), _text(b.reading_grade)),
    ]


def comparison_table_html(a: Article, b: Article) -> str:
    """The comparison of two articles as an escaped HTML table, with the takeaway under it."""
    c = compare(a, b)
    head = f'<tr><th {_CELL}>What is compared</th><th {_CELL}>Article A</th><th {_CELL}>Article B</th></tr>'
    body = "".join(f"<tr><th {_CELL}>{html.escape(k)}</th><td {_CELL}>{html.escape(x)}</td>"
                   f"<td {_CELL}>{html.escape(y)}</td></tr>" for k, x, y in comparison_rows(c))
    note = ("These are counts of what the rules matched. Each difference is a question for you, "
            "not a verdict.")
    return (f'<div class="ml-compare" style="font-family:\'DejaVu Sans\',Arial,sans-serif;font-size:13px;color:#111;'
            f'background:#fff"><table style="border-collapse:collapse;max-width:60em">{head}{body}</table>'
            f"<p><b>Biggest difference:</b> {html.escape(c.takeaway)}</p><p><i>{note}</i></p></div>")


def show_comparison(a: Article, b: Article):
    """The table, ready to show in a notebook: ``show_comparison(a, b)`` as the last line of a cell."""
    from IPython.display import HTML

    return HTML(comparison_table_html(a, b))
