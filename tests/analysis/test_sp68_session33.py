"""Session 33, sp68 (speed, output unchanged): the readings that this helper's shortcuts take, pinned on invented text.

- ``names``: a capitalised word followed by a lower-case word that joins nothing is a one-word run at once; runs that
  go on (a second capital, "of" inside a body's name) are read as before.
- ``article``: a line's words are counted once for the boilerplate, image-label and subheading length tests.
- ``hedges``: "would" asks its readings (reported, a motive asked, a wish, ...) one at a time, stopping at the first.
"""
import pytest

from medialit import find_hedges, load_article
from medialit.analysis.names import find_people


def test_one_word_and_longer_runs_read_as_names():
    text = ("Jane Doe met the mayor in Kestrel Point on Monday. Doe said the Bank of Kestrel would lend more. "
            "Ana Petrova, an aide, agreed.")
    found = [(p.name, p.kind) for p in find_people(text)]
    assert found == [("Jane Doe", "person"), ("Kestrel Point", "organisation"), ("Bank of Kestrel", "organisation"),
                     ("Ana Petrova", "person")]


def test_line_lengths_counted_once_keep_each_block_kind():
    article = load_article(
        "Council Votes To Close Old Bridge\n\n"
        "The council voted on Tuesday to close the old bridge to all traffic from next spring, officials said after "
        "a long meeting in the town hall.\n\nWhat Happens Next\n\n"
        "Work on a new crossing starts in May, the mayor said, and the old bridge will then be taken down over two "
        "years.\n\nThe old bridge at dusk\nPhoto: Jo Hart\n\nResidents said they would miss it.")
    kinds = [(b.kind, b.text) for b in article.blocks]
    assert kinds[0] == ("headline", "Council Votes To Close Old Bridge")
    assert ("subheading", "What Happens Next") in kinds
    assert ("image_label", "The old bridge at dusk") in kinds
    assert [k for k, _ in kinds].count("body") == 3


@pytest.mark.parametrize("sentence, flagged", [
    ("Prices would fall if taxes rose.", True),  # a hypothetical
    ("The plant would close by May, the company said.", False),  # a forecast reported
    ("Why would he do that?", False),  # a motive asked
    ("I would love his support.", False),  # a wish
    ("The mayor would do well to listen.", False),  # advice in a set phrase
])
def test_would_readings_asked_in_turn(sentence, flagged):
    assert any(h.phrase == "would" for h in find_hedges(sentence)) is flagged
