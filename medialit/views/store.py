"""A learner's answers on disk: written as each check runs, read back by the Setup cell.

One JSON file per exercise notebook and learner, next to the notebook
(``02-attribution-my-answers.json``, or ``02-attribution-my-answers-sam-lee.json``
when the learner typed a name), plus the same content as readable Markdown.
The JSON has a versioned schema (``SCHEMA``) so that a teacher's overview can
read the files of a whole class.

Three rules keep work safe:

- every write is atomic (a temporary file, then ``os.replace``), so a crash
  never leaves half a file;
- a write merges with what the file already holds, so a task answered in
  another kernel (or before a restart) is never dropped, and the previous
  version is kept beside it as ``.bak``;
- only ``clear()`` (the "start again" button, after a confirmation) removes
  answers, and even then the old file stays as ``.bak``.

``MEDIALIT_ANSWERS_DIR`` (an environment variable) moves the files elsewhere:
the test suite uses it so that running the solution notebooks writes nothing
into the checkout.

>>> import tempfile
>>> folder = tempfile.mkdtemp()
>>> store = AnswerStore("02-attribution", folder, learner="Sam Lee!")
>>> store.path.name
'02-attribution-my-answers-Sam-Lee.json'
>>> store.record("Task 1", "correct", "All 4 found.", ["said"])
>>> AnswerStore("02-attribution", folder).tasks["Task 1"]["answer"]
['said']
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
from datetime import date, datetime, timezone
from pathlib import Path

#: The schema of the JSON file; bump the number when a field changes meaning.
SCHEMA = "medialit-answers/1"
#: Environment variable: a folder for the answer files instead of the notebook's own.
ANSWERS_DIR_ENV = "MEDIALIT_ANSWERS_DIR"
SUFFIX = "-my-answers"


def safe_name(name: object, limit: int = 40) -> str:
    """A learner's name made safe for a file name: letters, digits and hyphens only.

    >>> safe_name("  Zoë O'Brien / 9B "), safe_name("../../etc"), safe_name("")
    ('Zoe-O-Brien-9B', 'etc', '')
    """
    text = unicodedata.normalize("NFKD", str(name or ""))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")
    return text[:limit].strip("-")


def answers_folder(default: str | Path = ".") -> Path:
    """Where answer files go: ``$MEDIALIT_ANSWERS_DIR`` if set, else ``default`` (the notebook's folder)."""
    env = os.environ.get(ANSWERS_DIR_ENV, "").strip()
    return Path(env) if env else Path(default)


def text_hash(text: str) -> str:
    """The sha256 of an article's text, so a teacher can tell which article an answer is about.

    >>> text_hash("abc")[:12]
    'ba7816bf8f01'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def to_json(value: object) -> object:
    """An answer as JSON: dates become ISO text, ``...`` becomes None, anything unknown its repr.

    >>> to_json({"a": (date(2025, 5, 1), ...), "b": 1.5})
    {'a': ['2025-05-01', None], 'b': 1.5}
    """
    if value is ... or value is None or isinstance(value, (bool, int, float, str)):
        return None if value is ... else value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [to_json(v) for v in value]
    return repr(value)


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _read(path: Path) -> dict:
    """The JSON content of an answers file, or an empty record if it is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and data.get("schema") == SCHEMA else {}


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class AnswerStore:
    """The answers file of one exercise notebook (and one learner); see the module's docstring."""

    def __init__(self, notebook: str, folder: str | Path | None = None, learner: str | None = None,
                 article_title: str = "", article_sha256: str = "") -> None:
        self.notebook = notebook
        self.folder = answers_folder(".") if folder is None else Path(folder)
        if learner is None:  # typed once: reuse the name of this learner's latest file here
            learner = self._latest_learner()
        self.learner = str(learner).strip()
        self.article_title, self.article_sha256 = article_title, article_sha256
        self.tasks: dict[str, dict] = dict(_read(self.path).get("tasks", {}))
        self.written: dict[str, dict] = dict(_read(self.path).get("written_answers", {}))
        self.trust: dict[str, object] = dict(_read(self.path).get("trust_ratings", {}))

    @property
    def path(self) -> Path:
        tail = f"-{safe_name(self.learner)}" if safe_name(self.learner) else ""
        return self.folder / f"{self.notebook}{SUFFIX}{tail}.json"

    def _latest_learner(self) -> str:
        """The learner name in the most recently written answers file in the folder (any exercise)."""
        files = sorted(self.folder.glob(f"*{SUFFIX}*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        own = [p for p in files if p.name.startswith(self.notebook)]
        for path in own + files:
            data = _read(path)
            if data:
                return str(data.get("learner") or "")
        return ""

    # --- what the file holds -------------------------------------------------

    def content(self) -> dict:
        """Everything this store knows, as the JSON document (schema, notebook, article, learner, tasks)."""
        return {"schema": SCHEMA, "notebook": self.notebook, "article_title": self.article_title,
                "article_sha256": self.article_sha256, "learner": self.learner, "saved_at": _now(),
                "tasks": self.tasks, "written_answers": self.written, "trust_ratings": self.trust}

    def record(self, task: str, status: str, message: str, answer: object, kind: str = "auto",
               reason: str = "", check: str = "") -> None:
        """Keep one check's answer, result, kind (auto, written, judgement) and reason; write the file at once.

        ``check`` names the check that ran (e.g. ``neutral_or_loaded``), so a menu
        widget is refilled from its own task's answer after a restart.
        """
        self.tasks[task] = {"answer": to_json(answer), "status": status, "message": message, "kind": kind,
                            "reason": reason, "checked_at": _now()}
        if check:
            self.tasks[task]["check"] = check
        self.write()

    def record_written(self, label: str, text: str) -> None:
        """Keep a free-text answer (e.g. a Markdown answer cell), and write the file."""
        self.written[label] = {"text": text, "saved_at": _now()}
        self.write()

    def record_trust(self, which: str, rating: int, reasons: str = "") -> None:
        """Keep a trust rating (lesson 00's prediction, lesson 05's verdict), and write the file."""
        self.trust[which] = {"rating": rating, "reasons": reasons, "saved_at": _now()}
        self.write()

    def rename(self, learner: str) -> Path:
        """Use a (new) learner name: the answers move to the file carrying it; the old file becomes ``.bak``."""
        old = self.path
        self.learner = str(learner or "").strip()
        if old != self.path:
            self.write()
            for stale in (old, old.with_suffix(".md")):  # the files under the old name become backups
                if stale.exists():
                    os.replace(stale, stale.with_name(stale.name + ".bak"))
        return self.path

    # --- writing -------------------------------------------------------------

    def _merge_from_disk(self) -> None:
        """Tasks, written answers and ratings the file holds but this store does not are kept (never lost)."""
        disk = _read(self.path)
        for mine, theirs in ((self.tasks, disk.get("tasks", {})), (self.written, disk.get("written_answers", {})),
                             (self.trust, disk.get("trust_ratings", {}))):
            for key, value in theirs.items():
                mine.setdefault(key, value)

    def write(self) -> Path:
        """Merge with the file on disk, keep its previous version as ``.bak``, write JSON and Markdown atomically."""
        self._merge_from_disk()
        path = self.path
        if path.exists():
            write_atomic(path.with_name(path.name + ".bak"), path.read_text(encoding="utf-8"))
        write_atomic(path, json.dumps(self.content(), indent=1, ensure_ascii=False) + "\n")
        write_atomic(path.with_suffix(".md"), self.markdown())
        return path

    def clear(self) -> None:
        """Start again: forget every answer (the old file stays beside it as ``.bak``)."""
        path = self.path
        if path.exists():
            os.replace(path, path.with_name(path.name + ".bak"))
        self.tasks, self.written, self.trust = {}, {}, {}
        write_atomic(path, json.dumps(self.content(), indent=1, ensure_ascii=False) + "\n")
        write_atomic(path.with_suffix(".md"), self.markdown())

    def markdown(self) -> str:
        """The same content, readable: one section per task, then the written answers and ratings."""
        who = f" — {self.learner}" if self.learner else ""
        lines = [f"# My answers: {self.notebook}{who}", "", f"Article: {self.article_title or '(untitled)'}",
                 f"Saved {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC.", ""]
        for task, rec in self.tasks.items():
            lines += [f"## {task}", "", f"- Result: {rec.get('status')}. {rec.get('message', '')}".rstrip()]
            if rec.get("answer") is not None:
                lines += ["- My answer:", "", "```", show_answer(rec["answer"]), "```"]
            lines.append("")
        for label, rec in self.written.items():
            lines += [f"## Written answer · {label}", "", str(rec.get("text", "")), ""]
        for which, rec in self.trust.items():
            lines += [f"## Trust rating · {which}", "", f"{rec.get('rating')} out of 5. {rec.get('reasons', '')}", ""]
        return "\n".join(lines)


def show_answer(answer: object) -> str:
    """An answer as the learner would have typed it."""
    if isinstance(answer, str):
        return answer
    return json.dumps(answer, ensure_ascii=False)
