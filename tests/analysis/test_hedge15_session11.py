"""Session 11 (hedge15): safer hedges and boosters on unseen news. Invented sentences only."""

import pytest

from support import phrases_of_kind as flags


# A poll, survey or study that "shows" something: the writer adopts its finding (a booster on the
# verb), and the poll is not a vague source.
@pytest.mark.parametrize("text, word", [
    ("New Surveys Show Big Gaps in Ferry Vote", "Show"),
    ("The latest poll shows the mayor has slipped to 31 percent.", "shows"),
    ("Early polls showed the newcomer was ahead on Tuesday.", "showed"),
    ("A long study published on Friday by two statisticians shows how towns lose buses.", "shows"),
])
def test_a_poll_or_study_that_shows_is_a_booster(text, word):
    assert word in flags(text, "booster")
    assert not any(word in h for h in flags(text, "hedge"))


@pytest.mark.parametrize("text", [
    "She quoted online polls that showed her ahead.",
    "The poll team will show the results on the show tonight.",
    "He starred in a cooking show last year.",
])
def test_show_without_a_poll_as_its_subject_is_not_a_booster(text):
    assert not any(w.lower().startswith("show") for w in flags(text, "booster"))


# "believe in" is faith or trust, not a view on a claim.
@pytest.mark.parametrize("text", [
    "My aunt still believes in ghosts.",
    "I believe in the good sense of my neighbours.",
    "We don't believe in luck, the coach said.",
])
def test_believe_in_is_not_a_hedge(text):
    assert flags(text, "hedge") == []


@pytest.mark.parametrize("text", [
    "I believe the bridge will reopen in June.",
    "The coach believes it was a foul.",
    "I do not believe in my lifetime anyone has built a longer pier.",
])
def test_believing_a_claim_stays_a_hedge(text):
    assert flags(text, "hedge")


# "my father said": the speaker names one person they know, not a vague source.
@pytest.mark.parametrize("text", [
    '"Keep your boots dry," my grandmother said.',
    "When my brother mentioned the storm, we laughed.",
])
def test_my_relative_is_not_a_vague_source(text):
    assert flags(text, "hedge") == []


def test_an_unnamed_source_is_still_a_vague_source():
    assert flags("Two neighbours said the pier was closed.", "hedge")


# "the rumour": a rumour already mentioned, the topic of the report, not a source passing on talk.
@pytest.mark.parametrize("text", [
    "The rumour was started by a parody account.",
    "Reporters traced the rumours to a chat group.",
])
def test_the_rumour_referred_back_to_is_not_a_hedge(text):
    assert flags(text, "hedge") == []


def test_rumours_passed_on_stay_a_hedge():
    assert flags("Rumours that the mayor will resign spread on Monday.", "hedge") == ["Rumours"]


# A negated "evident" does not boost.
def test_not_evident_is_not_a_booster():
    assert flags("If the club had a plan, it was not evident.", "booster") == []
    assert flags("What became evident was the club's lack of a plan.", "booster") == ["evident"]


# The noun "claims" after "these"/"those" names claims already reported; it does not distance.
def test_those_claims_is_not_a_hedge():
    assert flags("Those claims were checked by the council.", "hedge") == []


# "certain to": something will surely happen.
@pytest.mark.parametrize("text", [
    "The ferry vote is almost certain to draw a crowd.",
    "The new pier appears certain to open in May.",
])
def test_certain_to_is_a_booster(text):
    assert any(w.startswith(("certain", "is certain")) for w in flags(text, "booster"))


def test_certain_as_a_determiner_is_not_a_booster():
    assert flags("There are certain risks in sailing.", "booster") == []


# "so" after a be-form or "become" raises the degree of the next word, whatever it is.
@pytest.mark.parametrize("text, word", [
    ("There is so little shade in the square.", "so"),
    ("The rules are so light that nobody checks.", "so"),
    ("The baker became so upset that she left.", "so"),
])
def test_so_after_be_is_an_intensifier(text, word):
    assert word in flags(text, "booster")


@pytest.mark.parametrize("text", [
    "It is so that the buses run on time.",
    "The plan is so far only a sketch.",
    "He did so quickly.",
])
def test_so_joining_or_pro_form_is_not_a_booster(text):
    assert "so" not in flags(text, "booster")


# "at least" before its clause's subject concedes a point; before an amount it gives a floor.
def test_at_least_as_a_concession_is_not_a_hedge():
    assert flags("Thank goodness at least you still write letters.", "hedge") == []
    assert flags("At least 12 boats were damaged.", "hedge") == ["At least"]


# "a bit" / "a little" before a comparative softens it.
def test_a_bit_before_a_comparative_is_a_hedge():
    assert flags("We need to dig a bit deeper next season.", "hedge") == ["a bit"]
    assert flags("A little girl waved from the pier.", "hedge") == []


# Attitude and manner words say how the writer feels about an act or how it was done, not how sure
# anyone is: no longer boosters. A degree adverb still is.
@pytest.mark.parametrize("text", [
    "Perhaps not surprisingly, the ferry was late.",
    "The club's fierce drive to sell tickets annoyed fans.",
    "The council acted decisively after the flood.",
    "A heated debate followed the vote.",
    "The intense heat closed the park.",
])
def test_attitude_and_manner_words_are_not_boosters(text):
    assert flags(text, "booster") == []


