"""A class overview from many learners' answers files: pure reading and summarising, no widgets.

The teacher collects the ``NN-...-my-answers[-name].json`` files that "Save my
answers" writes (schema ``store.SCHEMA``) and loads them all at once. Files that
are not JSON, not a medialit answers file, or a duplicate of one already read
are listed with a one-line reason and skipped; the rest still counts.

>>> import json
>>> good = {"schema": SCHEMA, "notebook": "02-attribution", "learner": "Sam", "article_title": "T",
...         "article_sha256": "ab", "saved_at": "2026-12-03T12:00:00+00:00",
...         "tasks": {"Task 1": {"answer": ["said"], "status": "correct", "kind": "auto"}}}
>>> data = read_class([("sam.json", json.dumps(good).encode()), ("notes.txt", b"hello"),
...                    ("copy.json", json.dumps(good).encode())])
>>> len(data.files), [s.reason for s in data.skipped]
(1, ['not a JSON file', 'a duplicate of sam.json'])
>>> task_summaries(data)[0].share_right
1.0
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from ..views.store import SCHEMA, SUFFIX

#: The names of the two trust ratings in the answers files (see ``views/prediction.py``).
FIRST = "first impression (lesson 00)"
VERDICT = "verdict (lesson 05)"
MAX_BYTES = 2_000_000  # an answers file is a few kilobytes; anything this big is not one


@dataclass(frozen=True)
class TaskRecord:
    """One learner's latest answer to one task."""

    notebook: str
    task: str
    kind: str      # auto, written or judgement
    status: str    # correct, partial, wrong, received, judged, nudge ...
    answer: str    # as the learner typed it
    reason: str = ""


@dataclass(frozen=True)
class LearnerFile:
    """One answers file that was read."""

    file_name: str
    learner: str
    notebook: str
    article_title: str
    article_sha256: str
    saved_at: str
    tasks: tuple[TaskRecord, ...]
    written: tuple[tuple[str, str], ...]           # (label, text) from the Markdown answer cells
    trust: tuple[tuple[str, int, str], ...]        # (which, rating 1-5, reasons)


@dataclass(frozen=True)
class Skipped:
    file_name: str
    reason: str


@dataclass(frozen=True)
class ClassData:
    files: tuple[LearnerFile, ...]
    skipped: tuple[Skipped, ...]


@dataclass(frozen=True)
class TrustMove:
    """How one learner's trust rating moved from the first impression to the final verdict."""

    learner: str
    first: int
    final: int


@dataclass(frozen=True)
class TaskSummary:
    """One task across the class: how many answered, and for auto-checked tasks the share right."""

    notebook: str
    task: str
    kind: str
    answered: int
    right: int
    common_wrong: tuple[tuple[str, int], ...]  # (answer, how many gave it), most common first

    @property
    def share_right(self) -> float | None:
        return self.right / self.answered if self.kind == "auto" and self.answered else None


def _shown(answer: object) -> str:
    """An answer as text; a list is shown in a fixed order so the same list typed twice counts once."""
    if isinstance(answer, str):
        return answer.strip()
    if isinstance(answer, list):
        return ", ".join(sorted(str(a).strip().lower() for a in answer))
    if isinstance(answer, dict):
        return "; ".join(f"{k}: {v}" for k, v in sorted(answer.items()))
    return "" if answer is None else json.dumps(answer, ensure_ascii=False)


