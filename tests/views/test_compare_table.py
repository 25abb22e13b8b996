"""The comparison table of lesson 05: every row comes from medialit.compare, and article text is escaped."""
from pathlib import Path

from medialit import compare, load_article
from medialit.views.compare_table import NOT_GIVEN, comparison_rows, comparison_table_html, show_comparison

PAIRS = Path(__file__).resolve().parents[2] / "seeds" / "extra" / "pairs"


def _pair(stem_a: str, stem_b: str):
    return load_article(PAIRS / f"{stem_a}.txt"), load_article(PAIRS / f"{stem_b}.txt")


def test_rows_show_what_compare_measured_on_a_practice_pair():
    wire, blog = _pair("fuel-levy-wire", "fuel-levy-blog")
    c = compare(wire, blog)
    rows = {name: (a, b) for name, a, b in comparison_rows(c)}
    assert rows["Headline"] == (wire.title, blog.title)
    assert rows["Loaded reporting verbs"][1] == ", ".join(c.b.loaded_verbs)
    assert c.b.loaded_verbs and rows["Loaded reporting verbs"][1] != "none"
    assert rows["Hedges / boosters per 100 words"][1].endswith(f"{c.b.boosters_per_100:.1f}")


def test_table_escapes_article_text_and_says_a_flag_is_a_question():
    a = load_article("Dam <script>alert(1)</script> Opens\n\nThe dam opened on Monday, the council said.")
    b = load_article("Dam Opens\n\nThe council admitted the dam \"was clearly ready\".")
    page = comparison_table_html(a, b)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "question for you" in page
    assert page.count("<tr>") == len(comparison_rows(compare(a, b))) + 1


def test_missing_byline_is_said_plainly_and_the_notebook_call_returns_html():
    a, b = _pair("sinkhole-local", "sinkhole-sensational")
    rows = dict((k, (x, y)) for k, x, y in comparison_rows(compare(a, b)))
    assert NOT_GIVEN in rows["Byline, date, outlet"][0] or NOT_GIVEN in rows["Byline, date, outlet"][1]
    assert show_comparison(a, b).data == comparison_table_html(a, b)
