"""Session 35, sp73 (speed): the inquiry reader scans for openings only near nouns its gate can read.

``_inquiry_sources`` reads an opening only when one of the first five words of the 60 characters after it is one of
its nouns. ``_doc_windows`` keeps, for each noun hit, only the openings that can lie at most four words before it,
and none for a hit inside a word or a word that is no noun (unless the 60-character cut falls inside it). Every
opening the gate passes must still be found. All text here is written for the tests.
"""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit.analysis import sources

SETTINGS = settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

WORDS = ["But", "However,", "and", "that", "because", "The", "the", "a", "report", "reporters", "reports,",
         "survey", "misreported", "found", "says", "shows", ".", ";", ",", "x", "Zed", "extraordinarily-long-word",
         "A" * 58 + "report"]
GAPS = [" ", " ", "\n", " " * 19, "\n" * 30, " \t\u00a0 ", ".  ", ", "]


def _gate(text, at, nouns):
    return any(w.rstrip(",;:").lower() in nouns for w in text[at:at + 60].split()[:5])


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(GAPS + [""]), st.sampled_from(WORDS), st.sampled_from(GAPS)),
                max_size=40).map(lambda ps: "".join(a + w + g for a, w, g in ps)))
def test_every_opening_the_gate_passes_is_still_read(text):
    nouns, verbs = sources._inquiry_words()
    every = sources._doc_openings(text, verbs, None)
    hits = sources._doc_noun_hits(text)
    windowed = sources._openings_in(text, verbs, sources._doc_windows(text, hits, nouns))
    assert windowed <= every
    assert {at for at in every if _gate(text, at, nouns)} <= windowed


def test_a_noun_cut_short_at_sixty_characters_is_still_read():
    # ("reporters" cut to "report" by the 60-character slice: the gate passes the opening 54 characters before it.)
    nouns, verbs = sources._inquiry_words()
    text = "The " + "y" * 49 + " reporters found it."  # (the slice ends after "report")
    hits = sources._doc_noun_hits(text)
    assert _gate(text, 0, nouns)
    assert 0 in sources._openings_in(text, verbs, sources._doc_windows(text, hits, nouns))


def test_no_window_for_a_noun_inside_a_word_or_five_words_on():
    nouns = sources._inquiry_words()[0]
    text = "They misreported it. One two three four five report found it. A report."
    hits = sources._doc_noun_hits(text)
    windows = sources._doc_windows(text, hits, nouns)
    at = text.index(" report found") + 1
    assert windows == [(text.index(" two"), at)]  # (none for "misreported", none for "report." (the gate reads it so))
