"""Every lesson widget: built by one call, each control changes the output as it should, safely.

The first half uses hand-made finder results on an invented article (so the
expected output is known exactly); the second half builds every widget on the
seed and on the other test articles with the real finders.
"""

import datetime as dt
import re
from html import unescape
from pathlib import Path

import ipywidgets as widgets
import pytest

from medialit import load_article
from medialit.analysis.attribution import Attribution
from medialit.analysis.hedges import Hedge
from medialit.analysis.quotes import Quote
from medialit.analysis.sources import Source
from medialit.views.widgets import (CHECK_HINTS, MODAL_LADDER, View, attribution_highlighter, block_viewer,
                              bring_your_own, certainty_dial, hedge_highlighter, readability_sandbox,
                              report_card, source_explorer)

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "putin-istanbul-talks-2025.txt"
OTHERS = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))

TEXT = ("Bridge Reopens\n\n"
        "Mayor Ann Lee said the bridge would reopen on Monday. “It is safe,” Lee said.\n\n"
        "Engineers claimed the repairs were certainly finished. Costs may rise.\n\n"
        "It is noted that traffic might return slowly. <script>alert(1)</script>")


def _at(phrase, nth=1):
    i = -1
    for _ in range(nth):
        i = TEXT.index(phrase, i + 1)
    return i, i + len(phrase)


def _att(source, kind, cue, direct=False, tone="neutral", src_phrase=None, nth=1, why="why"):
    s, e = _at(cue, nth)
    ss, se = _at(src_phrase) if src_phrase else (None, None)
    return Attribution(source, kind, cue, direct, s, e, tone, ss, se, why)


QUOTES = [Quote("It is safe,", *_at("It is safe,"), "Ann Lee", "said")]
ATTS = [_att("Ann Lee", "named person", "said", src_phrase="Mayor Ann Lee"),
        Attribution("Ann Lee", "named person", "said", True, *_at("said", 2), "neutral",
                    _at("Lee said", 2)[0], _at("Lee said", 2)[0] + 3, "why"),
        _att("Engineers", "unnamed", "claimed", tone="loaded", src_phrase="Engineers", why="suggests doubt"),
        _att(None, "agentless", "It is noted")]
SOURCES = [Source("Ann Lee", "named person", "mayor", (_at("Ann Lee"), (_at("Lee said", 2)[0], _at("Lee said", 2)[0] + 3)), True),
           Source("Engineers", "unnamed", None, (_at("Engineers"),), False),
           Source("It is noted", "agentless", None, (_at("It is noted"),), False)]
HEDGES = [Hedge("certainly", *_at("certainly"), "booster", "certainty", "sounds sure"),
          Hedge("may", *_at("may"), "hedge", "modal", "only possible"),
          Hedge("It is noted", *_at("It is noted"), "hedge", "agentless attribution", "who noted it?"),
          Hedge("might", *_at("might"), "hedge", "modal", "only possible")]


def without_summary(html_text):
    """A view's HTML without the filter summary above it (which repeats the first match)."""
    return re.sub(r'<div class="ml-filter-summary".*?<!-- /ml-filter-summary -->', "", html_text, flags=re.S)


def marks(html_text, label=None):
    """(label, text) of every highlighted phrase in a view's HTML, below the filter summary, in the
    order they open. Marks may nest (a cue inside a quotation): each is matched to its own </mark>,
    and a nested mark's visible [tag] is not part of the outer phrase."""
    html_text = without_summary(html_text)
    found, stack = [], []
    for m in re.finditer(r'<mark class="ml-mark [^"]*" data-label="([^"]*)"[^>]*>|</mark>', html_text):
        if m.group(0) != "</mark>":
            stack.append((m.group(1), m.end()))
        elif stack:
            name, start = stack.pop()
            found.append((start, name, html_text[start:m.start()]))
    found.sort()
    text_of = lambda t: unescape(re.sub(r"<[^>]+>", "", re.sub(r'<sup class="ml-tag"[^>]*>.*?</sup>', "", t)))
    return [(unescape(l), text_of(t)) for _, l, t in found if label in (None, unescape(l))]


