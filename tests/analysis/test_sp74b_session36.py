"""Session 36, sp74b (speed of the cue and subject readers, output unchanged). Texts written for these tests."""

import random

from medialit.analysis.cues import CueReader, _open_words


def test_open_words_are_the_words_whose_masked_first_letter_is_alphanumeric() -> None:
    """The reader's open-word flags, made from the quotation and bracket spans (``_open_words``), equal the plain
    reading letter by letter (``masked[start].isalnum()``), on invented text with straight and curly quotations,
    labels in brackets, apostrophes, digits and accented letters; and every word starts with a letter."""
    rng = random.Random(36)
    pieces = ["Ana", "Reed", "said", "“we", "won,”", '"no', 'way,"', "the", "Union", "Agency", "(EPA)", "(R-Ohio)",
              "(a long aside in brackets)", "it’s", "é", "Émile", "2,000", "—", "O’Neil", "\n", "'fine'", "Dr."]
    for _ in range(300):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        reader = CueReader(text)
        assert all(text[s].isalnum() for s in reader.tok_starts)
        assert reader._unmasked == [reader.masked[s].isalnum() for s in reader.tok_starts], text
        assert reader._open == [k for k, s in enumerate(reader.tok_starts) if reader.masked[s].isalnum()], text
        assert reader._open_starts == [reader.tok_starts[k] for k in reader._open], text


def test_open_words_marks_off_the_words_inside_the_spans() -> None:
    assert _open_words([0, 4, 9, 15], [(3, 10)]) == ([True, False, False, True], [0, 3], [0, 15])
    assert _open_words([0, 4, 9, 15], [(12, 20), (0, 2)]) == ([False, True, True, False], [1, 2], [4, 9])
    assert _open_words([0, 4, 9, 15], []) == ([True] * 4, [0, 1, 2, 3], [0, 4, 9, 15])
    assert _open_words([], [(0, 5)]) == ([], [], [])


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
