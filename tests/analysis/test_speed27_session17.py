"""Session 17, speed27: short cuts that must give exactly what the plain computations gave.

Each test checks a cheaper way of working something out against the plain way it replaced, on
news-like pieces and arbitrary text (property tests), or on sentences written for the test.
"""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit import find_sources, load_article, readability
from medialit.analysis import readability as rd
from medialit.analysis import sources
from medialit.analysis.index import joined_lines
from medialit.analysis.text import sentence_spans

SETTINGS = settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

PIECES = [
    "U.S.", "A.B.", "30-day", "well-to-do", "1,000", "3.5", "don't", "DON'T", "It'S", "O'Neill", "WE'VE", "rock'n'roll",
    "Lee\u2019s", "\u2018", "`", "\u00b4", "'", "-", ".", ",", "\u0130stanbul", "\u00c9mile", "\u01c5", "stra\u00dfe",
    "The", "talks", "Jane Doe", "said", "  ", "\n", "\u00a0", "(", ")", ";", ":",
]
news_like = st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join)
glued = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
texts = st.one_of(news_like, glued, st.text(max_size=200))


@SETTINGS
@given(texts)
def test_a_kit_words_key_has_the_syllables_of_the_kit_word(text):
    # An article body's kit words are counted by keys that are mostly the index's lower-case words.
    keys, spans = rd._kit_word_keys(text), rd._whole_text_kit_words(text)
    if keys is None:
        assert "\u0130" in text
        return
    assert len(keys) == len(spans)
    for key, (s, e) in zip(keys, spans):
        assert key in (text[s:e], text[s:e].lower())
        assert rd._syllables(key) == rd._syllables(text[s:e]), (text, key, text[s:e])


def test_an_article_body_is_scored_as_the_same_text_read_alone():
    text = ("Talks Resume In Geneva\n\nThe well-to-do U.S. envoy said talks had gone on for 30-day stretches. "
            "\u201cWE'VE DONE IT,\u201d said Ana O'Neill. It'S over, she added.\n\n"
            "About 1,000 people in Zürich watched the well-known show.")
    body = load_article(text).body
    alone = body + "\n"  # read as a text of its own (a final line break changes no count), each word as written
    assert joined_lines(body) is not None and joined_lines(alone) is None
    assert readability(body) == readability(alone)


def _plain_join_gaps(text: str, start: int, end: int) -> list[int]:
    # The test the regex replaced: each mark that a letter or digit follows inside the stretch.
    marks = "-\u2010\u2011.,\u2018`\u00b4'"
    return [i for i in range(start, end - 1) if text[i] in marks and re.match(r"[A-Za-z\u00C0-\u024F0-9]", text[i + 1])]


@SETTINGS
@given(texts, st.integers(0, 40), st.integers(0, 250))
def test_join_gaps_are_the_marks_before_a_word_character(text, start, end):
    end = min(end, len(text))
    assert rd._join_gaps(text, start, end) == _plain_join_gaps(text, start, end)


@SETTINGS
@given(st.lists(st.sampled_from(["the", "The", "THE", " ", "\t", "\n", "Times", "Theatre", "theme", "New York",
                                  "\u00a0", "ſ", "Guardian"]), max_size=6).map("".join))
def test_an_outlet_key_drops_an_opening_the_as_the_regex_did(name):
    plain = re.sub(r"^the\s+", "", " ".join(name.split()), flags=re.I).casefold()
    assert sources._outlet_key(name) == plain


class _Att:
    def __init__(self, start, end):
        self.start, self.end = start, end


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 15)), max_size=12), st.integers(0, 80), st.integers(1, 15))
def test_an_attribution_overlap_is_found_by_bisection_as_by_a_walk(spans, start, length):
    atts = [_Att(s, s + n) for s, n in spans]
    end = start + length
    assert sources._Covered(atts).overlaps(start, end) == any(a.start < end and start < a.end for a in atts)


@SETTINGS
@given(texts)
def test_sentence_pieces_are_trimmed_as_before(text):
    # Each span holds a letter or digit and starts and ends with neither white space nor a line break.
    for s, e in sentence_spans(text):
        piece = text[s:e]
        assert piece == piece.strip() and any(c.isalnum() for c in piece)


def test_a_person_named_in_an_earlier_sentence_is_no_affiliation_of_a_group():
    # "Ana Lopez of Valley University said": Lopez speaks. A Lopez named a sentence before does not.
    near = load_article("Ana Lopez of Valley University said the plan would work.\n")
    assert ("Ana Lopez", "named person") in [(s.name, s.kind) for s in find_sources(near)]
    far = load_article("Ana Lopez spoke first. Valley University said the plan would work.\n")
    assert "Valley University" in [s.name for s in find_sources(far) if s.kind == "named group"]
