"""Session 16, helper news23: wire-service and broadcast-website hard news (AP, Reuters, web news).
Every sentence here is invented for the test."""

from medialit import find_attributions, find_quotes, find_sources, load_article


def sources(text):
    return [(a.cue, a.source, a.source_kind) for a in find_attributions(text)]


# -- "Jane Doe of Kellner Hale said": the analyst, not the firm she works for -----------------------

def test_the_person_before_of_wins_over_a_two_word_firm_or_place():
    assert sources("Maria Lenz of Dorset Hale said the plan looked credible.")[0][1] == "Maria Lenz"
    assert sources("Analyst Tom Brandt of Kessler Frost warned that costs would rise.")[0][1] == "Tom Brandt"
    assert sources("Rep. Ana Lopez of New Kent, a member of the panel, said the bill was dead.")[0][1] == "Ana Lopez"


def test_a_name_of_three_words_after_of_keeps_its_reading():
    # "Supervisor of Elections Jane Doe": the office's words run into the name after "of"
    assert sources("Kent County Supervisor of Elections Ana Lopez said turnout was high.")[0][1].endswith("Ana Lopez")
