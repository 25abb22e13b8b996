"""Does each lesson fit its stated minutes, and is its prose readable for a 15-year-old?

Estimated time = words shown (markdown, and the text of stored outputs) / 175 per minute
+ 4 min per class discussion + 2 min per Try-it + 2 min per widget + 15 s per code cell.
It must not exceed the minutes in the lesson's header ("**Time:** 45 minutes").
Prose: no markdown sentence over 30 words; Flesch-Kincaid grade of the markdown <= 9 (textstat).

    python bench/lesson_fit.py            # prints the table for notebooks/*.ipynb

>>> fit = lesson_fit(Path("notebooks/00-start-here.ipynb"))
>>> fit.stated_minutes > 0
True
"""
from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import nbformat
import textstat

READING_WPM = 175
DISCUSSION_MIN, TRY_IT_MIN, WIDGET_MIN, CODE_CELL_MIN = 4.0, 2.0, 2.0, 0.25
MAX_SENTENCE_WORDS = 30
MAX_GRADE = 9.0
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"

_TIME = re.compile(r"\*\*Time:\*\*\s*(\d+)\s*min", re.I)
_DISCUSSION = re.compile(r"\*\*Discussion\b", re.I)
_TRY_IT = re.compile(r"\*\*Try it\b", re.I)
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.-]*")
# Markdown that is not read as prose: code, links' targets, tables' rules, HTML comments.
_NOT_PROSE = re.compile(r"```.*?```|`[^`]*`|\]\([^)]*\)|<!--.*?-->|^\s*\|?[-:| ]+\|?\s*$", re.S | re.M)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z0-9])|\n\s*\n|\n\s*[-*>] |\n\s*\d+\. |\n#+ |\|")


@dataclass(frozen=True)
class LessonFit:
    """One lesson's time estimate and prose measures."""

    path: Path
    stated_minutes: int
    words_shown: int
    discussions: int
    try_its: int
    widgets: int
    code_cells: int
    estimated_minutes: float
    long_sentences: tuple[str, ...]
    grade: float

    @property
    def fits(self) -> bool:
        return self.estimated_minutes <= self.stated_minutes


def _output_text(output: dict) -> str:
    if output.get("output_type") == "stream":
        return output.get("text", "")
    data = output.get("data", {})
    if "text/html" in data:
        return html.unescape(_TAG.sub(" ", "".join(data["text/html"])))
    if "text/markdown" in data:
        return "".join(data["text/markdown"])
    if "text/plain" in data and WIDGET_MIME not in data and "image/png" not in data:
        return "".join(data["text/plain"])
    return ""


def prose_sentences(markdown: str) -> list[str]:
    """Sentences of a markdown cell as a reader meets them (bullets, table cells and headings end one).

    >>> prose_sentences("One two. Three four!\\n- five six")
    ['One two.', 'Three four!', 'five six']
    """
    text = _NOT_PROSE.sub(" ", markdown)
    text = re.sub(r"[*_>#]+", " ", text)
    return [s.strip() for s in _SENTENCE_END.split(text) if s and _WORD.search(s)]


def lesson_fit(path: Path) -> LessonFit:
    nb = nbformat.read(path, as_version=4)
    header = "".join(c.source for c in nb.cells[:2] if c.cell_type == "markdown")
    stated = int(m.group(1)) if (m := _TIME.search(header)) else 0
    markdown = [c.source for c in nb.cells if c.cell_type == "markdown"]
    outputs = [_output_text(o) for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    words = sum(len(_WORD.findall(t)) for t in markdown + outputs)
    widgets = sum(WIDGET_MIME in o.get("data", {}) for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    code_cells = sum(c.cell_type == "code" for c in nb.cells)
    discussions = sum(len(_DISCUSSION.findall(s)) for s in markdown)
    try_its = sum(len(_TRY_IT.findall(s)) for s in markdown)
    minutes = (words / READING_WPM + DISCUSSION_MIN * discussions + TRY_IT_MIN * try_its
               + WIDGET_MIN * widgets + CODE_CELL_MIN * code_cells)
    sentences = [s for cell in markdown for s in prose_sentences(cell)]
    long = tuple(s for s in sentences if len(_WORD.findall(s)) > MAX_SENTENCE_WORDS)
    grade = textstat.flesch_kincaid_grade(" ".join(sentences)) if sentences else 0.0
    return LessonFit(path, stated, words, discussions, try_its, widgets, code_cells, round(minutes, 1), long, grade)


def main(folder: str = "notebooks") -> int:
    fits = [lesson_fit(p) for p in sorted(Path(folder).glob("[0-9]*.ipynb"))]
    print(f"{'lesson':34} {'stated':>6} {'estim.':>6} {'words':>6} {'disc':>4} {'try':>4} {'widg':>4} {'code':>4} {'>30w':>4} {'FK':>5}")
    for f in fits:
        print(f"{f.path.name:34} {f.stated_minutes:6d} {f.estimated_minutes:6.1f} {f.words_shown:6d} {f.discussions:4d} "
              f"{f.try_its:4d} {f.widgets:4d} {f.code_cells:4d} {len(f.long_sentences):4d} {f.grade:5.1f}"
              f"{'' if f.fits else '  OVER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
