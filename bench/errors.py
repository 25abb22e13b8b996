"""Count the general causes of speaker and cue errors, to rank what the finder work should fix.

    python bench/errors.py --polnear /path/to/PolNeAR --split train
    python bench/errors.py --real tests/data/real

Each wrong or missing speaker of a found quote, each missed gold cue and each
false cue is put in the FIRST cause below whose test it passes. The tests are
rough surface checks on the text around the quote or cue (written for ranking
causes, not for fixing them), so read the counts as sizes, not exact figures.
Each found cue whose source does not match the gold source (the "cue -> right
source" errors of ``evaluate.py``) is put in a rough cause by comparing the
predicted and gold source spans: none given, a pronoun, a span too long or too
short, an organisation given for a person or the reverse, another person.
``--examples N`` prints N examples of each cause.

``--hedges`` lists instead every false and every missed hedge and booster (the
docs' hedge gold: a ``--real`` folder, or PolNeAR's hand-made hedge gold in
``bench/polnear-hedges``), one line each with the finder's ``why`` and the words
around it, after a count by kind and phrase: the list to sort into senses.
"""

from __future__ import annotations

import argparse
import collections
import csv
import functools
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
import evaluate as ev  # noqa: E402

CUE_VERBS = (r"said|says|say|saying|told|tells|added|adding|asked|wrote|writes|argued|argues|declared|declares|"
             r"called|calling|calls|described|describing|claimed|claims|claiming|insisted|warned|noted|tweeted|"
             r"stated|explained|replied|according to|suggested|promised|vowed")
PRONOUN_CUE = re.compile(rf"\b(he|she|they|it|we|I)\s+(also\s+)?({CUE_VERBS})\b|\b({CUE_VERBS})\s+(he|she|they)\b", re.I)
REPORTED_CLAUSE = re.compile(rf"\b({CUE_VERBS}|believes?|thinks?|wants?)\b[^.!?\u201c\u201d\"]*$", re.I)
GROUP_WORDS = frozenset("""campaign statement network committee ad ads report reports foundation party news times post
journal paper newspaper magazine department agency office ministry police court government administration council
commission group company spokesman spokeswoman spokesperson officials aides aide supporters critics people poll
survey study website editorial board""".split())
BELIEF = frozenset("""believe believes believed think thinks thought want wants wanted hope hopes hoped expect expects
expected feel feels felt know knows knew fear fears feared worry worries worried plan plans planned intend intends
consider considers considered agree agrees agreed support supports supported oppose opposes opposed""".split())
NOUNS = frozenset("""statement statements interview interviews claim claims report reports view views remarks comments
comment speech letter accusation accusations promise argument concern concerns belief criticism question questions
assertion allegation allegations""".split())
SPEECH = frozenset("said says say told tells tell added adding asked saying wrote writes write stated".split())
EVIDENCE = frozenset("""show shows showed showing shown found find finds indicate indicates indicated suggest suggests
seem seems seemed see saw document documents reveal reveals revealed""".split())
STANCE = frozenset("""attack attacks attacked attacking blast blasted criticize criticized criticised slammed question
questioned questioning demand demands demanded demanding call called calls calling promise promised promising
endorse endorses endorsed decline declined declines refuse refuses refused warn warned echo echoed accuse accused
mock mocked defend defending defended charge charges urge urged""".split())
DASHES = ("\u2015", "\u2014", "--", "\u2013")
MARKS = "\u201c\u201d\"'\u2018\u2019"


