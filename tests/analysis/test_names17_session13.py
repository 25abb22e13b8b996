"""Session 13 (names17): a surname after a gendered title is kept apart from a person of the other gender.

All texts are invented for these tests.
"""

from medialit.analysis.names import find_people

from support import speakers as _speakers


def test_mr_surname_is_not_the_woman_the_text_names_with_that_surname():
    # She opens the sentence after the one her name opens: "Mr Quill" is someone else (her husband).
    text = ("Mara Quill left the mill on Cape Sorrow, at the far end of Port Vane, in June. She was going to buy "
            "seed.\n\nSnow kept her husband, Tom, from driving the last ten miles to meet her.\n\n"
            "“We have been apart before”, said Mr Quill on Monday.")
    assert _speakers(text) == ["Quill"]
    people = {p.name: len(p.mentions) for p in find_people(text)}
    assert people["Mara Quill"] == 1 and people["Quill"] == 1


def test_mr_surname_stays_with_a_person_whose_gender_the_text_does_not_show():
    text = "Jo Quill runs the mill on the hill.\n\n“We have been apart before”, said Mr Quill on Monday."
    assert _speakers(text) == ["Jo Quill"]


def test_mr_surname_goes_to_the_other_person_with_that_surname():
    # "Mr Pell" is nearest to Ann Pell, whom the text shows as a woman: it is Rob Pell.
    text = ("Ann Pell and Rob Pell run the bakery. Ann Pell opened it in May. She said trade was slow.\n\n"
            "“We will stay open”, said Mr Pell.")
    assert _speakers(text) == ["Rob Pell"]


def test_mrs_and_mr_with_one_surname_are_two_people():
    text = ("Mrs. Dunmore opened the school on Friday.\n\n"
            "“It took years”, Mr. Dunmore said. “It was worth it”, Mrs. Dunmore said.")
    people = sorted((p for p in find_people(text) if p.name == "Dunmore"), key=lambda p: len(p.mentions))
    assert [len(p.mentions) for p in people] == [1, 2]
    (start, _), = people[0].mentions
    assert text[start - 4:start] == "Mr. "


def test_a_bare_surname_is_not_the_relative_named_by_kinship():
    # "her husband, Tom Vesk" is named as her relative: the later "Vesk" is the story's own Vesk.
    text = ("Lena Vesk ran the shipyard for ten years. In 2001 she told her husband, Tom Vesk, that the merger "
            "would be hard.\n\nBut Vesk was calm: “The yard will survive”, she said.")
    assert _speakers(text) == ["Lena Vesk"]


def test_the_relative_still_owns_his_full_name():
    text = ("Lena Vesk ran the shipyard. Her son, Tom Vesk, joined in May.\n\n"
            "“I love the work”, Tom Vesk said.")
    assert _speakers(text) == ["Tom Vesk"]
