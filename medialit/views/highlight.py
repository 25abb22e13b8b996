"""Turning found spans into highlighted, safe HTML, with a legend and a plain-text list.

Every view in the kit shows the article with some phrases marked. This module
does that in one place so every view is safe and accessible in the same way:

* every piece of article text is escaped (``html.escape``), so a ``<script>``
  in an article is shown as text, never run;
* a mark has a light background, dark text (WCAG AA contrast), an underline
  style of its own and a short visible tag, so colour is never the only signal;
* a legend gives each category with its count, and a plain-text list gives
  each phrase, its category, why it was marked and its line, for screen readers.

Overlaps: the same phrase with the same label is marked once (its reasons
joined). Other spans are taken in order of start, the longer first when two start
together. A span wholly inside a shown span is nested inside it; a span that
only partly overlaps a shown span is not marked (it would cut the other in
two), but it still counts in the legend and appears in the list, with a note.

>>> html = highlight_html("Talks may resume.", [(6, 9, "modal", "may: a possibility, not a fact")])
>>> '<mark class="ml-mark ml-modal" data-label="modal"' in html
True
>>> print(listing_text("Talks may resume.", [(6, 9, "modal", "a possibility")]))
1. "may" — modal — a possibility — line 1
"""

from __future__ import annotations

import html
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from ..analysis.article import Article, Block
from ..analysis.attribution import Attribution
from ..analysis.hedges import Hedge
from .palette import Style, style_for
from ..analysis.quotes import Quote
from ..analysis.sources import Source

_FONT = "font-family:Georgia,'DejaVu Serif',serif;font-size:15px;color:#111"
_TAG_CSS = ("font-size:70%;font-family:'DejaVu Sans',Arial,sans-serif;font-weight:bold;"
            "color:#111;margin:0 2px 0 1px;vertical-align:super;line-height:0")


@dataclass(frozen=True)
class Span:
    """One phrase to highlight: ``text[start:end]``, its category (label) and why."""

    start: int
    end: int
    label: str
    tooltip: str = ""


def as_spans(items: Iterable[Any]) -> list[Span]:
    """Turn tuples or the finders' dataclasses into ``Span`` objects.

    A tuple is ``(start, end, label)`` or ``(start, end, label, tooltip)``.
    A ``Hedge`` is labelled by its category; an ``Attribution`` gives its cue
    ("cue", "loaded cue" or "no source") and its source phrase ("source"); a
    ``Quote`` gives "quote"; a ``Source`` gives one span per mention, labelled
    by its kind; a ``Block`` is labelled by its kind.

    >>> as_spans([(0, 4, "modal")])
    [Span(start=0, end=4, label='modal', tooltip='')]
    """
    out: list[Span] = []
    for it in items:
        if isinstance(it, Span):
            out.append(it)
        elif isinstance(it, Hedge):
            out.append(Span(it.start, it.end, it.category or it.kind, f"{it.kind}: {it.why}".strip(": ")))
        elif isinstance(it, Attribution):
            out.extend(attribution_spans(it))
        elif isinstance(it, Quote):
            who = it.speaker or "a speaker the text does not name"
            out.append(Span(it.start, it.end, "quote", f"the exact words of {who}"))
        elif isinstance(it, Source):
            why = f"{it.name}" + (f" ({it.role})" if it.role else "") + f": {it.kind}"
            out.extend(Span(s, e, it.kind, why) for s, e in it.mentions)
        elif isinstance(it, Block):
            out.append(Span(it.start, it.end, it.kind, f"line {it.line}"))
        elif isinstance(it, tuple) and len(it) in (3, 4):
            out.append(Span(int(it[0]), int(it[1]), str(it[2]), str(it[3]) if len(it) == 4 else ""))
        else:
            raise TypeError(f"Cannot highlight {type(it).__name__}: give (start, end, label[, tooltip]) tuples.")
    return out


