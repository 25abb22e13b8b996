"""text.char_positions, the one finder of characters that quote marks, names and readability share."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from medialit.analysis.text import char_positions

CHARS = "“”„\"«»‘’'.-–"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(CHARS + "ab .\n")), max_size=120), st.integers(0, 130), st.integers(0, 130))
def test_finds_what_a_character_class_finds_in_text_order(text, start, end):
    expected = [m.start() for m in re.finditer(f"[{re.escape(CHARS)}]", text[:end]) if m.start() >= start]
    assert char_positions(text, CHARS, start, end) == expected


def test_nothing_in_an_empty_range():
    assert char_positions("“a”", "“”", 2, 2) == [] and char_positions("", "“") == []
