"""Session 20, src33: who a cue belongs to, and the list of sources, on general news.
All text here is invented for these tests."""

from medialit import find_sources, load_article
from support import cues_and_sources, cues_sources_and_kinds


def source_names(text: str) -> list[str]:
    return [s.name for s in find_sources(load_article(text))]


# --- "The World Food Programme, WFP, says": a body's initials in commas after its name --------------------------

def test_initials_in_commas_after_a_body_are_its_source():
    text = "The Harbour Relief Fund, HRF, says about 300 families have left. HRF says more will follow."
    assert cues_sources_and_kinds(text) == [("says", "HRF", "named group"), ("says", "HRF", "named group")]
    assert source_names(text) == ["HRF"]


def test_letters_after_a_person_in_commas_are_no_initials_of_a_source():
    assert cues_and_sources("Jane Doe, MP, said the road was dangerous.") == [("said", "Jane Doe")]


# --- a headline's last word is no part of the name spelled out in the next paragraph ----------------------------

def test_a_spelled_out_name_never_reaches_into_the_headline():
    text = "Food Prices Rise\n\nThe Grain Relief Agency (GRA) says prices are rising. GRA says more help is needed."
    assert [s for _, s in cues_and_sources(text)] == ["Grain Relief Agency", "Grain Relief Agency"]
