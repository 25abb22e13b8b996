"""Score medialit's finders against hand-made gold: P/R/F1 per finder.

Run from the repository root::

    python bench/evaluate.py --polnear /path/to/PolNeAR --split dev   # PolNeAR train or dev, never test
    python bench/evaluate.py --real tests/data/real                   # the real-article dev set

Only the public facade is used (``medialit.find_quotes``, ``find_attributions``,
``find_hedges``, ``find_sources``, ``load_article``). Everything is
deterministic: files are read in sorted order and matches are made greedily in
a fixed order, so two runs on the same commit print the same table.

Matching rules (the same for both corpora unless said otherwise)
----------------------------------------------------------------
* **Spans** are character offsets into the text as it is on disk. The finders
  get that text unchanged, so their offsets are comparable.
* **Direct quotes.** A quote span is the quoted words without the marks. A
  predicted quote matches a gold quote when their overlap covers at least 50 %
  of the gold span AND at least 50 % of the predicted span (so a quote that
  runs on through the narration does not count). Each gold and each predicted
  quote is used at most once; pairs are taken largest overlap first. Gold has
  one quote per paragraph, so a predicted quote that spans paragraph breaks
  is first cut into one piece per paragraph (same speaker; marks and spaces at
  the piece's edges trimmed), and each piece is scored. A
  predicted quote lying wholly inside a gold quote that is already matched
  (a nested quote) is ignored, neither right nor wrong.
  PolNeAR marks no "direct quote" type, so its gold quotes are derived: every
  stretch between paired double quotation marks (curly or straight, or a
  doubled single mark: '' as 116 of the 840 train texts quote, AP's ‘‘ ’’;
  within a paragraph; an unclosed one runs to the paragraph's end) of which at least
  50 % lies inside an annotated Content span. Scare quotes and titles outside
  any attributed content are therefore not gold quotes, and a finder that
  reports them loses precision.
* **Quote -> right speaker.** Over the gold quotes that were matched and whose
  gold speaker is known: the predicted ``speaker`` is right when its name
  matches a gold name (see *names*). ``None`` is wrong. PolNeAR's Source span
  is often a pronoun ("he", "who"); it is replaced by the representative
  mention of its CoreNLP coreference chain (shipped with PolNeAR). A pronoun
  the chain cannot resolve leaves that quote out of the speaker score (the
  count is printed). Two checks on PolNeAR's gold, made with its own CoreNLP
  parse and never with the finder's answer, leave out gold that names nobody
  (each count is printed): a Source span whose every word is a verb or a
  function word (an annotation slip: the Source marked on "said"), and a
  coreference name that cannot be what the pronoun stands for (a time or a
  number, "four years"; for he/she, a plural, "Republicans", or a head that is
  neither a noun nor a named entity, "Many"). Such a pronoun is then scored as
  an unresolved one. ``end-to-end`` divides by all gold quotes with a known
  speaker instead, so a missed quote also counts as a wrong speaker.
* **Names** match leniently: lower-cased, possessive "'s" and punctuation
  dropped, titles and determiners removed (Mr, Mrs, Dr, President, Sen., the,
  a ...); then two names match when one's words are all among the other's
  ("Trump" ~ "Mr. Donald Trump", "Mrs. Clinton" ~ "Hillary Clinton"), or
  when both end in the same two words ("rival Donald Trump" ~ "Republican
  Donald Trump"); "Bill Clinton" and "Hillary Clinton" never match. A gold
  name is also tried without the apposition its span carries ("Flynn, a top
  Trump surrogate," -> "Flynn"; "Joseph, who has four children" -> "Joseph"),
  since PolNeAR's Source spans include it but the speaker is the head.
  **Joint names** (session 26): a speaker or cue source that lists several
  names ("Jo Doe and Al Roe", "Jo Doe, Al Roe and Tim Poe", each piece a
  capitalised name) is right only when every person it names is one the gold
  names: "Jo Doe and Al Roe" is not the gold "Jo Doe" (it says Al Roe spoke
  too), while "Jo Doe" for the gold "Jo Doe and Al Roe" stays right (what it
  says is true; one name is missing, as "Trump" for "Donald Trump and his
  aides" was before). A group with a list inside ("rival supporters, pundits
  and commentators", "researchers from A, B and C") is one name, as above.
  **Sources** recall keeps the one-name rule: a listed "Germany and France"
  names Germany as a source, so it finds the gold "Germany".
  **Initials** (session 29): a name written as capital initials ("US", "U.S.",
  "the UN", "NHS") matches the full name whose words' first letters they are,
  in order, small joining words (of, for, and, on, the) left out: "US" ~
  "United States", "the WHO" ~ "World Health Organization", "NHS" ~ "National
  Health Service"; not "US" ~ "United States of America" (USA), nor "UK" ~
  "United States". Only whole initials: the words must give every letter.
* **A document as a quote's speaker** (session 34): in the real-set gold, a
  quote's speaker may also be given by a document phrase that the same gold
  ties to that speaker as a cue's source phrase ("ISAF officials said in a
  statement ... “...,” the statement said": ISAF or "the statement"), as the
  cue scoring below accepts a document and its author. Only a phrase ending in
  a lower-case document noun, and only for that speaker.
* **Unnamed speakers** are written as their phrase by both gold sets ("a
  senior official", "the announcer"), and the finder gives the phrase too, so
  they are scored by the same name rule. (A gold quote whose speaker is
  null is left out of the speaker score, as before.)
* **Attribution cues.** Each ``Attribution`` is one predicted cue (start..end;
  duplicates of the same span count once). It matches a gold cue when the two
  overlap by at least one character (a gold cue may be in several pieces, e.g.
  "said ... in a statement"); one-to-one, largest overlap first.
* **Cue -> right source.** Over matched cues whose gold cue has a source: right
  when the predicted source name matches the gold source's name (for a
  PolNeAR pronoun, its coreference name). Only when a pronoun cannot be
  resolved does an overlap of the predicted and gold source spans count.
  **A document and its author** (session 30): where the real-set gold's source
  phrase names a document ("the report", "a survey", "the study") and its
  ``source`` is the body that wrote it, both are right: "the report found" may
  name the report or its author (GUIDELINES.md, session 30). PolNeAR's gold
  already accepts its Source span's own words beside the resolved name.
* **Cues inside quotations, PolNeAR only** (``--outermost``, off by default,
  session 30): PolNeAR's guidelines annotate only the outermost attribution,
  while the kit, like the real-set gold, reads cues inside quotations too
  ("I think" in a quoted answer). With the option, gold and predicted cues that
  lie wholly between paired double quotation marks (the quote spans above) are
  left out on both sides, so the figure shows the outermost-only reading.
* **Hedges / boosters** (real set, and the PolNeAR articles that have hand-made
  hedge gold in ``bench/polnear-hedges/<split>/``, see its README; PolNeAR has
  none of its own): ``find_hedges`` items of kind "hedge" / "booster" against
  gold spans of the same kind; a match is any overlap of at least one
  character, one-to-one, largest overlap first. On PolNeAR only the articles
  with such gold are scored for hedges, and the table says how many.
* **Sources** (real set only): recall of the gold source names by the names
  of ``find_sources(load_article(path))``, using the name rule above.
* **Bad gold.** A real-set gold span whose offsets do not give its phrase stops
  the run (fix it with ``bench/gold.py``). A PolNeAR span whose offsets do not
  give its own words (3 in train) is left out and counted. Where PolNeAR has
  several annotators' files for one article, the first in sorted order is used.

>>> names_match("Mr. Trump", "Donald J. Trump")
True
>>> names_match("Bill Clinton", "Hillary Clinton")
False
>>> find_span("a b a b", "a b", 2)
(4, 7)
>>> find_span("the hen, he said", "he")
(9, 11)
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere: use this checkout's medialit
    sys.path.insert(0, str(ROOT))

# --- data -----------------------------------------------------------------------------


@dataclass
class GoldQuote:
    start: int
    end: int
    speakers: tuple[str, ...] = ()  # every acceptable name for the speaker; () = unknown


@dataclass
class GoldCue:
    pieces: tuple[tuple[int, int], ...]
    sources: tuple[str, ...] = ()  # source text and its resolved name; () = no source
    source_pieces: tuple[tuple[int, int], ...] = ()


@dataclass
class GoldDoc:
    name: str
    text: str
    quotes: list[GoldQuote] = field(default_factory=list)
    cues: list[GoldCue] = field(default_factory=list)
    hedges: list[tuple[int, int]] | None = None  # None: not annotated in this corpus
    boosters: list[tuple[int, int]] | None = None
    sources: list[str] | None = None
    path: Path | None = None
    dropped: int = 0  # gold entities left out because their span did not give their words
    gold_checks: collections.Counter = field(default_factory=collections.Counter)  # see source_names


@dataclass
class Count:
    """True positives, false positives and false negatives of one measure."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    def value(self) -> float:
        return self.right / self.total if self.total else 0.0


