"""report.find_missing: the provenance signals an article lacks, read with the same byline rule as the blocks."""

from medialit import load_article
from medialit.analysis.report import find_missing


def missing(text):
    return [m.what for m in find_missing(load_article(text))]


def test_by_tuesday_is_a_sentence_not_a_byline():
    """Regression: report.py matched "By [A-Z]..." ignoring case, so any "By Tuesday, ..." line was a byline."""
    art = load_article("Buses Cut\n\nBy Tuesday, the council had cut two evening routes.\n\nRiders were angry.")
    assert art.blocks[1].kind == "body"
    assert "byline" in missing(art.text)


def test_an_opinion_byline_counts_as_a_byline_in_both_places():
    """Regression: the block labeller knew "Opinion by Jane Roe" as a byline, the report did not."""
    art = load_article("Buses Face Cuts\n\nOpinion by Jane Roe\n\nThe council wants to cut evening buses.")
    assert art.blocks[1].kind == "boilerplate"
    assert "byline" not in missing(art.text)


def test_a_dated_byline_with_a_link_and_a_copyright_line_lacks_nothing():
    text = ("Rain Due\n\nBy Ana Lopez, 3 May 2024\n\nIt will rain, forecasters said. See https://example.org\n\n"
            "© 2024 Valley News")
    assert missing(text) == []


def test_a_bare_story_lacks_every_signal():
    assert missing("Rain Due\n\nIt will rain tomorrow, forecasters said.") == ["byline", "date", "outlet", "links"]


def test_a_stale_copyright_year_is_a_warning():
    text = "Rain Due\n\nBy Ana Lopez, 3 May 2024\n\nIt rained in 2024. https://example.org\n\n© 2019 Valley News"
    assert missing(text) == ["copyright"]
