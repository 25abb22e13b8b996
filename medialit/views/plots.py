"""Figures for the lessons: each one a small matplotlib chart with a one-sentence takeaway.

Every ``plot_*`` function returns a ``matplotlib.figure.Figure`` with a title
and labelled axes. Colours come from the Okabe–Ito palette (see ``palette``)
and every series also has a hatch pattern or a marker, so colour is never the
only signal. Each figure is closed in pyplot right after it is made, so a
notebook shows it once (as the cell's value), not twice. Style settings are
applied only inside ``plt.rc_context``: the learner's own settings are left
alone. Each figure has a ``takeaway_*`` companion that states, in one sentence
computed from the same data, what the figure shows; and a ``*_data`` function
in ``medialit.analysis.counts`` that returns the numbers drawn, so the
numbers can be checked.

>>> fig = plot_sentence_lengths("One short sentence. Then a second, slightly longer sentence.")
>>> fig.axes[0].get_title()
'Words per sentence'
>>> takeaway_sentence_lengths("One short sentence. Then a second, slightly longer sentence.")
'The 2 sentences average 4.5 words; the longest (sentence 2) has 6 words, and none is over 25 words.'
"""

from __future__ import annotations

import base64
import html
import io
from functools import lru_cache
from typing import Any, Iterable, Sequence

import matplotlib
import matplotlib.pyplot as plt
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from ..analysis.article import Article
from ..analysis.counts import (LONG_SENTENCE, block_mix, hedges_per_paragraph, readability_data,
                               sentence_length_data, source_mix, voice_data, words_in_body)
from ..analysis.timeline import short_date
from .palette import OKABE_ITO, style_for

# Fixed settings so the same data always gives the same picture: a font that
# ships with matplotlib (no font search, no font-cache warnings) and a fixed
# SVG id salt (otherwise SVG ids are random).
RC = {
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "svg.hashsalt": "medialit",
    "svg.fonttype": "path",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "hatch.linewidth": 0.8,
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "axes.prop_cycle": matplotlib.cycler(color=[c for n, c in OKABE_ITO.items() if n != "black"]),
}


class TakeawayFigure(Figure):
    """A figure that a notebook shows as an HTML ``<img>`` whose alt text is its takeaway.

    A bare image output has no text alternative, so a screen reader says
    nothing useful about it; this one reads out the one-sentence takeaway.
    Everything else is an ordinary ``matplotlib.figure.Figure``.

    >>> fig = plot_block_mix("", data={"body": 5})
    >>> fig.alt_text
    'There are 5 words in the body, out of 5 on the page (100%).'
    >>> '<img alt="There are 5 words in the body, out of 5 on the page (100%)."' in fig._repr_html_()
    True
    """

    alt_text: str = ""

    def _repr_html_(self) -> str:
        buf = io.BytesIO()
        with plt.rc_context(RC):
            self.savefig(buf, format="png", bbox_inches="tight", metadata={"Software": None})
        data = base64.b64encode(buf.getvalue()).decode("ascii")
        alt = html.escape(self.alt_text or "A chart; its takeaway is printed beside it.")
        return (f'<img alt="{alt}" class="ml-figure" style="max-width:100%;height:auto" '
                f'src="data:image/png;base64,{data}">')

    def _ipython_display_(self) -> None:
        # Only the HTML (with alt text): the inline backend would add a bare PNG otherwise.
        from IPython.display import display
        display({"text/html": self._repr_html_(), "text/plain": f"Figure: {self.alt_text}"}, raw=True)


def _new_figure(width: float, height: float) -> tuple[Figure, Any]:
    fig, ax = plt.subplots(figsize=(width, height), layout="constrained", FigureClass=TakeawayFigure)
    plt.close(fig)  # the notebook shows the returned figure; pyplot must not show it again
    return fig, ax


def _alt(fig: Figure, takeaway: str) -> Figure:
    fig.alt_text = takeaway  # type: ignore[attr-defined]
    return fig


@lru_cache(maxsize=1)
def _charmap() -> frozenset[int]:
    from matplotlib import font_manager
    path = font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans"), fallback_to_default=True)
    return frozenset(font_manager.get_font(path).get_charmap())