# --- names and spans -------------------------------------------------------------------

DETERMINERS = frozenset("the a an of this that his her their its our my your".split())
TITLES = frozenset("""mr mrs ms miss dr prof professor sir dame lord lady president vice sen senator rep
representative gov governor gen general col lt sgt capt captain det detective insp inspector supt
minister secretary chancellor mayor judge justice rev reverend pm chief""".split()) | DETERMINERS
PRONOUNS = frozenset("i me my we us our you your he him his she her they them their it its who whom whose "
                     "which that this these those one".split())


def name_word_list(name: str) -> list[str]:
    """The words of a name that identify it, in order: lower case, no titles, determiners or possessive 's."""
    name = name.lower().replace("\u2019", "'")
    name = re.sub(r"'s\b", "", name)
    return [w for w in re.findall(r"[a-z0-9]+", name) if w not in TITLES]


def office_word_list(name: str) -> list[str]:
    """The words of a name made of titles only, without determiners: "The Inspector's" -> ["inspector"]."""
    name = re.sub(r"'s\b", "", name.lower().replace("\u2019", "'"))
    return [w for w in re.findall(r"[a-z0-9]+", name) if w not in DETERMINERS]


def name_words(name: str) -> frozenset[str]:
    return frozenset(name_word_list(name))


def names_match(predicted: str | None, gold: str) -> bool:
    """True when one name's identifying words include the other's, or both end in the same two words.

    The second test lets a describing word differ ("rival Donald Trump" ~
    "Republican Donald Trump") while two people with one surname stay apart.
    """
    if not predicted:
        return False
    if initials_match(predicted, gold) or initials_match(gold, predicted):
        return True
    p, g = name_word_list(predicted), name_word_list(gold)
    if not p or not g:
        # A source named by its office alone ("the inspector", "the mayor") has no words left once titles go:
        # it matches only the same office words, so "the mayor" is not "Mayor Jo Reed" nor "the" anything.
        p, g = office_word_list(predicted), office_word_list(gold)
        return bool(p) and p == g
    return set(p) <= set(g) or set(g) <= set(p) or (len(p) > 1 and len(g) > 1 and p[-2:] == g[-2:])


