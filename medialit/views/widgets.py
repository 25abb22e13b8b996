"""Interactive views for the lessons: each built by one call, each a small VBox.

Every view runs the finders once, when it is built, and keeps the results; a
change of a control only re-renders HTML, so it stays fast (see
``widget_update_timings``). Every view has:

* ``controls``: a dict of its controls by name (``view.controls["source"]``);
* ``output_html``: the ``ipywidgets.HTML`` it writes to (its ``.value`` is the page);
* ``analysis``: what the finders found, for a curious learner or a test.

For the browser test, the main control carries the CSS class
``ml-browser-probe`` and the output ``ml-widget-output``.

>>> from medialit import load_article
>>> view = block_viewer(load_article("A Title\\n\\nA body line."))
>>> view.controls["kind"].value = "headline"
>>> "HEADLINE · line 1" in view.output_html.value
True
"""

from __future__ import annotations

import html
import statistics
import time
from collections import Counter
from typing import Any, Callable, Iterable, Sequence

import ipywidgets as widgets

from ..analysis.text import ArticleError, sentence_spans
from ..analysis.article import Article, load_article
from ..analysis.lexicons import check_hints, word_list
from .highlight import (Span, article_blocks_html, attribution_spans, block_html, highlight_html, legend_html,
                        match_summary_html, place_of)
from .palette import SANS, message_html, style_for
from .provenance import CAUTION, extracted_html, link_table_html, paragraph_links_html, provenance_html
from .toolbox import ToolBox

__all__ = [
    "View", "ToolBox", "source_explorer", "attribution_highlighter", "hedge_highlighter", "certainty_dial",
    "readability_sandbox", "report_card", "report_card_html", "report_card_sections", "bring_your_own", "block_viewer",
    "widget_update_timings", "CHECK_HINTS", "compare_articles",
]

_ALL = "All"


class View(ToolBox):
    """A lesson widget: a VBox with ``controls`` (name -> widget), ``output_html`` and ``analysis``."""

    def __init__(self, controls: dict[str, widgets.Widget], output_html: widgets.HTML,
                 render: Callable[[], str], analysis: dict[str, Any], primary: str,
                 header: Sequence[widgets.Widget] | None = None, extra: Sequence[widgets.Widget] = ()):
        self.controls = controls
        self.output_html = output_html
        self.analysis = analysis
        self._render = render
        controls[primary].add_class("ml-browser-probe")
        output_html.add_class("ml-widget-output")
        top = list(header) if header is not None else list(controls.values())
        super().__init__(top + list(extra) + [output_html])
        self.refresh()

    def refresh(self, *_: Any) -> None:
        """Re-render the output from the controls' current values (never raises)."""
        try:
            self.output_html.value = self._render()
        except Exception as exc:  # a view must never show a traceback to a learner
            self.output_html.value = message_html(f"Something went wrong showing this view: {_one_line(exc)}")

    def watch(self, *names: str) -> None:
        for name in names or tuple(self.controls):
            self.controls[name].observe(self.refresh, names="value")


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 300 else text[:299] + "…"


def _as_article(article: Article | str) -> Article:
    return article if isinstance(article, Article) else load_article(article)


def _card(rows: Iterable[tuple[str, str]]) -> str:
    """A small two-column table of (label, already-escaped HTML value)."""
    trs = "".join(f'<tr><th style="text-align:left;padding:2px 10px 2px 0;vertical-align:top">{html.escape(k)}</th>'
                  f'<td style="padding:2px 0">{v}</td></tr>' for k, v in rows)
    return f'<table class="ml-card" style="{SANS};font-size:14px;border-collapse:collapse;margin:4px 0">{trs}</table>'


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


# --- lesson 01: sources -----------------------------------------------------------

#: How a reader can check each kind of source (lateral reading: leave the page, look elsewhere); see check_hints.csv.
CHECK_HINTS: dict[str, str] = {k: v for k, v in check_hints().items() if k != "any"}
_DEFAULT_HINT = check_hints()["any"]


def _kind_badge(kind: str) -> str:
    st = style_for(kind)
    return f'<span style="{st.css()}">[{html.escape(st.tag)}]</span> {html.escape(kind)}'


def source_explorer(article: Article | str, *, sources: Sequence | None = None,
                    quotes: Sequence | None = None) -> View:
    """Choose a source and see its mentions in context, what kind it is, and how to check it.

    ``sources``/``quotes`` default to the finders' results (pass your own to explore them).

    >>> from medialit.analysis.sources import Source
    >>> text = "T\\n\\nAnn Lee said the bridge will open. Officials disagreed."
    >>> v = source_explorer(text, sources=[Source("Ann Lee", "named person", "mayor", ((3, 10),), False),
    ...                                    Source("Officials", "unnamed", None, ((39, 48),), False)], quotes=[])
    >>> v.controls["source"].value = 1
    >>> "cannot check an unnamed source" in v.output_html.value
    True
    """
    art = _as_article(article)
    text = art.text
    if sources is None:
        from ..analysis.sources import find_sources
        sources = find_sources(art)
    if quotes is None:
        from ..analysis.quotes import find_quotes
        quotes = find_quotes(text)
    sources = list(sources)
    options = [(f"{s.name} ({s.kind})", i) for i, s in enumerate(sources)] or [("(no sources found)", -1)]
    if art.links:
        options.append((f"(every link: {len(art.links)})", EVERY_LINK))
    pick = widgets.Dropdown(options=options, value=options[0][1], description="Source:",
                            layout=widgets.Layout(width="32em"))

    def render() -> str:
        if pick.value == EVERY_LINK:
            return link_table_html(art)
        if pick.value < 0:
            return message_html("No sources were found in this text: nobody is named or credited.", "info")
        s = sources[pick.value]
        said = [q for q in quotes if q.speaker == s.name]
        spans = [Span(a, b, s.kind, f"a mention of {s.name}") for a, b in s.mentions]
        spans += [Span(q.start, q.end, "quote", f"the exact words of {s.name}") for q in said]
        lines = sorted({_line_of(text, a) for a, _ in s.mentions})
        rows = [("Source", f"<b>{html.escape(s.name)}</b>"),
                ("Kind", _kind_badge(s.kind)),
                ("Role", html.escape(s.role) if s.role else "<i>not given in the text</i>"),
                ("Quoted directly?", f"yes, {len(said)} quotation{'s' if len(said) != 1 else ''}" if s.quoted or said else "no"),
                ("Mentions", f"{len(s.mentions)} (line{'s' if len(lines) != 1 else ''} {', '.join(map(str, lines))})"),
                ("How to check", html.escape(CHECK_HINTS.get(s.kind, _DEFAULT_HINT)))]
        rows += _credit_rows(art, s)
        links = link_table_html(art, s.domain) if s.kind == "link" else ""
        return _card(rows) + links + highlight_html(text, spans, only_marked_lines=True,
                                            title=f"Where the article mentions {s.name}")

    view = View({"source": pick}, widgets.HTML(), render, {"sources": sources, "quotes": list(quotes)}, "source")
    view.watch()
    return view


