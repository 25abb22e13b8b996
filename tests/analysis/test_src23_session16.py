"""Session 16 (src23): organisations and unnamed groups as the sources of general news.

Every sentence here is invented for the test.
"""

import pytest

from medialit import find_sources
from medialit.analysis.article import load_article

from support import kind_of, sources_and_kinds as sources_of


# A one-word name that speaks and is then "its" owner, is taken up by "It said", or is followed by ", which", is
# a body's name; "Smith said it would rain" and a name that "he" or "she" takes up stay people.
@pytest.mark.parametrize("text, name", [
    ("Halvex said its profits rose by 4% in the year to March.", "Halvex"),
    ("Brimley said the budget was unfair. It said the plan would cost too much.", "Brimley"),
    ("Brimley said the budget was unfair. It also warned of cuts to schools.", "Brimley"),
    ("Orrin said rents would rise. Orrin, which has 40 stores, expects a hard year.", "Orrin"),
])
def test_a_one_word_name_spoken_of_as_a_thing_is_an_organisation(text, name):
    assert kind_of(text, name) == "organisation"


def test_it_said_after_a_one_word_company_is_that_company():
    text = "Halvex said profits rose by 4%. It said demand was strong in Asia."
    assert sources_of(text) == [("Halvex", "named group")] * 2


@pytest.mark.parametrize("text", [
    "Smith said it would rain on Sunday.",
    "Smith said the plan would cost too much. He said the party wanted a vote.",
    "Smith said the report was late. The report said costs had doubled.",
    "Smith said the flat was cold. Smith's flat had no heating.",
])
def test_a_one_word_name_with_no_such_sign_stays_a_person(text):
    assert kind_of(text, "Smith") == "person"


# A name that ends in a trade's plural or a body's noun is an organisation even with no "The company" after it.
@pytest.mark.parametrize("name", ["Greenfield Buses", "Harbour Ferries", "Dunmore Homes", "Halverton Building Society",
                                  "Woodland Pasture Trust", "Kestrel Insurance", "Orrin Capital"])
def test_a_name_ending_in_a_business_head_is_an_organisation(name):
    assert sources_of(f"{name} said fares would rise in June.") == [(name, "named group")]


def test_a_surname_stays_a_person():
    assert sources_of("Jane Mills said fares would rise in June.") == [("Jane Mills", "named person")]


# "The building society", "the lender", "the grocer" speak for a body, as "the company" does; "a Tokyo start-up" is one.
def test_the_building_society_is_the_one_named_before():
    text = "The Halverton Building Society reported a loss. The building society said arrears had risen."
    assert sources_of(text)[1] == ("Halverton Building Society", "named group")


@pytest.mark.parametrize("noun", ["lender", "grocer", "start-up"])
def test_a_trade_noun_is_a_body_speaking(noun):
    assert sources_of(f"The {noun} said costs had risen.") == [(f"The {noun}", "named group")]


def test_a_one_word_company_with_a_start_up_apposition():
    assert sources_of("Zenbu, a Tokyo start-up, said it had raised $10m.") == [("Zenbu", "named group")]


# "The agency said" five sentences after "The Food Standards Agency": the body whose name holds the noun.
def test_the_agency_named_far_back():
    text = ("The Food Standards Agency issued a warning on Monday. Shoppers were told to check labels. Stores "
            "removed the items. Many customers returned goods. Some were refunded. The agency said the risk was low.")
    assert sources_of(text)[-1] == ("Food Standards Agency", "named group")


# "The grocer", "the firm": the one organisation named in this sentence or the one before, deeper in it.
@pytest.mark.parametrize("text, body", [
    ("Shares in Bellamy Stores fell by 5% on Monday. The grocer said costs were to blame.", "Bellamy Stores"),
    ("A spokesman for Crane Foods said the plant would close. The firm said 200 jobs would go.", "Crane Foods"),
])
def test_the_firm_is_the_one_body_named_just_before(text, body):
    assert sources_of(text)[-1] == (body, "named group")


