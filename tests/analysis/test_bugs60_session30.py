"""Session 30, bugs60: misreadings session 29 saw and left, each with the shapes the fix must leave alone.
All text here is invented for these tests."""
import pytest
from support import cue_phrases, cues_and_sources, sources_of_cue


# --- 1. "fled after attacking a man": "attacked" with a nameless victim is a blow, not words -------------------------

@pytest.mark.parametrize("text", [
    "He fled after attacking a man in a bar.",
    "She was jailed for attacking two women outside a shop.",
    "The dog owner attacked a young boy, the court heard.",
    "He was charged after he attacked a security guard.",
])
def test_attacking_a_nameless_person_is_no_cue(text):
    assert "attacked" not in cue_phrases(text) and "attacking" not in cue_phrases(text)


@pytest.mark.parametrize("text, source", [
    ("Jo Reed attacked her opponent as a fraud.", "Jo Reed"),
    ("Jo Reed attacked a federal judge over the ruling.", "Jo Reed"),
    ("Jo Reed attacked a rival in the debate.", "Jo Reed"),
])
def test_attacking_a_rival_or_a_plan_stays_a_cue(text, source):
    assert [s for c, s in cues_and_sources(text) if c.startswith("attack")] == [source]


# --- 2. "the article which states that": a document's relative clause speaks for the document -----------------------

@pytest.mark.parametrize("text, cue, source", [
    ("The claim is carried in the article which states that the plan is dead.", "states", "the article"),
    ("The claim is in the article, which says that the plan is dead.", "says", "the article"),
    ("She posted a video which says the plan is dead.", "says", "a video"),
    ("The plan is in his letter that says it is dead.", "says", "his letter"),
    ("The paper ran an editorial which argues that the plan is dead.", "argues", "an editorial"),
])
def test_a_document_before_which_is_the_source(text, cue, source):
    assert sources_of_cue(text, cue) == [source]


@pytest.mark.parametrize("text, cue, source", [
    ("The claim is in an article by Jo Reed which says that the plan is dead.", "says", "Jo Reed"),  # its author
    ("The claim came from Jo Reed, who says that the plan is dead.", "says", "Jo Reed"),  # a person's clause
])
def test_a_named_author_or_person_before_the_relative_keeps_the_source(text, cue, source):
    assert sources_of_cue(text, cue) == [source]


# --- 3. "She'll Want More": a wish or belief after "will"/"’ll", any verb after "’d", is a guess, not a view told ----

@pytest.mark.parametrize("text", [
    "She'll Want More\n\nMara Quell said she would ask for more money.",
    "Mara Quell spoke. She will want more money next year.",
    "Mara Quell spoke. They’ll expect a raise.",
    "Mara Quell spoke. She’d want more money next year.",
    "Mara Quell spoke. I'd say the plan is poor.",
])
def test_a_forecast_state_of_mind_is_no_cue(text):
    assert [c for c in cue_phrases(text) if c != "said"] == []


@pytest.mark.parametrize("text, cue", [
    ("Mara Quell spoke. She'll say it again next year.", "say"),
    ("Mara Quell spoke. She will argue that it is fair.", "argue"),
    ("Mara Quell spoke. She wants more money next year.", "wants"),
    ("Mara Quell spoke. She's said it before.", "said"),
])
def test_words_promised_or_a_wish_held_now_stay_cues(text, cue):
    assert sources_of_cue(text, cue) == ["Mara Quell"]


# --- 4. "Local farmers are angry. They said": an auxiliary after a plural subject does not hide it from "They" -------

@pytest.mark.parametrize("text", [
    "Local farmers are angry. They said the new rules would ruin them.",
    "Local farmers were angry about the plan. They said the new rules would ruin them.",
    "Local farmers have been angry for weeks. They said the new rules would ruin them.",
])
def test_they_after_a_plural_subject_and_its_auxiliary_is_that_group(text):
    assert sources_of_cue(text, "said") == ["Local farmers"]


@pytest.mark.parametrize("text", [
    "Two weeks are a long time. They said the new rules would ruin them.",  # a span of time is no group
    "The farmer is angry. They said the new rules would ruin them.",  # a singular head
])
def test_they_after_no_plural_group_stays_unresolved(text):
    assert sources_of_cue(text, "said") == ["They"]


# --- 6. "The firm sold salt makers on Thursday, who said": "who" stands for the verb's object, not the clause -------

@pytest.mark.parametrize("text, source", [
    ("The firm sold salt makers on Thursday, who said the deal was fair.", "salt makers"),
    ("The firm hired two lawyers, who said the deal was fair.", "two lawyers"),
    ("The mayor thanked Jo Reed, who said the deal was fair.", "Jo Reed"),
])
def test_who_after_a_verb_and_its_object_is_the_object(text, source):
    assert sources_of_cue(text, "said") == [source]


@pytest.mark.parametrize("text, cue, source", [
    ("Laurence Reed, a former Fed governor who argued with Jo Roe, said so.", "argued", "a former Fed governor"),
    ("It was done, said Jo Reed, the firm's chief strategist, who added that it was fair.", "added", "Jo Reed"),
    ("Jo Reed released a video that said “the deal is fair”.", "said", "a video"),  # a writing: rule 2, not this one
])
def test_who_after_a_short_ed_word_or_an_inverted_said_keeps_its_source(text, cue, source):
    assert sources_of_cue(text, cue) == [source]


def test_who_with_no_comma_before_it_is_read_as_before():
    # (a restrictive "who" is left to the other readings: PolNeAR train lost a quotation's speaker when it was cut)
    assert sources_of_cue("The aide mocked workers who complained about the plan.", "complained") == ["workers"]


def test_who_after_a_dash_aside_is_not_the_asides_object():
    text = "It won backing from ten nurses -- most of whom had signed their names -- who cited her record."
    assert "their names" not in [s for _, s in cues_and_sources(text)]


def test_a_describing_participle_before_the_noun_stays_in_the_source():
    text = "Acme hired the retired teachers, who said the deal was fair."
    assert sources_of_cue(text, "said") == ["the retired teachers"]


# --- 5. "Tax Plans Criticised": a headline's "-ed" verb with no object after it is a passive, no cue of the words before

@pytest.mark.parametrize("text", [
    "Tax Plans Criticised\n\nThe new tax plans were criticised on Monday. Critics said they were unfair.",
    "Ferry Fares Condemned As Unfair\n\nThe new fares were condemned on Monday. Critics said they were unfair.",
])
def test_a_headline_passive_gives_no_source(text):
    assert [s for c, s in cues_and_sources(text) if c[:1].isupper()] == []


@pytest.mark.parametrize("text, cue, source", [
    ("Plans Criticised By Unions\n\nThe unions spoke.", "Criticised", "Unions"),  # the agent named
    ("Jo Reed Criticised The Plans\n\nJo Reed spoke on Monday.", "Criticised", "Jo Reed"),  # an object: active
])
def test_a_headline_verb_with_an_agent_or_an_object_stays_a_cue(text, cue, source):
    assert sources_of_cue(text, cue) == [source]
