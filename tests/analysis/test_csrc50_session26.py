"""Cue -> source on general news (session 26, csrc50, issue 10): the session-25 helpers' reports and families of
cues whose source was wrong or missing.

Every sentence here was written for this test.
"""
from support import cues_and_sources, listed_sources


def _cues(text: str) -> dict[str, str | None]:
    """Each cue's source, by cue (a cue written twice: its last source)."""
    return dict(cues_and_sources(text))


def _sources(text: str) -> list[str]:
    """The names of the article's listed sources."""
    return [name for name, _ in listed_sources(text)]


def test_an_opening_participle_takes_the_subject_of_the_verb_after_its_comma_not_of_the_reported_clause():
    assert _cues("Explaining the plan, the mayor said it would cut traffic by a third.") == {
        "Explaining": "the mayor", "said": "the mayor"}
    assert _cues("Defending the budget, Ilse Varga told the council it was fair to every ward.")["Defending"] == "Ilse Varga"
    # the older shape still reads the subject before a helping verb
    assert _cues("Citing privacy rules, harbour officials have not said who was on board.")["Citing"] == "officials"


def test_that_after_a_plural_of_people_with_a_verb_after_it_is_read_as_who():
    found = _cues("Residents that say the bridge is unsafe call it “a disaster waiting to happen”.")
    assert found == {"say": "Residents", "call": "Residents"}
    assert _cues("Two news outlets that report on the town said the council had voted to close the library.")["said"] \
        == "Two news outlets"
    assert _cues("Several groups that work with refugees said the camp was full.") == {"said": "Several groups"}
    assert "report on the town" not in _sources("Two news outlets that report on the town said the library would close.")


def test_that_of_a_report_s_content_is_no_relative_clause():
    # a plural (not a verb) after "that": the words after it are the report's own subject
    assert _cues("Fears that voters say no grew, officials said.") == {"say": "voters", "said": "officials"}
    assert _cues("Officials warned that voters say the bridge is unsafe.")["say"] == "voters"


def test_a_surname_that_is_a_job_word_before_of_and_a_place_is_the_person():
    assert _cues("Tom King of Kent said the harbour would reopen in May.") == {"said": "Tom King"}
    assert _sources("The harbour will reopen in May, Tom King of Kent said.") == ["Tom King"]
    assert _cues("Mary Bishop of Oxfam said the aid had arrived.") == {"said": "Mary Bishop"}
    # an office before "of" stays one source
    assert _cues("Prime Minister of Kent said the harbour would reopen.") == {"said": "Prime Minister of Kent"}


def test_a_relative_that_with_only_helping_verbs_before_the_cue_is_no_subject():
    # the cue is the clause's own (passive) verb: no one speaks here
    found = _cues("Our morning letter covers the budget, the strike and the stories that will be talked about today.")
    assert "upcoming events and the stories" not in found.values() and all(v is None or "stories" not in v
                                                                          for v in found.values())


def test_an_opening_participle_phrase_may_end_in_a_quotation_holding_its_comma():
    found = _cues("Bemoaning the “rigged contest,” Kim Doe accused the judges of bias, though records indicate he has lost before.")
    assert found["Bemoaning"] == found["accused"] == "Kim Doe"


def test_a_list_of_three_names_before_the_verb_is_the_source_together_and_each_a_source():
    text = "Ilse Varga, Tomas Brenn and Jo Reed said the bridge would close in May."
    assert _cues(text) == {"said": "Ilse Varga, Tomas Brenn and Jo Reed"}
    assert _sources(text) == ["Ilse Varga", "Tomas Brenn", "Jo Reed"]
    # a list after other words is no subject of its own
    assert _cues("Voters backed Ilse Varga, Tomas Brenn and Jo Reed said the count was fair.")["said"] != \
        "Voters backed Ilse Varga, Tomas Brenn and Jo Reed"


def test_a_list_of_names_after_the_verb_gives_each_person_as_a_source():
    assert _sources("The bridge will close in May, said Ilse Varga, Tomas Brenn and Jo Reed.") == [
        "Ilse Varga", "Tomas Brenn", "Jo Reed"]
    assert _sources("The bridge will close, said Mayor Ilse Varga of Kentville, Chief Tomas Brenn of the Kent Police"
                    " and Jo Reed.") == ["Ilse Varga", "Tomas Brenn", "Jo Reed"]
    # no "and" closes it: an apposition, not a list
    assert _sources("The bridge will close, said Ilse Varga, Tomas Brenn's lawyer.") == ["Ilse Varga"]


def test_a_piece_of_writing_described_by_a_participle_of_sending_is_the_subject_or_its_sender_is():
    assert _cues("A letter sent to parents on Monday said the school would close.") == {
        "said": "A letter sent to parents"}  # (the time is no part of it)
    assert _cues("An email circulated to staff said the canteen would close.") == {"said": "An email circulated to staff"}
    assert _cues("A letter sent to parents by the head teacher said the school would close.") == {
        "said": "the head teacher"}
    # a person sent somewhere is no piece of writing: no subject is made up
    assert _cues("A man sent to prison in May said he was innocent.") != {"said": "A man"}


def test_a_report_released_at_a_time_is_named_without_its_dangling_participle():
    assert _cues("A council report published last month warned that the bridge was unsafe.") == {
        "warned": "A council report"}
    assert _cues("A report released by the council on Monday said the school would close.")["said"] == \
        "A report released by the council"


def test_the_writer_s_we_is_the_author_named_under_the_headline():
    text = ("Why the river is dying\n\nIlse Varga, Professor of Ecology, University of Kentville\n\n"
            "We found that the river had lost half its fish. “We will act,” the mayor said.")
    assert _cues(text) == {"found": "Ilse Varga", "said": "the mayor"}
    # a lead paragraph (it ends in a full stop) or a credit line names no writer
    assert _cues("River report\n\nIlse Varga, the mayor, said the river was dying.\n\n"
                 "We found that the river had lost half its fish.")["found"] == "We"
    assert _cues("River report\n\nIlse Varga, Reuters\n\nWe found that the river had lost half its fish.") == {
        "found": "We"}