@pytest.mark.parametrize("text", [
    "Lee met officials from Crane Foods and Harbour Holdings. The firm said 200 jobs would go.",  # two bodies
    "Lee Hart wrote about Crane Foods last week. The firm said 200 jobs would go.",  # what the sentence is about
    "Exports to the United States fell in May. The company said 200 jobs would go.",  # a country
])
def test_the_firm_is_not_guessed(text):
    assert sources_of(text)[-1][0].lower() in ("the firm", "the company")


def test_a_letter_carrier_is_a_person():
    text = "“We need the jobs,” said Bob Marsh, a retired letter carrier who came to hear the mayor."
    assert kind_of(text, "Bob Marsh") == "person"


# "X and Y declined to comment": both are the source, as written.
@pytest.mark.parametrize("text, source, kind", [
    ("Mr Patel and his wife declined to comment.", "Mr Patel and his wife", "named person"),
    ("The council and the police declined to comment.", "The council and the police", "unnamed"),
    ("Greenfield Buses and the council declined to comment.", "Greenfield Buses and the council", "named group"),
    ("Her lawyers and advisers continued to insist that the deal was fair.", "Her lawyers and advisers", "unnamed"),
])
def test_two_sources_joined_by_and_are_both_the_source(text, source, kind):
    assert sources_of(text) == [(source, kind)]


def test_and_inside_an_earlier_clause_is_not_joined():
    assert sources_of("Prices of salt and pepper rose, traders said.") == [("traders", "unnamed")]


def test_both_sources_are_listed():
    names = [s.name for s in find_sources(load_article("Mr Patel and his wife declined to comment."))]
    assert names == ["Mr Patel and his wife"]


def test_the_company_is_no_public_authority():
    text = ("Acme Water announced a plan on Monday. One litre in five is lost, according to the Water Services "
            "Authority. The company said the plan would cut leaks.")
    assert sources_of(text)[-1] != ("Water Services Authority", "named group")


def test_a_body_given_by_according_to_is_the_group_that_says():
    text = "Fewer people play golf, according to the National Golf Foundation. Many courses have closed, the group says."
    assert sources_of(text)[-1] == ("National Golf Foundation", "named group")


# A headline's passive with "was" left out: the noun before is the one judged, not the judge.
@pytest.mark.parametrize("text", [
    "Ferry firm blamed as passengers stranded",
    "Council criticised over bin delays",
    "The driver accused of the theft was held.",
])
def test_a_judging_verb_with_no_object_is_a_passive(text):
    assert sources_of(text)[0] == (None, "agentless")


def test_a_headline_passive_judged_by_someone():
    assert sources_of("Ferry firm blamed by MPs for delays")[0][0].startswith("MPs")


@pytest.mark.parametrize("text, source", [
    ("The council blamed the weather for the delays.", "The council"),
    ("The group, which Jo Marsh blamed for the attacks, denied it.", "Jo Marsh"),
])
def test_a_judging_verb_with_its_object_keeps_its_subject(text, source):
    assert sources_of(text)[0][0] == source


# "The officials said" after "Two officials said": the same unnamed source, listed once.
@pytest.mark.parametrize("text, first", [
    ("Two officials said on Monday that the talks had stalled. The officials said a deal was still possible.",
     "Two officials"),
    ("The merger is off, according to two people familiar with the matter. The people said the board voted no.",
     "two people familiar with the matter"),
])
def test_the_plural_brought_in_with_a_count_is_that_source(text, first):
    assert [s for s, _ in sources_of(text)] == [first, first]
    assert [s.name for s in find_sources(load_article(text))] == [first]


def test_the_officials_with_no_count_before_stay_as_written():
    text = "Officials met on Monday. The officials said a deal was still possible."
    assert sources_of(text)[-1][0] == "The officials"


