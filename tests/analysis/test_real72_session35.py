"""Session 35 (real72): two causes read on the blind batch bench/real-news-38 (UK public-sector releases) that recur in
another set (bench/ERRORS-news38.md). Every sentence here is invented for the test."""

import pytest

from medialit import find_hedges


def flagged(text: str, word: str, kind: str) -> bool:
    return any(h.phrase.lower() == word and h.kind == kind for h in find_hedges(text))


# "made (it) clear (to someone) that ...": the speaker presents their point as beyond doubt (GUIDELINES, session 31:
# "makes it clear that"), as "We have been clear that" already is. The claim's "that" must follow.
@pytest.mark.parametrize("text,found", [
    ("The harbour master said: I have made clear to the ferry company that the pier cannot take more boats.", True),
    ("This leaflet makes it clear to tenants that the rent will not rise before spring.", True),
    ("The mayor has made it clear that the library will stay open.", True),
    ("Our letter made clear that the fee was never paid.", True),
    ("The coach made it clear to his young squad that training starts at six.", True),
    ("The mayor made it clear to shop owners on Monday that the market will reopen.", True),
    # kept out: no claim's "that" after it
    ("The mayor made clear he would not resign.", False),
    ("The mayor made it clear.", False),
    ("The crews worked all night to make the lane clear of fallen branches.", False),
    ("She made clear to the committee her wish to step down.", False),
    ("The guide makes clear to the visitor the care that the gardeners take.", False),  # a relative's "that"
])
def test_made_clear_that_is_a_booster(text, found):
    assert flagged(text, "clear", "booster") is found


# "indicate" of evidence that a named body owns passes on that body's finding: no hedge; evidence that is nobody's, or
# a place or target after the preposition, keeps the flag.
@pytest.mark.parametrize("text,word,found", [
    ("Revised figures from the Office for Harbour Statistics indicate that landings rose last year.", "indicate", False),
    ("Forecasts from the Office for Coastal Planning have indicated the largest fall in visitors on record.",
     "indicated", False),
    ("Estimates by the Bank of Westerland indicate a slower year for builders.", "indicate", False),
    ("Data from Northgate Council indicates that most bins were emptied on time.", "indicates", False),
    # kept: no named owner
    ("Figures from last winter indicate that landings rose.", "indicate", True),
    ("Early returns from the vote in Eastmoor indicate the mayor is ahead.", "indicate", True),
    ("Exit polls in Westerland indicated a close race.", "indicated", True),
    ("The data indicates that most bins were emptied on time.", "indicates", True),
    ("Statistics indicate a slower year for builders.", "indicate", True),
])
def test_indicate_of_a_named_bodys_evidence_is_no_hedge(text, word, found):
    assert flagged(text, word, "hedge") is found
