"""Session 19 (cue31): attribution cues that general news uses and the cue finder missed.

Every sentence here is written for these tests (none is taken from a development text).
"""

from medialit import find_attributions
from support import cue_texts_and_sources, cues_and_sources, hedges


def test_a_speakers_suspicion_realisation_or_observation_in_their_quotation_is_their_cue():
    text = "“I suspect the council will wait until spring,” said Mara Lind, a local builder."
    assert ("suspect", "Mara Lind") in cues_and_sources(text)
    text = "“We realize the figures can only be checked next year,” said Tom Achebe."
    assert ("realize", "Tom Achebe") in cues_and_sources(text)
    text = "“I noticed the ferry was late every Friday,” said Tom Achebe."
    assert ("noticed", "Tom Achebe") in cues_and_sources(text)
    text = "“The bridge held, and I view that as a tribute to the crews,” said Tom Achebe."
    assert ("view", "Tom Achebe") in cues_and_sources(text)


def test_a_suspect_or_a_view_that_is_no_speakers_verb_is_no_cue():
    text = "“The suspect ran and we noticed.” said Tom Achebe. “I like the view from the hill,” he added."
    assert not any(cue in ("suspect", "noticed", "view") for cue, _ in cues_and_sources(text))
    text = "Police said the suspect had fled. We view the hills from the bridge."
    assert not any(cue in ("suspect", "view") for cue, _ in cues_and_sources(text))


def test_what_someone_calls_a_thing_is_their_label_even_with_no_quotation():
    text = "Families are leaving what Mayor Ana Ruiz calls a dying town."
    assert ("calls", "Ana Ruiz") in cues_and_sources(text)
    text = "Ben Okoro spoke for an hour. He railed against what he called the greed of landlords."
    assert ("called", "Ben Okoro") in cues_and_sources(text)


def test_what_is_called_with_no_one_calling_is_no_cue():
    text = "The farm sits on what is called a green belt, and the ferry calls at noon."
    assert not any(cue in ("called", "calls") for cue, _ in cues_and_sources(text))


def test_fearing_for_someone_is_no_view_but_fearing_what_may_happen_is():
    text = "Omar Haddad left the town in May. He fears for the safety of his brothers."
    assert not any(cue == "fears" for cue, _ in cues_and_sources(text))
    text = "Omar Haddad left the town in May. He fears the fighting will reach the coast."
    assert ("fears", "Omar Haddad") in cues_and_sources(text)


def test_a_claim_owned_after_by_with_its_clause_is_the_owners_cue():
    text = "The ministry has denied a claim by Valmora that its drones crossed the border."
    assert ("claim by", "Valmora") in cue_texts_and_sources(text)
    text = "The council rejected assertions by the Harbour Trust that the pier was unsafe."
    assert ("assertions by", "Harbour Trust") in cue_texts_and_sources(text)


def test_a_claim_by_a_date_or_with_no_clause_is_no_cue():
    for text in ("The firm paid claims by Acme Farms in May.", "A ruling on the claim by the end of May is due.",
                 "The fund paid the claims by March that were sent by post."):
        assert not any(cue.startswith(("claim", "Claim")) for cue, _ in cue_texts_and_sources(text)), text


def test_calls_for_with_no_owner_after_a_word_of_raising_them_is_a_cue_with_no_source_and_no_hedge():
    text = "The study has prompted calls for all bread to be fortified. Bakers say the cost is small."
    found = [(a.cue, a.source, a.source_kind) for a in find_attributions(text)]
    assert ("calls", None, "agentless") in found
    assert "calls" not in hedges(text)
    text = "The mayor faced growing calls for her resignation on Monday."
    assert ("calls", None) in cues_and_sources(text)


def test_calls_on_a_line_or_owned_calls_are_not_read_as_unowned():
    text = "The office took phone calls for the charity all week. Staff answered robo-calls for hours."
    assert not any(cue == "calls" for cue, _ in cues_and_sources(text))
    text = "Ana Ruiz spoke at noon. Her calls for a new bridge were ignored."
    assert ("calls", "Ana Ruiz") in cues_and_sources(text)


def test_is_seen_as_is_a_view_with_no_one_named_but_seen_doing_is_sight():
    text = "The new mayor is widely seen as a reformer. Ana Ruiz was seen leaving the hall at noon."
    assert ("is widely seen as", None) in cue_texts_and_sources(text)
    assert not any("leaving" in cue or cue.startswith("was seen") for cue, _ in cue_texts_and_sources(text))
