"""Cue -> source on general news: list subjects, vague pronouns before "they", people named with the writer
(session 32, cs64, issue 10).

Every sentence here was written for this test.
"""
from support import cue_texts_and_sources


def test_a_list_of_plural_people_is_the_source_whole():
    assert cue_texts_and_sources("Bakers, grocers and cafe owners said the new parking charges would hurt trade.") == [
        ("said", "Bakers, grocers and cafe owners")]
    assert cue_texts_and_sources(
        "More than 200 farmers, walkers, anglers and residents wrote to the council, and they called for a "
        "ban on the new weir.")[-1] == ("called for", "More than 200 farmers, walkers, anglers and residents")
    # the names reader keeps the last item as a group; the list is still read whole
    assert cue_texts_and_sources("Teachers, parents and activists warned that the school would close.") == [
        ("warned", "Teachers, parents and activists")]


def test_a_comma_piece_that_is_no_list_item_is_left_out():
    # an opening phrase of time, an adverb, a clause: only the piece after the comma is the subject
    for text in ("In recent years, bakers and grocers said trade was slow.",
                 "However, bakers and grocers said trade was slow.", "Trade slows, bakers and grocers say."):
        (cue, source), = cue_texts_and_sources(text)
        assert "," not in source and source.endswith("grocers"), (text, source)


def test_they_after_a_vague_pronoun_source_is_those_people():
    assert cue_texts_and_sources(
        "Some say the ferry timetable is too thin. One change they point to is a later evening boat.") == [
        ("say", "Some"), ("point to", "Some")]
    assert cue_texts_and_sources(
        "Many of the stallholders said the market was quiet. They added that rents were too high.") == [
        ("said", "Many of the stallholders"), ("added", "Many of the stallholders")]
    # one person is no "they"
    assert cue_texts_and_sources(
        "One of the stallholders said the market was quiet. They added that rents were too high.")[1][1] != \
        "One of the stallholders"


def test_people_named_with_the_writer_share_the_verb():
    assert cue_texts_and_sources(
        "As my co-authors Ann Fell, Rob Tate and I argue in a new paper, small grants work.") == [
        ("argue", "Ann Fell, Rob Tate and I")]
    # a name the names reader does not keep (its last word a title's) still counts as a listed person
    assert cue_texts_and_sources(
        "As my co-authors Ann Fell, Rob Pope and I argue in a new paper, small grants work.") == [
        ("argue", "Ann Fell, Rob Pope and I")]
    assert cue_texts_and_sources("Ann Fell and I found that the grants paid for themselves.") == [
        ("found", "Ann Fell and I")]
    # not a firm, not a name that is the object of an earlier verb
    assert cue_texts_and_sources("Acme and I found that the grants paid for themselves.") == [("found", "I")]
    assert cue_texts_and_sources("Acme Foods and I found that the grants paid for themselves.") == [("found", "I")]
    assert cue_texts_and_sources("I phoned Ann Fell and I found that the grants paid for themselves.")[-1] == (
        "found", "I")


def test_they_after_a_group_with_names_in_apposition_is_those_people():
    assert cue_texts_and_sources(
        "The mill had two directors, Ann Fell and Rob Tate, until last year. They deny that it was sold cheaply.") == [
        ("deny", "Ann Fell and Rob Tate")]
    assert cue_texts_and_sources(
        "The directors, Ann Fell, Bo Lin and Rob Tate, met on Monday. They said the hall would reopen.") == [
        ("said", "Ann Fell, Bo Lin and Rob Tate")]
    # names that are the object of a verb are no apposition: the group stays
    assert cue_texts_and_sources("The directors met Ann Fell and Rob Tate. They said the hall would reopen.") == [
        ("said", "directors")]


def test_a_published_speech_gives_its_first_person_to_the_speaker():
    text = ("Ann Fell speech on river safety\n\nAnn Fell spoke at the Boating Forum and announced new money for "
            "lifeguards.\n\nI think we lead the world in river safety.")
    assert ("think", "Ann Fell") in cue_texts_and_sources(text)
    # a news headline about a speech, or a lead that does not say the person spoke: the "I" stays as written
    assert ("think", "I") in cue_texts_and_sources(
        "Ann Fell speech sparks anger\n\nAnn Fell spoke at the Boating Forum.\n\nI think the speech was poor.")
    assert ("think", "I") in cue_texts_and_sources(
        "Ann Fell speech on river safety\n\nThe forum met in May.\n\nI think the speech was poor.")
