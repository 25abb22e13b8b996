"""Hedge and booster flags by lexicon row and sense rule, pooled over every development set with hedge gold.

    python bench/lexicon_rows.py                 # the row table, then the sense-rule (``when``) table
    python bench/lexicon_rows.py --show "could"  # also every false flag of rows whose phrase is "could", in context
    python bench/lexicon_rows.py --min-false 3   # only rows with at least 3 false flags

Pools ``tests/data/real``, every ``bench/real-news*`` folder (the 48 texts of ``/tmp/rn48`` are ``real-news``,
``-2``, ``-3``, ``-5`` ... ``-9``), the ``bench/invented-news*`` batches (each text once, by file name) and PolNeAR
dev and train where ``bench/polnear-hedges`` holds hand-made hedge gold. Never the held-out set.

A flag is paired with the gold of its kind as ``evaluate.py`` pairs them (one to one, by overlap), so the pooled
true and false counts are the evaluator's. Each flag is put in the lexicon row that made it: the finder's
``_best_match`` and ``_from_attributions`` are wrapped (here only, to measure) to record the spans each made; a flag
the attribution finder made (an unnamed source, an agentless passive such as "is considered") is put under its
category, as it wins over a lexicon match of the same words, and a flag whose span a later step changed (a joined
"some", two anonymity phrases made one) under the row whose ``why`` it carries. For each row the table gives flags, true, false,
precision, and how many texts and sets its flags (and its false flags) come from: a row false in many texts of
many sets is a cause that recurs; one false in a single text is a case.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
import evaluate as ev  # noqa: E402

import medialit  # noqa: E402
from medialit.analysis import hedges as hedges_module  # noqa: E402  (two of its steps are wrapped to record spans)
from medialit.analysis.lexicons import load_lexicon  # noqa: E402


def general_sets() -> list[tuple[str, Path]]:
    folders = [("real", ROOT / "tests/data/real")]
    for path in sorted((ROOT / "bench").glob("real-news*")) + sorted((ROOT / "bench").glob("invented-news*")):
        if path.is_dir() and any(path.glob("*.gold.json")):
            folders.append((path.name.replace("real-news", "rn").replace("invented-news", "inv"), path))
    return folders


def load_docs(polnear: Path | None) -> list[tuple[str, ev.GoldDoc]]:
    """(set, doc) for every text with hedge gold, each text once (by file name)."""
    seen: set[str] = set()
    out = []
    for label, folder in general_sets():
        for doc in ev.load_real(folder):
            if doc.name not in seen:
                seen.add(doc.name)
                out.append((label, doc))
    if polnear:
        for split in ("dev", "train"):
            for doc in ev.load_polnear(polnear, split, ev.HEDGE_GOLD):
                if doc.hedges is not None:
                    out.append((f"polnear-{split}", doc))
    return out


def _recording(record: dict, derived: set):
    """Wrappers of the finder's lexicon match and of its reading of the attribution finder, recording spans."""
    best_match, from_attributions = hedges_module._best_match, hedges_module._from_attributions

    def wrapped_best(text, ws, entries, skip_sources):
        best = best_match(text, ws, entries, skip_sources)
        if best:
            record[(best[0], best[1])] = best[2]
        return best

    def wrapped_derived(text, attributions):
        found = from_attributions(text, attributions)
        derived.update((h.start, h.end) for h in found)
        return found
    return (best_match, from_attributions), (wrapped_best, wrapped_derived)


def _row_of(h, kind: str, record: dict, derived: set, by_why: dict) -> tuple[dict | None, str]:
    """The lexicon row of a flag (or None) and its label. At equal spans the attribution finder's flag wins
    (find_hedges), so a span it made is its flag even where the lexicon matched the same words (its why may still
    be a row's: _lexicon_why). A span no step recorded (changed later) is read by its why."""
    span = (h.start, h.end)
    if span in derived:
        return None, f"{kind}: ({h.category}, from the attribution finder)"
    row = record.get(span)
    rows = by_why.get(h.why, [])
    if row is None and len(rows) == 1:
        row = rows[0]
    if row is None and rows:
        same = [r for r in rows if r["phrase"].lower() == h.phrase.lower()]
        row = same[0] if same else None
    return row, (row_label(row) if row else f"{kind}: ({h.category}, not a lexicon row)")


def row_label(row: dict[str, str]) -> str:
    when = f" [{row['when']}]" if row.get("when") else ""
    return f"{row['kind']}: {row['phrase']}{when}"


def gold_totals(docs) -> collections.Counter:
    """Gold spans by (set, kind): the recall side of the F1 a row's drop would give."""
    totals: collections.Counter = collections.Counter()
    for label, doc in docs:
        totals[(label, "hedge")] += len(doc.hedges)
        totals[(label, "booster")] += len(doc.boosters)
    return totals


def f1(tp: int, fp: int, gold: int) -> float:
    return 2 * tp / (tp + fp + gold) if tp + fp + gold else 0.0