EVERY_LINK = -2  # the source explorer's choice that lists every link


def _credit_rows(art: Article, source: Any) -> list[tuple[str, str]]:
    """For a photo credit source: each credit that names it, read hop by hop."""
    if source.kind not in ("photo agency", "photographer"):
        return []
    from ..analysis.sources import read_credit
    rows = []
    for b in art.blocks_of("caption"):
        if not b.credit or b.credit_start is None:
            continue
        if not any(b.credit_start <= a < b.credit_start + len(b.credit) for a, _ in source.mentions):
            continue
        hops = "".join(f"<li><b>{html.escape(p.text)}</b> ({html.escape(p.role)}): {html.escape(p.meaning)}</li>"
                       for p in read_credit(b.credit))
        rows.append((f"Credit, line {b.line}", f"“{html.escape(b.credit)}”<ol style='margin:2px 0'>{hops}</ol>"))
    return rows


# --- lesson 02: attribution --------------------------------------------------------

NO_ONE = "(no one named)"
SPEECH = ("all", "direct", "indirect")


def attribution_highlighter(article: Article | str, *, attributions: Sequence | None = None,
                            quotes: Sequence | None = None) -> View:
    """Highlight who said what: filter by source and by direct/indirect speech; cues show their tone.

    >>> from medialit.analysis.attribution import Attribution
    >>> a = Attribution("Ann Lee", "named person", "claimed", False, 8, 15, "loaded", 0, 7, "suggests doubt")
    >>> v = attribution_highlighter("Ann Lee claimed the bridge is safe.", attributions=[a], quotes=[])
    >>> 'data-label="loaded cue"' in v.output_html.value
    True
    >>> v.controls["speech"].value = "direct"; 'data-label="loaded cue"' in v.output_html.value
    False
    """
    text = article.text if isinstance(article, Article) else article
    if attributions is None:
        from ..analysis.attribution import find_attributions
        attributions = find_attributions(text)
    if quotes is None:
        from ..analysis.quotes import find_quotes
        quotes = find_quotes(text)
    attributions, quotes = list(attributions), list(quotes)
    art = article if isinstance(article, Article) else _article_or_none(text)
    names = sorted({a.source or NO_ONE for a in attributions} | {q.speaker for q in quotes if q.speaker})
    who = widgets.Dropdown(options=[_ALL] + names, value=_ALL, description="Source:",
                           layout=widgets.Layout(width="28em"))
    speech = widgets.ToggleButtons(options=list(SPEECH), value="all", description="Speech:",
                                   tooltips=["direct and indirect", "quoted words, in quotation marks",
                                             "reported speech: the writer's paraphrase"])

    def keep(a) -> bool:
        return ((who.value == _ALL or (a.source or NO_ONE) == who.value)
                and (speech.value == "all" or a.direct == (speech.value == "direct")))

    def render() -> str:
        chosen = [a for a in attributions if keep(a)]
        spans = [sp for a in chosen for sp in attribution_spans(a)]
        if speech.value != "indirect":
            spans += [Span(q.start, q.end, "quote", f"the exact words of {q.speaker or 'an unnamed speaker'}")
                      for q in quotes if who.value in (_ALL, q.speaker or NO_ONE)]
        table = _attribution_table(text, chosen)
        return _attribution_summary(text, art, who.value, chosen, spans) + highlight_html(text, spans) + table

    view = View({"source": who, "speech": speech}, widgets.HTML(), render,
                {"attributions": attributions, "quotes": quotes}, "source")
    view.watch()
    return view


def _article_or_none(text: str) -> Article | None:
    try:
        return load_article(text.encode("utf-8"))  # bytes: a short text is never taken for a file name
    except (ArticleError, TypeError, ValueError):
        return None


def _attribution_summary(text: str, art: Article | None, who: str, chosen: Sequence, spans: Sequence[Span]) -> str:
    """What the filter selected, right under the controls, and the first match's line (see match_summary_html)."""
    n_quotes = sum(1 for sp in spans if sp.label == "quote")
    counts = [("cue", len(chosen)), ("quote", n_quotes)]
    what = "All sources" if who == _ALL else who
    if not spans:
        return match_summary_html(what, counts, None)
    first = min(spans, key=lambda sp: (sp.start, -sp.end))
    line_start = text.rfind("\n", 0, first.start) + 1
    line_end = text.find("\n", first.start)
    line_end = len(text) if line_end < 0 else line_end
    on_line = [sp for sp in spans if line_start <= sp.start and sp.end <= line_end]
    shown = highlight_html(text, on_line, legend=False, listing=False, only_marked_lines=True)
    return match_summary_html(what, counts, place_of(art, text, first.start), shown)