_INITIALS = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z]\.?){2,6})(?:['\u2019]s)?")
_INITIALS_JOINERS = frozenset("of for and on the in to".split())


def initials_match(short: str, full: str) -> bool:
    """True when ``short`` is capital initials ("US", "U.S.", "the UN") and ``full`` the name they abbreviate
    ("United States", "the United Nations"): its words' first letters, small joining words left out, in order.

    >>> initials_match("U.S.", "the United States"), initials_match("US", "United States of America")
    (True, False)
    """
    m = _INITIALS.fullmatch(short.strip())
    if m is None:
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", full) if w.lower() not in _INITIALS_JOINERS]
    return len(words) >= 2 and all(w[0].isupper() for w in words) \
        and "".join(w[0] for w in words) == m.group(1).replace(".", "")


_APPOSITION = re.compile(r",|\s(?:who|whose|which)\s")


# A list of names: pieces joined by commas and a last "and" (or "&"), each piece a capitalised name (small joining
# words inside it allowed: "Department of Health and Human Services" splits into two capitalised pieces on both sides).
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")
_NAME_JOINERS = frozenset("of the for de van von da al la le and".split())


def joint_pieces(name: str) -> list[str]:
    """The names a joint name lists ("Jo Doe, Al Roe and Tim Poe" -> three), or [name] when it is no list of names.

    >>> joint_pieces("Jo Doe and Al Roe")
    ['Jo Doe', 'Al Roe']
    >>> joint_pieces("rival supporters, pundits and commentators")
    ['rival supporters, pundits and commentators']
    """
    if " and " not in name and " & " not in name:
        return [name]
    pieces = [p for p in _LIST_JOIN.split(name.strip()) if p]
    if len(pieces) < 2 or not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_JOINERS
                                  for p in pieces for w in p.split()):
        return [name]
    return pieces


def joint_names_match(predicted: str | None, gold: str) -> bool:
    """``names_match`` for speakers and cue sources: every person a joint name gives must be one the gold gives
    (see above)."""
    if not predicted:
        return False
    p, g = joint_pieces(predicted), joint_pieces(gold)
    if len(p) == 1:
        return names_match(predicted, gold)
    return all(any(names_match(a, b) for b in g) for a in p)


def gold_head(name: str) -> str:
    """A gold source without the apposition PolNeAR's Source span carries along: "Flynn, a top
    surrogate," -> "Flynn"; "Joseph, who has four children" -> "Joseph". The speaker is the head.

    >>> gold_head("Jane Roe, a historian at Kent,")
    'Jane Roe'
    """
    return _APPOSITION.split(name, maxsplit=1)[0].strip() or name


def any_name_matches(predicted: str | None, golds: tuple[str, ...]) -> bool:
    return any(joint_names_match(predicted, g) or joint_names_match(predicted, gold_head(g)) for g in golds)


def find_span(text: str, phrase: str, occurrence: int = 1) -> tuple[int, int]:
    """The (start, end) of the ``occurrence``-th (1-based) whole-word appearance of ``phrase`` in ``text``.

    Whole-word: "he" is not found inside "the"; case and punctuation must be as in the text.
    """
    pattern = r"(?<!\w)" + re.escape(phrase) + r"(?!\w)"
    for i, m in enumerate(re.finditer(pattern, text), start=1):
        if i == occurrence:
            return m.start(), m.end()
    raise ValueError(f"{phrase!r} occurs fewer than {occurrence} times")


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def pieces_overlap(pieces: tuple[tuple[int, int], ...], span: tuple[int, int]) -> int:
    return sum(overlap(p, span) for p in pieces)


def greedy_pairs(gold: list, predicted: list, score) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), largest ``score`` first; score <= 0 never pairs.

    Ties break on position, so the result does not depend on hash order.
    """
    candidates = sorted(((s, gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)
                         if (s := score(g, p)) > 0), key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


# --- scoring ---------------------------------------------------------------------------


def quote_score(gold: GoldQuote, pred) -> int:
    """Overlap in characters when it covers >= 50 % of both spans, else 0."""
    ov = overlap((gold.start, gold.end), (pred.start, pred.end))
    if ov * 2 >= gold.end - gold.start and ov * 2 >= pred.end - pred.start and ov > 0:
        return ov
    return 0


_EDGE = " \t\r\u201c\u201d\u2018\u2019\"'"


def split_at_paragraphs(text: str, quotes: list) -> list:
    """Each predicted quote cut at paragraph breaks, one piece per paragraph, same speaker.

    Gold has one quote per paragraph (a quotation continued over paragraphs),
    so a prediction covering three such paragraphs is scored as three pieces;
    a quote that runs on into narration still leaves wrong pieces.
    """
    pieces = []
    for q in quotes:
        at = q.start
        for part in text[q.start:q.end].split("\n"):
            a, b = at, at + len(part)
            while a < b and text[a] in _EDGE:
                a += 1
            while b > a and text[b - 1] in _EDGE:
                b -= 1
            if b > a:
                pieces.append(SimpleNamespace(start=a, end=b, speaker=q.speaker))
            at += len(part) + 1
    return pieces


def score_quotes(doc: GoldDoc, quotes: list, totals: dict) -> None:
    quotes = split_at_paragraphs(doc.text, quotes)
    pairs = greedy_pairs(doc.quotes, quotes, quote_score)
    matched_p = {pi for _, pi in pairs}
    matched_spans = [(doc.quotes[gi].start, doc.quotes[gi].end) for gi, _ in pairs]
    nested = {pi for pi, q in enumerate(quotes) if pi not in matched_p
              and any(s <= q.start and q.end <= e for s, e in matched_spans)}
    totals["quotes"].add(len(pairs), len(quotes) - len(pairs) - len(nested), len(doc.quotes) - len(pairs))
    by_gold = dict(pairs)
    for gi, g in enumerate(doc.quotes):
        if not g.speakers:
            totals["speaker_unknown"] += 1
            continue
        right = gi in by_gold and any_name_matches(quotes[by_gold[gi]].speaker, g.speakers)
        totals["speaker_e2e"].total += 1
        totals["speaker_e2e"].right += right
        if gi in by_gold:
            totals["speaker"].total += 1
            totals["speaker"].right += right


def cue_source_right(gold: GoldCue, pred) -> bool:
    """By name when the gold source has one; by span only for an unresolvable pronoun ("he" with no chain)."""
    if gold.sources:
        return any_name_matches(pred.source, gold.sources)
    return (pred.source_start is not None and pred.source_end is not None
            and pieces_overlap(gold.source_pieces, (pred.source_start, pred.source_end)) > 0)


def outside_quotations(text: str, cues: list[GoldCue], attributions: list) -> tuple[list[GoldCue], list]:
    """Gold cues and predictions with those lying wholly inside a double-quoted span left out (``--outermost``)."""
    spans = double_quote_spans(text)

    def inside(a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in spans)

    return ([c for c in cues if not inside(c.pieces[0][0], c.pieces[-1][1])],
            [a for a in attributions if not inside(a.start, a.end)])


def score_cues(doc: GoldDoc, attributions: list, totals: dict, outermost: bool = False) -> None:
    cues = doc.cues
    if outermost:
        cues, attributions = outside_quotations(doc.text, cues, attributions)
    seen: dict[tuple[int, int], object] = {}
    for a in attributions:
        seen.setdefault((a.start, a.end), a)
    preds = list(seen.values())
    pairs = greedy_pairs(cues, preds, lambda g, p: pieces_overlap(g.pieces, (p.start, p.end)))
    totals["cues"].add(len(pairs), len(preds) - len(pairs), len(cues) - len(pairs))
    for gi, pi in pairs:
        if cues[gi].sources or cues[gi].source_pieces:
            totals["cue_source"].total += 1
            totals["cue_source"].right += cue_source_right(cues[gi], preds[pi])


def score_spans(gold: list[tuple[int, int]], predicted: list[tuple[int, int]], count: Count) -> None:
    pairs = greedy_pairs(gold, predicted, overlap)
    count.add(len(pairs), len(predicted) - len(pairs), len(gold) - len(pairs))


def new_totals() -> dict:
    return {"quotes": Count(), "speaker": Ratio(), "speaker_e2e": Ratio(), "speaker_unknown": 0,
            "cues": Count(), "cue_source": Ratio(), "hedges": Count(), "boosters": Count(),
            "sources": Ratio(), "docs": 0, "hedge_docs": 0, "words": 0, "seconds": 0.0, "dropped": 0,
            "gold_checks": collections.Counter()}


def score_doc(doc: GoldDoc, totals: dict, outermost: bool = False) -> None:
    """Run the finders on one document and add its counts to ``totals`` (``outermost``: see score_cues)."""
    import medialit

    started = time.perf_counter()
    quotes = medialit.find_quotes(doc.text)
    attributions = medialit.find_attributions(doc.text)
    hedges = medialit.find_hedges(doc.text) if doc.hedges is not None else []
    sources = medialit.find_sources(medialit.load_article(doc.path)) if doc.sources is not None else []
    totals["seconds"] += time.perf_counter() - started
    totals["docs"] += 1
    totals["words"] += len(doc.text.split())
    totals["dropped"] += doc.dropped
    totals["gold_checks"].update(doc.gold_checks)
    score_quotes(doc, quotes, totals)
    score_cues(doc, attributions, totals, outermost)
    if doc.hedges is not None:
        totals["hedge_docs"] += 1
        score_spans(doc.hedges, [(h.start, h.end) for h in hedges if h.kind == "hedge"], totals["hedges"])
    if doc.boosters is not None:
        score_spans(doc.boosters, [(h.start, h.end) for h in hedges if h.kind == "booster"], totals["boosters"])
    if doc.sources is not None:
        names = [s.name for s in sources]
        for gold in doc.sources:
            totals["sources"].total += 1
            totals["sources"].right += any(names_match(n, gold) for n in names)


# --- PolNeAR ---------------------------------------------------------------------------


def parse_brat(ann: str) -> tuple[dict[str, tuple[str, tuple[tuple[int, int], ...], str]], list[dict[str, str]]]:
    """Text-bound entities {id: (type, pieces, text)} and events [{role: entity id}] of a brat file."""
    entities, events = {}, []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            kind, _, spans = parts[1].partition(" ")
            pieces = tuple(tuple(int(x) for x in s.split()) for s in spans.split(";"))
            entities[parts[0]] = (kind, pieces, parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg)
            events.append(roles)
    return entities, events


def paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def double_quote_spans(text: str) -> list[tuple[int, int]]:
    """Inner spans between paired double quotation marks, paragraph by paragraph.
    A doubled single mark ('' or ‘‘ ’’) is a double mark (newspaper-archive and AP style)."""
    spans = []
    for p_start, p_end in paragraphs(text):
        open_at = None
        i = p_start
        while i < p_end:
            ch = text[i]
            pair = text[i:i + 2]
            width = 2 if pair in ("''", "\u2018\u2018", "\u2019\u2019") else 1
            kind = {"''": '"', "\u2018\u2018": "\u201c", "\u2019\u2019": "\u201d"}.get(pair, ch) if width == 2 else ch
            opening = kind == "\u201c" or (kind == '"' and open_at is None)
            if opening and open_at is None:
                open_at = i + width
            elif open_at is not None and kind in "\u201d\"":
                spans.append((open_at, i))
                open_at = None
            i += width
        if open_at is not None:
            spans.append((open_at, p_end))
    return [s for s in spans if text[s[0]:s[1]].strip()]


_TOKEN_PARTS = re.compile(r'<sentence id="(\d+)"|<token id="(\d+)">|<CharacterOffsetBegin>(\d+)</CharacterOffsetBegin>'
                          r'\s*<CharacterOffsetEnd>(\d+)</CharacterOffsetEnd>(?:\s*<POS>([^<]*)</POS>\s*<NER>([^<]*)</NER>)?')


@dataclass(frozen=True)
class ParsedToken:
    """One token of PolNeAR's shipped CoreNLP parse: its characters, part of speech and entity class."""

    start: int
    end: int
    pos: str = ""
    ner: str = ""


