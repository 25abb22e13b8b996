"""Session 31, sp63 (speed): two short cuts in the source list that must give exactly what the plain scans gave.

The reader of documents said to come from a body ran ``_DOC_FROM`` over the whole text, trying its determiners at
every word; it now finds the rare verb + "from" first and tries the pattern only at the determiners before it
(``_doc_from_matches``). The reader of inquiries that find or report built every sentence and clause opening of
the text, then read the few within 60 characters of one of its nouns; it now finds the nouns first and the
openings only before them (``_doc_openings``). The tests check each short cut against the plain scan on news-like
pieces (overlapping connectives, long hyphenated words, odd spaces and case) and the source list on a text written
for it.
"""

from bisect import bisect_left

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit import find_sources, load_article
from medialit.analysis import sources

SETTINGS = settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

FROM_PIECES = ["the", "The", "this", "These", "its", "an", "An", "a", "A", "report", "survey", "figures", "data", "is",
               "are", "was", "were", "come", "comes", "came", "also", "from", "From", "Thais", "x-the", "anti-the",
               "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p", "Harbour", "Institute", "and", "Office", "of", ",", ".", ";", "(",
               "1999", "\n", "\t", "\u00a0", "\u212a", "is from", "came from", "is also from", "the report is from"]
OPENING_PIECES = ["But", "And", "Yet", "However", "Meanwhile", "But,", "but", "while", "whereas", "although", "and",
                  "that", "the", "a", "an", "The", "A", "report", "Report", "REPORTS", "reportedly", "survey", "inquiry",
                  "into", "found", "said", "says", "shows", "warns", ".", "!", "?", ";", ",", "\"", "\u201d", "\u2019",
                  "\n", "\t", "\u00a0", "\u212aey", "New", "figures", "x", "1999"]
SEPARATORS = [" ", " ", "  ", "\n", "", ", ", ". ", ".\n", "; ", " \n ", ".\u201d "]


def _pieces(words):
    pairs = st.tuples(st.sampled_from(words), st.sampled_from(SEPARATORS))
    return st.lists(pairs, max_size=40).map(lambda ps: "".join(w + s for w, s in ps))


_shaped = st.tuples(_pieces(FROM_PIECES), st.sampled_from(["the", "Its", "an", "A", "x-the", "(the"]),
                    st.lists(st.sampled_from(["well-known", "a-b-c-d-e-f-g-h-i-j-k-l-m", "new", "report", "is", "from"]),
                             max_size=3),
                    st.sampled_from(["report", "survey", "data"]),
                    st.sampled_from(["is from", "was also from", "came  from", "comes\nfrom", "is from is from"]),
                    _pieces(FROM_PIECES)).map(lambda t: " ".join((t[0], t[1], *t[2], t[3], t[4], "the", t[5])))


@SETTINGS
@given(st.one_of(_pieces(FROM_PIECES), _shaped))
def test_document_from_matches_are_the_full_scans(text):
    plain = [(m.span(), m.groups()) for m in sources._DOC_FROM.finditer(text)]
    assert [(m.span(), m.groups()) for m in sources._doc_from_matches(text)] == plain


def _plain_openings(text, verbs):
    openings = {0} | {m.end() for m in sources._DOC_SENTENCE.finditer(text)}
    openings |= {m.end() for m in sources._DOC_CLAUSE.finditer(text)}
    return openings | {m.start() + 1 for m in sources._DOC_ARTICLE.finditer(text)
                       if text[text.rfind(" ", 0, m.start()) + 1:m.start()] in verbs}


@SETTINGS
@given(_pieces(OPENING_PIECES))
def test_openings_before_nouns_are_the_full_scans(text):
    nouns, verbs = sources._inquiry_words()
    hits = sources._doc_noun_hits(text)
    plain = _plain_openings(text, verbs)
    assert sources._doc_openings(text, verbs, None) == plain
    assert hits is not None  # (no letter here lower-cases to two)
    near = {at for at in plain if (k := bisect_left(hits, at)) < len(hits) and hits[k] < at + 60}
    assert sources._doc_openings(text, verbs, hits) == near
    for at in plain:  # every opening the reader would read is near a noun
        if any(w.rstrip(",;:").lower() in nouns for w in text[at:at + 60].split()[:5]):
            assert at in near


def _near(text, verbs, hits):
    return {at for at in _plain_openings(text, verbs) if (k := bisect_left(hits, at)) < len(hits) and hits[k] < at + 60}


def test_openings_whose_match_starts_before_the_window():
    # (A match that starts more than 60 characters before a noun and ends after that point: ". But\n And The"
    # opens at "And", where a scan from inside "But" would open at "The"; "said the a" hides " a ".)
    verbs = sources._inquiry_words()[1]
    for prefix in ("Zed so. But\n And The ", "Zed so; However,\n Meanwhile And The ", "Zed, but\n while\t that The ",
                   "Zed said the a the a the an ", "Zed.\u201d \n\nBut The ",
                   "Zed so. And\n  The ", "Zed, although\n  The "):
        for pad in range(70):
            text = prefix + "k " * pad + "report found flaws in the wall."
            hits = sources._doc_noun_hits(text)
            assert sources._doc_openings(text, verbs, hits) == _near(text, verbs, hits), (prefix, pad)


def test_a_letter_lower_cased_to_two_reads_every_opening():
    assert sources._doc_noun_hits("\u0130stanbul report") is None


def test_inquiry_and_document_from_sources_still_found():
    text = ("Harbour wall review\n\nThe town says the sea wall is safe. Analysis of the storm records identified two "
            "breaches in the wall. The survey is from the Harbour Institute and the Lake Trust.")
    names = {s.name for s in find_sources(load_article(text))}
    assert {"Analysis of the storm records", "Harbour Institute", "Lake Trust"} <= names
