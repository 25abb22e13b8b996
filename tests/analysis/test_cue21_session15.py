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


def test_a_share_of_a_group_is_the_subject():
    assert _cues("Some of the tenants said the lifts had failed.") == [
        ("said", "Some of the tenants", "Some of the tenants")]
    assert _cues("Nearly two in five said they would move.")[0][:2] == ("said", "Nearly two in five")


def test_a_share_after_a_clause_joint():
    text = "Most shop owners backed the scheme, but all but three said the rent was too high."
    assert ("said", "all but three", "all but three") in _cues(text)


def test_a_share_ending_in_no_plural_is_no_subject():
    # "one of his recent" ends in an adjective: the noun "reads" is no verb with that subject
    assert all(c[1] != "One of his recent" for c in _cues("One of his recent reads, a history of ships, was long."))


def test_a_share_in_an_aside_leaves_the_name_the_subject():
    text = "The painter Ruth Alder, one of the guests, said the hall would close."
    assert [(c[0], c[1]) for c in _cues(text)] == [("said", "Ruth Alder")]


def test_a_pronoun_head_before_who_is_the_subject():
    text = "Some who know the harbour master argue that the new berth is too small."
    assert [(c[0], c[1]) for c in _cues(text)] == [("argue", "Some")]
    text = "All who attended the vigil said it was calm."
    assert [(c[0], c[1]) for c in _cues(text)] == [("said", "All")]
