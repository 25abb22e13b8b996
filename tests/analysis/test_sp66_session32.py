"""Session 32, sp66: speed, output unchanged. Two whole-text regex scans of the sources stage now find a rare word
with str.find and read from there: the "by"/"from" reader's ``b(?<=\\sb)y\\s|f(?<=\\sf)rom\\s`` (tried at every "b"
and "f"), and the document-from reader's verbs ``(?:is|are|was|were|comes?|came)\\s+(?:also\\s+)?from\\s`` (tried
at every "i", "a", "w" and "c"), now read back from each "from". These tests hold the new readers to what the old
patterns find, on invented text, and the readers to their behaviour. All text here is invented for these tests."""
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit import find_sources, load_article
from medialit.analysis import sources

_BY_WORD = re.compile(r"b(?<=\sb)y\s|f(?<=\sf)rom\s")  # the patterns as they were
_DOC_FROM_VERB = re.compile(r"(?:is|are|was|were|comes?|came)\s+(?:also\s+)?from\s")
_PIECES = ["by", "from", "also", "is", "are", "was", "were", "come", "comes", "came", "this", "isalso", "fromby",
           "o", "s", "y", "b", "f", "x", ".", ",", "The survey", " ", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\x1c"]
_TEXTS = st.one_of(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join),
                   st.text(alphabet="byfromalsoiwectx \n\t\u00a0.", max_size=60))


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(_TEXTS)
def test_by_and_from_places_are_the_old_scans(text):
    plain = [m.start() for m in _BY_WORD.finditer(text)]
    assert sorted(sources._spaced_word_places(text, "by") + sources._spaced_word_places(text, "from")) == plain


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(_TEXTS)
def test_document_from_verbs_are_the_old_scan(text):
    assert list(sources._doc_from_verbs(text)) == [m.start() for m in _DOC_FROM_VERB.finditer(text)]


def test_every_white_space_reads_as_the_patterns_white_space():
    for code in range(0x3100):
        c = chr(code)
        text = f"was{c}from{c}by{c}x{c}is{c}also{c}from{c}this{c}from{c}"
        assert list(sources._doc_from_verbs(text)) == [m.start() for m in _DOC_FROM_VERB.finditer(text)], hex(code)
        assert sorted(sources._spaced_word_places(text, "by") + sources._spaced_word_places(text, "from")) == \
            [m.start() for m in _BY_WORD.finditer(text)], hex(code)


def test_edges_of_the_read_back():
    text = "also from; isalso from; is also  from the\tdock; came\nfrom x; this from y; from"
    assert list(sources._doc_from_verbs(text)) == [m.start() for m in _DOC_FROM_VERB.finditer(text)] == [24, 48, 63]
    assert sources._spaced_word_places("by by\tby", "by") == [3]  # (white space on both sides only)


def test_readers_still_find_their_sources():
    text = ("The survey was also from the Harbour Institute and the Lake Trust.\n\n"
            "The new ferry timetable was criticised by the Island Rowing Club on Tuesday.")
    names = {s.name for s in find_sources(load_article(text))}
    assert {"Harbour Institute", "Lake Trust", "Island Rowing Club"} <= names


_COLON_PARAGRAPH = re.compile(r"(?:^|\n)(?:(?:And|But|So)\s+)?(?=[A-Z])([^\n:]{3,200}):[^\S\n]*(?=\n|$)")
_COLON_PIECES = ["And", "But", "So", "Ann Lee", "salutes", "the", "Ferry", ":", ":", "\n", "\n", "\n\n", " ", " ",
                 "\t", "\u00a0", ".", "x", "A"]


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.one_of(st.lists(st.sampled_from(_COLON_PIECES), max_size=40).map("".join),
                 st.text(alphabet="AB nd:So\n\t.x", max_size=60)))
def test_colon_paragraphs_are_the_old_scan(text):
    expected = [(m.span(), m.groups()) for m in _COLON_PARAGRAPH.finditer(text)]
    assert [(m.span(), m.groups()) for m in sources._colon_paragraphs(text)] == expected


def test_colon_paragraph_edges():
    for text in ("Ann Lee writes:\nAnd\n\nBo Fay adds:  \nSo Cy Orr notes:", "\nAnn Lee writes:", "And Ann Lee:\n",
                 "Ann: Lee writes:\n", "ab:\nCd Ef:"):
        expected = [(m.span(), m.groups()) for m in _COLON_PARAGRAPH.finditer(text)]
        assert [(m.span(), m.groups()) for m in sources._colon_paragraphs(text)] == expected
    text = "Round-up of the week.\n\nAnn Lee salutes the ferry crew for its calm:\n\n\u201cWell done, all.\u201d"
    assert ("Ann Lee", "named person") in {(s.name, s.kind) for s in find_sources(load_article(text))}
