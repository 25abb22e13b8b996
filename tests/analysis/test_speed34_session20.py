"""Session 20 (speed34): the attribution reader is kept for the last two texts only.

A reader is needed only while its text's quotes' speakers and attributions are made (each kept on its
own); reading other texts in between must never change what a text gives, whichever is asked first.
"""

from medialit import find_attributions, find_quotes
from medialit.analysis import attribution, quote_marks

TEXTS = [
    "“We will reopen the bridge in May,” said Mayor Ann Lee. Engineers believe the repairs will hold.",
    "Tom Roe, a farmer, told reporters the river had never risen so fast. “It came in an hour,” he said.",
    "The council said it would review the plan. Critics claimed the cost had doubled, officials said.",
    "“Nobody warned us,” said Jo Park, who runs the bakery. Neighbours say the road flooded twice.",
]


def _reading(text):
    return ([(q.text, q.speaker, q.cue) for q in find_quotes(text)],
            [(a.source, a.cue, a.start, a.end) for a in find_attributions(text)])


def test_results_do_not_depend_on_the_texts_read_in_between():
    first = [_reading(t) for t in TEXTS]
    # Each text again (trailing spaces make it a new text to every cache, with the same spans), in the other
    # order; then every text's quotes first and only then their attributions, so that each reader is dropped
    # between the two and made again.
    backwards = [_reading(t + " ") for t in reversed(TEXTS)][::-1]
    quotes = [[(q.text, q.speaker, q.cue) for q in find_quotes(t + "  ")] for t in TEXTS]
    attributions = [[(a.source, a.cue, a.start, a.end) for a in find_attributions(t + "  ")] for t in TEXTS]
    assert first == backwards == list(zip(quotes, attributions))
    assert first[0][0] == [("We will reopen the bridge in May,", "Ann Lee", "said")]


def test_the_reader_is_made_once_for_a_texts_quotes_and_attributions():
    attribution._read.cache_clear()
    text = "“We are ready,” said Jane Doe. Reports suggest talks stalled. (speed34)"
    find_quotes(text)
    find_attributions(text)
    info = attribution._read.cache_info()
    assert (info.misses, info.currsize) == (1, 1)
    for other in TEXTS:  # more texts than the reader cache keeps
        find_attributions(other + " (speed34)")
    assert attribution._read.cache_info().currsize == 2


LABEL_TEXTS = [
    "The so-called “reform” failed. “No,” she said.",
    "He was charged with “reckless endangerment” and “fraud,” the court heard. “I am innocent,” he said.",
    "Fans know him as “the Wall”. The film “Rivers” opens on Friday, and critics called it “a triumph”.",
    "“We are ready,” said Jane Doe. Nobody used quotation marks for a label here.",
    "",
]


def test_label_indexes_are_the_quotations_is_label_finds():
    for text in LABEL_TEXTS:
        spans = quote_marks.quote_spans(text)
        assert quote_marks.label_indexes(text) == {i for i, q in enumerate(spans) if quote_marks.is_label(text, q)}
    assert quote_marks.label_indexes(LABEL_TEXTS[0]) == {0}
    assert quote_marks.label_indexes(LABEL_TEXTS[3]) == frozenset()


def test_a_label_is_neither_a_quote_nor_a_cues_quotation():
    text = "The so-called “reform” failed, critics said. “It is dead,” said Ann Lee."
    assert [(q.text, q.speaker) for q in find_quotes(text)] == [("It is dead,", "Ann Lee")]