def _attribution_table(text: str, chosen: Sequence) -> str:
    if not chosen:
        return message_html("No attribution matches this choice.", "info")
    head = "".join(f'<th style="text-align:left;padding:2px 8px">{h}</th>'
                   for h in ("line", "source", "kind", "cue", "speech", "verb tone", "why"))
    rows = []
    for a in chosen:
        tone = "loaded cue" if a.verb_tone == "loaded" else "cue"
        st = style_for(tone)
        cells = [str(_line_of(text, a.start)), html.escape(a.source or NO_ONE), html.escape(a.source_kind),
                 f'<span style="{st.css()}">{html.escape(a.cue)}</span>',
                 "direct" if a.direct else "indirect",
                 f"<b>{html.escape(a.verb_tone)}</b>", html.escape(a.why or "")]
        rows.append("<tr>" + "".join(f'<td style="padding:2px 8px;vertical-align:top">{c}</td>' for c in cells) + "</tr>")
    return (f'<table class="ml-attributions" style="{SANS};font-size:13px;border-collapse:collapse;margin-top:6px">'
            f"<caption style='text-align:left;font-weight:bold'>Attributions shown ({len(chosen)})</caption>"
            f"<tr>{head}</tr>{''.join(rows)}</table>")


# --- lesson 03: hedges and boosters ---------------------------------------------------

def hedge_highlighter(article: Article | str, *, hedges: Sequence | None = None) -> View:
    """Hedges and boosters highlighted, with one checkbox per category; the legend keeps every count.

    >>> from medialit.analysis.hedges import Hedge
    >>> v = hedge_highlighter("It may rain.", hedges=[Hedge("may", 3, 6, "hedge", "modal", "a possibility")])
    >>> v.controls["modal"].value = False
    >>> ('<mark class="ml-mark ml-modal"' in v.output_html.value, 'data-count="1"' in v.output_html.value)
    (False, True)
    """
    art = _as_article(article)
    text = art.text
    if hedges is None:
        from ..analysis.hedges import find_hedges
        hedges = find_hedges(text)
    hedges = list(hedges)
    counts = Counter(h.category for h in hedges)
    kind_of = {h.category: h.kind for h in hedges}
    # Hedges first, then boosters; within each, the most frequent first.
    cats = sorted(counts, key=lambda c: (kind_of[c] != "hedge", -counts[c], c))
    boxes = {c: widgets.Checkbox(value=True, description=f"[{style_for(c).tag}] {c} ({kind_of[c]}, {counts[c]})",
                                 indent=False, layout=widgets.Layout(width="auto", margin="0 12px 0 0"))
             for c in cats}
    controls: dict[str, widgets.Widget] = dict(boxes)
    if not boxes:
        controls["none"] = widgets.Checkbox(value=True, description="(no hedges or boosters found)",
                                            disabled=True, indent=False)

    def render() -> str:
        hidden = [c for c, b in boxes.items() if not b.value]
        return hedge_summary_html(art, hedges) + highlight_html(text, hedges, hidden=hidden)

    header = [widgets.HBox(list(controls.values()), layout=widgets.Layout(flex_flow="row wrap"))]
    view = View(controls, widgets.HTML(), render, {"hedges": hedges, "counts": dict(counts)},
                next(iter(controls)), header=header)
    if boxes:
        view.watch(*boxes)
    return view


def hedge_summary_html(article: Article, hedges: Sequence) -> str:
    """The highlighter's line: hedges and boosters in the body, per 100 of the body's words (as lesson 03 counts).

    >>> from medialit.analysis.hedges import find_hedges
    >>> art = load_article("Rain Due\\n\\nIt will probably rain tomorrow, the weather office said.")
    >>> "1 hedge (softener) and 0 boosters (strengtheners) in 9 words in the body" in hedge_summary_html(art, find_hedges(art.text))
    True
    """
    from ..analysis.counts import body_words, in_body, words_in_body

    inside = [h for h in hedges if in_body(article, h.start)]
    n_h = sum(1 for h in inside if h.kind == "hedge")
    n_b, words, outside = len(inside) - n_h, body_words(article), len(hedges) - len(inside)
    rate = f"{100 * len(inside) / words:.1f}" if words else "0"
    more = f" {outside} more marked outside the body (headline, captions…)." if outside else ""
    return message_html(f"{n_h} hedge{'s' if n_h != 1 else ''} (softener{'s' if n_h != 1 else ''}) and {n_b} booster"
                    f"{'s' if n_b != 1 else ''} (strengthener{'s' if n_b != 1 else ''}) in {words_in_body(words)}: "
                    f"{rate} per 100 words.{more} Untick a category to hide its marks.", "info")


#: Modal verbs fit the same slot in a sentence, so the dial always offers them
#: for one another, from most tentative to most certain.
MODAL_LADDER = word_list("modal ladder")

#: For a word of one category, the dial also offers words of its opposite number
#: (a hedge's booster counterpart and back), so the learner can push a claim both ways.
OPPOSITE = {"modal": "certainty", "possibility": "certainty", "tentative": "certainty",
            "approximator": "intensifier", "certainty": "possibility", "intensifier": "approximator"}


_NOT_ADVERBS = frozenset({"likely", "unlikely", "early", "only", "daily", "friendly", "costly"})


def _adverb(word: str) -> bool:
    """A rough part-of-speech guess so "possibly" is offered for "certainly", not "certain"."""
    w = word.lower()
    return w.endswith("ly") and w not in _NOT_ADVERBS


