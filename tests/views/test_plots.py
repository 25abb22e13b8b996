"""Figures: titled, labelled, deterministic, warning-free, and drawing exactly the analysed numbers."""

import warnings
from datetime import date
from pathlib import Path

import matplotlib.pyplot as plt
import pytest

from medialit import load_article
from medialit.analysis.attribution import Attribution
from medialit.analysis.hedges import Hedge
from medialit.views.palette import style_for
from medialit.analysis.counts import LONG_SENTENCE, NO_SOURCE, hedges_per_paragraph, readability_data, sentence_length_data, source_mix, voice_data
from medialit.views.plots import (plot_hedges_per_paragraph, plot_readability_by_block, plot_sentence_lengths,
                                 plot_source_mix, plot_timeline, plot_voice, safe_label,
                                 takeaway_hedges_per_paragraph, takeaway_readability_by_block,
                                 takeaway_sentence_lengths, takeaway_source_mix, takeaway_timeline, takeaway_voice,
                                 to_svg)
from medialit.analysis.quotes import Quote
from medialit.analysis.sources import Source
from medialit.analysis.timeline import Event

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "putin-istanbul-talks-2025.txt"

# A small invented article, with hand-made finder results, so every number can be checked by eye.
TEXT = ("Bridge Reopens\n\n"
        "Mayor Ann Lee said the bridge would reopen on Monday. “It is safe,” Lee said.\n\n"
        "Engineers claimed the repairs were certainly finished. Costs may rise.\n\n"
        "It is noted that traffic might return slowly.")


def _at(phrase, nth=1):
    i = -1
    for _ in range(nth):
        i = TEXT.index(phrase, i + 1)
    return i, i + len(phrase)


def _att(source, kind, cue, direct=False, tone="neutral", src_phrase=None, nth=1):
    s, e = _at(cue, nth)
    ss, se = _at(src_phrase) if src_phrase else (None, None)
    return Attribution(source, kind, cue, direct, s, e, tone, ss, se, "why")


QUOTES = [Quote("It is safe,", *_at("It is safe,"), "Ann Lee", "said")]
ATTS = [_att("Ann Lee", "named person", "said", src_phrase="Mayor Ann Lee"),
        _att("Ann Lee", "named person", "said", direct=True, nth=2),
        _att("Engineers", "unnamed", "claimed", tone="loaded", src_phrase="Engineers"),
        _att(None, "agentless", "It is noted")]
HEDGES = [Hedge("certainly", *_at("certainly"), "booster", "certainty", ""),
          Hedge("may", *_at("may"), "hedge", "modal", ""),
          Hedge("It is noted", *_at("It is noted"), "hedge", "agentless attribution", ""),
          Hedge("might", *_at("might"), "hedge", "modal", "")]


def _drawn_widths(ax, gid=None):
    return [float(p.get_width()) for p in ax.patches if gid is None or p.get_gid() == gid]


def _check_labels(fig):
    ax = fig.axes[0]
    assert ax.get_title().strip() and ax.get_xlabel().strip() and ax.get_ylabel().strip()


def _draw_without_warnings(fig):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig.canvas.draw()


# --- voice ---------------------------------------------------------------------------

def test_voice_data_counts_direct_and_indirect_words_by_the_documented_rule():
    rows = voice_data(TEXT, quotes=QUOTES, attributions=ATTS)
    by = {r["source"]: r for r in rows}
    # Direct: the 3 words inside the quote. Indirect: the 10 words of "Mayor Ann Lee said ... Monday."
    assert by["Ann Lee"] == {"source": "Ann Lee", "direct": 3, "indirect": 10, "total": 13}
    assert by["Engineers"]["indirect"] == 7 and by["Engineers"]["direct"] == 0
    assert by[NO_SOURCE]["indirect"] == 8  # "It is noted that traffic might return slowly."
    assert [r["source"] for r in rows] == ["Ann Lee", NO_SOURCE, "Engineers"]


def test_indirect_sentence_is_counted_once_per_source_and_quoted_words_are_left_out():
    text = "Ann Lee said it would rain and said it would be “very cold” today."
    atts = [Attribution("Ann Lee", "named person", "said", False, 8, 12, "neutral"),
            Attribution("Ann Lee", "named person", "said", False, 30, 34, "neutral")]
    q = Quote("very cold", text.index("very"), text.index("very") + 9, "Ann Lee", "said")
    (row,) = voice_data(text, quotes=[q], attributions=atts)
    assert row == {"source": "Ann Lee", "direct": 2, "indirect": 12, "total": 14}


