"""Widgets where the learner does the skill: click restraint, lateral reading, quote checks, sentence sorts.

Each widget shows one item at a time (a search page, a snippet, a quoted
fragment, a sentence), lets the learner choose and write a reason, and only
then, on request, shows the kit's reading to compare with. Nothing is marked
wrong: the reading is one careful reader's view, and a different answer with a
reason is fine. The learner's choices are kept in ``view.answers`` (item id ->
field -> value), so an exercise store can save them; the typed words are never
echoed into the widget's HTML, so a saved notebook keeps no one's judgement.
All text from the data files is escaped.

>>> from medialit.analysis.activities import sentence_sort_from_dict
>>> sort = sentence_sort_from_dict({"labels": {"fact": "checkable"}, "paragraphs": [{"sentences": [
...     {"id": "s1", "article_line": 4, "sentence": "It rained <a lot>.", "label": "fact"}]}]})
>>> view = sentence_sort(sort)
>>> "&lt;a lot&gt;" in view.output_html.value
True
>>> view.controls["label"].value = "fact"
>>> view.answers["s1"]["label"]
'fact'
"""

from __future__ import annotations

import html
from typing import Any, Callable, Sequence

import ipywidgets as widgets

from ..analysis.activities import EvidencePack, QuoteCheck, SearchPage, SentenceSort
from .widgets import View

__all__ = ["search_chooser", "evidence_table", "quote_checker", "sentence_sort", "NOT_CHOSEN"]

#: The value of a choice the learner has not made yet.
NOT_CHOSEN = "(choose)"

_WIDE = widgets.Layout(width="98%")
_LABEL_STYLE = {"description_width": "11em"}
_BOX = ("font-family:'DejaVu Sans',Arial,sans-serif;color:#111;border:1px solid #999;"
        "border-radius:4px;padding:6px 10px;margin:4px 0;background:#fff")
_READING = "border-left:4px solid #1f5f8b;padding:4px 10px;margin-top:6px;background:#eef4f8"

INDEPENDENCE = (NOT_CHOSEN, "yes: its own reporting", "no: a copy of another item",
                "no: the same side or owner", "cannot tell")
ABOUT_CLAIM = (NOT_CHOSEN, "supports it", "goes against it", "says nothing about it", "partly, or it depends")
FAIRNESS = (NOT_CHOSEN, "fair", "fair, but trimmed", "not fair")


def _e(text: Any) -> str:
    return html.escape(str(text))


def _text(description: str, placeholder: str, area: bool = False) -> widgets.Widget:
    cls = widgets.Textarea if area else widgets.Text
    return cls(value="", description=description, placeholder=placeholder, layout=_WIDE, style=_LABEL_STYLE)


def _dropdown(description: str, options: Sequence) -> widgets.Dropdown:
    return widgets.Dropdown(options=list(options), value=options[0] if not isinstance(options[0], tuple)
                            else options[0][1], description=description, style=_LABEL_STYLE,
                            layout=widgets.Layout(width="40em"))


def _li(items: Sequence[str]) -> str:
    return "<ul>" + "".join(f"<li>{_e(i)}</li>" for i in items) + "</ul>"


def _item_activity(picker: widgets.Widget, fields: dict[str, widgets.Widget], render: Callable[[Any, bool], str],
                   analysis: dict[str, Any], note: str = "", single: str | None = None) -> View:
    """One item at a time: the fields' values are kept per item in ``view.answers``; the reading waits for a click.

    With ``single`` (an answer name), the picker is itself an answer: everything is kept under one key.
    """
    answers: dict[Any, dict[str, Any]] = {}
    defaults = {name: w.value for name, w in fields.items()}
    reveal = widgets.ToggleButton(value=False, description="Show our reading", icon="eye",
                                  tooltip="Show the kit's reading, to compare with yours",
                                  layout=widgets.Layout(width="14em"))
    reveal.add_class("ml-browser-submit")
    loading = [False]

    def save(_: Any = None) -> None:
        if loading[0]:
            return
        if single:
            answers["page"] = {single: picker.value, **{name: w.value for name, w in fields.items()}}
        else:
            answers[picker.value] = {name: w.value for name, w in fields.items()}

    def load(_: Any = None) -> None:
        if single:
            save()
            return
        loading[0] = True
        try:
            for name, w in fields.items():
                w.value = answers.get(picker.value, {}).get(name, defaults[name])
            reveal.value = False
        finally:
            loading[0] = False

    controls = {"item": picker, **fields, "reveal": reveal}
    header = ([widgets.HTML(note)] if note else []) + [picker]
    view = View(controls, widgets.HTML(), lambda: render(picker.value, reveal.value), analysis, "item",
                header=header, extra=list(fields.values()) + [reveal])
    view.answers = answers
    picker.observe(load, names="value")
    for w in fields.values():
        w.observe(save, names="value")
    view.watch("item", "reveal")
    return view


