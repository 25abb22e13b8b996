"""Session 19 (speed32): short cuts that must give what the plain computation gives.

Each test checks a rewrite against the code it replaced, on sentences written for it and on
arbitrary text (property tests), so speed never changes a result.
"""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit.analysis import cues, hedges, names, quote_marks, readability
from medialit.analysis import text as text_module
from medialit.analysis.wordlists import BE_FORMS, HAVE_FORMS, MODALS_AND_NOT

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

TEXT_PIECES = ["said", "little", "much", "a lot", "very", "so", "too", "not", "never", ";", ":", "!", "?", "\ue000",
               "\u201c", "\u201d", '"', "It's", "O\u2019Neill", "caf\u00e9", "Zo\u00eb", "\u0250b", "\u024f", "30", "1,000", "2.5", "a-b", "don't'",
               "'s", "\u2019", "'", " ", "  ", "\n", "\t", ".", ",", "\0", "\u0130", "\u212a", "\u03a9mega", "x"]
piece_texts = st.one_of(st.lists(st.sampled_from(TEXT_PIECES), max_size=60).map(" ".join),
                       st.lists(st.sampled_from(TEXT_PIECES), max_size=60).map("".join), st.text(max_size=200))


def _trimmed_by_search(text, s, e):
    """``text._add_trimmed`` before speed32: a search for the first character that is no white space."""
    out = []
    first = re.compile(r"\S").search(text, s, e)
    if first is None:
        return out
    s = first.start()
    if not text[s].isalnum() and re.compile(r"[^\W_]").search(text, s, e) is None:
        return out
    while text[e - 1].isspace():
        e -= 1
    out.append((s, e))
    return out


def _trimmed(text, s, e):
    out = []
    text_module._add_trimmed(text, s, e, out)
    return out


def test_a_piece_is_trimmed_as_the_search_trimmed_it():
    text = "Talks resumed. \u00a0 They said so.  \n\u2003 \u201cYes.\u201d  -- ok \t"
    for s in range(len(text) + 1):
        for e in range(s, len(text) + 1):
            assert _trimmed(text, s, e) == _trimmed_by_search(text, s, e), (s, e)


@SETTINGS
@given(piece_texts, st.integers(0, 220), st.integers(0, 220))
def test_pieces_are_trimmed_as_the_search_trimmed_them(text, s, e):
    e = min(e, len(text))
    assert _trimmed(text, s, e) == _trimmed_by_search(text, s, e)


def test_an_amount_after_a_verb_is_looked_for_only_after_one_of_its_openings():
    for text in ("He said little, an aide said.", "They said so much.", "She said a lot!", "He said too little;",
                 "He said: much.", "She said very little (if any)", "He said muchly.", "said  little."):
        for end in range(len(text) + 1):
            if cues._AMOUNT_ONLY_RE.match(text, end):
                assert text.startswith(cues._AMOUNT_ONLY_OPENINGS, end), (text, end)


@SETTINGS
@given(piece_texts)
def test_no_amount_is_found_without_one_of_its_openings(text):
    for end in range(len(text) + 1):
        if cues._AMOUNT_ONLY_RE.match(text, end):
            assert text.startswith(cues._AMOUNT_ONLY_OPENINGS, end)


def test_one_space_between_words_holds_no_negation_break_and_the_auxiliaries_are_the_same_words():
    assert cues._NEGATION_BREAK_RE.search(" ") is None
    assert cues._AUXILIARIES == BE_FORMS | HAVE_FORMS | MODALS_AND_NOT - {"not", "never"}


def _words_before_by_split(text, start, n):
    """``hedges._words_before`` before speed32: the window split at every clause break, the last piece read."""
    clause = re.compile(r"[.!?;:\u201c\u201d\"\n]").split(text[max(0, start - 80):start])[-1]
    return [w.lower() for w in re.compile(r"[\w'\u2019]+").findall(clause)[-n:]]


def test_the_words_before_a_phrase_stop_at_the_last_clause_break():
    text = "Doe said: \u201cIt may rain.\u201d Officials; they said it is believed to be likely?\nMaybe so, it seems"
    for start in range(len(text) + 1):
        for n in (1, 3, 4):
            assert hedges._words_before(text, start, n) == _words_before_by_split(text, start, n), (start, n)


@SETTINGS
@given(piece_texts, st.integers(0, 220))
def test_words_before_match_the_split_window(text, start):
    assert hedges._words_before(text, start, 4) == _words_before_by_split(text, start, 4)


def _ts_words_by_regex(text):
    """``readability._ts_words`` before speed32: the marks removed by the regex, for any text."""
    return readability._PUNCTUATION.sub("", readability._NONCONTRACTION_APOSTROPHE.sub("", text)).split()


def test_an_ascii_text_loses_the_marks_the_regex_removed():
    for text in ("Don't stop -- it's 30% (of $4.5m)!", "a_b c:d 'quoted' we've \"x\" y's\x1c z\x00q\x7f",
                 "".join(map(chr, range(128))), "caf\u00e9, \u201cnot ASCII\u201d \u2014 so: regex"):
        assert readability._ts_words(text) == _ts_words_by_regex(text)