def test_a_degree_adverb_stays_a_booster():
    assert flags("The repairs were extremely slow.", "booster") == ["extremely"]


# "some form of", "some sense of", "some other": a kind or degree left vague.
@pytest.mark.parametrize("text", [
    "Shops should pay some form of fee.",
    "Debates need some sense of timing.",
    "They called it a club or some other name.",
])
def test_some_kind_of_is_a_hedge(text):
    assert "some" in flags(text, "hedge")


def test_some_unknown_one_is_not_a_hedge():
    assert flags("Some celebrity owner bought the pier.", "hedge") == []


# A passive reporting verb with no claim after it only tells what happened to something.
@pytest.mark.parametrize("text", [
    "Nobody knows how the ferry's losses are reported.",
    "The pier has barely been mentioned in the campaign.",
    "When the crack was confirmed, the bridge shut.",
])
def test_passive_without_a_claim_after_it_is_not_a_hedge(text):
    assert flags(text, "hedge") == []


@pytest.mark.parametrize("text, phrase", [
    ("The mayor is said to be furious.", "is said to"),
    ("The new pier is considered a risk.", "is considered"),
    ("The baker is reportedly in hospital.", "reportedly"),
])
def test_passive_before_its_claim_stays_a_hedge(text, phrase):
    assert phrase in flags(text, "hedge")


# A relative pronoun as the source points back to a named one ("the report, which notes").
def test_which_as_a_source_is_not_a_vague_source():
    assert flags("The council report, which notes that fares rose, was short.", "hedge") == []


def test_believed_to_be_before_a_preposition_stays_a_hedge():
    assert any("believed to" in p for p in flags("A second man, believed to be in his thirties, ran off.", "hedge"))


# "made clear it would": a stated position, like "said it would".
def test_would_after_made_clear_is_not_a_hedge():
    assert flags("The union made clear it would not sign the deal.", "hedge") == []
    assert flags("The union would sign if pay rose.", "hedge") == ["would"]


# "Why would he ...?": a question about a motive, not a hypothetical claim.
def test_why_would_is_not_a_hedge():
    assert flags("Why would the mayor close the pier?", "hedge") == []


# An organisation named inside the source: "a group of <Org> experts", "<INITIALS> experts".
@pytest.mark.parametrize("text", [
    "A group of Coastal Research Institute engineers is recommending new railings.",
    "NHS Doctors Recommend Earlier Checks",
])
def test_experts_of_a_named_organisation_are_not_vague(text):
    assert flags(text, "hedge") == []


@pytest.mark.parametrize("text", [
    "US officials said the talks had stalled.",
    "A group of engineers said the pier was unsafe.",
])
def test_experts_of_a_country_or_of_nobody_stay_vague(text):
    assert flags(text, "hedge")


def test_anonymous_sources_is_a_vague_source():
    assert flags("The paper learned through anonymous sources that the pier was sold.", "hedge") == ["anonymous sources"]


def test_nor_is_it_clear_is_a_hedge():
    assert flags("Nor is it clear that the ferry will run.", "hedge") == ["Nor is it clear"]


@pytest.mark.parametrize("text, expected", [
    ("It was a rather polarizing vote.", ["rather"]),
    ("That is a rather unusual choice.", ["rather"]),
    ("She walked rather than waited.", []),
    ("I would rather stay home.", []),
])
def test_rather_of_degree_is_a_hedge(text, expected):
    assert [w for w in flags(text, "hedge") if w == "rather"] == expected


# A loaded reporting verb with its source found ("the union claimed that") is the attribution
# finder's flag (verb tone); the hedge finder keeps the adjective, the noun, and a verb with no source.
@pytest.mark.parametrize("text", [
    "The ferry company claimed that the boats were safe.",
    "Ann Lee alleged in the letter that the vote was rigged.",
])
def test_a_loaded_cue_with_its_source_is_not_a_second_hedge(text):
    assert flags(text, "hedge") == []


@pytest.mark.parametrize("text, word", [
    ("The alleged thief was caught at the pier.", "alleged"),
    ("A man claiming to be an inspector knocked on doors.", "claiming"),
])
def test_distancing_words_without_a_source_stay_hedges(text, word):
    assert any(word in phrase for phrase in flags(text, "hedge"))


def test_a_show_that_aired_is_not_a_booster():
    assert flags("They taped a long show that aired on Friday.", "booster") == []
    assert flags("The figures show that ferry use fell.", "booster") == ["show that"]


def test_true_to_someone_is_not_a_booster():
    assert flags("She stayed true to her own plan.", "booster") == []
    assert flags("It is true that the pier is old.", "booster") == ["true"]


@pytest.mark.parametrize("text", [
    "The navy showed its full military might at the parade.",
    "The might of the river surprised the engineers.",
])
def test_the_noun_might_is_not_a_hedge(text):
    assert flags(text, "hedge") == []


def test_the_modal_might_stays_a_hedge():
    assert flags("The ferry might sail late.", "hedge") == ["might"]


def test_a_passive_that_judges_the_claim_before_it_stays_a_hedge():
    assert flags("Who closed the pier first is disputed.", "hedge") == ["is disputed"]


def test_an_all_capitals_line_has_no_initials():
    assert flags("NEW AIDES SAY THE PIER WILL CLOSE", "hedge")
