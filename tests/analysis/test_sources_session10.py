"""Sources read off outlet-style texts (session 10, issue 10). Every sentence here was written for this test."""
from medialit import find_attributions, find_sources, load_article


def test_a_name_the_text_abbreviates_is_one_organisation_with_its_abbreviation():
    text = ("Rivers Without Borders (RWB) reported on Monday that two bridges had failed. "
            "RWB said more rain was due.")
    sources = [(s.name, s.kind) for s in find_sources(load_article(text))]
    assert sources == [("Rivers Without Borders", "named group")]


def test_released_a_statement_saying_is_the_body_that_released_it():
    text = "The port authority released a statement saying the ferry would sail at noon."
    assert [(a.cue, a.source) for a in find_attributions(text)] == [("saying", "The port authority")]


def test_a_report_released_on_a_day_is_still_the_source():
    text = "A report released Tuesday said bus use had doubled."
    assert [(a.cue, a.source) for a in find_attributions(text)] == [("said", "A report released Tuesday")]


def test_an_aside_opening_with_part_of_is_skipped():
    text = "Inspectors at the depot, part of the city transport office, said the trams were safe."
    assert [(a.cue, a.source) for a in find_attributions(text)] == [("said", "Inspectors at the depot")]