def _merge(spans: list[Span]) -> list[Span]:
    """One span per (start, end, label): two attributions to one source phrase mark it once."""
    merged: dict[tuple[int, int, str], Span] = {}
    for s in spans:
        key = (s.start, s.end, s.label)
        if key in merged:
            old = merged[key]
            tip = old.tooltip if not s.tooltip or s.tooltip in old.tooltip else f"{old.tooltip}; {s.tooltip}".strip("; ")
            merged[key] = Span(s.start, s.end, s.label, tip)
        else:
            merged[key] = s
    return list(merged.values())


def attribution_spans(a: Attribution) -> list[Span]:
    """The cue of an attribution and, if the text names one, its source phrase.

    >>> a = Attribution("Ann Lee", "named person", "said", False, 8, 12, "neutral", 0, 7, "plain verb")
    >>> [s.label for s in attribution_spans(a)]
    ['source', 'cue']
    """
    if a.source_kind == "agentless" or a.source is None and a.source_start is None:
        label = "no source"
    else:
        label = "loaded cue" if a.verb_tone == "loaded" else "cue"
    who = a.source or "no one named"
    spans = []
    if a.source_start is not None and a.source_end is not None and a.source_end > a.source_start:
        spans.append(Span(a.source_start, a.source_end, "source", f"{who}: {a.source_kind}"))
    tone = f"{a.verb_tone} verb" + (f": {a.why}" if a.why else "")
    how = "direct quote" if a.direct else "indirect (reported) speech"
    spans.append(Span(a.start, a.end, label, f"{tone}; {how}; source: {who}"))
    return sorted(spans, key=lambda s: s.start)


def _arrange(spans: Sequence[Span], n: int) -> tuple[list[Span], list[Span]]:
    """Split spans into (shown, not shown) by the overlap rule in the module docstring."""
    ordered = sorted((s for s in spans if 0 <= s.start < s.end <= n),
                     key=lambda s: (s.start, -s.end, s.label))
    shown: list[Span] = []
    clashing: list[Span] = []
    stack: list[Span] = []
    for s in ordered:
        while stack and stack[-1].end <= s.start:
            stack.pop()
        if stack and s.end > stack[-1].end:
            clashing.append(s)  # partial overlap: would cut the open mark in two
            continue
        shown.append(s)
        stack.append(s)
    return shown, clashing


def _open(s: Span, style: Style) -> str:
    a = html.escape
    return (f'<mark class="ml-mark ml-{style.slug}" data-label="{a(s.label)}" '
            f'title="{a(style.category + (": " + s.tooltip if s.tooltip else ""))}" style="{style.css()}">')


def _close(style: Style) -> str:
    return f'</mark><sup class="ml-tag" style="{_TAG_CSS}">[{html.escape(style.tag)}]</sup>'


def _render(text: str, shown: Sequence[Span], lo: int, hi: int) -> str:
    """Escaped ``text[lo:hi]`` with the (properly nested) ``shown`` spans marked."""
    out: list[str] = []
    pos = lo
    stack: list[Span] = []
    for s in shown:
        while stack and stack[-1].end <= s.start:
            top = stack.pop()
            out.append(html.escape(text[pos:top.end]))
            out.append(_close(style_for(top.label)))
            pos = top.end
        out.append(html.escape(text[pos:s.start]))
        out.append(_open(s, style_for(s.label)))
        pos = s.start
        stack.append(s)
    while stack:
        top = stack.pop()
        out.append(html.escape(text[pos:top.end]))
        out.append(_close(style_for(top.label)))
        pos = top.end
    out.append(html.escape(text[pos:hi]))
    return "".join(out)


class _Lines:
    """1-based line numbers of offsets, by binary search over line starts."""

    def __init__(self, text: str):
        self.starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]

    def line(self, offset: int) -> int:
        return bisect_right(self.starts, offset)


