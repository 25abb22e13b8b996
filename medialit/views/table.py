"""A table for notebook output that wraps between words, never inside one.

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
"""

from __future__ import annotations

import html
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