def safe_label(text: str, limit: int = 40) -> str:
    """A label matplotlib can draw as plain text: ``$`` escaped, missing glyphs replaced, shortened.

    >>> safe_label("Fund $5bn")
    'Fund \\\\$5bn'
    """
    chars = _charmap()
    out = "".join(c if (ord(c) in chars or c == " ") else "?" for c in " ".join(str(text).split()))
    if len(out) > limit:
        out = out[: limit - 1] + "…"
    return out.replace("$", r"\$")


def to_svg(fig: Figure) -> str:
    """The figure as SVG text, identical for identical data (fixed ids, no date).

    >>> to_svg(plot_sentence_lengths("A b c.")) == to_svg(plot_sentence_lengths("A b c."))
    True
    """
    buf = io.StringIO()
    with plt.rc_context(RC):
        fig.savefig(buf, format="svg", metadata={"Date": None})
    return buf.getvalue()


def _nothing(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#333333")


# --- lesson 02: who gets a voice ------------------------------------------------


def plot_voice(article_or_text: Article | str, data: list[dict] | None = None) -> Figure:
    """A stacked bar chart of the words attributed to each source (direct and indirect).

    >>> fig = plot_voice("x", data=[{"source": "Ann Lee", "direct": 3, "indirect": 5, "total": 8}])
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['Ann Lee']
    """
    rows = voice_data(article_or_text) if data is None else data
    with plt.rc_context(RC):
        fig, ax = _new_figure(7.5, 1.2 + 0.42 * max(len(rows), 2))
        names = [safe_label(r["source"]) for r in rows]
        y = list(range(len(rows)))
        d, i = style_for("direct quote"), style_for("indirect")
        ax.barh(y, [r["direct"] for r in rows], color=d.colour, hatch=d.hatch, edgecolor="#222222",
                label="inside direct quotes", gid="direct")
        ax.barh(y, [r["indirect"] for r in rows], left=[r["direct"] for r in rows], color=i.colour,
                hatch=i.hatch, edgecolor="#222222", label="reported indirectly", gid="indirect")
        for yy, r in zip(y, rows):
            ax.text(r["total"], yy, f" {r['total']}", va="center", fontsize=9)
        ax.set_yticks(y, names)
        ax.invert_yaxis()  # the biggest voice on top
        ax.set_xlabel("words attributed to the source")
        ax.set_ylabel("source")
        ax.set_title("Who gets a voice: words attributed to each source")
        if rows:
            fig.legend(loc="outside lower center", ncols=2, frameon=False)
            ax.set_xlim(0, max(r["total"] for r in rows) * 1.15 + 1)
        else:
            _nothing(ax, "No attributed words found.")
    return _alt(fig, takeaway_voice(article_or_text, data=rows))


def takeaway_voice(article_or_text: Article | str, data: list[dict] | None = None) -> str:
    """One sentence on who gets the most attributed words.

    >>> takeaway_voice("x", data=[{"source": "Ann Lee", "direct": 3, "indirect": 5, "total": 8},
    ...                           {"source": "Bo Chan", "direct": 0, "indirect": 2, "total": 2}])
    'Ann Lee gets the most attributed words (8: 3 in direct quotes, 5 reported), 80% of the 10 words attributed to 2 sources.'
    """
    rows = voice_data(article_or_text) if data is None else data
    total = sum(r["total"] for r in rows)
    if not rows or total == 0:
        return "The text attributes no words to any source."
    top = rows[0]
    share = round(100 * top["total"] / total)
    return (f"{top['source']} gets the most attributed words ({top['total']}: {top['direct']} in direct quotes, "
            f"{top['indirect']} reported), {share}% of the {total} words attributed to {len(rows)} "
            f"source{'s' if len(rows) != 1 else ''}.")


# --- lesson 03: hedges and boosters per paragraph ---------------------------------


def plot_hedges_per_paragraph(article: Article | str, data: list[dict] | None = None) -> Figure:
    """Grouped bars of hedges and boosters per body paragraph, with the rate per 100 words as a line.

    >>> fig = plot_hedges_per_paragraph("x", data=[{"paragraph": 1, "line": 3, "hedges": 2, "boosters": 1, "words": 30, "per_100": 10.0}])
    >>> fig.axes[0].get_ylabel()
    'hedges / boosters (count)'
    """
    rows = hedges_per_paragraph(article) if data is None else data
    with plt.rc_context(RC):
        fig, ax = _new_figure(8, 4)
        x = list(range(len(rows)))
        h, b, r = style_for("hedge"), style_for("booster"), style_for("rate")
        w = 0.38
        ax.bar([v - w / 2 for v in x], [row["hedges"] for row in rows], w, color=h.colour, hatch=h.hatch,
               edgecolor="#222222", label="hedges (soften)", gid="hedges")
        ax.bar([v + w / 2 for v in x], [row["boosters"] for row in rows], w, color=b.colour, hatch=b.hatch,
               edgecolor="#222222", label="boosters (strengthen)", gid="boosters")
        ax.set_xticks(x, [f"¶{row['paragraph']}\nline {row['line']}" for row in rows])
        ax.set_xlabel("body paragraph (and its line in the file)")
        ax.set_ylabel("hedges / boosters (count)")
        ax.set_title("Hedges and boosters in each paragraph")
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax2 = ax.twinx()
        ax2.spines["right"].set_visible(True)
        ax2.plot(x, [row["per_100"] for row in rows], color=r.colour, linestyle=":", marker=r.marker,
                 label="both, per 100 words", gid="per_100")
        ax2.set_ylabel("hedges + boosters per 100 words")
        ax2.set_ylim(0, max([row["per_100"] for row in rows] + [1]) * 1.2)
        if rows:
            handles = ax.get_legend_handles_labels()[0] + ax2.get_legend_handles_labels()[0]
            fig.legend(handles=handles, loc="outside lower center", ncols=3, frameon=False, fontsize=9)
        else:
            _nothing(ax, "No body paragraphs found.")
    return _alt(fig, takeaway_hedges_per_paragraph(article, data=rows))


def takeaway_hedges_per_paragraph(article: Article | str, data: list[dict] | None = None) -> str:
    """One sentence on where hedging and boosting is densest.

    >>> takeaway_hedges_per_paragraph("x", data=[{"paragraph": 1, "line": 3, "hedges": 2, "boosters": 1, "words": 30, "per_100": 10.0}])
    'Paragraph 1 (line 3) is the most hedged or boosted, with 10.0 per 100 words; there are 2 hedges and 1 booster in 30 words in the body.'
    """
    rows = hedges_per_paragraph(article) if data is None else data
    if not rows:
        return "The text has no body paragraphs to count hedges in."
    hn = sum(r["hedges"] for r in rows)
    bn = sum(r["boosters"] for r in rows)
    words = sum(r["words"] for r in rows)
    if hn + bn == 0:
        return f"No hedges or boosters were found in the {len(rows)} body paragraphs ({words_in_body(words)})."
    top = max(rows, key=lambda r: (r["per_100"], -r["paragraph"]))
    return (f"Paragraph {top['paragraph']} (line {top['line']}) is the most hedged or boosted, with "
            f"{top['per_100']} per 100 words; there are {hn} hedge{'s' * (hn != 1)} and {bn} booster{'s' * (bn != 1)} in {words_in_body(words)}.")


# --- lesson 04: readability ------------------------------------------------------


def plot_readability_by_block(article: Article | str, data: list[dict] | None = None) -> Figure:
    """One bar per block: its Flesch Reading Ease, coloured and hatched by block kind.

    >>> fig = plot_readability_by_block("x", data=[{"line": 1, "kind": "headline", "words": 8, "score": 50.0, "grade": 9.0}])
    >>> fig.axes[0].get_xlabel()
    'Flesch Reading Ease (higher = easier)'
    """
    rows = readability_data(article) if data is None else data
    with plt.rc_context(RC):
        fig, ax = _new_figure(8, 1.4 + 0.3 * max(len(rows), 3))
        y = list(range(len(rows)))
        seen: set[str] = set()
        for yy, r in zip(y, rows):
            st = style_for(r["kind"])
            label = None if r["kind"] in seen else r["kind"].replace("_", " ")
            seen.add(r["kind"])
            ax.barh(yy, r["score"], color=st.colour, hatch=st.hatch, edgecolor="#222222", label=label,
                    gid=f"block-{r['line']}")
        ax.set_yticks(y, [f"line {r['line']} ({r['kind'].replace('_', ' ')})" for r in rows])
        ax.invert_yaxis()
        ax.axvspan(60, 70, color="#DDDDDD", zorder=0, label="standard (60–70), often called plain English")
        ax.axvline(0, color="#222222", linewidth=0.8)
        ax.set_xlabel("Flesch Reading Ease (higher = easier)")
        ax.set_ylabel("block")
        ax.set_title("How easy is each block to read?")
        if rows:
            ax.set_xlim(min(0, min(r["score"] for r in rows) - 5), max(100, max(r["score"] for r in rows) + 5))
            fig.legend(loc="outside lower center", ncols=5, frameon=False, fontsize=8)
        else:
            _nothing(ax, "No blocks with words found.")
    return _alt(fig, takeaway_readability_by_block(article, data=rows))


def takeaway_readability_by_block(article: Article | str, data: list[dict] | None = None) -> str:
    """One sentence on the hardest and easiest body blocks.

    >>> takeaway_readability_by_block("x", data=[{"line": 3, "kind": "body", "words": 30, "score": 40.0, "grade": 12.0},
    ...                                          {"line": 5, "kind": "body", "words": 20, "score": 70.0, "grade": 7.0}])
    'The hardest body paragraph is line 3 (Flesch Reading Ease 40.0) and the easiest is line 5 (70.0); 1 of 2 body paragraphs score below 60, harder than plain English.'
    """
    rows = readability_data(article) if data is None else data
    body = [r for r in rows if r["kind"] == "body"] or rows
    if not body:
        return "There is no text with words in it to score."
    what = "body paragraph" if body[0]["kind"] == "body" else "block"
    hard = min(body, key=lambda r: (r["score"], r["line"]))
    easy = max(body, key=lambda r: (r["score"], -r["line"]))
    below = sum(1 for r in body if r["score"] < 60)
    return (f"The hardest {what} is line {hard['line']} (Flesch Reading Ease {hard['score']}) and the easiest is "
            f"line {easy['line']} ({easy['score']}); {below} of {len(body)} {what}s score below 60, harder than plain English.")


def plot_sentence_lengths(text: str, data: list[dict] | None = None) -> Figure:
    """Horizontal bars: words per sentence, long sentences (over 25 words) hatched differently.

    >>> len(plot_sentence_lengths("A b. C d e.").axes[0].patches)
    2
    """
    rows = sentence_length_data(text) if data is None else data
    with plt.rc_context(RC):
        fig, ax = _new_figure(7, 1.4 + 0.28 * max(len(rows), 3))
        ok, long = style_for("indirect"), style_for("intensifier")
        y = list(range(len(rows)))
        for yy, r in zip(y, rows):
            st = long if r["words"] > LONG_SENTENCE else ok
            ax.barh(yy, r["words"], color=st.colour, hatch=st.hatch, edgecolor="#222222", gid=f"sentence-{r['number']}")
        ax.set_yticks(y, [str(r["number"]) for r in rows])
        ax.invert_yaxis()
        ax.axvline(LONG_SENTENCE, color="#222222", linestyle="--", linewidth=1)
        ax.text(LONG_SENTENCE, -0.6, f" {LONG_SENTENCE} words", fontsize=8, va="bottom")
        ax.set_xlabel("words in the sentence")
        ax.set_ylabel("sentence number")
        ax.set_title("Words per sentence")
        fig.legend(handles=[Patch(facecolor=ok.colour, hatch=ok.hatch, edgecolor="#222222", label=f"up to {LONG_SENTENCE} words"),
                           Patch(facecolor=long.colour, hatch=long.hatch, edgecolor="#222222", label=f"over {LONG_SENTENCE} words")],
                  loc="outside lower center", ncols=2, frameon=False, fontsize=8)
        if not rows:
            _nothing(ax, "No sentences found.")
    return _alt(fig, takeaway_sentence_lengths(text, data=rows))


def takeaway_sentence_lengths(text: str, data: list[dict] | None = None) -> str:
    """One sentence on average and longest sentence length (see the module example)."""
    rows = sentence_length_data(text) if data is None else data
    if not rows:
        return "There are no sentences to measure."
    mean = sum(r["words"] for r in rows) / len(rows)
    top = max(rows, key=lambda r: (r["words"], -r["number"]))
    n_long = sum(1 for r in rows if r["words"] > LONG_SENTENCE)
    long_txt = "none is" if n_long == 0 else f"{n_long} {'is' if n_long == 1 else 'are'}"
    return (f"The {len(rows)} sentence{'s' if len(rows) != 1 else ''} average {mean:.1f} words; the longest "
            f"(sentence {top['number']}) has {top['words']} words, and {long_txt} over {LONG_SENTENCE} words.")


# --- lesson 01: the mix of sources and the timeline ----------------------------------


def plot_source_mix(sources: Iterable, attributions: Iterable = (), data: dict[str, int] | None = None) -> Figure:
    """Bars: how many sources are named, unnamed, agentless, or photo credits.

    >>> fig = plot_source_mix([], data={"named": 3, "unnamed": 2, "agentless": 1, "photo credits": 2})
    >>> [float(p.get_width()) for p in fig.axes[0].patches]
    [3.0, 2.0, 1.0, 2.0]
    """
    counts = source_mix(sources, attributions) if data is None else data
    styles = {"named": style_for("named person"), "unnamed": style_for("unnamed"),
              "agentless": style_for("agentless"), "photo credits": style_for("photo agency")}
    with plt.rc_context(RC):
        fig, ax = _new_figure(7, 1.2 + 0.45 * len(counts))
        names = list(counts)
        for yy, name in enumerate(names):
            st = styles.get(name, style_for(name))
            ax.barh(yy, counts[name], color=st.colour, hatch=st.hatch, edgecolor="#222222", gid=f"mix-{name}")
            ax.text(counts[name], yy, f" {counts[name]}", va="center", fontsize=9)
        ax.set_yticks(range(len(names)), names)
        ax.invert_yaxis()
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.set_xlim(0, max(list(counts.values()) + [1]) * 1.15 + 0.5)
        ax.set_xlabel("how many")
        ax.set_ylabel("kind of source")
        ax.set_title("Where the article's information comes from")
    return _alt(fig, takeaway_source_mix(sources, attributions, data=counts))


def takeaway_source_mix(sources: Iterable, attributions: Iterable = (), data: dict[str, int] | None = None) -> str:
    """One sentence on the source mix.

    >>> takeaway_source_mix([], data={"named": 3, "unnamed": 2, "agentless": 1, "photo credits": 2})
    'Of 6 sources of information, 3 are named and 3 cannot be checked (2 unnamed, 1 with no source at all); the photo credits name 2 photographers and agencies.'
    """
    c = source_mix(sources, attributions) if data is None else data
    total = c.get("named", 0) + c.get("unnamed", 0) + c.get("agentless", 0)
    if total == 0:
        return "No sources of information were found in the text."
    vague = c.get("unnamed", 0) + c.get("agentless", 0)
    credits = c.get("photo credits", 0)  # one per photographer or agency named, not per photo
    return (f"Of {total} sources of information, {c.get('named', 0)} are named and {vague} cannot be checked "
            f"({c.get('unnamed', 0)} unnamed, {c.get('agentless', 0)} with no source at all); "
            f"the photo credits name {credits} {'photographer or agency' if credits == 1 else 'photographers and agencies'}.")


def _timeline_rows(events: Sequence) -> list[str]:
    kinds = list(dict.fromkeys(e.kind for e in events))
    order = {"article says": 0, "record": 1}
    return sorted(kinds, key=lambda k: (order.get(k, 2), kinds.index(k)))


def plot_timeline(events: Sequence) -> Figure:
    """Dated events on one row per kind ("article says" above "record"), with markers and labels.

    ``events`` are ``timeline.Event(date, label, source, kind)``.

    >>> from datetime import date
    >>> from medialit.analysis.timeline import Event
    >>> fig = plot_timeline([Event(date(2024, 3, 4), "Talks open", "the article", "article says"),
    ...                      Event(date(2024, 3, 2), "Talks open", "an agency report", "record")])
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['article says', 'record']
    """
    import matplotlib.dates as mdates
    events = sorted(events, key=lambda e: (e.date, e.kind, e.label))
    rows = _timeline_rows(events)
    width_in = 10.0
    layout = _timeline_layout(events, rows, axes_width_in=width_in * 0.8)
    with plt.rc_context(RC):
        levels = sum(top + bottom + 1 for _, top, bottom in layout["rows"].values())
        fig, ax = _new_figure(width_in, 1.9 + 0.24 * max(levels, 4))
        for kind in rows:
            st = style_for(kind)
            y, _, _ = layout["rows"][kind]
            evs = [e for e in events if e.kind == kind]
            ax.axhline(y, color="#BBBBBB", linewidth=1, zorder=0)
            ax.plot([mdates.date2num(e.date) for e in evs], [y] * len(evs), linestyle="none", marker=st.marker,
                    markersize=9, color=st.colour, markeredgecolor="#222222", label=kind, gid=f"row-{kind}", zorder=3)
            for e in evs:
                x, ly = layout["labels"][id(e)]
                # A thin line joins each label to its marker, so stacked labels stay readable.
                ax.plot([x, x], [y, ly - 0.35 if ly > y else ly + 0.35], color="#888888", linewidth=0.6, zorder=1)
                ax.text(x, ly, safe_label(e.label, 34), fontsize=8, ha="center", va="center", zorder=4,
                        bbox={"facecolor": "white", "edgecolor": "none", "pad": 1})
        ax.set_yticks([layout["rows"][k][0] for k in rows], rows)
        ax.set_ylim(layout["bottom"], layout["top"])
        # Month names from the kit's own table: the axis reads the same in every language setting.
        ax.xaxis.set_major_formatter(FuncFormatter(
            lambda x, _: (lambda d: f"{d.day:02d} {short_date(d, year=False).split()[1]}\n{d.year}")(mdates.num2date(x))))
        ax.set_xlabel("date")
        ax.set_ylabel("according to")
        ax.set_title("When things happened: the article's dates and the record")
        if events:
            ax.set_xlim(*layout["xlim"])
            fig.legend(loc="outside lower center", ncols=len(rows), frameon=False, fontsize=8)
        else:
            _nothing(ax, "No dated events to show.")
    return _alt(fig, takeaway_timeline(events))


def _timeline_layout(events: Sequence, rows: list[str], axes_width_in: float) -> dict:
    """Where each row and label goes: labels are stacked in levels above and below their row
    (+1, -1, +2, -2, ...) so that no two labels on one level overlap."""
    import matplotlib.dates as mdates
    xs = [mdates.date2num(e.date) for e in events] or [0.0]
    span = max(max(xs) - min(xs), 1.0)
    # About 0.068 inch per character at 8 pt; the axis spans ~85% of the data range.
    per_char = 0.068 * (span / 0.85) / axes_width_in
    placed: dict[str, dict[int, list[tuple[float, float]]]] = {k: {} for k in rows}
    labels: dict[int, tuple[float, int, str]] = {}
    for e in events:
        x = mdates.date2num(e.date)
        half = (len(safe_label(e.label, 34)) * per_char) / 2 + per_char
        level = 1
        while True:
            taken = placed[e.kind].setdefault(level, [])
            if all(x + half <= a or x - half >= b for a, b in taken):
                taken.append((x - half, x + half))
                break
            level = -level if level > 0 else -level + 1
        labels[id(e)] = (x, level, e.kind)
    out_rows: dict[str, tuple[float, int, int]] = {}
    y = 0.0
    for kind in rows:
        levels = placed[kind] or {1: []}
        top = max([l for l in levels if l > 0] + [0])
        bottom = max([-l for l in levels if l < 0] + [0])
        y -= top + 0.6
        out_rows[kind] = (y, top, bottom)
        y -= bottom + 0.6
    pos = {key: (x, out_rows[kind][0] + level) for key, (x, level, kind) in labels.items()}
    lo = min([x - (len(safe_label(e.label, 34)) * per_char) / 2 for e, x in zip(events, xs)] + [min(xs) - 1])
    hi = max([x + (len(safe_label(e.label, 34)) * per_char) / 2 for e, x in zip(events, xs)] + [max(xs) + 1])
    return {"rows": out_rows, "labels": pos, "top": 0.2, "bottom": y - 0.2, "xlim": (lo, hi)}


def takeaway_timeline(events: Sequence) -> str:
    """One sentence comparing the article's dates with the record's.

    >>> from datetime import date
    >>> from medialit.analysis.timeline import Event
    >>> print(takeaway_timeline([Event(date(2024, 3, 4), "Talks open", "the article", "article says"),
    ...                          Event(date(2024, 3, 2), "Talks open", "an agency report", "record")]))
    The article gives 1 dated event (4 Mar 2024) and the record 1 (2 Mar 2024); 0 of the article's 1 dates fall on a day with an event on the record
    (which event is for you to check).
    """
    said = [e for e in events if e.kind == "article says"]
    rec = [e for e in events if e.kind != "article says"]
    if not events:
        return "There are no dated events to compare."

    def span(evs: list) -> str:
        if not evs:
            return "no dates"
        ds = sorted(e.date for e in evs)
        return short_date(ds[0]) if ds[0] == ds[-1] else f"{short_date(ds[0])} to {short_date(ds[-1])}"

    rec_dates = {e.date for e in rec}
    match = sum(1 for e in said if e.date in rec_dates)
    return (f"The article gives {len(said)} dated event{'s' if len(said) != 1 else ''} ({span(said)}) and the record "
            f"{len(rec)} ({span(rec)}); {match} of the article's {len(said)} dates fall on a day with an event on the record "
            "(which event is for you to check).")


# --- lesson 00: what a scraped page is made of ------------------------------------------

_BLOCK_NAMES = {"image_label": "photo label"}  # what a reader calls it


def plot_block_mix(article: Article | str, data: dict[str, int] | None = None) -> Figure:
    """Bars: how many words each kind of block holds, so the story can be told from the page around it.

    >>> fig = plot_block_mix("", data={"headline": 9, "body": 500, "boilerplate": 12})
    >>> [float(p.get_width()) for p in fig.axes[0].patches]
    [9.0, 500.0, 12.0]
    """
    counts = block_mix(article) if data is None else data
    total = sum(counts.values()) or 1
    with plt.rc_context(RC):
        fig, ax = _new_figure(7, 1.2 + 0.45 * max(len(counts), 1))
        names = list(counts)
        for yy, name in enumerate(names):
            st = style_for(name)
            ax.barh(yy, counts[name], color=st.colour, hatch=st.hatch, edgecolor="#222222", gid=f"block-{name}")
            ax.text(counts[name], yy, f" {counts[name]} ({100 * counts[name] / total:.0f}%)", va="center", fontsize=9)
        ax.set_yticks(range(len(names)), [_BLOCK_NAMES.get(n, n.replace("_", " ")) for n in names])
        ax.invert_yaxis()
        ax.set_xlim(0, max(list(counts.values()) + [1]) * 1.2 + 1)
        ax.set_xlabel("words")
        ax.set_ylabel("kind of block")
        ax.set_title("What the scraped page is made of")
        if not counts:
            _nothing(ax, "The page has no blocks.")
    return _alt(fig, takeaway_block_mix(article, data=counts))


def takeaway_block_mix(article: Article | str, data: dict[str, int] | None = None) -> str:
    """One sentence: how much of the page is the story itself.

    >>> takeaway_block_mix("", data={"headline": 9, "body": 500, "boilerplate": 12})
    'There are 500 words in the body, out of 521 on the page (96%); the other 21 are in the headline and boilerplate blocks, which are not the story.'
    """
    c = block_mix(article) if data is None else data
    total = sum(c.values())
    if total == 0:
        return "The page has no words."
    body = c.get("body", 0)
    others = [_BLOCK_NAMES.get(k, k.replace("_", " ")) for k, n in c.items() if k != "body" and n > 0]
    rest = ", ".join(others[:-1]) + " and " + others[-1] if len(others) > 1 else "".join(others)
    tail = f"; the other {total - body} are in the {rest} blocks, which are not the story." if others else "."
    return f"There are {words_in_body(body)}, out of {total} on the page ({100 * body / total:.0f}%){tail}"


__all__ = [
    "plot_voice", "takeaway_voice", "voice_data",
    "plot_hedges_per_paragraph", "takeaway_hedges_per_paragraph", "hedges_per_paragraph",
    "plot_readability_by_block", "takeaway_readability_by_block", "readability_data",
    "plot_sentence_lengths", "takeaway_sentence_lengths", "sentence_length_data",
    "plot_source_mix", "takeaway_source_mix", "source_mix",
    "plot_timeline", "takeaway_timeline", "to_svg", "safe_label",
    "plot_block_mix", "takeaway_block_mix", "block_mix", "TakeawayFigure",
]