@SETTINGS
@given(st.one_of(piece_texts, st.text(alphabet=st.characters(max_codepoint=127), max_size=200)))
def test_ts_words_match_the_regex_removal(text):
    assert readability._ts_words(text) == _ts_words_by_regex(text)


def test_an_apposition_opens_with_its_comma():
    assert names._APPOSITION_RE.pattern.startswith(",")
    people = names.names_in("Jane Doe, the leader of the group, said so. Tom Roe, 45, said").people
    assert [(p.name, p.role) for p in people] == [("Jane Doe", "leader of the group"), ("Tom Roe", None)]


_FIRST_PERSON_BY_BOUNDARY = re.compile(r"\b(I|[Ww]e)[ \t]+(?:also[ \t]+|really[ \t]+|still[ \t]+|just[ \t]+|all[ \t]+|"
                                       r"both[ \t]+)?([a-z]+)\b")  # (before speed32: "\b" first)


def _first_person(pattern, text, start=0):
    return [(m.span(), m.span(1), m.span(2)) for m in pattern.finditer(text, start, len(text))]


def test_a_first_person_verb_is_found_where_the_word_boundary_pattern_found_it():
    text = "\u201cI think we won. We all know it; Owe said nothing, aI said, _we said, \u00e9We think, 1I felt,\tI\tfeel\u201d"
    for start in range(len(text) + 1):
        assert _first_person(cues._FIRST_PERSON_VERB_RE, text, start) == _first_person(_FIRST_PERSON_BY_BOUNDARY, text, start)


@SETTINGS
@given(st.one_of(piece_texts, st.lists(st.sampled_from(["I", "We", "we", "Owe", "think", "all", "\t", "_", "1", "x"]),
                                       max_size=30).map(" ".join)))
def test_first_person_verbs_match_the_word_boundary_pattern(text):
    assert _first_person(cues._FIRST_PERSON_VERB_RE, text) == _first_person(_FIRST_PERSON_BY_BOUNDARY, text)


def test_reporting_words_by_first_letter_are_the_same_words():
    words = hedges._REPORTING_WORDS.split("|")
    factored = re.compile(rf"(?:{hedges._REPORTING_BY_LETTER})$", re.I)
    assert all(factored.match(w) for w in ["said", "SAID", "\u017faid", "made it clear", "estimates  that", "adamant that"])
    for word in words:
        plain = re.compile(rf"(?:{word})$", re.I)
        for sample in ("said", "says", "told", "made clear", "made it clear", "remarked", "sure that", "saying"):
            if plain.match(sample):
                assert factored.match(sample)
    assert hedges._by_first_letter("said|says|told") == "s(?:aid|ays)|t(?:old)"


_REPORTING_PLAIN = re.compile(rf"\b(?:{hedges._REPORTING_WORDS})\b[^.!?;\n]{{0,60}}$", re.I)
_REPORTED_THAT_PLAIN = re.compile(rf"\b(?:{hedges._REPORTING_WORDS})\b[^.!?;\n]{{0,120}}?\bthat\b", re.I)


@SETTINGS
@given(st.lists(st.sampled_from(["said", "SAYS", "\u017faid", "unsaid", "told", "made", "it", "clear", "that", "argue",
                                 "predicted", "hopes", ";", ".", "\n", " ", ",", "the", "plan", "would"]),
                max_size=25).map(" ".join))
def test_reported_searches_by_first_letter_find_what_the_plain_patterns_find(text):
    for pos in range(0, len(text) + 1, 3):
        assert (hedges._REPORTED_FUTURE.search(text, pos) is None) == (_REPORTING_PLAIN.search(text, pos) is None)
        assert (hedges._REPORTED_THAT.search(text, pos) is None) == (_REPORTED_THAT_PLAIN.search(text, pos) is None)



_WORK_BEFORE_AS_WRITTEN = (r"\b(?:journal|newspaper|magazine|book|novel|memoir|film|movie|song|album|poem|"
                           r"documentary|podcast|series|play|musical|opera|anthem|hymn|painting|sculpture|portrait|mural)\s*$")


def test_a_work_before_a_quote_is_looked_for_only_after_one_of_the_works():
    assert quote_marks._WORK_BEFORE.pattern == _WORK_BEFORE_AS_WRITTEN
    for text in ("the film \u201cX\u201d", "her memoir  \n\u201cX\u201d", "the Film \u201cX\u201d", "a songbook \u201cX\u201d",
                 "the play\n\u201cX\u201d", "the screenplay \u201cX\u201d", "He said \u201cX\u201d"):
        q = text.index("\u201c")
        found = quote_marks._WORK_BEFORE.search(text, max(0, q - 16), q) is not None
        assert not found or text[max(0, q - 16):q].rstrip().endswith(quote_marks._WORK_ENDINGS), text


@SETTINGS
@given(st.lists(st.sampled_from(["film", "the", "play", "screenplay", "Film", "songs", "\n", " ", "\t", "x", "mural"]),
                max_size=8).map(" ".join))
def test_no_work_is_found_without_one_of_the_works_at_the_end(text):
    if quote_marks._WORK_BEFORE.search(text) is not None:
        assert text.rstrip().endswith(quote_marks._WORK_ENDINGS)
