"""Session 36, sp74b (speed of the cue and subject readers, output unchanged). Texts written for these tests."""

import random

from medialit.analysis.cues import MASK, CueReader, _chars_at


def test_chars_at_reads_the_characters_at_the_places_given() -> None:
    """``_chars_at`` (one C call for all places) gives what reading each place one by one gives: on invented
    text with curly quotes and masked stretches, for no place, one place, and many places in order."""
    rng = random.Random(36)
    pieces = ["Ana", "said", "“we", "won,”", "the", "Union", MASK * 5, "(EPA)", "é", "2,000", "—", "\n"]
    for _ in range(200):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        for n in (0, 1, 2, rng.randint(0, len(text))):
            places = sorted(rng.sample(range(len(text)), min(n, len(text))))
            assert list(_chars_at(text, places)) == [text[p] for p in places]


def test_open_words_skip_quoted_words_and_spans_cut_at_a_word_running_past_the_end() -> None:
    """The reader's open words (first letter outside quotations) and ``_toks`` over them, against a plain reading:
    a word counts when its first letter is a letter or digit in the masked text, and a span keeps the words that
    start inside it and end by its end."""
    text = "Jo Reed said “the plan will fail” and added that Ann Lee (EPA) agreed on Monday."
    reader = CueReader(text)
    masked = reader.masked
    plain = [k for k, s in enumerate(reader.tok_starts) if masked[s].isalnum()]
    assert reader._open == plain and "plan" not in [reader.tok_words[k] for k in plain]
    for start in range(0, len(text), 3):
        for end in range(start, len(text) + 1, 5):
            expected = [k for k in plain if start <= reader.tok_starts[k] and reader.tok_ends[k] <= end]
            assert reader._toks(start, end) == expected, (start, end)
