"""The sources list on unseen general news (session 34, src70, issue 10).

Every sentence here was written for this test.
"""
from support import listed_sources


def _sources(text: str) -> list[str]:
    """The names of the article's listed sources."""
    return [name for name, _ in listed_sources(text)]


def test_a_documents_writer_is_a_source():
    text = ("Harbour Walls Were Weak\n\nThe Harbour Gazette printed a report written by a hydrologist with the "
            "Port Authority in 2001 that warned of cracks in the sea wall.")
    assert "a hydrologist" in _sources(text)
    # an aside's comma before "co-authored", and a body's name as the writer
    text = ("Glaciers Shrink Faster\n\nA new study, co-authored by Meridian Institute scientists, details how fast "
            "the ice in the valley is melting.")
    assert any("Meridian Institute" in name for name in _sources(text))


def test_written_after_no_document_noun_names_no_source():
    text = "Old Tunes\n\nThe band played a song written by Jo Hale in 1970, and the hall was full."
    assert not any("Hale" in name for name in _sources(text))
    text = "New Rules\n\nThe council passed a bylaw authored by Tim Rusk, and the market closed early."
    assert not any("Rusk" in name for name in _sources(text))


def test_the_body_whose_possessive_names_a_document_or_part_is_a_source():
    text = "Fish Stocks\n\nThe Coastal Weather Agency's latest Trade in Fish Report says the catch will fall."
    names = _sources(text)
    assert "Coastal Weather Agency" in names
    # an acronym of three capitals as the owner of a named part
    text = "Rain Ahead\n\nForecasters were busy. NWXA's Rainfall Prediction Centre now expects a wet spring."
    assert "NWXA" in _sources(text)


def test_a_place_or_person_owner_is_no_source():
    # a country's ministry speaks for itself, not for the country as a second source
    text = "Border Talks\n\nNorth Korea's Defence Ministry said the talks had failed."
    assert "North Korea" not in _sources(text)
    # a person as the cue's source, and a person as the owner
    text = "Budget Row\n\nValdoria's Chief Economist Jo Hale argued that the budget was too small."
    assert "Valdoria" not in _sources(text)
    text = "Party Split\n\nJo Hale's Harbour Party said it would leave the coalition."
    assert "Jo Hale" not in _sources(text)
    # an owner's words run on from the sentence before
    text = ("Net Rules\n\nThe editor was Tim Rusk. Valdoria's Department of Networks vowed to block the site.")
    assert not any(name.startswith(("Tim", "Rusk")) for name in _sources(text))
