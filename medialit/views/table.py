"""A table, and a paragraph, for notebook output that wrap between words, never inside one.

A printed table (``print(f"{a:20} {b:13}")``) is monospaced text: on a
1024-pixel projector at 125 % zoom its lines are longer than the output area,
and the browser breaks them anywhere, even mid-word ("indirec" / "t"). An HTML
table wraps each cell at spaces and keeps its columns. Every cell is escaped.

>>> t = table([("Ann Lee", "said"), ("<b>x</b>", "claimed")], header=("source", "cue"))
>>> "&lt;b&gt;x&lt;/b&gt;</td>" in t._repr_html_() and "<b>" not in t._repr_html_()
True
>>> print(t)
source   cue
Ann Lee  said
<b>x</b> claimed

A long printed sentence (a figure's takeaway) has the same problem: ``paragraph``
shows it as an HTML paragraph, and as lines of at most 76 characters when printed.
"""

from __future__ import annotations

import html
import textwrap
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

_CSS = ("font-family:'DejaVu Sans',Arial,sans-serif;font-size:13px;color:#111;border-collapse:collapse;"
        "margin:4px 0;max-width:100%")
_CELL = "text-align:left;vertical-align:top;padding:2px 10px 2px 0;border-bottom:1px solid #DDDDDD"


@dataclass(frozen=True)
class Table:
    """Rows of cells with a header; shown as an HTML table in a notebook, as aligned text by ``print``."""

    rows: tuple[tuple[str, ...], ...]
    header: tuple[str, ...] = ()
    caption: str = ""

    def _repr_html_(self) -> str:
        cap = (f'<caption style="text-align:left;font-weight:bold">{html.escape(self.caption)}</caption>'
               if self.caption else "")
        head = ("<thead><tr>" + "".join(f'<th scope="col" style="{_CELL}">{html.escape(h)}</th>' for h in self.header)
                + "</tr></thead>") if self.header else ""
        body = "".join("<tr>" + "".join(f'<td style="{_CELL}">{html.escape(c)}</td>' for c in row) + "</tr>"
                       for row in self.rows)
        return f'<table class="ml-table" style="{_CSS}">{cap}{head}<tbody>{body}</tbody></table>'

    def _repr_pretty_(self, printer, cycle: bool) -> None:
        printer.text(str(self))  # the plain-text form, for a terminal or a notebook without HTML

    def __str__(self) -> str:
        lines = ([self.header] if self.header else []) + list(self.rows)
        widths = [max(len(r[i]) for r in lines if i < len(r)) for i in range(max(map(len, lines), default=0))]
        return "\n".join(" ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in lines)


def table(rows: Iterable[Sequence[Any]], header: Sequence[str] = (), caption: str = "") -> Table:
    """A table of ``rows`` (each a sequence of cells, turned into text) under ``header``.

    >>> table([(1, None)], header=("n", "role")).rows
    (('1', '—'),)
    """
    as_text = tuple(tuple("—" if c is None else str(c) for c in row) for row in rows)
    return Table(as_text, tuple(str(h) for h in header), caption)


PRINT_WIDTH = 76  # characters per printed line: fits 1024 px at 125 % zoom with the notebook's margins
_PARAGRAPH_CSS = ("font-family:'DejaVu Sans',Arial,sans-serif;font-size:14px;color:#111;margin:4px 0;"
                  "max-width:100%;overflow-wrap:normal;word-break:normal")


@dataclass(frozen=True)
class Paragraph:
    """A sentence or two for notebook output, after an optional bold label ("Takeaway:")."""

    text: str
    label: str = ""

    def _repr_html_(self) -> str:
        label = f"<strong>{html.escape(self.label)}</strong> " if self.label else ""
        return f'<p class="ml-paragraph" style="{_PARAGRAPH_CSS}">{label}{html.escape(self.text)}</p>'

    def _repr_pretty_(self, printer, cycle: bool) -> None:
        printer.text(str(self))

    def __str__(self) -> str:
        return textwrap.fill(f"{self.label} {self.text}".strip(), PRINT_WIDTH, break_long_words=False,
                             break_on_hyphens=False)


def paragraph(text: Any, label: str = "") -> Paragraph:
    """``text`` as a paragraph that wraps between words, after ``label`` in bold (the label is optional).

    >>> p = paragraph("Five of <9> sources are named, and the other four cannot be checked by a reader.", "Takeaway:")
    >>> print(p)
    Takeaway: Five of <9> sources are named, and the other four cannot be
    checked by a reader.
    >>> p._repr_html_().endswith("<strong>Takeaway:</strong> Five of &lt;9&gt; sources are named, and the other four "
    ...                          "cannot be checked by a reader.</p>")
    True
    """
    return Paragraph(" ".join(str(text).split()), str(label))
