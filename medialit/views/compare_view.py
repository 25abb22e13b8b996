"""Two articles side by side: "What do other sources say?" (Civic Online Reasoning's third question).

``compare_articles(a, b)`` shows, in two columns, each article's headline and
lede, byline, date and outlet, who is quoted and how much of the body their
words fill, the sources only one of them uses, its loaded reporting verbs, its
hedges and boosters per 100 words and its reading grade, then ONE figure whose
alternative text is the comparison's one-sentence takeaway. The numbers come
from ``medialit.compare``; everything here only shows them, escaped.

>>> from medialit import load_article
>>> a = load_article("Bridge Reopens\\n\\nThe bridge reopened on Monday, the council said.")
>>> b = load_article("Bridge Chaos Ends\\n\\nThe council finally admitted the bridge was fixed.")
>>> view = compare_articles(a, b)
>>> 'alt="' in view.output_html.value and "admitted" in view.output_html.value
True
"""

from __future__ import annotations

import base64
import html
import io
from typing import Any

import ipywidgets as widgets
import matplotlib.pyplot as plt
from matplotlib.figure import Figure

from ..analysis.article import Article, load_article
from ..analysis.compare import ArticleProfile, Comparison, compare
from ..analysis.counts import words_in_body
from ..analysis.text import ArticleError
from .palette import OKABE_ITO, SANS, message_html
from .plots import RC, safe_label
from .toolbox import ToolBox

#: The two articles' colours and hatches: Okabe–Ito orange and blue, with different hatches and letters,
#: so colour is never the only way to tell them apart.
SIDES = (("A", OKABE_ITO["orange"], "//"), ("B", OKABE_ITO["blue"], "\\\\"))
PANELS = (("hedges per 100 words", "hedges_per_100"), ("boosters per 100 words", "boosters_per_100"),
          ("loaded reporting verbs", "loaded"), ("% of the body in quotes", "quoted"))


def _metric(p: ArticleProfile, key: str) -> float:
    if key == "loaded":
        return float(len(p.loaded_verbs))
    if key == "quoted":
        return round(100 * p.quoted_share, 1)
    return float(getattr(p, key))


def plot_comparison(c: Comparison) -> Figure:
    """One figure of four small panels, article A beside article B in each, every bar labelled with its value.

    >>> from medialit import load_article, compare
    >>> fig = plot_comparison(compare(load_article("T\\\\n\\\\nIt may rain."), load_article("U\\\\n\\\\nIt will surely rain.")))
    >>> [ax.get_title() for ax in fig.axes][:2]
    ['hedges per 100 words', 'boosters per 100 words']
    """
    with plt.rc_context(RC):
        fig, axes = plt.subplots(1, len(PANELS), figsize=(9.6, 3.2), layout="constrained")
        plt.close(fig)  # the widget shows it as an image with alt text
        for ax, (title, key) in zip(axes, PANELS):
            values = [_metric(c.a, key), _metric(c.b, key)]
            for x, ((letter, colour, hatch), value) in enumerate(zip(SIDES, values)):
                ax.bar(x, value, color=colour, hatch=hatch, edgecolor="#222222", width=0.6, gid=f"{key}-{letter}")
                ax.text(x, value, f"{value:g}", ha="center", va="bottom", fontsize=11, fontweight="bold")
            ax.set_xticks([0, 1], ["A", "B"], fontsize=12, fontweight="bold")
            ax.set_title(title, fontsize=11)
            ax.set_ylim(0, max(values + [1.0]) * 1.3)
            ax.tick_params(axis="y", labelsize=9)
        fig.suptitle("Article A and article B: the same measures side by side", fontsize=12, fontweight="bold")
        fig.supxlabel(f"A = {safe_label(c.a.label, 30)} (orange, ///)      B = {safe_label(c.b.label, 30)} (blue, \\\\\\)",
                      fontsize=10)
    return fig


def _png(fig: Figure) -> str:
    buf = io.BytesIO()
    with plt.rc_context(RC):
        fig.savefig(buf, format="png", dpi=100, metadata={"Software": None})
    return base64.b64encode(buf.getvalue()).decode("ascii")


def _missing(value: str | None) -> str:
    return html.escape(value) if value else "<i>not stated</i>"


def _speakers(p: ArticleProfile) -> str:
    if not p.speakers:
        return "<i>no direct quotes</i>"
    items = "".join(f"<li>{html.escape(s.speaker)}: {s.quotes} quote{'s' if s.quotes != 1 else ''}, "
                    f"{s.share:.0%} of the body</li>" for s in p.speakers[:6])
    more = f"<li>… and {len(p.speakers) - 6} more</li>" if len(p.speakers) > 6 else ""
    return f"<ul style='margin:0;padding-left:1.2em'>{items}{more}</ul>quotes fill {p.quoted_share:.0%} of the body"


