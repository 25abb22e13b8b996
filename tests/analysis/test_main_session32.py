"""Session 32, found while merging real64's batch: an embassy or consulate that speaks as a whole."""
import pytest

import medialit


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Dutch embassy in Lima said on Friday that the office would close.", "The Dutch embassy in Lima"),
        ("The embassy in Oslo said the talks had ended.", "The embassy in Oslo"),
        ("Two consulates said they had no record of the trip.", "Two consulates"),
    ],
)
def test_an_embassy_or_consulate_is_a_source_that_speaks(text: str, source: str) -> None:
    # "embassy" was no institution noun, so "The X embassy in Y said" gave no cue, or the place as the source.
    cues = medialit.find_attributions(text)
    assert [(c.cue, c.source) for c in cues] == [("said", source)]


def test_an_embassy_building_that_says_nothing_is_no_source() -> None:
    text = "Protesters gathered outside the embassy on Friday."
    assert medialit.find_attributions(text) == []


def test_a_verb_before_a_writing_with_no_source_yet_does_not_crash() -> None:
    # Found by sp64's fuzzing: "published letter urging" with no subject anywhere reached the object test with no
    # source span, and find_attributions raised TypeError.
    text = "published \npublished letter urging"
    cues = medialit.find_attributions(text)
    assert all(0 <= c.start < c.end <= len(text) for c in cues)
    assert [(c.cue, c.source) for c in medialit.find_attributions("They published letter urging calm.")] == [
        ("urging", "They")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("At least two nurses said the ward was full.", "two nurses"),
        ("At most a dozen residents say they were warned.", "residents"),
        ("The plan, at least two nurses said, was rushed.", "two nurses"),
    ],
)
def test_at_least_and_a_number_open_a_subject_not_a_place(text: str, source: str) -> None:
    # cue64 found "At least two officials said ..." gave no cue at all: "At" was read as a place phrase's opening.
    cues = medialit.find_attributions(text)
    assert [c.source for c in cues][:1] == [source]


def test_at_least_after_that_opens_the_clause_subject() -> None:
    cues = medialit.find_attributions("Emails show that at least three managers raised concerns about the plan.")
    assert [(c.cue, c.source) for c in cues] == [("show", "Emails"), ("raised concerns", "three managers")]


def test_a_place_phrase_opening_with_at_is_still_no_subject() -> None:
    assert medialit.find_attributions("At the meeting said the plan was rushed.") == []


def test_at_least_a_share_opens_a_subject() -> None:
    cues = medialit.find_attributions("At least a third of the drivers say the new lane is unsafe.")
    assert [(c.cue, c.source) for c in cues] == [("say", "a third of the drivers")]