def legend_counts(html_text):
    return {unescape(l): int(n) for l, n in re.findall(r'class="ml-legend-item[^"]*" data-label="([^"]*)" data-count="(\d+)"', html_text)}


def ok(view):
    """The view rendered without falling back to its error message."""
    assert isinstance(view, View) and isinstance(view, widgets.VBox)
    assert "Something went wrong" not in view.output_html.value
    assert "<script>" not in view.output_html.value
    assert "ml-browser-probe" in " ".join(c for w in view.controls.values() for c in w._dom_classes)
    assert "ml-widget-output" in view.output_html._dom_classes
    return view.output_html.value


# --- hand-made results ------------------------------------------------------------------

def test_source_explorer_shows_the_chosen_source_its_mentions_and_how_to_check():
    v = source_explorer(TEXT, sources=SOURCES, quotes=QUOTES)
    out = ok(v)
    assert "<b>Ann Lee</b>" in out and "mayor" in out and "yes, 1 quotation" in out
    assert marks(out, "named person") == [("named person", "Ann Lee"), ("named person", "Lee")]
    assert marks(out, "quote") == [("quote", "It is safe,")]
    assert unescape(CHECK_HINTS["named person"]) in unescape(out)
    v.controls["source"].value = 1
    out = ok(v)
    assert "<b>Engineers</b>" in out and "Ann Lee" not in out.split("How to check")[0]
    assert marks(out) == [("unnamed", "Engineers")]
    assert "cannot check an unnamed source" in out and "not given in the text" in out
    v.controls["source"].value = 2
    assert "nothing to check" in ok(v)


def test_source_explorer_with_no_sources_says_so():
    v = source_explorer("A Title\n\nNothing here.", sources=[], quotes=[])
    assert "No sources were found" in ok(v)


def test_attribution_highlighter_filters_by_source_and_speech():
    v = attribution_highlighter(TEXT, attributions=ATTS, quotes=QUOTES)
    out = ok(v)
    assert set(v.controls["source"].options) == {"All", "Ann Lee", "Engineers", "(no one named)"}
    assert ("loaded cue", "claimed") in marks(out) and ("no source", "It is noted") in marks(out)
    assert ("quote", "It is safe,") in marks(out) and ("source", "Mayor Ann Lee") in marks(out)
    assert "Attributions shown (4)" in out and "suggests doubt" in out
    v.controls["source"].value = "Engineers"
    out = ok(v)
    assert marks(out) == [("source", "Engineers"), ("loaded cue", "claimed")]
    assert "Attributions shown (1)" in out and "<b>loaded</b>" in out
    v.controls["source"].value = "Ann Lee"
    v.controls["speech"].value = "indirect"
    out = ok(v)
    assert marks(out) == [("source", "Mayor Ann Lee"), ("cue", "said")] and "Attributions shown (1)" in out
    v.controls["speech"].value = "direct"
    out = ok(v)
    assert ("quote", "It is safe,") in marks(out) and ("source", "Mayor Ann Lee") not in marks(out)
    v.controls["source"].value = "Engineers"
    assert "No attribution matches" in ok(v)


def test_hedge_highlighter_toggles_categories_and_keeps_the_legend_counts():
    v = hedge_highlighter(TEXT, hedges=HEDGES)
    out = ok(v)
    assert list(v.controls) == ["modal", "agentless attribution", "certainty"]  # hedges first, most frequent first
    assert len(marks(out)) == 4 and legend_counts(out) == {"modal": 2, "agentless attribution": 1, "certainty": 1}
    # The summary counts the body (its last line is a subheading here), as lesson 03 does.
    assert "1 hedge (softener) and 1 booster (strengthener) in 25 words in the body" in out
    assert "2 more marked outside the body" in out
    v.controls["modal"].value = False
    out = ok(v)
    assert [t for _, t in marks(out)] == ["certainly", "It is noted"]
    assert legend_counts(out)["modal"] == 2 and "(hidden)" in out
    v.controls["certainty"].value = False
    v.controls["agentless attribution"].value = False
    assert marks(ok(v)) == []
    v.controls["modal"].value = True
    assert [t for _, t in marks(ok(v))] == ["may", "might"]


