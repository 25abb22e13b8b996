"""analysis.text: the word and sentence splitting every finder and every count relies on."""

import pytest

from medialit.analysis.text import ArticleError, InputTypeError, check_text, sentence_spans, word_spans


def sentences(text, *bounds):
    return [text[s:e] for s, e in sentence_spans(text, *bounds)]


@pytest.mark.parametrize("text, expected", [
    ("Mr. Smith met U.S. officials. They talked.", ["Mr. Smith met U.S. officials.", "They talked."]),
    ("Donald J. Trump spoke. Then he left!", ["Donald J. Trump spoke.", "Then he left!"]),
    ("“We will win,” she said. “Soon.”", ["“We will win,” she said.", "“Soon.”"]),
    ("Is it over? Yes. (It is.) Done.", ["Is it over?", "Yes.", "(It is.)", "Done."]),
    ("Prices rose 2.5 per cent. Sales fell.", ["Prices rose 2.5 per cent.", "Sales fell."]),
    ("A caption line\nThe body starts here. It goes on.", ["A caption line", "The body starts here.", "It goes on."]),
    ("  \n\n ... \n", []),
])
def test_sentences_end_where_a_reader_stops(text, expected):
    assert sentences(text) == expected


def test_a_lower_case_word_after_a_stop_does_not_start_a_sentence():
    assert sentences("It costs approx. ten pounds, e.g. a meal.") == ["It costs approx. ten pounds, e.g. a meal."]


def test_spans_inside_a_window_stay_inside_it():
    text = "One. Two three. Four."
    spans = sentence_spans(text, 5, 15)
    assert [text[s:e] for s, e in spans] == ["Two three."]
    assert all(5 <= s < e <= 15 for s, e in spans)


def test_sentence_spans_are_ordered_trimmed_and_disjoint():
    text = "  First one.  Second one!\n\nThird, with “quotes.” Fourth?  "
    spans = sentence_spans(text)
    assert all(text[s:e] == text[s:e].strip() for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    assert len(spans) == 4


def test_word_spans_keep_inner_apostrophes_and_numbers():
    text = "It's 30 days, O’Neill said."
    assert [text[s:e] for s, e in word_spans(text)] == ["It's", "30", "days", "O’Neill", "said"]


def test_check_text_gives_one_clear_error():
    assert check_text("fine") == "fine"
    with pytest.raises(InputTypeError):
        check_text(42)
    with pytest.raises((ArticleError, InputTypeError)):
        check_text(b"bytes")
