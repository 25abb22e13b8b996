"""Make the exercise notebooks from the solution notebooks (one source of truth).

Solutions are written once, in ``solutions/``. Inside a code cell, the lines
between ``### BEGIN SOLUTION`` and ``### END SOLUTION`` are the answer; in the
exercise each assignment there becomes ``name = ...  # your answer here``.
Inside a Markdown cell, the text between ``<!-- BEGIN SOLUTION -->`` and
``<!-- END SOLUTION -->`` (a model answer and marking guide) becomes a prompt
to write one's own. Outputs are cleared, so learners start fresh.

Run ``python -m medialit.exercises`` to write ``exercises/`` from
``solutions/``. Notebooks are read, validated and written with ``nbformat``,
in the layout JupyterLab saves, so opening and saving an exercise changes
nothing. It refuses to overwrite an exercise notebook a learner has
edited (its cells differ from what was generated last time) unless you add
``--force``; ``--check`` only reports whether ``exercises/`` is up to date.

>>> strip_code("x = 1\\n### BEGIN SOLUTION\\nanswer = ['a', 'b']\\n### END SOLUTION\\ncheck(answer)")
'x = 1\\nanswer = ...  # ✏️ your answer here\\ncheck(answer)'
"""

from __future__ import annotations

import argparse
import ast
import copy
import hashlib
import re
import sys
from pathlib import Path

import nbformat

BEGIN_CODE, END_CODE = "### BEGIN SOLUTION", "### END SOLUTION"
BEGIN_MD, END_MD = "<!-- BEGIN SOLUTION -->", "<!-- END SOLUTION -->"
MD_PROMPT = "✏️ *Write your answer here (double-click this cell to edit it).*"
_MD_RE = re.compile(re.escape(BEGIN_MD) + r".*?" + re.escape(END_MD), re.S)


class SolutionMarkerError(ValueError):
    """A BEGIN marker without its END marker (or the other way round)."""


def _assigned_names(code: str) -> list[str]:
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return []
    names = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, (ast.AnnAssign, ast.AugAssign)) else []
        for t in targets:
            if isinstance(t, ast.Name) and t.id not in names:
                names.append(t.id)
    return names