def _alternatives(phrase: str, category: str, lexicon: Sequence[dict], limit: int = 8) -> list[str]:
    """Words that could replace ``phrase``: the modal ladder for a modal verb; otherwise up to
    ``limit`` lexicon entries of the same category and ``limit`` of the opposite category.

    >>> _alternatives("Might", "modal", [])
    ['Might', 'Could', 'May', 'Should', 'Will', 'Must']
    """
    low = phrase.lower()
    n_words = len(low.split())
    # Plain entries only: no {be}/{someone} placeholders, same number of words.
    plain = [r for r in lexicon if r.get("phrase") and all(c.isalpha() or c in " '-" for c in r["phrase"])
             and len(r["phrase"].split()) == n_words and _adverb(r["phrase"]) == _adverb(low)]
    opts: list[str] = [phrase]
    if low in MODAL_LADDER:
        opts = list(MODAL_LADDER)
    else:
        same = sorted({r["phrase"].lower() for r in plain if r.get("category") == category} - {low})[:limit]
        other = sorted({r["phrase"].lower() for r in plain if r.get("category") == OPPOSITE.get(category)})[:limit]
        opts += [p for p in same + other if p not in opts]
    if phrase[:1].isupper():  # the word starts the sentence: keep the capital
        opts = [o[:1].upper() + o[1:] for o in opts]
    return opts


def _strength(hedges: Sequence) -> int:
    return sum(1 if h.kind == "booster" else -1 for h in hedges)


def _scale_html(score: int, before: int) -> str:
    """A labelled text scale from tentative (-3) to certain (+3), with the score marked.

    A sentence can score beyond ±3 (four boosters give +4): the scale then grows
    to reach the score, so the marked cell always shows the number in the text.

    >>> import re; re.findall(r"ml-scale-cell[^>]*>([^<]*)<", _scale_html(4, 3))[-1]
    '▼ +4'
    """
    cells = []
    for v in range(min(-3, score, before), max(3, score, before) + 1):
        here = v == score
        style = ("background:#0072B2;color:#FFFFFF;font-weight:bold" if here else "background:#F2F2F2;color:#111")
        cells.append(f'<span class="ml-scale-cell{" ml-scale-here" if here else ""}" style="{style};'
                     f'display:inline-block;width:2.4em;text-align:center;border:1px solid #555;margin-right:2px">'
                     f'{"▼ " if here else ""}{v:+d}</span>')
    word = "tentative" if score < 0 else "certain" if score > 0 else "neutral"
    change = "" if score == before else f" (was {before:+d})"
    return (f'<div class="ml-scale" style="{SANS};font-size:13px;margin:6px 0">'
            f'<span style="margin-right:6px">tentative</span>{"".join(cells)}<span style="margin-left:6px">certain</span>'
            f'<div class="ml-strength">Claim strength: <b>{score:+d}</b> ({word}){change}. '
            f"Score = boosters (+1 each) minus hedges (−1 each) in the sentence.</div></div>")


def certainty_dial(sentence_or_text: Article | str, *, find: Callable | None = None,
                   lexicon: Sequence[dict] | None = None) -> View:
    """Pick a sentence, swap one hedge or booster for another word, and watch the claim's strength change.

    ``find`` defaults to ``find_hedges``; ``lexicon`` to the rows of ``hedges.csv``.

    >>> from medialit.analysis.hedges import Hedge
    >>> def find(t):
    ...     return [Hedge(w, t.find(w), t.find(w) + len(w), k, c, "")
    ...             for w, k, c in (("might", "hedge", "modal"), ("will", "booster", "certainty")) if w in t]
    >>> v = certainty_dial("Prices might rise.", find=find, lexicon=[])
    >>> v.controls["swap"].value = "will"
    >>> v.analysis["current"], "Claim strength: <b>+1</b>" in v.output_html.value
    ('Prices will rise.', True)
    """
    text = sentence_or_text.text if isinstance(sentence_or_text, Article) else sentence_or_text
    if find is None:
        from ..analysis.hedges import find_hedges as find
    if lexicon is None:
        from ..analysis.lexicons import load_lexicon
        lexicon = load_lexicon("hedges.csv")
    found = find(text)
    sentences = []
    for s, e in sentence_spans(text):
        inside = [h for h in found if s <= h.start and h.end <= e]
        if inside:
            sentences.append((s, e, inside))
    state = {"busy": False}

    def sentence_label(i: int) -> str:
        s, e, inside = sentences[i]
        short = " ".join(text[s:e].split())
        return f"{i + 1}. {short if len(short) <= 80 else short[:79] + '…'}"

    sent = widgets.Dropdown(options=[(sentence_label(i), i) for i in range(len(sentences))] or [("(no sentence with a hedge or booster)", -1)],
                            description="Sentence:", layout=widgets.Layout(width="46em"))
    word = widgets.Dropdown(description="Word:", layout=widgets.Layout(width="22em"))
    swap = widgets.Dropdown(description="Swap for:", layout=widgets.Layout(width="22em"))

    def fill_words() -> None:
        if sent.value is None or sent.value < 0:
            word.options, swap.options = [("—", -1)], [("—", "")]
            return
        inside = sentences[sent.value][2]
        word.options = [(f"{h.phrase} ({h.kind}, {h.category})", j) for j, h in enumerate(inside)]
        word.value = 0
        fill_swaps()

    def fill_swaps() -> None:
        if sent.value is None or sent.value < 0 or word.value is None or word.value < 0:
            swap.options = [("—", "")]
            return
        h = sentences[sent.value][2][word.value]
        swap.options = _alternatives(h.phrase, h.category, lexicon)
        swap.value = next(o for o in swap.options if o.lower() == h.phrase.lower())

    def render() -> str:
        if sent.value is None or sent.value < 0:
            return message_html("No sentence here has a hedge or a booster to swap. Try another text.", "info")
        s, e, inside = sentences[sent.value]
        h = inside[word.value]
        original = text[s:e]
        new = original[: h.start - s] + swap.value + original[h.end - s:]
        analysis["current"] = new
        now = find(new)
        before, after = _strength(inside), _strength(now)
        nh = sum(1 for x in now if x.kind == "hedge")
        counts = f"{nh} hedge{'s' if nh != 1 else ''}, {len(now) - nh} booster{'s' if len(now) - nh != 1 else ''}"
        return (highlight_html(new, now, listing=True, title="Your sentence")
                + _scale_html(after, before)
                + f'<div class="ml-counts" style="{SANS};font-size:13px">Now: {counts}.</div>')

    def refill(fill: Callable[[], None]) -> None:
        # Filling a dropdown fires its own change events: ignore them until the fill is done.
        state["busy"] = True
        try:
            fill()
        finally:
            state["busy"] = False
        view.refresh()

    def on_sentence(_: Any) -> None:
        refill(fill_words)

    def on_word(_: Any) -> None:
        if not state["busy"]:
            refill(fill_swaps)

    def on_swap(_: Any) -> None:
        if not state["busy"]:
            view.refresh()

    # Start on the first sentence with a modal verb, the clearest case to play with.
    # (a softening one if there is one: the learner can then push it up the ladder).
    first = None
    for want in ("hedge", "booster"):
        first = first or next(((i, j) for i, (_, _, inside) in enumerate(sentences) for j, h in enumerate(inside)
                               if h.phrase.lower() in MODAL_LADDER and h.kind == want), None)
    if first is not None:
        sent.value = first[0]
    fill_words()
    if first is not None:
        word.value = first[1]
        fill_swaps()
    analysis = {"hedges": found, "sentences": [(s, e) for s, e, _ in sentences], "current": ""}
    view = View({"sentence": sent, "word": word, "swap": swap}, widgets.HTML(), render, analysis, "swap")
    sent.observe(on_sentence, names="value")
    word.observe(on_word, names="value")
    swap.observe(on_swap, names="value")
    return view