def parsed_tokens(xml: str) -> dict[tuple[int, int], ParsedToken]:
    """{(sentence id, token id): token} from the tokens part of a CoreNLP XML file.

    Read with a regular expression rather than a full XML parse: the files are
    large and only these fields are needed (a full parse made scoring ~10x slower).
    """
    tokens, sentence, token = {}, 0, 0
    for m in _TOKEN_PARTS.finditer(xml):
        if m.group(1):
            sentence = int(m.group(1))
        elif m.group(2):
            token = int(m.group(2))
        else:
            tokens[(sentence, token)] = ParsedToken(int(m.group(3)), int(m.group(4)), m.group(5) or "", m.group(6) or "")
    return tokens


@dataclass(frozen=True)
class Mention:
    """A coreference chain's representative mention: its words and its head token's tags."""

    text: str
    head_pos: str
    head_ner: str


class CoreNLPReading:
    """What PolNeAR's CoreNLP file says about a gold source: its words' tags and its coreference chain.

    An article without a CoreNLP file (or without coreference) has no tags and no chains.
    """

    def __init__(self, xml_path: Path | None = None):
        self.tokens: list[ParsedToken] = []
        self.chains: list[tuple[int, int, Mention]] = []
        if xml_path is None or not xml_path.exists():
            return
        xml = xml_path.read_text(encoding="utf-8")
        cut = xml.find("<coreference>")
        by_id = parsed_tokens(xml if cut < 0 else xml[:cut])
        self.tokens = list(by_id.values())
        if cut >= 0:
            self._read_chains(xml[cut:xml.rfind("</coreference>") + len("</coreference>")], by_id)

    def _read_chains(self, coref_xml: str, by_id: dict[tuple[int, int], ParsedToken]) -> None:
        for chain in ET.fromstring("<root>" + coref_xml + "</root>").iter("coreference"):
            mentions = chain.findall("mention")
            rep = next((m for m in mentions if m.get("representative") == "true"), None)
            if rep is None:
                continue
            head = by_id.get((int(rep.findtext("sentence")), int(rep.findtext("head"))), ParsedToken(0, 0))
            name = Mention(rep.findtext("text"), head.pos, head.ner)
            for m in mentions:
                sent, start, end = int(m.findtext("sentence")), int(m.findtext("start")), int(m.findtext("end"))
                a, b = by_id.get((sent, start)), by_id.get((sent, end - 1))
                if a and b:
                    self.chains.append((a.start, b.end, name))

    def tags(self, pieces) -> list[str]:
        """The parts of speech of the tokens inside a span's pieces ([] when the article has no parse)."""
        return [t.pos for t in self.tokens if any(a <= t.start and t.end <= b for a, b in pieces)]

    def chain_name(self, start: int, end: int) -> Mention | None:
        """The representative mention of the chain whose mention best covers start..end."""
        best = [(overlap((start, end), (a, b)), -(b - a), i) for i, (a, b, _) in enumerate(self.chains)
                if overlap((start, end), (a, b))]
        return self.chains[max(best)[2]][2] if best else None


