"""Session 23 (real44): causes of errors on bench/real-news-12. Every sentence here is invented for the test."""

import pytest

from medialit.analysis.hedges import find_hedges
from support import cue_texts_and_sources


def _hedges(text: str) -> list[str]:
    return [h.phrase for h in find_hedges(text) if h.kind == "hedge"]


@pytest.mark.parametrize("text", [
    "The main change from the May forecast is a drier autumn.",
    "Its May report counted 40 new wells.",
    "Turnout fell after their May vote on the bridge.",
    "Sales rose in a May surge at the shop.",
])
def test_may_after_an_article_or_possessive_is_the_month(text):
    assert "May" not in _hedges(text)


@pytest.mark.parametrize("text", [
    "Prices May Fall Again, Shop Owners Warn",
    "The bridge may close in winter.",
    "Rivers May be Higher This Spring",
])
def test_the_modal_may_is_still_a_hedge(text):
    assert [h for h in _hedges(text) if h.lower() == "may"]


@pytest.mark.parametrize("text", [
    "The office saw a surge in claims handled by post.",
    "A backlog of claims built up over the winter.",
    "Applicants can fill in the new online claim form in ten minutes.",
    "The rise came with claims from farmers after the flood.",
])
def test_claim_as_an_application_is_not_a_distancing_hedge(text):
    assert not [h for h in _hedges(text) if "claim" in h.lower()]


@pytest.mark.parametrize("text", [
    "Officials claim the form was lost in the post.",
    "Critics claim that the engines are dirty.",
    "They went on to claim that the vote was rigged.",
])
def test_claim_as_a_verb_of_saying_stays_a_hedge(text):
    assert [h for h in _hedges(text) if "claim" in h.lower()]


@pytest.mark.parametrize("text, cue, source", [
    ("Shops oppose the new fees announced by the city council on Monday.", "announced", "the city council"),
    ("Under the plans proposed by Jane Roe last week, buses would run all night.", "proposed", "Jane Roe"),
    ("After the levies on a range of goods announced by the harbour board, traders held a meeting.",
     "announced", "the harbour board"),
])
def test_a_participle_after_a_noun_takes_its_source_from_by(text, cue, source):
    assert (cue, source) in cue_texts_and_sources(text)


@pytest.mark.parametrize("text", [
    "The firm announced by the end of the day that it would close the plant.",
    "Jane Roe announced by letter that she would step down.",
])
def test_an_active_verb_before_by_keeps_its_subject(text):
    assert not [c for c in cue_texts_and_sources(text) if c[1] and c[1].lower().startswith(("the end", "letter"))]


def test_backing_is_not_a_reduced_passive_cue():
    assert not [c for c in cue_texts_and_sources('Ads for the "new" teams supported by the local brewers ran all week.')
                if c[0] == "supported"]