def _fake_find(text):
    """A tiny stand-in for find_hedges: the modal ladder and 'certainly'."""
    out = []
    for m in re.finditer(r"\b(might|could|may|should|will|must|certainly)\b", text, re.I):
        w = m.group().lower()
        kind = "booster" if w in ("will", "must", "certainly") else "hedge"
        out.append(Hedge(m.group(), m.start(), m.end(), kind, "certainty" if kind == "booster" else "modal", ""))
    return out


def test_certainty_dial_swaps_a_word_and_rescores_the_sentence():
    v = certainty_dial("Prices might rise. Nothing to see here. Costs will certainly fall.", find=_fake_find, lexicon=[])
    out = ok(v)
    assert [o[0] for o in v.controls["sentence"].options] == ["1. Prices might rise.", "2. Costs will certainly fall."]
    assert list(v.controls["swap"].options) == list(MODAL_LADDER) and v.controls["swap"].value == "might"
    assert "Claim strength: <b>-1</b> (tentative)" in out
    v.controls["swap"].value = "must"
    out = ok(v)
    assert v.analysis["current"] == "Prices must rise."
    assert "Claim strength: <b>+1</b> (certain) (was -1)" in out and "Now: 0 hedges, 1 booster." in out
    assert marks(out) == [("certainty", "must")]
    v.controls["sentence"].value = 1
    out = ok(v)
    assert v.analysis["current"] == "Costs will certainly fall." and "Claim strength: <b>+2</b>" in out
    assert [o[1] for o in v.controls["word"].options] == [0, 1]
    v.controls["word"].value = 1
    assert v.controls["swap"].value == "certainly"
    v.controls["word"].value = 0
    v.controls["swap"].value = "might"
    out = ok(v)
    assert v.analysis["current"] == "Costs might certainly fall." and "Claim strength: <b>+0</b> (neutral) (was +2)" in out


def test_certainty_dial_keeps_a_capital_and_handles_text_without_hedges():
    v = certainty_dial("Might it rain?", find=_fake_find, lexicon=[])
    assert v.controls["swap"].options[0] == "Might"
    v.controls["swap"].value = "Will"
    assert v.analysis["current"] == "Will it rain?"
    empty = certainty_dial("Nothing here at all.", find=_fake_find, lexicon=[])
    assert "No sentence here has a hedge" in ok(empty)


def test_block_viewer_highlights_the_chosen_kind():
    art = load_article(SEED)
    v = block_viewer(art)
    out = ok(v)
    assert without_summary(out).count(" ml-on\"") == len(art.blocks)
    v.controls["kind"].value = "caption"
    out = ok(v)
    assert without_summary(out).count(" ml-on\"") == 2 and "CAPTION · line 4" in out and "HEADLINE · line 1" in out
    assert ("caption (2)", "caption") in v.controls["kind"].options


# --- the upload and the report card --------------------------------------------------------

def _upload(view, name, data):
    item = {"name": name, "type": "text/plain", "size": len(data), "content": memoryview(data),
            "last_modified": dt.datetime(2025, 5, 11, tzinfo=dt.timezone.utc)}
    view.controls["upload"].value = (item,)


@pytest.mark.parametrize("name,data,needle", [
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
    ("empty.txt", b"", "empty"),
    ("page.txt", b"<html><body><div><p>News</p><p>More</p></div></body></html>", "HTML"),
])
def test_bad_upload_shows_one_line_and_keeps_the_text(name, data, needle):
    v = bring_your_own("My own draft article.")
    _upload(v, name, data)
    assert v.controls["text"].value == "My own draft article."
    msg = v.status_html.value
    assert needle in msg and name in msg and "Traceback" not in msg
    assert msg.count("<div") == 1 and "\n" not in unescape(re.sub(r"<[^>]+>", "", msg)).strip()


