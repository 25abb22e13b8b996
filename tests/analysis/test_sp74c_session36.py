"""Session 36, sp74c (speed): ``article._classify`` does less per line, with the same blocks.

A line that opens with a letter or digit is no blank line (``_is_blank`` is not asked); a line with no white space at
either end is its own stripped text (no strips and no copy); the line after a short line is cut only when the
image-label test reads it (``_line_after``); the credit search is called only on a line that may hold a credit. The
tests check the facts each shortcut rests on, on invented lines, and the blocks of invented articles. All text here
is written for the tests.
"""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit.analysis import article

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

EDGES = ["", " ", "\t", "\u00a0", "\u200b", "  \u2060", "\ufeff", "\u3000", "\x0b"]
CORES = ["Talks resume", "9 May 2031", "Photo: Jo Brand/Agency", "The view from the pier, said a visitor.",
         "\u00a9 2031 Harbour News", "\u2014", "\u2022 point", "\u00e9t\u00e9 sunny", "A", "By Ann Lee", "(c) Paper",
         "Lighthouse keepers", "Read more", "\u200b", "x" * 30 + " y", "Credit: Ana Ruiz"]
LINES = st.tuples(st.sampled_from(EDGES), st.sampled_from(CORES), st.sampled_from(EDGES)).map("".join)


@SETTINGS
@given(LINES)
def test_a_line_opening_with_a_letter_or_digit_is_not_blank(line):
    if line and line[0].isalnum():
        assert not article._is_blank(line)


@SETTINGS
@given(LINES)
def test_a_line_with_no_outer_space_is_its_own_stripped_text(line):
    if line and not line[0].isspace() and not line[-1].isspace():
        assert line.lstrip() == line == line.rstrip()


@SETTINGS
@given(st.lists(st.one_of(LINES, st.just("")), max_size=12))
def test_every_block_is_its_line_stripped(lines):
    text = "\n".join(lines)
    blocks = article._classify(text)
    for block in blocks:
        raw = lines[block.line - 1]
        assert text[block.start:block.end] == block.text
        assert block.text == (raw if block.kind == "empty" else raw.strip())
    # every line that is neither empty nor a line of white space alone gets its block
    assert sorted(b.line for b in blocks) == [i for i, raw in enumerate(lines, start=1) if raw]


def test_line_after():
    text = "Harbour\n\nKeeper"
    lines = [(1, 0, 7), (2, 8, 8), (3, 9, 15)]
    assert article._line_after(text, lines, 0) == ""
    assert article._line_after(text, lines, 1) == "Keeper"
    assert article._line_after(text, lines, 2) == ""


def test_short_label_above_a_credit_line_and_outer_spaces():
    text = ("Pier Repairs Begin\n\n  The council began work on the old pier on Monday, a spokesperson said.  \n\n"
            "Gulls over the pier\nPhoto: Jo Brand/Harbour Agency\n\n\u00a0\n\nNew Timetable\n\n"
            "Boats will run every hour from next week, the operator said.")
    kinds = [(b.kind, b.text) for b in article._classify(text)]
    assert kinds == [
        ("headline", "Pier Repairs Begin"),
        ("body", "The council began work on the old pier on Monday, a spokesperson said."),
        ("image_label", "Gulls over the pier"),
        ("caption", "Photo: Jo Brand/Harbour Agency"),
        ("empty", "\u00a0"),
        ("subheading", "New Timetable"),
        ("body", "Boats will run every hour from next week, the operator said."),
    ]
    body = next(b for b in article._classify(text) if b.kind == "body")
    assert text[body.start:body.end] == body.text


# --- readability: textstat's marks removed without a regex scan ------------------------------------------------

from medialit.analysis import readability  # noqa: E402

PIECES = ["Pier", " ", "\u00a0", "\u201cyes\u201d", "\u2014", "caf\u00e9", "\u2019s", "don't", "'quoted'", "\u00ab", "\u00bb",
          "\u2026", "\t", "\n", "\u3000", "\u00b7", "\u00bd", "\u0130stanbul", "\U0001f600", "\ud800", "-", "50%", "\u00ad",
          "\u2022", "na\u00efve", "\u201e", "x\u0301", "\u200b"]


@SETTINGS
@given(st.lists(st.sampled_from(PIECES), max_size=25).map("".join))
def test_marks_removed_as_the_regex_removes_them(text):
    assert readability._without_marks(text) == readability._PUNCTUATION.sub("", text)


@SETTINGS
@given(st.text(max_size=40))
def test_marks_removed_as_the_regex_removes_them_on_any_text(text):
    assert readability._without_marks(text) == readability._PUNCTUATION.sub("", text)


def test_ts_words_of_a_non_ascii_sentence():
    assert readability._ts_words("The \u201cpier\u201d \u2014 caf\u00e9\u2019s 50% share, she's sure.") == \
        ["The", "pier", "caf\u00e9s", "50", "share", "she's", "sure"]
