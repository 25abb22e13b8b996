"""Cue sources and the source list on general news (session 29, src57, issue 10).

Every sentence here was written for this test.
"""
from support import listed_sources

from medialit.analysis.attribution import find_attributions
from medialit.analysis.name_words import spelled_out_name


def _sources(text: str) -> list[str]:
    """The names of the article's listed sources."""
    return [name for name, _ in listed_sources(text)]


def _cue_sources(text: str) -> list[str | None]:
    return [a.source for a in find_attributions(text)]


def test_initials_are_written_as_their_name_by_one_rule_for_cues_and_sources():
    text = ("The Coastal Harbour Rescue Volunteers (HRV) run the lifeboat. "
            "The complaint by the HRV was sent on Monday. HRV said two swimmers were brought ashore.")
    # the name from its first word with the initials' first letter: "Coastal" opens no "HRV"
    assert spelled_out_name(text, "HRV") == "Harbour Rescue Volunteers"
    assert _sources(text) == ["Harbour Rescue Volunteers"]
    # letters out of order name nothing; only the capital letters must hold ("DfE")
    assert spelled_out_name("Reclaim Our Schools (AROS) said so.", "AROS") is None
    assert spelled_out_name("The Department for Education (DfE) said so.", "DfE") == "Department for Education"
    assert spelled_out_name("UN officials said so.", "UN") is None
    assert _cue_sources("Harbour Rescue Volunteers (HRV) run the lifeboat. HRV said the sea was calm.") == [
        "Harbour Rescue Volunteers"]
