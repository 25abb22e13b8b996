"""Session 32, sp64 (speed, and one crash): the source list's inquiry reader and document-from reader.

The inquiry reader's opening scans (``_doc_openings``) now stop a little past each window (``_scan_end``) instead
of running on to their next match; the stop must lie past every character a match ending in the window reads,
above all across long runs of white space ("However,\\n\\n\\n  The"). The document-from reader read each body's name
by searching the text for it from a place that could lie past the name ("from the Office of Rents, Acme Group"):
it found a later mention, or none and crashed. All text here is written for the tests.
"""

from bisect import bisect_left

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit import find_sources, load_article
from medialit.analysis import sources

SETTINGS = settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

WORDS = ["But", "However,", "Meanwhile", "and", "that", "although", "because", "The", "the", "An", "a", "report",
         "survey", "figures", "found", "says", "shows", ".", ".\u201d", ";", ",", "x", "Zed"]
GAPS = [" ", " ", "\n", " " * 19, " " * 23, "\n" * 30, " \t\u00a0 ", ".  ", ", "]


def _plain_openings(text, verbs):
    openings = {0} | {m.end() for m in sources._DOC_SENTENCE.finditer(text)}
    openings |= {m.end() for m in sources._DOC_CLAUSE.finditer(text)}
    return openings | {m.start() + 1 for m in sources._DOC_ARTICLE.finditer(text)
                       if text[text.rfind(" ", 0, m.start()) + 1:m.start()] in verbs}


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GAPS)), max_size=60)
       .map(lambda ps: "".join(w + g for w, g in ps)))
def test_bounded_opening_scans_find_what_the_whole_text_scan_finds(text):
    verbs = sources._inquiry_words()[1]
    hits = sources._doc_noun_hits(text)
    near = {at for at in _plain_openings(text, verbs) if (k := bisect_left(hits, at)) < len(hits) and hits[k] < at + 60}
    assert sources._doc_openings(text, verbs, hits) == near


def test_an_opening_whose_match_runs_on_through_long_white_space():
    # (The window ends inside ". However," or "and": the match goes on over the spaces to "The", past the window.)
    verbs = sources._inquiry_words()[1]
    for gap in (1, 15, 19, 20, 21, 40, 200):
        for lead in ("Zed. However,", "Zed and", "Zed.\u201d Meanwhile,"):
            text = "x " * 25 + lead + " " * gap + "The report found flaws."
            hits = sources._doc_noun_hits(text)
            near = {at for at in _plain_openings(text, verbs) if (k := bisect_left(hits, at)) < len(hits)
                    and hits[k] < at + 60}
            assert sources._doc_openings(text, verbs, hits) == near, (gap, lead)


def test_bodies_a_document_comes_from_are_read_where_they_stand():
    text = ("Rent figures\n\nThe figures came from the Office of Rents, Acme Group. Acme Group said the rise was "
            "small.")
    acme = next(s for s in find_sources(load_article(text)) if s.name == "Acme Group")
    first = text.index("Acme Group")
    assert (first, first + len("Acme Group")) in acme.mentions


def test_a_short_last_body_after_a_long_first_one_does_not_crash():
    text = "Rent figures\n\nThe figures came from the Office of Rents, Acme."
    assert [s.name for s in find_sources(load_article(text))] == ["Office of Rents"]
