"""Session 30, real60: the general causes behind bench/real-news-26's first errors (bench/ERRORS-news26.md), each with
the shapes the fix must leave alone. All text here is invented for these tests."""
import pytest

import medialit


def _cues(text: str) -> list[str]:
    return [a.cue for a in medialit.find_attributions(text)]


def _hedges(text: str) -> list[str]:
    return [h.phrase for h in medialit.find_hedges(text) if h.kind == "hedge"]


# --- 1. "has claimed just three gold medals": a prize or a share of the vote won, after an adverb of amount --------

@pytest.mark.parametrize("text", [
    "The Danish rowers have claimed just two silver medals so far.",
    "Mora won the county easily, claiming 58 percent of the vote.",
    "The storm claimed nearly 30 lives along the coast.",
    "The club claimed only one title in a decade.",
])
def test_a_prize_or_a_share_of_the_vote_claimed_is_no_cue_and_no_hedge(text):
    assert "claimed" not in _cues(text) and "claiming" not in _cues(text)
    assert not any(h.startswith("claim") for h in _hedges(text))


@pytest.mark.parametrize("text, cue", [
    ("Mora claimed victory before the count ended.", "claimed"),  # a statement (PolNeAR marks it)
    ("Mora claimed 58 percent of voters backed her.", "claimed"),  # a claim whose "that" is left out
    ("The mayor claimed the bridge was safe.", "claimed"),
    ("Mora claimed just that, and nothing more.", "claimed"),
])
def test_a_claim_made_stays_a_cue(text, cue):
    assert cue in _cues(text)


# --- 2. "and, more generally, the first ...": a link that widens the point is no hedge ------------------------------

@pytest.mark.parametrize("text", [
    "She was the first woman to lead the port and, more generally, the first to lead any port in the region.",
    "The rule hurts farmers and rural towns more generally.",
    "He spoke more broadly on the state of the harbour.",
    "More broadly, the harbour has grown every year.",
])
def test_more_generally_or_more_broadly_widening_a_point_is_no_hedge(text):
    assert not {"generally", "broadly"} & {h.lower() for h in _hedges(text)}


@pytest.mark.parametrize("text, hedge", [
    ("The plan is generally popular with fishermen.", "generally"),
    ("That view is more generally accepted now.", "generally"),  # the degree of a quality: still a hedge
    ("Prices broadly rose in the spring.", "broadly"),
])
def test_generally_and_broadly_as_approximators_stay_hedges(text, hedge):
    assert hedge in _hedges(text)


# --- 3. "an Acme Corp official said": one official of a named body is still unnamed -----------------------------

@pytest.mark.parametrize("text, hedge", [
    ("The harbour will close in May, an Acme Port Authority official said.", "an Acme Port Authority official said"),
    ("The harbour will close in May, a senior Dovetown Council official said.",
     "a senior Dovetown Council official said"),
    ("The talks failed, a Ministry of Fisheries aide said on Monday.", "a Ministry of Fisheries aide said"),
    ("The talks failed, a U.S. official said on Monday.", "a U.S. official said"),  # a country names no one
    ("The talks failed, a US official said on Monday.", "a US official said"),
])
def test_one_unnamed_official_of_a_named_body_or_country_is_a_hedge(text, hedge):
    assert hedge in _hedges(text)


@pytest.mark.parametrize("text", [
    "The harbour will close in May, an Acme Port Authority spokesperson said.",  # on the record for the body
    "The harbour will close in May, a spokeswoman for Acme Port Authority said.",
    "The harbour will close in May, the Acme Port Authority official said.",  # the one named before
    "The harbour will close in May, Acme Port Authority officials said.",  # a named group
])
def test_a_spokesperson_a_definite_official_or_a_named_group_stays_no_hedge(text):
    assert not any("said" in h for h in _hedges(text))


# --- 4. "in May, officials said": the month before a comma is no modal over the source ----------------------------

@pytest.mark.parametrize("text, hedge", [
    ("The ferry will stop running in May, officials said.", "officials said"),
    ("The ferry will stop running in May, senior officials said.", "senior officials said"),
    ("The ferry may, officials said, stop running.", "officials said"),
])
def test_an_unnamed_source_after_the_month_may_keeps_its_hedge(text, hedge):
    assert hedge in _hedges(text)


def test_a_modal_right_before_the_source_still_reads_it_as_no_speaker():
    assert not any("officials" in h for h in _hedges("Nor may officials say what the ferry will cost."))


# --- 5. "five to six percent less likely to": a measured rate written with a number word is no forecast ------------

@pytest.mark.parametrize("text", [
    "Swimmers were five to six percent less likely to catch a cold.",
    "Swimmers were twenty percent more likely to sleep well.",
])
def test_a_rate_measured_in_words_is_no_hedge(text):
    assert "likely" not in _hedges(text)


def test_a_comparison_with_no_figure_stays_a_hedge():
    assert "likely" in _hedges("Swimmers are more likely to win the cup this year.")
