"""Cue -> source on general news (session 28, cs55, issue 10): families of cues whose source was the wrong one.

Every sentence here was written for this test.
"""
from support import cues_and_sources


def _cues(text: str) -> dict[str, str | None]:
    """Each cue's source, by cue (a cue written twice: its last source)."""
    return dict(cues_and_sources(text))


def test_a_verb_joined_after_a_passive_with_by_takes_the_clause_subject_not_the_agent():
    found = _cues("Harbour master Ilse Varga accepted most of the faults outlined by the inspectors, but also criticised "
                  "them for a narrow reading of the rules.")
    assert found["outlined"] == "the inspectors"
    assert found["criticised"] == "Ilse Varga"
    # a verb joined to a plain cue still shares that cue's source
    assert _cues("Ilse Varga outlined her plan and vowed to finish it by May.")["vowed"] == "Ilse Varga"


def test_an_irregular_participle_after_had_is_a_verb_whose_subject_a_joined_cue_shares():
    found = _cues("The next day, The Harbour Gazette newspaper reported Tomas Brenn had sworn at two wardens and called "
                  "them \u201cclowns\u201d.")
    assert found["reported"] == "The Harbour Gazette newspaper"
    assert found["called"] == "Tomas Brenn"
    found = _cues("The Harbour Gazette reported Tomas Brenn had spoken to the wardens and accused them of lying.")
    assert found["accused"] == "Tomas Brenn"
