"""Session 11 (main engineer): sources the verbs do not give, a name spelled two ways, titles, "they". All texts are invented."""

from medialit import find_quotes
from medialit.analysis.name_words import one_letter_apart
from medialit.analysis.names import find_people

from support import boosters as _boosters, source_kinds as _sources


def _people(text: str) -> dict[str, str]:
    return {p.name: p.kind for p in find_people(text)}


def test_an_adviser_to_an_office_is_a_person_not_the_office():
    text = ("Harbour Plan Splits Town\n\nSpeaking by phone, Marta Okonjo, an adviser to the office of the harbour "
            "master, disagreed. “The plan is sound,” Okonjo said.")
    assert _people(text)["Marta Okonjo"] == "person"


def test_an_apposition_naming_an_organisation_still_makes_one():
    text = "Rail Deal Signed\n\nNorvale Freight, a company with depots in three towns, said the deal was signed."
    assert _people(text).get("Norvale Freight") != "person"


def test_a_surname_misspelt_by_one_letter_is_the_same_person():
    text = ("Ferry Fares Rise\n\nPort manager Teodor Villanueva defended the rise. “Costs have doubled,” "
            "Villanuva said. “We held out for a year,” Villamueva added.")
    quotes = find_quotes(text)
    assert [q.speaker for q in quotes] == ["Teodor Villanueva", "Teodor Villanueva"]
    assert list(_sources(text)) == ["Teodor Villanueva"]


def test_a_plural_or_a_short_name_is_not_read_as_a_slip():
    # "Republicans" is not a misspelt "Republican"; "Lenz" and "Lentz" are too short to tell.
    text = ("Vote Delayed\n\nSenator Ada Lentz said the vote would wait. Lenz said it would not. "
            "Republican Nora Castellan said more. Castellans said they agreed.")
    names = _sources(text)
    assert "Lenz" in names and "Ada Lentz" in names
    assert "Nora Castellan" in names


def test_two_people_a_slip_could_belong_to_are_left_apart():
    text = ("Two Coaches\n\nCoach Ivo Marchetti and assistant Lia Marchetta spoke. Marchettu said the team was tired.")
    people = [p.name for p in find_people(text)]
    assert "Marchettu" in people


def test_one_letter_apart_counts_one_added_dropped_or_changed_letter():
    assert one_letter_apart("villanueva", "villaneuva") is False  # two letters swapped: two changes
    assert one_letter_apart("villanueva", "villanuevo") is True
    assert one_letter_apart("villanueva", "villanuva") is True
    assert one_letter_apart("villanueva", "villanueva") is False


def test_sources_the_text_calls_anonymous_or_unnamed_are_listed_without_a_verb():
    text = ("Mill Closure\n\nThe paper learned through anonymous sources that the mill would close. Citing unnamed "
            "senior officials, the bulletin put the date in May. An anonymous donation kept the museum open.")
    names = _sources(text)
    assert names.get("anonymous sources") == "unnamed"
    assert names.get("unnamed senior officials") == "unnamed"
    assert not any("donation" in n for n in names)


def test_a_document_with_a_reporting_participle_is_a_source():
    text = ("School Letter\n\nThe academy has withdrawn a leaflet recommending an energy drink to pupils. "
            "Parents had received a letter urging calm.")
    names = _sources(text)
    assert names.get("letter") == "unnamed"


def test_a_document_its_sender_issues_or_owns_is_not_a_second_source():
    text = ("Club Statement\n\nThe Rovers club sent out a statement saying the coach would stay. "
            "In a statement defending the coach, the league said nothing was wrong. Her letter urging calm was read.")
    names = _sources(text)
    assert "statement" not in names and "letter" not in names


def test_a_title_after_the_noun_for_its_kind_is_not_a_quote():
    from medialit import find_quotes as quotes
    text = ('Lake Study\n\nThe team published its results in the journal “Limnology Today.” '
            'Its leader, who once wrote the book “Cold Water,” said the work took years. '
            '“We counted every fish,” said Ana Ruiz. The campaign slogan “Fix the pier” was everywhere.')
    found = [q.text for q in quotes(text)]
    assert found == ["We counted every fish,", "Fix the pier"]


def test_a_capitalised_name_before_a_quote_is_no_title():
    from medialit import find_quotes as quotes
    text = 'Clinic Row\n\nThe remark by Dr. Lena Song “was unkind,” the board said.'
    assert [q.text for q in quotes(text)] == ["was unkind,"]


def test_they_right_after_a_plural_named_group_that_speaks_is_that_group():
    from medialit import find_attributions
    found = [(a.cue, a.source, a.source_kind) for a in
             find_attributions("Two water agencies say they believe the dam is weak.")]
    assert found == [("say", "Two water agencies", "named group"), ("believe", "Two water agencies", "named group")]


def test_they_after_a_singular_name_stays_unresolved():
    from medialit import find_attributions
    found = [(a.cue, a.source) for a in find_attributions("Norvale Corp said they believe the dam is weak.")]
    assert found[1] == ("believe", "they")


def test_life_as_we_know_it_is_an_idiom_not_a_booster():
    assert _boosters("The lake holds water, a key to life as we know it.") == []
    assert _boosters("We know the lake holds water.") == ["We know"]


def test_indeed_inside_a_condition_asserts_nothing():
    assert _boosters("If the ferry has indeed sunk, the port will close.") == []
    assert _boosters("The ferry has indeed sunk.") == ["indeed"]


def test_show_up_is_appear_not_proof():
    assert _boosters("The more doctors study the rash, the more it shows up in children.") == []
    assert _boosters("A new study shows the rash spreads.") == ["shows"]


def test_more_and_more_is_an_amount_not_a_booster():
    assert _boosters("There is more and more traffic on the bridge.") == []


def test_a_speech_verb_opening_the_sentence_has_its_speaker_after_it():
    from medialit import find_attributions, find_quotes
    text = "The council met on Monday. Said Okafor, “The bridge will open in May.” Added Ana Lopez, the mayor: “We are ready.”"
    assert [(a.cue, a.source) for a in find_attributions(text)] == [("Said", "Okafor"), ("Added", "Ana Lopez")]
    assert [q.speaker for q in find_quotes(text)] == ["Okafor", "Ana Lopez"]
    assert "Said Okafor" not in _people(text)


def test_a_capitalised_verb_without_a_quotation_after_its_speaker_is_no_cue():
    from medialit import find_attributions
    assert find_attributions("Edward Said wrote the book. Said argued that the East was imagined.")[1].source == "Edward Said"
    assert find_attributions("The council met. Said the mayor nothing at all.") == []


def test_can_confirm_claims_proof_but_cannot_confirm_does_not():
    assert _boosters("The paper can confirm that the ferry was late.") == ["can confirm"]
    assert _boosters("Police cannot confirm that the ferry was late.") == []
    assert _boosters("Police can not confirm that the ferry was late.") == []