# Checks on PolNeAR's gold sources. They look only at the gold and its parse, never at
# the finder's answer, so they cannot favour it. Each leaves a gold speaker out only where
# the shipped annotation or the machine coreference is plainly broken, and is counted.
NOT_NAMING_TAGS = ("VB", "MD", "IN", "TO", "CC", "RB", "RP", "POS", "WRB")
NOT_A_SPEAKER_NER = frozenset("DATE TIME DURATION SET NUMBER PERCENT MONEY ORDINAL".split())
SINGULAR_PERSONAL = frozenset("he him his himself she her hers herself".split())


def names_nobody(tags: list[str]) -> bool:
    """True when every word of a source span is a verb or a function word: a slip like "said".

    >>> names_nobody(["VBD"]), names_nobody(["DT", "NN"]), names_nobody([])
    (True, False, False)
    """
    return bool(tags) and all(tag.startswith(NOT_NAMING_TAGS) for tag in tags)


def can_stand_for(pronoun: str, name: Mention) -> bool:
    """Whether a coreference name can be what a pronoun source stands for.

    Never a time or a number ("four years", "the early '80s"). He and she stand for
    one person: not for a plural ("Republicans") and not for a head that is no noun
    and no named entity ("Many" of "Many of the visitors", "in", "so publicly").
    Other pronouns ("they", "who") are only held to the first test.

    >>> can_stand_for("he", Mention("Republicans", "NNPS", "MISC")), can_stand_for("they", Mention("Republicans", "NNPS", "MISC"))
    (False, True)
    """
    if name.head_ner in NOT_A_SPEAKER_NER:
        return False
    if pronoun.lower() not in SINGULAR_PERSONAL:
        return True
    if name.head_pos in ("NNS", "NNPS"):
        return False
    return name.head_pos.startswith("NN") or name.head_ner not in ("O", "")


