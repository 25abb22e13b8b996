"""Speed changes of session 10 (speed13), each checked against the form it replaces.

- The finders read the words' fields from ``token_table``'s lists, and make no ``Token`` per word.
- ``text.word_spans``' pattern reads its repeats possessively.
- ``hedges._any_entry`` writes the start that several phrases share once ("{be}" before "believed to",
  "expected to", ...); it must match exactly where one of the phrases' own patterns matches.
"""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit.analysis import hedges
from medialit.analysis.cues import CueReader
from medialit.analysis.name_words import Token, token_table, tokens
from medialit.analysis.names import Names
from medialit.analysis.text import word_spans

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

SENTENCE = "Dr. Ann Roe’s aides met the leaders’ envoys; U.S. officials said it is widely believed to work."


def test_names_reads_every_field_of_the_tokens_from_the_table():
    names, toks = Names(SENTENCE), tokens(SENTENCE)
    assert names.tok_full_ends == [t.full_end for t in toks]
    assert names.tok_possessive == [t.possessive for t in toks]
    assert names.tok_words == [t.word for t in toks]
    words = dict(zip(names.tok_words, zip(names.tok_possessive, names.tok_full_ends, names.tok_ends)))
    assert words["Roe"][0] and words["leaders"][0]  # "Roe’s", "leaders’"
    assert words["Dr"][1] == words["Dr"][2] + 1  # a title's full stop is in its full end


def test_tokens_are_made_from_the_table():
    toks = tokens(SENTENCE)
    assert all(type(t) is Token for t in toks)
    assert [tuple(t) for t in toks] == list(zip(*token_table(SENTENCE)))


def test_cue_reader_shares_the_names_lists():
    reader = CueReader(SENTENCE)
    assert reader.tok_starts is reader.names.tok_starts and reader.tok_possessive is reader.names.tok_possessive
    assert [c.row["cue"] for c in reader.cues] == ["said", "it is believed"]


def test_shared_starts_are_written_once():
    gap = hedges._GAP
    pattern = hedges._shared_starts_once([("is", "believed", "to"), ("is", "expected", "to"), ("may",)])
    assert pattern == f"is{gap}(?:believed{gap}(?:to)|expected{gap}(?:to))|may"
    # A phrase that ends where a longer one goes on keeps both (the lexicon's end tests make this rare).
    pattern = hedges._shared_starts_once([("is", "likely"), ("is", "likely", "to")])
    assert re.fullmatch(pattern, "is likely") and re.fullmatch(pattern, "is likely to")


def _plain_any_entry() -> dict[str, re.Pattern[str]]:
    """The form replaced: each first word's phrase patterns, written out whole, one after another."""
    start = hedges._WHOLE_WORD_START
    return {word: re.compile(start + "(?:" + "|".join(e.pattern.pattern.removeprefix(start) for e in entries) + ")",
                             re.I)
            for word, entries in hedges._lexicon().items()}


PLAIN = _plain_any_entry()
PIECES = ["is", "was", "has been", "will be", "widely", "believed", "expected", "to", "said", "it", "in",
          "fact", "may", "could", "likely", "according", "sources", "Jane Doe", "he", "-", "\u2011", " ", "  ",
          "\n", ",", ".", "about", "some", "many", "reportedly", "appears", "seems", "clear", "Is", "WAS"]


@SETTINGS
@given(st.lists(st.sampled_from(PIECES), max_size=14).map(" ".join),
       st.lists(st.sampled_from(PIECES), max_size=14).map("".join))
def test_any_entry_matches_where_the_written_out_phrases_match(spaced, joined):
    for text in (spaced, joined):
        for m in re.finditer(r"\w+", text):
            word = m.group().lower()
            if word in PLAIN:
                got = hedges._any_entry()[word].match(text, m.start())
                want = PLAIN[word].match(text, m.start())
                assert (got is None) == (want is None), (text, m.start())


def test_any_entry_on_invented_sentences():
    any_entry = hedges._any_entry()
    text = "It is widely believed to be over, and it was expected to pass; it is a plan."
    assert any_entry["is"].match(text, text.index("is widely"))
    assert any_entry["was"].match(text, text.index("was expected"))
    assert PLAIN["is"].match(text, text.index("is a plan")) is None
    assert any_entry["is"].match(text, text.index("is a plan")) is None


# word_spans' pattern before speed13, its repeats greedy (they now never step back).
OLD_WORD_RE = re.compile(r"[A-Za-z\u00C0-\u024F0-9]+(?:['\u2019][A-Za-z]+)*")


@SETTINGS
@given(st.lists(st.sampled_from(["It", "'s", "’", "'", "O", "Neill", "30", "días", "x", " ", "-", "''", "’’s", "."]),
                max_size=20).map("".join))
def test_word_spans_with_possessive_repeats_equal_the_greedy_pattern(text):
    assert word_spans(text) == [m.span() for m in OLD_WORD_RE.finditer(text)]


def test_word_spans_on_an_invented_sentence():
    text = "It's O’Neill’s 30-day plan, the rock 'n' roll fans' view."
    assert [text[s:e] for s, e in word_spans(text)] == [
        "It's", "O’Neill’s", "30", "day", "plan", "the", "rock", "n", "roll", "fans", "view"]