def _compare(body: str) -> str:
    return (f"<div style='{_READING}'><b>Our reading</b> (one careful reader's view; compare it with yours: "
            f"where do you differ, and whose reason is stronger?)<br>{body}</div>")


# --- click restraint ---------------------------------------------------------------------

def search_chooser(page: SearchPage) -> View:
    """A mock results page: which result would you open first, and why? Then compare with the kit's reading."""
    by_rank = {r.rank: r for r in page.results}
    rows = "".join(
        f"<li style='margin:6px 0'><b>{r.rank}. {_e(r.title)}</b><br><span style='color:#1a6b2f'>{_e(r.url)}</span>"
        f"<br><span>{_e(r.snippet)}</span></li>" for r in page.results)
    listing = (f"<div style='{_BOX}'><div><b>Search:</b> <code>{_e(page.query)}</code></div>"
               f"<ol style='list-style:none;padding-left:0'>{rows}</ol></div>")
    picker = _dropdown("Open first:", [(NOT_CHOSEN, 0)] + [(f"result {r.rank}", r.rank) for r in page.results])
    fields = {"skip": widgets.SelectMultiple(options=[(f"result {r.rank}", r.rank) for r in page.results],
                                             description="Skip these:", rows=4, style=_LABEL_STYLE),
              "why": _text("Why that one?", "I would open it first because…", area=True)}

    def render(rank: int, revealed: bool) -> str:
        chosen = by_rank.get(rank)
        mine = (f"<p>You chose <b>result {rank}</b>: {_e(chosen.title)}</p>" if chosen else
                "<p>Choose the result you would open first, say why, then press <b>Show our reading</b>.</p>")
        if not revealed:
            return listing + mine
        notes = "".join(f"<li><b>{r.rank}</b> ({_e(r.kind)}, {_e(r.confidence)}): {_e(r.notices)}</li>"
                        for r in page.results)
        return listing + mine + _compare(
            f"<p>Open first: {', '.join(str(n) for n in page.open_first)}. {_e(page.why)}</p>"
            f"<p>Skip: {', '.join(str(n) for n in page.skip)}. {_e(page.why_skip)}</p><ul>{notes}</ul>")

    note = f"<div style='{_BOX}'><b>The claim:</b> {_e(page.claim)}<br><b>Your task:</b> {_e(page.task)}</div>"
    return _item_activity(picker, fields, render, {"page": page}, note, single="open_first")


# --- lateral reading with an evidence pack ---------------------------------------------------

