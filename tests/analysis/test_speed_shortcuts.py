"""Speed short cuts of issue 10, each checked against the plain computation it replaces.

The plain versions are written out here (as they were before the short cut), so a
later change that makes the two disagree fails at once, on news-like and arbitrary text.
"""

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit import load_article
from medialit.analysis import article, name_words, readability, text
from medialit.analysis.index import TextIndex, text_index
from medialit.analysis.name_words import APOSTROPHES, Token, tokens
from medialit.analysis.text import ArticleError, sentence_spans, word_spans
from medialit.analysis.wordlists import TITLE_ABBREVIATIONS

SETTINGS = settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
ROOT = Path(__file__).resolve().parents[2]

PIECES = [
    "U.S.", "A.B.C.", "Mr.", "Dr. Lee", "J.", "Doe’s", "leaders’", "Jones'", "O’Neill", "Brooks-Hart", "NATO", "É’s",
    "s", "S", "the", "The", "the 19-year-old", "a teacher", "An", "presid-", "ent", "-\n", "said", ".", "!", "?", "...",
    "’", "'", "‘", "“", "”", "(", ")", ",", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "Talks resumed", "Photo: AP",
    "By Jane Doe", "x_y", "é1_", "1A.B.",
]
news_like = st.lists(st.sampled_from(PIECES), max_size=80).map(" ".join)
glued = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)
texts = st.one_of(news_like, glued, st.text(max_size=300))


def plain_tokens(txt: str) -> list[tuple]:
    """name_words.tokens as it was: one regex match at a time."""
    out = []
    for m in re.finditer(r"(?:[A-Z]\.){2,}|[^\W\d_](?:[\w’'‘-]*[^\W_])?", txt):
        word, s, e = m.group(), m.start(), m.end()
        full, poss = e, False
        last = word[-1]
        if len(word) > 2 and last == "s" and word[-2] in APOSTROPHES:
            word, e, poss = word[:-2], e - 2, True
        elif (last == "s" or last == "S") and txt[e:e + 1] in APOSTROPHES and not txt[e + 1:e + 2].isalpha():
            poss, full = True, e + 1
        if txt[full:full + 1] == "." and (len(word) == 1 and word.isupper() or word.lower() in TITLE_ABBREVIATIONS):
            full += 1
        first_up = word[0].isupper()
        shout = first_up and len(word) > 1 and word.isupper() and "." not in word
        out.append((s, e, full, word, first_up and not shout, poss))
    return out


@SETTINGS
@given(texts)
def test_tokens_match_the_plain_reading(txt):
    toks = tokens(txt)
    assert [tuple(t) for t in toks] == plain_tokens(txt)
    assert all(type(t) is Token for t in toks)


def test_tokens_at_the_very_end_of_a_text():
    # A final "s" with nothing after it reads as a plural possessive, as it always did.
    assert [tuple(t) for t in tokens("U.S.’s")] == plain_tokens("U.S.’s")
    assert tokens("the leaders")[-1].possessive is True


# (the regex as it was, the regex now) for each pattern rewritten to start with one character class
REWRITTEN = [
    (r"[.!?]+['\"\u2019\u201d)\]]*(?=\s+[\"'\u2018\u201c(\[]?[A-Z0-9\u00C0-\u00DE])", text._END_RE),
    (r"[^\w\s']+", readability._PUNCTUATION),
    (r"(?<=[^\W\d_])-(?:\n|[ \t]\n?)(?=[a-z])(?!(?:and|or|nor|to|as|but|than)\b)", article._SPLIT_WORD),
    (r"(?:[A-Z]\.){2,}|[^\W\d_](?:[\w’'‘-]*[^\W_])?", name_words.TOKEN_RE),
]


@SETTINGS
@given(texts)
def test_rewritten_regexes_find_the_same_spans(txt):
    for old, new in REWRITTEN:
        assert [m.span() for m in re.finditer(old, txt)] == [m.span() for m in new.finditer(txt)], old


@SETTINGS
@given(texts)
def test_epithet_patterns_match_as_with_a_word_boundary(txt):
    the, a = name_words.epithet_patterns()
    # (the "the" pattern opens at the "he" of "the", one character after the plain pattern's match)
    for new, shift in ((the, 1), (a, 0)):
        old = re.compile(new.pattern.replace("he(?<=[Tt]he)(?<!\\w[Tt]he)", "\\b[Tt]he").replace("[Aa](?<!\\w[Aa])n?", "\\b[Aa]n?"))
        assert old.pattern != new.pattern
        assert [(m.start(), m.end(), m.groups()) for m in old.finditer(txt)] \
            == [(m.start() - shift, m.end(), m.groups()) for m in new.finditer(txt)]


def fresh_index(txt: str) -> TextIndex:
    return TextIndex(txt, tuple(word_spans(txt)), tuple(sentence_spans(txt)))


def assert_body_index_is_fresh(source) -> None:
    try:
        art = load_article(source)
    except ArticleError:
        return
    body = art.body
    derived, fresh = text_index(body), fresh_index(body)
    assert (derived.words, derived.sentences) == (fresh.words, fresh.sentences)


@SETTINGS
@given(texts)
def test_a_body_index_read_off_the_article_is_a_fresh_index(txt):
    assert_body_index_is_fresh(txt)


@pytest.mark.parametrize("path", sorted((ROOT / "tests" / "data").glob("*/*.txt")) + [ROOT / "seeds" / "putin-istanbul-talks-2025.txt"],
                         ids=lambda p: p.name)
def test_body_index_on_real_and_invented_articles(path):
    assert_body_index_is_fresh(path)


def test_a_body_of_a_body_and_a_text_that_is_its_own_body():
    art = load_article("Title\n\n  Mr. Doe said so. Then he left.  \n\nPhoto: AP\n\nU.S. talks\tresume. Next")
    again = load_article(art.body)
    assert_body_index_is_fresh(art.body)
    assert text_index(again.body).words == tuple(word_spans(again.body))
    one_line = "Officials said the talks would resume on Monday in the capital."
    assert text_index(load_article(one_line).body).words == tuple(word_spans(one_line))