def _one_line(s: str, limit: int = 120) -> str:
    s = " ".join(s.split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


def listing_items(text: str, spans: Iterable[Any], hidden: Iterable[str] = ()) -> list[str]:
    """One plain-text line per highlighted phrase: "phrase" — category — why — line N.

    >>> listing_items("It may rain.", [(3, 6, "modal", "maybe")])
    ['"may" — modal — maybe — line 1']
    """
    all_spans = _merge(as_spans(spans))
    hide = {h.lower() for h in hidden}
    visible = [s for s in all_spans if s.label.lower() not in hide]
    _, clashing = _arrange(visible, len(text))
    clash = set(clashing)
    lines = _Lines(text)
    items = []
    for s in sorted(visible, key=lambda s: (s.start, -s.end, s.label)):
        if not (0 <= s.start < s.end <= len(text)):
            continue
        parts = [f'"{_one_line(text[s.start:s.end])}"', style_for(s.label).category]
        if s.tooltip:
            parts.append(_one_line(s.tooltip, 200))
        parts.append(f"line {lines.line(s.start)}")
        if s in clash:
            parts.append("overlaps the phrase before it, so it is listed but not marked")
        items.append(" — ".join(parts))
    return items


def listing_text(text: str, spans: Iterable[Any], hidden: Iterable[str] = ()) -> str:
    """The numbered plain-text list of highlights, for screen readers or printing.

    >>> print(listing_text("It may rain.", [(3, 6, "modal")]))
    1. "may" — modal — line 1
    """
    items = listing_items(text, spans, hidden)
    if not items:
        return "Nothing is highlighted."
    return "\n".join(f"{i}. {item}" for i, item in enumerate(items, 1))


def legend_html(counts: dict[str, int] | Counter, hidden: Iterable[str] = (), title: str = "Key") -> str:
    """A legend: for each category its swatch (colour, underline and tag) and how many were found.

    >>> "modal — 2" in legend_html({"modal": 2})
    True
    """
    hide = {h.lower() for h in hidden}
    rows = []
    for label, n in counts.items():
        st = style_for(label)
        off = label.lower() in hide
        state = " (hidden)" if off else ""
        rows.append(
            f'<li class="ml-legend-item ml-{st.slug}" data-label="{html.escape(label)}" data-count="{n}" '
            f'style="display:inline-block;margin:2px 12px 2px 0{";font-style:italic" if off else ""}">'
            f'<span style="{st.css()}">[{html.escape(st.tag)}]</span> '
            f"{html.escape(st.category.replace('_', ' '))} — {n}{state}</li>"
        )
    return (f'<div class="ml-legend" style="font-family:\'DejaVu Sans\',Arial,sans-serif;font-size:13px;'
            f'color:#111;margin:4px 0 8px 0"><b>{html.escape(title)}:</b> '
            f'<ul style="display:inline;padding:0;margin:0;list-style:none">{"".join(rows) or "<li style=display:inline>nothing found</li>"}</ul></div>')


def _listing_html(items: list[str]) -> str:
    lis = "".join(f"<li>{html.escape(i)}</li>" for i in items) or "<li>Nothing is highlighted.</li>"
    return (f'<details class="ml-listing" style="font-family:\'DejaVu Sans\',Arial,sans-serif;font-size:13px;color:#111">'
            f"<summary>Plain-text list of the {len(items)} highlighted phrases (for screen readers)</summary>"
            f"<ol>{lis}</ol></details>")


def highlight_html(text: str, spans: Iterable[Any], *, hidden: Iterable[str] = (),
                   legend: bool = True, listing: bool = True, only_marked_lines: bool = False,
                   title: str | None = None) -> str:
    """The text as HTML with ``spans`` highlighted, plus a legend and a plain-text listing.

    ``spans`` are ``(start, end, label[, tooltip])`` tuples or the finders'
    dataclasses (see ``as_spans``). Categories in ``hidden`` are not marked but
    keep their count in the legend. ``only_marked_lines`` shows just the lines
    holding a mark, each with its line number (a "mentions in context" view).
    Line breaks are kept (``white-space: pre-wrap``).

    >>> out = highlight_html("<b>x</b> & y", [(12, 13, "modal")], legend=False, listing=False)
    >>> "&lt;b&gt;x&lt;/b&gt; &amp; " in out and "<b>" not in out
    True
    """
    all_spans = _merge(as_spans(spans))
    hide = {h.lower() for h in hidden}
    counts = Counter(s.label for s in all_spans if 0 <= s.start < s.end <= len(text))
    visible = [s for s in all_spans if s.label.lower() not in hide]
    shown, _ = _arrange(visible, len(text))
    parts = ['<div class="ml-highlight">']
    if title:
        parts.append(f'<div class="ml-title" style="font-weight:bold;font-size:16px;margin:4px 0">{html.escape(title)}</div>')
    if legend:
        parts.append(legend_html(dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))), hidden=hide))
    body_css = f"white-space:pre-wrap;line-height:1.9;{_FONT};background:#fff;padding:6px"
    if only_marked_lines:
        parts.append(f'<div class="ml-text ml-context" style="{body_css}">{_context(text, shown)}</div>')
    else:
        parts.append(f'<div class="ml-text" style="{body_css}">{_render(text, shown, 0, len(text))}</div>')
    if listing:
        parts.append(_listing_html(listing_items(text, all_spans, hidden=hide)))
    parts.append("</div>")
    return "".join(parts)


