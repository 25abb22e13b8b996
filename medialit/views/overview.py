"""The class overview, shown: upload many answers files, see trust moves, task results and answers side by side.

The reading and summarising is in ``medialit.checks.overview`` (``class_report``);
this module only draws a report it is given, so views never import checks.
Every learner's text is escaped before it is shown.

>>> from types import SimpleNamespace as NS
>>> html_of_skipped([NS(file_name="x.txt", reason="not a JSON file")])
'<p><b>Skipped 1 file:</b></p><ul><li>x.txt — not a JSON file</li></ul>'
"""

from __future__ import annotations

import html
from typing import Callable, Iterable

# Okabe–Ito colours: safe for the common colour-vision deficiencies; the direction is also shown by marker shape.
_LESS, _SAME, _MORE = "#D55E00", "#999999", "#0072B2"


def trust_chart(moves: Iterable) -> "object":
    """A slope chart: each learner's first impression (left) and final verdict (right); returns the figure."""
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots(figsize=(5.5, 3.8))
    counts: dict[tuple[int, int], int] = {}
    for m in moves:
        counts[(m.first, m.final)] = counts.get((m.first, m.final), 0) + 1
    for (first, final), n in counts.items():
        colour, marker = (_LESS, "v") if final < first else (_MORE, "^") if final > first else (_SAME, "o")
        ax.plot([0, 1], [first, final], color=colour, linewidth=1 + 1.5 * n, alpha=0.85)
        ax.plot([1], [final], marker=marker, color=colour, markersize=7)
    ends: dict[int, int] = {}
    for (_, final), n in counts.items():  # one count per final rating, so labels never overprint
        ends[final] = ends.get(final, 0) + n
    for final, n in ends.items():
        ax.annotate(f"{n} learner{'s' if n != 1 else ''}", (1.03, final), va="center", fontsize=9)
    ax.set_xticks([0, 1], ["first impression\n(lesson 00)", "final verdict\n(lesson 05)"])
    ax.set_yticks(range(1, 6))
    ax.set_ylim(0.6, 5.4)
    ax.set_xlim(-0.15, 1.35)
    ax.set_ylabel("trust (1 = not at all, 5 = completely)")
    ax.set_title("How trust moved (line width = number of learners)", fontsize=10)
    fig.tight_layout()
    return fig


def chart_html(moves: Iterable, takeaway: str) -> str:
    """The chart as an <img> with its one-sentence takeaway as alt text and as a caption."""
    import base64
    import io
    import matplotlib.pyplot as plt
    moves = list(moves)
    if not moves:
        return f"<p>{html.escape(takeaway)}</p>"
    fig = trust_chart(moves)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90)
    plt.close(fig)
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    alt = html.escape(takeaway, quote=True)
    return (f'<figure><img src="data:image/png;base64,{data}" alt="{alt}">'
            f"<figcaption>{html.escape(takeaway)}</figcaption></figure>")


def html_of_skipped(skipped: Iterable) -> str:
    """The files that were skipped, each with its one-line reason."""
    skipped = list(skipped)
    if not skipped:
        return ""
    n = len(skipped)
    items = "".join(f"<li>{html.escape(s.file_name)} — {html.escape(s.reason)}</li>" for s in skipped)
    return f"<p><b>Skipped {n} file{'s' if n != 1 else ''}:</b></p><ul>{items}</ul>"


def html_of_tasks(tasks: Iterable) -> str:
    """A table: each task, how many answered, the share right (auto-checked only), the most common wrong answers."""
    rows = []
    for s in tasks:
        share = "—" if s.share_right is None else f"{s.share_right:.0%} ({s.right} of {s.answered})"
        wrong = "; ".join(f"“{html.escape(a[:80])}” ×{n}" for a, n in s.common_wrong) or "—"
        kind = {"auto": "auto-checked", "written": "written", "judgement": "judgement + reason"}.get(s.kind, s.kind)
        rows.append(f"<tr><td>{html.escape(s.notebook)}</td><td>{html.escape(s.task)}</td><td>{kind}</td>"
                    f"<td>{s.answered}</td><td>{share}</td><td>{wrong}</td></tr>")
    head = ("<tr><th>exercise</th><th>task</th><th>kind</th><th>answered</th><th>right</th>"
            "<th>most common wrong answers</th></tr>")
    return f'<table class="ml-overview-tasks">{head}{"".join(rows)}</table>'


def html_of_answers(answers: Iterable[tuple[str, str, str, str]], task: str = "") -> str:
    """Every written answer and judgement (with its reason) for ``task``, side by side; all tasks if empty."""
    rows = [r for r in answers if not task or r[1] == task]
    if not rows:
        return "<p>No written answers or judgements for this task yet.</p>"
    cells = "".join(f"<tr><td>{html.escape(who)}</td><td>{html.escape(t)}</td><td>{html.escape(a)}</td>"
                    f"<td>{html.escape(r)}</td></tr>" for who, t, a, r in rows)
    return ('<table class="ml-overview-answers"><tr><th>learner</th><th>task</th><th>answer</th>'
            f"<th>reason</th></tr>{cells}</table>")


def report_html(report) -> str:
    """The whole overview (without the task filter) as one HTML string."""
    return (f"<h3>{report.n_files} files read from {report.n_learners} learners</h3>"
            + html_of_skipped(report.skipped)
            + "<h4>Trust: first impression and final verdict</h4>" + chart_html(report.moves, report.takeaway)
            + "<h4>Tasks</h4>" + html_of_tasks(report.tasks))


def _uploaded(value: object) -> Iterable[tuple[str, bytes]]:
    """(name, content) of every uploaded file (ipywidgets 8 gives a tuple of dicts)."""
    items = value.values() if isinstance(value, dict) else value  # ipywidgets 7 gave a dict
    for item in items or ():
        name = item.get("name") or item.get("metadata", {}).get("name", "?")
        yield str(name), bytes(item["content"])


def overview_widget(build: Callable[[Iterable[tuple[str, bytes]]], object], report: object = None):
    """Upload many answers files at once; ``build`` turns them into a report (``checks.overview.class_report``).

    ``report`` shows a first report (e.g. of a folder) before any upload.
    """
    import ipywidgets as widgets

    from .toolbox import ToolBox
    upload = widgets.FileUpload(accept=".json", multiple=True, description="Upload answers files",
                                layout=widgets.Layout(width="16em"))
    shown = widgets.HTML()
    task_filter = widgets.Dropdown(description="Task:", options=[("all tasks", "")],
                                   layout=widgets.Layout(width="32em"))
    answers = widgets.HTML()
    state = {"report": report if report is not None else build([])}

    def show_answers(_=None) -> None:
        answers.value = html_of_answers(state["report"].answers, task_filter.value)

    def show(_=None) -> None:
        rep = state["report"]
        shown.value = report_html(rep)
        labels = sorted({row[1] for row in rep.answers})
        task_filter.options = [("all tasks", "")] + [(t, t) for t in labels]
        show_answers()

    def uploaded(_=None) -> None:
        state["report"] = build(_uploaded(upload.value))
        show()

    upload.observe(uploaded, names="value")
    task_filter.observe(show_answers, names="value")
    show()
    return ToolBox([upload, shown, widgets.HTML("<h4>Written answers and reasons, side by side</h4>"),
                         task_filter, answers])
