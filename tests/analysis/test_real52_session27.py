"""Session 27, real52: causes of errors on the first (unseen) score of bench/real-news-20, each held as a family of
shapes with the shapes the fix must leave alone. All text here is invented for these tests."""
import pytest

from support import cue_texts_and_sources, cues_and_sources


def _sources(text: str) -> dict[str, str | None]:
    return dict(cue_texts_and_sources(text))


# --- a "they" again in the sentence of a "they" already read: the same people ------------------------------------

@pytest.mark.parametrize("text, cue, source", [
    ("Many bakers sell bread. They tell their buyers how much they expect to charge.", "expect", "Many bakers"),
    ("Two unions met. They say they think the offer is poor.", "think", "Two unions"),
])
def test_a_they_again_in_its_sentence_takes_the_first_theys_people(text, cue, source):
    assert _sources(text)[cue] == source


@pytest.mark.parametrize("text, cue, source", [
    ("Senate Democrats met on Monday. They said they believe the bill will fail.", "believe", "Senate Democrats"),
    ("Two unions met. They say the farmers think the offer is poor.", "think", "the farmers"),  # no second "they"
])
def test_what_other_rules_read_stays(text, cue, source):
    assert _sources(text)[cue] == source


# --- an aside set off by two commas or two dashes between a verb that needs a that-clause and its "that" -----------

@pytest.mark.parametrize("text, cue, source", [
    ("The court found — for the second time this week — that the ban was void.", "found", "The court"),
    ("The court found, for the second time this week, that the ban was void.", "found", "The court"),
    ("The panel found -- after two long days of hearings -- that the rules were broken.", "found", "The panel"),
])
def test_an_aside_between_the_verb_and_its_that_clause_keeps_the_cue(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


@pytest.mark.parametrize("text", [
    "Police found the car, which had been stolen in June, that night.",  # an object before the comma
    "Police found, in the car park behind the old mill, a bag of tools.",  # an aside, then no that-clause
    "The court found — for the second time. That was all.",  # a full stop inside
])
def test_no_that_clause_after_the_aside_no_cue(text):
    assert "found" not in [c for c, _ in cues_and_sources(text)]


# --- "claims" with a to-infinitive after a person named in full or he/she/they: the verb ---------------------------

@pytest.mark.parametrize("text, source", [
    ("The court let Jo Arroyo travel. Arroyo claims to suffer from a rare bone disease.", "Jo Arroyo"),
    ("He claims to have seen the letter.", "He"),
    ("Jo Doe claims to be a doctor.", "Jo Doe"),
])
def test_claims_with_an_infinitive_after_a_person_is_a_cue(text, source):
    assert ("claims", source) in cues_and_sources(text)


@pytest.mark.parametrize("text", [
    "The land claims to the north were settled.",  # the noun, a determiner after "to"
    "Their claims to the throne failed.",
    "Republican claims to be fair were mocked.",  # a party word is no one named in full
])
def test_the_noun_claims_before_to_is_no_cue(text):
    assert "claims" not in [c for c, _ in cues_and_sources(text)]


# --- "Mizz", VOA Learning English's written Ms: a title, so the surname after it is the woman named before ----------

@pytest.mark.parametrize("text, source", [
    ("Ann Lee runs a farm. Mizz Lee said the rains came late.", "Ann Lee"),
    ("Pat Roe is program director at a charity. The group works in Rwanda. Mizz Roe says women could earn more.",
     "Pat Roe"),
])
def test_mizz_is_a_title(text, source):
    assert _sources(text)[text.split("Mizz")[1].split()[1]] == source


def test_ms_is_still_read_as_before():
    assert _sources("Ann Lee runs a farm. Ms Lee said the rains came late.")["said"] == "Ann Lee"


# --- "a little" / "a bit" closing a clause after its verb or object: a softened degree, a hedge --------------------

from medialit.analysis.hedges import find_hedges  # noqa: E402


def _hedge_words(text: str) -> list[str]:
    return [text[h.start:h.end] for h in find_hedges(text) if h.kind == "hedge"]


@pytest.mark.parametrize("text, words", [
    ("We had to tighten up a little bit.", "a little bit"),
    ("Her lead has shrunk a bit, from ten points to eight.", "a bit"),
    ("They changed the plan a bit. Then they left.", "a bit"),
    ("It is a little bit harder than we thought.", "a little bit"),  # before a comparative, as before
])
def test_a_little_closing_a_clause_is_a_hedge(text, words):
    assert words in _hedge_words(text)


@pytest.mark.parametrize("text", [
    "I will see you in a bit.",  # a time
    "She waited for a little.",
    "A little girl waved.",  # the adjective "little"
    "They ate a bit of bread.",  # an amount of something
    "The town hasn’t changed a bit.",  # negated: not at all, a denial pressed
    "He did not mind a bit.",
])
def test_a_little_as_a_time_or_an_amount_is_no_hedge(text):
    assert not any("little" in w or "bit" in w for w in _hedge_words(text))


# --- a source phrase after "according to" runs to the end of a name with "and" inside it ---------------------------

@pytest.mark.parametrize("text, source", [
    ("Pain fell, according to a study funded by the Center for Calm and Quiet Health, a small body.",
     "a study funded by the Center for Calm and Quiet Health"),
    ("Prices rose, according to a report by the Department of Health and Human Services.",
     "a report by the Department of Health and Human Services"),
])
def test_a_source_phrase_is_not_cut_inside_a_name(text, source):
    assert ("according to", source) in cues_and_sources(text)


def test_two_sources_joined_by_and_still_end_at_the_first():
    assert ("according to", "the mayor") in cues_and_sources("Prices rose, according to the mayor and the council.")