def test_voice_figure_draws_the_data():
    rows = voice_data(TEXT, quotes=QUOTES, attributions=ATTS)
    fig = plot_voice(TEXT, data=rows)
    ax = fig.axes[0]
    _check_labels(fig)
    assert _drawn_widths(ax, "direct") == [r["direct"] for r in rows]
    assert _drawn_widths(ax, "indirect") == [r["indirect"] for r in rows]
    assert [t.get_text() for t in ax.get_yticklabels()] == [r["source"] for r in rows]
    hatches = {p.get_hatch() for p in ax.patches}
    assert hatches == {style_for("direct quote").hatch, style_for("indirect").hatch}
    _draw_without_warnings(fig)
    sentence = takeaway_voice(TEXT, data=rows)
    assert sentence.startswith("Ann Lee gets the most attributed words (13: 3 in direct quotes, 10 reported)")
    assert takeaway_voice(TEXT, data=[]) == "The text attributes no words to any source."


# --- hedges per paragraph ------------------------------------------------------------------

def test_hedges_per_paragraph_counts_and_rates():
    art = load_article(TEXT)
    rows = hedges_per_paragraph(art, hedges=HEDGES)
    assert [(r["line"], r["hedges"], r["boosters"], r["words"]) for r in rows] == [
        (3, 0, 0, 15), (5, 1, 1, 10), (7, 2, 0, 8)]
    assert rows[2]["per_100"] == 25.0
    fig = plot_hedges_per_paragraph(art, data=rows)
    ax = fig.axes[0]
    _check_labels(fig)
    assert _drawn_widths(ax) and [float(p.get_height()) for p in ax.patches if p.get_gid() == "hedges"] == [0, 1, 2]
    assert [float(p.get_height()) for p in ax.patches if p.get_gid() == "boosters"] == [0, 1, 0]
    (line,) = [l for l in fig.axes[1].get_lines() if l.get_gid() == "per_100"]
    assert list(line.get_ydata()) == [r["per_100"] for r in rows]
    assert fig.axes[1].get_ylabel() == "hedges + boosters per 100 words"
    _draw_without_warnings(fig)
    assert takeaway_hedges_per_paragraph(art, data=rows) == (
        "Paragraph 3 (line 7) is the most hedged or boosted, with 25.0 per 100 words; "
        "there are 3 hedges and 1 booster in 33 words in the body.")


# --- readability -------------------------------------------------------------------------

def test_readability_figure_draws_one_bar_per_block_by_kind():
    rows = [{"line": 1, "kind": "headline", "words": 8, "score": 55.5, "grade": 9.0},
            {"line": 3, "kind": "body", "words": 30, "score": 30.0, "grade": 14.0},
            {"line": 5, "kind": "body", "words": 20, "score": 72.0, "grade": 6.0}]
    fig = plot_readability_by_block("", data=rows)
    ax = fig.axes[0]
    _check_labels(fig)
    bars = [p for p in ax.patches if (p.get_gid() or "").startswith("block-")]
    assert [float(b.get_width()) for b in bars] == [55.5, 30.0, 72.0]
    assert bars[0].get_hatch() == style_for("headline").hatch and bars[1].get_hatch() == style_for("body").hatch
    _draw_without_warnings(fig)
    assert takeaway_readability_by_block("", data=rows).startswith(
        "The hardest body paragraph is line 3 (Flesch Reading Ease 30.0) and the easiest is line 5 (72.0); 1 of 2")


def test_readability_data_reads_the_readability_rows():
    rows = readability_data("", rows=[{"line": 2, "kind": "body", "words": 9, "flesch_reading_ease": 61.23, "grade": 7.1},
                                      {"line": 4, "kind": "empty", "words": 0}])
    assert rows == [{"line": 2, "kind": "body", "words": 9, "score": 61.2, "grade": 7.1}]


def test_sentence_lengths_and_long_sentences():
    long_one = " ".join(["Word"] + ["word"] * (LONG_SENTENCE + 1)) + "."
    text = f"Short one here. {long_one} Tiny."
    rows = sentence_length_data(text)
    assert [r["words"] for r in rows] == [3, LONG_SENTENCE + 2, 1]
    fig = plot_sentence_lengths(text)
    _check_labels(fig)
    bars = [p for p in fig.axes[0].patches if (p.get_gid() or "").startswith("sentence-")]
    assert [float(b.get_width()) for b in bars] == [3, LONG_SENTENCE + 2, 1]
    assert bars[1].get_hatch() != bars[0].get_hatch()  # long sentences differ by pattern, not only colour
    _draw_without_warnings(fig)
    assert takeaway_sentence_lengths(text) == (
        f"The 3 sentences average {(4 + LONG_SENTENCE + 2) / 3:.1f} words; the longest (sentence 2) has "
        f"{LONG_SENTENCE + 2} words, and 1 is over {LONG_SENTENCE} words.")
    assert takeaway_sentence_lengths("") == "There are no sentences to measure."