def source_names(text_of_source: str, pieces, reading: CoreNLPReading,
                 checks: collections.Counter | None = None) -> tuple[str, ...]:
    """The names a gold source may be matched by: its own words, and its coreference name if a pronoun.

    () means unknown: a pronoun without a chain, or whose chain's name cannot stand for
    it (counted in ``checks``).
    """
    if name_words(text_of_source) - PRONOUNS:
        return (text_of_source,)
    name = reading.chain_name(pieces[0][0], pieces[-1][1])
    if not name or not name_words(name.text) - PRONOUNS:
        return ()
    if not can_stand_for(text_of_source.strip(), name):
        if checks is not None:
            checks["pronoun whose coreference name cannot stand for it (left out)"] += 1
        return ()
    return (name.text,)


def polnear_doc(text_path: Path, ann_path: Path, xml_path: Path) -> GoldDoc:
    text = text_path.read_text(encoding="utf-8")
    entities, events = parse_brat(ann_path.read_text(encoding="utf-8"))
    # A few PolNeAR spans are off by a character or two from their own text: such an
    # entity is left out (and counted), rather than scored against the wrong words.
    broken = [tid for tid, (kind, pieces, words) in entities.items() if kind in ("Source", "Cue", "Content")
              and " ".join(text[a:b] for a, b in pieces) != words]
    for tid in broken:
        del entities[tid]
    reading = CoreNLPReading(xml_path)
    doc = GoldDoc(text_path.stem, text, dropped=len(broken))
    if not xml_path.exists():  # counted, so a checkout without parses cannot pass for one with them
        doc.gold_checks["article without a CoreNLP file, its sources not checked"] += 1
    contents: list[tuple[tuple[tuple[int, int], ...], tuple[str, ...]]] = []
    for ev in events:
        cue, src, content = ev.get("Cue"), ev.get("Source"), ev.get("Content")
        names: tuple[str, ...] = ()
        src_pieces: tuple[tuple[int, int], ...] = ()
        if src in entities:
            src_pieces = entities[src][1]
            if names_nobody(reading.tags(src_pieces)):
                doc.gold_checks["source span names nobody (left out)"] += 1
                src_pieces = ()
            else:
                names = source_names(entities[src][2], src_pieces, reading, doc.gold_checks)
        if cue in entities:
            doc.cues.append(GoldCue(entities[cue][1], names, src_pieces))
        if content in entities:
            contents.append((entities[content][1], names))
    for start, end in double_quote_spans(text):
        inside = [(pieces_overlap(pieces, (start, end)), names) for pieces, names in contents]
        best = max(inside, default=(0, ()), key=lambda x: x[0])
        if best[0] * 2 >= end - start:
            doc.quotes.append(GoldQuote(start, end, best[1]))
    return doc


