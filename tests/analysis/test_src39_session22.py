"""Session 22, src39: sources on unseen general news (families of shapes, each on sentences written for these tests)."""

from support import cues_and_sources, kind_of


def test_an_armed_unit_or_a_legislature_is_a_body_not_a_person():
    text = ("Soldiers of the 4th Harwick Brigade trained at the range in May. The 2nd Orsa Regiment joined them. "
            "The Tarn Congress voted on Tuesday.")
    assert kind_of(text, "Harwick Brigade") == "organisation"
    assert kind_of(text, "Orsa Regiment") == "organisation"
    assert kind_of(text, "Tarn Congress") == "organisation"


def test_he_after_a_legislature_goes_to_the_person_not_the_body():
    text = ("Jo Vale won the 2018 election despite twenty years in the Tarn Congress. "
            "He promised to cut taxes for small firms.")
    assert ("promised", "Jo Vale") in cues_and_sources(text)