# --- lesson 04: readability --------------------------------------------------------

def _score(d: dict, *keys: str) -> float | None:
    for k in keys:
        if d.get(k) is not None:
            return float(d[k])
    return None


def readability_panel_html(text: str) -> str:
    """Scores and HTML sentence-length bars for ``text`` (the sandbox's output).

    >>> "Words per sentence" in readability_panel_html("The cat sat. The dog ran far away.")
    True
    """
    from ..analysis.readability import readability, sentence_word_counts
    if not text.strip():
        return message_html("Type or paste some text to see its scores.", "info")
    counted = sentence_word_counts(text)
    spans = [(s, e) for s, e, _ in counted]
    lengths = [n for _, _, n in counted]
    if not lengths:
        return message_html("No words found: type a few sentences to see their scores.", "info")
    r = readability(text)
    fre = _score(r, "flesch_reading_ease", "reading_ease", "flesch")
    grade = _score(r, "flesch_kincaid_grade", "grade", "fk_grade")
    wps = _words_per_sentence(r)
    rows = [("Flesch Reading Ease", f"<b>{fre:.1f}</b> (higher is easier; 60–70 is Flesch's 'standard', often called plain English)" if fre is not None else "—"),
            ("Grade level", f"<b>{grade:.1f}</b> (Flesch–Kincaid: years of school in the US system)" if grade is not None else "—"),
            ("Words per sentence", f"<b>{wps:.1f}</b> on average" if wps is not None else "—"),
            ("Counts", _counts_note(r, lengths))]
    return _card(rows) + _bars_html(text, spans, lengths)


def _counts_note(r: dict, lengths: Sequence[int]) -> str:
    words, sents = r.get("words", sum(lengths)), r.get("sentences", len(lengths))
    note = f"{words} words in {sents} sentence{'s' if sents != 1 else ''}, as the formulas count them"
    if sents != len(lengths):
        # textstat cuts at every full stop; the kit's splitter keeps "U.S." whole.
        note += f"; the bars below use the kit's sentence splitter, which finds {len(lengths)}"
    return html.escape(note) + "."


def _bars_html(text: str, spans: Sequence[tuple[int, int]], lengths: Sequence[int], long: int = 25) -> str:
    top = max(max(lengths), long)
    ok, lng = style_for("indirect"), style_for("intensifier")
    out = []
    for n, ((s, e), w) in enumerate(zip(spans, lengths), 1):
        st = lng if w > long else ok
        pct = 100 * w / top
        border = "2px solid #222" if w > long else "1px solid #222"
        out.append(
            f'<div class="ml-bar-row" data-words="{w}" style="display:flex;align-items:center;margin:1px 0">'
            f'<span style="width:2.5em;text-align:right;margin-right:6px">{n}</span>'
            # The bar sits in a fixed-width track so that lengths stay to scale.
            f'<span style="flex:0 0 70%;display:inline-block">'
            f'<span class="ml-bar{" ml-long" if w > long else ""}" title="{html.escape(" ".join(text[s:e].split())[:200])}" '
            f'style="display:block;box-sizing:border-box;height:14px;width:{pct:.1f}%;background:{st.tint};border:{border};'
            f'background-image:repeating-linear-gradient(45deg,{st.line} 0 1px,transparent 1px 6px)"></span></span>'
            f'<span style="margin-left:6px;white-space:nowrap;flex:none">{w} word{"s" if w != 1 else ""}{" — long" if w > long else ""}</span></div>')
    return (f'<div class="ml-bars" style="{SANS};font-size:12px;margin-top:6px"><b>Words per sentence</b> '
            f"(a sentence over {long} words is marked “long”)" + "".join(out) + "</div>")