def evidence_table(pack: EvidencePack, claim_id: str | None = None) -> View:
    """One snippet at a time: who is behind it, is it independent, what does it say about the claim?"""
    claim = next((c for c in pack.claims if c.id == claim_id), pack.claims[0])
    snippets = {s.id: s for s in pack.snippets}
    names = {s.id: s.outlet.split(" (")[0] for s in pack.snippets}
    picker = _dropdown("Snippet:", [(f"{n}. {s.outlet} ({s.date})", s.id) for n, s in enumerate(pack.snippets, 1)])
    fields = {"who": _text("Who is behind it?", "a government, a newsroom, a copy of…"),
              "independent": _dropdown("Independent?", INDEPENDENCE),
              "about": _dropdown("About the claim:", ABOUT_CLAIM)}

    def render(snippet_id: str, revealed: bool) -> str:
        s = snippets[snippet_id]
        card = (f"<div style='{_BOX}'><b>{_e(s.outlet)}</b> · {_e(s.date)} · <i>{_e(s.kind)}</i>"
                f"<p>{_e(s.summary)}</p></div>")
        if not revealed:
            return card
        others = [names[i] for i in snippets if i != s.id and i not in s.independent_of]
        copy = f" It is a copy of {_e(names.get(s.copy_of, s.copy_of))}." if s.copy_of else ""
        ties = (f"Not independent of: {_e(', '.join(others))}." if others else "Independent of the other items.")
        return card + _compare(f"<p><b>Who:</b> {_e(s.who_is_behind)}{copy}</p><p><b>Independence:</b> {ties}</p>"
                               f"<p><b>About the claim:</b> {_e(s.about(claim.id))}</p>"
                               f"<p><small>Source: {_e(s.citation)} {_e(s.confidence)}</small></p>")

    note = (f"<div style='{_BOX}'><b>The claim (article line {claim.article_line}):</b> “{_e(claim.text)}”"
            f"<br>Work through the snippets. Fill in the three boxes, then compare.</div>")
    return _item_activity(picker, fields, render, {"pack": pack, "claim": claim}, note)


# --- quote check ------------------------------------------------------------------------------

def quote_checker(check: QuoteCheck) -> View:
    """The fuller text beside the article's quoted words: what was dropped or changed, and are the marks fair?"""
    frags = dict(enumerate(check.fragments))
    picker = _dropdown("Quoted words:", [(f"“{f.fragment}” (line {f.article_line})", i) for i, f in frags.items()])
    fields = {"dropped": _text("Dropped or changed:", "the words the article left out or changed…", area=True),
              "fair": _dropdown("Are the marks fair?", FAIRNESS),
              "because": _text("Because…", "my reason")}

    def render(index: int, revealed: bool) -> str:
        f = frags[index]
        card = (f"<div style='{_BOX}'><b>{_e(f.label)}, in the Kremlin's English</b> "
                f"<small>({_e(f.full_source)})</small><p>{_e(f.full_text)}</p>"
                f"<b>The article quotes:</b> “{_e(f.fragment)}”</div>")
        if not revealed:
            return card
        return card + _compare(f"<b>Dropped or changed:</b>{_li(f.dropped_or_changed)}"
                               f"<b>Points for the fairness question:</b>{_li(f.fair_points)}"
                               f"<p>{_e(check.marking_note)}</p>")

    return _item_activity(picker, fields, render, {"check": check})


# --- news, claim or interpretation ------------------------------------------------------------

def sentence_sort(sort: SentenceSort) -> View:
    """Label each sentence: a fact that can be checked, a claim attributed to someone, or the writer's interpretation."""
    sentences = {s.id: s for s in sort.sentences}
    picker = _dropdown("Sentence:", [(f"{n}. line {s.article_line}{' (discussion case)' if s.id in sort.discussion_cases else ''}",
                                      s.id) for n, s in enumerate(sort.sentences, 1)])
    fields = {"label": _dropdown("Your label:", (NOT_CHOSEN,) + tuple(k for k, _ in sort.labels)),
              "because": _text("Because…", "my reason")}
    legend = "".join(f"<li><b>{_e(k)}:</b> {_e(v)}</li>" for k, v in sort.labels)

    def render(sentence_id: str, revealed: bool) -> str:
        s = sentences[sentence_id]
        card = f"<div style='{_BOX}'><small>Line {s.article_line}</small><p>“{_e(s.sentence)}”</p></div>"
        if not revealed:
            return card
        other = (f"<p>Also reasonable: {_e(', '.join(s.other_labels))}.</p>" if s.other_labels else "")
        record = f"<p><b>What the record shows:</b> {_e(s.record)}</p>" if s.record else ""
        return card + _compare(f"<p><b>{_e(s.label)}.</b> {_e(s.reason)}</p>{other}{record}")

    note = f"<div style='{_BOX}'><b>The labels</b><ul>{legend}</ul></div>"
    return _item_activity(picker, fields, render, {"sort": sort}, note)