# --- source mix and timeline -----------------------------------------------------------------

def test_source_mix_buckets_and_bars():
    sources = [Source("Ann Lee", "named person", "mayor", ((0, 7),), True),
               Source("European leaders", "named group", None, ((0, 7),), False),
               Source("officials", "unnamed", None, ((0, 7),), False),
               Source("AP", "photo agency", None, ((0, 2),), False),
               Source("Jo Doe", "photographer", None, ((0, 2),), False)]
    agentless = [Attribution(None, "agentless", "It is noted", False, 0, 11, "neutral")]
    mix = source_mix(sources, agentless)
    assert mix == {"named": 2, "unnamed": 1, "agentless": 1, "photo credits": 2}
    # Agentless sources already in the source list are not counted twice.
    with_agentless = sources + [Source("It is noted", "agentless", None, ((0, 11),), False)]
    assert source_mix(with_agentless, agentless)["agentless"] == 1
    fig = plot_source_mix(sources, agentless)
    _check_labels(fig)
    assert _drawn_widths(fig.axes[0]) == [2, 1, 1, 2]
    assert len({p.get_hatch() for p in fig.axes[0].patches}) == 4
    _draw_without_warnings(fig)
    assert takeaway_source_mix(sources, agentless).startswith("Of 4 sources of information, 2 are named and 2 cannot")


def test_timeline_puts_each_kind_on_its_row_at_its_dates():
    events = [Event(date(2025, 5, 10), '"on Saturday"', "the article", "article says"),
              Event(date(2025, 5, 15), '"15 May"', "the article", "article says"),
              Event(date(2025, 5, 11), "Statement", "an agency", "record"),
              Event(date(2025, 5, 11), "Another event the same day", "a paper", "record"),
              Event(date(2025, 5, 1), "Briefing", "a transcript", "record")]
    fig = plot_timeline(events)
    ax = fig.axes[0]
    _check_labels(fig)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["article says", "record"]
    import matplotlib.dates as mdates
    rows = {l.get_gid(): l for l in ax.get_lines() if (l.get_gid() or "").startswith("row-")}
    assert [mdates.num2date(x).date() for x in rows["row-article says"].get_xdata()] == [date(2025, 5, 10), date(2025, 5, 15)]
    assert len(rows["row-record"].get_xdata()) == 3
    assert rows["row-article says"].get_marker() != rows["row-record"].get_marker()
    texts = [t for t in ax.texts if t.get_text() in {e.label for e in events}]
    assert len(texts) == 5
    # Labels on the same day never sit on top of each other.
    fig.canvas.draw()
    boxes = [t.get_window_extent() for t in texts]
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    _draw_without_warnings(fig)
    assert takeaway_timeline(events) == ("The article gives 2 dated events (10 May 2025 to 15 May 2025) and the record 3 "
                                         "(1 May 2025 to 11 May 2025); 0 of the article's 2 dates fall on a day with an event on the record "
                                         "(which event is for you to check).")


# --- every figure: determinism, closing, safety ------------------------------------------------

def _all_figures():
    art = load_article(TEXT)
    return [plot_voice(TEXT, data=voice_data(TEXT, quotes=QUOTES, attributions=ATTS)),
            plot_hedges_per_paragraph(art, data=hedges_per_paragraph(art, hedges=HEDGES)),
            plot_sentence_lengths(TEXT),
            plot_source_mix([], data={"named": 1, "unnamed": 0, "agentless": 0, "photo credits": 0}),
            plot_timeline([Event(date(2025, 5, 10), "x", "a", "article says")]),
            plot_readability_by_block("", data=[{"line": 1, "kind": "body", "words": 3, "score": 50.0, "grade": 8.0}])]


def test_figures_are_closed_in_pyplot_so_notebooks_show_them_once():
    before = set(plt.get_fignums())
    figs = _all_figures()
    assert set(plt.get_fignums()) == before
    assert all(f.axes for f in figs)


def test_svg_output_is_identical_for_identical_data():
    a, b = _all_figures(), _all_figures()
    for fa, fb in zip(a, b):
        assert to_svg(fa) == to_svg(fb)


def test_style_settings_do_not_leak_into_the_learners_matplotlib():
    before = dict(plt.rcParams)
    _all_figures()
    assert dict(plt.rcParams) == before


def test_empty_data_gives_a_figure_with_a_message_not_an_error():
    art = load_article("Only A Headline")
    figs = [plot_voice("", data=[]), plot_hedges_per_paragraph(art, data=[]), plot_sentence_lengths(""),
            plot_timeline([]), plot_readability_by_block("", data=[])]
    for fig in figs:
        _check_labels(fig)
        _draw_without_warnings(fig)


