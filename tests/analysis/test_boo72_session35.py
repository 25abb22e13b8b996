"""Session 35 (boo72): false hedges in institutional and wire texts (bench/ERRORS-hedges-boo72.md). Every sentence
here is invented for the test."""

import pytest

import medialit


def hedge_phrases(text: str) -> list[str]:
    return [h.phrase for h in medialit.find_hedges(text) if h.kind == "hedge"]


# "is known for" and "was known as" state a reputation or a name as fact: a factive passive, no source held back.
@pytest.mark.parametrize("text", [
    "Colonel Amara Reyes, who retired in May, was known for her calm under pressure.",
    "The brigade is best known for its winter rescues in the northern valleys.",
    "The old pier was known as the Long Finger until the storm of 1952.",
    "Dr. Okafor is known for careful work on river sediments.",
])
def test_known_for_is_no_hedge(text):
    assert not any("known" in phrase for phrase in hedge_phrases(text)), hedge_phrases(text)


@pytest.mark.parametrize("text, phrase", [
    ("The harbour is said to be the oldest on the coast.", "is said to be"),
    ("The two ferries are thought to have collided in fog.", "are thought to have"),
    ("It is widely known that the bridge needs repair.", "It is widely known"),
])
def test_distancing_passives_stay_hedges(text, phrase):
    assert any(phrase in found or found in phrase for found in hedge_phrases(text)), hedge_phrases(text)


# A noun of expression that is the object of a verb of issuing has its maker in the clause's subject.
@pytest.mark.parametrize("text", [
    "Hours earlier, the coastguard issued a warning that the storm would reach the bay by night.",
    "Most annual reports include a warning that past results may not be repeated.",
    "The ministry gave an assurance that no jobs would be lost at the depot.",
])
def test_issued_warning_is_no_agentless_hedge(text):
    assert not any(h.category == "agentless attribution" for h in medialit.find_hedges(text)), \
        medialit.find_hedges(text)


@pytest.mark.parametrize("text", [
    "Amid warnings that the storm would reach the bay, the ferry stayed in port.",
    "The ferry stayed in port after a warning that the storm would reach the bay.",
    "It is feared that the storm will reach the bay by night.",
])
def test_agentless_warnings_stay_hedges(text):
    assert any(h.category == "agentless attribution" for h in medialit.find_hedges(text)), \
        medialit.find_hedges(text)
