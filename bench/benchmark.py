"""Benchmark: how long the toolkit takes on a real article and on a long one.

Run from the repository root::

    python bench/benchmark.py                 # the toolkit: seed and 5k/10k/20k-word articles
    python bench/benchmark.py --widgets       # also: widget updates on the seed
    python bench/benchmark.py --notebooks     # also: each lesson's Run All time vs an import-only floor

It prints medians of several runs. This machine is shared and noisy, so the
figures are for reading, not for asserting in tests.

>>> long = make_long_article("Headline\\n\\nOne short paragraph, she said.", 50)
>>> 50 <= len(long.split()) < 70
True
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Callable

from medialit import find_attributions, find_hedges, find_quotes, find_sources, load_article, readability

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
    args = parser.parse_args(argv)
    print("Toolkit: load + quotes + attributions + hedges + sources + readability (median)")
    rows = bench_toolkit(args.seed)
    for label, words, ms in rows:
        print(f"  {label:<24} {words:>7,} words  {ms:8.1f} ms  ({ms / words * 1000:6.1f} µs/word)")
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
