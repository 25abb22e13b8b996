"""What a projector shows (issue 9, section 5): filters act right under their controls, no empty
boxes for emoji, tables that wrap between words, a key readable without colour vision, a
dial whose scale holds its score, and figures with alt text."""

from __future__ import annotations

import re
from html import unescape
from itertools import combinations
from pathlib import Path

import matplotlib
import pytest
from matplotlib import font_manager
from matplotlib.ft2font import FT2Font

import medialit
from medialit import find_attributions, find_quotes, load_article
from medialit.analysis.hedges import Hedge
from medialit.views import plots
from medialit.views.highlight import place_of
from medialit.views.palette import style_for
from medialit.views.table import table
from medialit.views.widgets import (attribution_highlighter, block_viewer, certainty_dial, hedge_highlighter,
                                    readability_sandbox, report_card, source_explorer)

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = [ROOT / "seeds" / "putin-istanbul-talks-2025.txt"] + sorted((ROOT / "tests" / "data" / "real").glob("*.txt"))


@pytest.fixture(scope="module", params=ARTICLES, ids=lambda p: p.stem)
def real(request):
    return load_article(request.param)


def _summary(html_text: str) -> str:
    """The text of the filter summary, which must come first in the output (right under the controls)."""
    assert html_text.startswith('<div class="ml-filter-summary"'), html_text[:200]
    part = html_text.split("<!-- /ml-filter-summary -->")[0]
    return unescape(re.sub(r"<[^>]+>", "", part))


# --- 1. filters act on screen ---------------------------------------------------------------

def test_block_viewer_summary_names_the_kind_its_count_and_shows_the_first_block(real):
    v = block_viewer(real)
    for kind in [o[1] for o in v.controls["kind"].options][1:]:
        v.controls["kind"].value = kind
        found = [b for b in real.blocks if b.kind == kind]
        text = " ".join(_summary(v.output_html.value).split())
        n = len(found)
        assert f"{kind.replace('_', ' ')}: {n} block{'s' if n != 1 else ''}" in text
        assert f"first at line {found[0].line}." in text
        first_words = " ".join(found[0].text.split()[:6])
        if first_words and kind != "empty":
            assert first_words in text  # the first match itself is shown under the buttons


def test_attribution_summary_counts_cues_and_quotes_of_the_chosen_source(real):
    text = real.text
    attributions, quotes = find_attributions(text), find_quotes(text)
    v = attribution_highlighter(real, attributions=attributions, quotes=quotes)
    for name in v.controls["source"].options[1:]:
        v.controls["source"].value = name
        mine = [a for a in attributions if (a.source or "(no one named)") == name]
        said = [q for q in quotes if q.speaker == name]
        summary = " ".join(_summary(v.output_html.value).split())
        assert summary.startswith(f"{name}: {len(mine)} cue")
        assert f"{len(said)} quote" in summary
        starts = [a.start for a in mine] + [a.source_start for a in mine if a.source_start is not None]
        starts += [q.start for q in said]
        assert f"first at {place_of(real, text, min(starts))}." in summary


def test_seed_summary_reads_as_the_issue_asks():
    art = load_article(ARTICLES[0])
    v = attribution_highlighter(art)
    v.controls["source"].value = "Tammy Bruce"
    summary = " ".join(_summary(v.output_html.value).split())
    assert summary.startswith("Tammy Bruce: 1 cue, 1 quote — first at paragraph")
    assert "confirmed" in summary and 'role="status"' in v.output_html.value


def test_place_of_counts_body_paragraphs():
    art = load_article(b"Headline here\n\nFirst paragraph.\n\nSecond paragraph.")
    assert place_of(art, art.text, art.text.index("Second")) == "paragraph 2 (line 5)"
    assert place_of(None, art.text, art.text.index("Second")) == "line 5"


# --- 2. no emoji: every character the kit itself writes is in DejaVu Sans ----------------------

PLAIN = ("Bridge Opens Next Week\n\nThe new bridge will open on Monday, the mayor said. "
         "Officials claimed it may be late. \"It is safe,\" said Ann Lee, an engineer. "
         "Reports suggest costs rose sharply, according to sources.\n")


def _dejavu_chars() -> set[int]:
    path = font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans"), fallback_to_default=False)
    return set(FT2Font(path).get_charmap())


def _kit_outputs() -> list[str]:
    art = load_article(PLAIN.encode("utf-8"))
    views = [block_viewer(art), attribution_highlighter(art), hedge_highlighter(art), certainty_dial(art),
             readability_sandbox(art.body), report_card(art), source_explorer(art)]
    out = [v.output_html.value for v in views]
    out += [str(getattr(c, "description", "")) for v in views for c in v.controls.values()]
    out += [str(o) for v in views for c in v.controls.values() for o in getattr(c, "options", ())]
    from medialit.views.prediction import prediction_widget
    p = prediction_widget(rating=3)
    out += [p.output.value] + [o[0] for o in p.slider.options] + [p.button.description]
    for name in ("plot_voice", "plot_hedges_per_paragraph", "plot_readability_by_block", "plot_block_mix"):
        fig = getattr(plots, name)(art)
        out += [t.get_text() for t in fig.findobj(matplotlib.text.Text)] + [fig.alt_text]
    return out


def test_everything_the_kit_writes_is_in_dejavu_sans():
    chars = _dejavu_chars()
    extra = {c for s in _kit_outputs() for c in s if ord(c) > 127}
    missing = sorted(f"{c!r} U+{ord(c):04X}" for c in extra if ord(c) not in chars or ord(c) > 0xFFFF or c == "\ufe0f")
    assert not missing, f"characters without a DejaVu Sans glyph (empty boxes on most classroom PCs): {missing}"