def _names_read(code: str) -> set[str]:
    """The names a piece of code reads (loads), e.g. those a check call passes on."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return set(re.findall(r"[A-Za-z_]\w*", code))
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}


def strip_code(source: str) -> str:
    """Replace each solution region of a code cell with blank assignments.

    Only the names the rest of the cell reads get a ``name = ...`` line: a
    helper variable of the model answer (``flags = ...``) would be a line the
    learner fills in and no check ever reads.

    >>> strip_code("### BEGIN SOLUTION\\nhelper = 2\\nanswer = helper * 2\\n### END SOLUTION\\ncheck(answer)")
    'answer = ...  # ✏️ your answer here\\ncheck(answer)'
    """
    lines = source.split("\n")
    out, region, inside = [], [], False
    for i, line in enumerate(lines):
        marker = line.strip()
        if marker == BEGIN_CODE:
            if inside:
                raise SolutionMarkerError("Two BEGIN SOLUTION markers in a row.")
            inside, region = True, []
            indent = line[: len(line) - len(line.lstrip())]
        elif marker == END_CODE:
            if not inside:
                raise SolutionMarkerError("END SOLUTION without BEGIN SOLUTION.")
            inside = False
            later = _names_read("\n".join(l.strip() for l in lines[i + 1:] if l.strip() not in (BEGIN_CODE, END_CODE)))
            names = [n for n in _assigned_names("\n".join(l[len(indent):] for l in region)) if n in later]
            out += [f"{indent}{n} = ...  # ✏️ your answer here" for n in names] or [f"{indent}# ✏️ your code here"]
        elif inside:
            region.append(line)
        else:
            out.append(line)
    if inside:
        raise SolutionMarkerError("BEGIN SOLUTION without END SOLUTION.")
    return "\n".join(out)


def strip_markdown(source: str) -> str:
    """Replace each model answer in a Markdown cell with a prompt.

    >>> strip_markdown("Why?\\n<!-- BEGIN SOLUTION -->\\nBecause.\\n<!-- END SOLUTION -->")
    'Why?\\n✏️ *Write your answer here (double-click this cell to edit it).*'
    """
    if source.count(BEGIN_MD) != source.count(END_MD):
        raise SolutionMarkerError("Unbalanced Markdown solution markers.")
    return _MD_RE.sub(MD_PROMPT, source)


def solution_regions(source: str) -> list[str]:
    """The text of every solution region in a cell (used to test that nothing leaks)."""
    regions = [m.group()[len(BEGIN_MD):-len(END_MD)] for m in _MD_RE.finditer(source)]
    code = re.findall(re.escape(BEGIN_CODE) + r"\n(.*?)\n\s*" + re.escape(END_CODE), source, re.S)
    return [r.strip() for r in regions + code if r.strip()]


def _source(cell: dict) -> str:
    src = cell.get("source", "")
    return "".join(src) if isinstance(src, list) else src


def _label(question: str) -> str:
    """A short label for a written-answer question: its bold words, else its first line.

    >>> _label("**Which label surprised you?** Note one verb...\\n")
    'Which label surprised you?'
    """
    bold = re.search(r"\*\*(.+?)\*\*", question)
    text = bold.group(1) if bold else (question.strip().splitlines() or ["written answer"])[0]
    return text.strip()[:80]


def _fingerprint(nb: dict) -> str:
    """A hash of the cells' sources: what a learner's edits change."""
    joined = "\u241e".join(_source(c) for c in nb.get("cells", []))
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def make_exercise(solution: dict) -> dict:
    """The exercise notebook (as a dict) for a solution notebook (as a dict)."""
    nb = copy.deepcopy(solution)
    seen: dict[str, int] = {}
    for cell in nb["cells"]:
        src = _source(cell)
        if cell["cell_type"] == "code":
            cell["source"] = strip_code(src)
            cell["outputs"] = []
            cell["execution_count"] = None
        elif cell["cell_type"] == "markdown":
            cell["source"] = strip_markdown(src)
            if MD_PROMPT in cell["source"] and BEGIN_MD in src:
                question = cell["source"].split(MD_PROMPT)[0]
                label = _label(question)
                seen[label] = seen.get(label, 0) + 1
                label += f" ({seen[label]})" if seen[label] > 1 else ""
                cell.setdefault("metadata", {})["medialit"] = {"written_answer": label, "question": question}
        cell.get("metadata", {}).pop("execution", None)
    nb.get("metadata", {}).pop("widgets", None)
    nb["metadata"]["medialit"] = {"generated_from": "solutions", "fingerprint": _fingerprint(nb)}
    return nb


def _dump(nb: dict) -> str:
    """The notebook as JupyterLab writes it (nbformat's layout, one line per list item), after validating it."""
    node = nbformat.from_dict(nb)
    nbformat.validate(node)
    text = nbformat.writes(node)
    return text if text.endswith("\n") else text + "\n"


def _read(text: str) -> dict:
    return nbformat.reads(text, as_version=nbformat.NO_CONVERT)


def exercise_text(solution_text: str) -> str:
    """The exercise notebook's file content for a solution notebook's file content (what ``generate`` writes)."""
    return _dump(make_exercise(_read(solution_text)))


def learner_edited(existing: dict) -> bool:
    """True when an exercise notebook's cells differ from what the generator wrote."""
    stamp = existing.get("metadata", {}).get("medialit", {}).get("fingerprint")
    return stamp is None or stamp != _fingerprint(existing)


def generate(solutions: Path, exercises: Path, force: bool = False, check: bool = False) -> list[str]:
    """Write (or, with ``check``, compare) every exercise; returns one message per notebook."""
    messages = []
    for sol_path in sorted(solutions.glob("*.ipynb")):
        target = exercises / sol_path.name
        wanted = exercise_text(sol_path.read_text(encoding="utf-8"))
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current == wanted:
            messages.append(f"up to date: {target}")
        elif current is not None and _dump(_read(current)) == wanted:
            # The same notebook laid out another way (an older generator): what it holds is up to date.
            if not check:
                target.write_text(wanted, encoding="utf-8")
            messages.append(f"up to date: {target}")
        elif check:
            messages.append(f"OUT OF DATE: {target}")
        elif current is not None and learner_edited(_read(current)) and not force:
            messages.append(f"KEPT (edited by a learner; use --force to overwrite): {target}")
        else:
            target.write_text(wanted, encoding="utf-8")
            messages.append(f"written: {target}")
    return messages


def main(argv: list[str] | None = None) -> int:
    """Generate or check exercises/ from the command line; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--solutions", type=Path, default=Path("solutions"))
    parser.add_argument("--exercises", type=Path, default=Path("exercises"))
    parser.add_argument("--force", action="store_true", help="overwrite exercises a learner has edited")
    parser.add_argument("--check", action="store_true", help="only report whether exercises/ is up to date")
    args = parser.parse_args(argv)
    try:
        messages = generate(args.solutions, args.exercises, args.force, args.check)
    except SolutionMarkerError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print("\n".join(messages))
    return 1 if any(m.startswith(("OUT OF DATE", "KEPT")) for m in messages) else 0


if __name__ == "__main__":
    sys.exit(main())
