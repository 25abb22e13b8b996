"""Highlighted HTML is safe (escaped), accessible (contrast, underline, tag, listing) and faithful to the spans."""

from html.parser import HTMLParser
from pathlib import Path

import pytest

from medialit import load_article
from medialit.analysis.attribution import Attribution
from medialit.analysis.hedges import Hedge
from medialit.views.highlight import (Span, article_blocks_html, as_spans, highlight_html, legend_html,
                                listing_items, listing_text)
from medialit.views.palette import (FAMILIES, OKABE_ITO, TOL_LIGHT, UNDERLINES, all_styles, contrast_ratio, relative_luminance,
                              slugify, style_for, tint)
from medialit.analysis.quotes import Quote
from medialit.analysis.sources import Source

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "putin-istanbul-talks-2025.txt"
VOID = {"br", "img", "hr", "meta", "input"}


class _Tree(HTMLParser):
    """Collects marks (label, text inside) and checks that every tag is closed in order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.marks, self.errors, self.text = [], [], [], []
        self._open_marks = []
        self._in_tag = 0  # inside a visible category tag (<sup class="ml-tag">), not article text

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        self.stack.append(tag)
        if tag == "sup" and ("class", "ml-tag") in attrs:
            self._in_tag += 1
        if tag == "mark":
            self._open_marks.append([dict(attrs), ""])

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()
        if tag == "sup" and self._in_tag:
            self._in_tag -= 1
        if tag == "mark":
            attrs, inside = self._open_marks.pop()
            self.marks.append((attrs, inside))

    def handle_data(self, data):
        if self._in_tag:
            return
        self.text.append(data)
        for m in self._open_marks:
            m[1] += data


def parse(html_text):
    t = _Tree()
    t.feed(html_text)
    t.close()
    assert not t.errors and not t.stack, (t.errors, t.stack)
    return t


# --- palette -----------------------------------------------------------------------

def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#000") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    # The grey WebAIM cites as the lightest passing AA on white (4.54:1), and one just below.
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#FFFFFF") < 4.5
    assert relative_luminance("#FF0000") == pytest.approx(0.2126)


@pytest.mark.parametrize("style", all_styles(), ids=lambda s: s.category)
def test_every_highlight_style_passes_wcag_aa(style):
    assert contrast_ratio(style.text, style.tint) >= 4.5
    assert contrast_ratio(style.line, style.tint) >= 3.0  # the underline is visible on its tint
    assert style.underline in UNDERLINES and style.tag.strip()
    assert style.colour in OKABE_ITO.values() or style.colour in TOL_LIGHT.values()


def test_unknown_categories_get_stable_accessible_styles():
    for name in ("rumour", "expert opinion", "x" * 40):
        s = style_for(name)
        assert s == style_for(name) and contrast_ratio(s.text, s.tint) >= 4.5
        assert len(s.tag) <= 14


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_categories_in_one_view_never_differ_by_colour_alone(family):
    styles = [style_for(c) for c in FAMILIES[family]]
    looks = [(s.colour, s.underline) for s in styles]
    assert len(set(looks)) == len(looks), "two categories share colour and underline"
    tags = [s.tag for s in styles]
    assert len(set(tags)) == len(tags), "two categories share a visible tag"
    assert len({s.hatch for s in styles} | {s.underline for s in styles}) >= 2


def test_tint_and_slug():
    assert tint("#FFFFFF", 0.5) == "#FFFFFF"
    assert slugify("agentless attribution") == "agentless-attribution"
    assert slugify("<script>") == "script"


# --- highlight_html ------------------------------------------------------------------

EVIL = 'Intro <script>alert("x")</script> & \'single\' "double" <b>bold</b>\nSecond line may <i>vary</i>.'


def test_every_piece_of_text_is_escaped():
    s = EVIL.index("<script>")
    spans = [(s, s + len('<script>alert("x")</script>'), "modal", 'tip with "quotes" & <tags>'),
             (EVIL.index("may"), EVIL.index("may") + 3, "possibility")]
    out = highlight_html(EVIL, spans)
    assert "<script" not in out and "<b>bold" not in out and "<i>vary" not in out
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in out
    assert "&amp;" in out and "&#x27;single&#x27;" in out
    assert 'title="modal: tip with &quot;quotes&quot; &amp; &lt;tags&gt;"' in out
    tree = parse(out)
    # The parsed text of the view contains the original text, character for character.
    assert EVIL in "".join(tree.text)
    assert [m[1] for m in tree.marks] == ['<script>alert("x")</script>', "may"]


def test_marks_carry_class_label_title_style_and_a_visible_tag():
    text = "Prices might rise."
    out = highlight_html(text, [(7, 12, "modal", "a possibility, not a fact")])
    assert '<mark class="ml-mark ml-modal" data-label="modal" title="modal: a possibility, not a fact"' in out
    st = style_for("modal")
    assert f"background:{st.tint}" in out and "color:#111111" in out and f"underline {st.underline}" in out
    assert f">[{st.tag}]</sup>" in out
    assert "white-space:pre-wrap" in out


def test_line_breaks_are_kept():
    text = "First paragraph.\n\nSecond paragraph may follow."
    out = highlight_html(text, [(text.index("may"), text.index("may") + 3, "modal")], legend=False, listing=False)
    assert "First paragraph.\n\nSecond paragraph" in out and "white-space:pre-wrap" in out


def test_nested_spans_are_both_marked_and_partial_overlaps_are_listed_not_marked():
    text = "reports indicated that the fighting continued"
    spans = [(0, 17, "vague attribution", "who reported?"), (8, 17, "cue"), (12, 26, "certainty")]
    out = highlight_html(text, spans)
    marks = parse(out).marks
    assert sorted(m[0]["data-label"] for m in marks) == ["cue", "vague attribution"]
    inner = next(m for m in marks if m[0]["data-label"] == "cue")
    assert inner[1] == "indicated"
    items = listing_items(text, spans)
    assert len(items) == 3 and "listed but not marked" in items[2] and '"cated that the" — certainty' in items[2]
    # The legend still counts the span that could not be marked.
    assert 'data-label="certainty" data-count="1"' in out


def test_earlier_then_longer_span_wins_on_equal_start():
    text = "a degree of hope"
    out = highlight_html(text, [(0, 8, "approximator"), (0, 11, "approximator")], legend=False, listing=False)
    marks = parse(out).marks
    assert [m[1] for m in marks] == ["a degree", "a degree of"]  # the shorter nests inside the longer


def test_legend_counts_every_category_and_hidden_categories_keep_their_count():
    text = "It may, might or could rain, certainly."
    spans = [(3, 6, "modal"), (8, 13, "modal"), (17, 22, "modal"), (29, 38, "certainty")]
    out = highlight_html(text, spans, hidden=["modal"])
    assert 'data-label="modal" data-count="3"' in out and "(hidden)" in out
    assert 'data-label="certainty" data-count="1"' in out
    assert [m[0]["data-label"] for m in parse(out).marks] == ["certainty"]
    assert "3 highlighted" not in out and "1 highlighted phrases" in out


def test_listing_gives_phrase_category_why_and_line():
    text = "Line one.\nLine two may vary.\nLine three is certainly fine."
    spans = [Span(text.index("may"), text.index("may") + 3, "modal", "only a possibility"),
             Span(text.index("certainly"), text.index("certainly") + 9, "certainty", "sounds sure")]
    assert listing_text(text, spans).splitlines() == [
        '1. "may" — modal — only a possibility — line 2',
        '2. "certainly" — certainty — sounds sure — line 3',
    ]
    out = highlight_html(text, spans)
    assert "<details" in out and "for screen readers" in out
    assert "<li>&quot;may&quot; — modal — only a possibility — line 2</li>" in out
    assert listing_text(text, []) == "Nothing is highlighted."


def test_only_marked_lines_shows_context_with_line_numbers():
    text = "Alpha line.\nBeta mentions Ann Lee.\nGamma line.\nDelta: Ann Lee again."
    spans = [(text.index("Ann"), text.index("Ann") + 7, "named person"),
             (text.rindex("Ann"), text.rindex("Ann") + 7, "named person")]
    out = highlight_html(text, spans, only_marked_lines=True)
    assert "[line 2]" in out and "[line 4]" in out
    assert "Alpha" not in out and "Gamma" not in out
    assert len(parse(out).marks) == 2


def test_spans_outside_the_text_or_empty_are_ignored():
    out = highlight_html("short", [(2, 2, "modal"), (3, 99, "modal"), (-1, 2, "modal")])
    assert "<mark" not in out and "nothing found" in out


def test_as_spans_reads_the_finders_dataclasses():
    text = "Ann Lee claimed: “We won.” It is noted that rain may fall."
    att = Attribution("Ann Lee", "named person", "claimed", True, 8, 15, "loaded", 0, 7, "suggests doubt")
    i = text.index("It is")
    agentless = Attribution(None, "agentless", "It is noted", False, i, i + 11, "neutral", None, None, "")
    quote = Quote("We won.", 18, 25, "Ann Lee", "claimed")
    hedge = Hedge("may", text.index("may"), text.index("may") + 3, "hedge", "modal", "a possibility")
    source = Source("Ann Lee", "named person", "mayor", ((0, 7),), True)
    spans = as_spans([att, agentless, quote, hedge, source])
    got = [(text[s.start:s.end], s.label) for s in spans]
    assert got == [("Ann Lee", "source"), ("claimed", "loaded cue"), ("It is noted", "no source"),
                   ("We won.", "quote"), ("may", "modal"), ("Ann Lee", "named person")]
    assert "loaded verb: suggests doubt" in spans[1].tooltip and "mayor" in spans[-1].tooltip
    with pytest.raises(TypeError):
        as_spans([object()])


def test_legend_html_escapes_labels():
    out = legend_html({"<img src=x>": 2})
    assert "<img" not in out and "&lt;img src=x&gt;" in out


# --- article_blocks_html -------------------------------------------------------------

def test_seed_blocks_are_each_labelled_with_visible_text():
    art = load_article(SEED)
    out = article_blocks_html(art)
    parse(out)
    for b in art.blocks:
        assert f"{style_for(b.kind).tag} · line {b.line}</span>" in out
    assert out.count('class="ml-block ') == len(art.blocks)
    # Captions mark their credit; the empty line says what invisible character it holds.
    assert out.count('data-label="credit"') == sum(1 for b in art.blocks if b.credit)
    assert "U+00A0" in out


def test_block_view_can_highlight_one_kind_and_keeps_every_label():
    art = load_article(SEED)
    out = article_blocks_html(art, highlight={"caption"})
    assert out.count(" ml-on\"") == sum(1 for b in art.blocks if b.kind == "caption")
    assert "HEADLINE · line 1" in out


def test_block_view_escapes_article_text():
    art = load_article("Headline <b>here</b>\n\nBody with <script>x</script> & more.")
    out = article_blocks_html(art)
    assert "<script>" not in out and "&lt;script&gt;x&lt;/script&gt;" in out and "&amp; more" in out


def test_the_same_phrase_with_the_same_label_is_marked_once_with_both_reasons():
    text = "Ann Lee said yes and warned no."
    spans = [(0, 7, "source", "said"), (0, 7, "source", "warned"), (0, 7, "named person", "a person")]
    out = highlight_html(text, spans)
    got = sorted(m[0]["data-label"] for m in parse(out).marks)
    assert got == ["named person", "source"]
    assert 'title="source: said; warned"' in out and 'data-label="source" data-count="1"' in out
    assert len(listing_items(text, spans)) == 2


from hypothesis import given, settings, strategies as st  # noqa: E402

_LABELS = st.sampled_from(["modal", "source", "cue", "unnamed", "<b>odd</b>", "<script>x", "a \"quoted\" label"])


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80),
       raw=st.lists(st.tuples(st.integers(-3, 90), st.integers(-3, 90), _LABELS, st.text(max_size=12)), max_size=8),
    # (spans may fall outside the text, be empty, nest, overlap or repeat)
       hidden=st.lists(_LABELS, max_size=2))
def test_any_text_and_spans_give_well_formed_html_that_keeps_the_text(text, raw, hidden):
    spans = [(min(a, b), max(a, b), label, tip) for a, b, label, tip in raw]
    out = highlight_html(text, spans, hidden=hidden)
    tree = parse(out)
    assert text in "".join(tree.text)  # the article text survives whole, character for character
    assert "<script" not in out.lower() and "<b>odd" not in out
    listing_text(text, spans, hidden)
