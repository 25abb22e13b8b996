"""Session 20, speed33: cheaper ways to the same name reading.

- ``token_table_with_capitals`` finds the words written in capitals once, for the capital test and for
  ``names``' acronyms: its caps must be what the old test (each capitalised word read whole) gave.
- ``fold_name`` remembers its answers: a remembered answer must be the one a fresh call gives.
- ``names`` makes its mentions with ``tuple.__new__``: they must be the ``Mention`` the class makes.
- The word pattern names the ASCII characters that are no letter (or digit) in its letter classes: the classes
  must take the characters they took, and the words found must be the same.

Each is checked against the plain computation it replaced, on news-like pieces and arbitrary text
(property tests), and on sentences written for the test.
"""

import re
from itertools import accumulate, compress, count

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit.analysis import name_words as nw
from medialit.analysis import names

SETTINGS = settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

PIECES = [
    "NATO", "U.S.", "I", "A", "Doe", "doe", "WHO", "Who", "IT", "McDonald", "ǅemal", "Σ", "É", "éa", "O’Neill",
    "Doe’s", "NATO’s", "leaders’", "Dr.", "J.", "II", "x", "3", "-", "_", ".", ",", " ", "\n", "“", "”",
]
news_like = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join)
glued = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
texts = st.one_of(news_like, glued, st.text(max_size=80))


def _old_capitalised(words):
    """The capital test as it was before speed33: every capitalised word read whole."""
    caps = [w[0].isupper() for w in words]
    for i in compress(count(), caps):
        if len(words[i]) > 1 and words[i].isupper() and "." not in words[i]:
            caps[i] = False
    return caps


def _check(text):
    table, in_capitals = nw.token_table_with_capitals(text)
    assert in_capitals == [k for k, w in enumerate(table.words) if w.isupper()]
    assert table.caps == _old_capitalised(table.words)
    assert table == nw.token_table(text)


@SETTINGS
@given(texts)
def test_capitals_and_caps_are_what_the_plain_tests_give(text):
    _check(text)


def test_capitals_and_caps_on_sentences():
    text = "The WHO said NATO’s U.S. envoy, Dr. Jo Doe, and I met O’Neill. ǅemal said É was A-OK."
    _check(text)
    table, in_capitals = nw.token_table_with_capitals(text)
    assert [table.words[k] for k in in_capitals] == ["WHO", "NATO", "U.S.", "I", "É", "A-OK"]
    caps = dict(zip(table.words, table.caps))
    assert caps["Doe"] and caps["U.S."] and caps["I"] and caps["É"]
    assert not caps["WHO"] and not caps["NATO"] and not caps["A-OK"] and not caps["said"]


@SETTINGS
@given(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)))
def test_a_remembered_fold_is_a_fresh_one(word):
    assert nw.fold_name(word) == nw.fold_name.__wrapped__(word)
    assert nw.fold_name(word) == nw.fold_name.__wrapped__(word)  # (the second call is answered by the cache)


def test_folds_on_names():
    for word, folded in [("Kovalenkoo", "kovalenko"), ("Hall", "hall"), ("O’Neill", "o'neill"), ("Dmytryy", "dmytry")]:
        assert nw.fold_name(word) == folded == nw.fold_name.__wrapped__(word)


def test_mentions_made_in_c_are_mentions():
    m = names._new_mention((3, 8, 1, True))
    assert type(m) is names.Mention and m == names.Mention(3, 8, 1, True)
    assert (m.start, m.end, m.index, m.possessive) == (3, 8, 1, True)
    found = names.names_in("Mayor Jane Doe opened the bridge. Doe’s plan won, the mayor said.")
    assert all(type(m) is names.Mention for m in found._mentions)
    assert [(m.start, m.end) for m in found._mentions][:2] == [(6, 14), (34, 37)]


# TOKEN_RE as it was before speed33: its letter classes named no ASCII characters.
_OLD_TOKEN_RE = re.compile(r"[^\W\d_](?:\.(?<=[A-Z]\.)(?:[A-Z]\.)+|[a-zA-Z0-9]*+[^\W_]*+(?:[_’'‘-]+[^\W_]+)*+)")


def test_the_letter_classes_take_the_characters_they_took():
    # Every character of the first three planes (all letters and digits of news text, and then some).
    letter, alnum = re.compile(nw._LETTER), re.compile(nw._LETTER_OR_DIGIT)
    old_letter, old_alnum = re.compile(r"[^\W\d_]"), re.compile(r"[^\W_]")
    for c in map(chr, range(0x30000)):
        assert bool(letter.fullmatch(c)) == bool(old_letter.fullmatch(c)), repr(c)
        assert bool(alnum.fullmatch(c)) == bool(old_alnum.fullmatch(c)), repr(c)


@SETTINGS
@given(texts)
def test_words_are_what_the_old_pattern_found(text):
    assert nw.TOKEN_RE.findall(text) == _OLD_TOKEN_RE.findall(text)
    # (the words and the pieces' bounds of the split, as ``name_words._words_and_bounds`` reads them since session 29)
    pieces = re.split(f"({_OLD_TOKEN_RE.pattern})", text)
    assert nw._words_and_bounds(text) == (pieces[1::2], list(accumulate(map(len, pieces))))


def test_words_on_sentences():
    text = "Dr. Ana O’Neill-Ruiz, 45, met U.S. envoys (and Zoë Müller_2) at 10:30; «Ça va», she said."
    words = nw.TOKEN_RE.findall(text)
    assert words == _OLD_TOKEN_RE.findall(text)
    assert words == ["Dr", "Ana", "O’Neill-Ruiz", "met", "U.S.", "envoys", "and", "Zoë", "Müller_2", "at",
                     "Ça", "va", "she", "said"]