def test_the_kit_source_has_no_emoji():
    emoji = re.compile("[\U0001F000-\U0001FAFF\uFE0F\u2B50\u2B55\u231A\u231B\u23E9-\u23F3]")
    found = [f"{p.relative_to(ROOT)}:{i}" for p in (ROOT / "medialit").rglob("*.py")
             for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if emoji.search(line) and "exercises.py" not in p.name]
    assert not found, found


# --- 3. tables wrap between words ---------------------------------------------------------------

def test_table_is_escaped_html_with_a_header():
    t = table([("(no one named)", "agentless", "<script>", "indirect")], header=("source", "kind", "cue", "speech"))
    out = t._repr_html_()
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert out.count('<th scope="col"') == 4 and out.count("<td") == 4 and "indirect</td>" in out
    assert medialit.table is table


# --- 4. lesson 03's key and dial ---------------------------------------------------------------

# Machado, Oliveira & Fernandes (2009), severity 1: simulated colour vision, on linear RGB.
CVD = {
    "typical": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}
HEDGE_CATEGORIES = ("possibility", "modal", "approximator", "tentative", "vague attribution",
                    "agentless attribution", "distancing", "intensifier", "certainty")


def _lab(colour: str, vision: str) -> tuple[float, float, float]:
    def lin(c):
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    h = colour.lstrip("#")
    rgb = [lin(int(h[i:i + 2], 16) / 255) for i in (0, 2, 4)]
    m = CVD[vision]
    r, g, b = (min(1.0, max(0.0, sum(m[row][k] * rgb[k] for k in range(3)))) for row in range(3))
    x, y, z = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, \
        (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t):
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116
    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


@pytest.mark.parametrize("vision", sorted(CVD))
def test_hedge_key_colours_stay_apart_for_colour_blind_readers(vision):
    # CIE76 colour difference between the backgrounds of every two categories of lesson 03's key.
    def delta(a, b):
        return sum((p - q) ** 2 for p, q in zip(_lab(a, vision), _lab(b, vision))) ** 0.5
    worst = min((delta(style_for(a).tint, style_for(b).tint), a, b) for a, b in combinations(HEDGE_CATEGORIES, 2))
    assert worst[0] >= 10, f"{worst[1]} and {worst[2]} look alike ({vision}: ΔE {worst[0]:.1f})"


def test_hedge_key_has_non_colour_cues():
    looks = {(style_for(c).underline, style_for(c).boxed, style_for(c).tag) for c in HEDGE_CATEGORIES}
    assert len(looks) == len(HEDGE_CATEGORIES)
    assert all(style_for(c).boxed for c in ("certainty", "intensifier"))
    assert not any(style_for(c).boxed for c in HEDGE_CATEGORIES[:7])
    assert "border:1.5px solid" in style_for("certainty").css() and "border:" not in style_for("modal").css()


def test_certainty_dial_scale_reaches_the_score():
    def find(t):
        return [Hedge(m.group(), m.start(), m.end(), "booster", "certainty", "")
                for m in re.finditer(r"\b(surely|clearly|certainly|definitely|must)\b", t)]
    v = certainty_dial("It must surely, clearly, certainly work.", find=find, lexicon=[])
    out = v.output_html.value
    cells = re.findall(r'class="ml-scale-cell( ml-scale-here)?"[^>]*>([^<]*)<', out)
    values = [int(t.replace("▼", "").strip()) for _, t in cells]
    assert "Claim strength: <b>+4</b>" in out and max(values) == 4 and min(values) == -3
    assert [t for here, t in cells if here] == ["▼ +4"]


# --- 5. figures have alt text ---------------------------------------------------------------------

@pytest.mark.parametrize("plot,takeaway,args", [
    ("plot_voice", "takeaway_voice", "article"),
    ("plot_hedges_per_paragraph", "takeaway_hedges_per_paragraph", "article"),
    ("plot_readability_by_block", "takeaway_readability_by_block", "article"),
    ("plot_block_mix", "takeaway_block_mix", "article"),
    ("plot_sentence_lengths", "takeaway_sentence_lengths", "body"),
])
def test_every_figure_is_shown_as_an_img_whose_alt_is_its_takeaway(plot, takeaway, args, monkeypatch):
    art = load_article(ARTICLES[0])
    arg = art if args == "article" else art.body
    fig = getattr(plots, plot)(arg)
    expected = getattr(plots, takeaway)(arg)
    assert fig.alt_text == expected
    shown = []
    import IPython.display
    monkeypatch.setattr(IPython.display, "display", lambda obj, raw=False: shown.append((obj, raw)))
    fig._ipython_display_()
    (bundle, raw), = shown
    assert raw and set(bundle) == {"text/html", "text/plain"}  # no bare image/png beside it
    img = bundle["text/html"]
    alt = re.search(r'<img alt="([^"]*)"', img).group(1)
    assert unescape(alt) == expected and 'src="data:image/png;base64,' in img


def test_source_mix_and_timeline_figures_have_alt_text():
    art = load_article(ARTICLES[0])
    sources = medialit.find_sources(art)
    assert plots.plot_source_mix(sources).alt_text == plots.takeaway_source_mix(sources)
    assert plots.plot_timeline([]).alt_text == plots.takeaway_timeline([])