def _rating(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 5 else None


def learner_from_file_name(name: str, notebook: str) -> str:
    """Who an unnamed file belongs to: what the learner added to the file name, else the name itself.

    Without this, one learner's unnamed lesson 00 and lesson 05 files would count as two learners.

    >>> learner_from_file_name("05-capstone-my-answers-Sam Lee.json", "05-capstone")
    'Sam Lee'
    >>> learner_from_file_name("05-capstone-my-answers.json", "05-capstone")
    '05-capstone-my-answers'
    """
    stem = name.rsplit(".", 1)[0]
    added = stem.removeprefix(f"{notebook}{SUFFIX}").strip(" -_()") if notebook else ""
    return added if added and added != stem else stem


def parse_file(name: str, raw: bytes) -> LearnerFile | Skipped:
    """One file, read; or the one-line reason it cannot be used."""
    if len(raw) > MAX_BYTES:
        return Skipped(name, "too big to be an answers file")
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return Skipped(name, "not a JSON file")
    if not isinstance(doc, dict) or doc.get("schema") != SCHEMA:
        return Skipped(name, "not a medialit answers file (no 'medialit-answers/1' schema)")
    tasks, written, trust = doc.get("tasks"), doc.get("written_answers") or {}, doc.get("trust_ratings") or {}
    if not isinstance(tasks, dict) or not isinstance(written, dict) or not isinstance(trust, dict):
        return Skipped(name, "damaged: its tasks are not in the expected form")
    notebook = str(doc.get("notebook") or "")
    records = tuple(TaskRecord(notebook, str(t), str(r.get("kind") or "auto"), str(r.get("status") or ""),
                               _shown(r.get("answer")), str(r.get("reason") or ""))
                    for t, r in tasks.items() if isinstance(r, dict) and r.get("status") not in (None, "unanswered"))
    ratings = tuple((str(w), _rating(r.get("rating")), str(r.get("reasons") or ""))
                    for w, r in trust.items() if isinstance(r, dict) and _rating(r.get("rating")))
    texts = tuple((str(k), str(v.get("text", ""))) for k, v in written.items() if isinstance(v, dict))
    learner = str(doc.get("learner") or "").strip() or learner_from_file_name(name, notebook)
    return LearnerFile(name, learner, notebook, str(doc.get("article_title") or ""),
                       str(doc.get("article_sha256") or ""), str(doc.get("saved_at") or ""), records, texts, ratings)


def read_class(files: Iterable[tuple[str, bytes]]) -> ClassData:
    """Every file (name, content) read; duplicates (same content, or same learner and notebook) skipped."""
    kept: list[LearnerFile] = []
    skipped: list[Skipped] = []
    seen_content: dict[str, str] = {}
    seen_owner: dict[tuple[str, str], str] = {}
    for name, raw in files:
        digest = hashlib.sha256(raw).hexdigest()
        if digest in seen_content:
            skipped.append(Skipped(name, f"a duplicate of {seen_content[digest]}"))
            continue
        parsed = parse_file(name, raw)
        if isinstance(parsed, Skipped):
            skipped.append(parsed)
            continue
        owner = (parsed.learner.lower(), parsed.notebook)
        if owner in seen_owner:
            skipped.append(Skipped(name, f"a second file from {parsed.learner} for {parsed.notebook} "
                                         f"(kept {seen_owner[owner]})"))
            continue
        seen_content[digest], seen_owner[owner] = name, name
        kept.append(parsed)
    return ClassData(tuple(kept), tuple(skipped))


def trust_moves(data: ClassData) -> list[TrustMove]:
    """Each learner with both a first impression and a final verdict, in name order."""
    by_learner: dict[str, dict[str, int]] = {}
    for f in data.files:
        for which, rating, _ in f.trust:
            by_learner.setdefault(f.learner, {})[which] = rating
    return [TrustMove(name, r[FIRST], r[VERDICT]) for name, r in sorted(by_learner.items())
            if FIRST in r and VERDICT in r]


def task_summaries(data: ClassData, top: int = 3) -> list[TaskSummary]:
    """For each task (in notebook order): answers, right answers, and the most common wrong answers."""
    groups: dict[tuple[str, str], list[TaskRecord]] = {}
    for f in data.files:
        for r in f.tasks:
            groups.setdefault((r.notebook, r.task), []).append(r)
    out = []
    for (notebook, task), recs in sorted(groups.items()):
        kind = Counter(r.kind for r in recs).most_common(1)[0][0]
        wrong = Counter(r.answer for r in recs if r.kind == "auto" and r.status in ("wrong", "partial") and r.answer)
        out.append(TaskSummary(notebook, task, kind, len(recs), sum(r.status == "correct" for r in recs),
                               tuple(wrong.most_common(top))))
    return out


def answers_for(data: ClassData, task: str = "") -> list[tuple[str, str, str, str]]:
    """(learner, task, answer, reason) for every written answer and judgement; only ``task`` if given."""
    rows = []
    for f in data.files:
        for r in f.tasks:
            if r.kind in ("written", "judgement") and (not task or r.task == task):
                rows.append((f.learner, r.task, r.answer, r.reason))
        for label, text in f.written:
            if not task or label == task:
                rows.append((f.learner, label, text, ""))
    return sorted(rows, key=lambda row: (row[1], row[0].lower()))


def trust_takeaway(moves: list[TrustMove]) -> str:
    """The chart's one-sentence takeaway (also its alt text).

    >>> trust_takeaway([TrustMove("a", 4, 2), TrustMove("b", 3, 3), TrustMove("c", 2, 3)])
    'Of 3 learners, 1 trusted the article less by the final verdict, 1 the same and 1 more (average 3.0 → 2.7).'
    """
    if not moves:
        return "No learner has both a first impression (lesson 00) and a final verdict (lesson 05) yet."
    down = sum(m.final < m.first for m in moves)
    up = sum(m.final > m.first for m in moves)
    first = sum(m.first for m in moves) / len(moves)
    final = sum(m.final for m in moves) / len(moves)
    return (f"Of {len(moves)} learners, {down} trusted the article less by the final verdict, "
            f"{len(moves) - down - up} the same and {up} more (average {first:.1f} → {final:.1f}).")


@dataclass(frozen=True)
class ClassReport:
    """Everything the overview shows, computed once from the files (the view only draws it)."""

    n_files: int
    n_learners: int
    skipped: tuple[Skipped, ...]
    moves: tuple[TrustMove, ...]
    takeaway: str
    tasks: tuple[TaskSummary, ...]
    answers: tuple[tuple[str, str, str, str], ...]  # (learner, task, answer, reason)


def class_report(files: Iterable[tuple[str, bytes]]) -> ClassReport:
    """Read the files (name, content) and summarise them for the overview.

    >>> class_report([]).takeaway.startswith("No learner")
    True
    """
    data = read_class(files)
    moves = trust_moves(data)
    return ClassReport(len(data.files), len({f.learner.lower() for f in data.files}), data.skipped, tuple(moves),
                       trust_takeaway(moves), tuple(task_summaries(data)), tuple(answers_for(data)))


def read_folder(folder) -> ClassReport:
    """Every ``*.json`` file in a folder, as a class report (for a teacher who copied the files there)."""
    from pathlib import Path
    return class_report((p.name, p.read_bytes()) for p in sorted(Path(folder).glob("*.json")))


def example_class(n: int = 30, seed: int = 7) -> list[tuple[str, bytes]]:
    """Made-up answers files for a class of ``n`` (and 3 bad files), to try the overview before real ones arrive.

    >>> files = example_class(4)
    >>> len(files), class_report(files).n_learners
    (15, 4)
    """
    import random
    rng = random.Random(seed)
    reasons = ["it makes the danger sound real", "wire style uses it for any threat", "it only reports the words",
               "it hints that others disagree", "it names what they did"]
    files = []
    for i in range(n):
        who = f"Learner {i + 1:02d}"
        first = rng.randint(2, 5)
        final = max(1, min(5, first - rng.choice([-1, 0, 1, 1, 2])))
        wrong_voice = rng.random() < 0.3
        label, because = rng.choice(["loaded", "neutral"]), rng.choice(reasons)
        tasks = {
            "Task 6 · the biggest voice": {"answer": "the second speaker" if wrong_voice else "the first speaker", "kind": "auto",
                                          "status": "wrong" if wrong_voice else "correct"},
            "Task 2 · neutral or loaded verbs": {
                "answer": {"warned": f"{label} because {because}"},
                "status": "judged", "kind": "judgement", "reason": f"warned: {because}"},
            "Task 5 · why 'It is noted' matters": {
                "answer": rng.choice(["It names nobody, so I cannot check who noted it or whether they knew.",
                                      "The passive hides the source and makes a disputed claim sound settled."]),
                "status": "received", "kind": "written"},
        }
        doc = {"schema": SCHEMA, "notebook": "02-attribution", "learner": who, "tasks": tasks,
               "trust_ratings": {}}
        start = {"schema": SCHEMA, "notebook": "00-start-here", "learner": who, "tasks": {},
                 "trust_ratings": {FIRST: {"rating": first, "reasons": "it sounds calm"}}}
        end = {"schema": SCHEMA, "notebook": "05-capstone", "learner": who, "tasks": {},
               "trust_ratings": {VERDICT: {"rating": final, "reasons": "no byline, a wrong weekday"}}}
        for d in (start, doc, end):
            files.append((f"{d['notebook']}-my-answers-{who.replace(' ', '-')}.json", json.dumps(d).encode()))
    files += [("homework.json", b"{oops"), ("quiz-export.json", json.dumps({"format": "other"}).encode()),
              (files[1][0].replace(".json", " (1).json"), files[1][1])]
    return files
