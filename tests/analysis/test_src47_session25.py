"""Sources that no reporting verb gives, read off general news (session 25, src47, issue 10).

Every sentence here was written for this test.
"""
from support import listed_sources as _sources


def test_a_group_of_people_after_a_noun_of_expression_is_a_source():
    assert ("tenants", "unnamed") in _sources("The change follows complaints from tenants that the lifts were broken.")
    assert ("some shopkeepers", "unnamed") in _sources(
        "The council had comments from some shopkeepers or other traders about the market.")


def test_a_body_after_initials_and_a_noun_of_expression_is_a_named_group():
    found = _sources("The report repeated allegations from U.S. health agencies that the tests were flawed.")
    assert ("U.S. health agencies", "named group") in found


def test_things_times_and_places_after_from_are_no_source():
    for text in ("The museum printed figures from recent years in its guide.",
                 "The museum ignored complaints from the start of the season.",
                 "The engineers weighed evidence from sensors near the dam.",
                 "The family made calls from home."):
        assert [n for n, _ in _sources(text) if n not in ("The engineers",)] == [], text


def test_a_lower_case_group_needs_a_noun_of_expression_before_it():
    # "a bus from commuters" is no expression: the group after "from" is only mentioned
    assert _sources("The bus took visitors from outlying villages to the fair.") == []


def test_a_second_official_joined_by_and_after_the_verb_is_a_source():
    text = ("The clerk was jailed for fraud, announced Chief Prosecutor Mara Velt of the Regional Office "
            "and Special Agent in Charge Tomas Brenn of the Harbour Field Office.")
    names = [n for n, _ in _sources(text)]
    assert "Mara Velt" in names and "Tomas Brenn" in names


def test_a_person_joined_by_and_only_in_a_possessive_or_after_a_full_stop_is_not():
    assert [n for n, _ in _sources("The dog was found, said Mara Velt and Tomas Brenn's neighbour.")] == ["Mara Velt"]
    assert [n for n, _ in _sources("The dog was found, said Mara Velt of Kelso. Later she and Tomas Brenn left.")] \
        == ["Mara Velt"]


def test_the_agent_of_a_reporting_participle_without_an_auxiliary_is_a_source():
    found = _sources("When asked by a columnist about the fares, the director gave no answer.")
    assert ("a columnist", "unnamed") in found


def test_a_stance_is_a_source_noun_only_with_its_participle():
    assert "Harbour Council" in [n for n, _ in _sources("She repeated the position adopted by the Harbour Council.")]
    # a bare "position" or "view" is often no stance: a balance sheet, a view over a valley
    assert _sources("The firm hid its true financial position from auditors for a year.") == []
    assert _sources("The view from the walkers on the ridge was clear.") == []


def test_advice_received_from_a_then_titled_official_is_a_source():
    text = "The new chief repeated the advice she received from then-Gov. Irma Stolt, a former judge, in May."
    assert "Irma Stolt" in [n for n, _ in _sources(text)]


def test_a_run_of_group_nouns_ends_at_the_last_one():
    found = _sources("The minister ignored warnings from senior army officers about the bridge.")
    assert ("senior army officers", "unnamed") in found