def paragraph(text: str, i: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    return start, end if end >= 0 else len(text)


def sentence_before(text: str, i: int) -> str:
    """The words from the start of ``i``'s sentence (or paragraph) to ``i``."""
    p_start, _ = paragraph(text, i)
    before = text[p_start:i]
    cut = max(before.rfind(". "), before.rfind("? "), before.rfind("! "))
    return before[cut + 1:] if cut >= 0 else before


def is_group(name: str) -> bool:
    words = set(re.findall(r"[a-z]+", name.lower()))
    return bool(words & GROUP_WORDS) or not re.search(r"\b[A-Z][a-z]+", name)


def speaker_cause(text: str, gold: ev.GoldQuote, predicted: str | None) -> str:
    """The first general cause that fits a found quote with a wrong or missing speaker."""
    p_start, p_end = paragraph(text, gold.start)
    para = text[p_start:p_end]
    after = text[gold.end:gold.end + 40]
    gold_name = gold.speakers[0]
    if text[p_start] in MARKS and not re.search(rf"\b({CUE_VERBS})\b", para):
        return "continuation: a paragraph that is all quotation, speaker named in an earlier paragraph"
    lead = sentence_before(text, gold.start - 1).rstrip()
    if lead and lead[-1].isalnum() and REPORTED_CLAUSE.search(lead):  # "said that X is “..." (not "said, “...")
        return "partial quote inside reported speech (\u2026 said that \u201cX\u201d / called it \u201cX\u201d)"
    near_before = text[max(p_start, gold.start - 40):gold.start - 1]
    if (PRONOUN_CUE.search(near_before) or PRONOUN_CUE.search(after)
            or re.search(r"\b(he|she|they|we|I)\s+(also\s+)?\w+[,:]?\s*$", near_before, re.I)
            or re.match(r"^\W{0,3}\s*(he|she|they|we|I)\s+(also\s+)?\w+", after)):
        return "pronoun speaker (\u201cX,\u201d he said / He added, \u201cX\u201d) not resolved to the right person"
    if is_group(gold_name):
        return "organisation, artefact or unnamed group as speaker (the campaign, the statement, officials)"
    if not (ev.name_words(gold_name) & set(re.findall(r"[a-z0-9]+", para.lower()))):
        return "speaker named only in an earlier paragraph (no cue or pronoun near the quote)"
    if re.search(rf",[^,\u201c\u201d\"]{{3,90}},\s*(also\s+)?({CUE_VERBS})\b", para):
        return "\u201cName, role/description, verb\u201d: the quote goes to another name"
    if re.search(r"\b\w+(ed|s)[,:]\s*$", near_before) or re.match(r"^\W{0,3}\s*\w+\s+\w+(ed|s)\b", after):
        return "a speech verb the lexicon lacks next to the quote (concluded, quipped, recalled, posted)"
    if predicted is None:
        return "no speaker, other"
    return "another person named nearby chosen"


SAME_SENTENCE = "(of all missed cues: in a sentence where another cue WAS found)"
IN_LEXICON = "(of all missed cues: a word of the cue is a form in medialit/data/reporting_verbs.csv)"


@functools.lru_cache(maxsize=1)
def lexicon_forms() -> frozenset[str]:
    """Every form listed in the kit's reporting-verb lexicon (read as data, not through private code)."""
    path = ROOT / "medialit" / "data" / "reporting_verbs.csv"
    rows = csv.DictReader(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    return frozenset(f.lower() for row in rows for f in (row.get("forms") or "").split("|") if f)


def sentence_key(text: str, i: int) -> int:
    """Where ``i``'s sentence starts: after the last ". ", "? ", "! " or line break before it."""
    return max(text.rfind(sep, 0, i) for sep in (". ", "? ", "! ", "\n"))


def cue_cause(text: str, cue: ev.GoldCue, quote_spans: list[tuple[int, int]]) -> str:
    """The first general cause that fits a missed gold cue."""
    words = " ".join(text[a:b] for a, b in cue.pieces).lower()
    tokens = set(re.findall(r"[a-z]+", words))
    start = cue.pieces[0][0]
    if any(s <= start < e for s, e in quote_spans):
        return "cue inside a quotation"
    if "according" in tokens:
        return "\u201caccording to\u201d"
    if words.strip() in (":", ",") or words.strip().endswith(":"):
        return "punctuation cue (a colon before a quotation)"
    if tokens & BELIEF:
        return "belief, intention, support verb (believes, wants, hopes, expects, supports)"
    if tokens & NOUNS:
        return "noun of expression (a statement, an interview, the claim, his remarks)"
    if tokens & SPEECH:
        return "plain speech verb missed (said, told, added, asked, wrote)"
    if tokens & EVIDENCE:
        return "evidence verb (a poll shows, the study found, seems)"
    if tokens & STANCE:
        return "stance verb of speech (attacked, questioned, demanded, called for, promised, declined)"
    if words.strip() in DASHES:
        return "dash before the author of an embedded post (\u2014 Name (@handle))"
    return "other verb or phrase"


PRONOUN_WORDS = frozenset("i me we us you he him she her they them it who which that this these those one".split())
PERSON_TITLES = re.compile(r"^(mr|mrs|ms|dr|sen|rep|gov|president|senator|prof)\b\.?", re.I)


def looks_organisation(name: str) -> bool:
    """A rough test: does this source name an organisation or group rather than one person?"""
    return not PERSON_TITLES.match(name.strip()) and is_group(name)


def source_cause(text: str, cue: ev.GoldCue, pred) -> str:
    """The first rough cause that fits a found cue whose predicted source does not match the gold one."""
    if pred.source is None:
        return "no source given (agentless or none found)"
    own = text[pred.source_start:pred.source_end] if pred.source_start is not None else ""
    if own and not (ev.name_words(own) - PRONOUN_WORDS):
        if ev.name_words(pred.source) - PRONOUN_WORDS:
            return "pronoun (he, she, they, it, who) resolved to the wrong name"
        return "pronoun (he, she, they, it, who) left as written, gold gives a name"
    gold = cue.source_pieces
    span = (pred.source_start, pred.source_end) if pred.source_start is not None else None
    if gold and span and ev.pieces_overlap(gold, span):
        g_start, g_end = gold[0][0], gold[-1][1]
        if text[span[0]:span[1]].lower().removeprefix("the ") == text[g_start:g_end].lower().removeprefix("the "):
            return "the gold's own phrase, resolved to another name (an office or \u201cthe force\u201d)"
        if span[0] <= g_start and span[1] >= g_end:
            return "span too long (the gold source plus other words)"
        if g_start <= span[0] and g_end >= span[1]:
            return "span too short (a piece of the gold source)"
        return "span overlaps the gold source but is cut differently"
    gold_name = cue.sources[0] if cue.sources else text[gold[0][0]:gold[-1][1]]
    if looks_organisation(gold_name) != looks_organisation(pred.source):
        return "organisation given for a person, or a person for an organisation"
    return "another person or group (no overlap with the gold source)"


def count_sources(text: str, cues: list[ev.GoldCue], preds: list, pairs, sources: collections.Counter,
                  shown: dict, examples: int) -> None:
    """Count the cue -> source errors of one text by rough cause, keeping ``examples`` of each."""
    for gi, pi in pairs:
        cue, pred = cues[gi], preds[pi]
        if not (cue.sources or cue.source_pieces) or ev.cue_source_right(cue, pred):
            continue
        cause = source_cause(text, cue, pred)
        sources[cause] += 1
        if len(shown[cause]) < examples:
            gold = cue.sources[0] if cue.sources else text[cue.source_pieces[0][0]:cue.source_pieces[-1][1]]
            start = min([cue.pieces[0][0]] + [a for a, _ in cue.source_pieces])
            p_start, p_end = paragraph(text, cue.pieces[0][0])
            shown[cause].append(f"gold {gold!r}, found {pred.source!r} ({pred.cue!r}): "
                                f"\u2026{text[max(p_start, start - 80):min(p_end, pred.end + 60)]}\u2026")


def count(docs: list[ev.GoldDoc], examples: int) -> tuple[collections.Counter, collections.Counter,
                                                          collections.Counter, collections.Counter, dict]:
    import medialit

    speakers, missed, false = collections.Counter(), collections.Counter(), collections.Counter()
    sources: collections.Counter = collections.Counter()
    shown: dict[str, list[str]] = collections.defaultdict(list)
    for doc in docs:
        text = doc.text
        quotes = ev.split_at_paragraphs(text, medialit.find_quotes(text))  # as the scorer does
        for gi, pi in ev.greedy_pairs(doc.quotes, quotes, ev.quote_score):
            gold, q = doc.quotes[gi], quotes[pi]
            if gold.speakers and not ev.any_name_matches(q.speaker, gold.speakers):
                cause = speaker_cause(text, gold, q.speaker)
                speakers[cause] += 1
                if len(shown[cause]) < examples:
                    p_start, _ = paragraph(text, gold.start)
                    shown[cause].append(f"gold {gold.speakers[0]!r}, found {q.speaker!r}: "
                                        f"\u2026{text[max(p_start, gold.start - 90):gold.start + 30]}\u2026")
        unique = {}
        for a in medialit.find_attributions(text):
            unique.setdefault((a.start, a.end), a)
        preds = list(unique.values())
        pairs = ev.greedy_pairs(doc.cues, preds, lambda g, p: ev.pieces_overlap(g.pieces, (p.start, p.end)))
        matched_gold, matched_pred = {g for g, _ in pairs}, {p for _, p in pairs}
        count_sources(text, doc.cues, preds, pairs, sources, shown, examples)
        spans = [(g.start, g.end) for g in doc.quotes]
        found_sentences = {sentence_key(text, p.start) for p in preds}
        forms = lexicon_forms()
        for gi, cue in enumerate(doc.cues):
            if gi not in matched_gold:
                missed[cue_cause(text, cue, spans)] += 1
                if sentence_key(text, cue.pieces[0][0]) in found_sentences:
                    missed[SAME_SENTENCE] += 1
                words = set(re.findall(r"[a-z]+", " ".join(text[a:b] for a, b in cue.pieces).lower()))
                if words & forms:
                    missed[IN_LEXICON] += 1
        for pi, a in enumerate(preds):
            if pi not in matched_pred:
                false[a.cue.lower()] += 1
    return speakers, missed, false, sources, shown


def hedge_errors(docs: list[ev.GoldDoc]) -> list[tuple[str, str, str, str, str]]:
    """(false/missed, kind, phrase, why, context) for each hedge or booster error; context marks the span [[so]]."""
    import medialit

    rows = []
    for doc in docs:
        if doc.hedges is None:
            continue
        found = medialit.find_hedges(doc.text)
        for kind, gold in (("hedge", doc.hedges), ("booster", doc.boosters)):
            pred = [h for h in found if h.kind == kind]
            pairs = ev.greedy_pairs(gold, [(h.start, h.end) for h in pred], ev.overlap)
            paired_gold, paired_pred = {g for g, _ in pairs}, {p for _, p in pairs}
            wrong = [("false", h.start, h.end, h.why) for i, h in enumerate(pred) if i not in paired_pred]
            wrong += [("missed", a, b, "") for i, (a, b) in enumerate(gold) if i not in paired_gold]
            for status, a, b, why in wrong:
                context = (doc.text[max(0, a - 80):a] + "[[" + doc.text[a:b] + "]]" + doc.text[b:b + 50]).replace("\n", " ")
                rows.append((status, kind, doc.text[a:b], why, f"{doc.name}: {context}"))
    return rows


def print_hedge_errors(docs: list[ev.GoldDoc]) -> None:
    rows = hedge_errors(docs)
    counts = collections.Counter((status, kind, phrase.lower()) for status, kind, phrase, _, _ in rows)
    for status in ("false", "missed"):
        for kind in ("hedge", "booster"):
            mine = [(p, n) for (s, k, p), n in counts.most_common() if s == status and k == kind]
            print(f"{status.capitalize()} {kind}s: {sum(n for _, n in mine)}; "
                  + ", ".join(f"{p} {n}" for p, n in mine))
    for status, kind, phrase, why, context in sorted(rows, key=lambda r: (r[0], r[1], r[2].lower())):
        print(f"{status}\t{kind}\t{phrase}\t{why}\t{context}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--polnear", type=Path)
    parser.add_argument("--split", default="train", choices=["train", "dev"])
    parser.add_argument("--real", type=Path)
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--hedges", action="store_true", help="list false and missed hedges and boosters")
    args = parser.parse_args(argv)
    if args.hedges:
        print_hedge_errors(ev.load_polnear(args.polnear, args.split, ev.HEDGE_GOLD) if args.polnear
                           else ev.load_real(args.real))
        return 0
    docs = ev.load_polnear(args.polnear, args.split) if args.polnear else ev.load_real(args.real)
    speakers, missed, false, sources, shown = count(docs, args.examples)
    print(f"Speaker errors on found quotes: {sum(speakers.values())}")
    for cause, n in speakers.most_common():
        print(f"  {n:5d}  {cause}")
        for line in shown.get(cause, []):
            print(f"           e.g. {line}")
    print(f"Missed gold cues: {sum(n for c, n in missed.items() if not c.startswith('(of all'))}")
    for cause, n in missed.most_common():
        print(f"  {n:5d}  {cause}")
    print(f"False cues: {sum(false.values())}; most frequent: "
          + ", ".join(f"{w} {n}" for w, n in false.most_common(12)))
    print(f"Cue -> right source errors on found cues: {sum(sources.values())}")
    for cause, n in sources.most_common():
        print(f"  {n:5d}  {cause}")
        for line in shown.get(cause, []):
            print(f"           e.g. {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
