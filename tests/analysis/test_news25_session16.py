"""Session 16 (news25): causes found on invented general news in mixed shapes (bench/invented-news-mixed).

Every sentence here is invented for the test.
"""

import pytest

from medialit import find_attributions, find_sources, load_article


def cues(text: str) -> list[tuple[str, str | None]]:
    return [(a.cue, a.source) for a in find_attributions(text)]


LEADER = ("The Courier's view: Keep the ferry running\n\n"
          "We believe the island needs its winter sailings. This newspaper has argued for years that the route pays "
          "its way. The operator said the boats were old. “We think the fares are too high,” said one islander, "
          "Tom Reed.")


# An unsigned leader names itself in its headline ("The X's view", "The X view on"): its "We believe" and
# "This newspaper has argued" are that paper's views.
def test_a_leaders_we_and_this_newspaper_are_the_paper():
    found = cues(LEADER)
    assert ("believe", "The Courier") in found
    assert ("argued", "The Courier") in found
    assert ("said", "The operator") in found


def test_a_we_inside_a_quotation_stays_the_speakers():
    found = [(a.cue, a.source) for a in find_attributions(LEADER) if a.cue == "think"]
    assert found == [("think", "Tom Reed")]


def test_the_view_headline_without_an_owner_names_no_paper():
    for headline in ("Our view: Keep the ferry running", "This view: keep the ferry running",
                     "Ferry cuts anger islanders"):
        text = headline + "\n\nWe believe the island needs its winter sailings."
        assert cues(text) == [("believe", "We")]


def test_the_leaders_sources_name_the_paper_once():
    names = [s.name for s in find_sources(load_article(LEADER))]
    assert names.count("The Courier") == 1
    assert "We" not in names and "newspaper" not in names