def readability_sandbox(text: str = "", *, continuous: bool = True) -> View:
    """A text box whose readability scores and sentence-length bars update as the learner edits.

    >>> v = readability_sandbox("Short one. Another short one.")
    >>> v.controls["text"].value = ""
    >>> "Type or paste some text" in v.output_html.value
    True
    """
    box = widgets.Textarea(value=text if isinstance(text, str) else getattr(text, "body", ""),
                           placeholder="Type or paste a paragraph here…", continuous_update=continuous,
                           layout=widgets.Layout(width="100%", height="10em"), description="")

    def render() -> str:
        try:
            return readability_panel_html(box.value)
        except (ArticleError, TypeError) as exc:
            return message_html(_one_line(exc))

    view = View({"text": box}, widgets.HTML(), render, {}, "text")
    view.watch()
    return view


# --- lesson 05: the report card ------------------------------------------------------

def _section(title: str, body: str) -> str:
    return (f'<section class="ml-section" style="margin:8px 0"><h4 style="margin:4px 0;{SANS}">{html.escape(title)}</h4>'
            f'<div style="{SANS};font-size:14px">{body}</div></section>')


def _li(items: Iterable[str]) -> str:
    items = list(items)
    return "<ul style='margin:2px 0'>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>" if items else "<i>none</i>"


REPORT_SECTIONS = ("provenance", "sources", "attribution", "hedging", "readability", "what is missing")


def _words_per_sentence(r: dict) -> float | None:
    wps = _score(r, "words_per_sentence", "avg_sentence_length")
    if wps is None and r.get("words") and r.get("sentences"):
        wps = r["words"] / r["sentences"]
    return wps


def report_card_sections(article: Article | str) -> dict[str, str]:
    """The report card's sections as HTML, by name (see ``REPORT_SECTIONS``); the numbers are ``report_numbers``."""
    from ..analysis.counts import report_numbers, words_in_body

    art = _as_article(article)
    n = report_numbers(art)
    out: dict[str, str] = {"provenance": provenance_section(art)}
    mix_text = ", ".join(f"{count} {name}" for name, count in n.source_mix)
    out["sources"] = _section("Sources", f"<p style='margin:2px 0'>{html.escape(mix_text)}.</p>" + _li(
        f"{_kind_badge(k)}: {html.escape(', '.join(v))}" for k, v in n.sources_by_kind))

    loaded = n.loaded_cues
    out["attribution"] = _section("Attribution", (
        f"{n.direct_quotes} direct quotes (passages in quotation marks). {n.attributions} attributions: "
        f"{n.direct} quote the speaker's words, {n.attributions - n.direct} report them in the writer's words. "
        f"{len(loaded)} use a loaded verb" + (": " + ", ".join(f"“{html.escape(c)}”" for c in loaded) if loaded else "")
        + "."))

    total, words = n.hedges + n.boosters, n.words
    out["hedging"] = _section("Hedging", (
        f"{n.hedges} hedges and {n.boosters} boosters in {words_in_body(words)} "
        f"({100 * total / words if words else 0:.1f} per 100 words). "
        + (legend_html(dict(n.hedge_categories), title="By category") if n.hedge_categories else "")))

    r = n.readability
    if r:
        fre = _score(r, "flesch_reading_ease", "reading_ease", "flesch")
        grade = _score(r, "flesch_kincaid_grade", "grade", "fk_grade")
        wps = _words_per_sentence(r)
        bits = [f"Flesch Reading Ease {fre:.1f}" if fre is not None else None,
                f"grade {grade:.1f}" if grade is not None else None,
                f"{wps:.1f} words per sentence" if wps is not None else None]
        out["readability"] = _section("Readability (body only)", html.escape("; ".join(b for b in bits if b)) + ".")
    else:
        out["readability"] = _section("Readability (body only)", "No body paragraphs with words were found to score.")

    out["what is missing"] = _section("What is missing", _li(
        f"<b>{html.escape(m.what)}</b>: {html.escape(m.why)} <i>How to check:</i> {html.escape(m.how_to_check)}"
        for m in n.missing))
    return out


def provenance_section(article: Article) -> str:
    """The report card's first section: who wrote it, when, for whom, and which paragraphs link to evidence.

    >>> "not stated" in provenance_section(load_article("Rain Due\\n\\nIt will rain, forecasters said."))
    True
    """
    return _section("Where it comes from", provenance_html(article) + paragraph_links_html(article))


def report_card_html(article: Article | str, sections: dict[str, str] | None = None,
                     show: Iterable[str] = REPORT_SECTIONS) -> str:
    """A one-page report card: sources, attribution, hedging, readability and what is missing.

    >>> "What is missing" in report_card_html("Rain Due\\n\\nIt will rain tomorrow, forecasters said.")
    True
    """
    art = _as_article(article)
    parts = report_card_sections(art) if sections is None else sections
    body = "".join(parts[name] for name in show if name in parts)
    return (f'<div class="ml-report" style="{SANS};max-width:60em;border:1px solid #555;padding:8px 14px">'
            f'<h3 style="margin:2px 0">Report card: {html.escape(art.title)}</h3>'
            f'<p class="ml-caution" style="margin:2px 0 6px 0"><i>{html.escape(CAUTION)}</i></p>{body}</div>')


def report_card(article: Article | str) -> View:
    """The report card as a widget: the whole card, or one section at a time.

    >>> v = report_card("Rain Due\\n\\nIt will rain tomorrow, forecasters said.")
    >>> v.controls["section"].value = "what is missing"
    >>> "What is missing" in v.output_html.value and "Hedging" not in v.output_html.value
    True
    """
    art = _as_article(article)
    sections = report_card_sections(art)
    pick = widgets.ToggleButtons(options=[("whole card", "all")] + [(n, n) for n in REPORT_SECTIONS],
                                 value="all", description="Show:")

    def render() -> str:
        return report_card_html(art, sections, REPORT_SECTIONS if pick.value == "all" else (pick.value,))

    view = View({"section": pick}, widgets.HTML(), render, {"article": art, "sections": sections}, "section")
    view.watch()
    return view


