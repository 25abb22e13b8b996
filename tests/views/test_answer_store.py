"""The answers file: written at each check, merged (never shrinks), named after the learner, cleared only on request."""

import json
from pathlib import Path

import nbformat

from medialit import load_article
from medialit.checks import lesson02
from medialit.views.store import SCHEMA, AnswerStore, safe_name
from medialit.checks.written import read_written_answers
from medialit.exercises import MD_PROMPT

ROOT = Path(__file__).resolve().parents[2]
SEED = load_article(ROOT / "seeds" / "putin-istanbul-talks-2025.txt")
REWRITE = ("Ukrainian President Volodymyr Zelenskyy said on Sunday that he supported Putin's proposal but has said "
           "that an immediate and comprehensive ceasefire is essential.")
REWRITE_TASK = "Task 3 · rewrite neutrally"


def test_each_check_is_on_disk_at_once_with_the_schema_fields(tmp_path):
    check = lesson02.Checks(SEED, folder=tmp_path)
    check.neutral_rewrite(REWRITE)
    data = json.loads((tmp_path / "02-attribution-my-answers.json").read_text(encoding="utf-8"))
    assert data["schema"] == SCHEMA and data["notebook"] == "02-attribution"
    assert data["article_title"] == SEED.title and len(data["article_sha256"]) == 64
    task = data["tasks"][REWRITE_TASK]
    assert task["answer"] == REWRITE and task["status"] == "correct" and task["checked_at"]
    assert "trust_ratings" in data and "written_answers" in data and "learner" in data
    assert not list(tmp_path.glob("*.tmp")), "no temporary file is left behind"
    assert "comprehensive ceasefire" in (tmp_path / "02-attribution-my-answers.md").read_text(encoding="utf-8")


def test_a_second_kernel_never_drops_the_first_ones_answers(tmp_path):
    first, second = lesson02.Checks(SEED, folder=tmp_path), lesson02.Checks(SEED, folder=tmp_path)
    first.neutral_rewrite(REWRITE)
    second.explain_source("Nobody is named.")  # this kernel never saw task 3
    tasks = json.loads((tmp_path / "02-attribution-my-answers.json").read_text(encoding="utf-8"))["tasks"]
    assert set(tasks) == {REWRITE_TASK, "Task 5 · who is behind it?"}
    assert (tmp_path / "02-attribution-my-answers.json.bak").exists()


def test_progress_counts_what_is_there(tmp_path):
    check = lesson02.Checks(SEED, folder=tmp_path)
    assert check.progress() == "02-attribution: 0 of 1 auto-checked tasks right · 0 of 1 written answers done · 0 of 4 judgements with reasons · none answered yet."
    check.neutral_rewrite(REWRITE)
    check.explain_source(...)
    assert check.progress() == "02-attribution: 1 of 1 auto-checked tasks right · 0 of 1 written answers done · 0 of 4 judgements with reasons · 5 not answered yet."
    again = lesson02.Checks(SEED, folder=tmp_path)  # the Setup cell, after a restart
    assert again.progress() == check.progress()
    fb = again.neutral_rewrite(...)
    assert fb.correct and "Restored from your saved answers" in fb.message and "comprehensive ceasefire" in fb.message


def test_the_learners_name_names_the_files_and_is_typed_once(tmp_path):
    check = lesson02.Checks(SEED, folder=tmp_path)
    check.neutral_rewrite(REWRITE)
    check.set_learner("Zoë O'Brien/../x")
    assert not (tmp_path / "02-attribution-my-answers.json").exists()
    assert not (tmp_path / "02-attribution-my-answers.md").exists()
    named = tmp_path / "02-attribution-my-answers-Zoe-O-Brien-x.json"
    assert json.loads(named.read_text(encoding="utf-8"))["learner"] == "Zoë O'Brien/../x"
    assert "Task 3" in named.with_suffix(".md").read_text(encoding="utf-8")
    later = AnswerStore("05-capstone", tmp_path)  # another exercise in the same folder
    assert later.learner == "Zoë O'Brien/../x" and later.path.name == "05-capstone-my-answers-Zoe-O-Brien-x.json"
    assert safe_name("   ") == ""


def test_only_start_again_clears_and_keeps_a_backup(tmp_path):
    check = lesson02.Checks(SEED, folder=tmp_path)
    check.neutral_rewrite(REWRITE)
    check.save()
    assert json.loads((tmp_path / "02-attribution-my-answers.json").read_text(encoding="utf-8"))["tasks"]
    check.start_again()
    assert json.loads((tmp_path / "02-attribution-my-answers.json").read_text(encoding="utf-8"))["tasks"] == {}
    backup = json.loads((tmp_path / "02-attribution-my-answers.json.bak").read_text(encoding="utf-8"))
    assert REWRITE_TASK in backup["tasks"]
    assert lesson02.Checks(SEED, folder=tmp_path).neutral_rewrite(...).status == "unanswered"


def test_written_answers_come_from_the_notebooks_text_cells(tmp_path):
    nb = nbformat.read(ROOT / "exercises" / "02-attribution.ipynb", as_version=4)
    asks = [c for c in nb.cells if c.cell_type == "markdown" and c.metadata.get("medialit", {}).get("written_answer")]
    assert len(asks) == 5 and all(MD_PROMPT in c.source for c in asks)
    asks[0].source = asks[0].metadata["medialit"]["question"] + "I disagree about 'stressed': it pushes the point."
    path = tmp_path / "02-attribution.ipynb"
    nbformat.write(nb, path)
    written = read_written_answers(path)
    assert written == {asks[0].metadata["medialit"]["written_answer"]: "I disagree about 'stressed': it pushes the point."}
    check = lesson02.Checks(SEED, folder=tmp_path)
    assert "Included: 1 written answer(s)" in check.save(notebook_file=path)
    assert "it pushes the point" in (tmp_path / "02-attribution-my-answers.md").read_text(encoding="utf-8")


def test_a_list_for_the_menus_is_used_and_other_answers_are_not_silently_ignored(tmp_path):
    check = lesson02.Checks(SEED, folder=tmp_path)
    items = check.tone_items()
    w = check.tone_widget(["neutral"] * len(items))
    assert [d.value for d in w.dropdowns.values()] == ["neutral"] * len(items)
    w2 = lesson02.Checks(SEED, folder=tmp_path / "other").tone_widget("neutral")
    assert "was not used" in w2.note.value


def test_two_menu_widgets_with_the_same_items_each_get_their_own_answer_back(tmp_path):
    from medialit.checks import Feedback

    class TwoTasks(lesson02.Checks):
        def first(self, labels):
            return self._record(Feedback("Task A", "judged", "ok", kind="judgement"), labels)

        def second(self, labels):
            return self._record(Feedback("Task B", "judged", "ok", kind="judgement"), labels)

    items, options = ["said", "warned"], ["neutral", "loaded"]
    check = TwoTasks(SEED, folder=tmp_path)
    a = check.classify(items, options, check.first, answers={"said": "neutral", "warned": "loaded"})
    a.check()
    b = check.classify(items, options, check.second, answers={"said": "loaded", "warned": "loaded"})
    b.check()
    # A restart: a new checker reads the file; each widget gets its own task's labels back.
    again = TwoTasks(SEED, folder=tmp_path)
    assert again.classify(items, options, again.first).labels() == {"said": "neutral", "warned": "loaded"}
    assert again.classify(items, options, again.second).labels() == {"said": "loaded", "warned": "loaded"}
    stored = json.loads(again._store.path.read_text(encoding="utf-8"))["tasks"]
    assert (stored["Task A"]["check"], stored["Task B"]["check"]) == ("first", "second")
