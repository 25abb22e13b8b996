"""Session 33, real66: causes found in the first (unseen) score of bench/real-news-32, fixed where they recur in other
sets, each with the shapes the fix must leave alone. All text here is invented for these tests."""
import pytest

from medialit import find_attributions, find_hedges


def _hedge_words(text: str) -> list[str]:
    return [text[h.start:h.end] for h in find_hedges(text) if h.kind == "hedge"]


def _cues(text: str) -> list[tuple[str, str | None]]:
    return [(a.cue, a.source) for a in find_attributions(text)]


# --- 1. "assume" taking up a duty after a possessive or a word of extent: no hedge ----------------------------------

@pytest.mark.parametrize("text", [
    "“I am assuming my own share of responsibility for the delay,” the director said.",
    "The council is assuming full responsibility for the bridge.",
    "Mara Lind assumed a newly created role as head of planning in May.",
    "Our team will assume sole control of the depot next year.",
])
def test_assume_before_a_post_or_duty_is_no_hedge(text):
    assert not any("assum" in w.lower() for w in _hedge_words(text))


@pytest.mark.parametrize("text", [
    "Analysts assume the worst about the harvest.",
    "We assume our rivals will hold office for years.",  # a clause follows: a belief
    "Pollsters assume voters will keep control of the agenda.",  # no opening word: a clause's subject
    "Many readers assume that the office is closed.",
])
def test_assume_as_a_belief_keeps_its_hedge(text):
    assert any("assum" in w.lower() for w in _hedge_words(text))  # (alone, or with an unnamed group: "Pollsters assume")


# --- 2. ", also <participle>" after a main clause: the main clause's subject goes on speaking -----------------------

@pytest.mark.parametrize("text, cue, source", [
    ("The players said that they trained hard, also commenting that the pitch was poor.", "commenting", "The players"),
    ("The farmers agreed, also adding that the rain came late.", "adding", "The farmers"),
    ("The farmers agreed, also noting that the rain came late.", "noting", "The farmers"),
])
def test_also_before_a_participle_cue_keeps_the_main_subject(text, cue, source):
    assert (cue, source) in _cues(text)


@pytest.mark.parametrize("text, cue, source", [
    ("Jo Vale, the mayor, also noting the cost, voted no.", "noting", "Jo Vale"),  # an aside: its own subject
    ("Officials praised the plan, warning that costs could rise.", "warning", "Officials"),
])
def test_participles_without_also_or_in_an_aside_read_as_before(text, cue, source):
    assert (cue, source) in _cues(text)


# --- 3. A participle cue after "aside from", "despite", "upon": the main clause's subject -------------------------

@pytest.mark.parametrize("text, cue, source", [
    ("Jo Vale refused to name the new judges, aside from saying he wants a younger bench.", "saying", "Jo Vale"),
    ("Mayor Ann Lee, despite admitting that she had doubts, voted for the bridge.", "admitting", "Ann Lee"),
    ("The singer drew loud boos upon saying, “The tour is over.”", "saying", "The singer"),
])
def test_a_participle_cue_after_these_prepositions_is_the_subjects(text, cue, source):
    assert any(c == cue and s is not None and s.endswith(source.split()[-1]) for c, s in _cues(text))


@pytest.mark.parametrize("text, cue, subject", [
    ("Ann Lee has refrained from endorsing either candidate.", "endorsing", "Ann Lee"),  # not done
    ("Jo Vale prevented his sister, Mara, from writing about the firm.", "writing", "Jo Vale"),  # the object's
    ("Ann Lee spent the week campaigning without mentioning her rival.", "mentioning", "Ann Lee"),  # nothing said
])
def test_a_participle_after_from_or_without_is_not_read_as_the_subjects(text, cue, subject):
    assert (cue, subject) not in _cues(text)
