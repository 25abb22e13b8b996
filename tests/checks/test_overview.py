"""The class overview: 30 generated learners' files plus bad ones; 200 files all read (their time is a
benchmark figure: bench/benchmark.py, "200 answers files summarised")."""

import json
import random
from datetime import datetime, timezone

from medialit.checks import overview
from medialit.checks.overview import class_report, read_class, task_summaries, trust_moves, trust_takeaway
from medialit.views.store import SCHEMA
from medialit.views import prediction
from medialit.views.overview import html_of_answers, overview_widget, report_html


def learner_files(n: int, seed: int = 7) -> list[tuple[str, bytes]]:
    """For n learners: a lesson-00 file (first impression) and an exercise-05 file (verdict and tasks)."""
    rng = random.Random(seed)
    files = []
    for i in range(n):
        name = f"Learner {i:03d}"
        first = rng.randint(2, 5)
        final = max(1, first - rng.choice([0, 1, 1, 2]))
        start = {"schema": SCHEMA, "notebook": "00-start-here", "learner": name, "tasks": {},
                 "trust_ratings": {overview.FIRST: {"rating": first, "reasons": "sounds calm"}}}
        right = i % 3 != 0
        capstone = {
            "schema": SCHEMA, "notebook": "05-capstone", "learner": name, "article_title": "Talks",
            "article_sha256": "ab" * 32, "saved_at": "2026-12-03T12:00:00+00:00",
            "tasks": {
                "Task 1 · voices": {"answer": 4 if right else 3, "status": "correct" if right else "wrong",
                                    "kind": "auto"},
                "Task 5 · my verdict": {"answer": f"<b>I</b> trust it {final} of 5 because no byline {i}",
                                        "status": "received", "kind": "written"},
                "Task 2 · loaded?": {"answer": {"warned": "loaded because it sounds like a threat"},
                                     "status": "judged", "kind": "judgement", "reason": f"warned: threat {i}"},
            },
            "trust_ratings": {overview.VERDICT: {"rating": final, "reasons": "errors in dates"}},
        }
        files.append((f"00-start-here-my-answers-{i}.json", json.dumps(start).encode()))
        files.append((f"05-capstone-my-answers-{i}.json", json.dumps(capstone).encode()))
    return files


BAD = [
    ("notes.json", b"{not json"),
    ("photo.json", bytes([0xFF, 0xD8, 0xFF])),
    ("other-tool.json", json.dumps({"schema": "something-else/2", "tasks": {}}).encode()),
    ("broken.json", json.dumps({"schema": SCHEMA, "notebook": "05-capstone", "tasks": ["x"]}).encode()),
]


def test_class_of_30_with_bad_and_duplicate_files():
    files = learner_files(30)
    files += BAD + [("copy.json", files[1][1])]
    renamed = json.loads(files[3][1])
    renamed["saved_at"] = "2026-12-03T13:00:00+00:00"
    files.append(("again.json", json.dumps(renamed).encode()))  # same learner and notebook, new content
    data = read_class(files)
    assert len(data.files) == 60
    reasons = {s.file_name: s.reason for s in data.skipped}
    assert reasons["notes.json"] == "not a JSON file" and reasons["photo.json"] == "not a JSON file"
    assert "not a medialit answers file" in reasons["other-tool.json"]
    assert reasons["broken.json"].startswith("damaged")
    assert reasons["copy.json"] == "a duplicate of 05-capstone-my-answers-0.json"
    assert "second file from Learner 001" in reasons["again.json"]
    moves = trust_moves(data)
    assert len(moves) == 30 and all(m.final <= m.first for m in moves)
    assert trust_takeaway(moves).startswith("Of 30 learners, ")
    voices = next(s for s in task_summaries(data) if s.task == "Task 1 · voices")
    assert voices.right == 20 and voices.answered == 30 and voices.common_wrong == (("3", 10),)
    verdicts = next(s for s in task_summaries(data) if s.task == "Task 5 · my verdict")
    assert verdicts.share_right is None  # written answers are never counted as right


def test_report_escapes_learner_text_and_filters_by_task():
    report = class_report(learner_files(5))
    page = html_of_answers(report.answers, "Task 5 · my verdict")
    assert "&lt;b&gt;I&lt;/b&gt;" in page and "<b>I</b>" not in page
    assert "threat 1" not in page  # another task's reasons are filtered out
    assert "threat 1" in html_of_answers(report.answers, "Task 2 · loaded?")
    html = report_html(report)
    assert 'alt="Of 5 learners' in html and "Skipped" not in html


def test_widget_reads_an_upload_of_many_files():
    widget = overview_widget(class_report)
    upload, shown, _, task_filter, answers = widget.children
    files = learner_files(30) + BAD
    upload.value = tuple({"name": n, "content": memoryview(b), "type": "application/json", "size": len(b),
                          "last_modified": datetime.now(timezone.utc)} for n, b in files)
    assert "60 files read from 30 learners" in shown.value and "Skipped 4 files" in shown.value
    task_filter.value = "Task 5 · my verdict"
    assert answers.value.count("<tr>") == 31


def test_rating_names_match_the_prediction_widget():
    assert (overview.FIRST, overview.VERDICT) == (prediction.FIRST, prediction.VERDICT)


def test_200_files_are_all_read_and_summarised():
    data = read_class(learner_files(100))
    assert len(data.files) == 200 and not data.skipped
    assert len(trust_moves(data)) == 100 and task_summaries(data)
