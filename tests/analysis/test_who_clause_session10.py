"""A clause on "who" between a subject and its speech verb, with no commas (session 10, issue 10).

Local reports and wire copy quote people as "A man who lives nearby said ..." or "An official who asked not
to be named told ...". The finder gave no cue at all for these; now the phrase before "who" is the source.
Every sentence here was written for this test.
"""
import pytest

from medialit import find_attributions

from support import cues_sources_and_kinds as _cues


@pytest.mark.parametrize("text, source", [
    ("A woman who runs the corner shop said the bridge had been shut since May.", "A woman"),
    ("Parents who waited outside the school told reporters the gates opened late.", "Parents"),
    ("A council officer who asked not to be named said the report was delayed.", "A council officer"),
    ("Farmers who lost crops in the flood say the payments came too late.", "Farmers"),
])
def test_the_phrase_before_who_is_the_source(text, source):
    found = _cues(text)
    assert len(found) == 1 and found[0][1] == source and found[0][2] == "unnamed"


def test_a_name_before_who_is_a_named_source():
    assert _cues("Mara Quill who coaches the under-12 team said the pitch was flooded.") == [
        ("said", "Mara Quill", "named person")]


def test_the_source_span_is_the_phrase_not_who():
    text = "A driver who saw the crash said the lorry was going fast."
    (a,) = find_attributions(text)
    assert text[a.source_start:a.source_end] == "A driver"


@pytest.mark.parametrize("text", [
    # a comma inside: "officials" is the subject of "said", not "people"
    "The number of people who died rose, officials said.",
])
def test_the_rule_keeps_out_of_other_shapes(text):
    assert ("said", "officials", "unnamed") in _cues(text) and all(source != "people" for _, source, _ in _cues(text))


def test_a_verb_after_to_belongs_to_the_clause():
    # "declined" is the clause's verb (its subject "Voters", through "who"); "endorse" is no speech of its own
    assert [c for c in _cues("Voters who declined to endorse the plan were few.") if c[0] == "endorse"] == []


def test_a_preposition_does_not_open_the_source():
    sources = [s for _, s, _ in _cues("Among the families who lost homes said nothing.")]
    assert not any(s and s.lower().startswith("among") for s in sources)
