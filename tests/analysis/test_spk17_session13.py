"""Session 13 (spk17): quote -> speaker rules, each on invented text."""

from medialit.analysis.quotes import find_quotes
from medialit.analysis.names import find_people


def _speakers(text):
    return [(q.text, q.speaker) for q in find_quotes(text)]


def test_opening_preposition_is_no_part_of_a_name():
    # "Given"/"Absent"/"Outside" open the sentence before a name; they are not its first word
    text = ("Marta Kovac runs the bakery on Elm Road. Outside Fernhill, few people know her bread. "
            "Given Kovac's hours, she sleeps little.")
    names = {p.name for p in find_people(text)}
    assert "Outside Fernhill" not in names and "Given Kovac" not in names
    assert "Marta Kovac" in names