def bring_your_own(text: str = "") -> View:
    """Paste text or HTML, or upload a .txt, .html or .htm file; check what was read; press Analyse for the report card.

    What was read is shown before analysing. A refused file gets one line saying what to do; the text
    box keeps what was typed (an upload never replaces it); after a refused upload Analyse repeats that
    line, never an earlier card. A folded panel under the card compares it with a second article.

    >>> v = bring_your_own("Rain Due\\n\\nIt will rain tomorrow, forecasters said.")
    >>> v.controls["analyse"].click(); "Report card" in v.output_html.value
    True
    """
    box = widgets.Textarea(value=text, placeholder="Paste the article's text or the page's HTML here (headline first)…",
                           continuous_update=False, layout=widgets.Layout(width="100%", height="12em"))
    upload = widgets.FileUpload(accept=".txt,.html,.htm", multiple=False, description="Upload .txt/.html",
                                layout=widgets.Layout(width="auto"))
    button = widgets.Button(description="Analyse", button_style="primary", icon="search",
                            tooltip="Make the report card of the uploaded file or the text in the box")
    status = widgets.HTML(_extracted_preview(text))  # what the kit reads from the starting text
    # "box": analyse the text box; "upload": the uploaded article; "refused": the last upload was refused.
    state: dict[str, Any] = {"use": "box", "article": None, "refusal": "",
                             "html": message_html("Paste an article or upload a .txt or .html file, then press Analyse.", "info")}

    def first_article() -> Article:  # what Analyse reads; also article A of the optional comparison
        if state["use"] == "refused":
            raise ArticleError(state["refusal"])
        # Bytes, so a short text that looks like a file name is never opened as a path.
        return state["article"] if state["use"] == "upload" else load_article(box.value.encode("utf-8"))

    def analyse(_: Any = None) -> None:
        state["html"] = _safe_card(first_article)
        view.refresh()

    def on_upload(change: dict) -> None:
        files = change["new"]
        if not files:
            return
        item = files[0]
        name = item["name"] if "name" in item else "the file"
        try:
            art = load_article(bytes(item["content"]))
        except (ArticleError, TypeError) as exc:
            state.update(use="refused", article=None, refusal=f"{name}: {_one_line(exc)}")
            status.value = message_html(state["refusal"])
        else:
            state.update(use="upload", article=art)
            status.value = (message_html(f"Loaded {name}. Check what was read, then press Analyse "
                                     "(edit the text box to analyse your own text instead).", "info") + extracted_html(art))
        state["html"] = message_html("Press Analyse to see the report card.", "info")  # never an earlier card
        view.refresh()

    def on_text(_: Any) -> None:
        state.update(use="box", article=None)
        status.value = _extracted_preview(box.value)

    panel, second = second_article_panel(first_article)
    view = View({"text": box, "upload": upload, "analyse": button, **second}, widgets.HTML(), lambda: state["html"],
                {}, "analyse", header=[box, widgets.HBox([upload, button]), status])
    view.children, view.status_html = view.children + (panel,), status  # the extension comes after the card
    button.on_click(analyse)
    upload.observe(on_upload, names="value")
    box.observe(on_text, names="value")
    return view


COMPARE_TITLE = "Extension (optional): compare with a second article"


def second_article_panel(first: Callable[[], Article]) -> tuple[widgets.Accordion, dict[str, widgets.Widget]]:
    """A folded panel to compare article A (``first()``) with a second article B, pasted or uploaded.

    Its controls are returned by name (``second_text``, ``second_upload``,
    ``compare``, ``compare_output``). Like the main box, the second box is
    never cleared or replaced by an upload; a bad article A or B gets one line.

    >>> panel, c = second_article_panel(lambda: load_article("Rain Due\\n\\nIt will rain tomorrow, forecasters said."))
    >>> c["second_text"].value = "Storm Chaos Ahead\\n\\nForecasters admitted a terrifying storm is surely coming."
    >>> c["compare"].click(); "Storm Chaos Ahead" in c["compare_output"].children[0].output_html.value
    True
    """
    box = widgets.Textarea(placeholder="Paste a second report of the same event (text or HTML), headline first…",
                           continuous_update=False, layout=widgets.Layout(width="100%", height="8em"))
    upload = widgets.FileUpload(accept=".txt,.html,.htm", multiple=False, description="Upload B (.txt/.html)",
                                layout=widgets.Layout(width="auto"))
    button = widgets.Button(description="Compare A and B", icon="columns",
                            tooltip="Put your article (A, above) and this one (B) side by side")
    result = ToolBox([widgets.HTML(message_html(
        "A is the article above (the box or your upload); B is the one you paste or upload here.", "info"))])
    state: dict[str, Any] = {"use": "box", "article": None, "refusal": ""}

    def show_line(text: str, kind: str = "error") -> None:
        result.children = (widgets.HTML(message_html(text, kind)),)

    def on_upload(change: dict) -> None:
        if not change["new"]:
            return
        item = change["new"][0]
        name = item["name"] if "name" in item else "the file"
        try:
            state.update(use="upload", article=load_article(bytes(item["content"])))
            show_line(f"Loaded {name} as B. Press Compare (edit the box to compare your own text instead).", "info")
        except (ArticleError, TypeError) as exc:
            state.update(use="refused", article=None, refusal=f"Article B, {name}: {_one_line(exc)}")
            show_line(state["refusal"])

    def compare_now(_: Any = None) -> None:
        try:
            a = first()
        except (ArticleError, TypeError) as exc:
            return show_line(f"Article A (above): {_one_line(exc)}")
        if state["use"] == "refused":
            return show_line(state["refusal"])
        try:
            b = state["article"] if state["use"] == "upload" else load_article(box.value.encode("utf-8"))
        except (ArticleError, TypeError) as exc:
            return show_line(f"Article B: {_one_line(exc)}")
        result.children = (compare_articles(a, b),)  # shows a failed comparison as one line itself

    button.on_click(compare_now)
    upload.observe(on_upload, names="value")
    box.observe(lambda _: state.update(use="box", article=None), names="value")
    panel = widgets.Accordion(children=[widgets.VBox([box, widgets.HBox([upload, button]), result])],
                              titles=(COMPARE_TITLE,), selected_index=None)
    return panel, {"second_text": box, "second_upload": upload, "compare": button, "compare_output": result}


