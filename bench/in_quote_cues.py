"""Cues inside direct quotations: what each gold set marks there, and how the kit's in-quote cues score.

    PYTHONPATH=. python bench/in_quote_cues.py --polnear /work/polnear --split train
    PYTHONPATH=. python bench/in_quote_cues.py --real bench/real-news-8 [--real tests/data/real ...]

Written for issue 10 (session 23, nest43), because the two gold sets disagree here: PolNeAR's guidelines annotate
only the outermost attribution ("No nested attributions"), while tests/data/real/GUIDELINES.md counts every cue,
also inside quotations. A cue is "inside" when it lies within a quotation the kit finds (``find_quotes``). Gold
cues inside are split by the quotation's shape: one that fills its paragraph (a quoted excerpt of another text or
a transcript's turn) or one within a paragraph. The kit's in-quote cues are split by the reading that gave them (the
``why``'s opening: the speaker's own view, "I think"; a report the speaker passes on, "officials confirmed that";
or any other) and scored as bench/evaluate.py scores cues (one-to-one, one character of overlap)."""
import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import evaluate  # noqa: E402  (bench/evaluate.py: the loaders and the pairing the scores use)

import medialit  # noqa: E402

_READINGS = (("Inside the quotation: the speaker's own view", "first-person view"),
             ("Inside the quotation: a report", "report passed on"))


def _reading(why: str) -> str:
    return next((name for opening, name in _READINGS if why.startswith(opening)), "other")


def _fills_paragraph(text: str, start: int, end: int) -> bool:
    """Is the quotation (its words at start..end) all its paragraph holds, marks and spaces aside?"""
    a, b = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    b = len(text) if b < 0 else b
    return not text[a:start].strip(" \"'“”‘’«»") and not text[end:b].strip(" \"'“”‘’«».,")


def count_doc(doc, counts: collections.Counter) -> None:
    """Add one document's in-quote gold cues (by quotation shape) and in-quote predictions (by reading)."""
    quotes = [(q.start, q.end) for q in medialit.find_quotes(doc.text)]

    def inside(a: int, b: int) -> tuple[int, int] | None:
        return next(((s, e) for s, e in quotes if s <= a and b <= e), None)

    preds = list({(a.start, a.end): a for a in reversed(medialit.find_attributions(doc.text))}.values())
    pairs = evaluate.greedy_pairs(doc.cues, preds, lambda g, p: evaluate.pieces_overlap(g.pieces, (p.start, p.end)))
    gold_hit, pred_hit = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
    for gi, g in enumerate(doc.cues):
        q = inside(g.pieces[0][0], g.pieces[-1][1])
        if q is not None:
            shape = "quotation fills its paragraph" if _fills_paragraph(doc.text, *q) else "quotation in a paragraph"
            counts[("gold", shape, "found" if gi in gold_hit else "missed")] += 1
    for pi, p in enumerate(preds):
        if inside(p.start, p.end) is not None:
            counts[("kit", _reading(p.why), "right" if pi in pred_hit else "false")] += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--polnear", type=Path, help="a PolNeAR checkout (the folder holding data/)")
    parser.add_argument("--split", default="dev", choices=["train", "dev"], help="PolNeAR split (never test)")
    parser.add_argument("--real", type=Path, action="append", default=[], help="a folder of <slug>.txt + .gold.json")
    args = parser.parse_args(argv)
    sets = [(f"PolNeAR {args.split}", evaluate.load_polnear(args.polnear, args.split))] if args.polnear else []
    sets += [(str(folder), evaluate.load_real(folder)) for folder in args.real]
    if not sets:
        parser.error("give --polnear PATH and/or --real PATH")
    for name, docs in sets:
        counts: collections.Counter = collections.Counter()
        for doc in docs:
            count_doc(doc, counts)
        print(f"{name} ({len(docs)} texts, {sum(len(d.cues) for d in docs)} gold cues)")
        for key in sorted(counts):
            print(f"  {counts[key]:6d}  {' / '.join(key)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
