"""Session 29, sp58 (speed): a short cut that must give exactly what the plain computation gave.

The source list asked, for every attribution, whether the text spells out its last word as initials
("Full Name (ABC)", "Full Name or ABC") with two ``in`` tests that each read the whole text. It now looks
only where a "(" or an " or " stands, found once a text. The test checks the short cut against the two
``in`` tests on news-like pieces and arbitrary text, and the source list on a text written for it.
"""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit import find_sources, load_article
from medialit.analysis import sources

SETTINGS = settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

PIECES = ["(", ")", "((", "))", " or ", "or", " or or ", "ABC", "AB", "A", "Coastal", "Trust", "CT", "(CT)", "(CT", "CT)",
          "Jo", "said", " ", "\n", "\u00e9", "\u2019", "A(B", "B)C"]
news_like = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join)
glued = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
texts = st.one_of(news_like, glued, st.text(alphabet="ABC() or\n", max_size=60))
lasts = st.one_of(st.sampled_from(PIECES), st.text(alphabet="ABC() or", max_size=6))


@SETTINGS
@given(texts, lasts)
def test_spelled_out_test_is_the_two_whole_text_searches(text, last):
    plain = f"({last})" in text or f" or {last}" in text
    assert sources._may_be_spelled_out(text, last, sources._spelling_openings(text)) == plain


def test_overlapping_openings_are_each_looked_at():
    text = "Talks with the Coastal Trust or or CT went on, and ((CT) staff said so."
    openings = sources._spelling_openings(text)
    assert openings[1] == [text.index(" or or ") + 4, text.index(" or or ") + 7]
    assert sources._may_be_spelled_out(text, "CT", openings)  # " or CT", after the second of two overlapping " or "
    assert sources._may_be_spelled_out(text, "(CT", openings)  # "((CT)": the first "(" opens it
    assert not sources._may_be_spelled_out(text, "Trust", openings)


def test_initials_spelled_out_still_give_one_source():
    text = ("Harbour study due\n\nThe Coastal Flood Trust (CFT) said on Monday the sea wall would need repairs. "
            "CFT said it would publish its survey next month.")
    names = [(s.name, s.kind) for s in find_sources(load_article(text))]
    assert names.count(("Coastal Flood Trust", "named group")) == 1
    assert ("CFT", "named group") not in names