def test_bad_text_on_analyse_shows_one_line_and_keeps_the_text():
    v = bring_your_own("   ")
    v.controls["analyse"].click()
    assert "empty" in v.output_html.value and v.controls["text"].value == "   "
    v.controls["text"].value = "<div><p>a</p><p>b</p></div>"
    v.controls["analyse"].click()
    assert "HTML" in v.output_html.value and v.controls["text"].value == "<div><p>a</p><p>b</p></div>"


def test_short_text_that_looks_like_a_file_name_is_analysed_as_text():
    v = bring_your_own("notes.txt")
    v.controls["analyse"].click()
    assert "No file at" not in v.output_html.value


# --- the real finders, on the seed and on every other test article ----------------------------

from collections import Counter  # noqa: E402

from medialit import find_attributions, find_hedges, find_quotes, find_sources, readability  # noqa: E402
from medialit.views.widgets import REPORT_SECTIONS, readability_panel_html  # noqa: E402

ARTICLES = [SEED] + OTHERS


@pytest.fixture(scope="module", params=ARTICLES, ids=lambda p: p.stem)
def article(request):
    return load_article(request.param)


def test_source_explorer_on_real_articles(article):
    v = source_explorer(article)
    sources = find_sources(article)
    assert [o[1] for o in v.controls["source"].options] == list(range(len(sources))) and sources
    for i, s in enumerate(sources):
        v.controls["source"].value = i
        out = ok(v)
        assert f"<b>{_esc(s.name)}</b>" in out
        shown = [t for label, t in marks(out) if label == s.kind]
        # Every mention is marked (mentions never overlap one another).
        assert sorted(shown) == sorted(article.text[a:b] for a, b in s.mentions)
        assert f"Mentions</th><td style=\"padding:2px 0\">{len(s.mentions)} " in out


def _esc(s):
    from html import escape
    return escape(s)


def test_attribution_highlighter_on_real_articles(article):
    v = attribution_highlighter(article)
    atts, quotes = find_attributions(article.text), find_quotes(article.text)
    cue_labels = {"cue", "loaded cue", "no source"}
    out = ok(v)
    assert sorted(t for l, t in marks(out) if l in cue_labels) == sorted(article.text[a.start:a.end] for a in atts)
    assert len(marks(out, "loaded cue")) == sum(1 for a in atts if a.verb_tone == "loaded" and a.source_kind != "agentless")
    assert len(marks(out, "quote")) == len(quotes)
    for name in v.controls["source"].options[1:]:
        v.controls["source"].value = name
        chosen = [a for a in atts if (a.source or "(no one named)") == name]
        for speech in ("all", "direct", "indirect"):
            v.controls["speech"].value = speech
            out = ok(v)
            want = [a for a in chosen if speech == "all" or a.direct == (speech == "direct")]
            assert len([1 for l, _ in marks(out) if l in cue_labels]) == len(want)
            assert (f"Attributions shown ({len(want)})" in out) == bool(want)
            n_quotes = 0 if speech == "indirect" else sum(1 for q in quotes if (q.speaker or "(no one named)") == name)
            assert len(marks(out, "quote")) == n_quotes
        v.controls["speech"].value = "all"


def test_hedge_highlighter_on_real_articles(article):
    v = hedge_highlighter(article)
    hedges = find_hedges(article.text)
    counts = Counter(h.category for h in hedges)
    out = ok(v)
    assert legend_counts(out) == dict(counts) and set(v.controls) == set(counts)
    for cat in counts:
        v.controls[cat].value = False
        out = ok(v)
        assert not marks(out, cat) and legend_counts(out) == dict(counts)
        v.controls[cat].value = True
        assert marks(ok(v), cat)


