"""Session 30, sp60: two speed changes that must leave every reading as it was. The token split now cuts each run
of words on its own (no joined copy of the runs), and a name's word-only parts are kept by its words for the text's
later mentions of it. All text here is invented for these tests."""
import pytest
from medialit.analysis.name_words import TOKEN_RE, token_words
from medialit.analysis.names import names_in


def _words_and_bounds_by_search(text):
    """The reference: every word found by its own search, and the ends of [gap, word, gap, word, ..., gap]."""
    words, bounds = [], []
    for m in TOKEN_RE.finditer(text):
        words.append(m.group())
        bounds += [m.start(), m.end()]
    return words, bounds + [len(text)]


@pytest.mark.parametrize("text", [
    "",
    "  ,;  ",
    "Dr. Doe’s 2 plans",
    "Mayor Jo Reed met  U.S. officials,\n\n“We’ll see,” said Ann Lee-Hart — twice.",
    "One run only here",
    "A word, then: two words; then three more words!\tTab\u00a0gap and the end",
    "—Ends with a run",
    "Starts with a run—",
])
def test_the_token_split_finds_the_words_a_search_finds(text):
    assert token_words(text) == _words_and_bounds_by_search(text)


def test_a_name_repeated_in_a_text_reads_the_same_each_time():
    text = ("Jo M. Banda said the ferry would run. Later Jo M. Banda said it would not. "
            "Ann Lee told reporters the plan was fair. Ann Lee said it again on Friday.")
    people = {p.name: p for p in names_in(text).people}
    assert "Jo M. Banda" in people and "Ann Lee" in people  # the initial keeps its full stop both times
    assert len(people["Jo M. Banda"].mentions) == 2
    assert len(people["Ann Lee"].mentions) == 2


def test_a_name_copied_twice_is_read_once_each_time_it_comes():
    text = "Kay Ure Kay Ure said the bridge was shut. Then Kay Ure Kay Ure said it was open."
    people = [p for p in names_in(text).people if p.kind == "person"]
    assert [p.name for p in people] == ["Kay Ure"]
    assert len(people[0].mentions) == 2


def test_the_same_words_in_a_fresh_text_are_read_on_their_own():
    # (the kept parts go with their text: a second text with the same name reads it afresh, with its own spans)
    first = names_in("Jo Reed said the plan was fair.").people
    second = names_in("On Monday, Jo Reed said the plan was fair.").people
    assert [p.name for p in first] == [p.name for p in second] == ["Jo Reed"]
    assert first[0].mentions == ((0, 7),) and second[0].mentions == ((11, 18),)
