"""Feed copy that types a double quotation mark as two single ones: ‘’ opens, ’’ closes (session 10).

A program that curls straight quotes one character at a time turns '' into ‘’ (opening) or ’’
(closing). Every sentence here was written for this test.
"""
from medialit import find_quotes


def test_an_opening_pair_of_single_marks_opens_a_quotation():
    text = "“The road is open,’’ Ana Ruiz told the radio. ‘’We cleared it overnight.” Traffic resumed."
    assert [(q.text, q.speaker) for q in find_quotes(text)] == [
        ("The road is open,", "Ana Ruiz"), ("We cleared it overnight.", "Ana Ruiz")]


def test_a_pair_on_both_sides_is_a_quotation():
    assert [(q.text, q.speaker) for q in find_quotes("‘’Not yet,’’ said Ben Ode.")] == [("Not yet,", "Ben Ode")]


def test_a_pair_with_a_space_after_it_opens_nothing():
    # a mark written about, not a quotation: the real quotation after it stays whole
    text = "The style guide bans ‘’ as a mark. “Use curly ones,” the editor said."
    assert [q.text for q in find_quotes(text)] == ["Use curly ones,"]


def test_the_names_of_charges_are_not_the_accused_persons_words():
    # a list of charges in marks is the law's wording; the quotation after it is still a quotation
    text = ('Lena Varo was held on charges of "spreading panic," "unlawful assembly," and "defiance." '
            'Her brother said the case was "a farce."')
    assert [(q.text, q.speaker) for q in find_quotes(text)] == [("a farce.", "Her brother")]


def test_charged_with_one_offence():
    assert find_quotes("Tom Reyes was charged with “dangerous driving” on Friday.") == []


def test_accused_of_still_quotes_the_accuser():
    text = "Mayor Ines Dal accused the firm of “cutting corners,” her office said."
    assert [q.text for q in find_quotes(text)] == ["cutting corners,"]
