"""Cue -> source on general news: a group of people named by a body of four words or more ("Federal Emergency
Management Agency officials") keeps the whole body's name, which the group reader's three-word reach used to cut
(session 34, cs71, issue 10).

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
