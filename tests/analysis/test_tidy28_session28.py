"""Session 28, tidy28: word lists that lived inline in ``cues.py`` now come from ``vocabulary.csv``. These tests hold
the lists' behaviour and the data's shape. All text here is invented for these tests."""
import pytest
from support import cue_phrases, sources_of_cue

from medialit.analysis.lexicons import lexicon_header, load_lexicon, word_list


# --- "adverb in s": an adverb in "s" between a subject and its verb leaves the verb a verb -------------------------

@pytest.mark.parametrize("adverb", ["sometimes", "perhaps", "nevertheless", "nonetheless", "afterwards", "thus", "always"])
def test_an_adverb_in_s_before_the_form_leaves_it_the_verb(adverb):
    # (the source span may keep the adverb, "The mayor sometimes": the subjects reader's matter, not this list's)
    sources = sources_of_cue(f"The mayor {adverb} claims that the bridge is safe.", "claims")
    assert len(sources) == 1 and sources[0].startswith("The mayor")


def test_a_verb_in_s_before_the_form_still_makes_it_a_noun():
    assert not any(s is not None and s.startswith("The ") for s in
                   sources_of_cue("The file includes claims that the bridge is safe.", "claims"))


def test_the_adverb_list_is_data_with_a_why_and_apart_from_the_prepositions():
    adverbs, not_plural = set(word_list("adverb in s")), set(word_list("not a plural"))
    assert {"sometimes", "perhaps", "unless", "thus", "always"} <= adverbs
    assert adverbs.isdisjoint(not_plural) and "towards" in not_plural  # "towards claims": a noun after a preposition
    rows = [r for r in load_lexicon("vocabulary.csv") if r["list"] == "adverb in s"]
    assert all(r["word"].endswith("s") and len(r["why"]) >= 20 for r in rows)
    assert "adverb in s" in lexicon_header("vocabulary.csv")


# --- "verb before a view noun": the reporting verbs that own a copular view noun in their clause -------------------

@pytest.mark.parametrize("verb", ["said", "says", "told reporters", "wrote", "suggested", "believes", "warned"])
def test_a_view_noun_in_a_reported_clause_is_no_cue_of_its_own(verb):
    assert "message" not in cue_phrases(f"Doe {verb} the message was that the bridge is safe.")


def test_a_view_noun_without_a_verb_before_it_is_a_cue():
    assert "message" in cue_phrases("The message was that the bridge is safe.")


def test_the_verbs_before_a_view_noun_are_forms_of_reporting_verbs():
    forms = {f for r in load_lexicon("reporting_verbs.csv") for f in r["forms"].split("|")}
    listed = word_list("verb before a view noun")
    assert len(listed) == len(set(listed)) and set(listed) <= forms
    assert {"said", "says", "say", "told", "warned"} <= set(listed) and not {"adds", "notes"} & set(listed)
