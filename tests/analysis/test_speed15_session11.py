"""Session 11 speed short cuts (helper speed15), each checked against the plain form it replaces.

Each regex was rewritten to open with letters or a literal the regex engine can skip to, or is tried only
where it can match; the plain versions are written out here, so a later change that makes the two disagree
fails at once, on news-like and arbitrary text.
"""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit.analysis import cues, interviews, name_words, names, sources
from medialit.analysis.text import line_labels

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

PIECES = [
    "the", "The", "THE", "other", "bathe", "judge", "said", "or", "OR", "for", "SAGE", "NATO", "by", "from", "By",
    "Abby", "the Lopez campaign", "Jane Doe", "Acme Corp", "(EPA)", "(R-Ohio)", "(who)", "(D-S.C.)", "(", ")",
    "Note:", "Jane Doe:", "“Ann:", "10:30", ":", ".", ",", "’s", "'s", "-", "\n", "\n\n", " ", "  ", "\t", "\u00a0",
    "x", "A", "Tt", "he", "t", "\ue000",
]
news_like = st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join)
glued = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
texts = st.one_of(news_like, glued, st.text(alphabet="Tthe oOrRbBySAG(EP)-:\n\t.,’'\ue000", max_size=60), st.text(max_size=40))

OLD_OR_ABBREVIATION = re.compile(r"(?<=\s)or\s+([A-Z]{2,9})\b")
OLD_LINE_COLON = re.compile(r"^[ \t]*[\"“‘']?([A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,4}):[ \t]", re.M)
# The interview turn label as it was before it shared ``line_labels`` with the colon cues (refactor17).
OLD_TURN_LABEL = re.compile(
    r"^[ \t]*([A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,4})(?:[ \t]*\(([A-Z][A-Za-z]{0,4})\))?:[ \t]+(?=\S)", re.M)
OLD_LOWER_ROLE = re.compile(r"[Tt](?<!\w[Tt])he\s+((?:[a-z]+\s+){0,2}?)([a-z]+)\b(?![’'‘]s)")
OLD_BY_NAME = re.compile(rf"\s(by|from)\s+(?:the\s+)?({sources._NAME_RUN}(?:\s+(?:campaign|administration|government|team|office))?)")


@SETTINGS
@given(texts)
def test_or_abbreviation_pattern_finds_the_same(txt):
    old = [(m.start(), m.groups(), m.span(1)) for m in OLD_OR_ABBREVIATION.finditer(txt)]
    assert old == [(m.start(), m.groups(), m.span(1)) for m in name_words._OR_ABBREVIATION_RE.finditer(txt)]


@SETTINGS
@given(texts)
def test_line_colons_are_the_multiline_pattern_matches(txt):
    new = [m.span("name") for m in line_labels(txt, opening_quote=True)]
    assert [m.span(1) for m in OLD_LINE_COLON.finditer(txt)] == new


@SETTINGS
@given(texts)
def test_turn_labels_are_the_multiline_pattern_matches(txt):
    old = [(m.span(), m.span(1), m.group(2)) for m in OLD_TURN_LABEL.finditer(txt)]
    assert old == [(m.span(), m.span("name"), m["initials"]) for m in interviews._turn_labels(txt)]


@SETTINGS
@given(texts)
def test_label_brackets_are_blanked_as_by_one_substitution_over_the_text(txt):
    old = cues._LABEL_BRACKET_RE.sub(lambda m: m.group(1) + " " * len(m.group(2)), txt)
    assert cues._blank_label_brackets(txt) == old


def test_label_brackets_on_several_lines():
    txt = "Jo Lee (R-Ohio) said.\nno bracket here\nThe Agency (EPA) and (who) Acme(AB)"
    assert cues._blank_label_brackets(txt) == "Jo Lee          said.\nno bracket here\nThe Agency       and (who) Acme    "


@SETTINGS
@given(texts)
def test_lower_role_pattern_finds_the_same_groups(txt):
    old = [(m.span(1), m.span(2)) for m in OLD_LOWER_ROLE.finditer(txt)]
    assert old == [(m.span(1), m.span(2)) for m in names._LOWER_ROLE_RE.finditer(txt)]


@SETTINGS
@given(texts)
def test_by_name_pattern_finds_the_same_one_character_later(txt):
    old = [(m.start(), m.groups(), m.span(2)) for m in OLD_BY_NAME.finditer(txt)]
    assert old == [(m.start() - 1, m.groups(), m.span(2)) for m in sources._BY_NAME.finditer(txt)]


def test_every_blocks_row_that_opens_with_a_caret_is_anchored_in_each_alternative():
    # article._has_match tries the "^" rows with ``match`` (at the line's start only): that is the same as a
    # search only while no such row has a top-level "|" whose other side could match later in the line.
    from re import _parser

    from medialit.analysis.lexicons import load_lexicon

    rows = [r["pattern"] for r in load_lexicon("blocks.csv") if r["pattern"].startswith("^")]
    assert rows
    for row in rows:
        first = list(_parser.parse(row, re.I))[0]
        assert first == (_parser.AT, _parser.AT_BEGINNING), row


def test_an_anchored_block_row_still_finds_a_line_that_opens_with_it():
    from medialit.analysis import article

    assert article._has_match("note", "Correction: an earlier version misspelled a name.")
    assert not article._has_match("note", "The paper printed a correction: it misspelled a name.")


def test_the_punctuation_pattern_drops_exactly_the_characters_textstat_drops():
    from medialit.analysis import readability

    plain = re.compile(r"[^\w\s']")
    for code in range(0x110000):
        c = chr(code)
        assert bool(readability._PUNCTUATION.fullmatch(c)) == bool(plain.fullmatch(c)), hex(code)
    txt = "“Yes,” she said — it’s 30%… (ok)? don't 'quote' x_y é ½ ł\u00a0end."
    assert readability._PUNCTUATION.sub("", txt) == re.sub(r"[^\w\s']+", "", txt)