def _context(text: str, shown: Sequence[Span]) -> str:
    """Only the lines that hold a mark, each labelled with its line number."""
    if not shown:
        return '<span class="ml-empty">Nothing to show: no phrase is marked.</span>'
    lines = _Lines(text)
    groups: list[list[int]] = []  # [first line, last line]
    for s in shown:
        a, b = lines.line(s.start), lines.line(s.end - 1)
        if groups and a <= groups[-1][1]:
            groups[-1][1] = max(groups[-1][1], b)
        else:
            groups.append([a, b])
    out = []
    starts = lines.starts
    for a, b in groups:
        lo = starts[a - 1]
        hi = starts[b] - 1 if b < len(starts) else len(text)
        inside = [s for s in shown if lo <= s.start and s.end <= hi]
        label = f"line {a}" if a == b else f"lines {a}–{b}"
        out.append(f'<div class="ml-line" data-line="{a}" style="margin:0 0 6px 0">'
                   f'<span class="ml-lineno" style="font-family:\'DejaVu Sans\',Arial,sans-serif;'
                   f'font-size:12px;color:#333;margin-right:6px">[{label}]</span>'
                   f"{_render(text, inside, lo, hi)}</div>")
    return "".join(out)


def article_blocks_html(article: Article, highlight: Iterable[str] | None = None) -> str:
    """The article block by block, each with a visible label of its kind.

    Every block keeps its text (escaped); the label ("HEADLINE · line 1") is
    text, not colour. Photo credits inside captions are marked as CREDIT.
    With ``highlight`` (a set of block kinds), only those kinds are coloured;
    the other blocks are shown plainly, still labelled.

    >>> from medialit.analysis.article import load_article
    >>> out = article_blocks_html(load_article("A Title\\n\\nA body line."))
    >>> "HEADLINE · line 1" in out and "BODY · line 3" in out
    True
    """
    kinds = None if highlight is None else set(highlight)
    counts = Counter(b.kind for b in article.blocks)
    out = ['<div class="ml-blocks">']
    shown = counts if kinds is None else {k: v for k, v in counts.items() if k in kinds}
    out.append(legend_html(dict(shown), title="Blocks"))
    out += [block_html(article, b, kinds is None or b.kind in kinds) for b in article.blocks]
    out.append("</div>")
    return "".join(out)