def _names(names: tuple[str, ...]) -> str:
    return html.escape(", ".join(names)) if names else "<i>none</i>"


def _rows(c: Comparison) -> list[tuple[str, str, str]]:
    a, b = c.a, c.b
    grade = lambda p: f"grade {p.reading_grade:.1f}" if p.reading_grade is not None else "<i>no body to score</i>"  # noqa: E731
    return [
        ("Headline", f"<b>{html.escape(a.title)}</b>", f"<b>{html.escape(b.title)}</b>"),
        ("First paragraph (lede)", _missing(a.lede), _missing(b.lede)),
        ("Byline", _missing(a.byline), _missing(b.byline)),
        ("Date", _missing(a.date), _missing(b.date)),
        ("Outlet", _missing(a.outlet), _missing(b.outlet)),
        ("Who is quoted", _speakers(a), _speakers(b)),
        ("Sources only in this one", _names(c.only_in_a), _names(c.only_in_b)),
        ("Loaded reporting verbs", _names(a.loaded_verbs), _names(b.loaded_verbs)),
        ("Hedges / boosters per 100 words", f"{a.hedges_per_100:g} / {a.boosters_per_100:g}",
         f"{b.hedges_per_100:g} / {b.boosters_per_100:g}"),
        ("Readability (body)", f"{grade(a)}, {words_in_body(a.words)}", f"{grade(b)}, {words_in_body(b.words)}"),
    ]


def comparison_html(c: Comparison, figure_png: str | None = None) -> str:
    """The side-by-side table, the sources both use, the takeaway and (if given) the figure with the takeaway as alt text."""
    head = (f'<tr><th scope="col" style="width:18%">What is compared</th><th scope="col" style="text-align:left;width:41%">'
            f'A: {html.escape(c.a.label)}</th><th scope="col" style="text-align:left;width:41%">B: {html.escape(c.b.label)}</th></tr>')
    body = "".join(f'<tr><th scope="row" style="text-align:left;vertical-align:top;padding:3px 8px 3px 0">{html.escape(k)}</th>'
                   f'<td style="vertical-align:top;padding:3px 8px;border-top:1px solid #999">{x}</td>'
                   f'<td style="vertical-align:top;padding:3px 8px;border-top:1px solid #999">{y}</td></tr>'
                   for k, x, y in _rows(c))
    both = f"<p style='margin:4px 0'>Sources both use: {_names(c.in_both)}.</p>"
    takeaway = f"<p class='ml-takeaway' style='margin:6px 0'><b>Takeaway:</b> {html.escape(c.takeaway)}</p>"
    img = (f'<img class="ml-figure" src="data:image/png;base64,{figure_png}" alt="{html.escape(c.takeaway, quote=True)}" '
           f'style="max-width:100%;height:auto">' if figure_png else "")
    return (f'<div class="ml-compare" style="{SANS};font-size:14px;max-width:62em">'
            f'<table style="border-collapse:collapse;width:100%;table-layout:fixed;word-wrap:break-word">'
            f"<caption style='text-align:left;font-weight:bold'>Two articles side by side</caption>{head}{body}</table>"
            f"{both}{takeaway}{img}</div>")


def _load(x: Any) -> Article:
    return x if isinstance(x, Article) else load_article(x)


def compare_articles(a: Article | str, b: Article | str) -> widgets.VBox:
    """Two articles side by side (see the module docstring); a bad article gets one line, not a traceback."""
    out = widgets.HTML()
    out.add_class("ml-widget-output")
    analysis: dict[str, Any] = {}
    arts: list[Article] = []
    for letter, x in (("A", a), ("B", b)):
        try:
            arts.append(_load(x))
        except (ArticleError, TypeError) as exc:
            out.value = message_html(f"Article {letter}: {' '.join(str(exc).split())}")
            break
    if len(arts) == 2:
        try:
            c = compare(*arts)
            analysis["comparison"] = c
            out.value = comparison_html(c, _png(plot_comparison(c)))
        except Exception as exc:  # the finders should not fail, but a learner must never see a traceback
            out.value = message_html(f"The comparison stopped ({type(exc).__name__}: {' '.join(str(exc).split())[:200]}).")
    view = ToolBox([out])
    view.output_html = out
    view.analysis = analysis
    return view
