"""Session 18, boost28: boosters and hedges in their true sense on general news (wire, feature, editorial, local
paper). All text here is invented for these tests."""
import pytest

from support import lowered_phrases_of_kind as _flags


# --- "almost" holds a little back: "almost certainly" is a hedge ------------------------------------------------

@pytest.mark.parametrize("text", [
    "The hydrologist said the valley would almost certainly run dry within ten years.",
    "The ferry will almost certainly be late tomorrow.",
])
def test_almost_certainly_is_a_hedge(text):
    assert "almost certainly" in _flags(text, "hedge")
    assert not _flags(text, "booster")


def test_certainly_alone_stays_a_booster():
    assert _flags("The ferry will certainly be late tomorrow.", "booster") == ["certainly"]


# --- "relentlessly" tells how an act was done --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The visitors attacked the home defence relentlessly in the first half.",
    "She campaigned relentlessly across the county for a new bypass.",
])
def test_relentlessly_of_manner_is_no_booster(text):
    assert not _flags(text, "booster")


def test_the_adjective_relentless_stays():
    assert _flags("The council faced a relentless campaign from parents.", "booster") == ["relentless"]


# --- "true" of a point's reach, or after a booster that carries the claim ---------------------------------------

@pytest.mark.parametrize("text", [
    "Bus fares have doubled since 2019. The same is true of rail fares.",
    "That is especially true when the river floods in winter.",
    "Shops have closed in the centre, and it is also true in the outer estates.",
    "The pattern holds for older drivers, and it is equally true for cyclists.",
])
def test_true_of_a_points_reach_is_no_booster(text):
    assert "true" not in _flags(text, "booster")


def test_true_after_a_certainty_adverb_is_one_booster():
    assert _flags("Some of that is undoubtedly true. Rents are high.", "booster") == ["undoubtedly"]
    assert _flags("What the mayor said is certainly true.", "booster") == ["certainly"]


@pytest.mark.parametrize("text", [
    "It is true that the library lost visitors during the pandemic.",
    "That is true, but only partly.",
    "\u201cIt's true,\u201d the manager said.",
])
def test_true_pressing_a_claim_stays_a_booster(text):
    assert "true" in _flags(text, "booster")


# --- certainty words the lexicon lacked -------------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("The inquiry proved that the council knew of the cracks.", "proved that"),
    ("The mayor has plainly struggled to explain the delay.", "plainly"),
    ("There was unmistakable anger in the hall.", "unmistakable"),
    ("The second half was decidedly more lively.", "decidedly"),
    ("The bridge was, beyond any doubt, unsafe.", "beyond any doubt"),
    ("It was, without a shadow of a doubt, the best game of the season.", "without a shadow of a doubt"),
    ("The fact of the matter is that nobody asked the tenants.", "the fact of the matter is"),
    ("Needless to say, the bus did not come.", "needless to say"),
    ("It goes without saying that the school will stay open.", "it goes without saying"),
])
def test_missed_certainty_words_are_boosters(text, phrase):
    assert phrase in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "The inquiry has not proved that the council knew.",
    "A plainly dressed man was seen near the station.",
    "The jury heard the case must be proved beyond reasonable doubt.",
])
def test_no_certainty_pressed(text):
    assert not {"proved", "proved that", "plainly", "beyond any doubt"} & set(_flags(text, "booster"))


# --- records and results that "show" ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The haulier weighed closing four depots as losses mounted, documents show",
    "Analysts said the results showed the limits of the grocer's pricing power.",
    "Court records show the landlord was fined twice.",
])
def test_records_and_results_that_show_are_boosters(text):
    assert {"show", "showed"} & set(_flags(text, "booster"))


@pytest.mark.parametrize("text", [
    "CCTV footage shown to the court appeared to show the man running.",
    "The results will show up in next year's accounts.",
])
def test_show_without_a_finding_is_no_booster(text):
    assert not {"show", "showed", "shown"} & set(_flags(text, "booster"))


# --- hedges the lexicon lacked ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("A farm lobby group estimated that the levy would add £30 an acre.", "estimated that"),
    ("The bank said further rate rises could not be ruled out.", "not be ruled out"),
    ("A second closure cannot be ruled out, the trust said.", "cannot be ruled out"),
    ("The state broadcaster, citing unnamed military sources, said troops had crossed the river.",
     "unnamed military sources"),
    ("The paper quoted unidentified U.S. officials as saying the drones were unarmed.",
     "unidentified u.s. officials"),
    ("The ferry carries, say, 400 passengers on a busy day.", "say"),
])
def test_missed_hedges(text, phrase):
    assert phrase in _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "The bypass was ruled out last year.",
    "Walkers reported unidentified objects in the sky over the moor.",
    "An anonymous donation of £5,000 saved the lido.",
    "They say, with some pride, that 20 people came.",
])
def test_no_hedge_where_nothing_is_held_back(text):
    assert not _flags(text, "hedge")


def test_would_do_well_to_is_advice_not_a_hypothetical():
    assert "would" not in _flags("The council would do well to listen to its tenants.", "hedge")
    assert "would" in _flags("The team would do well if it kept its shape.", "hedge")


