"""Session 25 (speed47): the text index reads its words off the names reader's tokens.

``index._words_from_tokens`` must give exactly ``text.word_spans``: it only spares a second scan of the text.
"""

import random

import pytest

from medialit.analysis.index import _words_from_tokens, text_index
from medialit.analysis.name_words import token_table, token_words
from medialit.analysis.text import word_spans

_SHAPES = [
    "",
    "2025",  # no token at all: the number alone is a word
    "Mayor Ana Ruiz’s team won 3-1 in the 1990s, at 5pm, not ’90s.",
    "The U.S.Army met the E.U. at 10:30 a.m. on 3rd May.",
    "Jo O'Neill didn’t say rock‘n’roll; al-Assad and Ruiz-Diaz did.",
    "José and Zoë met Αθηνά in Łódź: 3×4 and 8÷2, x² and e\u0301.",
    "Two’’quotes and a'’mixed one, ’Twas 12 o’clock.",
    "G7 leaders, COVID-19 and 5G masts; F-35s and B52s.",
    "No\u00a0break\u202fspaces 4\u00a0000 and a\0null 7.",
]


# Plain words around a shape, so that few tokens are read again (a text of many is read afresh, all of it).
_PLAIN = " and then the plain words of a long sentence went on for a while " * 3


@pytest.mark.parametrize("text", _SHAPES)
def test_words_from_tokens_are_the_words_of_word_spans(text):
    for padded in (text, _PLAIN + text, text + _PLAIN, _PLAIN + text + _PLAIN):
        assert _words_from_tokens(padded) == tuple(word_spans(padded))


def test_words_from_tokens_on_many_jumbled_strings():
    # Strings of the characters where the two tokenisations differ: digits, signs, joins, non-Latin letters.
    rnd = random.Random(25)
    alphabet = "abZ1’'‘-._×÷é α²\n,9\0\u0301\u00a0\u01c4\u024fSs"
    for _ in range(3000):
        jumble = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        text = _PLAIN[:rnd.randint(0, 120)] + jumble + _PLAIN[:rnd.randint(0, 120)]
        assert _words_from_tokens(text) == tuple(word_spans(text)), repr(text)


def test_the_index_and_the_token_table_share_one_split():
    text = "Officials in Kestrel Point said the 2 bridges reopen on Monday."
    words, _ = token_words(text)
    assert text_index(text).words == tuple(word_spans(text))
    assert token_words(text)[0] is words  # kept: the second reader splits nothing again
    assert token_table(text).words == words
