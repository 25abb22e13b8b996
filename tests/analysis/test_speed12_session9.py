"""Speed short cuts of session 9 (speed12), each checked against the form it replaces on random text.

The old forms are written out here, so a later change that makes the two disagree fails at once.
"""

import re
from operator import itemgetter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit.analysis.cues import MASK, CueReader
from medialit.analysis.name_words import Token, token_table, tokens
from medialit.analysis.names import Names
from medialit.analysis.text import word_spans

# word_spans' pattern, written out (the old form below runs it itself).
WORD_RE = re.compile(r"[A-Za-z\u00C0-\u024F0-9]+(?:['\u2019][A-Za-z]+)*")
SETTINGS = settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

PIECES = [
    "U.S.", "Mr.", "Dr. Lee", "J.", "Doe’s", "leaders’", "Jones'", "O’Neill", "Brooks-Hart", "NATO", "É’s", "s", "S",
    "the", "The", "said", ".", "!", "?", "’", "'", "‘", "“", "”", "(", ")", ",", " ", "\n", "Talks resumed", "x_y",
    "é1_", "ΣΟΦΟΣ", "İstanbul", "de la", "Van", "1A.B.",
]
texts = st.one_of(st.lists(st.sampled_from(PIECES), max_size=80).map(" ".join),
                  st.lists(st.sampled_from(PIECES), max_size=80).map("".join), st.text(max_size=300))


@SETTINGS
@given(texts)
def test_token_table_columns_are_the_tokens_fields(text):
    # Old form: each column read back from the tokens with a C-level map of an itemgetter.
    # (speed13: the table holds the columns alone; ``tokens`` makes the Token objects from them.)
    table, toks = token_table(text), tokens(text)
    assert all(type(t) is Token for t in toks)
    for n, column in enumerate(table):
        assert column == list(map(itemgetter(n), toks))
    assert len(table) == len(Token._fields)


@SETTINGS
@given(texts)
def test_names_and_cue_reader_read_the_same_columns(text):
    names, toks = Names(text), tokens(text)
    for field in Token._fields:  # names.tok_starts, names.tok_ends, ... names.tok_possessive
        assert getattr(names, f"tok_{field}s".replace("possessives", "possessive")) == [getattr(t, field) for t in toks]
    assert names.lower_words == {t.word for t in toks if t.word.islower()}
    if text.strip():
        reader = CueReader(text)
        assert reader.tok_ends == [t.end for t in toks] and reader.tok_caps == [t.cap for t in toks]


def test_invented_sentence_columns():
    table = token_table("Mayor Jane O’Neill’s aides met U.S. officials.")
    assert table.words == ["Mayor", "Jane", "O’Neill", "aides", "met", "U.S.", "officials"]
    assert table.caps == [True, True, True, False, False, True, False]
    assert table.ends[2] == table.starts[2] + len("O’Neill")


@SETTINGS
@given(texts, st.integers(0, 40), st.integers(0, 400))
def test_word_spans_by_map_equal_the_list_comprehension(text, start, end):
    # Old form: a list comprehension calling each match's span().
    old = [m.span() for m in WORD_RE.finditer(text, start, end)]
    assert word_spans(text, start, end) == old


@SETTINGS
@given(texts)
def test_unmasked_by_isalnum_equals_the_blanked_set(text):
    # Old form: a word is masked when the masked text holds MASK or a space where it starts.
    if not text.strip():
        return
    reader = CueReader(text)
    blanked = frozenset((MASK, " "))
    assert reader._unmasked == [reader.masked[s] not in blanked for s in reader.tok_starts]


def test_a_word_inside_a_quotation_or_a_short_bracket_is_masked():
    text = "Jim Roe (D-Ore.) said “taxes rise” on Monday."
    reader = CueReader(text)
    words = [text[s:e] for s, e, ok in zip(reader.tok_starts, reader.tok_ends, reader._unmasked) if not ok]
    assert words == ["D-Ore", "taxes", "rise"]
