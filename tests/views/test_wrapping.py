"""Issue 9: what the lessons print fits a 1024-pixel projector at 125 % zoom (about 80 characters a line);
longer text is an HTML table or paragraph, which the browser wraps between words."""

from pathlib import Path

import nbformat
import pytest

import medialit
from medialit.views.table import PRINT_WIDTH, paragraph, table

ROOT = Path(__file__).resolve().parents[2]
LESSONS = sorted((ROOT / "notebooks").glob("*.ipynb"))
MAX_PRINTED = 80
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"


def printed_lines(nb) -> list[str]:
    """Lines shown as monospaced text: streams, and plain-text results with nothing richer beside them."""
    lines = []
    for cell in nb.cells:
        for out in cell.get("outputs", []) if cell.cell_type == "code" else []:
            data = out.get("data", {})
            if out.output_type == "stream":
                lines += out.text.splitlines()
            elif "text/plain" in data and not {"text/html", "image/png", WIDGET_MIME} & set(data):
                lines += data["text/plain"].splitlines()
    return lines


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_no_printed_line_of_a_lesson_is_longer_than_a_projector_shows(path):
    long = [line for line in printed_lines(nbformat.read(path, 4)) if len(line) > MAX_PRINTED]
    assert not long, f"{len(long)} printed lines over {MAX_PRINTED} characters, first: {long[0][:100]!r}"


def test_the_scan_finds_a_long_printed_line():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(outputs=[
        nbformat.v4.new_output("stream", name="stdout", text="x" * 81 + "\nshort\n")])])
    assert printed_lines(nb) == ["x" * 81, "short"]


def test_a_paragraph_wraps_between_words_when_printed_and_escapes_its_html():
    text = "The body holds 462 of the page's 579 words (80%); the other 117 are in <the> headline " * 3
    p = paragraph(text, "Takeaway:")
    lines = str(p).splitlines()
    assert all(len(line) <= PRINT_WIDTH for line in lines) and len(lines) > 2
    assert " ".join(lines) == "Takeaway: " + " ".join(text.split())  # no word cut, nothing lost
    html = p._repr_html_()
    assert "&lt;the&gt;" in html and "<the>" not in html and "<strong>Takeaway:</strong>" in html


def test_a_word_longer_than_a_line_is_not_cut():
    long_word = "https://example.org/" + "a" * 90
    assert long_word in str(paragraph(f"See {long_word} now"))


def test_plain_text_forms_are_the_readable_text_not_a_dataclass_repr():
    from IPython.lib.pretty import pretty

    assert pretty(paragraph("One short line.", "Note:")) == "Note: One short line."
    assert pretty(table([("a", "b")], header=("x", "y"))) == "x y\na b"


def test_the_kit_offers_both_at_the_top():
    assert medialit.paragraph is paragraph and medialit.table is table
