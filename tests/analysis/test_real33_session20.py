"""Session 20, real33: rules from the errors of `bench/real-news-7` that also appear in the other development sets.
All text here is invented for these tests."""
import pytest

from support import cue_texts_and_sources


# --- "see ... as" with a plural subject that is no role word: a view the people hold -------------------------

@pytest.mark.parametrize("text, cue, source", [
    ("In the valley, farmers see the new dam as a threat to their wells.", "see", "farmers"),
    ("Most pupils saw the longer school day as a punishment.", "saw", "Most pupils"),
    ("Younger tenants see the rent cap as a lifeline, the survey found.", "see", "Younger tenants"),
])
def test_a_plural_subject_seeing_something_as_holds_a_view(text, cue, source):
    assert (cue, source) in cue_texts_and_sources(text)


@pytest.mark.parametrize("text", [
    "The plan sees the harbour as a hub for ferries.",      # a thing, singular: no one holds a view
    "The walkers saw the ferry from the cliff.",            # seeing, no "as"
    "Visitors saw the castle and the harbour as well as the old mill before lunch.",  # "as well as", far on
])
def test_seeing_without_a_view_held_by_people_is_no_cue(text):
    assert not [c for c, _ in cue_texts_and_sources(text) if c in ("see", "sees", "saw")]


# --- a person noun with no agent's ending, then a phrase, then the verb: the phrase no longer cuts the subject ----

@pytest.mark.parametrize("text, cue, source", [
    ("An athlete from the village said the track was flooded.", "said", "An athlete from the village"),
    ("A pupil at the school said the roof leaked.", "said", "A pupil at the school"),
    ("A veteran of the war wrote that the film was accurate.", "wrote", "A veteran of the war"),
    ("A nurse at the hospital raised her hand and said, in disbelief, “That can’t be right.”", "said",
     "A nurse at the hospital"),
])
def test_a_person_noun_and_its_phrase_are_the_subject(text, cue, source):
    assert (cue, source) in cue_texts_and_sources(text)