def _safe_card(get_article: Callable[[], Article]) -> str:
    """The report card, or one line saying why not (never a traceback)."""
    try:
        return report_card_html(get_article())
    except (ArticleError, TypeError) as exc:
        return message_html(_one_line(exc))
    except Exception as exc:  # the finders should not fail, but a learner must never see a traceback
        return message_html(f"The analysis stopped on this text ({type(exc).__name__}: {_one_line(exc)}).")


def _extracted_preview(value: str) -> str:
    """What the kit reads from the text box, or one line saying why it cannot."""
    if not value.strip():
        return ""
    try:
        return extracted_html(load_article(value.encode("utf-8")))
    except (ArticleError, TypeError) as exc:
        return message_html(_one_line(exc))


# --- two articles side by side -------------------------------------------------------------

def compare_articles(a: Article | str, b: Article | str) -> widgets.VBox:
    """Two articles side by side with one figure and its takeaway (see ``medialit.views.compare_view``).

    Each article is an ``Article``, a path (.txt, .html), pasted text or HTML.
    """
    from .compare_view import compare_articles as build
    return build(a, b)


# --- lesson 00: blocks -------------------------------------------------------------

def block_viewer(article: Article | str) -> View:
    """Choose a kind of block (headline, caption, body, ...) and see those blocks highlighted.

    (See the module docstring for an example.)
    """
    art = _as_article(article)
    counts = Counter(b.kind for b in art.blocks)
    kinds = list(dict.fromkeys(b.kind for b in art.blocks))
    pick = widgets.ToggleButtons(options=[(_ALL.lower(), _ALL)] + [(f"{k.replace('_', ' ')} ({counts[k]})", k) for k in kinds],
                                 value=_ALL, description="Show:")
    def render() -> str:
        chosen = None if pick.value == _ALL else {pick.value}
        return _block_summary(art, pick.value) + article_blocks_html(art, chosen)

    view = View({"kind": pick}, widgets.HTML(), render, {"article": art, "counts": dict(counts)}, "kind")
    view.watch()
    return view


def _block_summary(art: Article, kind: str) -> str:
    """The chosen kind's count and words, and its first block shown right under the buttons."""
    if kind == _ALL:
        mix = Counter(b.kind.replace("_", " ") for b in art.blocks)
        return match_summary_html("All blocks", [(f"{k} block", n) for k, n in mix.items()],
                                  "line 1" if art.blocks else None)
    found = [b for b in art.blocks if b.kind == kind]
    from ..analysis.counts import count_words  # the kit's one word counter

    words = sum(count_words(art.text, b.start, b.end) for b in found)
    name = kind.replace("_", " ")
    if not found:
        return match_summary_html(name, [("block", 0)], None)
    first = found[0]
    return match_summary_html(name, [("block", len(found)), ("word", words)], f"line {first.line}",
                              block_html(art, first, copy=True))


# --- timing ----------------------------------------------------------------------------

def widget_update_timings(article: Article | str, repeat: int = 20) -> list[tuple[str, float]]:
    """(widget.control, median ms) for ``repeat`` changes of each control on ``article``.

    The finders run once at build time and are not included; this is the time
    a learner waits after touching a control (``python -m medialit.bench --widgets``
    prints it).

    >>> from medialit import load_article
    >>> rows = widget_update_timings(load_article("T\\n\\nIt may rain, officials said."), repeat=2)
    >>> ("hedge_highlighter.modal" in dict(rows), all(ms >= 0 for _, ms in rows))
    (True, True)
    """
    art = _as_article(article)
    views = {
        "source_explorer": source_explorer(art),
        "attribution_highlighter": attribution_highlighter(art),
        "hedge_highlighter": hedge_highlighter(art),
        "certainty_dial": certainty_dial(art),
        "readability_sandbox": readability_sandbox(art.body),
        "report_card": report_card(art),
        "block_viewer": block_viewer(art),
    }
    rows = []
    for name, view in views.items():
        for cname, control in view.controls.items():
            values = _values_to_cycle(control, art)
            if len(values) < 2:
                continue
            times = []
            for i in range(repeat):
                t0 = time.perf_counter()
                control.value = values[(i + 1) % len(values)]
                times.append((time.perf_counter() - t0) * 1000)
            rows.append((f"{name}.{cname}", statistics.median(times)))
    return rows


def _values_to_cycle(control: widgets.Widget, art: Article) -> list:
    if isinstance(control, widgets.Checkbox):
        return [] if control.disabled else [True, False]
    if isinstance(control, widgets.Textarea):
        base = control.value
        return [base, base + " One more short sentence.", base[: len(base) // 2]]
    if hasattr(control, "options"):
        opts = control.options
        return [o[1] if isinstance(o, tuple) else o for o in opts]
    return []
