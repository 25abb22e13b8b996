"""probe42, session 23 (issue 10, causes 5 and 6): a straight mark that opens a paragraph opens a quotation even with
a space after it; the name of a show, a service or a group right after the noun for its kind is a name, not a
quotation. All text here is invented."""

from support import quotes_and_speakers

HEAD = "Markets steady\n\n"


def test_a_straight_mark_and_a_space_opening_a_paragraph_open_a_quotation():
    text = HEAD + '" The market is calm," said analyst Rui Costa. Traders were less sure.'
    assert quotes_and_speakers(text) == [("The market is calm,", "Rui Costa")]
    text = HEAD + "'' We were lucky,'' said Ina Berg, a survivor. The boat sank."
    assert quotes_and_speakers(text) == [("We were lucky,", "Ina Berg")]


def test_a_closing_straight_mark_inside_a_paragraph_still_closes():
    text = HEAD + 'Ann Lee said: "We won." Then she left.'
    assert quotes_and_speakers(text) == [("We won.", "Ann Lee")]


def test_a_name_after_the_noun_for_its_kind_is_no_quotation():
    assert quotes_and_speakers(HEAD + "Its newsletter, ‘The Daily Brief’, has 40,000 readers, editor Rob Kane said.") == []
    assert quotes_and_speakers(HEAD + "The group “Mothers for Safe Streets” marched on Saturday, police said.") == []
    assert quotes_and_speakers(HEAD + "The fact-checking service “TruthLens” rated it false, founder Ada Merz said.") == []
    assert quotes_and_speakers(HEAD + 'Pia Lund, host of the TV show "Money Talks," said prices would fall.') == []


def test_words_after_the_noun_for_a_kind_that_are_no_name_stay_quotations():
    text = HEAD + "Tom Ray called the show “the best news show on air.”"
    assert quotes_and_speakers(text) == [("the best news show on air.", "Tom Ray")]
    text = HEAD + "Ann Lee, who leads the group, “We will not stop,” she said."
    assert [s for _, s in quotes_and_speakers(text)] == ["Ann Lee"]


def test_a_mark_and_a_space_after_a_colon_open_a_quotation():
    for opening, closing in (('"', '"'), ("'", "'"), ("‘", "’")):
        text = HEAD + f"Dan Fell said: {opening} The vote is lost.{closing} He left soon after."
        assert quotes_and_speakers(text) == [("The vote is lost.", "Dan Fell")], opening


def test_a_mark_with_a_space_on_each_side_mid_sentence_opens_nothing_new():
    # it may close a quotation ("We won. " He left): no new quotation opens at it
    text = HEAD + "Ann Lee said the plan had failed ' as expected. Voters agreed."
    assert quotes_and_speakers(text) == []
