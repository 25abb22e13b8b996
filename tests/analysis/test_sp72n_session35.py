"""Session 35, sp72n: speed changes in the names reader that must leave every reading as it was. The words in lower
case are found once; only the others are read for capitals, for the capital test and for their lower-case form (the
lower-case words share their own string in ``Names.tok_lower``). Each list is checked here against the plain rule
it replaced, on awkward strings. All text here is invented for these tests."""
import pytest
from hypothesis import given, settings, strategies as st

from medialit.analysis.name_words import token_table_and_cases, token_table_with_capitals
from medialit.analysis.names import Names


def _check_table(text: str) -> None:
    table, in_capitals, in_lower_case, not_lower = token_table_and_cases(text)
    assert token_table_with_capitals(text) == (table, in_capitals)
    words = table.words
    assert in_lower_case == [w.islower() for w in words]
    assert not_lower == [k for k, w in enumerate(words) if not w.islower()]
    assert in_capitals == [k for k, w in enumerate(words) if w.isupper()]
    # The capital test as it was: the first letter a capital, but no word in capitals of two letters or more
    # without a full stop ("NATO", not "U.S."), and the Arabic article's names ("al-Assad") taken as capitalised.
    plain = [w[0].isupper() and not (w.isupper() and len(w) > 1 and "." not in w) for w in words]
    for k, (cap, was) in enumerate(zip(table.caps, plain)):
        assert cap == was or (cap and words[k][:3] in ("al-", "el-")), (text, words[k])


def _check_lower(text: str) -> None:
    names = Names(text)
    for k, (word, lower) in enumerate(zip(names.tok_words, names.tok_lower)):
        # (Kept as written: an acronym that spells a grammar word, "WHO"; a surname "He"; a contracted pronoun
        # ends with the pronoun, "we've" read as "we".)
        assert lower == word.lower() or lower == word or word.lower().startswith(lower), (text, word, lower)
        if word.islower():
            assert lower is word or word.lower().startswith(lower)  # the same string, no copy


@pytest.mark.parametrize("text", [
    "The NATO plan: Dr. Jane Roe told the WHO on Monday that U.S. aid would come.",
    "ÉMILE ROE and Zoë Ünal met ǅuro Lee; the ǈ-shaped hall (ΣΊΣΥΦΟΣ) was shut.",
    "Bashar al-Assad and Ana el-Roe said we've seen 2nd-rate plans. I’m sure, Jia He said.",
    "ſtraße ½ x3 İstanbul ß Ⅻ ⓐ ᾈ ﬁne",  # letters whose case is not plain ASCII
])
def test_lower_case_and_capitals_as_the_plain_rule(text):
    _check_table(text)
    _check_lower(text)


def test_a_name_is_still_found():
    n = Names("Mayor Jo Bantry said the plan would work. Bantry’s office agreed.")
    assert [(p.name, p.role) for p in n.people] == [("Jo Bantry", "Mayor")]


_PIECES = st.sampled_from(["Dr", "dR", "NATO", "Nato", "nato", "WHO", "x", "J", "É", "é", "ǅ", "ǆ", "Σ", "ς", "İ", "ß",
                           "½", "ſt", "Ⅻ", "ⓐ", "3", "_", "-", "’", "'", "s", ".", ". ", " ", "said", "U.S.", "al-",
                           "Roe", "we've", "He", "(", ",", "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=14).map("".join))
def test_table_as_the_plain_rule(text):
    _check_table(text)
