"""Session 18, speed29: cheaper patterns that must find exactly what the patterns they replaced found.

Each test checks a rewritten pattern against the one it replaced, on news-like pieces and arbitrary
text (property tests), and on sentences written for the test.
"""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit.analysis import name_words as nw

SETTINGS = settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

PIECES = [
    "al-", "el-", "l-", "al", "-", "Assad", "Sisi", "Qaida", "fresco", "rival", "a", "e", "A", "x", "_", "3",
    "\u00e9", "\u2019", " ", "\n", "(", "Bashar", "Abdel", "Fattah",
]
news_like = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join)
glued = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
texts = st.one_of(news_like, glued, st.text(alphabet="ael-AQx_3 \u00e9", max_size=80), st.text(max_size=80))

# token_table's test for "al-"/"el-" before a capital as it was before speed29: it opened with a look-back,
# which the regex engine tries at every character of the text.
_OLD_ARTICLE_NAME_RE = re.compile(r"(?<![\w-])[ae]l-(?=[A-Z])")


def _articles(text):
    """Where the new pattern puts the article's first letter (one before its match)."""
    return [m.start() - 1 for m in nw._ARTICLE_NAME_RE.finditer(text)]


@SETTINGS
@given(texts)
def test_article_name_pattern_finds_what_it_found_before(text):
    assert _articles(text) == [m.start() for m in _OLD_ARTICLE_NAME_RE.finditer(text)]


def test_article_name_pattern_on_sentences():
    text = "Bashar al-Assad met Abdel Fattah el-Sisi; al-Qaida. Not al-fresco, rival-Acme, tal-Bo or _al-X."
    assert _articles(text) == [text.index("al-A"), text.index("el-S"), text.index("al-Q")]
    assert _articles("al-Assad said") == [0]
    assert _articles("l-Assad") == []
    caps = nw.token_table("Bashar al-Assad said").caps
    assert caps == [True, True, False]


# cues' digest-author pattern as it was before speed29: it opened with the space before the dash.
_OLD_DASH_NAME_COLON_RE = re.compile(r"[ \t][-–—][ \t]?(?:More from[ \t]+)?(?P<name>[A-Z][^:\n\ue000]{1,60}?):[ \t]*\ue000")
DASH_PIECES = ["-", "\u2013", "\u2014", " ", "\t", "Jane Doe", "More from", "Doe and Roe", ":", "\ue000", "\n", "a",
               "x-y", "said", "\u201c"]
dash_texts = st.one_of(st.lists(st.sampled_from(DASH_PIECES), max_size=40).map("".join),
                       st.lists(st.sampled_from(DASH_PIECES), max_size=40).map(" ".join))


@SETTINGS
@given(dash_texts)
def test_dash_name_colon_pattern_finds_the_names_it_found_before(text):
    from medialit.analysis import cues
    new = [m.span("name") for m in cues._DASH_NAME_COLON_RE.finditer(text)]
    assert new == [m.span("name") for m in _OLD_DASH_NAME_COLON_RE.finditer(text)]


def test_dash_name_colon_pattern_on_lines():
    from medialit.analysis import cues
    text = "Digest - Jane Doe: \ue000\ue000 \u2014More from Doe and Roe: \ue000 well-known: \ue000 -Ann Lee:\ue000"
    names = [text[slice(*m.span("name"))] for m in cues._DASH_NAME_COLON_RE.finditer(text)]
    assert names == ["Jane Doe", "Doe and Roe", "Ann Lee"]
