"""Benchmark: a 2 MB saved web page, loaded and fully analysed (every finder and readability).

Run from the repository root::

    python bench/webpage_bench.py

It builds two 2 MB pages from the invented test page ``big-outlet.html`` and
prints the median of several runs (this machine is shared and noisy: read the
figures, do not assert them):

- "typical": what a browser's "Save page as" writes for a big outlet: a long
  story (about 1,300 words), a few hundred links in menus and lists, and most
  of the weight in inline scripts, JSON state, styles and SVG icons;
- "DOM-heavy": the same story in 2 MB of markup (tens of thousands of list
  items and links), the worst case for the extractor.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from medialit import find_attributions, find_hedges, find_quotes, find_sources, load_article, readability  # noqa: E402
from medialit.analysis.compare import profile  # noqa: E402

PAGE = ROOT / "tests" / "data" / "pages" / "big-outlet.html"
TARGET = 2_000_000


def _story(html: str, times: int) -> str:
    """The page with its article's paragraphs repeated ``times`` times, each copy numbered (a long story)."""
    body_at = html.index('<div class="article-body"')
    paragraphs = re.findall(r"<p>.*?</p>", html[body_at:], re.S)[:6]
    extra = "".join(p.replace("</p>", f" (Part {i}.)</p>") for i in range(2, times + 1) for p in paragraphs)
    first_end = html.index("</p>", body_at) + len("</p>")
    return html[:first_end] + extra + html[first_end:]


def typical_page() -> str:
    html = _story(PAGE.read_text(encoding="utf-8"), 8)
    menu = "<nav class='mega-menu'><ul>" + "".join(f"<li><a href='/section/{i}'>Section {i}</a></li>" for i in range(300)) + "</ul></nav>"
    icons = "".join(f"<svg viewBox='0 0 24 24'><path d='M{i} 0L24 {i}Z'/></svg>" for i in range(200))
    html = html.replace("<main", menu + icons + "<main", 1)
    filler_size = TARGET - len(html.encode()) - 2000
    blob = "x" * max(0, filler_size // 2)
    scripts = f"<script>window.__STATE__={{\"data\":\"{blob}\"}};</script><style>.a{{content:'{blob}'}}</style>"
    return html.replace("</head>", scripts + "</head>", 1)


def dom_heavy_page() -> str:
    html = _story(PAGE.read_text(encoding="utf-8"), 8)
    item = "<li><a href='/more/story'>Another story you may have missed today</a></li>"
    lists = "<section class='more'><ul>" + item * ((TARGET - len(html.encode())) // len(item)) + "</ul></section>"
    return html.replace("</main>", lists + "</main>", 1)


def analyse(page: str) -> None:
    """Everything a lesson does with a page: load it, run every finder, readability and the comparison profile."""
    article = load_article(page)
    find_quotes(article.text)
    find_attributions(article.text)
    find_hedges(article.text)
    find_sources(article)
    readability(article.body)
    profile(article)


def median_ms(page: str, repeat: int = 5) -> float:
    analyse(page.replace("the union said", "the union's leaders said", 1))  # warm-up: imports trafilatura and compiles the word lists
    times = []
    for i in range(repeat):
        start = time.perf_counter()
        # A different article text each run, so that no cache keyed on the text makes a repeat look faster.
        analyse(page.replace("the union said on Tuesday.", f"the union said on Tuesday (run {i}).", 1))
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    for name, page in (("typical", typical_page()), ("DOM-heavy", dom_heavy_page())):
        words = len(load_article(page).body.split())
        print(f"{name:>9} page: {len(page.encode()) / 1e6:.2f} MB, {words} body words: "
              f"loaded and fully analysed in {median_ms(page):.0f} ms (median of 5)")


if __name__ == "__main__":
    main()
