"""Session 17, helper real27: rules found on bench/real-news-2 (real general news). Sentences written for these tests."""

from medialit import find_attributions, find_quotes
from medialit.analysis.text import sentence_spans


def _cues(text):
    return [(a.cue, a.source) for a in find_attributions(text)]


# --- army and police ranks written with a full stop before a name --------------------------------------------

def test_a_rank_with_a_full_stop_does_not_end_the_sentence():
    text = "The team held on, said Spc. Lee Park of the second squad. Pfc. Ana Ruiz agreed."
    assert len(sentence_spans(text)) == 2


def test_a_speaker_after_said_and_a_rank_is_the_person_not_the_rank():
    text = "“We never gave up,” said Spc. Lee Park, who scored twice."
    assert "Lee Park" in find_quotes(text)[0].speaker
    assert [a.source for a in find_attributions(text) if a.cue == "said"][0].endswith("Lee Park")


def test_two_ranks_before_a_name_stay_with_the_name():
    text = "The visit was led by Maj. Gen. Rosa Vale, who said the base would reopen."
    assert len(sentence_spans(text)) == 1
