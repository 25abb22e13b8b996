"""Session 15 (cue21): rules on invented sentences."""
from medialit.analysis.attribution import find_attributions


def _cues(text):
    return [(a.cue, a.source, text[a.source_start:a.source_end] if a.source_start is not None else None)
            for a in find_attributions(text)]


def test_think_tank_is_a_noun_not_a_cue():
    text = "A study by the Harbour Trust think tank found that rents rose."
    cues = _cues(text)
    assert all(c[0] != "think" for c in cues)
    assert ("found", "the Harbour Trust think tank") in [(c[0], c[2]) for c in cues]


def test_the_think_tank_said_is_an_institution():
    text = "The Harbour Trust published its figures on Monday. The think tank said rents would keep rising."
    cues = _cues(text)
    assert [(c[0], c[1], c[2]) for c in cues] == [("said", "Harbour Trust", "The think tank")]


def test_think_tanks_as_a_plural_subject():
    text = "Two think tanks said the levy would raise little."
    assert _cues(text) == [("said", "Two think tanks", "Two think tanks")]


def test_i_think_stays_a_cue():
    text = "“I think the bridge will open late,” said Mara Quill."
    assert ("said", "Mara Quill", "Mara Quill") in _cues(text)