HEDGE_GOLD = Path(__file__).resolve().parent / "polnear-hedges"  # hand-made; see its README.md


def add_hedge_gold(docs: list[GoldDoc], folder: Path) -> None:
    """Give each doc with a ``<name>.gold.json`` in ``folder`` its hedge and booster gold.

    The file holds offsets and phrases only; the text is PolNeAR's own, so every offset is
    checked against it (``gold_span``, as for the real set) and a file that fails is refused.
    """
    by_name = {doc.name: doc for doc in docs}
    for path in sorted(folder.glob("*.gold.json")):
        doc = by_name.get(path.name[:-len(".gold.json")])
        if doc is None:
            raise SystemExit(f"Hedge gold {path} names no PolNeAR article of this split.")
        gold = json.loads(path.read_text(encoding="utf-8"))
        try:
            doc.hedges = [gold_span(doc.text, h, path.name) for h in gold.get("hedges", [])]
            doc.boosters = [gold_span(doc.text, b, path.name) for b in gold.get("boosters", [])]
        except ValueError as err:
            raise SystemExit(f"Hedge gold refused, its offsets do not give its phrase: {err}") from None


def load_polnear(root: Path, split: str, hedge_gold: Path | None = None) -> list[GoldDoc]:
    """The split's docs; with ``hedge_gold`` (a folder of <split>/ folders), their hedge gold too."""
    if split not in ("train", "dev"):
        raise SystemExit("PolNeAR's test split is kept for measurement: use train or dev.")
    base = root / "data" / split
    if not (base / "text").is_dir():
        raise SystemExit(f"No PolNeAR {split} split under {root} (expected {base}/text).")
    anns = sorted((base / "attributions").glob("*.ann"))
    docs = []
    for text_path in sorted((base / "text").glob("*.txt")):
        own = [a for a in anns if a.name.rsplit("_", 1)[0] == text_path.stem]
        if own:  # several annotators: the first file in sorted order, so runs agree
            docs.append(polnear_doc(text_path, own[0], base / "corenlp" / (text_path.name + ".xml")))
    if hedge_gold:
        add_hedge_gold(docs, hedge_gold / split)
    return docs


# --- the real-article set --------------------------------------------------------------


def gold_span(text: str, item: dict, where: str) -> tuple[int, int]:
    """``item``'s (start, end), checked against its ``phrase``: gold must be exact."""
    start, end = item["start"], item["end"]
    if text[start:end] != item["phrase"]:
        raise ValueError(f"{where}: text[{start}:{end}] is {text[start:end]!r}, not {item['phrase']!r}")
    return start, end


# A source phrase that names a document, not a person or body (the scorer's own list, not the kit's lexicon).
_DOCUMENT = re.compile(r"\b(?:report|survey|study|article|poll|analysis|paper|review|audit|investigation|research"
                       r"|data|findings|letter|statement|message|memo|document|filing|transcript)s?\b", re.IGNORECASE)


def real_doc(gold_path: Path) -> GoldDoc:
    text_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
    text = text_path.read_text(encoding="utf-8")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    name = text_path.stem
    doc = GoldDoc(name, text, hedges=[], boosters=[], sources=list(gold.get("sources", [])), path=text_path)
    for q in gold.get("quotes", []):
        start, end = gold_span(text, q, name)
        doc.quotes.append(GoldQuote(start, end, (q["speaker"],) if q.get("speaker") else ()))
    for c in gold.get("cues", []):
        pieces = (gold_span(text, c, name),)
        src = c.get("source_phrase")
        src_pieces = (gold_span(text, {"phrase": src, "start": c["source_start"], "end": c["source_end"]}, name),) \
            if src else ()
        names = tuple(n for n in (c.get("source"),) if n)
        if src and names and _DOCUMENT.search(src) and src != names[0]:
            names += (src,)  # "the report found": the report or its author (GUIDELINES.md, session 30)
        doc.cues.append(GoldCue(pieces, names, src_pieces))
    _documents_as_speakers(doc)
    doc.hedges = [gold_span(text, h, name) for h in gold.get("hedges", [])]
    doc.boosters = [gold_span(text, b, name) for b in gold.get("boosters", [])]
    return doc


