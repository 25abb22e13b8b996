"""Issue 11 §2: lesson 05's "bring your own" offers an optional comparison with a second article.
Nothing a learner types or uploads is lost; a bad article A or B gets one line."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path

import pytest

from medialit import load_article
from medialit.views.widgets import COMPARE_TITLE, bring_your_own

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "tests" / "data" / "pages"
PAIRS = ROOT / "seeds" / "extra" / "pairs"
WIRE = (PAIRS / "fuel-levy-wire.txt").read_text(encoding="utf-8")
BLOG = (PAIRS / "fuel-levy-blog.txt").read_text(encoding="utf-8")


def _upload(control, name: str, data: bytes) -> None:
    control.value = ({"name": name, "type": "text/plain", "size": len(data), "content": memoryview(data),
                      "last_modified": dt.datetime(2026, 5, 19, tzinfo=dt.timezone.utc)},)


def _shown(view) -> str:
    """What the comparison area shows, as text."""
    first = view.controls["compare_output"].children[0]
    value = first.output_html.value if hasattr(first, "output_html") else first.value
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", value)).split())


def _one_line(view) -> str:
    first = view.controls["compare_output"].children[0]
    assert first.value.count('class="ml-message') == 1 and "Traceback" not in first.value
    return _shown(view)


def test_the_comparison_is_a_folded_optional_extension_after_the_card():
    v = bring_your_own(WIRE)
    panel = v.children[-1]
    assert panel.selected_index is None and panel.titles == (COMPARE_TITLE,)
    assert "optional" in COMPARE_TITLE.lower() and v.children.index(v.output_html) < v.children.index(panel)


def test_a_pasted_second_article_is_compared_with_the_first():
    v = bring_your_own(WIRE)
    v.controls["second_text"].value = BLOG
    v.controls["compare"].click()
    shown = _shown(v)
    assert load_article(WIRE).title in shown and load_article(BLOG).title in shown
    assert "Takeaway:" in shown
    assert v.controls["text"].value == WIRE and v.controls["second_text"].value == BLOG


def test_the_first_article_can_be_an_upload_and_the_second_a_saved_page():
    page = PAGES / "big-outlet.html"
    v = bring_your_own("my notes")
    _upload(v.controls["upload"], "wire.txt", WIRE.encode("utf-8"))
    _upload(v.controls["second_upload"], "port.html", page.read_bytes())
    assert "Loaded port.html as B" in _shown(v)
    v.controls["compare"].click()
    shown = _shown(v)
    assert load_article(WIRE).title in shown and load_article(page).title in shown
    assert v.controls["text"].value == "my notes"


@pytest.mark.parametrize("data, needle", [(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"), (b"", "empty")])
def test_a_refused_second_upload_gives_one_line_and_keeps_the_typed_text(data, needle):
    v = bring_your_own(WIRE)
    v.controls["second_text"].value = BLOG
    v.controls["compare"].click()
    assert load_article(BLOG).title in _shown(v)
    _upload(v.controls["second_upload"], "story.pdf", data)
    line = _one_line(v)
    assert line.startswith("Article B, story.pdf:") and needle in line
    v.controls["compare"].click()  # never the earlier comparison
    assert _one_line(v) == line
    assert v.controls["second_text"].value == BLOG and v.controls["text"].value == WIRE
    v.controls["second_text"].value = BLOG + "\n\nOne more line, the blog added."  # the box is B again
    v.controls["compare"].click()
    assert load_article(BLOG).title in _shown(v)


def test_an_empty_second_box_gives_one_line():
    v = bring_your_own(WIRE)
    v.controls["compare"].click()
    assert _one_line(v).startswith("Article B: The article is empty")


def test_a_bad_first_article_gives_one_line_naming_it():
    v = bring_your_own(WIRE)
    _upload(v.controls["upload"], "scan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    v.controls["second_text"].value = BLOG
    v.controls["compare"].click()
    assert _one_line(v).startswith("Article A (above): scan.pdf:")
    assert v.controls["second_text"].value == BLOG


def test_lesson_05_offers_the_extension_in_its_own_words():
    nb = json.loads((ROOT / "notebooks" / "05-capstone.ipynb").read_text(encoding="utf-8"))
    md = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    assert "Extension (optional" in md and "Compare A and B" in md
