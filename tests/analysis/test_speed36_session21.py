"""Session 21, speed36: byte-identical speed changes (the finders' outputs on 975 texts were compared whole)."""

from itertools import compress, count

from medialit.analysis.names import names_in
from medialit.analysis.text import numbers_up_to


def test_numbers_up_to_picks_the_same_places_as_count():
    mask = [w.isupper() for w in "The NATO plan was read by the EU and I said so".split()]
    assert list(compress(numbers_up_to(len(mask)), mask)) == list(compress(count(), mask)) == [1, 7, 9]


def test_a_longer_list_is_made_anew_and_the_one_handed_out_is_never_changed():
    short = numbers_up_to(3)
    before = list(short)
    longer = numbers_up_to(len(short) + 5)
    assert len(longer) >= len(short) + 5 and longer[: len(short)] == before
    assert short == before  # the list handed out first is as it was
    assert longer == list(range(len(longer)))


def test_a_text_longer_than_the_first_list_reads_every_word():
    # More words than the list made at import: the capitalised words far into the text are still found.
    text = "Officials met again. " * 2000 + "Jane Doe said the talks would resume."
    names = names_in(text)
    assert "Jane Doe" in [p.name for p in names.people]