def _documents_as_speakers(doc: GoldDoc) -> None:
    """A quote's speaker may be named by the document its words come from, as a cue's source may (session 34).

    Where the gold itself ties a document phrase to a body (a cue whose source phrase is "the statement" and whose
    source is the body that issued it), a quote of that body may be credited to the phrase: "“...,” the statement
    said" is the body's quote and the statement's, as "the report found" is the report's and its author's
    (GUIDELINES.md, session 30). Only phrases the gold ties to that very speaker count, so no other document does,
    and only a phrase whose last word is a document noun in lower case ("the WADA report"), not a name that ends in
    one ("Strategic Energy & Economic Research")."""
    by_body: dict[str, list[str]] = {}
    for cue in doc.cues:
        phrases = [p for p in cue.sources[1:] if p.split()[-1].islower() and _DOCUMENT.fullmatch(p.split()[-1])]
        if phrases:  # (name, document phrase): see real_doc
            by_body.setdefault(cue.sources[0], []).extend(phrases)
    for quote in doc.quotes:
        extra = tuple(p for s in quote.speakers for p in by_body.get(s, ()) if p not in quote.speakers)
        quote.speakers += tuple(dict.fromkeys(extra))


def load_real(folder: Path) -> list[GoldDoc]:
    paths = sorted(folder.glob("*.gold.json"))
    if not paths:
        raise SystemExit(f"No *.gold.json files in {folder}.")
    return [real_doc(p) for p in paths]


# --- report ----------------------------------------------------------------------------


def report(totals: dict, title: str) -> str:
    """The printed table: one row per measure."""
    rows = [f"## {title}: {totals['docs']} articles, {totals['words']:,} words, "
            f"finders took {totals['seconds']:.2f} s", "",
            "| measure | P | R | F1 | n |", "|---|---|---|---|---|"]

    def prf_row(label: str, c: Count) -> None:
        p, r, f = c.prf()
        rows.append(f"| {label} | {p:.3f} | {r:.3f} | {f:.3f} | gold {c.tp + c.fn}, predicted {c.tp + c.fp} |")

    def ratio_row(label: str, r: Ratio) -> None:
        rows.append(f"| {label} | | | {r.value():.3f} | {r.right}/{r.total} |")

    prf_row("direct quotes", totals["quotes"])
    ratio_row("quote -> right speaker (found quotes)", totals["speaker"])
    ratio_row("quote -> right speaker (end-to-end)", totals["speaker_e2e"])
    prf_row("attribution cues", totals["cues"])
    ratio_row("cue -> right source", totals["cue_source"])
    if totals["hedges"].tp + totals["hedges"].fn + totals["hedges"].fp:
        prf_row("hedges", totals["hedges"])
        prf_row("boosters", totals["boosters"])
    if totals["sources"].total:
        ratio_row("sources found (recall)", totals["sources"])
    if totals["hedge_docs"] and totals["hedge_docs"] < totals["docs"]:
        rows.append(f"\n(Hedges and boosters: over the {totals['hedge_docs']} articles with hedge gold.)")
    if totals["dropped"]:
        rows.append(f"\n({totals['dropped']} gold spans were left out: their offsets do not give their words.)")
    for check, n in sorted(totals["gold_checks"].items()):
        rows.append(f"\n(Gold sources checked against PolNeAR's CoreNLP parse: {check}: {n}.)")
    if totals["speaker_unknown"]:
        rows.append(f"\n({totals['speaker_unknown']} gold quotes have no resolvable speaker and are left out "
                    "of the speaker scores.)")
    return "\n".join(rows)


def evaluate(docs: list[GoldDoc], outermost: bool = False) -> dict:
    totals = new_totals()
    for doc in docs:
        score_doc(doc, totals, outermost)
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--polnear", type=Path, help="a PolNeAR checkout (the folder holding data/)")
    parser.add_argument("--split", default="dev", choices=["train", "dev"], help="PolNeAR split (never test)")
    parser.add_argument("--real", type=Path, help="a folder of <slug>.txt + <slug>.gold.json")
    parser.add_argument("--outermost", action="store_true",
                        help="PolNeAR only: leave out gold and predicted cues inside quotations (PolNeAR's reading)")
    args = parser.parse_args(argv)
    if not args.polnear and not args.real:
        parser.error("give --polnear PATH and/or --real PATH")
    if args.polnear:
        title = f"PolNeAR {args.split}" + (", cues inside quotations left out" if args.outermost else "")
        print(report(evaluate(load_polnear(args.polnear, args.split, HEDGE_GOLD), args.outermost), title))
    if args.real:
        print(report(evaluate(load_real(args.real)), f"Real articles ({args.real})"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
