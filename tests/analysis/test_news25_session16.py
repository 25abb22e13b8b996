"""Session 16 (news25): causes found on invented general news in mixed shapes (bench/invented-news-mixed).

Every sentence here is invented for the test.
"""

import pytest

from medialit import find_attributions, find_sources, load_article

from support import cues_and_sources as cues


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


# "One of them said", "one of the people said": one member of an unnamed group brought in just before speaks for
# it; the source is that group as the text named it, so the list of sources shows it once.
@pytest.mark.parametrize("text, group", [
    ("Three people briefed on the talks said the ferry deal was close. One of them said the price had fallen.",
     "Three people briefed on the talks"),
    ("The ferry deal is close, according to two people familiar with the talks. The price has fallen, one of the "
     "people said.", "two people familiar with the talks"),
    ("The sale was delayed, according to a senior manager and two other people familiar with the plan. The buyers "
     "have walked away, one of the people said.", "two other people familiar with the plan"),
])
def test_one_of_a_group_speaks_for_the_group(text, group):
    assert cues(text)[-1] == ("said", group)
    assert [s.name for s in find_sources(load_article(text))].count(group) == 1


@pytest.mark.parametrize("text, source", [
    ("Ann Lee and Tom Reed said the ferry was late. One of them said it would sail at noon.", "One of them"),
    ("Analysts said the ferry was late. One of the pilots said it would sail at noon.", "One of the pilots"),
])
def test_one_of_a_named_pair_or_a_new_group_stays_as_written(text, source):
    assert cues(text)[-1] == ("said", source)


# "It" after a document or a study that spoke in the sentence before is that document, not a company named
# earlier; "it" after a person's noun ("the official said") still never stands for the person.
@pytest.mark.parametrize("text, source", [
    ("Acme Freight drew up plans to close two depots. The report said the closures would save money. It estimated "
     "that the depots lost money.", "The report"),
    ("The ministry published a study on Monday. The study found that fewer teenagers smoke. It said prices were "
     "one reason.", "The study"),
])
def test_it_after_a_document_is_the_document(text, source):
    assert cues(text)[-1] == (cues(text)[-1][0], source)


def test_it_after_a_persons_noun_is_not_the_person():
    text = ("Acme Corp cut jobs. The official said the closures would save money. It estimated that the depots "
            "lost money.")
    assert cues(text)[-1] == ("estimated", "Acme Corp")
