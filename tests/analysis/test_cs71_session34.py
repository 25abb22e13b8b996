"""Cue -> source on general news (session 34, cs71, issue 10; bench/ERRORS-cuesource-cs71.md): a group of people
named by a body of four words or more ("Federal Emergency Management Agency officials") keeps the whole body's name,
which the group reader's three-word reach used to cut; "a/an" + a kind of body ("A business group") is the body of
that kind the text names soon after, for the first time.

Every sentence here was written for this test.
"""
from medialit.analysis.names import find_people
from support import cue_texts_and_sources


def test_officials_of_a_four_word_body_keep_the_whole_name():
    text = "The ferry ran aground on Monday, Northern Coastal Ferry Authority officials said."
    assert cue_texts_and_sources(text)[-1] == ("said", "Northern Coastal Ferry Authority officials")


def test_the_group_opening_a_sentence_keeps_the_whole_name():
    text = "Lower Valley River Restoration Council scientists say the trout have come back to the stream."
    assert cue_texts_and_sources(text)[0] == ("say", "Lower Valley River Restoration Council scientists")


def test_a_name_of_three_words_or_fewer_is_read_as_before():
    text = "The bridge will shut for a week, Harbour Transit Board officials said."
    assert cue_texts_and_sources(text)[-1] == ("said", "Harbour Transit Board officials")


def test_the_reach_does_not_pass_a_name_that_ends_earlier():
    # "Mill Town" ends before "Roads", so the group stays the three words before "officials"
    groups = [p.name for p in find_people("In Mill Town Upper Valley Roads officials said the lane was closed.")
              if p.kind == "group"]
    assert groups == ["Upper Valley Roads officials"]


# "a/an" and a kind of body, named soon after: the source is the body's name (subjects._body_named_after)

def test_a_group_named_in_brackets_right_after_is_that_body():
    text = "A farming group (the Upland Growers Association) says wheat prices rose in May."
    assert cue_texts_and_sources(text) == [("says", "Upland Growers Association")]


def test_a_group_in_the_lede_is_the_body_of_its_kind_named_later():
    # the ministry named first after the phrase is no group: passed by
    text = ("Ponds Rise\n\nAn angling group has sent a statement saying its members caught 140 trout on Saturday. "
            "Our reporter says officials denied it.\n\nRiver Ministry spokesman Jo Tekle described the Northern "
            "Anglers Front statement as false.")
    assert cue_texts_and_sources(text)[0] == ("saying", "Northern Anglers Front")


def test_a_group_is_not_a_body_the_text_named_before_it():
    text = ("The Northern Anglers Front met on Friday. An angling group said the lake was low. The Northern Anglers "
            "Front disagreed.")
    assert cue_texts_and_sources(text)[0] == ("said", "An angling group")


def test_a_group_with_no_body_of_its_kind_named_stays_as_written():
    assert cue_texts_and_sources("An angling group said the lake was low. The River Ministry disagreed.")[0] \
        == ("said", "An angling group")
    assert cue_texts_and_sources("A group of experts said the dam was safe. The Northern Anglers Front disagreed.")[0] \
        == ("said", "A group of experts")
