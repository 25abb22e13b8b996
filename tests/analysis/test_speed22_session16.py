"""speed22 (session 16): faster shared machinery, the same answers."""

from medialit.analysis.quote_marks import is_label, quote_spans
from medialit.analysis.text import may_hold_any, may_hold_any_in

_LABEL_WORDS = ("so-called", "nicknamed", "known", "charge", "convicted", "count")


def test_may_hold_any_in_answers_as_may_hold_any_on_the_stretch():
    texts = [
        "The so-called “Plan B” was known to few. KNOWN, Convicted; counted.",
        "İstanbul talks: the \u212aelvin sign and a long \u017f, CHARGE of ı.",  # letters re.I reads as ASCII
        "ΟΔΟΣ and the so-Called plan",  # a Greek capital sigma, lowered by its neighbours
        "",
    ]
    for text in texts:
        for start in range(-3, len(text) + 3):
            for end in range(start - 2, len(text) + 3, 3):
                assert may_hold_any_in(text, start, end, _LABEL_WORDS) == may_hold_any(text[start:end], _LABEL_WORDS)


def test_may_hold_any_reads_a_line_asked_about_again_as_the_first_time():
    line = "Photo: Jane Doe / Reuters"
    assert may_hold_any(line, ("photo",)) and may_hold_any(line, ("photo",))
    assert not may_hold_any(line, ("credit",)) and not may_hold_any("Talks resumed.", ("photo",))


def test_a_label_far_into_a_long_text_is_still_found():
    text = "Officials met on Monday. " * 40 + "The so-called “reform” failed, and she said “it failed.”"
    labels = [is_label(text, q) for q in quote_spans(text)]
    assert labels == [True, False]