def block_html(article: Article, b: Block, on: bool = True, copy: bool = False) -> str:
    """One block as a labelled box ("CAPTION · line 4"), coloured when ``on``, plain otherwise.

    ``copy`` marks a second showing of a block (a filter's first match above the
    article) with the class ``ml-block-copy`` instead of ``ml-block``.

    >>> from medialit.analysis.article import load_article
    >>> art = load_article("A Title\\n\\nA body line.")
    >>> "BODY · line 3" in block_html(art, art.blocks[-1])
    True
    """
    st = style_for(b.kind)
    border = st.underline if st.underline != "wavy" else "double"
    box = (f"border-left:6px {border} {st.line};background:{st.tint};" if on
           else "border-left:6px solid #BBBBBB;background:#FFFFFF;color:#444;")
    text = _block_text(article, b) if on else html.escape(b.text)
    if b.kind == "empty":
        codes = ", ".join(f"U+{ord(c):04X}" for c in b.text[:8])
        text = f'<i>(a line that looks empty: it holds only {html.escape(codes)})</i>'
    return (
        f'<div class="{"ml-block-copy" if copy else "ml-block"} ml-{st.slug}{" ml-on" if on and not copy else ""}" data-label="{html.escape(b.kind)}" data-line="{b.line}" '
        f'style="{box}padding:4px 8px;margin:4px 0;white-space:pre-wrap;{_FONT}">'
        f'<span class="ml-block-label" style="display:block;font-family:\'DejaVu Sans\',Arial,sans-serif;'
        f'font-size:11px;font-weight:bold;letter-spacing:0.05em;color:#111">'
        f"{html.escape(st.tag)} · line {b.line}</span>{text}</div>"
    )


def place_of(article: Article | None, text: str, offset: int) -> str:
    """Where an offset is, as a reader finds it: "paragraph 2 (line 5)" in the body, else its block and line.

    Paragraphs are the body blocks, counted from 1.

    >>> from medialit.analysis.article import load_article
    >>> art = load_article("A Title\\n\\nFirst para.\\n\\nSecond para.")
    >>> place_of(art, art.text, art.text.index("Second")), place_of(art, art.text, 0)
    ('paragraph 2 (line 5)', 'the headline (line 1)')
    """
    line = text.count("\n", 0, offset) + 1
    if article is None:
        return f"line {line}"
    body = 0
    for b in article.blocks:
        body += b.kind == "body"
        if b.start <= offset < max(b.end, b.start + 1):
            if b.kind == "body":
                return f"paragraph {body} (line {b.line})"
            return f"the {b.kind.replace('_', ' ')} (line {b.line})"
    return f"line {line}"


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}es" if noun.endswith(("s", "x")) else f"{n} {noun}s"


def match_summary_html(what: str, counts: Iterable[tuple[str, int]], where: str | None,
                       first: str = "") -> str:
    """The line a filter shows right under its controls: what it selected and where the first match is.

    ``first`` is HTML of the first match (already escaped), shown below the line so
    the learner sees the effect without scrolling. The line is a live region, so
    a screen reader reads it out when the choice changes.

    >>> out = match_summary_html("Ann Lee", [("cue", 1), ("quote", 2)], "paragraph 9 (line 20)")
    >>> "Ann Lee</b>: 1 cue, 2 quotes — first at paragraph 9 (line 20)." in out
    True
    """
    parts = ", ".join(_plural(n, noun) for noun, n in counts) or "nothing"
    tail = f" — first at {html.escape(where)}." if where else " — nothing matches this choice."
    return (f'<div class="ml-filter-summary" role="status" aria-live="polite" '
            f'style="font-family:\'DejaVu Sans\',Arial,sans-serif;font-size:14px;color:#111;'
            f'border-left:5px solid #0072B2;padding:4px 8px;margin:4px 0;background:#F4F8FB">'
            f"<b>{html.escape(what)}</b>: {html.escape(parts)}{tail}"
            + (f'<div class="ml-first-match" style="margin-top:4px">{first}</div>' if first else "")
            + "</div><!-- /ml-filter-summary -->")


def _block_text(article: Article, b: Block) -> str:
    if b.credit and b.credit_start is not None:
        s = b.credit_start - b.start
        e = s + len(b.credit)
        if 0 <= s < e <= len(b.text):
            return _render(b.text, [Span(s, e, "credit", "who owns or supplied the photo")], 0, len(b.text))
    return html.escape(b.text)