# "The council, though, insists": a linking word between commas is an aside, as "however" is.
@pytest.mark.parametrize("word", ["though", "instead", "nevertheless"])
def test_a_linking_word_between_commas_is_an_aside(word):
    assert sources_of(f"The council, {word}, insists the road is safe.") == [("The council", "named group")]


# "Labour's chairman": what only a body has (a chairman, shareholders, MPs, branches) makes a one-word name a body's.
def test_a_body_owns_a_chairman():
    text = "Labour said the plan was bad. The vote, Labour's chairman said, was close."
    assert kind_of(text, "Labour") == "organisation"


def test_a_person_owns_a_spokesman():
    text = "Smith said the plan was bad. The vote, Smith's spokesman said, was close."
    assert kind_of(text, "Smith") == "person"


def test_a_short_form_of_a_body_joined_by_and():
    text = ("Greenway Buses said fares would rise. Northshire County Council said it was disappointed. "
            "Greenway and the council declined to comment further.")
    assert sources_of(text)[-1] == ("Greenway and the council", "named group")


def test_the_partys_spokesman_makes_a_one_word_name_a_party():
    text = "Labour said the rise showed the need for change. The party's transport spokesman, Tom Reed, agreed."
    assert kind_of(text, "Labour") == "organisation"


# "Zorvik, the chipmaker," / "the tech giant" / "a non-profit": an apposition that names a kind of business.
@pytest.mark.parametrize("apposition", ["the chipmaker", "the tech giant", "the energy supplier", "a non-profit",
                                        "the online marketplace"])
def test_a_business_apposition_makes_a_one_word_name_a_body(apposition):
    assert sources_of(f"Zorvik, {apposition}, said profits rose.") == [("Zorvik", "named group")]


def test_a_publisher_apposition_still_describes_a_person():
    text = "“We thought he would lose,” said Jo Raab, the president and publisher of Harbour Books."
    assert kind_of(text, "Jo Raab") == "person"


# "The institute said" after "The Marine Institute ...": the body whose name ends in that word.
@pytest.mark.parametrize("body, noun", [("Marine Institute", "institute"), ("Kent Police", "police"),
                                        ("Harbour Hospital", "hospital"), ("Halverton Building Society", "society")])
def test_the_last_word_of_a_body_named_before_is_that_body(body, noun):
    text = f"The {body} opened a new wing on Monday. Staff moved in. The {noun} said costs had risen."
    assert sources_of(text)[-1] == (body, "named group")


def test_a_body_that_only_holds_the_word_is_not_taken():
    text = "The Police Federation met on Monday. Staff moved in. The police said the road was closed."
    assert sources_of(text)[-1][0] == "The police"


def test_the_watchdog_takes_up_a_one_word_regulator():
    text = "Ofsted said the school was inadequate. The watchdog said leaders had failed to act."
    assert sources_of(text) == [("Ofsted", "named group")] * 2


# A court's charge is no one's words: "charged with", "charged after", "charged over".
@pytest.mark.parametrize("text", [
    "Man charged after crash that killed cyclist",
    "A 34-year-old man has been charged with causing death by dangerous driving.",
    "Two men charged over fire at school",
])
def test_a_criminal_charge_is_not_a_cue(text):
    assert sources_of(text) == []


def test_charged_that_is_still_an_accusation():
    assert sources_of("Critics charged that the mayor had misled voters.") == [("Critics", "unnamed")]


# "A rival firm, Dunmore, said": a one-word name after an indefinite description of a body is that body.
def test_a_name_after_a_rival_firm_is_the_firm():
    assert sources_of("A rival firm, Dunmore, said it would cut prices.") == [("Dunmore", "named group")]


def test_a_person_after_a_spokesman_stays_the_person():
    assert sources_of("A spokesman, Jo Smith, said prices would fall.") == [("Jo Smith", "named person")]
