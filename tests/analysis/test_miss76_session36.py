"""Session 36 (miss76): causes found by pooling the missed gold cues of the blind batches real-news-34 to -42
(bench/ERRORS-cues-miss76.md). Every sentence here is invented for the test."""

import pytest
from support import cue_texts_and_sources, sources_of_cue


# "underscore(s/d)" is a form of stress put on a point, as "underlined", when a person, people or a body the text
# names does it: PolNeAR train marks 5 of the 7 such uses, the general-news golds every one.
@pytest.mark.parametrize("text, cue, source", [
    ("Mayor Jane Doe underscored her support for the new bridge at the meeting.", "underscored", "Jane Doe"),
    ("She underscored the need for calm after the flood.", "underscored", "She"),
    ("“We will rebuild,” the minister said, underscoring the cost of waiting.", "underscoring", "minister"),
])
def test_underscore_done_by_someone_is_a_cue(text, cue, source):
    found = sources_of_cue(text, cue)
    assert found and found[0] is not None and source in found[0], cue_texts_and_sources(text)


# Must not: a thing, an event or a number "underscores" something (the writer's reading of it, which PolNeAR leaves
# unmarked in 4 of its 6 such uses: "the lopsided spending underscores", "the turmoil underscores").
@pytest.mark.parametrize("text", [
    "The lopsided spending on adverts underscores the group's outsized role in the race.",
    "The storm underscored the need for better drains in the old town.",
    "The numbers also underscore how hard the winter was for farmers.",
])
def test_underscore_of_a_thing_is_no_cue(text):
    assert not any(c.lower().startswith("underscor") for c, _ in cue_texts_and_sources(text)), \
        cue_texts_and_sources(text)