def test_certainty_dial_on_real_articles(article):
    v = certainty_dial(article)
    if v.controls["sentence"].value < 0:
        assert "No sentence here has a hedge" in ok(v)
        return
    for option in list(v.controls["swap"].options)[:6]:
        v.controls["swap"].value = option
        out = ok(v)
        new = v.analysis["current"]
        assert option in new
        score = sum(1 if h.kind == "booster" else -1 for h in find_hedges(new))
        assert f"Claim strength: <b>{score:+d}</b>" in out


def test_readability_sandbox_on_real_articles(article):
    v = readability_sandbox(article.body)
    out = ok(v)
    assert f"<b>{readability(article.body)['flesch_reading_ease']:.1f}</b>" in out
    v.controls["text"].value = "The cat sat. The dog ran."
    easy = ok(v)
    assert easy != out and f"<b>{readability('The cat sat. The dog ran.')['flesch_reading_ease']:.1f}</b>" in easy
    assert easy.count('class="ml-bar-row"') == 2
    v.controls["text"].value = "!!! ??? ..."
    assert "No words found" in ok(v) and v.controls["text"].value == "!!! ??? ..."
    v.controls["text"].value = ""
    assert "Type or paste" in ok(v)


def test_report_card_on_real_articles(article):
    v = report_card(article)
    out = ok(v)
    for title in ("Sources", "Attribution", "Hedging", "Readability (body only)", "What is missing"):
        assert f">{title}</h4>" in out
    atts = find_attributions(article.text)
    assert f"{len(atts)} attributions: {sum(a.direct for a in atts)} quote the speaker" in out
    # "direct quotes" means one thing in the kit: passages in quotation marks (exercise 05 Task 1 counts them)
    assert f"{len(find_quotes(article.text))} direct quotes (passages in quotation marks)" in out
    for section in REPORT_SECTIONS:
        v.controls["section"].value = section
        one = ok(v)
        assert one.count("<h4") == 1


def test_block_viewer_on_real_articles(article):
    v = block_viewer(article)
    for kind in [o[1] for o in v.controls["kind"].options][1:]:
        v.controls["kind"].value = kind
        out = ok(v)
        assert out.count(' ml-on"') == sum(1 for b in article.blocks if b.kind == kind)


def test_bring_your_own_runs_the_report_card_on_an_uploaded_article(article):
    v = bring_your_own()
    assert "Paste an article" in ok(v)
    _upload(v, "story.txt", article.text.encode("utf-8"))
    # The text box keeps what the learner typed (here nothing); the upload is what Analyse reads.
    assert v.controls["text"].value == "" and "Loaded story.txt" in v.status_html.value
    assert "What the kit read" in v.status_html.value
    v.controls["analyse"].click()
    out = ok(v)
    assert f"Report card: {_esc(article.title)}" in out and ">What is missing</h4>" in out


def test_seed_specific_views():
    art = load_article(SEED)
    v = source_explorer(art)
    names = [o[0] for o in v.controls["source"].options]
    v.controls["source"].value = names.index("Tammy Bruce (named person)")
    out = ok(v)
    assert ("quote", "fly around the world at the drop of a hat to mediate meetings.") in marks(out)
    assert "State Department spokesperson" in out and "[line 35]" in out
    v.controls["source"].value = names.index("Ukrainian officials (unnamed)")
    assert "cannot check an unnamed source" in ok(v)
    v.controls["source"].value = names.index("AMNA (photo agency)")
    out = ok(v)
    assert "Credit, line 4" in out and "Credit, line 23" in out and "(channel)" in out
    a = attribution_highlighter(art)
    a.controls["source"].value = "Ukrainian officials"
    assert ("loaded cue", "dismissed") in marks(ok(a))
    d = certainty_dial(art)
    assert d.controls["swap"].value == "might"
    d.controls["swap"].value = "will"
    assert "offer will be a tactic" in d.analysis["current"]


def test_readability_panel_explains_a_sentence_count_difference():
    out = readability_panel_html("The U.S. envoy came. He left on 3 May.")
    assert "the bars below use the kit" in out and out.count('class="ml-bar-row"') == 2
