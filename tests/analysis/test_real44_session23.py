"""Session 23 (real44): causes of errors on bench/real-news-12. Every sentence here is invented for the test."""

import pytest

from medialit.analysis.hedges import find_hedges


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
