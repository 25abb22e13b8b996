"""Session 34 (real68): regression tests for the causes fixed after the blind batch ``bench/real-news-34``.

Every text here is invented for the test, never taken from an article."""

import importlib.util
import json
import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("bench_evaluate_real68", ROOT / "bench" / "evaluate.py")
ev = importlib.util.module_from_spec(_spec)
sys.modules["bench_evaluate_real68"] = ev
_spec.loader.exec_module(ev)


def _doc(tmp_path, text, quotes, cues):
    """Write an invented text and its gold (offsets filled from phrase and n) and read it as the scorer does."""
    for item in quotes + cues:
        item["start"], item["end"] = ev.find_span(text, item["phrase"], item.get("n", 1))
        if item.get("source_phrase"):
            item["source_start"], item["source_end"] = ev.find_span(text, item["source_phrase"], item["source_n"])
    folder = tmp_path / "set"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(text, encoding="utf-8")
    gold = folder / "a.gold.json"
    gold.write_text(json.dumps({"quotes": quotes, "cues": cues, "hedges": [], "boosters": [], "sources": []}),
                    encoding="utf-8")
    return ev.real_doc(gold)


def _speaker_right(doc, index, speaker):
    gold = doc.quotes[index]
    totals = ev.new_totals()
    ev.score_quotes(doc, [SimpleNamespace(start=gold.start, end=gold.end, speaker=speaker)], totals)
    return totals["speaker"].right == 1


TEXT = ("Harbour Board officials said in a statement that the pier would shut. “We regret the delay,” the statement "
        "said. A report by the Tide Office warned of storms. “Damage is likely,” said Jo Roe.")
QUOTES = [{"phrase": "We regret the delay,", "n": 1, "speaker": "Harbour Board"},
          {"phrase": "Damage is likely,", "n": 1, "speaker": "Jo Roe"}]
CUES = [{"phrase": "said", "n": 1, "source": "Harbour Board", "source_phrase": "Harbour Board officials", "source_n": 1},
        {"phrase": "said", "n": 2, "source": "Harbour Board", "source_phrase": "the statement", "source_n": 1},
        {"phrase": "warned", "n": 1, "source": "Tide Office", "source_phrase": "A report", "source_n": 1}]


def test_a_quote_of_a_body_may_be_credited_to_the_statement_the_gold_ties_to_it(tmp_path):
    """"“...,” the statement said": the quote is the body's and the statement's, as a cue's source already is."""
    doc = _doc(tmp_path, TEXT, [dict(q) for q in QUOTES], [dict(c) for c in CUES])
    assert _speaker_right(doc, 0, "the statement")
    assert _speaker_right(doc, 0, "Harbour Board officials")
    assert not _speaker_right(doc, 0, "the pier")


def test_no_other_document_or_speaker_gains_a_second_name(tmp_path):
    """Only the phrase tied to that very speaker counts: the Tide Office's report is no name for Jo Roe, nor for
    the Harbour Board; a name that merely ends in a document noun ("Economic Research") is no document."""
    doc = _doc(tmp_path, TEXT, [dict(q) for q in QUOTES], [dict(c) for c in CUES])
    assert not _speaker_right(doc, 1, "the statement")
    assert not _speaker_right(doc, 1, "A report")
    assert not _speaker_right(doc, 0, "A report")
    named = _doc(tmp_path / "b", "Jo Roe of Coast Economic Research said it. “It holds,” Roe said.",
                 [{"phrase": "It holds,", "n": 1, "speaker": "Jo Roe"}],
                 [{"phrase": "said", "n": 1, "source": "Jo Roe", "source_phrase": "Jo Roe of Coast Economic Research",
                   "source_n": 1}])
    assert named.quotes[0].speakers == ("Jo Roe",)
