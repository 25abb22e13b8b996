"""Session 26 (sp52): shortcuts in the shared text layer give exactly what the plain reading gives.

Texts here are invented. Each test compares a shortcut with the plain computation it replaced.
"""

import random

from medialit.analysis import article, index, text
from medialit.analysis.index import TextIndex, text_index
from medialit.analysis.text import may_hold_any, sentence_spans, word_spans

_TEXTS = [
    "The U.S. team's 3rd win, 2-1, came at 5 pm. Mr. Doe said so.",
    "ΟΔΟΣ ΣΟΦΙΑΣ: the Greek street sign read ΣΟΦΙΑΣ' in capitals, and the team met there on Monday.",
    "\u0130stanbul talks went on; the envoy\u2019s aide didn\u2019t say when they would end.",
    "A table: 10 20 30 40 50 60 70 80 90 100.",
    "José Álvarez and Zoë O\u2019Neill met the al-Assad envoy in the 1990s; NATO's G7 partners agreed.",
    "",
]


def _plain_lower_words(t: str) -> tuple[str, ...]:
    words, low = tuple(word_spans(t)), t.lower()
    if len(low) != len(t):
        return tuple(t[s:e].lower() for s, e in words)
    return tuple(low[s:e] for s, e in words)


def test_lower_words_read_off_the_tokens_are_the_lowered_text_cut_per_word():
    for t in _TEXTS + [t.upper() for t in _TEXTS] + [" ".join(_TEXTS) * 3]:
        ix = text_index(t)
        assert ix.words == tuple(word_spans(t))
        assert ix.lower_words == _plain_lower_words(t), t
        if ix.written is not None:
            assert ix.written == [t[s:e] for s, e in ix.words]


def test_an_index_made_without_the_written_words_lowers_the_same():
    for t in _TEXTS:
        plain = TextIndex(t, tuple(word_spans(t)), tuple(sentence_spans(t)))
        assert plain.lower_words == text_index(t).lower_words


def _plain_run_start(t: str, stop: int) -> int:
    i = stop
    while i > 0 and (t[i - 1].isalpha() or t[i - 1] == "."):
        i -= 1
    return i


def _plain_is_abbreviation(t: str, stop: int) -> bool:
    """``text._is_abbreviation`` as it was before session 26: the run before the stop found character by character."""
    if t[stop] != ".":
        return False
    i = _plain_run_start(t, stop)
    token = t[i:stop].lower()
    if not token:
        return False
    if token in text._ABBREVIATIONS:
        return True
    if token in text._NUMBER_ABBREVIATIONS:
        return text._DIGIT_NEXT_RE.match(t, stop + 1) is not None
    if token in text._ORDINAL_ENDS and i and t[i - 1].isdigit():
        m = text._NEXT_WORD_RE.match(t, stop + 1)
        return m is not None and m.group(1).lower() in text._RANKS_AFTER_ORDINAL
    return all(len(part) == 1 for part in token.split(".")) and t[i:stop].isupper()


def test_abbreviations_before_a_full_stop_are_read_as_before():
    # The run of letters and full stops before a stop: found from the last blank, or character by character.
    rng = random.Random(26)
    pieces = ["Mr", "U.S", "Dr", "x", "A", "2nd", "No", "Sgt", " ", "\n", "\t", "(", ",", "\u00e9", "\u00a0", "5", "."]
    for _ in range(3000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) + ". Next 5 Lt. Doe."
        for stop in [i for i, c in enumerate(t) if c == "."]:
            assert text._is_abbreviation(t, stop) == _plain_is_abbreviation(t, stop), (t, stop)


def test_lines_found_to_hold_a_row_word_include_every_line_that_holds_one():
    t = ("Photo: Jo Doe\nThe views expressed here are the writer's own.\n  Subscribe to our newsletter  \n"
         "Share this story\nThe council met on Monday.\nIMAGE CREDIT: city hall\n\nYour views matter")
    lines, pos = [], 0
    for line in t.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    starts = [s for s, _ in lines]
    for kind in ("credit", "note", "boilerplate"):
        found = article._lines_with_words(t, starts, kind)
        assert found is not None
        for n, (s, e) in enumerate(lines):
            if may_hold_any(t[s:e].strip(), article._row_words(kind)):
                assert n in found, (kind, t[s:e])
    # A text that lowers out of place (a dotted capital I grows) is read line by line, as before.
    assert article._lines_with_words("\u0130 photo", [0], "credit") is None


def test_blocks_are_classified_the_same_with_the_line_words_found_once():
    t = ("WORLD NEWS\nTalks resume in the capital on Friday\n\nBy Jo Doe\n\nThe talks resumed on Monday, "
         "officials said, after a long pause.\n\nPhoto: Ann Lee/City Desk\n\nSubscribe to our newsletter\n\n"
         "The views expressed are the author's own.")
    blocks = article._classify(t)
    kinds = [b.kind for b in blocks]
    assert kinds == ["boilerplate", "headline", "boilerplate", "body", "caption", "boilerplate", "boilerplate"], kinds
    assert index.text_index(t).lower_words[:2] == ("world", "news")
