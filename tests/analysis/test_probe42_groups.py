"""probe42, session 23 (issue 10, cause 3): an unnamed outlet or group as a source, with a plain "-ing"/"-ed" adjective
and a capitalised one before its noun ("The leading French weekly wrote"). All text here is invented."""

from support import cues_sources_and_kinds

LEAD = "The summit ended early. "


def test_a_plain_ing_adjective_before_a_capitalised_one_keeps_the_source():
    got = cues_sources_and_kinds(LEAD + "The leading French weekly wrote that the deal was doomed.")
    assert got == [("wrote", "The leading French weekly", "unnamed")]
    got = cues_sources_and_kinds(LEAD + "The leading German daily reported that the talks had failed.")
    assert got == [("reported", "The leading German daily", "unnamed")]


def test_an_ing_verb_before_the_noun_is_still_no_modifier():
    # "Officials meeting Ann Lee said": "meeting" is a verb there; the source is not "meeting Ann Lee"
    got = cues_sources_and_kinds(LEAD + "Residents living near the Tarn River said the water rose fast.")
    assert [c for c, _, _ in got] == ["said"] and got[0][1].startswith("Residents")