def test_labels_with_dollar_signs_and_missing_glyphs_draw_without_warnings():
    assert safe_label("Fund $5bn") == r"Fund \$5bn"
    assert safe_label("Chief 🦜 Officer") == "Chief ? Officer"
    rows = [{"source": "Fund $5bn 🦜", "direct": 1, "indirect": 2, "total": 3}]
    _draw_without_warnings(plot_voice("", data=rows))


# --- the real finders, on the seed and the other test articles -----------------------------------

from medialit import find_attributions, find_hedges, find_quotes, find_sources, readability_by_block  # noqa: E402
from medialit.analysis.counts import TEXT_KINDS  # noqa: E402
from medialit.analysis.readability import kit_word_spans  # noqa: E402

ARTICLES = [SEED] + sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))


@pytest.fixture(scope="module", params=ARTICLES, ids=lambda p: p.stem)
def real(request):
    return load_article(request.param)


def test_voice_on_real_articles_matches_the_finders(real):
    quotes = find_quotes(real.body)  # the voice chart counts the body only, as the kit's other measures do
    rows = voice_data(real)
    by = {r["source"]: r for r in rows}
    for speaker in {q.speaker for q in quotes if q.speaker}:
        assert by[speaker]["direct"] == sum(len(kit_word_spans(real.body, q.start, q.end)) for q in quotes if q.speaker == speaker)
    fig = plot_voice(real)
    assert _drawn_widths(fig.axes[0], "indirect") == [r["indirect"] for r in rows]
    _draw_without_warnings(fig)
    top = rows[0]
    assert takeaway_voice(real).startswith(f"{top['source']} gets the most attributed words ({top['total']}:")


def test_hedges_figure_on_real_articles_matches_the_finder(real):
    hedges = find_hedges(real.text)
    rows = hedges_per_paragraph(real)
    body = real.blocks_of("body")
    assert len(rows) == len(body)
    assert sum(r["hedges"] + r["boosters"] for r in rows) == sum(
        1 for h in hedges if any(b.start <= h.start < b.end for b in body))
    fig = plot_hedges_per_paragraph(real)
    assert [float(p.get_height()) for p in fig.axes[0].patches if p.get_gid() == "boosters"] == [r["boosters"] for r in rows]
    _draw_without_warnings(fig)


def test_readability_figure_on_real_articles_matches_readability_by_block(real):
    rows = readability_by_block(real, kinds=TEXT_KINDS)
    fig = plot_readability_by_block(real)
    bars = [p for p in fig.axes[0].patches if (p.get_gid() or "").startswith("block-")]
    assert [float(b.get_width()) for b in bars] == [round(r["flesch_reading_ease"], 1) for r in rows]
    assert {r["kind"] for r in rows} > {"body"}  # headlines and captions are scored too, by kind
    _draw_without_warnings(fig)
    assert takeaway_readability_by_block(real).startswith("The hardest body paragraph is line ")


def test_source_mix_on_real_articles(real):
    sources = find_sources(real)
    mix = source_mix(sources, find_attributions(real.text))
    assert sum(mix.values()) == len(sources)  # the finder lists agentless claims as sources: no double count
    fig = plot_source_mix(sources)
    assert _drawn_widths(fig.axes[0]) == list(mix.values())
    _draw_without_warnings(fig)


def test_sentence_lengths_on_real_bodies(real):
    rows = sentence_length_data(real.body)
    fig = plot_sentence_lengths(real.body)
    bars = [p for p in fig.axes[0].patches if (p.get_gid() or "").startswith("sentence-")]
    assert [float(b.get_width()) for b in bars] == [r["words"] for r in rows] and rows
    _draw_without_warnings(fig)


def test_seed_voice_takeaway():
    art = load_article(SEED)
    assert takeaway_voice(art).startswith("Vladimir Putin gets the most attributed words")
    by = {r["source"]: r for r in voice_data(art)}
    assert by["Tammy Bruce"]["direct"] == 13  # "fly around the world at the drop of a hat to mediate meetings."


def test_voice_counts_the_body_not_a_caption():
    # Review finding M4: the seed's caption 1 ("President Putin stated that ...") is not one of the story's voices.
    art = load_article(SEED)
    assert voice_data(art) == voice_data(art.body)
    body = {r["source"]: r for r in voice_data(art)}["Vladimir Putin"]
    page = {r["source"]: r for r in voice_data(art.text)}["Vladimir Putin"]
    assert body["total"] < page["total"]
    assert body["direct"] == page["direct"]  # the caption quotes no one: only reported words drop out
