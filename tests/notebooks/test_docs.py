"""The teacher's documents agree with the lessons as they are.

TEACHERS.md and QUICKSTART.md cite lessons by section ("01b §3", "lesson 02 §7")
and give each section's minutes. Lessons change; these tests fail when a cited
section no longer exists, when a timing table no longer matches a lesson's
header, when a plan's minutes do not add up, or when a relative link is broken.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[2]
TEACHERS = ROOT / "TEACHERS.md"
QUICKSTART = ROOT / "QUICKSTART.md"
DOCS = [TEACHERS, QUICKSTART, ROOT / "README.md", ROOT / "notebooks" / "glossary.md",
        ROOT / "seeds" / "README.md", *sorted((ROOT / "worksheets").glob("*.md"))]

_SECTION = re.compile(r"^##\s+(\d+)\s+·", re.M)
_TIME = re.compile(r"\*\*Time:\*\*\s*(\d+)\s*minutes?\s*—(.*)")
# "01b §3", "lesson 02 §7", "03 setup, §1, §3", "00 §4–§5" (a range is checked at both ends)
_REF = re.compile(r"\b(0[0-5]b?)\b((?:[ ,]+(?:setup|and)?[ ,]*§\d+(?:–§\d+)?)+)")


def _lessons() -> dict[str, Path]:
    return {p.name.split("-")[0]: p for p in sorted((ROOT / "notebooks").glob("*.ipynb"))}


def _sections(path: Path) -> set[int]:
    nb = nbformat.read(path, as_version=4)
    md = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    return {int(n) for n in _SECTION.findall(md)}


def _header(path: Path) -> tuple[int, list[int]]:
    """The stated minutes and each part's minutes, from the lesson's "**Time:**" line."""
    nb = nbformat.read(path, as_version=4)
    match = _TIME.search(nb.cells[0].source)
    assert match, f"{path.name} has no '**Time:** N minutes —' line"
    parts = [int(n) for n in re.findall(r"\(?(\d+)\)?\s*(?:·|$)", match.group(2))]
    return int(match.group(1)), parts


def test_every_cited_section_exists():
    lessons = _lessons()
    missing = []
    for doc in (TEACHERS, QUICKSTART):
        for m in _REF.finditer(doc.read_text(encoding="utf-8")):
            lesson = m.group(1)
            for n in re.findall(r"§(\d+)", m.group(2)):
                if lesson not in lessons or int(n) not in _sections(lessons[lesson]):
                    missing.append(f"{doc.name}: {lesson} §{n} ({m.group(0).strip()!r})")
    assert not missing, missing[:10]


def _timing_tables() -> dict[str, list[list[str]]]:
    """TEACHERS.md's per-lesson timing tables: lesson number -> rows (cells as text)."""
    text = TEACHERS.read_text(encoding="utf-8")
    part = text[text.index("### Timings for every section"):text.index("### If you have more time")]
    tables = {}
    for m in re.finditer(r"\*\*(0[0-5]b?) · [^*]+\*\* \(full: (\d+) minutes\)\n\n((?:\|.*\n)+)", part):
        rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in m.group(3).splitlines()[2:]]
        tables[m.group(1)] = rows
    return tables


def test_timing_tables_match_each_lessons_header():
    tables = _timing_tables()
    lessons = _lessons()
    assert set(tables) == set(lessons) - {"04b"}, sorted(tables)
    for lesson, rows in tables.items():
        stated, parts = _header(lessons[lesson])
        body, total = rows[:-1], rows[-1]
        full = [int(r[1]) for r in body if r[1].isdigit()]
        assert full == parts, f"lesson {lesson}: table {full} but header {parts}"
        assert int(total[1].strip("*")) == stated == sum(parts), f"lesson {lesson}: total"


def test_each_plan_column_adds_up_and_fits():
    tables = _timing_tables()
    plans = {"A": 0, "Core": 0, "B": 0}
    for rows in tables.values():
        for col, plan in ((2, "A"), (3, "Core"), (4, "B")):
            minutes = sum(int(re.match(r"\d+", r[col]).group()) for r in rows[:-1] if re.match(r"\d+", r[col]))
            assert minutes == int(rows[-1][col].strip("*")), f"{plan}: {rows[-1]}"
            plans[plan] += minutes
    assert plans["A"] <= 90 and plans["Core"] <= 45 and plans["B"] <= 4 * 45, plans


def test_lesson_fit_table_states_each_lessons_minutes():
    text = TEACHERS.read_text(encoding="utf-8")
    rows = re.findall(r"^\| (0[0-5]b?) · [^|]+\| (\d+) \| ([\d.]+) \|", text, re.M)
    lessons = _lessons()
    assert {r[0] for r in rows} == set(lessons)
    for lesson, stated, estimate in rows:
        assert int(stated) == _header(lessons[lesson])[0], lesson
        assert float(estimate) <= int(stated), f"lesson {lesson} is shown as overrunning"


def test_quickstart_is_one_page_and_its_plans_add_up():
    text = QUICKSTART.read_text(encoding="utf-8")
    assert len(text.split()) <= 600
    for name, limit in (("Core 45", 45), ("A", 90)):
        row = next(line for line in text.splitlines() if line.startswith(f"| **{name}**"))
        cells = [c.strip() for c in row.strip("|").split("|")]
        minutes = [int(n) for n in re.findall(r"\((\d+)\)", cells[1])]
        assert sum(minutes) == int(cells[2]) <= limit, (name, minutes, cells[2])


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_resolve(doc):
    text = doc.read_text(encoding="utf-8")
    broken = []
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:|#", target):
            continue
        path = (doc.parent / target.split("#")[0]).resolve()
        if not path.exists():
            broken.append(target)
    assert not broken, broken