# --- "must": a conclusion is a booster, a duty is not -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "He must have known about the payments, the auditor said.",
    "\u201cYou must have been terrified,\u201d the judge told the victim.",
    "They must have been really crushed by that result.",
])
def test_must_have_and_a_participle_is_a_conclusion(text):
    assert "must" in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "Applicants must have a driving licence.",
    "The council will do what must be done to reopen the pool.",
    "He must act before the deadline.",
])
def test_must_of_duty_is_no_booster(text):
    assert "must" not in _flags(text, "booster")


# --- a negated "show that" claims no proof -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The paper does not show that naps cause the difference.",
    "The data does not show that the new lanes slowed buses.",
    "The trial did not demonstrate that the drug works.",
    "Council records don't show any payment to the firm.",
])
def test_a_negated_show_or_demonstrate_is_no_booster(text):
    assert not _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "The figures show that no one used the new car park.",
    "The study demonstrates that walking helps older people.",
])
def test_show_that_with_a_negative_clause_stays(text):
    assert _flags(text, "booster")


# --- "some of which / whom": an untold share --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The meadows held 9m tonnes of carbon, some of which may now be escaping.",
    "Forty walkers were rescued, some of whom were treated for cold.",
])
def test_some_of_which_is_a_hedge(text):
    assert "some" in _flags(text, "hedge")


def test_most_of_whom_is_left_as_it_was():
    assert "most" not in _flags("Forty walkers were rescued, most of whom were unhurt.", "hedge")


# --- "is expected" with no "to": a forecast with no owner -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Forecasters warned that more rain is expected in the valley through the weekend.",
    "A ruling on the bypass is expected next week.",
])
def test_a_forecast_with_no_owner_is_a_hedge(text):
    assert "is expected" in _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "Good manners are what is expected of pupils.",
    "Ticket sales were higher than was expected.",
    "Some delay is to be expected after a storm.",
])
def test_expected_of_a_duty_or_a_comparison_is_no_hedge(text):
    assert not [f for f in _flags(text, "hedge") if "expected" in f]


# --- a negated certainty is a hedge; "highly" before a term -------------------------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("It is far from certain that the bridge will reopen this year.", "far from certain"),
    ("The outcome of the vote is far from clear.", "far from clear"),
    ("The striker is not certain to play on Saturday.", "not certain"),
    ("A deal is by no means certain.", "by no means certain"),
])
def test_a_negated_certainty_is_a_hedge(text, phrase):
    assert phrase in _flags(text, "hedge")
    assert not _flags(text, "booster")


def test_certain_to_stays_a_booster():
    assert _flags("The striker is certain to play on Saturday.", "booster")


@pytest.mark.parametrize("text", [
    "The files held highly classified information about the base.",
    "Inspectors found highly enriched uranium at the site.",
    "An outbreak of highly pathogenic bird flu closed the farm.",
    "The plant needs highly skilled workers.",
])
def test_highly_before_a_term_is_no_booster(text):
    assert not _flags(text, "booster")


def test_highly_of_degree_stays():
    assert _flags("The delay was highly unusual.", "booster") == ["highly"]


# --- "it became clear", "what is clear is", "it is a fact that" ---------------------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("It has become clear that the council knew of the leak.", "it has become clear"),
    ("It became clear that the ferry would not sail.", "it became clear"),
    ("What is clear is that the plan has failed.", "what is clear is"),
    ("It is a fact that fares have doubled.", "it is a fact that"),
])
def test_certainty_with_become_or_a_cleft(text, phrase):
    assert phrase in _flags(text, "booster")


def test_a_future_it_becomes_clear_is_no_booster():
    assert not _flags("The board will wait until it becomes clear who the bidders are.", "booster")


# --- "clear" as a verb, or of what is seen --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Crews worked through the night to clear debris from the road.",
    "The sale will be used to clear debts.",
    "Ploughs will clear roads overnight.",
    "By noon the sky was clear.",
])
def test_clear_as_a_verb_or_of_what_is_seen_is_no_booster(text):
    assert "clear" not in _flags(text, "booster")


@pytest.mark.parametrize("text", [
    "The answer is clear.",
    "This is a clear sign of trouble at the club.",
    "Rivals remain immune to clear arguments.",
])
def test_clear_pressing_a_claim_stays(text):
    assert "clear" in _flags(text, "booster")


# --- "strongly", "deeply" of the body and the senses ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The flat smelled strongly of gas when firefighters arrived.",
    "The wind blew strongly from the west all afternoon.",
    "The new signing is strongly built.",
    "The tractor sank deeply into the mud.",
    "She breathed deeply before the penalty.",
])
def test_strongly_or_deeply_of_the_body_is_no_booster(text):
    assert not _flags(text, "booster")


@pytest.mark.parametrize("text, phrase", [
    ("The council strongly condemned the attack.", "strongly"),
    ("\u201cI feel strongly about this,\u201d she said.", "strongly"),
    ("Residents were deeply concerned by the plan.", "deeply"),
])
def test_strongly_or_deeply_of_a_stance_stays(text, phrase):
    assert phrase in _flags(text, "booster")