def flags_by_row(docs):
    """One record per flag: (set, doc name, kind, row label, when, true?, context, doubled?): a false flag is
    "doubled" when it overlaps a gold span that another flag already took (two flags in one gold span)."""
    by_why: dict[str, list[dict]] = collections.defaultdict(list)
    for row in load_lexicon("hedges.csv"):
        by_why[row["why"]].append(row)
    record: dict = {}
    derived: set = set()
    originals, wrappers = _recording(record, derived)
    hedges_module._best_match, hedges_module._from_attributions = wrappers
    try:
        out = []
        for label, doc in docs:
            record.clear()
            derived.clear()
            found = medialit.find_hedges(doc.text)
            for kind, gold in (("hedge", doc.hedges), ("booster", doc.boosters)):
                pred = [h for h in found if h.kind == kind]
                paired = {p for _, p in ev.greedy_pairs(gold, [(h.start, h.end) for h in pred], ev.overlap)}
                for i, h in enumerate(pred):
                    row, name = _row_of(h, kind, record, derived, by_why)
                    when = row.get("when", "") if row else ""
                    a, b = h.start, h.end
                    context = (doc.text[max(0, a - 100):a] + "[[" + doc.text[a:b] + "]]"
                               + doc.text[b:b + 60]).replace("\n", " ")
                    doubled = i not in paired and any(ev.overlap(g, (a, b)) for g in gold)
                    out.append((label, doc.name, kind, name, when, i in paired, context, doubled))
        return out
    finally:
        hedges_module._best_match, hedges_module._from_attributions = originals


def table(flags, key, min_false: int, gold: dict[str, int]) -> list[str]:
    """One line per group of flags; "F1 if dropped" is the pooled F1 of the group's kind without its flags
    (``gold``: gold spans by kind over the same texts), against the kind's pooled F1 with them."""
    groups: dict[str, list] = collections.defaultdict(list)
    for f in flags:
        groups[key(f)].append(f)
    now = {kind: (sum(f[5] for f in flags if f[2] == kind), sum(not f[5] for f in flags if f[2] == kind))
           for kind in ("hedge", "booster")}
    lines = ["| row | flags | true | false | P | texts | sets | false texts | false sets | doubled | F1 if dropped |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    ranked = sorted(groups.items(), key=lambda kv: (-sum(not f[5] for f in kv[1]), kv[0]))
    for name, fs in ranked:
        false = [f for f in fs if not f[5]]
        if len(false) < min_false:
            continue
        true = len(fs) - len(false)
        kind = fs[0][2]
        tp, fp = now[kind]
        delta = f1(tp - true, fp - len(false), gold[kind]) - f1(tp, fp, gold[kind])
        lines.append(f"| {name} | {len(fs)} | {true} | {len(false)} | {true / len(fs):.2f} | "
                     f"{len({f[1] for f in fs})} | {len({f[0] for f in fs})} | "
                     f"{len({f[1] for f in false})} | {len({f[0] for f in false})} | {sum(f[7] for f in false)} | {delta:+.4f} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--polnear", type=Path, default=Path("/work/polnear"))
    parser.add_argument("--no-polnear", action="store_true")
    parser.add_argument("--min-false", type=int, default=0)
    parser.add_argument("--show", action="append", default=[], help="a phrase: print its rows' false flags")
    parser.add_argument("--with-true", action="store_true", help="with --show: the true flags too (marked T)")
    parser.add_argument("--general-only", action="store_true", help="leave PolNeAR out of the table")
    args = parser.parse_args(argv)
    docs = load_docs(None if args.no_polnear else args.polnear)
    flags = flags_by_row(docs)
    shown = [f for f in flags if not (args.general_only and f[0].startswith("polnear"))]
    golds = gold_totals(docs)
    gold = {kind: sum(n for (label, k), n in golds.items() if k == kind
                      and not (args.general_only and label.startswith("polnear"))) for kind in ("hedge", "booster")}
    for kind in ("hedge", "booster"):
        mine = [f for f in shown if f[2] == kind]
        t = sum(f[5] for f in mine)
        print(f"{kind}s: {len(mine)} flags, {t} true, {len(mine) - t} false ({sum(f[7] for f in mine)} doubled), "
              f"gold {gold[kind]}, F1 {f1(t, len(mine) - t, gold[kind]):.3f} over {len(docs)} texts")
    print("\n## Rows\n")
    print("\n".join(table(shown, lambda f: f[3], args.min_false, gold)))
    print("\n## Sense rules (the `when` column; rows pooled)\n")
    print("\n".join(table([f for f in shown if f[4]], lambda f: f"{f[2]}: [{f[4]}]", args.min_false, gold)))
    for phrase in args.show:
        print(f"\n## {'Flags' if args.with_true else 'False flags'} of rows '{phrase}'\n")
        for f in shown:
            if (args.with_true or not f[5]) and f[3].split(": ", 1)[1].split(" [")[0].lower() == phrase.lower():
                print(f"{'T' if f[5] else 'F'}\t{f[0]}\t{f[1][:40]}\t{f[3]}{' (doubled)' if f[7] else ''}\t{f[6]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
