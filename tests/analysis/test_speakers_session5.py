"""Session 5 speaker rules, on sentences written for these tests (no article text)."""

from medialit import find_quotes


def speakers(text: str) -> list:
    return [q.speaker for q in find_quotes(text)]


def test_a_chain_of_he_is_one_person_not_a_name_in_an_object():
    # "He argued ..." passes "he" on to the person the first "he" meant, not to the names he mentioned.
    t = ("Mayor Tom Reed spoke on Monday. Though the vote was close, he said, it could bring in allies of "
         "Ann Cole and Bo Grant. That is why, he argued, the council must act.\n\n"
         "“This is a new time,” he said.")
    assert speakers(t) == ["Tom Reed"]
